import { type ReactNode, useEffect, useRef } from 'react';
import { api } from '../../api/api';
import { useApp } from '../../app-context';
import { Notice } from '../../components/notice';
import { RequireUser } from '../../components/require-user';
import { useLoad } from '../../hooks/use-load';
import type { MessageKey } from '../../i18n/messages';
import { Link } from '../../router';

type Section =
  | 'classes'
  | 'appointments'
  | 'services'
  | 'providers'
  | 'locations'
  | 'customers'
  | 'invoices'
  | 'analytics'
  | 'credits'
  | 'loyalty'
  | 'pricing'
  | 'failed'
  | 'integrity'
  | 'jobs'
  | 'audit'
  | 'api-keys'
  | 'team'
  | 'webhooks'
  | 'settings';

/**
 * The dashboard's sections. Staff see the read-only ones; admins all of them. The day's work comes
 * first; the technical ones (`system`: what an integrator or whoever keeps the server looks at) on a
 * smaller line of their own, so that an owner is not met by eighteen tabs of equal weight.
 */
const sections: { id: Section; to: string; label: MessageKey; adminOnly: boolean; system?: true }[] = [
  { id: 'classes', to: '/admin', label: 'admin.classes', adminOnly: false },
  { id: 'appointments', to: '/admin/appointments', label: 'appointments.title', adminOnly: false },
  { id: 'services', to: '/admin/services', label: 'admin.services', adminOnly: false },
  { id: 'providers', to: '/admin/providers', label: 'admin.providers', adminOnly: false },
  { id: 'locations', to: '/admin/locations', label: 'admin.locations', adminOnly: false },
  { id: 'customers', to: '/admin/customers', label: 'admin.customers', adminOnly: false },
  { id: 'invoices', to: '/admin/invoices', label: 'admin.invoices', adminOnly: false },
  { id: 'credits', to: '/admin/credits', label: 'admin.credits', adminOnly: true },
  { id: 'loyalty', to: '/admin/loyalty', label: 'admin.loyalty', adminOnly: false },
  { id: 'pricing', to: '/admin/pricing', label: 'admin.pricing', adminOnly: true },
  { id: 'analytics', to: '/admin/analytics', label: 'analytics.nav', adminOnly: false },
  { id: 'failed', to: '/admin/failed-bookings', label: 'admin.failed', adminOnly: true },
  { id: 'team', to: '/admin/team', label: 'team.title', adminOnly: true },
  { id: 'settings', to: '/admin/settings', label: 'admin.settings', adminOnly: true },
  { id: 'audit', to: '/admin/audit', label: 'admin.audit', adminOnly: true, system: true },
  { id: 'integrity', to: '/admin/integrity', label: 'admin.integrity', adminOnly: true, system: true },
  { id: 'jobs', to: '/admin/jobs', label: 'admin.jobs', adminOnly: true, system: true },
  { id: 'api-keys', to: '/admin/api-keys', label: 'admin.apiKeys', adminOnly: true, system: true },
  { id: 'webhooks', to: '/admin/webhooks', label: 'protect.webhooks', adminOnly: true, system: true },
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
  const frame = useRef<HTMLDivElement>(null);
  useCardLabels(frame);
  const shown = sections.filter((entry) => isAdmin || !entry.adminOnly);
  const link = (entry: (typeof sections)[number]) => (
    <Link key={entry.id} to={entry.to} aria-current={entry.id === section ? 'page' : undefined}>
      {t(entry.label)}
    </Link>
  );
  const links = shown.map(link);
  const system = shown.filter((entry) => entry.system);
  const current = sections.find((entry) => entry.id === section);
  return (
    <div className="admin" ref={frame}>
      <div className="admin-tabs">
        <nav className="tabs" aria-label={t('admin.sections')}>
          {shown.filter((entry) => !entry.system).map(link)}
        </nav>
        {system.length > 0 && (
          <nav className="tabs tabs-small admin-tabs-system" aria-label={t('admin.systemSections')}>
            <span className="admin-tabs-system-label" aria-hidden="true">
              {t('admin.systemSections')}:
            </span>
            {system.map(link)}
          </nav>
        )}
      </div>
      {/* On a phone the thirteen sections would wrap to five rows: one menu button instead. */}
      <details className="admin-menu">
        <summary>
          {t('studio.admin.menu')}
          {current && <span className="admin-menu-current">{t(current.label)}</span>}
        </summary>
        <nav className="admin-menu-list" aria-label={t('admin.sections')}>
          {links}
        </nav>
      </details>
      {!isAdmin && <StaffNotice />}
      {children}
    </div>
  );
}

/**
 * What staff may do here, and, for a member of staff who is also a provider, the way to their own day:
 * the schedule they open most, otherwise three steps down (Providers, their name, Schedule).
 */
function StaffNotice() {
  const { user, t } = useApp();
  const providers = useLoad(() => api.providers(), []);
  const mine = providers.data?.providers.find((provider) => user && provider.userId === user.id);
  return (
    <Notice kind="info">
      {t('admin.readOnly')}
      {mine && (
        <>
          {' '}
          <Link to={`/admin/providers/${mine.id}/schedule`}>{t('admin.mySchedule')}</Link>
        </>
      )}
    </Notice>
  );
}

/**
 * On a phone the dashboard's tables are shown as cards, one per row, each value under its column's
 * name. The names are copied from each table's header into its cells (`data-label`, read by the
 * stylesheet), here in one place rather than in every table, and again whenever a table changes.
 */
function useCardLabels(frame: { current: HTMLElement | null }): void {
  useEffect(() => {
    const root = frame.current;
    if (!root) return;
    const label = () => {
      for (const table of root.querySelectorAll<HTMLTableElement>('.table-wrap table')) {
        const names: string[] = [];
        for (const th of table.tHead?.rows[0]?.cells ?? []) {
          for (let span = 0; span < th.colSpan; span++) names.push(th.textContent?.trim() ?? '');
        }
        for (const body of table.tBodies) {
          for (const row of body.rows) {
            let column = 0;
            for (const cell of row.cells) {
              const name = cell.colSpan === 1 ? names[column] : '';
              if (name && cell.dataset.label !== name) cell.dataset.label = name;
              column += cell.colSpan;
            }
          }
        }
      }
    };
    label();
    const observer = new MutationObserver(label);
    observer.observe(root, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [frame]);
}

/** Whether the signed-in user may change things (admins) or only look (staff). */
export function useIsAdmin(): boolean {
  return useApp().user?.role === 'admin';
}
