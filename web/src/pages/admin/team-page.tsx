import { type FormEvent, useState } from 'react';
import { api } from '../../api/api';
import type { TeamInvitation, User } from '../../api/client';
import { useApp } from '../../app-context';
import { Field } from '../../components/field';
import { formatInstant } from '../../format';
import { ErrorNotice, Notice } from '../../components/notice';
import { scrollRegion } from '../../components/scroll-region';
import { useAttempt } from '../../hooks/use-attempt';
import { useLoad } from '../../hooks/use-load';
import { usePageTitle } from '../../hooks/use-page-title';
import { AdminLayout } from './admin-layout';

type Role = User['role'];
const roles: Role[] = ['admin', 'staff', 'customer'];

/**
 * The people who run the business: admins and staff, each with a role to change. Someone joins by an
 * invitation mailed to their address: its link gives the role to the account of that address, or
 * makes the account (opening the link proves the address).
 */
export function TeamPage() {
  return (
    <AdminLayout section="team">
      <Team />
    </AdminLayout>
  );
}

function Team() {
  const { t, user } = useApp();
  usePageTitle(t('team.title'));
  const team = useLoad(async () => {
    const [admins, staff] = await Promise.all([api.users('admin'), api.users('staff')]);
    return [...admins.users, ...staff.users];
  }, []);
  const [notice, setNotice] = useState<string | null>(null);
  const { busy, error, attempt } = useAttempt();

  const setRole = (member: User, role: Role) =>
    void attempt(async () => {
      const changed = await api.changeRole(member.id, role);
      setNotice(t(`team.changed.${changed.role}`, { name: changed.name }));
      team.reload();
    });

  return (
    <section className="stack">
      <h1>{t('team.title')}</h1>
      <p className="muted">{t('team.intro')}</p>
      {notice && <Notice kind="success">{notice}</Notice>}
      {error !== null && <ErrorNotice error={error} />}
      {team.error !== null && <ErrorNotice error={team.error} />}
      {team.data && (
        <div className="table-wrap" {...scrollRegion(t('team.title'))}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('team.name')}</th>
                <th scope="col">{t('team.email')}</th>
                <th scope="col">{t('team.role')}</th>
              </tr>
            </thead>
            <tbody>
              {team.data.map((member) => (
                <tr key={member.id}>
                  <td>
                    {member.name}
                    {member.id === user?.id && <span className="muted"> ({t('team.you')})</span>}
                  </td>
                  <td>{member.email}</td>
                  <td>
                    <select
                      aria-label={t('team.roleOf', { name: member.name })}
                      value={member.role}
                      disabled={busy}
                      onChange={(event) => setRole(member, event.target.value as Role)}
                    >
                      {roles.map((role) => (
                        <option key={role} value={role}>
                          {t(`team.roles.${role}`)}
                        </option>
                      ))}
                    </select>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Invitations
        onChange={(message) => {
          setNotice(message);
          team.reload();
        }}
      />
    </section>
  );
}

/** Invitations still open, and the form that sends a new one. */
function Invitations({ onChange }: { onChange(message: string): void }) {
  const { t, org, locale } = useApp();
  const invitations = useLoad(async () => (await api.invitations()).invitations, []);
  const [email, setEmail] = useState('');
  const [role, setRoleChoice] = useState<TeamInvitation['role']>('staff');
  const { busy, error, attempt } = useAttempt();

  const send = (address: string, as: TeamInvitation['role']) =>
    attempt(async () => {
      const sent = await api.invite(address, as);
      onChange(t('team.invited', { email: sent.email }));
      invitations.reload();
    });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void send(email.trim(), role).then(() => setEmail(''));
  };

  const withdraw = (invitation: TeamInvitation) =>
    void attempt(async () => {
      await api.withdrawInvitation(invitation.id);
      onChange(t('team.withdrawn', { email: invitation.email }));
      invitations.reload();
    });

  return (
    <>
      {invitations.error !== null && <ErrorNotice error={invitations.error} />}
      {invitations.data && invitations.data.length > 0 && (
        <section className="stack" aria-labelledby="invitations-title">
          <h2 id="invitations-title">{t('team.invitations')}</h2>
          <div className="table-wrap" {...scrollRegion(t('team.invitations'))}>
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('team.email')}</th>
                  <th scope="col">{t('team.role')}</th>
                  <th scope="col">{t('team.invitedBy')}</th>
                  <th scope="col">{t('team.validUntil')}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t('team.actions')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {invitations.data.map((invitation) => (
                  <tr key={invitation.id}>
                    <td>{invitation.email}</td>
                    <td>{t(`team.roles.${invitation.role}`)}</td>
                    <td>{invitation.invitedBy ?? '—'}</td>
                    <td>
                      {invitation.expired
                        ? t('team.expired')
                        : formatInstant(invitation.expiresAt, 'shortDateTime', locale, org.timeZone)}
                    </td>
                    <td>
                      <span className="row-actions">
                        <button
                          type="button"
                          className="button button-small"
                          disabled={busy}
                          onClick={() => void send(invitation.email, invitation.role)}
                          aria-label={t('team.sendAgainTo', { email: invitation.email })}
                        >
                          {t('team.sendAgain')}
                        </button>
                        <button
                          type="button"
                          className="button button-small button-quiet"
                          disabled={busy}
                          onClick={() => withdraw(invitation)}
                          aria-label={t('team.withdrawFor', { email: invitation.email })}
                        >
                          {t('team.withdraw')}
                        </button>
                      </span>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      )}
      <form className="form" onSubmit={submit}>
        <h2>{t('team.add')}</h2>
        <p className="muted">{t('team.addHint')}</p>
        {error !== null && <ErrorNotice error={error} />}
        <Field label={t('team.email')}>
          {(control) => (
            <input
              {...control}
              type="email"
              required
              autoComplete="off"
              value={email}
              onChange={(event) => setEmail(event.target.value)}
            />
          )}
        </Field>
        <Field label={t('team.role')}>
          {(control) => (
            <select
              {...control}
              value={role}
              onChange={(event) => setRoleChoice(event.target.value as TeamInvitation['role'])}
            >
              <option value="staff">{t('team.roles.staff')}</option>
              <option value="admin">{t('team.roles.admin')}</option>
            </select>
          )}
        </Field>
        <button type="submit" className="button button-primary" disabled={busy}>
          {t('team.addButton')}
        </button>
      </form>
    </>
  );
}
