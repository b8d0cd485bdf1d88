import { type RequestContext, orgAddress, requireUser } from '../../platform/context.ts';
import { type Db, sqlState, transaction } from '../../platform/db.ts';
import { DomainError } from '../../platform/errors.ts';
import { enqueue } from '../../platform/jobs.ts';
import { openSignedToken, signedToken } from '../../platform/tokens.ts';
import { eraseAuditValues } from '../audit/audit.repo.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { findUserById } from '../auth/auth.repo.ts';
import { checkPassword } from '../auth/profile.service.ts';
import { ANONYMISED_NAME, anonymiseUserRow, anonymisedEmail } from '../auth/profile.repo.ts';
import { deleteInvitationsOf } from '../auth/team.repo.ts';
import { type BookingRef, contextFor } from '../bookings/bookings.service.ts';
import type { BookingDto } from '../bookings/bookings.schema.ts';
import { cancelBookingIn, listCustomerBookings, listMyBookings } from '../checkout/checkout.service.ts';
import {
  adoptGuestCustomer,
  anonymiseCustomer,
  findAccountCustomer,
  findCustomer,
  findGuestCustomerByEmail,
} from '../customers/customers.repo.ts';
import { findBookingView } from '../payments/booking-views.ts';
import {
  type DataSubject,
  countCustomerBookings,
  countUnpaidInvoices,
  eraseBookingContacts,
  moveGuestBalances,
  moveGuestRows,
} from './privacy.repo.ts';
import { localInstant, present } from './privacy.fields.ts';
import { dataSections } from './privacy.sections.ts';

/** Everything held about the signed-in account in this organisation, read in one snapshot. */
export async function exportMyData(db: Db, ctx: RequestContext, now: Date) {
  const user = requireUser(ctx);
  return exportData(db, ctx, { orgId: ctx.org.id, userId: user.id }, { entityType: 'user', entityId: user.id }, now);
}

/**
 * A guest's data, by a link mailed to the guest's address: the address is the only thing that proves
 * who a guest is. A manage link proves nothing of the kind (it is handed to whoever books, and anyone
 * may book with any address), so it only asks for the mail. The mailed token names the customer row
 * and the day it was made; it works that day and the next.
 */
const dataLinkPurpose = (day: string) => `customer.data:${day}`;
const dayOf = (instant: Date) => instant.toISOString().slice(0, 10);

/** Mails the guest behind a manage link a link to their data (export and erasure). */
export async function requestGuestDataLink(
  db: Db,
  callerCtx: RequestContext,
  ref: BookingRef,
  deps: { tokenKey: Buffer; publicUrl: string; now: Date },
): Promise<void> {
  const { ctx, customer } = await guestOf(db, callerCtx, ref);
  const token = signedToken(deps.tokenKey, dataLinkPurpose(dayOf(deps.now)), customer.id);
  const link = `${orgAddress(deps.publicUrl, ctx.org)}/your-data?token=${token}`;
  await transaction(db, async (tx) => {
    await enqueue(tx, ctx.org.id, 'mail.guest_data_link', { customerId: customer.id, link });
    await recordAudit(tx, ctx, {
      action: 'customer.data_link_requested',
      entityType: 'customer',
      entityId: customer.id,
    });
  });
}

/** The guest a mailed data link names, if the link is from today or yesterday and the guest is still one. */
async function guestOfDataLink(db: Db, ctx: RequestContext, token: string, key: Buffer, now: Date, lock = false) {
  const yesterday = new Date(now.getTime() - 24 * 3600_000);
  const id =
    openSignedToken(key, dataLinkPurpose(dayOf(now)), token) ??
    openSignedToken(key, dataLinkPurpose(dayOf(yesterday)), token);
  const customer = id ? await findCustomer(db, ctx.org.id, id, lock) : undefined;
  // Erased since, or joined to an account (whose data is the account's): the link no longer speaks for it.
  if (!customer || customer.anonymisedAt || customer.userId !== null) throw new DomainError('data_link_invalid');
  return customer;
}

/** Everything held about the guest of a mailed data link: the customer row, its bookings and the money around them. */
export async function exportGuestData(
  db: Db,
  ctx: RequestContext,
  token: string,
  deps: { tokenKey: Buffer; now: Date },
) {
  const customer = await guestOfDataLink(db, ctx, token, deps.tokenKey, deps.now);
  const subject = { orgId: ctx.org.id, guestCustomerId: customer.id };
  return exportData(db, ctx, subject, { entityType: 'customer', entityId: customer.id }, deps.now);
}

