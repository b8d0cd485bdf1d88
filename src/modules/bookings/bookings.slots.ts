/**
 * Bookable slots of a service, from the catalogue (hours, overrides, time off) and the live claims on the
 * providers' time (bookings and holds), through the pure engine in ../availability. It lives in bookings
 * because it reads live claims; it reads, never locks: the exclusion constraint on provider_claims is what
 * keeps two bookings apart, and a slot shown here can still be taken by the time it is booked (409).
 */
import type { RequestContext } from '../../platform/context.ts';
import type { Db } from '../../platform/db.ts';
import { DomainError } from '../../platform/errors.ts';
import {
  type InstantRange,
  type IsoWeekday,
  type ProviderAvailability,
  type ServiceSlotRules,
  type WeeklyInterval,
  type WorkingInterval,
  computeSlots,
  isSlotBookable,
  toLocalTime,
} from '../availability/availability.ts';
import { findProvider } from '../providers/providers.repo.ts';
import { defaultSlotIntervalMinutes } from '../services/services.interval.ts';
import type { ServiceRow } from '../services/services.tables.ts';
import { DAY_MS, MINUTE_MS, wallToInstant, zoneOffsets } from '../availability/zone-offsets.ts';
import { type SlotInputs, selectSlotInputs } from './bookings.slots-repo.ts';

/** The longest window one request may ask for: two months of local dates. */
export const MAX_SLOT_WINDOW_DAYS = 62;

const HOUR_MS = 3_600_000;

/** What of a service decides its slots. */
export type SlotService = Pick<
  ServiceRow,
  | 'id'
  | 'durationMinutes'
  | 'bufferBeforeMinutes'
  | 'bufferAfterMinutes'
  | 'slotIntervalMinutes'
  | 'minimumNoticeMinutes'
  | 'maximumDaysAhead'
  | 'locationMode'
  | 'locationId'
>;

/**
 * The engine's rules for a service. A service that sets no interval steps by its length and both buffers
 * (defaultSlotIntervalMinutes). Starts sit on the clock grid (:00, :15, … in the provider's zone)
 * when the interval divides an hour; an interval that does not (50, 90 minutes) counts from the start
 * of each working window instead, so that a 09:00 opening still offers 09:00.
 *
 * Buffers are not given to the engine: they are applied to the busy ranges here (`toAvailability`),
 * because the database's rule differs from the engine's. A claim's range already holds the existing
 * appointment's own buffers, and a new appointment claims [start − bufferBefore, end + bufferAfter);
 * the exclusion constraint refuses it when the two overlap, i.e. when [start, end) meets
 * [claim.start − bufferAfter, claim.end + bufferBefore). The engine would widen the claim the other way
 * round ([claim.start − bufferBefore, claim.end + bufferAfter)), and with unequal buffers offer slots
 * that the constraint then refuses.
 */
export function slotRules(service: SlotService): ServiceSlotRules {
  const interval = service.slotIntervalMinutes ?? defaultSlotIntervalMinutes(service);
  return {
    durationMinutes: service.durationMinutes,
    slotIntervalMinutes: interval,
    minimumNoticeMinutes: service.minimumNoticeMinutes,
    maximumDaysAhead: service.maximumDaysAhead,
    alignment: 60 % interval === 0 ? 'clock' : 'window',
  };
}

/** Only intervals of the service's own location (or of none) count for a service at a location. */
const locationOf = (service: SlotService): string | null =>
  service.locationMode === 'at_location' ? service.locationId : null;

/**
 * What to read for slots starting in [from, to), known before the zone is: instants a few days either side
 * (a local date is within 15 hours of its UTC date, buffers are at most 12 hours and an appointment at most
 * a day, and a window of the day before may run past midnight), and the UTC dates of those instants a day
 * further for the overrides. Reading more than the window needs costs little: the engine looks only at
 * what the window reaches.
 */
function readRange(from: number, to: number) {
  const range = { from: new Date(from - 3 * DAY_MS), to: new Date(to + 3 * DAY_MS) };
  const utcDate = (instant: number) => new Date(instant).toISOString().slice(0, 10);
  return { range, dates: { from: utcDate(from - 4 * DAY_MS), to: utcDate(to + 4 * DAY_MS) } };
}

