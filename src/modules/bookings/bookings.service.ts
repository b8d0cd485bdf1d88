import { type RequestContext, hasRole, requireRole, requireUser } from '../../platform/context.ts';
import { type Db, transaction } from '../../platform/db.ts';
import { DomainError } from '../../platform/errors.ts';
import { parseDateBoundary } from '../../platform/time.ts';
import { hashToken, openSignedToken } from '../../platform/tokens.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { dropReminder } from '../../platform/jobs.ts';
import { findOrganisationById } from '../orgs/orgs.repo.ts';
import { toOrgContext } from '../orgs/orgs.service.ts';
import { findClass } from '../classes/classes.repo.ts';
import type { ClassRow } from '../classes/classes.tables.ts';
import { upsertAccountCustomer, upsertGuestCustomer } from '../customers/customers.repo.ts';
import {
  type BookingView,
  bookingHasPayment,
  deleteBookingRow,
  findBooking,
  findBookingView,
  type BookingKey,
  findOrgOfBooking,
  selectBookingViews,
  selectCustomersWithBookings,
  type CustomerFilter,
} from './bookings.repo.ts';
import type { BookingCreateInput, BookingDto, BookingListQuery } from './bookings.schema.ts';
import type { BookingRow } from './bookings.tables.ts';
import { MANAGE_PURPOSE, toBookingDto } from './bookings.dto.ts';

/** Who a new booking is for: the signed-in customer, the guest, or (staff) the customer named. */
export async function bookingCustomer(tx: Db, ctx: RequestContext, input: BookingCreateInput) {
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

export function checkBookable(cls: ClassRow, spots: number, source: BookingRow['source'], now: Date): void {
  if (cls.status === 'cancelled') throw new DomainError('class_cancelled');
  // Staff may record a booking for a class under way (a walk-in); customers may not.
  if (cls.startsAt <= now && source !== 'staff') throw new DomainError('class_started');
  if (spots > cls.maxSpotsPerCustomer) throw new DomainError('spots_limit_exceeded', { max: cls.maxSpotsPerCustomer });
}

export type BookingRef = { id: string } | { manage: BookingKey };

/** What a manage token names: a signed one, its booking's id; an older one, the hash it is kept under. */
export function manageRef(key: Buffer, token: string): BookingRef {
  const id = openSignedToken(key, MANAGE_PURPOSE, token);
  return { manage: id ? { id } : { legacyTokenHash: hashToken(token) } };
}

/** May this caller see the booking? Staff see all; a customer their own; a token holder theirs. */
export function canSee(ctx: RequestContext, view: BookingView, ref: BookingRef): boolean {
  if ('manage' in ref) return true;
  if (hasRole(ctx, 'staff')) return true;
  return ctx.user !== null && view.customer.userId === ctx.user.id;
}

/**
 * A manage link names its booking in whatever organisation it belongs to, so the link in a mail
 * works without saying which one. The caller's session does not carry over to another organisation.
 */
export async function contextFor(db: Db, ctx: RequestContext, ref: BookingRef): Promise<RequestContext> {
  if ('id' in ref) {
    requireUser(ctx);
    return ctx;
  }
  const orgId = await findOrgOfBooking(db, ref.manage);
  if (!orgId) throw new DomainError('booking_not_found');
  if (orgId === ctx.org.id) return ctx;
  const org = await findOrganisationById(db, orgId);
  if (!org) throw new DomainError('booking_not_found');
  return { ...ctx, org: toOrgContext(org), user: null };
}

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

/** The staff's customer list: customers (a lower layer) with the count of their active bookings. */
export async function listCustomers(db: Db, ctx: RequestContext, filter: CustomerFilter) {
  const rows = await selectCustomersWithBookings(db, ctx.org.id, filter);
  return rows.map(({ customer, activeBookings }) => ({
    id: customer.id,
    name: customer.name,
    email: customer.email,
    locale: customer.locale,
    hasAccount: customer.userId !== null,
    activeBookings,
    createdAt: customer.createdAt.toISOString(),
  }));
}
