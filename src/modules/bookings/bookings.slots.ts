/**
 * Bookable slots of a service, from the catalogue (hours, overrides, time off) and the live claims on the
 * providers' time (bookings and holds), through the pure engine in ../availability. It lives in bookings
 * because it reads live claims; it reads, never locks: the exclusion constraint on provider_claims is what
 * keeps two bookings apart, and a slot shown here can still be taken by the time it is booked (409).
 */
import type { RequestContext } from '../../platform/context.ts';
import type { Db } from '../../platform/db.ts';
import { DomainError, isDomainError } from '../../platform/errors.ts';
import { parseDateBoundary } from '../../platform/time.ts';
import {
  type ProviderAvailability,
  type ServiceSlotRules,
  computeSlots,
  isSlotBookable,
  toLocalTime,
} from '../availability/availability.ts';
import { type ProviderSchedule, loadProviderSchedules } from '../providers/providers.availability.ts';
import { findProvider, selectProvidersByIds, selectProvidersOfService } from '../providers/providers.repo.ts';
import type { ProviderRow } from '../providers/providers.tables.ts';
import { findService } from '../services/services.repo.ts';
import type { ServiceRow } from '../services/services.tables.ts';
import { type LiveClaim, selectLiveClaims } from './bookings.slots-repo.ts';

/** The longest window one request may ask for: two months of local dates. */
export const MAX_SLOT_WINDOW_DAYS = 62;

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

/** What of a service decides its slots. */
export type SlotService = Pick<
  ServiceRow,
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
 * The engine's rules for a service. Starts sit on the clock grid (:00, :15, … in the provider's zone)
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
  return {
    durationMinutes: service.durationMinutes,
    slotIntervalMinutes: service.slotIntervalMinutes,
    minimumNoticeMinutes: service.minimumNoticeMinutes,
    maximumDaysAhead: service.maximumDaysAhead,
    alignment: 60 % service.slotIntervalMinutes === 0 ? 'clock' : 'window',
  };
}

/** Only intervals of the service's own location (or of none) count for a service at a location. */
const locationOf = (service: SlotService): string | null =>
  service.locationMode === 'at_location' ? service.locationId : null;

function toAvailability(
  service: SlotService,
  schedules: ProviderSchedule[],
  claims: LiveClaim[],
): ProviderAvailability[] {
  const before = service.bufferBeforeMinutes * 60_000;
  const after = service.bufferAfterMinutes * 60_000;
  const busy = new Map<string, { start: number; end: number }[]>(schedules.map((s) => [s.providerId, []]));
  for (const claim of claims) busy.get(claim.providerId)?.push({ start: claim.start - after, end: claim.end + before });
  return schedules.map((schedule) => ({ ...schedule, busy: busy.get(schedule.providerId) ?? [] }));
}

/**
 * Schedules and live claims for slots starting in [from, to): four queries, whatever the number of
 * providers. Claims and time off are read a day either side (buffers are at most 12 hours, a slot at most
 * a day long), so nothing that can block a slot of the window is missed.
 */
