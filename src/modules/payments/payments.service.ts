/**
 * Payments: the money rows of a booking. Opening a payment in the booking's transaction, the card
 * intent after it, calling off or refunding the money of a cancelled booking, the admin views of a
 * payment, the unbookable queue and the integrity report. Payments reads bookings and never writes
 * them: turning a payment's outcome into a booking's state (settlement) is checkout's
 * (checkout/checkout.settlement.ts).
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { type OrgContext, type RequestContext, requireRole } from '../../platform/context.ts';
import type { Db } from '../../platform/db.ts';
import type { WriteBatch } from '../../platform/write-batch.ts';
import { DomainError } from '../../platform/errors.ts';
import { cancelJob, enqueue } from '../../platform/jobs.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { BookingRow } from '../bookings/bookings.tables.ts';
import { type CardGateway, isKeptServerError } from '../../platform/card-gateway.ts';
import {
  findPayment,
  findPaymentById,
  insertPayment,
  insertUnbookable,
  integrityProblems,
  paymentInsert,
  nextProviderAttempt,
  selectBalancePayments,
  selectExpiredHolds,
  selectRefunds,
  selectUnbookable,
  updatePayment,
} from './payments.repo.ts';
import type { PaymentMethod, PaymentRow, PaymentRowMethod, RefundRow, UnbookableRow } from './payments.tables.ts';
import { holdKey, paymentJobs } from './payments.locks.ts';
import type { SavedCardRef } from './cards.service.ts';
import { openRefund } from './refunds.service.ts';

/** What can still go back: paid, less what was refunded, what a fee kept and what became credits. */
export const refundableOf = (
  payment: Pick<PaymentRow, 'amount' | 'refundedAmount' | 'retainedAmount' | 'creditedAmount'>,
) => payment.amount - payment.refundedAmount - payment.retainedAmount - payment.creditedAmount;

/** A card payment made with a saved card names it, so its PaymentIntent is confirmed with that card. */
const savedCardColumns = (method: PaymentMethod, savedCard: SavedCardRef | null) =>
  method === 'card' && savedCard
    ? { savedCardId: savedCard.paymentMethodId, stripeCustomerId: savedCard.customerId }
    : {};

/** A short reference a person can type in a Swish message or a bank transfer. */
const newReference = () => `SW${randomBytes(5).toString('hex').toUpperCase()}`;

/**
 * The pending payment of a checkout, and the job that frees the held spots when the hold runs out,
 * written with the booking's own statement (its batch of writes): the payment row is made here, its
 * id too, and the row is what the answer shows. A card payment's PaymentIntent is created after the
 * booking committed.
 */
export async function openPayment(
  writes: WriteBatch,
  org: OrgContext,
  booking: BookingRow,
  method: PaymentMethod,
  /** What is paid now: the whole price, or the deposit its quote asks for. */
  amount: number = booking.priceAmount,
  /** A card payment made with a saved card (checked as the customer's before the transaction). */
  savedCard: SavedCardRef | null = null,
): Promise<PaymentRow> {
  if (!booking.holdExpiresAt) throw new Error('a pending booking needs a hold');
  const card = method === 'card' && savedCard;
  const payment: PaymentRow = {
    id: randomUUID(),
    orgId: org.id,
    bookingId: booking.id,
    packagePurchaseId: null,
    purpose: 'booking',
    method,
    amount,
    currency: booking.currency,
    status: 'pending',
    providerRef: null,
    clientSecret: null,
    reference: method === 'card' ? null : newReference(),
    failureReason: null,
    refundedAmount: 0,
    retainedAmount: 0,
    creditedAmount: 0,
    repricedAmount: 0,
    providerAttempt: 0,
    // The row's own times are the database's (its defaults); the booking's are close enough to show.
    createdAt: booking.createdAt,
    updatedAt: booking.createdAt,
    succeededAt: null,
    savedCardId: card ? savedCard.paymentMethodId : null,
    stripeCustomerId: card ? savedCard.customerId : null,
  };
  const { createdAt: _createdAt, updatedAt: _updatedAt, ...columns } = payment;
  writes.add(paymentInsert(writes.tx, columns));
  await enqueue(
    writes.jobs,
    org.id,
    paymentJobs.expireHold,
    { bookingId: booking.id },
    { runAt: booking.holdExpiresAt, dedupeKey: holdKey(booking.id) },
  );
  if (method !== 'card') await enqueue(writes.jobs, org.id, 'mail.payment_pending', { bookingId: booking.id });
  return payment;
}

/**
 * In a package purchase's transaction: its pending payment. Nothing is held meanwhile, so there is
 * no deadline job; the credits come when the payment settles.
 */
