/**
 * Settlement: a payment's outcome becomes the state of its booking. Money that arrives confirms the
 * booking (or makes it again, or puts the payment on the unbookable queue); a payment that will not
 * complete, or a hold that runs out, cancels the pending booking. It lives in checkout because it
 * writes both: payments (layer 6) keeps the money rows and only reads bookings. Every path locks
 * class → booking → payment (lockPaymentChain in payments.locks.ts); confirming a booking that still
 * holds its spots skips the class (lockBooking says why).
 */
import type Stripe from 'stripe';
import { type CardGateway, stripeErrorOf } from '../../platform/card-gateway.ts';
import { type OrgContext, type RequestContext, hasRole, requireRole, systemContext } from '../../platform/context.ts';
import { type Db, transaction } from '../../platform/db.ts';
import { DomainError } from '../../platform/errors.ts';
import {
  type JobHandler,
  PermanentJobError,
  cancelJob,
  enqueue,
  enqueueWebhookEvent,
  jobCancel,
} from '../../platform/jobs.ts';
import { observeSettlement } from '../../platform/metrics.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { withWriteBatch } from '../../platform/write-batch.ts';
import { type LockedBooking, rebookProblem } from '../bookings/bookings.locks.ts';
import { queueBookingConfirmed } from '../bookings/bookings.outbox.ts';
import { queueInvoiceByPolicy } from '../invoices/invoices.service.ts';
import { bookingRowUpdate, findBooking, updateBookingRow } from '../bookings/bookings.repo.ts';
import type { BookingRow } from '../bookings/bookings.tables.ts';
import { bookingSnapshot, type BookingView, findBookingView } from '../payments/booking-views.ts';
import { holdKey, lockPaymentChain, orgContextOf, paymentJobs } from '../payments/payments.locks.ts';
import {
  findPayment,
  findPaymentById,
  findPaymentByIntent,
  findUnbookable,
  insertUnbookable,
  selectLapsedHoldsOfClass,
  paymentUpdate,
  updatePayment,
  updateUnbookable,
} from '../payments/payments.repo.ts';
import type { PaymentRow, UnbookableReason } from '../payments/payments.tables.ts';
import { openRefund } from '../payments/refunds.service.ts';
import { earnPointsForPayment } from '../loyalty/loyalty.service.ts';
import { organisationById } from '../orgs/orgs.service.ts';
import { settleBalancePayment } from './checkout.due.ts';
import { retakePromoUse } from '../pricing/pricing.quotes.ts';
import { refundableOf } from '../payments/payments.service.ts';
import {
  type PackageSettlement,
  failPackagePayment,
  purchaseOwner,
  settlePackagePayment,
} from '../credits/packages.service.ts';

/** The checkout could not reach the card provider: give the spots back at once. */
export async function abandonPayment(db: Db, paymentId: string, reason: string, now: Date): Promise<void> {
  await transaction(db, async (tx) => {
    const payment = await findPaymentById(tx, paymentId);
    if (payment?.status !== 'pending') return;
    const org = await orgContextOf(tx, payment.orgId);
    await releaseHold(tx, systemContext(org), payment, { status: 'failed', reason }, now);
  });
}

/** Cancels the pending booking of a payment that will not complete; its spots are free at commit. */
async function releaseHold(
  tx: Db,
  ctx: RequestContext,
  payment: PaymentRow,
  asked: { status: 'failed' | 'cancelled'; reason: string },
  now: Date,
): Promise<void> {
  if (payment.packagePurchaseId) return failPackagePayment(tx, payment, asked);
  const { booking, payment: locked } = await lockPaymentChain(tx, payment);
  if (locked.status !== 'pending') return;
  // A hold that ends after a declined attempt fails the payment, for the reason the bank gave.
  const outcome =
    asked.reason === 'hold_expired' && locked.failureReason
      ? { status: 'failed' as const, reason: locked.failureReason }
      : asked;
  await updatePayment(tx, locked.id, { status: outcome.status, failureReason: outcome.reason });
  if (booking.status === 'pending') {
    await updateBookingRow(tx, booking.orgId, booking.id, {
      status: 'cancelled',
      cancelledAt: now,
      cancelledBy: 'system',
      cancelReason: asked.reason,
      holdExpiresAt: null,
    });
  }
  await cancelJob(tx, booking.orgId, holdKey(booking.id));
  await recordAudit(tx, ctx, {
    action: `payment.${outcome.status}`,
    entityType: 'payment',
    entityId: locked.id,
    before: { status: 'pending' },
    after: { status: outcome.status, reason: outcome.reason, bookingReleased: booking.status === 'pending' },
  });
}