async function loadAvailability(
  db: Db,
  orgId: string,
  service: SlotService,
  providers: readonly Pick<ProviderRow, 'id' | 'timeZone'>[],
  window: { from: number; to: number },
  now: Date,
  ignore?: { bookingId?: string; holdId?: string },
): Promise<ProviderAvailability[]> {
  const range = {
    from: new Date(window.from - DAY_MS),
    to: new Date(window.to + service.durationMinutes * 60_000 + DAY_MS),
  };
  const ids = providers.map((provider) => provider.id);
  const [schedules, claims] = await Promise.all([
    loadProviderSchedules(db, orgId, providers, range),
    selectLiveClaims(db, orgId, ids, range, now, ignore),
  ]);
  return toAvailability(service, schedules, claims);
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
 * are local dates in that zone.
 */
export async function listSlots(
  db: Db,
  ctx: RequestContext,
  serviceId: string,
  query: SlotsQuery,
  now: Date,
): Promise<SlotsAnswer> {
  const orgId = ctx.org.id;
  const [service, linked] = await Promise.all([
    findService(db, orgId, serviceId),
    selectProvidersOfService(db, orgId, serviceId),
  ]);
  // An inactive service takes no bookings, so it has no slots, for staff either.
  if (!service?.active) throw new DomainError('service_not_found');
  const offering = linked.filter((provider) => provider.active);

  let chosen = offering;
  if (query.provider !== undefined) {
    const provider = offering.find((row) => row.id === query.provider);
    if (!provider) throw await whyNotOffered(db, orgId, query.provider);
    chosen = [provider];
  }

  const zones = new Set(chosen.map((provider) => provider.timeZone));
  const [onlyZone] = zones;
  const timeZone = query.timeZone ?? (zones.size === 1 && onlyZone !== undefined ? onlyZone : ctx.org.timeZone);
  const from = boundary(query.from, timeZone, 'from', false);
  const to = boundary(query.to, timeZone, 'to', true);
  if (to <= from) throw queryError('to', 'must be after from');
  // A local day may be 25 hours long (a DST change): the limit counts days, not exact hours.
  if (to - from > MAX_SLOT_WINDOW_DAYS * DAY_MS + HOUR_MS) {
    throw queryError('to', `must be at most ${MAX_SLOT_WINDOW_DAYS} days after from`);
  }

  const providers = offering.map((provider) => ({ id: provider.id, name: provider.name }));
  if (chosen.length === 0) return { serviceId, timeZone, slots: [], providers };
  const availability = await loadAvailability(db, orgId, service, chosen, { from, to }, now);
  const slots = computeSlots({
    service: slotRules(service),
    providers: availability,
    now: now.getTime(),
    from,
    to,
    locationId: locationOf(service),
  });
  return {
    serviceId,
    timeZone,
    slots: slots.map((slot) => {
      const local = toLocalTime(slot.start, timeZone);
      return {
        start: new Date(slot.start).toISOString(),
        end: new Date(slot.end).toISOString(),
        startLocal: local.iso,
        date: local.date,
        providerIds: slot.providerIds,
      };
    }),
    providers,
  };
}

/**
 * For the booking path: which of these providers are free to start this service at `start` (an instant on
 * the service's grid, inside their hours, clear of live claims with the buffers, within notice and
 * horizon), in the order given. Empty: `start` is not bookable with any of them. Inactive providers are
 * never free. The caller has checked that they offer the service.
 *
 * Same inputs and same rule as `listSlots`, so a slot listed is a slot this accepts (and the reverse) at
 * the same `now` and with the same claims. It only reads: inside the booking transaction it is the friendly
 * check that answers `slot_unavailable` for a start that was never offered; the exclusion constraint on
 * provider_claims remains the guarantee against two bookings of one provider's time. `ignore` leaves out
 * the claim of the booking being rescheduled or of the hold being turned into a booking.
 */
export async function freeProvidersAt(
  db: Db,
  orgId: string,
  service: SlotService,
  providerIds: readonly string[],
  start: Date,
  now: Date,
  ignore?: { bookingId?: string; holdId?: string },
): Promise<string[]> {
  const rows = await selectProvidersByIds(db, orgId, [...new Set(providerIds)]);
  const active = new Map(rows.filter((row) => row.active).map((row) => [row.id, row]));
  const providers = providerIds.flatMap((id) => active.get(id) ?? []);
  const instant = start.getTime();
  if (providers.length === 0 || !Number.isFinite(instant)) return [];
  const availability = await loadAvailability(
    db,
    orgId,
    service,
    providers,
    { from: instant, to: instant + 1 },
    now,
    ignore,
  );
  return isSlotBookable(
    { service: slotRules(service), providers: availability, now: now.getTime(), locationId: locationOf(service) },
    instant,
  );
}

/** A provider named but not among the service's active providers: unknown (or hidden), or not offering it. */
async function whyNotOffered(db: Db, orgId: string, providerId: string): Promise<DomainError> {
  const provider = await findProvider(db, orgId, providerId);
  return provider?.active ? new DomainError('provider_not_offering') : new DomainError('provider_not_found');
}

function boundary(value: string, zone: string, field: string, endOfDay: boolean): number {
  try {
    return parseDateBoundary(value, zone, field, endOfDay).getTime();
  } catch (error) {
    if (isDomainError(error) && error.code === 'validation_failed') {
      const [detail] = (error.details as { message?: string }[] | undefined) ?? [];
      throw queryError(field, detail?.message ?? 'is not a date');
    }
    throw error;
  }
}

const queryError = (path: string, message: string) =>
  new DomainError('validation_failed', {}, [{ in: 'querystring', path, message }]);