/** The engine's input for these providers, from the statement's rows. */
function toAvailability(
  service: SlotService,
  providers: readonly { id: string; timeZone: string }[],
  inputs: SlotInputs,
): ProviderAvailability[] {
  const before = service.bufferBeforeMinutes * 60_000;
  const after = service.bufferAfterMinutes * 60_000;
  const rows = new Map(
    providers.map((provider) => [
      provider.id,
      {
        weeklyHours: [] as WeeklyInterval[],
        overrides: new Map<string, WorkingInterval[]>(),
        timeOff: [] as InstantRange[],
        busy: [] as InstantRange[],
      },
    ]),
  );
  for (const [id, weekday, start, end, locationId] of inputs.weekly) {
    rows.get(id)?.weeklyHours.push({ weekday: weekday as IsoWeekday, start, end, locationId });
  }
  for (const [id, date, start, end, locationId] of inputs.overrides) {
    const overrides = rows.get(id)?.overrides;
    if (!overrides) continue;
    const intervals = overrides.get(date) ?? [];
    // A closed date is an override without intervals (its one row has none).
    if (start !== null && end !== null) intervals.push({ start, end, locationId });
    overrides.set(date, intervals);
  }
  for (const [id, start, end] of inputs.timeOff) rows.get(id)?.timeOff.push({ start, end });
  // The database's rule for buffers (see slotRules).
  for (const [id, start, end] of inputs.claims) rows.get(id)?.busy.push({ start: start - after, end: end + before });
  return providers.map((provider) => {
    const { weeklyHours, overrides, timeOff, busy } = rows.get(provider.id) ?? {
      weeklyHours: [],
      overrides: new Map<string, WorkingInterval[]>(),
      timeOff: [],
      busy: [],
    };
    const dateOverrides = [...overrides].map(([date, intervals]) => ({ date, intervals }));
    return { providerId: provider.id, timeZone: provider.timeZone, weeklyHours, dateOverrides, timeOff, busy };
  });
}

export interface SlotsQuery {
  /** a local date (YYYY-MM-DD) in the answer's zone, or a date-time */
  from: string;
  /** a local date, inclusive of its day, or a date-time (exclusive) */
  to: string;
  provider?: string;
  timeZone?: string;
}

export interface SlotDto {
  start: string;
  end: string;
  startLocal: string;
  date: string;
  providerIds: string[];
}

export interface SlotsAnswer {
  serviceId: string;
  timeZone: string;
  slots: SlotDto[];
  providers: { id: string; name: string }[];
}

/**
 * The bookable starts of an active service in a window, for one provider or any provider offering it.
 * Public: providers are named by id and name only. The answer's zone is the one asked for, else the
 * provider's (or, for any provider, their common zone, else the organisation's); `from` and `to` dates
 * are local dates in that zone. One statement reads everything, before the zone is known (see readRange).
 */
export async function listSlots(
  db: Db,
  ctx: RequestContext,
  serviceId: string,
  query: SlotsQuery,
  now: Date,
): Promise<SlotsAnswer> {
  const orgId = ctx.org.id;
  const asked = query.timeZone ?? 'UTC';
  const roughFrom = boundary(query.from, asked, 'from', false);
  const roughTo = boundary(query.to, asked, 'to', true);
  // Checked exactly below, in the answer's zone (at most two days from this one); these bound what is
  // read for a window that will be refused anyway, and keep the read's range the right way round.
  if (roughTo - roughFrom > (MAX_SLOT_WINDOW_DAYS + 2) * DAY_MS) throw windowTooLong();
  if (roughTo <= roughFrom - 2 * DAY_MS) throw queryError('to', 'must be after from');
  const { range, dates } = readRange(roughFrom, roughTo);
  const inputs = await selectSlotInputs(db, orgId, serviceId, range, dates, now);
  const { service } = inputs;
  // An inactive service takes no bookings, so it has no slots, for staff either.
  if (!service?.active) throw new DomainError('service_not_found');
  const offering = inputs.providers.filter((provider) => provider.active);

  let chosen = offering;
  if (query.provider !== undefined) {
    const provider = offering.find((row) => row.id === query.provider);
    if (!provider) throw await whyNotOffered(db, orgId, query.provider);
    chosen = [provider];
  }

  const zones = new Set(chosen.map((provider) => provider.timeZone));
  const [onlyZone] = zones;
  const timeZone = query.timeZone ?? (zones.size === 1 && onlyZone !== undefined ? onlyZone : ctx.org.timeZone);
  const from = timeZone === asked ? roughFrom : boundary(query.from, timeZone, 'from', false);
  const to = timeZone === asked ? roughTo : boundary(query.to, timeZone, 'to', true);
  if (to <= from) throw queryError('to', 'must be after from');
  // A local day may be 25 hours long (a DST change): the limit counts days, not exact hours.
  if (to - from > MAX_SLOT_WINDOW_DAYS * DAY_MS + HOUR_MS) throw windowTooLong();

  const providers = offering.map((provider) => ({ id: provider.id, name: provider.name }));
  const slots = computeSlots({
    service: slotRules(service),
    providers: toAvailability(service, chosen, inputs),
    now: now.getTime(),
    from,
    to,
    locationId: locationOf(service),
  });
  const format = slotFormatter(timeZone);
  return { serviceId, timeZone, slots: slots.map(format), providers };
}

