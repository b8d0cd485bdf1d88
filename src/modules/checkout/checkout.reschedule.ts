/**
 * Moving a booking: an appointment to another free time or provider, or a class booking to another
 * class. Its customer may until the free-cancellation deadline of its policy (the same moment
 * `reschedulableUntil` shows), to a class that has not started; staff at any time. One transaction;
 * the payment stays with the booking, the reminder moves, the customer is told, and the booking keeps
 * its calendar UID with a higher SEQUENCE (its `updated_at` moves on). The booking is priced again at
 * its new time or class (checkout.reprice.ts), in the same transaction; a dry run does all of it and
 * rolls it back, so the client can show the new price before confirming.
 */
import type { RequestContext } from '../../platform/context.ts';
import { hasRole } from '../../platform/context.ts';
import { type Db, transaction, violatedConstraint } from '../../platform/db.ts';
import { DomainError } from '../../platform/errors.ts';
import { enqueueWebhookEvent } from '../../platform/jobs.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { cancellationDeadline } from '../bookings/bookings.dto.ts';
import { queueBookingMoved, queueStaffMoveNotice } from '../bookings/bookings.outbox.ts';
import { findBooking, lockProviders, updateBookingRow } from '../bookings/bookings.repo.ts';
import type { BookingRescheduleInput, RescheduledBookingDto } from '../bookings/bookings.schema.ts';
import { type BookingRef, canSee, checkBookable, contextFor } from '../bookings/bookings.service.ts';
import type { BookingRow } from '../bookings/bookings.tables.ts';
import { asSlotTaken, lockFreeProviders, planTime, rangeLiteral } from '../bookings/bookings.time.ts';
import { booked } from '../bookings/bookings.what.ts';
import { findClass } from '../classes/classes.repo.ts';
import { bookingCreditsCover } from '../credits/credits.service.ts';
import { findBookingView, toBookingDto } from '../payments/booking-views.ts';
import { type PriceChange, repriceMove } from './checkout.reprice.ts';

/** Carries a dry run's answer out of its transaction, which it rolls back. */
class DryRun extends Error {
  constructor(readonly answer: RescheduledBookingDto) {
    super('dry run');
  }
}

export async function rescheduleBooking(
  db: Db,
  callerCtx: RequestContext,
  ref: BookingRef,
  input: BookingRescheduleInput,
  now: Date,
): Promise<RescheduledBookingDto> {
  const ctx = await contextFor(db, callerCtx, ref);
  const byStaff = 'id' in ref && hasRole(ctx, 'staff');
  const run = transaction(db, async (tx) => {
    const view = await findBookingView(tx, ctx.org.id, 'id' in ref ? ref : ref.manage);
    if (!view || !canSee(ctx, view, ref)) throw new DomainError('booking_not_found');
    const before = toBookingDto(ctx, view, now);
    if (view.booking.status !== 'pending' && view.booking.status !== 'confirmed') {
      throw new DomainError('invalid_transition');
    }
    const hours = view.freeHours ?? ctx.org.cancellationDeadlineHours;
    if (!byStaff && now > cancellationDeadline(booked(view).startsAt, hours)) {
      throw new DomainError('reschedule_closed', { hours });
    }
    const moved = input.classId
      ? await moveToClass(tx, ctx, view.booking, input.classId, byStaff, now)
      : await moveAppointment(tx, ctx, view.booking, input, now);
    const change = await repriceMove(tx, ctx, moved, now, byStaff);
    const after = await findBookingView(tx, ctx.org.id, { id: moved.id });
    if (!after) throw new Error(`booking ${moved.id} vanished while moving`);
    const dto = { ...toBookingDto(ctx, after, now), priceChange: change && priceChangeDto(change) };
    if (input.expectedTotal !== undefined && input.expectedTotal !== dto.price.amount)
      throw new DomainError('price_changed', {}, { price: dto.price, priceChange: dto.priceChange });
    if (input.dryRun) throw new DryRun(dto);
    await recordAudit(tx, ctx, {
      action: 'booking.rescheduled',
      entityType: 'booking',
      entityId: moved.id,
      before: {
        startsAt: before.startsAt,
        classId: before.class?.id,
        providerId: before.appointment?.provider.id,
        price: before.price,
      },
      after: {
        startsAt: dto.startsAt,
        classId: dto.class?.id,
        providerId: dto.appointment?.provider.id,
        price: dto.price,
        ...(change ? { settlement: change.settlement } : {}),
      },
    });
    await queueBookingMoved(
      tx,
      ctx.org,
      { id: moved.id, startsAt: booked(after).startsAt },
      now,
      { providerId: view.booking.providerId, startsAt: booked(view).startsAt },
      change ? { difference: change.difference, currency: change.currency, settlement: change.settlement } : undefined,
    );
    if (!byStaff) await queueStaffMoveNotice(tx, ctx.org, moved.id, booked(view));
    await enqueueWebhookEvent(
      tx,
      ctx.org.id,
      'booking.rescheduled',
      { booking: dto, previous: before, priceChange: dto.priceChange },
      now,
    );
    return dto;
  });
  return run.catch((error: unknown) => {
    if (error instanceof DryRun) return error.answer;
    throw error;
  });
}

