import {
  bookingHasPayment,
  bookingSnapshot,
  findBookingView,
  selectBookingViews,
  toBookingDto,
} from '../payments/booking-views.ts';
/**
 * Checkout: the flows that cross bookings and money, and the only module that calls both. Booking
 * reserves capacity (bookings) and opens the payment (payments) in one transaction; cancelling a
 * booking or a class settles its payment (a refund, or the end of a hold) in the cancellation's
 * transaction. Lock order everywhere: class, then booking, then payment (payments.locks.ts).
 */
import { randomUUID } from 'node:crypto';
import type { CardGateway } from '../../platform/card-gateway.ts';
import { type RequestContext, hasRole, requireRole, requireUser } from '../../platform/context.ts';
import { type Db, transaction } from '../../platform/db.ts';
import { DomainError } from '../../platform/errors.ts';
import { type IdempotencyRequest, type StoredResponse, runIdempotent } from '../../platform/idempotency.ts';
import { dropReminder, enqueueWebhookEvent } from '../../platform/jobs.ts';
import { parseDateBoundary } from '../../platform/time.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { cancellationDeadline, manageToken, manageUrl } from '../bookings/bookings.dto.ts';
import { queueBookingCancelled, queueBookingConfirmed } from '../bookings/bookings.outbox.ts';
import {
  cancelActiveBookingsOfClass,
  findActiveBooking,
  findBooking,
  insertBookingIfRoom,
  updateBookingRow,
  deleteBookingRow,
} from '../bookings/bookings.repo.ts';
import type {
  BookingCreateInput,
  BookingCreatedDto,
  BookingDto,
  BookingListQuery,
  CheckoutDto,
} from '../bookings/bookings.schema.ts';
import { type BookingRef, bookingCustomer, canSee, checkBookable, contextFor } from '../bookings/bookings.service.ts';
import { type BookingRow, noAppointment } from '../bookings/bookings.tables.ts';
import { findClass, updateClassRow } from '../classes/classes.repo.ts';
import { toClassDto } from '../classes/classes.service.ts';
import type { ClassDto } from '../classes/classes.schema.ts';
import { findPayment, findPaymentById } from '../payments/payments.repo.ts';
import { abandonPayment, ensureCardIntent, openPayment, settleCancelledBooking } from '../payments/payments.service.ts';
import type { PaymentRow } from '../payments/payments.tables.ts';

export interface CheckoutDeps {
  now: Date;
  publicUrl: string;
  /** Signs manage links (platform/tokens.ts serverKey). */
  tokenKey: Buffer;
  cardGateway: CardGateway | null;
}

/**
 * Books spots in a class, in one transaction, whatever the payment method. Everything that does not
 * need the class lock happens before it: validation against a snapshot of the class, the customer
 * row (whose lock serialises one customer's attempts), the repeat check, the pending payment, the
 * audit entry and the outbox jobs (all rolled back with the booking if it is refused). Then the
 * class row lock serialises every booking of the class: one statement takes it, re-checks the
 * status and spots left under it and inserts, so the lock is held only for that statement and the
 * commit. The trigger-kept `spots_taken` column and its CHECK make overbooking impossible even for
 * code that skips all this. A booking that waits for its payment is `pending` and holds its spots.
 *
 * A card payment's PaymentIntent is created after the commit (no network call inside a
 * transaction); its client secret is added to the answer, also when the answer is a replay.
 */
