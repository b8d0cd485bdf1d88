/**
 * The booking as customers and staff see it: with its class, its customer and its live payment
 * ("paid" is never stored on the booking; it follows from the payment and its refunds). It lives in
 * payments because it reads both bookings (below) and payments; bookings itself knows nothing of money.
 */
import { type SQL, and, asc, desc, eq, gte, inArray, lt } from 'drizzle-orm';
import type { RequestContext } from '../../platform/context.ts';
import type { Db } from '../../platform/db.ts';
import { toLocalIso } from '../../platform/time.ts';
import { cancellationDeadline } from '../bookings/bookings.dto.ts';
import { type BookingKey, matchKey } from '../bookings/bookings.repo.ts';
import type { BookingDto } from '../bookings/bookings.schema.ts';
import { type BookingRow, bookings } from '../bookings/bookings.tables.ts';
import { classes } from '../classes/classes.tables.ts';
import type { ClassRow } from '../classes/classes.tables.ts';
import type { CustomerRow } from '../customers/customers.repo.ts';
import { customers } from '../customers/customers.tables.ts';
import { type PaymentRow, payments } from './payments.tables.ts';

/** A booking's payment: the live one (pending or succeeded; at most one, by a unique index). */
const livePayment = and(eq(payments.bookingId, bookings.id), inArray(payments.status, ['pending', 'succeeded']));

export interface BookingFilter {
  classId?: string | undefined;
  customerId?: string | undefined;
  userId?: string | undefined;
  status?: BookingRow['status'] | undefined;
  email?: string | undefined;
  classFrom?: Date | undefined;
  classTo?: Date | undefined;
  order: 'class_asc' | 'class_desc' | 'created_desc';
  limit: number;
  offset: number;
}

/** Bookings with their class and customer; always within one organisation. */
export async function selectBookingViews(db: Db, orgId: string, filter: BookingFilter) {
  const conditions: SQL[] = [eq(bookings.orgId, orgId)];
  if (filter.classId) conditions.push(eq(bookings.classId, filter.classId));
  if (filter.customerId) conditions.push(eq(bookings.customerId, filter.customerId));
  if (filter.userId) conditions.push(eq(customers.userId, filter.userId));
  if (filter.status) conditions.push(eq(bookings.status, filter.status));
  if (filter.email) conditions.push(eq(customers.email, filter.email));
  if (filter.classFrom) conditions.push(gte(classes.startsAt, filter.classFrom));
  if (filter.classTo) conditions.push(lt(classes.startsAt, filter.classTo));
  const order =
    filter.order === 'created_desc'
      ? [desc(bookings.createdAt), asc(bookings.id)]
      : filter.order === 'class_desc'
        ? [desc(classes.startsAt), asc(bookings.id)]
        : [asc(classes.startsAt), asc(bookings.id)];
  return db
    .select({ booking: bookings, cls: classes, customer: customers, payment: payments })
    .from(bookings)
    .innerJoin(classes, and(eq(classes.orgId, bookings.orgId), eq(classes.id, bookings.classId)))
    .innerJoin(customers, and(eq(customers.orgId, bookings.orgId), eq(customers.id, bookings.customerId)))
    .leftJoin(payments, livePayment)
    .where(and(...conditions))
    .orderBy(...order)
    .limit(filter.limit)
    .offset(filter.offset);
}

export type BookingView = Awaited<ReturnType<typeof selectBookingViews>>[number];

export async function findBookingView(db: Db, orgId: string, by: BookingKey) {
  const match = matchKey(by);
  const [row] = await db
    .select({ booking: bookings, cls: classes, customer: customers, payment: payments })
    .from(bookings)
    .innerJoin(classes, and(eq(classes.orgId, bookings.orgId), eq(classes.id, bookings.classId)))
    .innerJoin(customers, and(eq(customers.orgId, bookings.orgId), eq(customers.id, bookings.customerId)))
    .leftJoin(payments, livePayment)
    .where(and(eq(bookings.orgId, orgId), match));
  return row;
}

/** Whether any payment, in whatever state, belongs to the booking (its row keeps it from being deleted). */
export async function bookingHasPayment(db: Db, orgId: string, id: string): Promise<boolean> {
  const rows = await db
    .select({ id: payments.id })
    .from(payments)
    .where(and(eq(payments.orgId, orgId), eq(payments.bookingId, id)))
    .limit(1);
  return rows.length > 0;
}

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