export type Settlement =
  | { outcome: 'booked'; bookingId: string }
  | { outcome: 'already'; bookingId: string }
  | { outcome: 'unbookable'; bookingId: string; reason: UnbookableReason }
  | (Exclude<PackageSettlement, { outcome: 'credited' }> & { bookingId: null })
  | { outcome: 'credited'; packagePurchaseId: string; bookingId: null };

/**
 * Money arrived for a payment: the one place where that becomes a booking, whoever reports it first
 * (Stripe's webhook, the customer's browser, staff marking Swish paid). Under the locks, a payment
 * already settled is a no-op. A booking whose hold lapsed is made again if its class still has room;
 * otherwise the payment is recorded as unbookable and, by policy, refunded at once.
 */
async function settleSucceeded(
  tx: Db,
  ctx: RequestContext,
  payment: PaymentRow,
  now: Date,
  /** Set when the provider's record does not match ours: the money received, to be refunded. */
  mismatch: { received: number } | null = null,
): Promise<Settlement> {
  // A package's payment ends as credits (or, on a mismatch, a refund): no booking is involved.
  if (payment.packagePurchaseId) {
    const settled = await settlePackagePayment(tx, ctx, payment, now, mismatch);
    if (settled.outcome !== 'credited') return { ...settled, bookingId: null };
    // A package's money earns points like a booking's.
    await earnPointsForPayment(tx, ctx, settled.paid, settled.customerId);
    return { outcome: 'credited', packagePurchaseId: settled.packagePurchaseId, bookingId: null };
  }
  // A payment of a booking's balance (paid later) leaves the booking as it is: checkout.due.ts.
  if (payment.purpose === 'balance') return settleBalancePayment(tx, ctx, payment, now, mismatch);
  // Only a mismatch may cancel a live booking (and so change its class's spots).
  const chain = await lockPaymentChain(tx, payment, { confirming: !mismatch });
  const { booking, payment: locked } = chain;
  if (locked.status === 'succeeded') return { outcome: 'already', bookingId: booking.id };
  // The audit entries and jobs are sent together, at the end (or before an unbookable payment's own).
  return withWriteBatch(tx, async (writes) => {
    // On a mismatch the provider's record is the truth about the money: what was received is what
    // the payment is, and what will be refunded.
    const amount = mismatch && mismatch.received > 0 ? mismatch.received : locked.amount;
    // The payment, its hold's job and the booking (all locked, and touched nowhere else in the batch)
    // change with the audit entries, in one statement sent before anything reads them back.
    writes.add(
      paymentUpdate(tx, locked.id, {
        status: 'succeeded',
        succeededAt: now,
        failureReason: mismatch ? 'mismatch' : null,
        amount,
      }),
    );
    writes.add(jobCancel(tx, booking.orgId, holdKey(booking.id)));
    await recordAudit(writes, ctx, {
      action: 'payment.succeeded',
      entityType: 'payment',
      entityId: locked.id,
      before: { status: locked.status },
      after: { status: 'succeeded', amount: locked.amount, currency: locked.currency, method: locked.method },
    });
    await enqueueWebhookEvent(
      writes.jobs,
      booking.orgId,
      'payment.succeeded',
      { paymentId: locked.id, bookingId: booking.id, amount: locked.amount, currency: locked.currency },
      now,
    );

    let reason = mismatch ? 'mismatch' : await unbookableReason(tx, chain, now);
    // A revived booking's cancellation gave its promo use back: it takes it again, or is not revived.
    if (
      !reason &&
      booking.status === 'cancelled' &&
      !(await retakePromoUse(tx, booking.id, booking.orgId, booking.customerId))
    )
      reason = 'promo_exhausted';
    if (reason) {
      await writes.flush();
      return recordUnbookable(tx, ctx, { ...locked, amount }, booking, reason, now);
    }

    writes.add(
      bookingRowUpdate(tx, booking.orgId, booking.id, {
        status: 'confirmed',
        holdExpiresAt: null,
        cancelledAt: null,
        cancelledBy: null,
        cancelReason: null,
      }),
    );
    await recordAudit(writes, ctx, {
      action: booking.status === 'pending' ? 'booking.confirmed' : 'booking.rebooked',
      entityType: 'booking',
      entityId: booking.id,
      before: { status: booking.status },
      after: { status: 'confirmed', paymentId: locked.id },
    });
    // The writes so far go with the read of the points rate, and must have been applied before the
    // snapshot below reads the booking back.
    await earnPointsForPayment(tx, ctx, { ...locked, amount }, booking.customerId, writes);
    await writes.flush();
    observeSettlement(locked.method);
    // A class booking is a class booking: only an appointment's facts (remote, its provider) are looked up.
    const what = chain.cls ? { kind: 'class' as const } : undefined;
    await queueBookingConfirmed(writes.jobs, ctx.org, { id: booking.id, startsAt: startOf(chain), what }, now);
    await queueInvoiceByPolicy(writes.jobs, ctx.org, booking.id, 'booked');
    const snapshot = await bookingSnapshot(tx, ctx, booking.id, now);
    await enqueueWebhookEvent(writes.jobs, booking.orgId, 'booking.created', snapshot, now);
    return { outcome: 'booked' as const, bookingId: booking.id };
  });
}

