import { type FormEvent, useState } from 'react';
import { useApp } from '../../app-context';
import { ErrorNotice, Notice } from '../../components/notice';
import { useAttempt } from '../../hooks/use-attempt';
import { usePageTitle } from '../../hooks/use-page-title';
import { EMAIL, EmailField } from './account-form';

/**
 * A page that asks for an email address and has the server mail something to it (a password reset, the
 * manage links). The server answers the same whether or not the address is known, so the page only says
 * what happens if it is.
 */
export function EmailRequestPage(props: {
  title: string;
  intro: string;
  submit: string;
  sent: (email: string) => string;
  send: (email: string) => Promise<unknown>;
}) {
  const { t } = useApp();
  const [email, setEmail] = useState('');
  const [fieldError, setFieldError] = useState<string | undefined>();
  const { busy, error, setError, attempt } = useAttempt();
  const [sentTo, setSentTo] = useState<string | null>(null);
  usePageTitle(props.title);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const address = email.trim();
    setFieldError(EMAIL.test(address) ? undefined : address ? t('form.email') : t('form.required'));
    setError(null);
    if (!EMAIL.test(address)) return;
    await attempt(async () => {
      await props.send(address);
      setSentTo(address);
    });
  };

  return (
    <section className="narrow">
      <h1>{props.title}</h1>
      {sentTo ? (
        <Notice kind="success">{props.sent(sentTo)}</Notice>
      ) : (
        <>
          <p>{props.intro}</p>
          <form onSubmit={submit} noValidate className="stack">
            <EmailField label={t('signIn.email')} value={email} onChange={setEmail} error={fieldError} />
            {error !== null && <ErrorNotice error={error} />}
            <button type="submit" className="button button-primary" disabled={busy}>
              {props.submit}
            </button>
          </form>
        </>
      )}
    </section>
  );
}
