import { type ReactNode, useEffect } from 'react';
import type { User } from '../api/client';
import { useApp } from '../app-context';
import { Link, navigate, useLocation } from '../router';
import { Notice } from './notice';

const rank: Record<User['role'], number> = { customer: 0, staff: 1, admin: 2 };

/** Shows `children` to a signed-in user of at least `role`; sends anyone else to sign in first. */
export function RequireUser({ role = 'customer', children }: { role?: User['role']; children: ReactNode }) {
  const { user } = useApp();
  const { path, query } = useLocation();
  const search = query.toString();
  const here = search ? `${path}?${search}` : path;
  useEffect(() => {
    if (!user) navigate(`/sign-in?next=${encodeURIComponent(here)}`, { replace: true });
  }, [user, here]);
  if (!user) return null;
  if (rank[user.role] < rank[role]) return <Forbidden />;
  return children;
}

/** A page above the reader's role: said, with the way back to what they may open. */
function Forbidden() {
  const { t, user } = useApp();
  const home = user?.role === 'staff' ? '/admin' : '/account';
  return (
    <>
      <Notice kind="error">{t('error.forbidden')}</Notice>
      <p>
        <Link to={home}>{t(user?.role === 'staff' ? 'error.forbiddenBackStaff' : 'error.forbiddenBack')}</Link>
      </p>
    </>
  );
}