async function unbookableReason(tx: Db, locked: LockedBooking, now: Date): Promise<UnbookableReason | null> {
  const { booking } = locked;
  // A booking that the customer or staff cancelled stays cancelled: its money goes back.
  if (booking.status === 'cancelled' && booking.cancelledBy !== 'system' && locked.cls?.status !== 'cancelled') {
    return 'booking_cancelled';
  }
  return rebookProblem(tx, locked, now);
}

async function recordUnbookable(
  tx: Db,
  ctx: RequestContext,
  payment: PaymentRow,
  booking: BookingRow,
  reason: UnbookableReason,
  now: Date,
): Promise<Settlement> {
  if (booking.status !== 'cancelled') {
    await updateBookingRow(tx, booking.orgId, booking.id, {
      status: 'cancelled',
      cancelledAt: now,
      cancelledBy: 'system',
      cancelReason: reason,
      holdExpiresAt: null,
    });
  }
  // Cards can be refunded by the system; manual payments must be paid back by a person.
  const autoRefund = ctx.org.unbookablePaymentPolicy === 'refund' && payment.method === 'card';
  const problem = await insertUnbookable(tx, {
    orgId: payment.orgId,
    paymentId: payment.id,
    bookingId: booking.id,
    reason,
    status: autoRefund ? 'refunding' : 'open',
  });
  await recordAudit(tx, ctx, {
    action: 'payment.unbookable',
    entityType: 'payment',
    entityId: payment.id,
    after: { reason, bookingId: booking.id, resolution: autoRefund ? 'refund' : 'queued for an admin' },
  });
  const refundable = refundableOf(payment);
  if (autoRefund && refundable > 0)
    await openRefund(tx, ctx, { ...payment, status: 'succeeded' }, refundable, `unbookable: ${reason}`, now);
  return { outcome: 'unbookable', bookingId: problem.bookingId, reason };
}

/**
 * Applies what Stripe says about a PaymentIntent, re-read from Stripe: a client's word, or a webhook
 * whose body may be out of date, is only a trigger.
 */
