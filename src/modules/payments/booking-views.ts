/**
 * The booking as customers and staff see it: with what it books (a class, or a service, provider and
 * place), its customer and its live payment
 * ("paid" is never stored on the booking; it follows from the payment and its refunds). It lives in
 * payments because it reads both bookings (below) and payments; bookings itself knows nothing of money.
 */
import { type SQL, and, asc, desc, eq, gte, inArray, isNotNull, isNull, lt, sql } from 'drizzle-orm';
import { type RequestContext, hasRole } from '../../platform/context.ts';
import { type Db, preparedOn } from '../../platform/db.ts';
import { toLocalIso } from '../../platform/time.ts';
import { cancellationDeadline } from '../bookings/bookings.dto.ts';
import { type BookingKey, matchKey } from '../bookings/bookings.repo.ts';
import type { BookingDto } from '../bookings/bookings.schema.ts';
import { type BookingRow, bookings } from '../bookings/bookings.tables.ts';
import { type BookedParts, booked } from '../bookings/bookings.what.ts';
import { classes } from '../classes/classes.tables.ts';
import { locations } from '../locations/locations.tables.ts';
import { providers } from '../providers/providers.tables.ts';
import { services } from '../services/services.tables.ts';
import type { CustomerRow } from '../customers/customers.repo.ts';
import { customers } from '../customers/customers.tables.ts';
import { type PaymentRow, payments } from './payments.tables.ts';
import { type StoredQuote, storedQuoteColumn } from '../pricing/pricing.repo.ts';
import { toBookingPricing } from '../pricing/pricing.quotes.ts';

/** A booking's payment: the live one it was booked with (pending or succeeded; at most one, by a unique index). */
const livePayment = and(
  eq(payments.bookingId, bookings.id),
  eq(payments.purpose, 'booking'),
  inArray(payments.status, ['pending', 'succeeded']),
);

/** Paid later towards the booking's balance (paidTowardPrice in payments.service.ts: the same rule). */
const balancePaid = sql<number>`(
  SELECT coalesce(sum(bp.amount - bp.repriced_amount), 0) FROM payments bp
  WHERE bp.booking_id = ${bookings.id} AND bp.purpose = 'balance' AND bp.status = 'succeeded'
    AND bp.failure_reason IS NULL)`.mapWith(Number);

export interface BookingFilter {
  classId?: string | undefined;
  serviceId?: string | undefined;
  providerId?: string | undefined;
  kind?: 'class' | 'appointment' | undefined;
  customerId?: string | undefined;
  userId?: string | undefined;
  status?: BookingRow['status'] | undefined;
  email?: string | undefined;
  /** Bookings starting at or after this (the class's start, or the appointment's). */
  startFrom?: Date | undefined;
  startTo?: Date | undefined;
  order: 'class_asc' | 'class_desc' | 'created_desc';
  limit: number;
  offset: number;
}

/** When a booking starts: its class's start, or the appointment's own. */
const bookingStart = sql<Date>`coalesce(${classes.startsAt}, ${bookings.startsAt})`;

const viewColumns = {
  booking: bookings,
  cls: classes,
  service: services,
  provider: providers,
  location: locations,
  customer: customers,
  payment: payments,
  balancePaid,
  /**
   * The free-cancellation hours of the policy that applies (its service's, its class type's, else the
   * default's); null when none names hours and the organisation's deadline applies. The same choice as
   * policies.rules.ts `policyOf`, made in the query so that a list of bookings costs no extra reads.
   */
  freeHours: sql<number | null>`(
    SELECT cp.free_hours FROM cancellation_policies cp
    WHERE cp.org_id = ${bookings.orgId}
      AND (cp.service_id = ${bookings.serviceId} OR cp.class_type_id = ${classes.classTypeId}
           OR (cp.service_id IS NULL AND cp.class_type_id IS NULL))
    ORDER BY cp.service_id IS NULL, cp.class_type_id IS NULL
    LIMIT 1)`,
  quote: storedQuoteColumn(bookings.orgId, bookings.id),
};

/** Bookings with what they book (class, or service, provider and place), customer and live payment. */
function viewQuery(db: Db) {
  return (
    db
      .select(viewColumns)
      .from(bookings)
      .leftJoin(classes, and(eq(classes.orgId, bookings.orgId), eq(classes.id, bookings.classId)))
      .leftJoin(services, and(eq(services.orgId, bookings.orgId), eq(services.id, bookings.serviceId)))
      .leftJoin(providers, and(eq(providers.orgId, bookings.orgId), eq(providers.id, bookings.providerId)))
      // The place of an appointment, or a class's location: its zone is the one local times are shown in.
      .leftJoin(
        locations,
        and(
          eq(locations.orgId, bookings.orgId),
          eq(locations.id, sql`coalesce(${bookings.locationId}, ${classes.locationId})`),
        ),
      )
      .innerJoin(customers, and(eq(customers.orgId, bookings.orgId), eq(customers.id, bookings.customerId)))
      .leftJoin(payments, livePayment)
  );
}