function priceChangeDto(change: PriceChange): NonNullable<RescheduledBookingDto['priceChange']> {
  const money = (amount: number) => ({ amount, currency: change.currency });
  return {
    before: money(change.before),
    after: money(change.after),
    difference: money(change.difference),
    settlement: change.settlement,
  };
}

async function moveAppointment(
  tx: Db,
  ctx: RequestContext,
  current: BookingRow,
  input: BookingRescheduleInput,
  now: Date,
): Promise<BookingRow> {
  if (!current.serviceId || !current.providerId || !current.startsAt || !input.start) {
    throw new DomainError('wrong_booking_kind');
  }
  const providerId = input.providerId === undefined ? current.providerId : input.providerId;
  const plan = await planTime(
    tx,
    ctx.org.id,
    { serviceId: current.serviceId, providerId, start: new Date(input.start) },
    now,
  );
  // Lock order (bookings.locks.ts): providers — the current one and the candidates, in id order — then the booking.
  const providerIds = [...new Set([current.providerId, ...plan.candidates.map((p) => p.id)])].sort();
  await lockProviders(tx, ctx.org.id, providerIds);
  const booking = await findBooking(tx, ctx.org.id, { id: current.id }, true);
  if (!booking || booking.providerId !== current.providerId || booking.status !== current.status) {
    throw new DomainError('invalid_transition');
  }
  const [provider] = await lockFreeProviders(tx, ctx.org.id, plan, now, booking.id);
  if (!provider) throw new DomainError('slot_taken');
  return updateBookingRow(tx, ctx.org.id, booking.id, {
    providerId: provider.id,
    startsAt: plan.start,
    endsAt: plan.end,
    blocked: rangeLiteral(plan.blocked),
    // A pending booking's hold never outlasts its start.
    ...(booking.holdExpiresAt && booking.holdExpiresAt > plan.start ? { holdExpiresAt: plan.start } : {}),
  }).catch(asSlotTaken);
}

/**
 * A class booking to another class, bookable as for a new booking of the same spots (staff may move
 * one into a class under way, as they may book a walk-in). The trigger-kept spots and their CHECK
 * guard both classes, and a class with people waiting is refused as for a new booking (a move does
 * not jump the line either); the spot it leaves goes to the next in line at the commit.
 */
async function moveToClass(
  tx: Db,
  ctx: RequestContext,
  current: BookingRow,
  classId: string,
  byStaff: boolean,
  now: Date,
): Promise<BookingRow> {
  if (!current.classId) throw new DomainError('wrong_booking_kind');
  if (current.classId === classId) return current;
  // Lock order: both classes in id order, then the booking.
  const [first, second] = [current.classId, classId].sort() as [string, string];
  const locked = [await findClass(tx, ctx.org.id, first, true), await findClass(tx, ctx.org.id, second, true)];
  const target = locked.find((cls) => cls?.id === classId);
  if (!target) throw new DomainError('class_not_found');
  checkBookable(target, current.spots, byStaff ? 'staff' : 'account', now);
  // The price moves with the class (checkout.reprice.ts); a price in another money cannot be set against it.
  if (target.currency !== current.currency) throw new DomainError('class_currency_differs');
  const booking = await findBooking(tx, ctx.org.id, { id: current.id }, true);
  if (!booking || booking.classId !== current.classId) throw new DomainError('invalid_transition');
  // Credits paid for what was booked: they must cover the class it moves to, as at booking time.
  const covered = { kind: 'class' as const, classTypeId: target.classTypeId };
  if (booking.paymentMethod === 'credits' && !(await bookingCreditsCover(tx, ctx.org.id, booking.id, covered)))
    throw new DomainError('credits_not_applicable');
  // No count in code: the spots CHECK decides, and the waitlist's trigger (migrations/0030) keeps a class's
  // line as a new booking would, giving back the hold of an offer made to this very customer first.
  const full = () =>
    new DomainError('capacity_full', {}, { spotsLeft: Math.max(0, target.maxSpots - target.spotsTaken) });
  return updateBookingRow(tx, ctx.org.id, booking.id, { classId }).catch((error: unknown) => {
    const constraint = violatedConstraint(error);
    if (constraint === 'bookings_one_active_per_customer') throw new DomainError('already_booked');
    if (constraint === 'classes_capacity' || constraint === 'waitlist_first_in_line') throw full();
    throw error;
  });
}