export async function openPurchasePayment(
  tx: Db,
  org: OrgContext,
  purchase: { id: string; priceAmount: number; currency: string },
  method: PaymentMethod,
  savedCard: SavedCardRef | null = null,
): Promise<PaymentRow> {
  return insertPayment(tx, {
    orgId: org.id,
    bookingId: null,
    packagePurchaseId: purchase.id,
    method,
    amount: purchase.priceAmount,
    currency: purchase.currency,
    status: 'pending',
    reference: method === 'card' ? null : newReference(),
    refundedAmount: 0,
    ...savedCardColumns(method, savedCard),
  });
}

/**
 * How the customer pays a payment just opened, as checkout answers it for a booking or a package: the
 * amount and reference, where to send Swish or a bank transfer, and for a card the publishable key (the
 * client secret is added after the commit, once the PaymentIntent exists).
 */
export function paymentInstructions(org: OrgContext, payment: PaymentRow, publishableKey: string | null) {
  return {
    id: payment.id,
    method: payment.method,
    status: payment.status,
    amount: { amount: payment.amount, currency: payment.currency },
    reference: payment.reference,
    payTo: payment.method === 'swish' ? org.swishNumber : payment.method === 'bank_transfer' ? org.bankAccount : null,
    clientSecret: null,
    publishableKey: payment.method === 'card' ? publishableKey : null,
  };
}

/**
 * The client secret for a card payment: creates the PaymentIntent once (the idempotency key is the
 * payment's id, so concurrent or repeated calls get the same intent) and keeps it on the payment.
 * Stripe keeps a 500 under its key; after one, the intent may or may not exist, so it is looked up
 * by its metadata before a retry under the next key, and a second intent is never made.
 */
export async function ensureCardIntent(
  db: Db,
  gateway: CardGateway,
  payment: PaymentRow,
  details: { email: string; description: string },
): Promise<string> {
  if (payment.clientSecret) return payment.clientSecret;
  const create = (attempt: number) =>
    gateway.createIntent({
      paymentId: payment.id,
      bookingId: payment.bookingId,
      packagePurchaseId: payment.packagePurchaseId,
      orgId: payment.orgId,
      amount: payment.amount,
      currency: payment.currency,
      description: details.description,
      email: details.email,
      attempt,
      savedCard:
        payment.savedCardId && payment.stripeCustomerId
          ? { customerId: payment.stripeCustomerId, paymentMethodId: payment.savedCardId }
          : null,
    });
  let intent: { id: string; clientSecret: string };
  try {
    intent = await create(payment.providerAttempt);
  } catch (error) {
    if (!isKeptServerError(error)) throw error;
    const attempt = await nextProviderAttempt(db, 'payments', payment.id, payment.providerAttempt);
    // The stored row's own time: a payment just opened by a booking's statement shows its booking's.
    const since = (await findPaymentById(db, payment.id))?.createdAt ?? payment.createdAt;
    const made = await gateway.findIntent(payment.id, since);
    if (made && !made.client_secret) throw new Error(`PaymentIntent ${made.id} has no client secret`);
    intent = made ? { id: made.id, clientSecret: made.client_secret! } : await create(attempt);
  }
  await updatePayment(db, payment.id, { providerRef: intent.id, clientSecret: intent.clientSecret });
  return intent.clientSecret;
}

/**
 * In the transaction that cancels a booking (by its customer, by staff, or with its class; the
 * caller holds the class and booking locks): its money must not be left behind, whether it came
 * with the booking or later for its balance. A pending payment is called off (and its card intent
 * cancelled); paid card money is refunded; paid Swish or bank transfer money goes on the admin
 * queue, to be paid back by hand. A late cancellation's fee is kept from all that was paid.
 */
export async function settleCancelledBooking(
  tx: Db,
  ctx: RequestContext,
  bookingId: string,
  now: Date,
  /** A late cancellation's policy: how much of what is still paid to keep (default nothing). */
  keep: (paid: number) => number = () => 0,
  /** Why the money goes back: a cancellation, or a no-show's fee keeping only part of it. */
  why: 'booking_cancelled' | 'no_show' = 'booking_cancelled',
): Promise<void> {
  const found = await findPayment(tx, ctx.org.id, { bookingId });
  const own = found && (await findPayment(tx, ctx.org.id, { id: found.id }, true));
  // A balance payment settled as money to give back (nothing was due) is on the queue already.
  const balance = (await selectBalancePayments(tx, ctx.org.id, bookingId, true)).filter((p) => !p.failureReason);
  const all = own ? [own, ...balance] : balance;
  for (const payment of all) if (payment.status === 'pending') await callOffPayment(tx, ctx, payment, bookingId);
  const paid = all.filter((p) => p.status === 'succeeded' && refundableOf(p) > 0);
  let toKeep = keep(paid.reduce((sum, p) => sum + refundableOf(p), 0));
  for (const payment of paid) {
    const kept = Math.min(toKeep, refundableOf(payment));
    toKeep -= kept;
    await giveBack(tx, ctx, payment, bookingId, kept, now, why);
  }
}