export async function createBooking(
  db: Db,
  ctx: RequestContext,
  input: BookingCreateInput,
  idempotency: IdempotencyRequest | null,
  deps: CheckoutDeps,
): Promise<StoredResponse<BookingCreatedDto>> {
  const { now } = deps;
  const stored = await transaction(db, (tx) =>
    runIdempotent<BookingCreatedDto>(tx, ctx.org.id, idempotency, async () => {
      const snapshot = await findClass(tx, ctx.org.id, input.classId);
      if (!snapshot) throw new DomainError('class_not_found');
      const { customer, source } = await bookingCustomer(tx, ctx, input);
      checkBookable(snapshot, input.spots, source, now);
      const method = choosePaymentMethod(
        ctx,
        snapshot.priceAmount,
        input.paymentMethod,
        source,
        deps.cardGateway !== null,
      );

      const existing = await findActiveBooking(tx, ctx.org.id, snapshot.id, customer.id);
      if (existing) {
        // A guest proves nothing by typing an email, so a guest's repeat shows no token and no
        // personal data; an account sees its own booking in full.
        const owner = source !== 'guest';
        const payment = owner ? await findPayment(tx, ctx.org.id, { bookingId: existing.id }) : undefined;
        return {
          status: 200,
          body: {
            booking: toBookingDto(
              ctx,
              { booking: existing, cls: snapshot, customer: owner ? customer : null, payment: payment ?? null },
              now,
            ),
            alreadyBooked: true,
            manageToken: null,
            manageUrl: null,
            payment: payment?.status === 'pending' ? checkoutDto(ctx, payment, existing, deps) : null,
          },
        };
      }

      const pending = method !== 'free' && method !== 'venue';
      const holdMs = method === 'card' ? ctx.org.holdMinutes * 60_000 : ctx.org.manualPaymentHours * 3600_000;
      const booking: BookingRow = {
        id: randomUUID(),
        orgId: ctx.org.id,
        classId: snapshot.id,
        customerId: customer.id,
        spots: input.spots,
        status: pending ? 'pending' : 'confirmed',
        legacyManageTokenHash: null,
        // The price is the server's, from the class: never from the client.
        priceAmount: snapshot.priceAmount * input.spots,
        currency: snapshot.currency,
        paymentMethod: method,
        source,
        createdAt: now,
        updatedAt: now,
        cancelledAt: null,
        cancelledBy: null,
        cancelReason: null,
        // A hold never outlasts the start of the class.
        holdExpiresAt: pending ? new Date(Math.min(now.getTime() + holdMs, snapshot.startsAt.getTime())) : null,
        ...noAppointment,
      };
      const payment = pending ? await openPayment(tx, ctx.org, booking, method) : null;
      const dto = toBookingDto(ctx, { booking, cls: snapshot, customer, payment }, now);
      await recordAudit(tx, ctx, {
        action: 'booking.created',
        entityType: 'booking',
        entityId: booking.id,
        after: dto,
      });
      if (!pending) {
        await queueBookingConfirmed(tx, ctx.org, { id: booking.id, startsAt: snapshot.startsAt }, now);
        await enqueueWebhookEvent(tx, ctx.org.id, 'booking.created', { booking: dto }, now);
      }

      const locked = await insertBookingIfRoom(tx, booking);
      if (!locked) throw new DomainError('class_not_found');
      if (locked.status === 'cancelled') throw new DomainError('class_cancelled');
      if (!locked.inserted)
        throw new DomainError('capacity_full', {}, { spotsLeft: locked.maxSpots - locked.spotsTaken });
      return {
        status: 201,
        body: {
          booking: dto,
          alreadyBooked: false,
          manageToken: null,
          manageUrl: null,
          payment: payment ? checkoutDto(ctx, payment, booking, deps) : null,
        },
      };
    }),
  );
  return withCardSecret(db, withManageLink(stored, deps), deps);
}

/**
 * The manage link is added to the answer here, outside the stored response, so that the
 * idempotency table never holds it: a new booking gets it, and so does a repeat by an account
 * (whose booking shows its customer); a guest's repeat does not.
 */
function withManageLink(stored: StoredResponse<BookingCreatedDto>, deps: CheckoutDeps) {
  if (stored.body.alreadyBooked && !stored.body.booking.customer) return stored;
  const token = manageToken(deps.tokenKey, stored.body.booking.id);
  return { ...stored, body: { ...stored.body, manageToken: token, manageUrl: manageUrl(deps.publicUrl, token) } };
}

/** The payment method of a new booking: free costs nothing; otherwise what was asked for, if offered. */
function choosePaymentMethod(
  ctx: RequestContext,
  price: number,
  requested: BookingCreateInput['paymentMethod'],
  source: BookingRow['source'],
  cardEnabled: boolean,
): BookingRow['paymentMethod'] {
  if (price === 0) return 'free';
  const method = requested ?? (source === 'staff' || ctx.org.paymentMethods.includes('venue') ? 'venue' : undefined);
  if (!method) {
    throw new DomainError('validation_failed', {}, [
      { in: 'body', path: 'paymentMethod', message: `choose one of: ${ctx.org.paymentMethods.join(', ')}` },
    ]);
  }
  if (method === 'card' && !cardEnabled) throw new DomainError('payments_disabled');
  // Staff may record any manual arrangement; customers choose among what the organisation offers.
  if (source !== 'staff' && !ctx.org.paymentMethods.includes(method))
    throw new DomainError('payment_method_unavailable');
  if (source === 'staff' && method === 'card') throw new DomainError('payment_method_unavailable');
  return method;
}

