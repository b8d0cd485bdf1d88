import { type RequestContext, requireUser } from '../../platform/context.ts';
import { type Db, transaction } from '../../platform/db.ts';
import { DomainError } from '../../platform/errors.ts';
import { eraseAuditValues } from '../audit/audit.repo.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { findUserById } from '../auth/auth.repo.ts';
import { checkPassword } from '../auth/profile.service.ts';
import { ANONYMISED_NAME, anonymiseUserRow, anonymisedEmail } from '../auth/profile.repo.ts';
import { cancelBookingIn, listMyBookings } from '../checkout/checkout.service.ts';
import { anonymiseAccountCustomer } from '../customers/customers.repo.ts';
import { countUnpaidInvoices, eraseBookingContacts } from './privacy.repo.ts';
import { dataSections } from './privacy.sections.ts';

/** Everything held about the signed-in account in this organisation, read in one snapshot. */
export async function exportMyData(db: Db, ctx: RequestContext, now: Date) {
  const user = requireUser(ctx);
  const subject = { orgId: ctx.org.id, userId: user.id };
  return transaction(db, async (tx) => {
    const sections: Record<string, unknown[]> = {};
    for (const section of dataSections) sections[section.name] = await section.read(tx, subject);
    await recordAudit(tx, ctx, { action: 'user.data_exported', entityType: 'user', entityId: user.id });
    return {
      exportedAt: now.toISOString(),
      organisation: { id: ctx.org.id, name: ctx.org.name },
      sections,
    };
  });
}

/**
 * Deletes the account as its owner asks: personal data replaced by placeholders, no way back in,
 * money records kept. Refused while something is owed for what has already happened (an open
 * invoice, a past booking with money due), since the business could no longer ask for it. Future
 * bookings are cancelled through the one cancel path, so refunds and fees follow the cancellation
 * policy; a booking past its cancellation deadline refuses the whole deletion
 * (`cancellation_deadline_passed`) rather than cancel it for free. One transaction: all or nothing.
 */
export async function deleteMyAccount(db: Db, ctx: RequestContext, password: string, now: Date): Promise<void> {
  const session = requireUser(ctx);
  await checkPassword(db, ctx, password);
  // Staff accounts are the business's own; the last admin deleting itself would lock everyone out.
  if (session.role !== 'customer') throw new DomainError('account_not_deletable');
  const subject = { orgId: ctx.org.id, userId: session.id };
  await transaction(db, async (tx) => {
    // The account row first: a second deletion, a profile change or an email change waits here.
    const user = await findUserById(tx, ctx.org.id, session.id, true);
    if (!user || user.anonymisedAt) throw new DomainError('user_not_found');
    const bookings = await listMyBookings(tx, ctx, { when: 'all', limit: 500 }, now);
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
    for (const booking of future) {
      await cancelBookingIn(tx, ctx, { id: booking.id }, 'account deleted', now);
    }
    await eraseBookingContacts(tx, subject);
    const customer = await anonymiseAccountCustomer(
      tx,
      ctx.org.id,
      user.id,
      { name: ANONYMISED_NAME, email: anonymisedEmail(user.id) },
      now,
    );
    await anonymiseUserRow(tx, ctx.org.id, user.id, now);
    await eraseAuditValues(tx, ctx.org.id, 'user', user.id);
    // Says that it happened, not who it was: the entry must not keep what was erased.
    await recordAudit(tx, ctx, {
      action: 'user.anonymised',
      entityType: 'user',
      entityId: user.id,
      after: { customerId: customer?.id ?? null, cancelledBookingIds: future.map((b) => b.id) },
    });
  });
}