async function callOffPayment(tx: Db, ctx: RequestContext, payment: PaymentRow, bookingId: string) {
  await updatePayment(tx, payment.id, { status: 'cancelled', failureReason: 'booking_cancelled' });
  if (payment.purpose === 'booking') await cancelJob(tx, payment.orgId, holdKey(bookingId));
  if (payment.method === 'card' && payment.providerRef) {
    await enqueue(tx, payment.orgId, paymentJobs.cancelIntent, { paymentId: payment.id }, { maxAttempts: 5 });
  }
  await recordAudit(tx, ctx, {
    action: 'payment.cancelled',
    entityType: 'payment',
    entityId: payment.id,
    before: { status: 'pending' },
    after: { status: 'cancelled', reason: 'booking_cancelled' },
  });
}

/** A cancelled (or no-show) booking's paid money: `kept` stays as the fee, the rest goes back. */
async function giveBack(
  tx: Db,
  ctx: RequestContext,
  payment: PaymentRow,
  bookingId: string,
  kept: number,
  now: Date,
  why: 'booking_cancelled' | 'no_show',
) {
  if (kept > 0) {
    await updatePayment(tx, payment.id, { retainedAmount: payment.retainedAmount + kept });
    await recordAudit(tx, ctx, {
      action: 'payment.retained',
      entityType: 'payment',
      entityId: payment.id,
      after: {
        retained: kept,
        currency: payment.currency,
        reason: why === 'no_show' ? 'no-show fee' : 'late cancellation',
      },
    });
  }
  const refundable = refundableOf(payment) - kept;
  if (refundable <= 0) return;
  if (payment.method === 'card') {
    await openRefund(tx, ctx, payment, refundable, why, now);
  } else {
    await insertUnbookable(tx, {
      orgId: payment.orgId,
      paymentId: payment.id,
      bookingId,
      reason: why,
      status: 'open',
    });
  }
}

/**
 * What has been paid towards a booking's price: its own payment and the payments of its balance that
 * succeeded, at their full amount (a partial refund of a live booking is a goodwill gesture, not a
 * debt) less what went back because a reschedule lowered the price. Balance money settled as
 * something to give back (its failure reason says why) does not count.
 */
export const paidTowardPrice = (
  paid: Pick<PaymentRow, 'status' | 'amount' | 'failureReason' | 'purpose' | 'repricedAmount'>[],
) =>
  paid
    .filter((p) => p.status === 'succeeded' && !(p.purpose === 'balance' && p.failureReason))
    .reduce((sum, p) => sum + p.amount - p.repricedAmount, 0);

/**
 * In the transaction of a request to pay a booking's balance (the caller holds the booking's row lock,
 * so two requests cannot both find none): the open payment of the balance, as it stands, or a new
 * one for `amount`. An open one by another method is called off first: the customer changed their
 * mind; if its money still comes, settlement finds nothing due and gives it back.
 */
export async function openBalancePayment(
  tx: Db,
  ctx: RequestContext,
  booking: Pick<BookingRow, 'id' | 'currency'>,
  method: PaymentRowMethod,
  amount: number,
): Promise<PaymentRow> {
  const open = (await selectBalancePayments(tx, ctx.org.id, booking.id, true)).find((p) => p.status === 'pending');
  if (open && open.method === method && open.amount === amount) return open;
  if (open) await callOffPayment(tx, ctx, open, booking.id);
  const payment = await insertPayment(tx, {
    orgId: ctx.org.id,
    bookingId: booking.id,
    purpose: 'balance',
    method,
    amount,
    currency: booking.currency,
    status: 'pending',
    reference: method === 'card' ? null : newReference(),
    refundedAmount: 0,
  });
  await recordAudit(tx, ctx, {
    action: 'payment.opened',
    entityType: 'payment',
    entityId: payment.id,
    after: { purpose: 'balance', bookingId: booking.id, method, amount, currency: booking.currency },
  });
  return payment;
}

/**
 * Under the payment's row lock (the caller's): part of a succeeded payment is given back as credits
 * (`credited`, which the caller grants in the same transaction) and part kept as a fee (`retained`).
 * Both count as settled, so the payment is no longer refundable for them; a CHECK keeps the sum of
 * refunded, retained and credited within what was paid.
 */