/** Bookings of both kinds, always within one organisation. */
export async function selectBookingViews(db: Db, orgId: string, filter: BookingFilter) {
  const conditions: SQL[] = [eq(bookings.orgId, orgId)];
  if (filter.classId) conditions.push(eq(bookings.classId, filter.classId));
  if (filter.serviceId) conditions.push(eq(bookings.serviceId, filter.serviceId));
  if (filter.providerId) conditions.push(eq(bookings.providerId, filter.providerId));
  if (filter.kind === 'class') conditions.push(isNotNull(bookings.classId));
  if (filter.kind === 'appointment') conditions.push(isNull(bookings.classId));
  if (filter.customerId) conditions.push(eq(bookings.customerId, filter.customerId));
  if (filter.userId) conditions.push(eq(customers.userId, filter.userId));
  if (filter.status) conditions.push(eq(bookings.status, filter.status));
  if (filter.email) conditions.push(eq(customers.email, filter.email));
  if (filter.startFrom) conditions.push(gte(bookingStart, filter.startFrom));
  if (filter.startTo) conditions.push(lt(bookingStart, filter.startTo));
  const order =
    filter.order === 'created_desc'
      ? [desc(bookings.createdAt), asc(bookings.id)]
      : filter.order === 'class_desc'
        ? [desc(bookingStart), asc(bookings.id)]
        : [asc(bookingStart), asc(bookings.id)];
  return viewQuery(db)
    .where(and(...conditions))
    .orderBy(...order)
    .limit(filter.limit)
    .offset(filter.offset);
}

export type BookingView = BookedParts & {
  freeHours?: number | null;
  customer: CustomerRow;
  payment: PaymentRow | null;
  balancePaid: number;
  quote: StoredQuote | null;
};

export async function findBookingView(db: Db, orgId: string, by: BookingKey): Promise<BookingView | undefined> {
  const [row] =
    'id' in by
      ? await viewById(db).execute({ orgId, id: by.id })
      : await viewQuery(db).where(and(eq(bookings.orgId, orgId), matchKey(by)));
  return row;
}

/** A booking's view by its id, the common case (a poll, an event's snapshot, the manage page): built once. */
const viewById = (db: Db) =>
  preparedOn(db, 'booking_view_by_id', (name) =>
    viewQuery(db)
      .where(and(eq(bookings.orgId, sql.placeholder('orgId')), eq(bookings.id, sql.placeholder('id'))))
      .prepare(name),
  );

