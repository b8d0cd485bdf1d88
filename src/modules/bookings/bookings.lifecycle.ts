/**
 * What happens to a booking after it is confirmed, for class bookings and appointments alike: staff
 * check the customer in (in_progress), then mark it completed, or mark a no-show. Marking a booking
 * moves no spots and no provider time (completed and no_show stay live, so the time stays taken)
 * and touches no money, so it lives here; the HTTP answer and the webhook event show the booking with
 * its payment, so the routes that call this are in checkout (layer 7).
 */
import { type RequestContext, requireRole } from '../../platform/context.ts';
import type { Db } from '../../platform/db.ts';
import { DomainError } from '../../platform/errors.ts';
import type { WebhookEventType } from '../../platform/job-types.ts';
import { dropReminder } from '../../platform/jobs.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { findClass } from '../classes/classes.repo.ts';
import { lockBooking } from './bookings.locks.ts';
import { updateBookingRow } from './bookings.repo.ts';
import type { BookingRow } from './bookings.tables.ts';

export const lifecycleActions = ['check_in', 'complete', 'no_show'] as const;
export type LifecycleAction = (typeof lifecycleActions)[number];

type Status = BookingRow['status'];

/** Each action: the state it leads to, the states it may start from, and the name of what happened. */
const transitions: Record<LifecycleAction, { to: Status; from: readonly Status[]; event: WebhookEventType }> = {
  check_in: { to: 'in_progress', from: ['confirmed'], event: 'booking.checked_in' },
  complete: { to: 'completed', from: ['confirmed', 'in_progress'], event: 'booking.completed' },
  // Someone who checked in came: a no-show is only for a confirmed booking nobody turned up for.
  no_show: { to: 'no_show', from: ['confirmed'], event: 'booking.no_show' },
};

/** The audit action and webhook event of each action (`booking.checked_in`, …). */
export const lifecycleEvent = (action: LifecycleAction): WebhookEventType => transitions[action].event;

/**
 * Where an action leads from a status: the new status, `null` when the booking is already there (a
 * repeat is a no-op, as a double click or a retried request must be), or an `invalid_transition`.
 */
export function nextStatus(current: Status, action: LifecycleAction): Status | null {
  const rule = transitions[action];
  if (current === rule.to) return null;
  if (!rule.from.includes(current)) {
    throw new DomainError('invalid_transition', {}, { from: current, to: rule.to });
  }
  return rule.to;
}

export interface Transitioned {
  booking: BookingRow;
  /** False when the booking was already in the state asked for: nothing was written. */
  changed: boolean;
}

/**
 * Marks a booking, in the caller's transaction (staff only). The booking row lock serialises two
 * staff marking the same booking at once, so the second sees the first's state under the lock and
 * either repeats it (a no-op) or is refused; it also keeps a cancellation from slipping in between
 * the check and the write. The locks are taken in the one order (bookings.locks.ts): the class or
 * provider row first, then the booking, as cancelling and booking take them. Locking the booking
 * first would deadlock with a cancellation holding the class, since marking goes on to the class
 * (the triggers on the booking's row) and to the payment (a no-show's fee). The audit entry is
 * written with the change.
 */
export async function transitionBooking(
  tx: Db,
  ctx: RequestContext,
  bookingId: string,
  action: LifecycleAction,
  now: Date,
): Promise<Transitioned> {
  requireRole(ctx, 'staff');
  const booking = (await lockBooking(tx, ctx.org.id, bookingId))?.booking;
  if (!booking) throw new DomainError('booking_not_found');
  const to = nextStatus(booking.status, action);
  if (to === null) return { booking, changed: false };
  if (action !== 'check_in') {
    // Nothing is done, and nobody failed to turn up, before it has begun. Checking in is open earlier:
    // people come to the door before the start.
    const startsAt = await startOf(tx, ctx.org.id, booking);
    if (startsAt > now) throw new DomainError('booking_not_started');
  }
  const after = await updateBookingRow(tx, ctx.org.id, booking.id, {
    status: to,
    ...(to === 'in_progress' ? { checkedInAt: now } : { finishedAt: now }),
  });
  // Whoever is in the room, done or never coming needs no reminder any more.
  await dropReminder(tx, ctx.org.id, booking.id);
  await recordAudit(tx, ctx, {
    action: transitions[action].event,
    entityType: 'booking',
    entityId: booking.id,
    before: { status: booking.status },
    after: {
      status: after.status,
      checkedInAt: after.checkedInAt?.toISOString() ?? null,
      finishedAt: after.finishedAt?.toISOString() ?? null,
    },
  });
  return { booking: after, changed: true };
}

/**
 * Takes back a check-in made by mistake (the wrong name tapped on the roster): checked in or
 * completed goes back to confirmed, its times cleared, until the class or appointment ends. After the
 * end the attendance stands (409 attendance_final): invoices and statistics may have read it by then.
 * A no-show is not undone: its fee may already have been kept and part of the money refunded. The
 * booking row lock serialises it with a check-in or a cancellation of the same booking.
 */
export async function undoCheckIn(tx: Db, ctx: RequestContext, bookingId: string, now: Date): Promise<Transitioned> {
  requireRole(ctx, 'staff');
  const booking = (await lockBooking(tx, ctx.org.id, bookingId))?.booking;
  if (!booking) throw new DomainError('booking_not_found');
  if (booking.status === 'confirmed') return { booking, changed: false };
  if (booking.status !== 'in_progress' && booking.status !== 'completed') {
    throw new DomainError('invalid_transition', {}, { from: booking.status, to: 'confirmed' });
  }
  if ((await timesOf(tx, ctx.org.id, booking)).endsAt <= now) throw new DomainError('attendance_final');
  const after = await updateBookingRow(tx, ctx.org.id, booking.id, {
    status: 'confirmed',
    checkedInAt: null,
    finishedAt: null,
  });
  await recordAudit(tx, ctx, {
    action: 'booking.check_in_undone',
    entityType: 'booking',
    entityId: booking.id,
    before: {
      status: booking.status,
      checkedInAt: booking.checkedInAt?.toISOString() ?? null,
      finishedAt: booking.finishedAt?.toISOString() ?? null,
    },
    after: { status: after.status },
  });
  return { booking: after, changed: true };
}

/** When the booked thing begins: the appointment's start, or its class's. */
async function startOf(tx: Db, orgId: string, booking: BookingRow): Promise<Date> {
  return (await timesOf(tx, orgId, booking)).startsAt;
}

async function timesOf(tx: Db, orgId: string, booking: BookingRow): Promise<{ startsAt: Date; endsAt: Date }> {
  if (booking.startsAt && booking.endsAt) return { startsAt: booking.startsAt, endsAt: booking.endsAt };
  const cls = booking.classId ? await findClass(tx, orgId, booking.classId) : undefined;
  if (!cls) throw new DomainError('booking_not_found');
  return { startsAt: cls.startsAt, endsAt: cls.endsAt };
}
