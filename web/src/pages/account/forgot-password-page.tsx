import { type FormEvent, useState } from 'react';
import { api } from '../../api/api';
import { useApp } from '../../app-context';
import { ErrorNotice, Notice } from '../../components/notice';
import { usePageTitle } from '../../hooks/use-page-title';
import { EMAIL, EmailField } from './account-form';
import { useAttempt } from '../../hooks/use-attempt';

export function ForgotPasswordPage() {
  const { t } = useApp();
  const [email, setEmail] = useState('');
  const [fieldError, setFieldError] = useState<string | undefined>();
  const { busy, error, setError, attempt } = useAttempt();
  const [sentTo, setSentTo] = useState<string | null>(null);
  usePageTitle(t('forgot.title'));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const address = email.trim();
    setFieldError(EMAIL.test(address) ? undefined : address ? t('form.email') : t('form.required'));
    setError(null);
    if (!EMAIL.test(address)) return;
    await attempt(async () => {
      await api.requestPasswordReset(address);
      setSentTo(address);
    });
  };

  return (
    <section className="narrow">
      <h1>{t('forgot.title')}</h1>
      {sentTo ? (
        <Notice kind="success">{t('forgot.sent', { email: sentTo })}</Notice>
      ) : (
        <>
          <p>{t('forgot.intro')}</p>
          <form onSubmit={submit} noValidate className="stack">
            <EmailField label={t('signIn.email')} value={email} onChange={setEmail} error={fieldError} />
            {error !== null && <ErrorNotice error={error} />}
            <button type="submit" className="button button-primary" disabled={busy}>
              {t('forgot.submit')}
            </button>
          </form>
        </>
      )}
    </section>
  );
}