function checkoutDto(ctx: RequestContext, payment: PaymentRow, booking: BookingRow, deps: CheckoutDeps): CheckoutDto {
  return {
    id: payment.id,
    method: payment.method,
    status: payment.status,
    amount: { amount: payment.amount, currency: payment.currency },
    holdExpiresAt: booking.holdExpiresAt?.toISOString() ?? null,
    reference: payment.reference,
    payTo:
      payment.method === 'swish'
        ? ctx.org.swishNumber
        : payment.method === 'bank_transfer'
          ? ctx.org.bankAccount
          : null,
    clientSecret: null,
    publishableKey: payment.method === 'card' ? (deps.cardGateway?.publishableKey ?? null) : null,
  };
}

/** Adds the client secret of a card checkout, creating its PaymentIntent after the commit. */
async function withCardSecret(
  db: Db,
  stored: StoredResponse<BookingCreatedDto>,
  deps: CheckoutDeps,
): Promise<StoredResponse<BookingCreatedDto>> {
  const checkout = stored.body.payment;
  if (checkout?.method !== 'card' || checkout.status !== 'pending' || !deps.cardGateway) return stored;
  const payment = await findPaymentById(db, checkout.id);
  if (payment?.status !== 'pending') return stored;
  try {
    const clientSecret = await ensureCardIntent(db, deps.cardGateway, payment, {
      email: stored.body.booking.customer?.email ?? '',
      description: stored.body.booking.class.title,
    });
    return { ...stored, body: { ...stored.body, payment: { ...checkout, clientSecret } } };
  } catch (error) {
    await abandonPayment(db, payment.id, 'provider_unavailable', deps.now);
    throw new DomainError('payment_provider_unavailable', {}, undefined, error);
  }
}

/**
 * Cancels a booking; its spots are free again at commit. Customers (and guest token holders)
 * may cancel until the deadline; staff at any time. Cancelling twice is a no-op.
 */
export async function cancelBooking(
  db: Db,
  callerCtx: RequestContext,
  ref: BookingRef,
  reason: string | undefined,
  now: Date,
): Promise<BookingDto> {
  const ctx = await contextFor(db, callerCtx, ref);
  return transaction(db, async (tx) => {
    const view = await findBookingView(tx, ctx.org.id, 'id' in ref ? ref : ref.manage);
    if (!view || !canSee(ctx, view, ref)) throw new DomainError('booking_not_found');
    // Lock order everywhere: class, then booking. Cancelling a class takes them in the same order.
    const cls = await findClass(tx, ctx.org.id, view.cls.id, true);
    const booking = await findBooking(tx, ctx.org.id, { id: view.booking.id }, true);
    if (!cls || !booking) throw new DomainError('booking_not_found');
    if (booking.status === 'cancelled') return toBookingDto(ctx, { booking, cls, customer: view.customer }, now);

    const byStaff = 'id' in ref && hasRole(ctx, 'staff');
    if (!byStaff) {
      const deadline = cancellationDeadline(cls.startsAt, ctx.org.cancellationDeadlineHours);
      if (now > deadline) {
        throw new DomainError('cancellation_deadline_passed', { hours: ctx.org.cancellationDeadlineHours });
      }
    }
    const after = await updateBookingRow(tx, ctx.org.id, booking.id, {
      status: 'cancelled',
      cancelledAt: now,
      cancelledBy: byStaff ? 'staff' : 'customer',
      cancelReason: reason ?? null,
    });
    await recordAudit(tx, ctx, {
      action: 'booking.cancelled',
      entityType: 'booking',
      entityId: booking.id,
      before: { status: booking.status },
      after: { status: after.status, cancelledBy: after.cancelledBy, reason: after.cancelReason },
    });
    await queueBookingCancelled(tx, ctx.org.id, booking.id, byStaff ? 'staff' : 'customer');
    await settleCancelledBooking(tx, ctx, booking.id, now);
    const dto = toBookingDto(
      ctx,
      { booking: after, cls: { ...cls, spotsTaken: cls.spotsTaken - booking.spots }, customer: view.customer },
      now,
    );
    await enqueueWebhookEvent(tx, ctx.org.id, 'booking.cancelled', { booking: dto }, now);
    return dto;
  });
}

export interface CancelledClass {
  class: ClassDto;
  cancelledBookingIds: string[];
}

