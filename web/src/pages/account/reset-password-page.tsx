import { type FormEvent, useState } from 'react';
import { api } from '../../api/api';
import { useApp } from '../../app-context';
import { ErrorNotice, Notice } from '../../components/notice';
import { usePageTitle } from '../../hooks/use-page-title';
import { Link, useLocation } from '../../router';
import { MIN_PASSWORD, PasswordField } from './account-form';
import { useAttempt } from '../../hooks/use-attempt';

/** The page the password reset mail links to: /reset-password?token=…(&org=…). */
export function ResetPasswordPage() {
  const { t, setSession } = useApp();
  const { query } = useLocation();
  const token = query.get('token');
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const { busy, error, setError, attempt } = useAttempt();
  const [done, setDone] = useState(false);
  usePageTitle(t('reset.title'));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!token) return;
    const problems: Record<string, string> = {};
    if (password.length < MIN_PASSWORD) problems.password = t('form.passwordLength');
    else if (repeat !== password) problems.repeat = t('form.passwordsDiffer');
    setFieldErrors(problems);
    setError(null);
    if (Object.keys(problems).length > 0) return;
    await attempt(async () => {
      await api.confirmPasswordReset(token, password);
      // The reset ends every session, this browser's too.
      setSession({ user: null, csrfToken: null });
      setDone(true);
    });
  };

  return (
    <section className="narrow">
      <h1>{t('reset.title')}</h1>
      {!token && (
        <Notice kind="error">
          <p>{t('reset.missingToken')}</p>
          <Link to="/forgot-password">{t('reset.askAgain')}</Link>
        </Notice>
      )}
      {token && done && (
        <Notice kind="success">
          <p>{t('reset.done')}</p>
          <Link to="/sign-in">{t('nav.signIn')}</Link>
        </Notice>
      )}
      {token && !done && (
        <form onSubmit={submit} noValidate className="stack">
          <PasswordField
            label={t('reset.password')}
            hint={t('signUp.passwordHint')}
            value={password}
            onChange={setPassword}
            error={fieldErrors.password}
            autoComplete="new-password"
          />
          <PasswordField
            label={t('reset.repeat')}
            value={repeat}
            onChange={setRepeat}
            error={fieldErrors.repeat}
            autoComplete="new-password"
          />
          {error !== null && (
            <>
              <ErrorNotice error={error} />
              <p>
                <Link to="/forgot-password">{t('reset.askAgain')}</Link>
              </p>
            </>
          )}
          <button type="submit" className="button button-primary" disabled={busy}>
            {t('reset.submit')}
          </button>
        </form>
      )}
    </section>
  );
}