/**
 * For the booking path: which of these providers are free to start this service at `start` (an instant on
 * the service's grid, inside their hours, clear of live claims with the buffers, within notice and
 * horizon), in the order given. Empty: `start` is not bookable with any of them. A provider who is
 * inactive or does not offer the service is never free (the caller tells those apart for its error codes).
 *
 * Same statement and same rule as `listSlots`, so a slot listed is a slot this accepts (and the reverse)
 * at the same `now` and with the same claims. It only reads: inside the booking transaction it is the
 * friendly check that answers `slot_unavailable` for a start that was never offered; the exclusion
 * constraint on provider_claims remains the guarantee against two bookings of one provider's time.
 * `ignore` leaves out the claim of the booking being rescheduled, or of the hold being turned into a
 * booking; `ignore.claims` leaves out every claim (is `start` a slot at all, taken or not?). The service's
 * rules are the caller's row (read in its transaction).
 */
export async function freeProvidersAt(
  db: Db,
  orgId: string,
  service: SlotService,
  providerIds: readonly string[],
  start: Date,
  now: Date,
  ignore?: { bookingId?: string; holdId?: string; claims?: boolean },
): Promise<string[]> {
  const instant = start.getTime();
  if (providerIds.length === 0 || !Number.isFinite(instant)) return [];
  const { range, dates } = readRange(instant, instant);
  const read = await selectSlotInputs(db, orgId, service.id, range, dates, now, ignore);
  const inputs = ignore?.claims ? { ...read, claims: [] } : read;
  const offering = new Map(inputs.providers.filter((p) => p.active).map((provider) => [provider.id, provider]));
  const providers = [...new Set(providerIds)].flatMap((id) => offering.get(id) ?? []);
  if (providers.length === 0) return [];
  return isSlotBookable(
    {
      service: slotRules(service),
      providers: toAvailability(service, providers, inputs),
      now: now.getTime(),
      locationId: locationOf(service),
    },
    instant,
  );
}

/** A provider named but not among the service's active providers: unknown (or hidden), or not offering it. */
async function whyNotOffered(db: Db, orgId: string, providerId: string): Promise<DomainError> {
  const provider = await findProvider(db, orgId, providerId);
  return provider?.active ? new DomainError('provider_not_offering') : new DomainError('provider_not_found');
}

const BOUNDARY =
  /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,6}))?)?(Z|([+-])(\d{2}):(\d{2}))?)?$/;

/**
 * A bound of the window in epoch ms: a date is the start of that local day (with `endOfDay`, of the next
 * one), a date-time with an offset is that instant, one without is wall time in `zone` and is refused if
 * the clocks skip it. platform/time.ts's parseDateBoundary means the same; this one uses the engine's
 * memoised offsets instead of luxon, which costs about 0.1 ms a call on the most-read endpoint.
 */
