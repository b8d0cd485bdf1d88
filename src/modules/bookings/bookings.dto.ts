import type { RequestContext } from '../../platform/context.ts';
import type { Db } from '../../platform/db.ts';
import { toLocalIso } from '../../platform/time.ts';
import type { ClassRow } from '../classes/classes.tables.ts';
import type { CustomerRow } from '../customers/customers.repo.ts';
import type { BookingDto } from './bookings.schema.ts';
import type { PaymentRow } from '../payments/payments.tables.ts';
import { findBookingView } from './bookings.repo.ts';
import type { BookingRow } from './bookings.tables.ts';
import { signedToken } from '../../platform/tokens.ts';

/** The last moment a customer may cancel by themselves: the organisation's deadline before the start. */
export const cancellationDeadline = (startsAt: Date, deadlineHours: number): Date =>
  new Date(startsAt.getTime() - deadlineHours * 3600_000);

export function toBookingDto(
  ctx: RequestContext,
  {
    booking,
    cls,
    customer,
    payment,
  }: { booking: BookingRow; cls: ClassRow; customer: CustomerRow | null; payment?: PaymentRow | null },
  now: Date,
): BookingDto {
  const zone = ctx.org.timeZone;
  const deadline = cancellationDeadline(cls.startsAt, ctx.org.cancellationDeadlineHours);
  const cancellable = booking.status !== 'cancelled' && cls.status === 'scheduled' && now <= deadline;
  return {
    id: booking.id,
    status: booking.status,
    spots: booking.spots,
    price: { amount: booking.priceAmount, currency: booking.currency },
    paymentMethod: booking.paymentMethod,
    source: booking.source,
    createdAt: booking.createdAt.toISOString(),
    cancelledAt: booking.cancelledAt?.toISOString() ?? null,
    cancelledBy: booking.cancelledBy,
    cancelReason: booking.cancelReason,
    cancellableUntil: cancellable ? deadline.toISOString() : null,
    class: {
      id: cls.id,
      title: cls.title,
      location: cls.location,
      instructorName: cls.instructorName,
      startsAt: cls.startsAt.toISOString(),
      endsAt: cls.endsAt.toISOString(),
      startsAtLocal: toLocalIso(cls.startsAt, zone),
      endsAtLocal: toLocalIso(cls.endsAt, zone),
      timeZone: zone,
      status: cls.status,
    },
    customer: customer ? { id: customer.id, name: customer.name, email: customer.email } : null,
    holdExpiresAt: booking.status === 'pending' ? (booking.holdExpiresAt?.toISOString() ?? null) : null,
    paymentStatus: paymentStatus(booking, payment ?? null),
    paymentId: payment?.id ?? null,
    paymentInstructions:
      booking.status === 'pending' && payment?.status === 'pending' && payment.method !== 'card' && payment.reference
        ? {
            method: payment.method,
            payTo: payment.method === 'swish' ? ctx.org.swishNumber : ctx.org.bankAccount,
            reference: payment.reference,
            amount: { amount: payment.amount, currency: payment.currency },
          }
        : null,
  };
}

/** A booking's manage token: signed, never stored, the same every time it is made (platform/tokens.ts). */
export const manageToken = (key: Buffer, bookingId: string) => signedToken(key, MANAGE_PURPOSE, bookingId);
export const MANAGE_PURPOSE = 'booking.manage';

export const manageUrl = (publicUrl: string, token: string) => `${publicUrl}/manage/${token}`;

/** "Paid" is never stored on the booking: it follows from the payment and its refunds. */
function paymentStatus(booking: BookingRow, payment: PaymentRow | null): BookingDto['paymentStatus'] {
  if (booking.paymentMethod === 'free') return 'not_required';
  if (booking.paymentMethod === 'venue') return 'at_venue';
  if (!payment) return 'unpaid';
  if (payment.status === 'pending') return 'pending';
  if (payment.status !== 'succeeded') return 'unpaid';
  if (payment.refundedAmount === 0) return 'paid';
  return payment.refundedAmount >= payment.amount ? 'refunded' : 'partially_refunded';
}

/** A booking as it stands, for an event's payload: events carry the state at the time of the event. */
export async function bookingSnapshot(
  db: Db,
  ctx: RequestContext,
  bookingId: string,
  now: Date,
): Promise<{ booking: BookingDto } | { bookingId: string }> {
  const view = await findBookingView(db, ctx.org.id, { id: bookingId });
  return view ? { booking: toBookingDto(ctx, view, now) } : { bookingId };
}
