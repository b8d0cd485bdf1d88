import { type FormEvent, useState } from 'react';
import { api } from '../../api/api';
import { useApp } from '../../app-context';
import { ErrorNotice } from '../../components/notice';
import { usePageTitle } from '../../hooks/use-page-title';
import { Link, navigate, useLocation } from '../../router';
import { safeNext } from '../../next-path';
import { EmailField, PasswordField } from './account-form';

export function SignInPage() {
  const { t, setSession } = useApp();
  const { query } = useLocation();
  const next = safeNext(query.get('next'));
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  usePageTitle(t('signIn.title'));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const problems: Record<string, string> = {};
    if (!email.trim()) problems.email = t('form.required');
    if (!password) problems.password = t('form.required');
    setFieldErrors(problems);
    setError(null);
    if (Object.keys(problems).length > 0) return;
    setBusy(true);
    try {
      const session = await api.signIn({ email: email.trim(), password });
      setSession(session);
      const staff = session.user?.role === 'admin' || session.user?.role === 'staff';
      navigate(next ?? (staff ? '/admin' : '/account'));
    } catch (failure) {
      setError(failure);
      setBusy(false);
    }
  };

  return (
    <section className="narrow">
      <h1>{t('signIn.title')}</h1>
      <form onSubmit={submit} noValidate className="stack">
        <EmailField label={t('signIn.email')} value={email} onChange={setEmail} error={fieldErrors.email} />
        <PasswordField
          label={t('signIn.password')}
          value={password}
          onChange={setPassword}
          error={fieldErrors.password}
          autoComplete="current-password"
        />
        {error !== null && <ErrorNotice error={error} />}
        <button type="submit" className="button button-primary" disabled={busy}>
          {t('signIn.submit')}
        </button>
      </form>
      <p>
        <Link to="/forgot-password">{t('signIn.forgot')}</Link>
      </p>
      <p>
        {t('studio.links.signInHint')} <Link to="/find-bookings">{t('studio.links.title')}</Link>
      </p>
      <p>
        {t('signIn.new')}{' '}
        <Link to={`/sign-up${next ? `?next=${encodeURIComponent(next)}` : ''}`}>{t('signIn.createAccount')}</Link>
      </p>
    </section>
  );
}
