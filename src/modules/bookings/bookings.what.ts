/**
 * What a booking books, said once for both kinds: a class's spots or a provider's time. Mails,
 * calendar files, feeds and the booking's answer read the title, the times and the place from here,
 * so none of them needs to know which kind it is looking at.
 */
import type { ClassRow } from '../classes/classes.tables.ts';
import type { LocationRow } from '../locations/locations.tables.ts';
import type { ProviderRow } from '../providers/providers.tables.ts';
import type { ServiceRow } from '../services/services.tables.ts';
import type { BookingRow } from './bookings.tables.ts';

export interface BookedParts {
  booking: BookingRow;
  cls: ClassRow | null;
  service: ServiceRow | null;
  provider: ProviderRow | null;
  location: LocationRow | null;
}

export interface Booked {
  kind: 'class' | 'appointment';
  title: string;
  startsAt: Date;
  endsAt: Date;
  /** Where to go: the class's location, the place of the service, the customer's address, or '' when remote. */
  place: string;
  /** The instructor or the provider. */
  hostName: string;
  /** The booking or its class is cancelled. */
  cancelled: boolean;
  /** The last change of the booking or of what it books (for calendar SEQUENCE numbers). */
  changedAt: Date;
  remote: boolean;
  /** A visit at the customer's address: paid on the day, not "at the venue". */
  atCustomer: boolean;
}

export function booked(parts: BookedParts): Booked {
  const { booking, cls, service, provider } = parts;
  if (cls) {
    return {
      kind: 'class',
      title: cls.title,
      startsAt: cls.startsAt,
      endsAt: cls.endsAt,
      place: cls.location,
      hostName: cls.instructorName,
      cancelled: booking.status === 'cancelled' || cls.status === 'cancelled',
      changedAt: latest(booking.updatedAt, cls.updatedAt),
      remote: false,
      atCustomer: false,
    };
  }
  if (!service || !provider || !booking.startsAt || !booking.endsAt) {
    throw new Error(`booking ${booking.id} books neither a class nor a provider's time`);
  }
  return {
    kind: 'appointment',
    title: service.name,
    startsAt: booking.startsAt,
    endsAt: booking.endsAt,
    place: placeOf(parts),
    hostName: provider.name,
    cancelled: booking.status === 'cancelled',
    changedAt: booking.updatedAt,
    remote: service.locationMode === 'remote',
    atCustomer: service.locationMode === 'at_customer',
  };
}

function placeOf({ booking, service, location }: BookedParts): string {
  if (service?.locationMode === 'at_customer') return booking.customerAddress ?? '';
  if (service?.locationMode === 'remote') return booking.videoUrl ?? '';
  if (!location) return '';
  const cityLine = [location.postalCode, location.city].filter(Boolean).join(' ');
  return [location.name, ...location.addressLines, cityLine].filter(Boolean).join(', ');
}

const latest = (a: Date, b: Date) => (a > b ? a : b);
