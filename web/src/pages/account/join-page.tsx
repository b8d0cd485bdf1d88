import { type FormEvent, useState } from 'react';
import { api } from '../../api/api';
import type { TeamInvitationView } from '../../api/client';
import { useApp } from '../../app-context';
import { Field } from '../../components/field';
import { ErrorNotice, Notice } from '../../components/notice';
import { formatInstant } from '../../format';
import { useAttempt } from '../../hooks/use-attempt';
import { useLoad } from '../../hooks/use-load';
import { usePageTitle } from '../../hooks/use-page-title';
import { Link, useLocation } from '../../router';
import { MIN_PASSWORD, PasswordField } from './account-form';

/**
 * The page an invitation to the team links to: /join?token=…. A new address makes its account here;
 * an address with an account signs in to it first and comes back; another account is told whose
 * invitation it is.
 */
export function JoinPage() {
  const { t } = useApp();
  const { query } = useLocation();
  const token = query.get('token');
  usePageTitle(t('join.title'));
  const invitation = useLoad(async () => (token ? api.invitation(token) : null), [token]);
  const [joined, setJoined] = useState(false);

  return (
    <section className="narrow stack">
      <h1>{t('join.title')}</h1>
      {!token && <Notice kind="error">{t('join.missingToken')}</Notice>}
      {invitation.error !== null && <ErrorNotice error={invitation.error} />}
      {joined && (
        <Notice kind="success">
          <p>{t('join.done')}</p>
          <Link to="/admin">{t('join.toDashboard')}</Link>
        </Notice>
      )}
      {!joined && token && invitation.data && (
        <Invitation token={token} invitation={invitation.data} onJoined={() => setJoined(true)} />
      )}
    </section>
  );
}

function Invitation({
  token,
  invitation,
  onJoined,
}: {
  token: string;
  invitation: TeamInvitationView;
  onJoined(): void;
}) {
  const { t, org, locale, user, setSession } = useApp();
  const { busy, error, attempt } = useAttempt();
  const here = `/join?token=${encodeURIComponent(token)}`;

  const accept = (account: { name: string; password: string } | null) =>
    attempt(async () => {
      setSession(await api.acceptInvitation(token, account));
      onJoined();
    });

  const signOut = async () => {
    await api.signOut().catch(() => undefined);
    setSession({ user: null, csrfToken: null });
  };

  return (
    <>
      <p>
        {t('join.invites', {
          organisation: invitation.organisation,
          email: invitation.email,
          role: t(`join.role.${invitation.role}`),
        })}
      </p>
      <p className="muted">
        {t('join.validUntil', { when: formatInstant(invitation.expiresAt, 'dateTime', locale, org.timeZone) })}
      </p>
      {error !== null && <ErrorNotice error={error} />}
      {user && user.email === invitation.email && (
        <button type="button" className="button button-primary" disabled={busy} onClick={() => void accept(null)}>
          {t('join.accept')}
        </button>
      )}
      {user && user.email !== invitation.email && (
        <Notice kind="info">
          <p>{t('join.otherAccount', { current: user.email, email: invitation.email })}</p>
          <button type="button" className="button" onClick={() => void signOut()}>
            {t('join.signOut')}
          </button>
        </Notice>
      )}
      {!user && invitation.hasAccount && (
        <Notice kind="info">
          <p>{t('join.signInFirst', { email: invitation.email })}</p>
          <Link to={`/sign-in?next=${encodeURIComponent(here)}`}>{t('join.signIn', { email: invitation.email })}</Link>
        </Notice>
      )}
      {!user && !invitation.hasAccount && <NewAccount busy={busy} onSubmit={(account) => accept(account)} />}
    </>
  );
}

function NewAccount({
  busy,
  onSubmit,
}: {
  busy: boolean;
  onSubmit(account: { name: string; password: string }): Promise<unknown>;
}) {
  const { t } = useApp();
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problems: Record<string, string> = {};
    if (!name.trim()) problems.name = t('form.required');
    if (password.length < MIN_PASSWORD) problems.password = t('form.passwordLength');
    setFieldErrors(problems);
    if (Object.keys(problems).length > 0) return;
    void onSubmit({ name: name.trim(), password });
  };

  return (
    <form onSubmit={submit} noValidate className="stack">
      <p>{t('join.newAccount')}</p>
      <Field label={t('join.name')} error={fieldErrors.name}>
        {(control) => (
          <input {...control} autoComplete="name" value={name} onChange={(e) => setName(e.target.value)} required />
        )}
      </Field>
      <PasswordField
        label={t('signIn.password')}
        hint={t('signUp.passwordHint')}
        value={password}
        onChange={setPassword}
        error={fieldErrors.password}
        autoComplete="new-password"
      />
      <button type="submit" className="button button-primary" disabled={busy}>
        {t('join.accept')}
      </button>
    </form>
  );
}