function boundary(value: string, zone: string, field: string, endOfDay: boolean): number {
  const match = BOUNDARY.exec(value);
  if (!match) throw queryError(field, 'must be a date (2026-03-29) or an ISO 8601 date-time');
  const [, year, month, day, hour = '0', minute = '0', second = '0', fraction = '', offset, sign, offH, offM] = match;
  const date = Date.UTC(Number(year), Number(month) - 1, Number(day));
  if (new Date(date).toISOString().slice(0, 10) !== value.slice(0, 10)) throw queryError(field, 'is not a real date');
  if (Number(hour) > 23 || Number(minute) > 59 || Number(second) > 59) {
    throw queryError(field, 'is not a real date and time');
  }
  const wall =
    date +
    (match[4] === undefined
      ? endOfDay
        ? DAY_MS
        : 0
      : Number(hour) * HOUR_MS +
        Number(minute) * MINUTE_MS +
        Number(second) * 1000 +
        Number(fraction.padEnd(3, '0').slice(0, 3)));
  if (offset !== undefined) {
    const minutes = offset === 'Z' ? 0 : (sign === '-' ? -1 : 1) * (Number(offH) * 60 + Number(offM));
    return wall - minutes * MINUTE_MS;
  }
  const offsets = zoneOffsets(zone);
  const instant = wallToInstant(offsets, wall);
  // A wall time the clocks skip maps to the instant of the change, which shows another wall time.
  if (match[4] !== undefined && instant + offsets.offsetAt(instant) !== wall) {
    throw queryError(field, `does not exist in ${zone} (the clocks change then)`);
  }
  return instant;
}

/** Zone names as asked → the zone's canonical name, for names Intl knows; bounded, as the names come from the public. */
const canonicalZones = new Map<string, string>();

/**
 * The canonical spelling of an IANA zone Intl knows ("europe/stockholm" → "Europe/Stockholm"), or
 * undefined. Canonical names also keep the engine's memo of zones (one entry per name) from growing with
 * every spelling a caller tries.
 */
export function canonicalTimeZone(zone: string): string | undefined {
  let canonical = canonicalZones.get(zone);
  if (canonical !== undefined) return canonical;
  try {
    canonical = new Intl.DateTimeFormat('en-US', { timeZone: zone }).resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
  if (canonicalZones.size < 1000) canonicalZones.set(zone, canonical);
  return canonical;
}

/** "00:00" … "23:59" by minute of the day. */
const HH_MM = Array.from(
  { length: 1440 },
  (_, m) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`,
);

/**
 * Turns the engine's slots into the answer's shape. A month has hundreds of slots, each with three ISO
 * strings; built from a table of minutes and the dates seen so far they cost a tenth of Date#toISOString
 * and the engine's toLocalTime (which remain the way for the odd instant off the whole minute).
 */
function slotFormatter(timeZone: string): (slot: { start: number; end: number; providerIds: string[] }) => SlotDto {
  const offsets = zoneOffsets(timeZone);
  const dates = new Map<number, string>();
  const dateOf = (epochDay: number) => {
    let text = dates.get(epochDay);
    if (text === undefined) {
      text = new Date(epochDay * DAY_MS).toISOString().slice(0, 10);
      dates.set(epochDay, text);
    }
    return text;
  };
  const iso = (ms: number, suffix: string) => {
    const epochDay = Math.floor(ms / DAY_MS);
    return `${dateOf(epochDay)}T${HH_MM[(ms - epochDay * DAY_MS) / MINUTE_MS]}:00${suffix}`;
  };
  return ({ start, end, providerIds }) => {
    const offset = offsets.offsetAt(start);
    if (start % MINUTE_MS !== 0 || end % MINUTE_MS !== 0 || offset % MINUTE_MS !== 0) {
      const local = toLocalTime(start, timeZone);
      const startIso = new Date(start).toISOString();
      return {
        start: startIso,
        end: new Date(end).toISOString(),
        startLocal: local.iso,
        date: local.date,
        providerIds,
      };
    }
    const minutes = Math.abs(offset) / MINUTE_MS;
    const offsetText = `${offset < 0 ? '-' : '+'}${HH_MM[minutes]}`;
    return {
      start: iso(start, '.000Z'),
      end: iso(end, '.000Z'),
      startLocal: iso(start + offset, offsetText),
      date: dateOf(Math.floor((start + offset) / DAY_MS)),
      providerIds,
    };
  };
}

const windowTooLong = () => queryError('to', `must be at most ${MAX_SLOT_WINDOW_DAYS} days after from`);

const queryError = (path: string, message: string) =>
  new DomainError('validation_failed', {}, [{ in: 'querystring', path, message }]);
