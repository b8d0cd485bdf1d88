import { api } from '../../api/api';
import type { Booking } from '../../api/client';
import { useApp } from '../../app-context';
import { StatusBadge } from '../../components/class-bits';
import { ErrorNotice } from '../../components/notice';
import { scrollRegion } from '../../components/scroll-region';
import { addDays, dateIn, formatCalendarDate, formatTimeRange, isCalendarDate, todayIn } from '../../format';
import { useLoad } from '../../hooks/use-load';
import { usePageTitle } from '../../hooks/use-page-title';
import { Link, navigate, useLocation } from '../../router';
import { AdminLayout } from './admin-layout';

export function AppointmentsAdminPage() {
  return (
    <AdminLayout section="appointments">
      <AppointmentsAdmin />
    </AdminLayout>
  );
}

const DAYS = 7;
const PAGE = 500;

/** Every appointment of the days asked for, a page at a time: the list answers at most 500 at once. */
async function appointmentsBetween(from: string, to: string, providerId: string | undefined): Promise<Booking[]> {
  const found: Booking[] = [];
  for (let offset = 0; ; offset += PAGE) {
    const { bookings } = await api.bookings({ kind: 'appointment', from, to, providerId, limit: PAGE, offset });
    found.push(...bookings);
    if (bookings.length < PAGE) return found;
  }
}

/**
 * The appointments of all providers, a week at a time from today, by day on the business's clock:
 * the practice's day at a glance, where a provider's schedule shows one person's.
 */
function AppointmentsAdmin() {
  const { org, locale, t } = useApp();
  const { query } = useLocation();
  const zone = org.timeZone;
  const today = todayIn(zone);
  const asked = query.get('from');
  const first = isCalendarDate(asked) ? asked : today;
  const last = addDays(first, DAYS - 1);
  const providerId = query.get('providerId') ?? undefined;
  usePageTitle(t('appointments.title'));
  const providers = useLoad(() => api.providers(), []);
  const loaded = useLoad(() => appointmentsBetween(first, last, providerId), [first, last, providerId]);

  const linkTo = (changes: Record<string, string | null>) => {
    const next = new URLSearchParams(query);
    for (const [key, value] of Object.entries(changes)) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    const text = next.toString();
    return text ? `/admin/appointments?${text}` : '/admin/appointments';
  };
  const byDay = new Map<string, Booking[]>();
  for (const booking of [...(loaded.data ?? [])].sort((a, b) => a.startsAt.localeCompare(b.startsAt))) {
    const day = dateIn(booking.startsAt, zone);
    byDay.set(day, [...(byDay.get(day) ?? []), booking]);
  }

  return (
    <section>
      <div className="heading-row">
        <h1>{t('appointments.title')}</h1>
        {/* Staff book for a customer who calls, as from a provider's schedule. */}
        <Link className="button button-primary" to="/admin/appointments/new">
          {t('appointmentForm.open')}
        </Link>
      </div>
      <nav className="schedule-nav" aria-label={t('schedule.navigation')}>
        <span className="row-actions">
          <Link className="button button-small" to={linkTo({ from: addDays(first, -DAYS) })}>
            {t('schedule.previousWeek')}
          </Link>
          <Link
            className="button button-small"
            to={linkTo({ from: null })}
            aria-current={first === today ? 'page' : undefined}
          >
            {t('schedule.today')}
          </Link>
          <Link className="button button-small" to={linkTo({ from: addDays(first, DAYS) })}>
            {t('schedule.nextWeek')}
          </Link>
        </span>
        <h2 className="week-range">
          {t('week.range', {
            from: formatCalendarDate(first, 'shortDay', locale),
            to: formatCalendarDate(last, 'shortDay', locale),
          })}
        </h2>
      </nav>
      {(providers.data?.providers.length ?? 0) > 1 && (
        <div className="filters">
          <label className="field">
            <span className="field-label">{t('appointments.provider')}</span>
            <select
              value={providerId ?? ''}
              onChange={(event) => navigate(linkTo({ providerId: event.target.value || null }))}
            >
              <option value="">{t('recurring.filter.all')}</option>
              {providers.data?.providers.map((provider) => (
                <option key={provider.id} value={provider.id}>
                  {provider.name}
                </option>
              ))}
            </select>
          </label>
        </div>
      )}
      <p className="muted">{t('week.timeZone', { zone })}</p>
      {loaded.error !== null && <ErrorNotice error={loaded.error} />}
      {loaded.loading && !loaded.data && <p>{t('app.loading')}</p>}
      {loaded.data && byDay.size === 0 && <p className="empty">{t('appointments.none')}</p>}
      {[...byDay].map(([day, list]) => (
        <AppointmentDay key={day} day={day} bookings={list} zone={zone} />
      ))}
    </section>
  );
}

function AppointmentDay({ day, bookings, zone }: { day: string; bookings: Booking[]; zone: string }) {
  const { locale, t } = useApp();
  const headingId = `day-${day}`;
  const heading = formatCalendarDate(day, 'day', locale);
  return (
    <section className="schedule-day" aria-labelledby={headingId}>
      <h2 id={headingId}>{heading}</h2>
      <div className="table-wrap" {...scrollRegion(`${t('appointments.title')}: ${heading}`)}>
        <table>
          <thead>
            <tr>
              <th scope="col">{t('schedule.time')}</th>
              <th scope="col">{t('schedule.service')}</th>
              <th scope="col">{t('appointments.provider')}</th>
              <th scope="col">{t('bookings.customer')}</th>
              <th scope="col">{t('bookings.status')}</th>
            </tr>
          </thead>
          <tbody>
            {bookings.map((booking) => (
              <tr key={booking.id} className={booking.status === 'cancelled' ? 'row-off' : undefined}>
                <td className="nowrap">{formatTimeRange(booking.startsAt, booking.endsAt, locale, zone)}</td>
                <td>{booking.appointment?.service.name ?? booking.title}</td>
                <td>
                  {booking.appointment && (
                    <Link to={`/admin/providers/${booking.appointment.provider.id}/schedule?date=${day}&view=day`}>
                      {booking.appointment.provider.name}
                    </Link>
                  )}
                </td>
                <td>
                  {booking.customer && (
                    <Link to={`/admin/customers/${booking.customer.id}`}>
                      {booking.customer.name ?? booking.customer.email}
                    </Link>
                  )}
                </td>
                <td>
                  <StatusBadge status={booking.status} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