/** Cancels the class and every active booking in it; already cancelled is a no-op. */
export async function cancelClass(
  db: Db,
  ctx: RequestContext,
  classId: string,
  reason: string | undefined,
  now: Date,
): Promise<CancelledClass> {
  return transaction(db, async (tx) => {
    const before = await findClass(tx, ctx.org.id, classId, true);
    if (!before) throw new DomainError('class_not_found');
    if (before.status === 'cancelled') return { class: toClassDto(before, ctx.org.timeZone), cancelledBookingIds: [] };
    const cancelled = await cancelActiveBookingsOfClass(tx, ctx.org.id, classId, now, reason ?? 'class_cancelled');
    const after = await updateClassRow(tx, ctx.org.id, classId, { status: 'cancelled', cancelledAt: now });
    const dto = toClassDto(after, ctx.org.timeZone);
    await recordAudit(tx, ctx, {
      action: 'class.cancelled',
      entityType: 'class',
      entityId: classId,
      before: { status: before.status, spotsTaken: before.spotsTaken },
      after: { status: after.status, reason: reason ?? null, cancelledBookings: cancelled.length },
    });
    await enqueueWebhookEvent(tx, ctx.org.id, 'class.cancelled', { class: dto, reason: reason ?? null }, now);
    for (const booking of cancelled) {
      await queueBookingCancelled(tx, ctx.org.id, booking.id, 'class_cancelled');
      await settleCancelledBooking(tx, ctx, booking.id, now);
      await enqueueWebhookEvent(
        tx,
        ctx.org.id,
        'booking.cancelled',
        await bookingSnapshot(tx, ctx, booking.id, now),
        now,
      );
      await recordAudit(tx, ctx, {
        action: 'booking.cancelled',
        entityType: 'booking',
        entityId: booking.id,
        before: { status: booking.previousStatus },
        after: { status: 'cancelled', cancelledBy: 'staff', reason: booking.cancelReason },
      });
    }
    return { class: dto, cancelledBookingIds: cancelled.map((booking) => booking.id) };
  });
}

// Reading and deleting bookings: the booking as seen shows its payment, so these are served here too.

export async function getBooking(db: Db, callerCtx: RequestContext, ref: BookingRef, now: Date): Promise<BookingDto> {
  const ctx = await contextFor(db, callerCtx, ref);
  const view = await findBookingView(db, ctx.org.id, 'id' in ref ? ref : ref.manage);
  // Someone else's booking answers exactly like a missing one: ids reveal nothing.
  if (!view || !canSee(ctx, view, ref)) throw new DomainError('booking_not_found');
  return toBookingDto(ctx, view, now);
}

/** Removes a booking for good (admin). The audit log keeps what it was. */
export async function deleteBooking(db: Db, ctx: RequestContext, bookingId: string, now: Date): Promise<void> {
  requireRole(ctx, 'admin');
  await transaction(db, async (tx) => {
    const view = await findBookingView(tx, ctx.org.id, { id: bookingId });
    if (!view) throw new DomainError('booking_not_found');
    await findClass(tx, ctx.org.id, view.cls.id, true);
    const booking = await findBooking(tx, ctx.org.id, { id: bookingId }, true);
    if (!booking) throw new DomainError('booking_not_found');
    // Money was (or may be) paid for it: deleting would lose the trail from payment to booking,
    // so the admin cancels (and refunds) instead. The locked booking row keeps a payment from
    // appearing meanwhile, and the foreign key refuses the delete regardless.
    if (await bookingHasPayment(tx, ctx.org.id, bookingId)) throw new DomainError('booking_has_payment');
    await deleteBookingRow(tx, ctx.org.id, bookingId);
    await dropReminder(tx, ctx.org.id, bookingId);
    await recordAudit(tx, ctx, {
      action: 'booking.deleted',
      entityType: 'booking',
      entityId: bookingId,
      before: toBookingDto(ctx, { ...view, booking }, now),
    });
  });
}

export async function listBookings(db: Db, ctx: RequestContext, query: BookingListQuery, now: Date) {
  requireRole(ctx, 'staff');
  const zone = ctx.org.timeZone;
  const rows = await selectBookingViews(db, ctx.org.id, {
    classId: query.classId,
    customerId: query.customerId,
    email: query.email,
    status: query.status,
    classFrom: query.from ? parseDateBoundary(query.from, zone, 'from') : undefined,
    classTo: query.to ? parseDateBoundary(query.to, zone, 'to', true) : undefined,
    order: 'created_desc',
    limit: query.limit,
    offset: query.offset,
  });
  return rows.map((row) => toBookingDto(ctx, row, now));
}

export async function listMyBookings(
  db: Db,
  ctx: RequestContext,
  query: { when: 'upcoming' | 'past' | 'all'; limit: number },
  now: Date,
) {
  const user = requireUser(ctx);
  const rows = await selectBookingViews(db, ctx.org.id, {
    userId: user.id,
    classFrom: query.when === 'upcoming' ? now : undefined,
    classTo: query.when === 'past' ? now : undefined,
    order: query.when === 'past' ? 'class_desc' : 'class_asc',
    limit: query.limit,
    offset: 0,
  });
  return rows.map((row) => toBookingDto(ctx, row, now));
}