async function exportData(
  db: Db,
  ctx: RequestContext,
  subject: DataSubject,
  audited: { entityType: string; entityId: string },
  now: Date,
) {
  return transaction(db, async (tx) => {
    const zone = ctx.org.timeZone;
    const sections: Record<string, unknown[]> = {};
    for (const section of dataSections) {
      const rows = (await section.read(tx, subject)) as Record<string, unknown>[];
      sections[section.name] = rows.map((row) => present(row, section.fields, zone));
    }
    await recordAudit(tx, ctx, { action: `${audited.entityType}.data_exported`, ...audited });
    return {
      exportedAt: localInstant(now.toISOString(), zone) as string,
      organisation: { id: ctx.org.id, name: ctx.org.name },
      conventions: {
        times: `ISO 8601, in the business's time zone (${zone}) with its offset`,
        amounts:
          'amount in minor units (öre, cents) of its ISO 4217 currency: {"amount": 15000, "currency": "SEK"} is 150.00 SEK',
        dates: 'ISO 8601 calendar dates (YYYY-MM-DD)',
      },
      sections,
    };
  });
}

/**
 * Deletes the account as its owner asks: personal data replaced by placeholders, no way back in,
 * money records kept (see eraseSubject). Staff accounts are the business's own and are not
 * deleted this way. One transaction: all or nothing.
 */
export async function deleteMyAccount(db: Db, ctx: RequestContext, password: string, now: Date): Promise<void> {
  const session = requireUser(ctx);
  await checkPassword(db, ctx, password);
  // Staff accounts are the business's own; the last admin deleting itself would lock everyone out.
  if (session.role !== 'customer') throw new DomainError('account_not_deletable');
  await transaction(db, async (tx) => {
    // The account row first: a second deletion, a profile change or an email change waits here.
    const user = await findUserById(tx, ctx.org.id, session.id, true);
    if (!user || user.anonymisedAt) throw new DomainError('user_not_found');
    const bookings = await listMyBookings(tx, ctx, { when: 'all', limit: 500 }, now);
    const subject = { orgId: ctx.org.id, userId: user.id };
    const cancelled = await eraseSubject(tx, ctx, subject, bookings, (id) => ({ id }), now);
    const placeholder = { name: ANONYMISED_NAME, email: anonymisedEmail(user.id) };
    const customer = await anonymiseCustomer(tx, ctx.org.id, { userId: user.id }, placeholder, now);
    await anonymiseUserRow(tx, ctx.org.id, user.id, now);
    await eraseAuditValues(tx, ctx.org.id, 'user', user.id);
    for (const invitationId of await deleteInvitationsOf(tx, ctx.org.id, user.email))
      await eraseAuditValues(tx, ctx.org.id, 'team_invitation', invitationId);
    // Says that it happened, not who it was: the entry must not keep what was erased.
    await recordAudit(tx, ctx, {
      action: 'user.anonymised',
      entityType: 'user',
      entityId: user.id,
      after: { customerId: customer?.id ?? null, cancelledBookingIds: cancelled },
    });
  });
}

/**
 * Erases the guest of a mailed data link, as deleteMyAccount does an account: the customer row
 * anonymised, future bookings cancelled by the cancellation policy, contact details gone, money
 * records kept. Their manage links then open bookings with no one's name on them.
 */
export async function eraseGuestData(
  db: Db,
  ctx: RequestContext,
  token: string,
  deps: { tokenKey: Buffer; now: Date },
): Promise<void> {
  const { now } = deps;
  await transaction(db, async (tx) => {
    // The customer row first: a second erasure, or a booking by the same address, waits here.
    const customer = await guestOfDataLink(tx, ctx, token, deps.tokenKey, now, true);
    const bookings = await listCustomerBookings(tx, ctx, customer.id, now);
    const subject = { orgId: ctx.org.id, guestCustomerId: customer.id };
    // Each booking of the guest is theirs to cancel, as its own manage link would.
    const cancelled = await eraseSubject(tx, ctx, subject, bookings, (id) => ({ manage: { id } }), now);
    const placeholder = { name: ANONYMISED_NAME, email: anonymisedEmail(customer.id) };
    await anonymiseCustomer(tx, ctx.org.id, { id: customer.id }, placeholder, now);
    await recordAudit(tx, ctx, {
      action: 'customer.anonymised',
      entityType: 'customer',
      entityId: customer.id,
      after: { cancelledBookingIds: cancelled },
    });
  });
}

/**
 * What an erasure does to the subject's bookings, and when it refuses. Refused while something is
 * owed for what has already happened (an open invoice, a past booking with money due), since the
 * business could no longer ask for it. Future bookings are cancelled through the one cancel path, so
 * refunds and fees follow the cancellation policy; a booking past its cancellation deadline refuses
 * the whole erasure (`cancellation_deadline_passed`) rather than cancel it for free. Answers the
 * ids of the bookings it cancelled.
 */
