import { randomUUID } from 'node:crypto';
import { type RequestContext, hasRole, requireRole, requireUser } from '../../platform/context.ts';
import { type Db, transaction } from '../../platform/db.ts';
import { DomainError } from '../../platform/errors.ts';
import { type IdempotencyRequest, type StoredResponse, runIdempotent } from '../../platform/idempotency.ts';
import { parseDateBoundary, toLocalIso } from '../../platform/time.ts';
import { newToken } from '../../platform/tokens.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { dropReminder, queueBookingCancelled, queueBookingConfirmed } from '../notifications/notifications.service.ts';
import { emitWebhookEvent } from '../webhooks/webhooks.service.ts';
import { findClass } from '../classes/classes.repo.ts';
import type { ClassRow } from '../classes/classes.tables.ts';
import { type CustomerRow, upsertAccountCustomer, upsertGuestCustomer } from '../customers/customers.repo.ts';
import {
  type BookingView,
  deleteBookingRow,
  findActiveBooking,
  findBooking,
  findBookingView,
  insertBookingIfRoom,
  selectBookingViews,
  updateBookingRow,
} from './bookings.repo.ts';
import type { BookingCreateInput, BookingCreatedDto, BookingDto, BookingListQuery } from './bookings.schema.ts';
import type { BookingRow } from './bookings.tables.ts';

export interface BookingDeps {
  now: Date;
  publicUrl: string;
}

/** The last moment a customer may cancel by themselves: the organisation's deadline before the start. */
export const cancellationDeadline = (startsAt: Date, deadlineHours: number): Date =>
  new Date(startsAt.getTime() - deadlineHours * 3600_000);

function toBookingDto(
  ctx: RequestContext,
  { booking, cls, customer }: { booking: BookingRow; cls: ClassRow; customer: CustomerRow | null },
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
  };
}

const manageUrl = (publicUrl: string, token: string) => `${publicUrl}/manage/${token}`;

/** Who a new booking is for: the signed-in customer, the guest, or (staff) the customer named. */
async function bookingCustomer(tx: Db, ctx: RequestContext, input: BookingCreateInput) {
  const user = ctx.user;
  if (input.guest) {
    if (user && !hasRole(ctx, 'staff')) {
      throw new DomainError('validation_failed', {}, [
        { in: 'body', path: 'guest', message: 'you are signed in: book without guest details' },
      ]);
    }
    const customer = await upsertGuestCustomer(tx, ctx.org.id, {
      email: input.guest.email,
      name: input.guest.name,
      locale: input.guest.locale ?? ctx.locale,
    });
    return { customer, source: user ? ('staff' as const) : ('guest' as const) };
  }
  if (!user) {
    throw new DomainError('validation_failed', {}, [
      { in: 'body', path: 'guest', message: 'name and email are needed to book without an account' },
    ]);
  }
  const customer = await upsertAccountCustomer(tx, ctx.org.id, user);
  return { customer, source: 'account' as const };
}

/**
 * Books spots in a class, in one transaction. Everything that does not need the class lock
 * happens before it: validation against a snapshot of the class, the customer row (whose lock
 * serialises one customer's attempts), the repeat check, the audit entry and the outbox jobs
 * (all rolled back with the booking if it is refused). Then the class row lock serialises every booking of the class:
 * one statement takes it, re-checks the status and spots left under it and inserts, so the lock
 * is held only for that statement and the commit. The trigger-kept `spots_taken` column and its CHECK make
 * overbooking impossible even for code that skips all this.
 */
