/**
 * Taking a provider's time: the one path by which a hold, an appointment and a reschedule claim it.
 * Checks against a snapshot say *why* a start cannot be had (not a slot, too soon, too far ahead);
 * then the candidate providers' rows are locked (in id order, so two requests never deadlock), their
 * expired claims are cleared, and the free ones are re-checked under the lock before the write. The
 * exclusion constraint `provider_claims_no_overlap` is the guarantee behind it: whatever slips past
 * the lock (a raw insert) still cannot overlap, and its violation answers `slot_taken`.
 */
import { DateTime } from 'luxon';
import type { Db } from '../../platform/db.ts';
import { violatedConstraint } from '../../platform/db.ts';
import { DomainError } from '../../platform/errors.ts';
import { freeProvidersAt } from './bookings.slots.ts';
import { selectProviderIdsByService, selectProvidersByIds } from '../providers/providers.repo.ts';
import type { ProviderRow } from '../providers/providers.tables.ts';
import { findService } from '../services/services.repo.ts';
import type { ServiceRow } from '../services/services.tables.ts';
import { clearExpiredClaims, countDayBookings, lockProviders } from './bookings.repo.ts';

const MINUTE_MS = 60_000;
/** The furthest ahead anyone may book (the services' own horizon is at most this). */
const MAX_DAYS_AHEAD = 730;

export interface TimeRequest {
  serviceId: string;
  /** null: any provider who offers the service, chosen fairly */
  providerId: string | null;
  start: Date;
  /** A booking being moved or a hold being used: its own claim does not stand in its way. */
  ignoreBookingId?: string;
}

export interface TimePlan {
  service: ServiceRow;
  /** The service's rules as they apply to this request (see planTime's options). */
  rules: ServiceRow;
  candidates: ProviderRow[];
  start: Date;
  end: Date;
  /** What the provider's time is blocked for: the appointment with its buffers. */
  blocked: { from: Date; to: Date };
}

/** Checks the service, the provider and the start against the catalogue; says which rule a bad request breaks. */
export async function planTime(
  db: Db,
  orgId: string,
  request: TimeRequest,
  now: Date,
  /**
   * `held`: a held start keeps its place even if the minimum notice ran out during the checkout.
   * `staff`: staff booking for a customer (a phone call, a walk-in) are bound by the hours and by other
   * bookings, not by the notice and horizon the public must keep.
   */
  options: { held?: boolean; staff?: boolean } = {},
): Promise<TimePlan> {
  const service = await findService(db, orgId, request.serviceId);
  if (!service?.active) throw new DomainError('service_not_found');
  const offering = new Set((await selectProviderIdsByService(db, orgId, [service.id])).get(service.id));
  let candidates: ProviderRow[];
  if (request.providerId) {
    const [provider] = await selectProvidersByIds(db, orgId, [request.providerId]);
    if (!provider?.active) throw new DomainError('provider_not_found');
    if (!offering.has(provider.id)) throw new DomainError('provider_not_offering');
    candidates = [provider];
  } else {
    candidates = (await selectProvidersByIds(db, orgId, [...offering])).filter((provider) => provider.active);
    if (candidates.length === 0) throw new DomainError('slot_unavailable');
  }
  const start = request.start;
  if (start <= now) throw new DomainError('start_in_past');
  const rules = {
    ...service,
    minimumNoticeMinutes: options.held || options.staff ? 0 : service.minimumNoticeMinutes,
    maximumDaysAhead: options.staff ? MAX_DAYS_AHEAD : service.maximumDaysAhead,
  };
  if (start.getTime() < now.getTime() + rules.minimumNoticeMinutes * MINUTE_MS) {
    throw new DomainError('too_soon', { minutes: service.minimumNoticeMinutes });
  }
  if (start.getTime() >= now.getTime() + rules.maximumDaysAhead * 86_400_000) {
    throw new DomainError('too_far_ahead', { days: service.maximumDaysAhead });
  }
  const end = new Date(start.getTime() + service.durationMinutes * MINUTE_MS);
  const blocked = {
    from: new Date(start.getTime() - service.bufferBeforeMinutes * MINUTE_MS),
    to: new Date(end.getTime() + service.bufferAfterMinutes * MINUTE_MS),
  };
  return { service, rules, candidates, start, end, blocked };
}

/**
 * Under the locks of the candidate providers: the ones free at the plan's start, fairest first (the
 * fewest appointments that day, in the provider's zone). Throws `slot_unavailable` when the start is
 * not a slot of any candidate at all, and `slot_taken` when it is but someone has it.
 */
export async function lockFreeProviders(
  tx: Db,
  orgId: string,
  plan: TimePlan,
  now: Date,
  ignoreBookingId?: string,
): Promise<ProviderRow[]> {
  const ids = plan.candidates.map((provider) => provider.id);
  await lockProviders(tx, orgId, ids);
  await clearExpiredClaims(tx, ids, plan.blocked, now);
  const at = (ignore: { bookingId?: string; claims?: boolean }) =>
    freeProvidersAt(tx, orgId, plan.rules, ids, plan.start, now, ignore);
  const free = new Set(await at(ignoreBookingId ? { bookingId: ignoreBookingId } : {}));
  if (free.size === 0) {
    const offered = await at({ claims: true });
    throw new DomainError(offered.length > 0 ? 'slot_taken' : 'slot_unavailable');
  }
  const candidates = plan.candidates.filter((provider) => free.has(provider.id));
  if (candidates.length === 1) return candidates;
  const counts = await countDayBookings(
    tx,
    orgId,
    candidates.map((provider) => ({
      providerId: provider.id,
      ...dayOf(plan.start, provider.timeZone),
    })),
  );
  return candidates.sort((a, b) => (counts.get(a.id) ?? 0) - (counts.get(b.id) ?? 0) || a.id.localeCompare(b.id));
}

function dayOf(instant: Date, zone: string) {
  const day = DateTime.fromJSDate(instant, { zone }).startOf('day');
  return { from: day.toJSDate(), to: day.plus({ days: 1 }).toJSDate() };
}

/** The exclusion constraint's refusal, as the domain says it. */
export function asSlotTaken(error: unknown): never {
  if (violatedConstraint(error) === 'provider_claims_no_overlap') throw new DomainError('slot_taken');
  throw error;
}

/** The range value for a tstzrange column. */
export const rangeLiteral = (range: { from: Date; to: Date }) =>
  `[${range.from.toISOString()},${range.to.toISOString()})`;
