import { type FormEvent, useState } from 'react';
import { api } from '../../api/api';
import { useApp } from '../../app-context';
import { ErrorNotice, Notice } from '../../components/notice';
import { useAttempt } from '../../hooks/use-attempt';
import { usePageTitle } from '../../hooks/use-page-title';
import { Link } from '../../router';
import { EMAIL, EmailField } from '../account/account-form';

/**
 * "Email me my bookings", for a guest who lost the manage link. The server answers the same whether or
 * not the address has bookings, so the page says what happens if it has.
 */
export function FindBookingsPage() {
  const { t } = useApp();
  const [email, setEmail] = useState('');
  const [fieldError, setFieldError] = useState<string | undefined>();
  const { busy, error, setError, attempt } = useAttempt();
  const [sentTo, setSentTo] = useState<string | null>(null);
  usePageTitle(t('studio.links.title'));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const address = email.trim();
    setFieldError(EMAIL.test(address) ? undefined : address ? t('form.email') : t('form.required'));
    setError(null);
    if (!EMAIL.test(address)) return;
    await attempt(async () => {
      await api.mailManageLinks(address);
      setSentTo(address);
    });
  };

  return (
    <section className="narrow">
      <h1>{t('studio.links.title')}</h1>
      {sentTo ? (
        <Notice kind="success">{t('studio.links.sent', { email: sentTo })}</Notice>
      ) : (
        <>
          <p>{t('studio.links.intro')}</p>
          <form onSubmit={submit} noValidate className="stack">
            <EmailField label={t('signIn.email')} value={email} onChange={setEmail} error={fieldError} />
            {error !== null && <ErrorNotice error={error} />}
            <button type="submit" className="button button-primary" disabled={busy}>
              {t('studio.links.submit')}
            </button>
          </form>
        </>
      )}
    </section>
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
