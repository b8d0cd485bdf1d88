import type { ReactNode } from 'react';
import { useApp } from '../../app-context';
import { Notice } from '../../components/notice';
import { RequireUser } from '../../components/require-user';
import type { MessageKey } from '../../i18n/messages';
import { Link } from '../../router';

type Section =
  | 'classes'
  | 'services'
  | 'providers'
  | 'locations'
  | 'customers'
  | 'invoices'
  | 'credits'
  | 'loyalty'
  | 'pricing'
  | 'failed'
  | 'integrity'
  | 'jobs'
  | 'audit'
  | 'api-keys'
  | 'settings';

/** The dashboard's sections. Staff see the read-only ones; admins all of them. */
const sections: { id: Section; to: string; label: MessageKey; adminOnly: boolean }[] = [
  { id: 'classes', to: '/admin', label: 'admin.classes', adminOnly: false },
  { id: 'services', to: '/admin/services', label: 'admin.services', adminOnly: false },
  { id: 'providers', to: '/admin/providers', label: 'admin.providers', adminOnly: false },
  { id: 'locations', to: '/admin/locations', label: 'admin.locations', adminOnly: false },
  { id: 'customers', to: '/admin/customers', label: 'admin.customers', adminOnly: false },
  { id: 'invoices', to: '/admin/invoices', label: 'admin.invoices', adminOnly: false },
  { id: 'credits', to: '/admin/credits', label: 'admin.credits', adminOnly: true },
  { id: 'loyalty', to: '/admin/loyalty', label: 'admin.loyalty', adminOnly: false },
  { id: 'pricing', to: '/admin/pricing', label: 'admin.pricing', adminOnly: true },
  { id: 'failed', to: '/admin/failed-bookings', label: 'admin.failed', adminOnly: true },
  { id: 'integrity', to: '/admin/integrity', label: 'admin.integrity', adminOnly: true },
  { id: 'jobs', to: '/admin/jobs', label: 'admin.jobs', adminOnly: true },
  { id: 'audit', to: '/admin/audit', label: 'admin.audit', adminOnly: true },
  { id: 'api-keys', to: '/admin/api-keys', label: 'admin.apiKeys', adminOnly: true },
  { id: 'settings', to: '/admin/settings', label: 'admin.settings', adminOnly: true },
];

/** `adminOnly` overrides the section's rule for one page, e.g. a form in a section staff may read. */
export function AdminLayout({
  section,
  adminOnly: pageAdminOnly,
  children,
}: {
  section: Section;
  adminOnly?: boolean;
  children: ReactNode;
}) {
  const adminOnly = pageAdminOnly ?? sections.find((entry) => entry.id === section)?.adminOnly ?? true;
  return (
    <RequireUser role={adminOnly ? 'admin' : 'staff'}>
      <AdminFrame section={section}>{children}</AdminFrame>
    </RequireUser>
  );
}

function AdminFrame({ section, children }: { section: Section; children: ReactNode }) {
  const { user, t } = useApp();
  const isAdmin = user?.role === 'admin';
  return (
    <div className="admin">
      <nav className="tabs" aria-label={t('admin.sections')}>
        {sections
          .filter((entry) => isAdmin || !entry.adminOnly)
          .map((entry) => (
            <Link key={entry.id} to={entry.to} aria-current={entry.id === section ? 'page' : undefined}>
              {t(entry.label)}
            </Link>
          ))}
      </nav>
      {!isAdmin && <Notice kind="info">{t('admin.readOnly')}</Notice>}
      {children}
    </div>
  );
}

/** Whether the signed-in user may change things (admins) or only look (staff). */
export function useIsAdmin(): boolean {
  return useApp().user?.role === 'admin';
}