async function eraseSubject(
  tx: Db,
  ctx: RequestContext,
  subject: DataSubject,
  bookings: BookingDto[],
  refOf: (bookingId: string) => BookingRef,
  now: Date,
): Promise<string[]> {
  const live = bookings.filter((b) => b.status === 'pending' || b.status === 'confirmed');
  const future = live.filter((b) => Date.parse(b.startsAt) > now.getTime());
  const owedBookings = bookings.filter(
    (b) => b.status !== 'cancelled' && Date.parse(b.startsAt) <= now.getTime() && b.due.amount > 0,
  );
  const owedInvoices = await countUnpaidInvoices(tx, subject);
  if (owedBookings.length + owedInvoices > 0) {
    throw new DomainError(
      'account_has_unpaid',
      { count: owedBookings.length + owedInvoices },
      { bookingIds: owedBookings.map((b) => b.id), openInvoices: owedInvoices },
    );
  }
  for (const booking of future) await cancelBookingIn(tx, ctx, refOf(booking.id), 'data erased', now);
  await eraseBookingContacts(tx, subject);
  return future.map((b) => b.id);
}

/**
 * The guest a manage link's booking was made as. A booking made by an account is the account's to
 * export or delete, signed in; an erased guest is not found.
 */
async function guestOf(db: Db, callerCtx: RequestContext, ref: BookingRef) {
  if (!('manage' in ref)) throw new DomainError('booking_not_found');
  const ctx = await contextFor(db, callerCtx, ref);
  const view = await findBookingView(db, ctx.org.id, ref.manage);
  if (!view || view.customer.anonymisedAt) throw new DomainError('booking_not_found');
  if (view.customer.userId !== null) throw new DomainError('booking_of_account');
  return { ctx, customer: view.customer };
}

/** The link names the guest's customer row, signed for one account: the purpose carries the account. */
const guestLinkPurpose = (userId: string) => `customer.guest_link:${userId}`;

/**
 * Mails the account's address a link that adds the bookings made with that address without an
 * account (a guest's) to the account. Typing an address proves nothing, so the bookings join only
 * through the mailed link, opened signed in as this account. Nothing is sent when there are none;
 * the answer is the same either way.
 */
export async function requestGuestLink(
  db: Db,
  ctx: RequestContext,
  deps: { tokenKey: Buffer; publicUrl: string },
): Promise<void> {
  const session = requireUser(ctx);
  const user = await findUserById(db, ctx.org.id, session.id);
  if (!user || user.anonymisedAt) throw new DomainError('user_not_found');
  const guest = await findGuestCustomerByEmail(db, ctx.org.id, user.email);
  if (!guest || (await countCustomerBookings(db, ctx.org.id, guest.id)) === 0) return;
  const token = signedToken(deps.tokenKey, guestLinkPurpose(user.id), guest.id);
  const link = `${orgAddress(deps.publicUrl, ctx.org)}/account/link-bookings?token=${token}`;
  await transaction(db, async (tx) => {
    await enqueue(tx, ctx.org.id, 'mail.guest_bookings_link', { userId: user.id, link });
    await recordAudit(tx, ctx, { action: 'user.guest_link_requested', entityType: 'user', entityId: user.id });
  });
}

/**
 * Opens the mailed link: the guest's bookings become the account's. Where the account has no customer
 * row yet, the guest's row becomes it; otherwise its bookings, invoices, waitlist places, promo uses,
 * credits and points move over and the empty guest row goes. Answers how many bookings the account
 * gained.
 */
export async function linkGuestBookings(
  db: Db,
  ctx: RequestContext,
  token: string,
  deps: { tokenKey: Buffer },
): Promise<{ bookings: number }> {
  const session = requireUser(ctx);
  // Made for another account, the token fails its check here like a forged one.
  const guestId = openSignedToken(deps.tokenKey, guestLinkPurpose(session.id), token);
  if (!guestId) throw new DomainError('guest_link_invalid');
  try {
    return await transaction(db, async (tx) => {
      // The account first, then the guest: two openings of the link run one after the other.
      const user = await findUserById(tx, ctx.org.id, session.id, true);
      const guest = await findCustomer(tx, ctx.org.id, guestId, true);
      // Used already, erased, or the account's address changed since: the link no longer speaks for it.
      if (!user || !guest || guest.userId !== null || guest.anonymisedAt || guest.email !== user.email) {
        throw new DomainError('guest_link_invalid');
      }
      const account = await findAccountCustomer(tx, ctx.org.id, user.id);
      let bookings: number;
      let balances = { credits: 0, points: 0 };
      if (!account) {
        await adoptGuestCustomer(tx, ctx.org.id, guest.id, user);
        bookings = await countCustomerBookings(tx, ctx.org.id, guest.id);
      } else {
        balances = await moveGuestBalances(tx, ctx.org.id, guest.id, account.id);
        bookings = await moveGuestRows(tx, ctx.org.id, guest.id, account.id);
      }
      await recordAudit(tx, ctx, {
        action: 'customer.guest_linked',
        entityType: 'customer',
        entityId: account?.id ?? guest.id,
        after: { guestCustomerId: guest.id, userId: user.id, bookings, ...balances },
      });
      return { bookings };
    });
  } catch (error) {
    // The same class booked both ways, or a place on the same waitlist: the unique indexes refuse the move.
    if (sqlState(error) === '23505' || sqlState(error) === '23P01') throw new DomainError('guest_link_merge_refused');
    throw error;
  }
}
