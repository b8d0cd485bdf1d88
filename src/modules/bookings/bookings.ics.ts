import type { IcsEvent } from '../../platform/ics.ts';
import type { ClassRow } from '../classes/classes.tables.ts';
import type { BookingRow } from './bookings.tables.ts';

/**
 * A booking as a calendar event: the same UID in the confirmation mail, the cancellation mail and
 * the customer's feed, and a SEQUENCE that grows with every change of the booking or its class.
 */
export function bookingIcsEvent(
  view: { booking: Pick<BookingRow, 'id' | 'updatedAt'>; cls: ClassRow },
  org: { name: string },
  manageUrl: string,
  cancelled: boolean,
): IcsEvent {
  const updatedAt = new Date(Math.max(view.booking.updatedAt.getTime(), view.cls.updatedAt.getTime()));
  return {
    uid: `booking-${view.booking.id}@slotwise`,
    sequence: Math.floor(updatedAt.getTime() / 1000),
    start: view.cls.startsAt,
    end: view.cls.endsAt,
    summary: `${view.cls.title} (${org.name})`,
    location: view.cls.location,
    description: manageUrl,
    url: manageUrl,
    cancelled,
    updatedAt,
  };
}