export async function createBooking(
  db: Db,
  ctx: RequestContext,
  input: BookingCreateInput,
  idempotency: IdempotencyRequest | null,
  { now, publicUrl }: BookingDeps,
): Promise<StoredResponse<BookingCreatedDto>> {
  return transaction(db, (tx) =>
    runIdempotent<BookingCreatedDto>(tx, ctx.org.id, idempotency, async () => {
      const snapshot = await findClass(tx, ctx.org.id, input.classId);
      if (!snapshot) throw new DomainError('class_not_found');
      const { customer, source } = await bookingCustomer(tx, ctx, input);
      checkBookable(snapshot, input.spots, source, now);

      const existing = await findActiveBooking(tx, ctx.org.id, snapshot.id, customer.id);
      if (existing) {
        // A guest proves nothing by typing an email, so a guest's repeat shows no token and no
        // personal data; an account sees its own booking in full.
        const owner = source !== 'guest';
        return {
          status: 200,
          body: {
            booking: toBookingDto(ctx, { booking: existing, cls: snapshot, customer: owner ? customer : null }, now),
            alreadyBooked: true,
            manageToken: owner ? existing.manageToken : null,
            manageUrl: owner ? manageUrl(publicUrl, existing.manageToken) : null,
          },
        };
      }

      const booking: BookingRow = {
        id: randomUUID(),
        orgId: ctx.org.id,
        classId: snapshot.id,
        customerId: customer.id,
        spots: input.spots,
        status: 'confirmed',
        manageToken: newToken(),
        // The price is the server's, from the class: never from the client.
        priceAmount: snapshot.priceAmount * input.spots,
        currency: snapshot.currency,
        paymentMethod: snapshot.priceAmount === 0 ? 'free' : 'venue',
        source,
        createdAt: now,
        updatedAt: now,
        cancelledAt: null,
        cancelledBy: null,
        cancelReason: null,
      };
      const dto = toBookingDto(ctx, { booking, cls: snapshot, customer }, now);
      await recordAudit(tx, ctx, { action: 'booking.created', entityType: 'booking', entityId: booking.id, after: dto });
      await queueBookingConfirmed(tx, ctx.org, { id: booking.id, classStartsAt: snapshot.startsAt }, now);
      await emitWebhookEvent(tx, ctx.org.id, 'booking.created', { booking: dto }, now);

      const locked = await insertBookingIfRoom(tx, booking);
      if (!locked) throw new DomainError('class_not_found');
      if (locked.status === 'cancelled') throw new DomainError('class_cancelled');
      if (!locked.inserted) throw new DomainError('capacity_full', {}, { spotsLeft: locked.maxSpots - locked.spotsTaken });
      return {
        status: 201,
        body: { booking: dto, alreadyBooked: false, manageToken: booking.manageToken, manageUrl: manageUrl(publicUrl, booking.manageToken) },
      };
    }),
  );
}

function checkBookable(cls: ClassRow, spots: number, source: BookingRow['source'], now: Date): void {
  if (cls.status === 'cancelled') throw new DomainError('class_cancelled');
  // Staff may record a booking for a class under way (a walk-in); customers may not.
  if (cls.startsAt <= now && source !== 'staff') throw new DomainError('class_started');
  if (spots > cls.maxSpotsPerCustomer) throw new DomainError('spots_limit_exceeded', { max: cls.maxSpotsPerCustomer });
}

type BookingRef = { id: string } | { manageToken: string };

/** May this caller see the booking? Staff see all; a customer their own; a token holder theirs. */
function canSee(ctx: RequestContext, view: BookingView, ref: BookingRef): boolean {
  if ('manageToken' in ref) return true;
  if (hasRole(ctx, 'staff')) return true;
  return ctx.user !== null && view.customer.userId === ctx.user.id;
}

export async function getBooking(db: Db, ctx: RequestContext, ref: BookingRef, now: Date): Promise<BookingDto> {
  if ('id' in ref) requireUser(ctx);
  const view = await findBookingView(db, ctx.org.id, ref);
  // Someone else's booking answers exactly like a missing one: ids reveal nothing.
  if (!view || !canSee(ctx, view, ref)) throw new DomainError('booking_not_found');
  return toBookingDto(ctx, view, now);
}

/**
 * Cancels a booking; its spots are free again at commit. Customers (and guest token holders)
 * may cancel until the deadline; staff at any time. Cancelling twice is a no-op.
 */
export async function cancelBooking(
  db: Db,
  ctx: RequestContext,
  ref: BookingRef,
  reason: string | undefined,
  now: Date,
): Promise<BookingDto> {
  if ('id' in ref) requireUser(ctx);
  return transaction(db, async (tx) => {
    const view = await findBookingView(tx, ctx.org.id, ref);
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
    const dto = toBookingDto(ctx, { booking: after, cls: { ...cls, spotsTaken: cls.spotsTaken - booking.spots }, customer: view.customer }, now);
    await emitWebhookEvent(tx, ctx.org.id, 'booking.cancelled', { booking: dto }, now);
    return dto;
  });
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
