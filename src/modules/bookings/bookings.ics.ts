import type { IcsEvent } from '../../platform/ics.ts';
import type { Booked } from './bookings.what.ts';

/**
 * A booking as a calendar event: the same UID in the confirmation mail, the cancellation mail, a
 * reschedule and the customer's feed, and a SEQUENCE that grows with every change of the booking or
 * of what it books.
 */
export function bookingIcsEvent(
  bookingId: string,
  what: Booked,
  org: { name: string },
  manageUrl: string,
  organizer?: IcsEvent['organizer'],
): IcsEvent {
  return {
    uid: `booking-${bookingId}@slotwise`,
    sequence: Math.floor(what.changedAt.getTime() / 1000),
    start: what.startsAt,
    end: what.endsAt,
    summary: `${what.title} (${org.name})`,
    location: what.place,
    description: manageUrl,
    url: manageUrl,
    cancelled: what.cancelled,
    updatedAt: what.changedAt,
    ...(organizer ? { organizer } : {}),
  };
}
