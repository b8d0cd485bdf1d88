/**
 * The lock order, said once: what is booked (the class row, or the provider row of an appointment),
 * then the booking, then (in payments) its payment. Booking, cancelling, settling, refunding and
 * rescheduling all take their locks through here, so no two of them can wait on each other in a circle.
 */
import { type Db, StaleRead } from '../../platform/db.ts';
import { findClass } from '../classes/classes.repo.ts';
import type { ClassRow } from '../classes/classes.tables.ts';
import {
  clearExpiredClaims,
  findActiveBooking,
  findBooking,
  lockLiveClassBooking,
  lockProviders,
  selectLiveClaims,
} from './bookings.repo.ts';
import type { BookingRow } from './bookings.tables.ts';

export interface LockedBooking {
  booking: BookingRow;
  /** The class of a class booking, locked (unless confirming a live booking); null for an appointment (whose provider row is locked). */
  cls: ClassRow | null;
}

/**
 * `confirming`: the caller only confirms a booking that is live (a payment arriving for its hold).
 * Such a class booking already holds its spots, so it needs no class lock: settlements of one busy
 * class then queue neither behind each other nor behind new bookings, and the booking is locked and
 * its class read in one statement. If the booking turns out cancelled under its own lock, the class
 * lock was needed after all; taking it now would reverse the lock order, so the transaction runs
 * again instead (StaleRead), and then takes it first.
 */
export async function lockBooking(
  tx: Db,
  orgId: string,
  bookingId: string,
  { confirming = false }: { confirming?: boolean } = {},
): Promise<LockedBooking | undefined> {
  if (confirming) {
    const live = await lockLiveClassBooking(tx, orgId, bookingId);
    if (live) return live;
    // An appointment, or a cancelled booking: the way below. A booking cancelled while this waited for
    // its lock stays locked, and the way below then takes its class's lock after it: in that rare race a
    // deadlock is possible, which PostgreSQL breaks and `transaction` runs again.
  }
  const snapshot = await findBooking(tx, orgId, { id: bookingId });
  if (!snapshot) return undefined;
  const classUnlocked = confirming && snapshot.status !== 'cancelled';
  let cls: ClassRow | null = null;
  if (snapshot.classId) {
    cls = (await findClass(tx, orgId, snapshot.classId, !classUnlocked)) ?? null;
    if (!cls) return undefined;
  } else if (snapshot.providerId) {
    await lockProviders(tx, orgId, [snapshot.providerId]);
  }
  const booking = await findBooking(tx, orgId, { id: bookingId }, true);
  // A staff move to another class or provider between the read and the lock: take the locks again.
  if (booking && (booking.classId !== snapshot.classId || booking.providerId !== snapshot.providerId)) {
    return lockBooking(tx, orgId, bookingId, { confirming });
  }
  if (classUnlocked && cls && booking?.status === 'cancelled')
    throw new StaleRead(`booking ${bookingId} was cancelled`);
  return booking && { booking, cls };
}

export type RebookProblem =
  | 'class_cancelled'
  | 'class_started'
  | 'already_booked'
  | 'class_full'
  | 'appointment_started'
  | 'slot_taken';

/**
 * Under `lockBooking`'s locks: why this booking cannot be made live again (a payment that arrived
 * after its hold lapsed), or null if it can. A live pending appointment may also have lost its time:
 * its claim expired with its payment deadline and gave way to someone else's.
 */
export async function rebookProblem(tx: Db, { booking, cls }: LockedBooking, now: Date): Promise<RebookProblem | null> {
  const live = booking.status !== 'cancelled';
  if (cls) {
    if (cls.status === 'cancelled') return 'class_cancelled';
    if (live) return null;
    if (cls.startsAt <= now) return 'class_started';
    if (await findActiveBooking(tx, booking.orgId, cls.id, booking.customerId)) return 'already_booked';
    return cls.spotsTaken + booking.spots > cls.maxSpots ? 'class_full' : null;
  }
  if (!booking.providerId || !booking.startsAt || !booking.blocked)
    throw new Error(`booking ${booking.id} has no time`);
  if (!live && booking.startsAt <= now) return 'appointment_started';
  const range = parseRange(booking.blocked);
  await clearExpiredClaims(tx, [booking.providerId], range, now);
  const others = await selectLiveClaims(tx, [booking.providerId], range, now, booking.id);
  return others.length > 0 ? 'slot_taken' : null;
}

/** A tstzrange's text form as two instants (bounds are always "[…)" here). */
function parseRange(text: string): { from: Date; to: Date } {
  const [from = '', to = ''] = text.slice(1, -1).split(',');
  return { from: new Date(from.replaceAll('"', '')), to: new Date(to.replaceAll('"', '')) };
}