export async function applyIntent(
  db: Db,
  gateway: CardGateway,
  intentId: string,
  now: () => Date,
): Promise<Settlement | null> {
  const intent = await gateway.retrieveIntent(intentId);
  const payment = await paymentOfIntent(db, intent);
  if (!payment) return null;
  const org = await organisationOf(db, payment);
  return transaction(db, (tx) => settleIntent(tx, org, payment, intent, now));
}

/** A payment's organisation, read (or cached, resolveOrganisation's bound) before its settlement's transaction. */
export async function organisationOf(db: Db, payment: PaymentRow): Promise<OrgContext> {
  const org = await organisationById(db, payment.orgId);
  if (!org) throw new Error(`organisation ${payment.orgId} of payment ${payment.id} not found`);
  return org;
}

/** The payment an intent pays: by the intent's id, or by its metadata if our link to it has not committed yet. */
export async function paymentOfIntent(db: Db, intent: Stripe.PaymentIntent): Promise<PaymentRow | undefined> {
  const linked = await findPaymentByIntent(db, intent.id);
  if (linked) return linked;
  const id = intent.metadata.payment_id;
  if (!id || !/^[0-9a-f-]{36}$/.test(id)) return undefined;
  const payment = await findPaymentById(db, id);
  return payment && (payment.providerRef === null || payment.providerRef === intent.id) ? payment : undefined;
}

/**
 * In the caller's transaction: the intent's state becomes its payment's. Amount, currency and
 * metadata must match ours, or the money is taken as received and given back.
 */
export async function settleIntent(
  tx: Db,
  org: OrgContext,
  payment: PaymentRow,
  intent: Stripe.PaymentIntent,
  now: () => Date,
): Promise<Settlement | null> {
  const ctx = systemContext(org);
  if (!payment.providerRef) await updatePayment(tx, payment.id, { providerRef: intent.id });
  if (intent.status === 'succeeded') {
    const matches =
      intent.amount_received === payment.amount &&
      intent.currency.toUpperCase() === payment.currency &&
      intent.metadata.payment_id === payment.id &&
      (intent.metadata.booking_id ?? null) === payment.bookingId &&
      (intent.metadata.package_purchase_id ?? null) === payment.packagePurchaseId;
    return settleSucceeded(tx, ctx, payment, now(), matches ? null : { received: intent.amount_received });
  }
  if (intent.status === 'canceled') {
    await releaseHold(
      tx,
      ctx,
      payment,
      { status: 'cancelled', reason: intent.cancellation_reason ?? 'canceled' },
      now(),
    );
  } else if (intent.status === 'requires_payment_method' && intent.last_payment_error) {
    const reason = intent.last_payment_error.decline_code ?? intent.last_payment_error.code ?? 'payment_failed';
    if (payment.packagePurchaseId) await releaseHold(tx, ctx, payment, { status: 'failed', reason }, now());
    else await noteFailedAttempt(tx, ctx, payment, reason);
  }
  return null;
}

/**
 * A card declined (or a bank's challenge failed) while the customer pays in the browser: Stripe lets
 * them try again on the same intent, with the same card or another, so the booking keeps its spots or
 * time until its hold ends, as it would have without the attempt. The reason is kept: the hold's end
 * then fails the payment with it rather than only cancelling it.
 */
async function noteFailedAttempt(tx: Db, ctx: RequestContext, payment: PaymentRow, reason: string): Promise<void> {
  const { payment: locked } = await lockPaymentChain(tx, payment);
  if (locked.status !== 'pending' || locked.failureReason === reason) return;
  await updatePayment(tx, locked.id, { failureReason: reason });
  await recordAudit(tx, ctx, {
    action: 'payment.attempt_failed',
    entityType: 'payment',
    entityId: locked.id,
    after: { reason },
  });
}

/**
 * The customer's browser reports success: the same settlement as the webhook, from Stripe's state.
 * Only within the caller's organisation, and an account's payment only by its owner (or staff).
 */