/** The view of the booking a PaymentIntent pays (a checkout's poll asks by the intent): built once. */
export async function findBookingViewByIntent(
  db: Db,
  orgId: string,
  intentId: string,
): Promise<BookingView | undefined> {
  const query = preparedOn(db, 'booking_view_by_intent', (name) => {
    const org = sql.placeholder('orgId');
    const paid = sql`(SELECT p.booking_id FROM payments p WHERE p.org_id = ${org} AND p.provider_ref = ${sql.placeholder('intentId')})`;
    return viewQuery(db)
      .where(and(eq(bookings.orgId, org), eq(bookings.id, paid)))
      .prepare(name);
  });
  return (await query.execute({ orgId, intentId }))[0];
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

/**
 * A guest's name on file is the business's record, not something a manage link (handed to whoever
 * booked, with any address typed) or a stranger may read: in answers to anyone but staff, API keys and
 * the system, a booking not made by an account shows no customer name. A route opened by a secret link
 * answers as to its holder, whoever is signed in (a manage link may name another organisation's
 * booking). The DTO itself keeps the name (webhooks and mails are the business's), so the answer is
 * trimmed on its way out (app.ts).
 */
export function withoutGuestNames(
  ctx: RequestContext | undefined,
  payload: unknown,
  { linkHolder }: { linkHolder: boolean },
): unknown {
  const business = !linkHolder && (ctx?.system === true || ctx?.apiKey !== undefined || (ctx && hasRole(ctx, 'staff')));
  if (!ctx || business) return payload;
  if (payload === null || typeof payload !== 'object') return payload;
  const answer = payload as Record<string, unknown>;
  if (isGuestBooking(answer)) return unnamed(answer);
  if (isGuestBooking(answer.booking)) return { ...answer, booking: unnamed(answer.booking) };
  if (Array.isArray(answer.bookings) && answer.bookings.some(isGuestBooking))
    return { ...answer, bookings: answer.bookings.map((b) => (isGuestBooking(b) ? unnamed(b) : b)) };
  return payload;
}

type NamedBooking = { source: string; customer: { name: string | null } };
const isGuestBooking = (value: unknown): value is NamedBooking => {
  const b = value as Partial<NamedBooking> | null;
  return (
    typeof b === 'object' && b !== null && typeof b.source === 'string' && b.source !== 'account' && !!b.customer?.name
  );
};
const unnamed = (booking: NamedBooking) => ({ ...booking, customer: { ...booking.customer, name: null } });

export function toBookingDto(
  ctx: RequestContext,
  view: BookedParts & {
    customer: CustomerRow | null;
    payment?: PaymentRow | null;
    quote?: StoredQuote | null;
    balancePaid?: number;
    freeHours?: number | null;
  },
  now: Date,
): BookingDto {
  const { booking, cls, service, provider, customer, payment } = view;
  const money = (amount: number) => ({ amount, currency: booking.currency });
  const settled = payment?.status === 'succeeded' ? payment : null;
  const later = view.balancePaid ?? 0;
  const due = dueOf(booking, (settled ? settled.amount - settled.repricedAmount : 0) + later);
  const what = booked(view);
  // Where it happens decides the local time: the location's zone, else the organisation's.
  const zone = view.location?.timeZone ?? ctx.org.timeZone;
  const deadline = cancellationDeadline(what.startsAt, view.freeHours ?? ctx.org.cancellationDeadlineHours);
  const open = (booking.status === 'pending' || booking.status === 'confirmed') && !what.cancelled;
  const changeable = open && now <= deadline;
  return {
    id: booking.id,
    kind: what.kind,
    status: booking.status,
    title: what.title,
    startsAt: what.startsAt.toISOString(),
    endsAt: what.endsAt.toISOString(),
    startsAtLocal: toLocalIso(what.startsAt, zone),
    endsAtLocal: toLocalIso(what.endsAt, zone),
    timeZone: zone,
    spots: booking.spots,
    price: money(booking.priceAmount),
    pricing: view.quote ? toBookingPricing(view.quote, booking.currency) : null,
    paid: money((settled ? settled.amount - settled.refundedAmount : 0) + later),
    due: money(due),
    paymentMethod: booking.paymentMethod,
    source: booking.source,
    createdAt: booking.createdAt.toISOString(),
    cancelledAt: booking.cancelledAt?.toISOString() ?? null,
    cancelledBy: booking.cancelledBy,
    cancelReason: booking.cancelReason,
    cancellableUntil: changeable ? deadline.toISOString() : null,
    reschedulableUntil: changeable ? deadline.toISOString() : null,
    checkedInAt: booking.checkedInAt?.toISOString() ?? null,
    finishedAt: booking.finishedAt?.toISOString() ?? null,
    class: cls
      ? {
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
        }
      : null,
    appointment:
      service && provider
        ? {
            service: {
              id: service.id,
              name: service.name,
              locationMode: service.locationMode,
              durationMinutes: service.durationMinutes,
            },
            provider: { id: provider.id, name: provider.name },
            location: service.locationMode === 'at_location' ? what.place || null : null,
            address: booking.customerAddress,
            phone: booking.customerPhone,
            notes: booking.customerNotes,
            videoUrl: booking.videoUrl,
            videoStatus: service.locationMode !== 'remote' ? 'not_needed' : booking.videoUrl ? 'ready' : 'pending',
          }
        : null,
    customer: customer ? { id: customer.id, name: customer.name, email: customer.email } : null,
    holdExpiresAt: booking.status === 'pending' ? (booking.holdExpiresAt?.toISOString() ?? null) : null,
    // At the venue or after a deposit, the balance paid later makes the booking paid in full.
    paymentStatus: later > 0 && due === 0 ? 'paid' : paymentStatus(booking, payment ?? null),
    paymentId: payment?.id ?? null,
    paymentInstructions:
      booking.status === 'pending' &&
      payment?.status === 'pending' &&
      (payment.method === 'swish' || payment.method === 'bank_transfer') &&
      payment.reference
        ? {
            method: payment.method,
            payTo: payment.method === 'swish' ? ctx.org.swishNumber : ctx.org.bankAccount,
            reference: payment.reference,
            amount: { amount: payment.amount, currency: payment.currency },
          }
        : null,
  };
}

/** What the deposit left, or all of it at the venue; a cancelled, free or credits booking owes nothing. */
/** What is still to pay: the price (or a no-show's fee, which replaces it) less what was paid toward it. */
export function dueOf(
  booking: Pick<BookingRow, 'status' | 'paymentMethod' | 'priceAmount' | 'noShowFeeAmount'>,
  paid: number,
): number {
  if (booking.status === 'cancelled' || booking.paymentMethod === 'free' || booking.paymentMethod === 'credits')
    return 0;
  const owed =
    booking.status === 'no_show' && booking.noShowFeeAmount !== null ? booking.noShowFeeAmount : booking.priceAmount;
  return Math.max(0, owed - paid);
}

/** "Paid" is never stored on the booking: it follows from the payment and its refunds. */
function paymentStatus(booking: BookingRow, payment: PaymentRow | null): BookingDto['paymentStatus'] {
  if (booking.paymentMethod === 'free') return 'not_required';
  if (booking.paymentMethod === 'venue') return 'at_venue';
  // Paid from prepaid credits when booked (the credit ledger has the record; no payment row).
  if (booking.paymentMethod === 'credits') return 'paid';
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
