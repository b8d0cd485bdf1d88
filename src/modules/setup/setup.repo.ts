import { sql } from 'drizzle-orm';
import { type Db, queryRows } from '../../platform/db.ts';

/** What the setup checklist is read from: the organisation's own data, as it is now. */
export interface SetupFacts {
  dismissedAt: Date | null;
  settingsSaved: boolean;
  hasServices: boolean;
  hasClasses: boolean;
  providerWithHours: boolean;
  pageViewed: boolean;
  hasBookings: boolean;
}

/** One statement of existence checks, each stopping at its first row. */
export async function selectSetupFacts(db: Db, orgId: string): Promise<SetupFacts> {
  const [row] = await queryRows<{
    dismissed_at: Date | string | null;
    settings_saved: boolean;
    has_services: boolean;
    has_classes: boolean;
    provider_with_hours: boolean;
    page_viewed: boolean;
    has_bookings: boolean;
  }>(
    db,
    sql`SELECT
      (SELECT setup_dismissed_at FROM organisations WHERE id = ${orgId}) AS dismissed_at,
      EXISTS (SELECT 1 FROM audit_log WHERE org_id = ${orgId} AND action = 'organisation.updated') AS settings_saved,
      EXISTS (SELECT 1 FROM services WHERE org_id = ${orgId} AND active) AS has_services,
      EXISTS (SELECT 1 FROM classes WHERE org_id = ${orgId}) AS has_classes,
      EXISTS (
        SELECT 1 FROM providers p
          JOIN provider_weekly_hours h ON h.org_id = p.org_id AND h.provider_id = p.id
          JOIN service_providers sp ON sp.org_id = p.org_id AND sp.provider_id = p.id
          JOIN services s ON s.org_id = sp.org_id AND s.id = sp.service_id AND s.active
         WHERE p.org_id = ${orgId} AND p.active) AS provider_with_hours,
      EXISTS (SELECT 1 FROM analytics_funnel_days WHERE org_id = ${orgId} AND step = 'page_view') AS page_viewed,
      EXISTS (SELECT 1 FROM bookings WHERE org_id = ${orgId}) AS has_bookings`,
  );
  if (!row) throw new Error('the setup facts query answered no row');
  return {
    dismissedAt: row.dismissed_at === null ? null : new Date(row.dismissed_at),
    settingsSaved: row.settings_saved,
    hasServices: row.has_services,
    hasClasses: row.has_classes,
    providerWithHours: row.provider_with_hours,
    pageViewed: row.page_viewed,
    hasBookings: row.has_bookings,
  };
}