export async function confirmCardPayment(
  db: Db,
  ctx: RequestContext,
  gateway: CardGateway | null,
  intentId: string,
  now: () => Date,
) {
  if (!gateway) throw new DomainError('payments_disabled');
  const payment = await findPaymentByIntent(db, intentId);
  if (!payment || payment.orgId !== ctx.org.id) throw new DomainError('payment_not_found');
  const owner = payment.packagePurchaseId
    ? await purchaseOwner(db, ctx.org.id, payment.packagePurchaseId)
    : (await findBookingView(db, ctx.org.id, { id: payment.bookingId ?? '' }))?.customer.userId;
  if (owner && owner !== ctx.user?.id && !hasRole(ctx, 'staff')) throw new DomainError('forbidden');
  const settlement = await applyIntent(db, gateway, intentId, now);
  if (!settlement) throw new DomainError('payment_not_succeeded');
  return settlement;
}

/** Staff saw the Swish or bank transfer arrive. */
export async function markPaid(db: Db, ctx: RequestContext, paymentId: string, now: Date): Promise<Settlement> {
  requireRole(ctx, 'staff');
  return transaction(db, async (tx) => {
    const payment = await findPayment(tx, ctx.org.id, { id: paymentId });
    if (!payment) throw new DomainError('payment_not_found');
    if (payment.method === 'card') throw new DomainError('payment_method_mismatch');
    return settleSucceeded(tx, ctx, payment, now);
  });
}

/** The hold of a pending booking ran out: free the spots (the job runs at the hold's end). */
export function expireHoldHandler(deps: { db: Db; now: () => Date }): JobHandler {
  return async (job) => {
    const bookingId = (job.payload as { bookingId?: string }).bookingId;
    if (!bookingId) throw new PermanentJobError('hold job without bookingId');
    const payment = await findPayment(deps.db, job.orgId, { bookingId });
    if (payment?.status !== 'pending') return 'skipped: not pending';
    const org = await orgContextOf(deps.db, job.orgId);
    const now = deps.now();
    await transaction(deps.db, async (tx) => {
      const booking = await findBooking(tx, job.orgId, { id: bookingId });
      if (!booking?.holdExpiresAt || booking.holdExpiresAt > now) return;
      await expireHold(tx, systemContext(org), payment, now);
    });
    return 'released';
  };
}

async function expireHold(tx: Db, ctx: RequestContext, payment: PaymentRow, now: Date): Promise<void> {
  await releaseHold(tx, ctx, payment, { status: 'cancelled', reason: 'hold_expired' }, now);
  // A card payment may still be completed in the customer's browser: ask Stripe to stop it.
  if (payment.method === 'card' && payment.providerRef) {
    await enqueue(tx, payment.orgId, paymentJobs.cancelIntent, { paymentId: payment.id }, { maxAttempts: 5 });
  }
}

/**
 * In a booking's transaction, when the class looks full: pending bookings of the class whose payment
 * deadline has passed are released now rather than when their job runs, so a lapsed hold never
 * refuses anyone, job runner or not. A payment that still arrives is settled like any late one.
 */
export async function releaseLapsedHoldsOfClass(tx: Db, ctx: RequestContext, classId: string, now: Date) {
  for (const lapsed of await selectLapsedHoldsOfClass(tx, ctx.org.id, classId, now)) {
    const payment = await findPayment(tx, ctx.org.id, { bookingId: lapsed.id });
    if (payment?.status === 'pending') await expireHold(tx, systemContext(ctx.org), payment, now);
  }
}

/**
 * Best effort: if the intent succeeded meanwhile, it is settled (booked if there is room, else
 * refunded). An intent in a bank's challenge (3-D Secure) or processing is left alone: Stripe may
 * still capture it, and cancelling would fail the customer mid-payment or be refused. If the money
 * comes, its webhook settles it like any payment that arrives after its hold.
 */
