import type { OrgContext } from '../../platform/context.ts';
import type { Db } from '../../platform/db.ts';
import { type CancelledBy, type JobPayloads, bookingMailsKey, videoRoomKey } from '../../platform/job-types.ts';
import { type JobSink, cancelJob, dropReminder, enqueue, scheduleReminder, sinkDb } from '../../platform/jobs.ts';
import { findOrganisationById } from '../orgs/orgs.repo.ts';
import { type AppointmentFacts, findAppointmentFacts } from './bookings.repo.ts';

/**
 * A meeting room is worth many tries: the job backs off up to an hour between attempts, so this keeps
 * trying for most of a day; its handler stops by itself once the session is over.
 */
const VIDEO_ROOM_ATTEMPTS = 24;

/** A mail about the booking: it goes out after the ones queued before it (bookingMailsKey). */
const inTurn = (bookingId: string) => ({ orderKey: bookingMailsKey(bookingId) });

/**
 * In the booking's transaction: the confirmation mail, the studio's notice and, if there is time for
 * one, the reminder; for an appointment also the provider's mail and, when it meets remotely, its meeting room.
 *
 * What the booking is, is read from its row, or taken from `booking.what` when the caller knows it
 * (checkout queues these before a class booking's row is written: its insert comes last, so the class
 * lock is held only for it). Without either, the room and the provider's mail are queued anyway, and
 * their handlers, which re-read the booking, find that a class booking needs neither.
 */
export async function queueBookingConfirmed(
  tx: JobSink,
  org: Pick<OrgContext, 'id' | 'reminderHours' | 'staffNotify'>,
  booking: { id: string; startsAt: Date; what?: AppointmentFacts },
  now: Date,
): Promise<void> {
  const facts = booking.what ?? (await findAppointmentFacts(sinkDb(tx), org.id, booking.id));
  if (facts?.kind !== 'class') {
    // Before the confirmation mail: with a quick video service the mail then tends to carry the link.
    if (facts?.kind !== 'appointment' || facts.remote) await queueVideoRoom(tx, org.id, booking.id);
    await enqueue(tx, org.id, 'mail.provider_notice', { bookingId: booking.id, change: 'booked' }, inTurn(booking.id));
  }
  await enqueue(tx, org.id, 'mail.booking_confirmed', { bookingId: booking.id }, inTurn(booking.id));
  // Its handler drops what staff booked themselves, and reads the setting again when it runs.
  if (org.staffNotify)
    await enqueue(tx, org.id, 'mail.staff_notice', { bookingId: booking.id, event: 'booked' }, inTurn(booking.id));
  await scheduleReminder(tx, org, booking, now);
}

/**
 * In the cancellation's transaction: tell the customer, and drop the reminder; for an appointment
 * tell its provider and remove its meeting room. A cancelled class tells no provider: it has none.
 */
export async function queueBookingCancelled(tx: Db, orgId: string, bookingId: string, by: CancelledBy): Promise<void> {
  await enqueue(tx, orgId, 'mail.booking_cancelled', { bookingId, by }, inTurn(bookingId));
  await dropReminder(tx, orgId, bookingId);
  // Staff are told of a customer's cancellation only: their own they know of.
  if (by === 'customer' && (await findOrganisationById(tx, orgId))?.staffNotify)
    await enqueue(tx, orgId, 'mail.staff_notice', { bookingId, event: 'cancelled' }, inTurn(bookingId));
  if (by === 'class_cancelled') return;
  const facts = await findAppointmentFacts(tx, orgId, bookingId);
  if (facts?.kind !== 'appointment') return;
  await enqueue(tx, orgId, 'mail.provider_notice', { bookingId, change: 'cancelled' }, inTurn(bookingId));
  if (facts.remote) {
    await cancelJob(tx, orgId, videoRoomKey(bookingId));
    await enqueue(tx, orgId, 'video.delete_room', { bookingId }, { maxAttempts: 5 });
  }
}

/**
 * In the reschedule's transaction: tell the customer, and move the reminder. An appointment's room
 * gets the new time (the link stays the same), and its provider is told — both providers when it
 * changed hands. `previous` is the booking before the move, which the handlers can no longer read.
 */
export async function queueBookingMoved(
  tx: Db,
  org: Pick<OrgContext, 'id' | 'reminderHours'>,
  booking: { id: string; startsAt: Date },
  now: Date,
  previous?: { providerId: string | null; startsAt: Date },
  /** The move changed the price: the mail says what the difference costs or gives back. */
  priceChange?: JobPayloads['mail.booking_moved']['priceChange'],
): Promise<void> {
  await enqueue(
    tx,
    org.id,
    'mail.booking_moved',
    { bookingId: booking.id, ...(priceChange ? { priceChange } : {}) },
    inTurn(booking.id),
  );
  await scheduleReminder(tx, org, booking, now);
  const facts = await findAppointmentFacts(tx, org.id, booking.id);
  if (facts?.kind !== 'appointment') return;
  if (facts.remote) await queueVideoRoom(tx, org.id, booking.id);
  const previousStartsAt = previous?.startsAt.toISOString();
  if (previous?.providerId && previous.providerId !== facts.providerId) {
    const reassigned = { change: 'reassigned' as const, providerId: previous.providerId };
    await enqueue(
      tx,
      org.id,
      'mail.provider_notice',
      { bookingId: booking.id, ...reassigned, ...(previousStartsAt ? { previousStartsAt } : {}) },
      inTurn(booking.id),
    );
    await enqueue(tx, org.id, 'mail.provider_notice', { bookingId: booking.id, change: 'booked' }, inTurn(booking.id));
    return;
  }
  await enqueue(
    tx,
    org.id,
    'mail.provider_notice',
    { bookingId: booking.id, change: 'moved', ...(previousStartsAt ? { previousStartsAt } : {}) },
    inTurn(booking.id),
  );
}

/**
 * In the transaction of a move its customer made: the studio's notice, with the time it moved from.
 * Staff are not mailed their own moves, as they are not their own cancellations.
 */
export async function queueStaffMoveNotice(
  tx: Db,
  org: Pick<OrgContext, 'id' | 'staffNotify'>,
  bookingId: string,
  previous: { startsAt: Date; endsAt: Date },
): Promise<void> {
  if (!org.staffNotify) return;
  await enqueue(
    tx,
    org.id,
    'mail.staff_notice',
    {
      bookingId,
      event: 'moved',
      previousStartsAt: previous.startsAt.toISOString(),
      previousEndsAt: previous.endsAt.toISOString(),
    },
    inTurn(bookingId),
  );
}

/** One pending room job per booking: a move before it ran replaces it rather than adding a second. */
async function queueVideoRoom(tx: JobSink, orgId: string, bookingId: string): Promise<void> {
  await enqueue(
    tx,
    orgId,
    'video.create_room',
    { bookingId },
    { dedupeKey: videoRoomKey(bookingId), maxAttempts: VIDEO_ROOM_ATTEMPTS },
  );
}
