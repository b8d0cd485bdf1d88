import { sql } from 'drizzle-orm';
import { type Db, queryRows } from '../../platform/db.ts';

/** Everything the slots of one service depend on, as one statement reads it. */
export interface SlotInputs {
  service: {
    id: string;
    active: boolean;
    durationMinutes: number;
    bufferBeforeMinutes: number;
    bufferAfterMinutes: number;
    /** null: not set (the length and both buffers) */
    slotIntervalMinutes: number | null;
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
 * The slots inputs of a service in one call of the database function `slot_inputs` (migration 0013): the
 * service, its providers, and for its active providers the weekly hours, the overrides of the dates in
 * `dates`, the time off and the live claims overlapping `range`. One round trip and one snapshot (hours and
 * claims are seen at the same moment), and a plan the connection keeps rather than one made per request.
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
  const [row] = await queryRows<{ inputs: Partial<SlotInputs> }>(
    db,
    sql`SELECT slot_inputs(${orgId}, ${serviceId}, ${range.from}, ${range.to}, ${dates.from}::date, ${dates.to}::date,
                           ${now}, ${ignore.bookingId ?? null}::uuid, ${ignore.holdId ?? null}::uuid) AS inputs`,
  );
  const inputs = row?.inputs ?? {};
  return {
    service: inputs.service ?? null,
    providers: inputs.providers ?? [],
    weekly: inputs.weekly ?? [],
    overrides: inputs.overrides ?? [],
    timeOff: inputs.timeOff ?? [],
    claims: inputs.claims ?? [],
  };
}
