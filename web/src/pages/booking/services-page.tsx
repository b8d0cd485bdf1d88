import { api } from '../../api/api';
import { useApp } from '../../app-context';
import { ServiceWhere } from '../../components/appointment-bits';
import { Price } from '../../components/class-bits';
import { ErrorNotice } from '../../components/notice';
import { formatMinutes } from '../../format';
import { useLoad } from '../../hooks/use-load';
import { isBookable } from '../../hooks/use-offers';
import { useFunnelStep } from '../../hooks/use-funnel-step';
import { usePageTitle } from '../../hooks/use-page-title';
import { Link } from '../../router';

/** The services one can book a time for: how long, what it costs, where it happens. */
export function ServicesPage() {
  const { locale, t } = useApp();
  usePageTitle(t('services.title'));
  useFunnelStep('page_view');
  const loaded = useLoad(() => Promise.all([api.services(), api.locations()]), []);
  const [services, locations] = loaded.data ?? [];
  // The public list holds active services only; one nobody offers cannot be booked.
  const bookable = (services?.services ?? []).filter(isBookable);

  return (
    <section>
      <h1>{t('services.title')}</h1>
      <p className="muted">{t('services.intro')}</p>
      {loaded.error !== null && <ErrorNotice error={loaded.error} />}
      {loaded.loading && !loaded.data && <p>{t('app.loading')}</p>}
      {loaded.data && bookable.length === 0 && <p className="empty">{t('services.empty')}</p>}
      <ul className="class-list">
        {bookable.map((service) => (
          <li key={service.id}>
            <Link to={`/services/${service.id}`} className="class-card">
              <span className="class-time">{formatMinutes(service.durationMinutes, locale)}</span>
              <span className="class-main">
                <span className="class-title">{service.name}</span>
                <span className="muted">
                  <ServiceWhere where={service.where} locations={locations?.locations} />
                </span>
              </span>
              <span className="class-side">
                <span className="class-price">
                  <Price money={service.price} />
                </span>
              </span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
