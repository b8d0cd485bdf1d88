import type { ReactNode } from 'react';
import { loyaltyApi } from '../../api/loyalty-api';
import { useApp } from '../../app-context';
import { RequireUser } from '../../components/require-user';
import { useLoad } from '../../hooks/use-load';
import type { MessageKey } from '../../i18n/messages';
import { Link } from '../../router';

/** The portal's pages, in the order of the tabs. Each page registers its own route in app.tsx. */
const tabs: { to: string; label: MessageKey }[] = [
  { to: '/account', label: 'portal.overview' },
  { to: '/account/bookings', label: 'portal.bookings' },
  { to: '/account/invoices', label: 'portal.invoices' },
  { to: '/account/payments', label: 'portal.payments' },
  { to: '/account/cards', label: 'portal.cards' },
  { to: '/account/loyalty', label: 'portal.loyalty' },
  { to: '/account/credits', label: 'portal.credits' },
  { to: '/account/profile', label: 'portal.profile' },
];

/** Whether `path` is a portal page, which app.tsx then shows inside this layout. */
export const isPortalPath = (path: string) => path === '/account' || path.startsWith('/account/');

/**
 * The frame of every `/account` page: sign-in first (so the tabs never show to a visitor), then
 * the tabs. On a narrow screen the tabs stay on one line and scroll sideways rather than
 * stacking into rows that push the page below the fold.
 */
export function PortalLayout({ path, children }: { path: string; children: ReactNode }) {
  return (
    <RequireUser>
      <PortalFrame path={path}>{children}</PortalFrame>
    </RequireUser>
  );
}

function PortalFrame({ path, children }: { path: string; children: ReactNode }) {
  const { org, t } = useApp();
  const points = useLoad(() => loyaltyApi.summary(), []).data;
  // Saved cards are for card payments, points for a loyalty programme: without them a tab leads
  // nowhere. Points kept from a programme since switched off still have their tab.
  const offered: Partial<Record<string, boolean>> = {
    '/account/cards': org.cardPayments,
    '/account/loyalty': points !== undefined && (points.enabled || points.balance > 0),
  };
  const shown = tabs.filter((tab) => offered[tab.to] !== false || path === tab.to);
  const current = (to: string) =>
    (to === '/account' ? path === to || path === `${to}/` : path === to || path.startsWith(`${to}/`))
      ? 'page'
      : undefined;
  return (
    <div className="portal">
      <nav className="tabs portal-tabs" aria-label={t('portal.sections')} data-testid="portal-tabs">
        {shown.map((tab) => (
          <Link key={tab.to} to={tab.to} aria-current={current(tab.to)}>
            {t(tab.label)}
          </Link>
        ))}
      </nav>
      {children}
    </div>
  );
}
