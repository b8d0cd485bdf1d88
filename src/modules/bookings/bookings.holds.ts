/**
 * Holds: a slot (a provider's time, or spots in a class) kept for a few minutes while the customer
 * checks out. A hold's expiry is decided where it matters, at the insert it would stand in the way
 * of (bookings.time.ts for time, `releaseExpiredClassHolds` for spots), so a lapsed hold refuses no
 * one even when no job runner is running. The hold's id is its only key: whoever has it may use or
 * release it, and it shows no personal data. Each names its holder, and one holder keeps at most the
 * organisation's `heldSpots` held at once, so no one script holds a whole class or a provider's day.
 */
import { randomUUID } from 'node:crypto';
import type { RequestContext } from '../../platform/context.ts';
import { type Db, transaction } from '../../platform/db.ts';
import { DomainError } from '../../platform/errors.ts';
import { findClass } from '../classes/classes.repo.ts';
import {
  deleteHoldRow,
  findHold,
  insertClassHoldIfRoom,
  insertHold,
  lockHeldSpots,
  releaseExpiredClassHolds,
} from './bookings.repo.ts';
import type { HoldCreateInput, HoldDto } from './bookings.schema.ts';
import { checkBookable } from './bookings.service.ts';
import type { HoldRow } from './bookings.tables.ts';
import { asSlotTaken, lockFreeProviders, planTime, rangeLiteral } from './bookings.time.ts';

/** Who a hold is for, to count it against: staff and API keys hold for others, and are not counted. */
function holderOf(ctx: RequestContext): string | null {
  if (ctx.apiKey || (ctx.user && ctx.user.role !== 'customer')) return null;
  return ctx.user ? `account:${ctx.user.id}` : `address:${ctx.ip ?? 'unknown'}`;
}

export async function createHold(db: Db, ctx: RequestContext, input: HoldCreateInput, now: Date): Promise<HoldDto> {
  return transaction(db, async (tx) => {
    const expiresAt = new Date(now.getTime() + ctx.org.slotHoldMinutes * 60_000);
    const holder = holderOf(ctx);
    if (holder) {
      const spots = input.classId ? input.spots : 1;
      const held = await lockHeldSpots(tx, ctx.org.id, holder, now);
      // The organisation's limit (10 unless changed): enough for a household choosing times, or a
      // studio's guests on one network, and far from a whole class or a provider's day.
      const max = ctx.org.rateLimits.heldSpots;
      if (held + spots > max) {
        const details = { held, max };
        throw new DomainError('too_many_holds', details, details);
      }
    }
    const base = { id: randomUUID(), orgId: ctx.org.id, expiresAt, createdAt: now, holder };
    if (input.classId) {
      const cls = await findClass(tx, ctx.org.id, input.classId);
      if (!cls) throw new DomainError('class_not_found');
      // A hold is for a customer's checkout: the customer's rules apply, whoever asks.
      checkBookable(cls, input.spots, 'guest', now);
      const hold: HoldRow = { ...base, ...noTime, classId: cls.id, spots: input.spots };
      await releaseExpiredClassHolds(tx, ctx.org.id, cls.id, now);
      const locked = await insertClassHoldIfRoom(tx, hold, now);
      if (!locked) throw new DomainError('class_not_found');
      if (locked.status === 'cancelled') throw new DomainError('class_cancelled');
      if (!locked.inserted) {
        throw new DomainError('capacity_full', {}, { spotsLeft: locked.maxSpots - locked.spotsTaken });
      }
      return toHoldDto(hold);
    }
    if (!input.serviceId || !input.start) throw new Error('hold input without class or service');
    const plan = await planTime(
      tx,
      ctx.org.id,
      { serviceId: input.serviceId, providerId: input.providerId ?? null, start: new Date(input.start) },
      now,
    );
    const [provider] = await lockFreeProviders(tx, ctx.org.id, plan, now);
    if (!provider) throw new DomainError('slot_taken');
    const hold: HoldRow = {
      ...base,
      classId: null,
      spots: 1,
      serviceId: plan.service.id,
      providerId: provider.id,
      startsAt: plan.start,
      endsAt: plan.end,
      blocked: rangeLiteral(plan.blocked),
      // A hold never outlasts the start it holds.
      expiresAt: new Date(Math.min(expiresAt.getTime(), plan.start.getTime())),
    };
    await insertHold(tx, hold).catch(asSlotTaken);
    return toHoldDto(hold);
  });
}

/** Lets a hold go before it lapses (the customer went back to choose another time). Gone already: fine. */
export async function releaseHold(db: Db, ctx: RequestContext, holdId: string): Promise<void> {
  await deleteHoldRow(db, ctx.org.id, holdId);
}

/**
 * In a booking's transaction: the hold it names, removed so that its spots or its time go back into
 * the pool for this booking to take. A hold that lapsed is still honoured if what it held is free.
 */
export async function takeHold(tx: Db, orgId: string, holdId: string): Promise<HoldRow> {
  const hold = await findHold(tx, orgId, holdId, true);
  if (!hold) throw new DomainError('hold_not_found');
  await deleteHoldRow(tx, orgId, hold.id);
  return hold;
}

const noTime = { serviceId: null, providerId: null, startsAt: null, endsAt: null, blocked: null } as const;

function toHoldDto(hold: HoldRow): HoldDto {
  return {
    id: hold.id,
    kind: hold.classId ? 'class' : 'appointment',
    expiresAt: hold.expiresAt.toISOString(),
    classId: hold.classId,
    spots: hold.spots,
    serviceId: hold.serviceId,
    providerId: hold.providerId,
    start: hold.startsAt?.toISOString() ?? null,
    end: hold.endsAt?.toISOString() ?? null,
  };
}
