import { computeSlots } from '../../src/modules/availability/availability.ts';
import { slotRules } from '../../src/modules/bookings/bookings.slots.ts';
import { lockFreeProviders, planTime } from '../../src/modules/bookings/bookings.time.ts';
import { loadProviderSchedule } from '../../src/modules/providers/providers.availability.ts';
import { selectProviderIdsByService } from '../../src/modules/providers/providers.repo.ts';
import { findService } from '../../src/modules/services/services.repo.ts';
import { type Db, transaction } from '../../src/platform/db.ts';
import { isDomainError } from '../../src/platform/errors.ts';

/** Refusals that mean "not offered at this start"; anything else is a failure of the caller's setup. */
const notOffered = new Set(['slot_taken', 'slot_unavailable', 'too_soon', 'too_far_ahead', 'start_in_past']);

const rollback = new Error('rolled back: only asking');

/**
 * The providers the booking path itself finds free at `start` (`planTime` and `lockFreeProviders`, the
 * checks a booking or hold runs under its locks), fairest first; empty when the start is not offered.
 * Runs in a transaction that is rolled back, so asking changes nothing.
 */
export async function offeredProviders(
  db: Db,
  orgId: string,
  request: { serviceId: string; providerId?: string | null; start: Date },
  now: Date,
): Promise<string[]> {
  let answer: string[] = [];
  await transaction(db, async (tx) => {
    try {
      const plan = await planTime(tx, orgId, { ...request, providerId: request.providerId ?? null }, now);
      answer = (await lockFreeProviders(tx, orgId, plan, now)).map((provider) => provider.id);
    } catch (error) {
      if (!isDomainError(error) || !notOffered.has(error.code)) throw error;
      answer = [];
    }
    throw rollback;
  }).catch((error: unknown) => {
    if (error !== rollback) throw error;
  });
  return answer;
}

/**
 * Every start in [from, to) on the service's grid inside its providers' working hours, ignoring what is
 * booked (the candidates to ask `offeredProviders` about), each with the providers working then.
 */
export async function workingSlots(
  db: Db,
  orgId: string,
  serviceId: string,
  range: { from: Date; to: Date },
  now: Date,
) {
  const service = await findService(db, orgId, serviceId);
  if (!service) throw new Error(`no service ${serviceId}`);
  const providerIds = (await selectProviderIdsByService(db, orgId, [serviceId])).get(serviceId) ?? [];
  const window = { from: new Date(range.from.getTime() - 86_400_000), to: new Date(range.to.getTime() + 86_400_000) };
  const schedules = await Promise.all(providerIds.map((id) => loadProviderSchedule(db, orgId, id, window)));
  return computeSlots({
    service: slotRules(service),
    providers: schedules.flatMap((schedule) => (schedule ? [schedule] : [])),
    now: now.getTime(),
    from: range.from.getTime(),
    to: range.to.getTime(),
  });
}

/** The first start in [from, to) that the booking path offers, with its free providers. */
export async function firstOffered(
  db: Db,
  orgId: string,
  serviceId: string,
  range: { from: Date; to: Date },
  now: Date,
): Promise<{ start: Date; providerIds: string[] } | undefined> {
  for (const { start } of await workingSlots(db, orgId, serviceId, range, now)) {
    const providerIds = await offeredProviders(db, orgId, { serviceId, start: new Date(start) }, now);
    if (providerIds.length > 0) return { start: new Date(start), providerIds };
  }
  return undefined;
}
