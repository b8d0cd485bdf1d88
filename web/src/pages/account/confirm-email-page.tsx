import { useState } from 'react';
import { api } from '../../api/api';
import { requestDefaults } from '../../api/client';
import { useApp } from '../../app-context';
import { ErrorNotice, Notice } from '../../components/notice';
import { useAttempt } from '../../hooks/use-attempt';
import { usePageTitle } from '../../hooks/use-page-title';
import { Link, useLocation } from '../../router';

/**
 * The page the email-change mail links to: /confirm-email?token=…(&org=…). The change waits for
 * a click, because mail scanners open links by themselves and the token works only once.
 */
export function ConfirmEmailPage() {
  const { t, user, setSession } = useApp();
  const { query } = useLocation();
  const token = query.get('token');
  const [email, setEmail] = useState<string | null>(null);
  const { busy, error, attempt } = useAttempt();
  usePageTitle(t('confirmEmail.title'));

  const confirm = () =>
    void attempt(async () => {
      const changed = await api.confirmEmailChange(token ?? '');
      setEmail(changed.email);
      // This browser's own session shows the new address at once.
      if (user?.id === changed.id) setSession({ user: changed, csrfToken: requestDefaults.csrfToken });
    });

  return (
    <section className="narrow">
      <h1>{t('confirmEmail.title')}</h1>
      {!token && <Notice kind="error">{t('confirmEmail.missingToken')}</Notice>}
      {email && (
        <Notice kind="success">
          <p>{t('confirmEmail.done', { email })}</p>
          <Link to={user ? '/account/profile' : '/sign-in'}>{user ? t('portal.profile') : t('nav.signIn')}</Link>
        </Notice>
      )}
      {token && !email && (
        <div className="stack">
          <p>{t('confirmEmail.body')}</p>
          {error !== null && <ErrorNotice error={error} />}
          <button type="button" className="button button-primary" disabled={busy} onClick={confirm}>
            {t('confirmEmail.submit')}
          </button>
        </div>
      )}
    </section>
  );
}
