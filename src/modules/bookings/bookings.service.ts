import { type RequestContext, hasRole, requireRole, requireSelf, requireUser } from '../../platform/context.ts';
import { type Db, transaction } from '../../platform/db.ts';
import { enqueue } from '../../platform/jobs.ts';
import { findUserByEmail } from '../auth/auth.repo.ts';
import { throttle } from '../auth/auth.service.ts';
import { manageLinksPerAddress, manageLinksPerMailbox } from '../auth/throttle.ts';
import { DomainError } from '../../platform/errors.ts';
import { hashToken, openSignedToken } from '../../platform/tokens.ts';
import { findOrganisationById } from '../orgs/orgs.repo.ts';
import { toOrgContext } from '../orgs/orgs.service.ts';
import type { ClassRow } from '../classes/classes.tables.ts';
import { upsertAccountCustomer, upsertGuestCustomer } from '../customers/customers.repo.ts';
import {
  type BookingKey,
  findOrgOfBooking,
  selectCustomersWithBookings,
  type CustomerFilter,
} from './bookings.repo.ts';
import type { BookingCreateInput } from './bookings.schema.ts';
import type { BookingRow } from './bookings.tables.ts';
import { MANAGE_PURPOSE } from './bookings.dto.ts';

/** Who a new booking is for: the signed-in customer, the guest, or (staff) the customer named. */
export async function bookingCustomer(tx: Db, ctx: RequestContext, input: BookingCreateInput) {
  const user = ctx.user;
  if (input.guest) {
    if (user && !hasRole(ctx, 'staff')) {
      throw new DomainError('validation_failed', {}, [
        { in: 'body', path: 'guest', message: 'you are signed in: book without guest details' },
      ]);
    }
    if (user) {
      // Staff booking someone who has an account here: the account's booking, in its My bookings and
      // its language. (A guest typing an account's address proves nothing, and gets a guest's row.)
      const account = await findUserByEmail(tx, ctx.org.id, input.guest.email.toLowerCase());
      if (account && !account.anonymisedAt)
        return { customer: await upsertAccountCustomer(tx, ctx.org.id, account), source: 'staff' as const };
    }
    const customer = await upsertGuestCustomer(tx, ctx.org.id, {
      email: input.guest.email,
      name: input.guest.name,
      // A guest's own page's language; staff's page language is theirs, not the customer's (null: the business's).
      locale: input.guest.locale ?? (user ? null : ctx.locale),
    });
    return { customer, source: user ? ('staff' as const) : ('guest' as const) };
  }
  if (!user) {
    throw new DomainError('validation_failed', {}, [
      { in: 'body', path: 'guest', message: 'name and email are needed to book without an account' },
    ]);
  }
  const customer = await upsertAccountCustomer(tx, ctx.org.id, requireSelf(ctx));
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
export function canSee(ctx: RequestContext, view: { customer: { userId: string | null } }, ref: BookingRef): boolean {
  if ('manage' in ref) return true;
  if (hasRole(ctx, 'staff')) return true;
  return ctx.user !== null && view.customer.userId === ctx.user.id;
}

/**
 * A manage link names its booking in whatever organisation it belongs to, so an old link without
 * the organisation's address still works; under another organisation's address it is not found. The caller's session does not carry over to another organisation.
 */
export async function contextFor(db: Db, ctx: RequestContext, ref: BookingRef): Promise<RequestContext> {
  if ('id' in ref) {
    requireUser(ctx);
    return ctx;
  }
  const orgId = await findOrgOfBooking(db, ref.manage);
  if (!orgId) throw new DomainError('booking_not_found');
  if (orgId === ctx.org.id) return ctx;
  if (ctx.orgNamed) throw new DomainError('booking_not_found');
  const org = await findOrganisationById(db, orgId);
  if (!org) throw new DomainError('booking_not_found');
  return { ...ctx, org: toOrgContext(org), user: null };
}

/** The staff's customer list: customers (a lower layer) with the count of their active bookings. */
/** One customer as the staff's list shows them; the history is `GET /bookings?customerId`. */
export async function getCustomer(db: Db, ctx: RequestContext, customerId: string) {
  requireRole(ctx, 'staff');
  const [customer] = await listCustomers(db, ctx, { id: customerId, limit: 1, offset: 0 });
  if (!customer) throw new DomainError('customer_not_found');
  return customer;
}

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

/**
 * "Email me my bookings", for a guest who lost the link: counts the attempt (per client address and per
 * mailbox) and queues the mail. Whether the address has upcoming bookings is left to the job, so that
 * the answer, and the time it takes, are the same either way.
 */
export async function requestManageLinks(db: Db, ctx: RequestContext, email: string, now: Date): Promise<void> {
  await throttle(db, ctx.org.id, `manage-links address ${ctx.ip ?? 'unknown'}`, manageLinksPerAddress, now);
  await throttle(db, ctx.org.id, `manage-links mailbox ${email}`, manageLinksPerMailbox, now);
  // One pending mail per mailbox: asking twice before it went out sends it once.
  await transaction(db, (tx) =>
    enqueue(
      tx,
      ctx.org.id,
      'mail.manage_links',
      { email, locale: ctx.locale },
      { dedupeKey: `manage-links:${email}`, maxAttempts: 5 },
    ),
  );
}
