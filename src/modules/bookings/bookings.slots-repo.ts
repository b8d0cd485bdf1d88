import { sql } from 'drizzle-orm';
import { type Db, queryRows } from '../../platform/db.ts';

/** A provider's time taken by a live booking or a live hold, buffers included, in epoch ms. */
export interface LiveClaim {
  providerId: string;
  start: number;
  end: number;
}

/**
 * The claims of these providers (provider_claims, kept by triggers from bookings and holds) that overlap
 * [from, to) and are live at `now`: a settled booking's claim never expires, a hold's or a pending
 * booking's until its `expires_at`. An expired claim may still be in the table (it is removed by the
 * insert it stands in the way of), so it is filtered here by the same rule the database applies then.
 * `ignore` leaves out the claim of the booking being moved or of the hold being turned into a booking.
 * Epoch milliseconds come straight from the database as float8, with no Date parsing per row.
 */
export async function selectLiveClaims(
  db: Db,
  orgId: string,
  providerIds: readonly string[],
  range: { from: Date; to: Date },
  now: Date,
  ignore: { bookingId?: string; holdId?: string } = {},
): Promise<LiveClaim[]> {
  if (providerIds.length === 0) return [];
  const rows = await queryRows<{ provider_id: string; start_ms: number; end_ms: number }>(
    db,
    sql`
      SELECT provider_id,
             (extract(epoch FROM lower(during)) * 1000)::float8 AS start_ms,
             (extract(epoch FROM upper(during)) * 1000)::float8 AS end_ms
      FROM provider_claims
      WHERE org_id = ${orgId}
        AND provider_id IN ${providerIds}
        AND during && tstzrange(${range.from}, ${range.to})
        AND (expires_at IS NULL OR expires_at > ${now})
        ${ignore.bookingId ? sql`AND booking_id IS DISTINCT FROM ${ignore.bookingId}` : sql``}
        ${ignore.holdId ? sql`AND hold_id IS DISTINCT FROM ${ignore.holdId}` : sql``}`,
  );
  return rows.map((row) => ({ providerId: row.provider_id, start: Number(row.start_ms), end: Number(row.end_ms) }));
}