export async function creditPayment(
  tx: Db,
  ctx: RequestContext,
  payment: PaymentRow,
  split: { credited: number; retained: number },
  reason: string,
): Promise<PaymentRow> {
  const after = await updatePayment(tx, payment.id, {
    creditedAmount: payment.creditedAmount + split.credited,
    retainedAmount: payment.retainedAmount + split.retained,
  });
  await recordAudit(tx, ctx, {
    action: 'payment.credited',
    entityType: 'payment',
    entityId: payment.id,
    after: { credited: split.credited, retained: split.retained, currency: payment.currency, reason },
  });
  return after;
}

/** What the refund dialog shows: what was paid, what is refunded, what is left. */
export async function paymentInfo(db: Db, ctx: RequestContext, paymentId: string) {
  requireRole(ctx, 'staff');
  const payment = await findPayment(db, ctx.org.id, { id: paymentId });
  if (!payment) throw new DomainError('payment_not_found');
  return toPaymentDto(payment, await selectRefunds(db, payment.id));
}

export function toPaymentDto(payment: PaymentRow, refunds: RefundRow[]) {
  return {
    id: payment.id,
    bookingId: payment.bookingId,
    packagePurchaseId: payment.packagePurchaseId,
    method: payment.method,
    status: payment.status,
    amount: payment.amount,
    currency: payment.currency,
    refunded: refunds.filter((r) => r.status === 'succeeded').reduce((sum, r) => sum + r.amount, 0),
    refundPending: refunds.filter((r) => r.status === 'pending').reduce((sum, r) => sum + r.amount, 0),
    refundable: payment.status === 'succeeded' ? refundableOf(payment) : 0,
    retained: payment.retainedAmount,
    credited: payment.creditedAmount,
    reference: payment.reference,
    failureReason: payment.failureReason,
    createdAt: payment.createdAt.toISOString(),
    succeededAt: payment.succeededAt?.toISOString() ?? null,
    refunds: refunds.map((r) => ({
      id: r.id,
      amount: r.amount,
      status: r.status,
      reason: r.reason,
      failureReason: r.failureReason,
      createdAt: r.createdAt.toISOString(),
      settledAt: r.settledAt?.toISOString() ?? null,
    })),
  };
}

export async function listUnbookable(db: Db, ctx: RequestContext, status: UnbookableRow['status'] | undefined) {
  requireRole(ctx, 'admin');
  const rows = await selectUnbookable(db, ctx.org.id, status);
  return rows.map(({ problem, payment }) => ({
    id: problem.id,
    paymentId: payment.id,
    bookingId: problem.bookingId,
    reason: problem.reason,
    status: problem.status,
    method: payment.method,
    amount: payment.amount,
    currency: payment.currency,
    refundable: refundableOf(payment),
    createdAt: problem.createdAt.toISOString(),
    resolvedAt: problem.resolvedAt?.toISOString() ?? null,
  }));
}

/** The integrity report: in normal operation every list is empty. */
export async function integrityReport(db: Db, ctx: RequestContext, now: Date) {
  requireRole(ctx, 'admin');
  return organisationIntegrity(db, ctx.org.id, now);
}

/** The report itself, for the admin's route above and the operator's `slotwise integrity`. */
export async function organisationIntegrity(db: Db, orgId: string, now: Date) {
  const holdGraceMs = 5 * 60_000;
  const refundGraceMs = 60 * 60_000;
  const problems = await integrityProblems(db, orgId, new Date(now.getTime() - refundGraceMs));
  const expiredHolds = await selectExpiredHolds(db, orgId, new Date(now.getTime() - holdGraceMs));
  const report = {
    paymentsWithoutBookingOrRefund: problems.orphanPayments.map((p) => ({
      paymentId: p.payment_id,
      bookingId: p.booking_id,
      amount: p.amount,
      refunded: p.refunded_amount,
    })),
    paidBookingsWithoutPayment: problems.unpaidBookings.map((b) => ({
      bookingId: b.booking_id,
      paymentMethod: b.payment_method,
    })),
    refundsStuckPending: problems.stuckRefunds.map((r) => ({
      refundId: r.id,
      paymentId: r.paymentId,
      amount: r.amount,
      createdAt: r.createdAt.toISOString(),
    })),
    holdsPastExpiry: expiredHolds.map((h) => ({
      bookingId: h.id,
      holdExpiresAt: h.holdExpiresAt?.toISOString() ?? null,
    })),
  };
  const clean = Object.values(report).every((list) => list.length === 0);
  return { clean, ...report };
}
