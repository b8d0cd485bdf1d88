import { type FormEvent, useState } from 'react';
import { api } from '../../api/api';
import type { User } from '../../api/client';
import { useApp } from '../../app-context';
import { Field } from '../../components/field';
import { ErrorNotice, Notice } from '../../components/notice';
import { scrollRegion } from '../../components/scroll-region';
import { useAttempt } from '../../hooks/use-attempt';
import { useLoad } from '../../hooks/use-load';
import { usePageTitle } from '../../hooks/use-page-title';
import { AdminLayout } from './admin-layout';

type Role = User['role'];
const roles: Role[] = ['admin', 'staff', 'customer'];

/**
 * The people who run the business: admins and staff, each with a role to change. Someone joins by
 * creating an account on the site first (their address is theirs to prove by signing in), then an
 * admin finds the account here by its address and gives it a role.
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
      <AddMember
        onAdded={(member) => {
          setNotice(t(`team.changed.${member.role}`, { name: member.name }));
          team.reload();
        }}
      />
    </section>
  );
}

function AddMember({ onAdded }: { onAdded(member: User): void }) {
  const { t } = useApp();
  const [email, setEmail] = useState('');
  const [role, setRoleChoice] = useState<Role>('staff');
  const [missing, setMissing] = useState<string | null>(null);
  const { busy, error, attempt } = useAttempt();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setMissing(null);
    void attempt(async () => {
      const [found] = (await api.findUser(email.trim())).users;
      if (!found) {
        setMissing(email.trim());
        return;
      }
      onAdded(await api.changeRole(found.id, role));
      setEmail('');
    });
  };

  return (
    <form className="form" onSubmit={submit}>
      <h2>{t('team.add')}</h2>
      <p className="muted">{t('team.addHint')}</p>
      {missing && <Notice kind="info">{t('team.noAccount', { email: missing })}</Notice>}
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
          <select {...control} value={role} onChange={(event) => setRoleChoice(event.target.value as Role)}>
            <option value="staff">{t('team.roles.staff')}</option>
            <option value="admin">{t('team.roles.admin')}</option>
          </select>
        )}
      </Field>
      <button type="submit" className="button button-primary" disabled={busy}>
        {t('team.addButton')}
      </button>
    </form>
  );
}