export function cancelIntentHandler(deps: { db: Db; gateway: CardGateway | null; now: () => Date }): JobHandler {
  return async (job) => {
    const paymentId = (job.payload as { paymentId?: string }).paymentId;
    const payment = paymentId ? await findPaymentById(deps.db, paymentId) : undefined;
    if (!payment?.providerRef || !deps.gateway) return 'skipped';
    const gateway = deps.gateway;
    const settleIfPaid = async (intent: Stripe.PaymentIntent) => {
      if (intent.status === 'succeeded') {
        await applyIntent(deps.db, gateway, intent.id, deps.now);
        return 'the payment had succeeded: settled';
      }
      if (intent.status === 'canceled') return 'already cancelled';
      if (intent.status === 'processing' || intent.status === 'requires_action')
        return `left to finish: ${intent.status}`;
      return null;
    };
    const intent = await gateway.retrieveIntent(payment.providerRef);
    const settled = await settleIfPaid(intent);
    if (settled) return settled;
    try {
      await gateway.cancelIntent(intent.id);
    } catch (error) {
      // The customer moved on between our read and the cancel (into processing, or paid).
      const stripeError = stripeErrorOf(error);
      const moved =
        stripeError?.type === 'StripeInvalidRequestError' && stripeError.code === 'payment_intent_unexpected_state';
      if (!moved) throw error;
      return (await settleIfPaid(await gateway.retrieveIntent(intent.id))) ?? 'not cancellable now';
    }
    return 'cancelled at the provider';
  };
}

/** The admin books the customer anyway, if the class has room now. */
export async function bookUnbookable(db: Db, ctx: RequestContext, problemId: string, now: Date): Promise<BookingView> {
  requireRole(ctx, 'admin');
  await transaction(db, async (tx) => {
    const found = await findUnbookable(tx, ctx.org.id, { id: problemId });
    if (!found) throw new DomainError('not_found');
    const payment = await findPaymentById(tx, found.paymentId);
    if (!payment) throw new DomainError('payment_not_found');
    // Balance money with nothing to pay is given back; there is no booking to make of it.
    if (payment.purpose === 'balance') throw new DomainError('wrong_booking_kind');
    // Decide on locked rows only: a refund racing this must either see the booking or be seen.
    const chain = await lockPaymentChain(tx, payment);
    const { cls, booking, payment: lockedPayment } = chain;
    const problem = await findUnbookable(tx, ctx.org.id, { id: problemId }, true);
    if (problem?.status !== 'open' || lockedPayment.refundedAmount > 0) throw new DomainError('problem_resolved');
    const why = await rebookProblem(tx, { ...chain, booking: { ...booking, status: 'cancelled' } }, now);
    if (why === 'class_cancelled') throw new DomainError('class_cancelled');
    if (why === 'already_booked') throw new DomainError('already_booked');
    if (why === 'slot_taken') throw new DomainError('slot_taken');
    if (why === 'class_full' && cls)
      throw new DomainError('capacity_full', {}, { spotsLeft: cls.maxSpots - cls.spotsTaken });
    await updateBookingRow(tx, booking.orgId, booking.id, {
      status: 'confirmed',
      cancelledAt: null,
      cancelledBy: null,
      cancelReason: null,
      holdExpiresAt: null,
    });
    await updateUnbookable(tx, problem.id, { status: 'booked', resolvedAt: now, resolvedBy: ctx.user?.id ?? null });
    await recordAudit(tx, ctx, {
      action: 'booking.rebooked',
      entityType: 'booking',
      entityId: booking.id,
      before: { status: booking.status },
      after: { status: 'confirmed', paymentId: payment.id },
    });
    await queueBookingConfirmed(tx, ctx.org, { id: booking.id, startsAt: startOf(chain) }, now);
    await queueInvoiceByPolicy(tx, ctx.org, booking.id, 'booked');
  });
  const problem = await findUnbookable(db, ctx.org.id, { id: problemId });
  const view = problem && (await findBookingView(db, ctx.org.id, { id: problem.bookingId }));
  if (!view) throw new DomainError('booking_not_found');
  return view;
}

/** When the booked thing starts: the class's start, or the appointment's. */
function startOf({ booking, cls }: LockedBooking): Date {
  const start = cls?.startsAt ?? booking.startsAt;
  if (!start) throw new Error(`booking ${booking.id} has no start`);
  return start;
}
