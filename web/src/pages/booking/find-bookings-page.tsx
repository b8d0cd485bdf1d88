import { api } from '../../api/api';
import { useApp } from '../../app-context';
import { Link } from '../../router';
import { EmailRequestPage } from '../account/email-request';

/** "Email me my bookings", for a guest who lost the manage link. */
export function FindBookingsPage() {
  const { t } = useApp();
  return (
    <EmailRequestPage
      title={t('studio.links.title')}
      intro={t('studio.links.intro')}
      submit={t('studio.links.submit')}
      sent={(email) => t('studio.links.sent', { email })}
      send={(email) => api.mailManageLinks(email)}
    />
  );
}

/**
 * What a manage link that names no booking shows: no error text, a way to get the right links. The
 * manage page, which renders it, sets the title.
 */
export function BadManageLink() {
  const { t } = useApp();
  return (
    <section className="narrow" data-testid="bad-manage-link">
      <h1>{t('studio.badLink.title')}</h1>
      <p>{t('studio.badLink.text')}</p>
      <p className="link-row">
        <Link to="/find-bookings" className="button button-primary">
          {t('studio.links.title')}
        </Link>
        <Link to="/">{t('notFound.back')}</Link>
      </p>
    </section>
  );
}
