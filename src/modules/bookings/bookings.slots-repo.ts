import { type SQL, sql } from 'drizzle-orm';
import { type Db, queryRows } from '../../platform/db.ts';

/** Everything the slots of one service depend on, as one statement reads it. */
export interface SlotInputs {
  service: {
    id: string;
    active: boolean;
    durationMinutes: number;
    bufferBeforeMinutes: number;
    bufferAfterMinutes: number;
    slotIntervalMinutes: number;
    minimumNoticeMinutes: number;
    maximumDaysAhead: number;
    locationMode: 'at_location' | 'at_customer' | 'remote';
    locationId: string | null;
  } | null;
  /** every provider linked to the service, active or not, by name */
  providers: { id: string; name: string; timeZone: string; active: boolean }[];
  /** [providerId, weekday, start, end, locationId] of the active providers */
  weekly: [string, number, string, string, string | null][];
  /** [providerId, date, start, end, locationId]; start null: the date is closed */
  overrides: [string, string, string | null, string | null, string | null][];
  /** [providerId, start ms, end ms] */
  timeOff: [string, number, number][];
  /** [providerId, start ms, end ms] of live claims */
  claims: [string, number, number][];
}

/**
 * One statement for the slots of a service: the service, its providers, and for its active providers the
 * weekly hours, the overrides of the dates in `dates`, the time off and the live claims overlapping
 * `range`. One round trip, and one snapshot: hours and claims are seen at the same moment. Rows come as
 * JSON arrays (epoch ms for instants), so the driver builds no Date and no row object per row.
 */
export async function selectSlotInputs(
  db: Db,
  orgId: string,
  serviceId: string,
  range: { from: Date; to: Date },
  dates: { from: string; to: string },
  now: Date,
  ignore: { bookingId?: string; holdId?: string } = {},
): Promise<SlotInputs> {
  const ms = (column: SQL) => sql`(extract(epoch FROM ${column}) * 1000)::float8`;
  const [row] = await queryRows<{
    service: SlotInputs['service'];
    providers: SlotInputs['providers'] | null;
    weekly: SlotInputs['weekly'] | null;
    overrides: SlotInputs['overrides'] | null;
    time_off: SlotInputs['timeOff'] | null;
    claims: SlotInputs['claims'] | null;
  }>(
    db,
    sql`
      WITH linked AS (
        SELECT p.id, p.name, p.time_zone, p.active
        FROM service_providers sp
        JOIN providers p ON p.org_id = sp.org_id AND p.id = sp.provider_id
        WHERE sp.org_id = ${orgId} AND sp.service_id = ${serviceId}
      ), active AS (
        SELECT id FROM linked WHERE active
      )
      SELECT
        (SELECT json_build_object(
           'id', id, 'active', active, 'durationMinutes', duration_minutes,
           'bufferBeforeMinutes', buffer_before_minutes, 'bufferAfterMinutes', buffer_after_minutes,
           'slotIntervalMinutes', slot_interval_minutes, 'minimumNoticeMinutes', minimum_notice_minutes,
           'maximumDaysAhead', maximum_days_ahead, 'locationMode', location_mode, 'locationId', location_id)
         FROM services WHERE org_id = ${orgId} AND id = ${serviceId}) AS service,
        (SELECT json_agg(json_build_object('id', id, 'name', name, 'timeZone', time_zone, 'active', active)
                         ORDER BY name, id)
         FROM linked) AS providers,
        (SELECT json_agg(json_build_array(provider_id, weekday, start_time, end_time, location_id))
         FROM provider_weekly_hours
         WHERE org_id = ${orgId} AND provider_id IN (SELECT id FROM active)) AS weekly,
        (SELECT json_agg(json_build_array(o.provider_id, o.date, i.start_time, i.end_time, i.location_id))
         FROM provider_date_overrides o
         LEFT JOIN provider_override_intervals i ON i.org_id = o.org_id AND i.override_id = o.id
         WHERE o.org_id = ${orgId} AND o.provider_id IN (SELECT id FROM active)
           AND o.date BETWEEN ${dates.from}::date AND ${dates.to}::date) AS overrides,
        (SELECT json_agg(json_build_array(provider_id, ${ms(sql`starts_at`)}, ${ms(sql`ends_at`)}))
         FROM provider_time_off
         WHERE org_id = ${orgId} AND provider_id IN (SELECT id FROM active)
           AND ends_at > ${range.from} AND starts_at < ${range.to}) AS time_off,
        (SELECT json_agg(json_build_array(provider_id, ${ms(sql`lower(during)`)}, ${ms(sql`upper(during)`)}))
         FROM provider_claims
         WHERE org_id = ${orgId} AND provider_id IN (SELECT id FROM active)
           AND during && tstzrange(${range.from}, ${range.to})
           AND (expires_at IS NULL OR expires_at > ${now})
           ${ignore.bookingId ? sql`AND booking_id IS DISTINCT FROM ${ignore.bookingId}` : sql``}
           ${ignore.holdId ? sql`AND hold_id IS DISTINCT FROM ${ignore.holdId}` : sql``}) AS claims`,
  );
  return {
    service: row?.service ?? null,
    providers: row?.providers ?? [],
    weekly: row?.weekly ?? [],
    overrides: row?.overrides ?? [],
    timeOff: row?.time_off ?? [],
    claims: row?.claims ?? [],
  };
}
