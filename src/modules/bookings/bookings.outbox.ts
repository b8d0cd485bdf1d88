import type { OrgContext } from '../../platform/context.ts';
import type { Db } from '../../platform/db.ts';
import type { CancelledBy } from '../../platform/job-types.ts';
import { dropReminder, enqueue, scheduleReminder } from '../../platform/jobs.ts';

/** In the booking's transaction: the confirmation mail and, if there is time for one, the reminder. */
export async function queueBookingConfirmed(
  tx: Db,
  org: Pick<OrgContext, 'id' | 'reminderHours'>,
  booking: { id: string; startsAt: Date },
  now: Date,
): Promise<void> {
  await enqueue(tx, org.id, 'mail.booking_confirmed', { bookingId: booking.id });
  await scheduleReminder(tx, org, booking, now);
}

/** In the cancellation's transaction: tell the customer, and drop the reminder. */
export async function queueBookingCancelled(tx: Db, orgId: string, bookingId: string, by: CancelledBy): Promise<void> {
  await enqueue(tx, orgId, 'mail.booking_cancelled', { bookingId, by });
  await dropReminder(tx, orgId, bookingId);
}

/** In the reschedule's transaction: tell the customer, and move the reminder. */
export async function queueBookingMoved(
  tx: Db,
  org: Pick<OrgContext, 'id' | 'reminderHours'>,
  booking: { id: string; startsAt: Date },
  now: Date,
): Promise<void> {
  await enqueue(tx, org.id, 'mail.booking_moved', { bookingId: booking.id });
  await scheduleReminder(tx, org, booking, now);
}
