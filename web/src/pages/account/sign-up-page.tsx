import { type FormEvent, useState } from 'react';
import { api } from '../../api/api';
import { useApp } from '../../app-context';
import { Field } from '../../components/field';
import { ErrorNotice, serverFieldErrors } from '../../components/notice';
import { usePageTitle } from '../../hooks/use-page-title';
import { Link, navigate, useLocation } from '../../router';
import { safeNext } from '../../next-path';
import { EMAIL, EmailField, MIN_PASSWORD, PasswordField } from './account-form';

/** Where the new account goes next, marked so that the page there greets it once (Layout). */
function withWelcome(path: string): string {
  const url = new URL(path, window.location.origin);
  url.searchParams.set('welcome', '1');
  return `${url.pathname}${url.search}${url.hash}`;
}

export function SignUpPage() {
  const { locale, t, setSession } = useApp();
  const { query } = useLocation();
  const next = safeNext(query.get('next'));
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  usePageTitle(t('signUp.title'));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const problems: Record<string, string> = {};
    if (!name.trim()) problems.name = t('form.required');
    if (!EMAIL.test(email.trim())) problems.email = email.trim() ? t('form.email') : t('form.required');
    if (password.length < MIN_PASSWORD) problems.password = t('form.passwordLength');
    setFieldErrors(problems);
    setError(null);
    if (Object.keys(problems).length > 0) return;
    setBusy(true);
    try {
      setSession(await api.signUp({ name: name.trim(), email: email.trim(), password, locale }));
      navigate(withWelcome(next ?? '/account'));
    } catch (failure) {
      setFieldErrors(serverFieldErrors(failure));
      setError(failure);
      setBusy(false);
    }
  };

  return (
    <section className="narrow">
      <h1>{t('signUp.title')}</h1>
      <p>{t('signUp.intro')}</p>
      <form onSubmit={submit} noValidate className="stack">
        <Field label={t('checkout.name')} error={fieldErrors.name}>
          {(control) => (
            <input {...control} autoComplete="name" value={name} onChange={(e) => setName(e.target.value)} required />
          )}
        </Field>
        <EmailField label={t('signIn.email')} value={email} onChange={setEmail} error={fieldErrors.email} />
        <PasswordField
          label={t('signIn.password')}
          hint={t('signUp.passwordHint')}
          value={password}
          onChange={setPassword}
          error={fieldErrors.password}
          autoComplete="new-password"
        />
        {error !== null && <ErrorNotice error={error} shownFields={Object.keys(fieldErrors)} />}
        <button type="submit" className="button button-primary" disabled={busy}>
          {t('signUp.submit')}
        </button>
      </form>
      <p>
        {t('signUp.haveAccount')}{' '}
        <Link to={`/sign-in${next ? `?next=${encodeURIComponent(next)}` : ''}`}>{t('nav.signIn')}</Link>
      </p>
    </section>
  );
}
