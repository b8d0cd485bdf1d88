/**
 * Refunds: a row first, then Stripe (or staff paying back by hand), reconciled by webhooks. Only
 * money rows and the unbookable queue are written here; the admin's refund, which cancels the
 * booking when it returns all the money, is checkout's (checkout.refunds.ts).
 */

import type Stripe from 'stripe';
import { type RequestContext, systemContext } from '../../platform/context.ts';
import { type Db, sqlState, transaction } from '../../platform/db.ts';
import { type JobHandler, PermanentJobError, enqueue, enqueueWebhookEvent } from '../../platform/jobs.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { type CardGateway, isKeptServerError } from '../../platform/card-gateway.ts';
import {
  findPaymentById,
  findPaymentByIntent,
  findRefund,
  findUnbookable,
  insertRefund,
  nextProviderAttempt,
  selectRefunds,
  updateRefund,
  updateUnbookable,
} from './payments.repo.ts';
import type { PaymentRow, RefundRow } from './payments.tables.ts';
import { orgContextOf, paymentJobs } from './payments.locks.ts';

/**
 * Writes the refund row first (the trigger counts it against the payment at once, and the CHECK
 * refuses more than was paid), and queues the call to Stripe. The booking is left as it is: the
 * flows that call this cancel it where they must.
 */
export async function openRefund(
  tx: Db,
  ctx: RequestContext,
  payment: PaymentRow,
  amount: number,
  reason: string,
  now: Date,
): Promise<RefundRow> {
  const manual = payment.method !== 'card';
  const refund = await insertRefund(tx, {
    orgId: payment.orgId,
    paymentId: payment.id,
    amount,
    currency: payment.currency,
    // Swish and bank transfers are paid back by staff by hand; recording it is the refund.
    status: manual ? 'succeeded' : 'pending',
    reason,
    createdBy: ctx.user?.id ?? null,
    settledAt: manual ? now : null,
  });
  if (!manual)
    await enqueue(tx, payment.orgId, paymentJobs.executeRefund, { refundId: refund.id }, { maxAttempts: 10 });
  await recordAudit(tx, ctx, {
    action: 'payment.refund.requested',
    entityType: 'payment',
    entityId: payment.id,
    after: { refundId: refund.id, amount, currency: payment.currency, reason, status: refund.status },
  });
  if (manual) {
    await enqueue(tx, refund.orgId, 'mail.refund_issued', { refundId: refund.id });
    // Loyalty (a layer above) takes back the points the payment earned, through the outbox.
    await enqueue(tx, refund.orgId, 'loyalty.refund_settled', { refundId: refund.id });
  }
  return refund;
}

/**
 * Calls Stripe for a pending refund, with an idempotency key derived from the refund row. Stripe is
 * asked first whether the refund exists (its metadata names our row): an earlier try may have made
 * it and lost the answer, and after 24 hours Stripe forgets the key, so a retry with it would refund
 * twice. A 500 stays under its key at Stripe; after one, the next try uses the next key.
 */
export async function executeRefund(db: Db, gateway: CardGateway, refundId: string, now: () => Date): Promise<string> {
  const refund = await findRefund(db, { id: refundId });
  if (!refund) throw new PermanentJobError(`refund ${refundId} not found`);
  if (refund.status !== 'pending') return `skipped: already ${refund.status}`;
  if (refund.providerRef)
    return `${(await reconcileRefund(db, gateway, refund.providerRef, now)) ? 'reconciled' : 'unknown'}`;
  const payment = await findPaymentById(db, refund.paymentId);
  if (!payment?.providerRef) throw new PermanentJobError(`refund ${refundId} has no card payment to refund`);
  const made = await gateway.findRefund(payment.providerRef, refund.id);
  if (made) {
    await applyRefundState(db, refund, made, now());
    return `found at Stripe: refund ${made.status}`;
  }
  const create = (attempt: number) =>
    gateway.createRefund({
      refundId: refund.id,
      paymentIntentId: payment.providerRef!,
      amount: refund.amount,
      attempt,
    });
  let stripeRefund: Stripe.Refund;
  try {
    stripeRefund = await create(refund.providerAttempt);
  } catch (error) {
    if (!isKeptServerError(error)) throw error;
    const attempt = await nextProviderAttempt(db, 'refunds', refund.id, refund.providerAttempt);
    stripeRefund = (await gateway.findRefund(payment.providerRef, refund.id)) ?? (await create(attempt));
  }
  await applyRefundState(db, refund, stripeRefund, now());
  return `refund ${stripeRefund.status}`;
}

export function executeRefundHandler(deps: { db: Db; gateway: CardGateway | null; now: () => Date }): JobHandler {
  return async (job) => {
    if (!deps.gateway) throw new Error('Stripe is not configured');
    const refundId = (job.payload as { refundId?: string }).refundId;
    if (!refundId) throw new PermanentJobError('refund job without refundId');
    return executeRefund(deps.db, deps.gateway, refundId, deps.now);
  };
}

/** Stripe says something about a refund: re-read it and record its state. Returns its organisation. */
/**
 * A charge's refunds changed (charge.refunded, charge.refund.updated). Stripe's charge no longer lists
 * its refunds in the event, so every refund of the intent is read and reconciled: ours settle, one made
 * in Stripe's dashboard is recorded. Answers how many were looked at.
 */
export async function reconcileRefundsOfIntent(
  db: Db,
  gateway: CardGateway,
  paymentIntentId: string,
  now: () => Date,
): Promise<number> {
  const found = await gateway.listRefunds(paymentIntentId);
  for (const refund of found) await reconcileKnownRefund(db, refund, now);
  return found.length;
}

export async function reconcileRefund(
  db: Db,
  gateway: CardGateway,
  stripeRefundId: string,
  now: () => Date,
): Promise<string | null> {
  return reconcileKnownRefund(db, await gateway.retrieveRefund(stripeRefundId), now);
}

async function reconcileKnownRefund(db: Db, stripeRefund: Stripe.Refund, now: () => Date): Promise<string | null> {
  const ours =
    (await findRefund(db, { providerRef: stripeRefund.id })) ??
    (stripeRefund.metadata?.refund_id && /^[0-9a-f-]{36}$/.test(stripeRefund.metadata.refund_id)
      ? await findRefund(db, { id: stripeRefund.metadata.refund_id })
      : undefined);
  if (!ours) return recordRefundMadeAtStripe(db, stripeRefund, now());
  await applyRefundState(db, ours, stripeRefund, now());
  return ours.orgId;
}

/**
 * A refund made at Stripe rather than here (in its dashboard, say): the money went back all the same,
 * so it is recorded against the payment it names, as staff's own would be, and settles like one (the
 * customer's mail, the points taken back, the outgoing webhook). The booking is left as it is, as with
 * a refund paid back by hand: one still booked with none of its money left shows on the integrity
 * report for staff to cancel or keep. Answers the organisation, or null when the payment is not ours.
 * A refund beyond what the payment has left (one of ours still on its way to Stripe) is an error, so
 * the event's job tries again once that one has failed or settled.
 */
async function recordRefundMadeAtStripe(db: Db, stripeRefund: Stripe.Refund, now: Date): Promise<string | null> {
  const intent = stripeRefund.payment_intent;
  const intentId = typeof intent === 'string' ? intent : intent?.id;
  const payment = intentId ? await findPaymentByIntent(db, intentId) : undefined;
  if (!payment || stripeRefund.status === 'failed' || stripeRefund.status === 'canceled') return null;
  const org = await orgContextOf(db, payment.orgId);
  try {
    await transaction(db, async (tx) => {
      const refund = await insertRefund(tx, {
        orgId: payment.orgId,
        paymentId: payment.id,
        amount: stripeRefund.amount,
        currency: payment.currency,
        status: 'pending',
        reason: 'refunded at Stripe',
        providerRef: stripeRefund.id,
        createdBy: null,
      });
      await recordAudit(tx, systemContext(org), {
        action: 'payment.refund.recorded',
        entityType: 'payment',
        entityId: payment.id,
        after: { refundId: refund.id, amount: refund.amount, currency: refund.currency, providerRef: stripeRefund.id },
      });
    });
  } catch (error) {
    // Recorded meanwhile by another event about the same refund (refund.created and charge.refunded).
    if (sqlState(error) !== '23505') throw error;
  }
  const recorded = await findRefund(db, { providerRef: stripeRefund.id });
  if (!recorded) return null;
  await applyRefundState(db, recorded, stripeRefund, now);
  return payment.orgId;
}

async function applyRefundState(db: Db, refund: RefundRow, stripeRefund: Stripe.Refund, now: Date): Promise<void> {
  const status =
    stripeRefund.status === 'succeeded'
      ? 'succeeded'
      : stripeRefund.status === 'failed' || stripeRefund.status === 'canceled'
        ? 'failed'
        : 'pending';
  const org = await orgContextOf(db, refund.orgId);
  await transaction(db, async (tx) => {
    const locked = await findRefund(tx, { id: refund.id }, true);
    if (!locked) return;
    if (locked.status !== 'pending' || (status === 'pending' && locked.providerRef)) return;
    const after = await updateRefund(tx, locked.id, {
      providerRef: stripeRefund.id,
      status,
      failureReason: status === 'failed' ? (stripeRefund.failure_reason ?? 'failed') : null,
      settledAt: status === 'pending' ? null : now,
    });
    if (status === 'pending') return;
    await recordAudit(tx, systemContext(org), {
      action: `payment.refund.${status}`,
      entityType: 'payment',
      entityId: locked.paymentId,
      after: { refundId: locked.id, amount: locked.amount, status },
    });
    const problem = await findUnbookable(tx, locked.orgId, { paymentId: locked.paymentId }, true);
    if (problem?.status === 'refunding') {
      // Refunded means all of it: a failed refund, or one that left money behind, goes back on the queue.
      const payment = await findPaymentById(tx, locked.paymentId);
      const whole =
        status === 'succeeded' && payment !== undefined && (await settledRefundTotal(tx, payment.id)) >= payment.amount;
      // A part of the money settled while another refund still runs: the entry waits for the rest.
      if (whole) await updateUnbookable(tx, problem.id, { status: 'refunded', resolvedAt: now });
      else if (status === 'failed') await updateUnbookable(tx, problem.id, { status: 'open' });
    }
    if (status === 'succeeded') {
      await enqueue(tx, after.orgId, 'mail.refund_issued', { refundId: after.id });
      await enqueue(tx, after.orgId, 'loyalty.refund_settled', { refundId: after.id });
      await enqueueWebhookEvent(
        tx,
        locked.orgId,
        'refund.succeeded',
        { refundId: locked.id, paymentId: locked.paymentId, amount: locked.amount, currency: locked.currency },
        now,
      );
    }
  });
}

async function settledRefundTotal(tx: Db, paymentId: string): Promise<number> {
  return (await selectRefunds(tx, paymentId))
    .filter((r) => r.status === 'succeeded')
    .reduce((sum, r) => sum + r.amount, 0);
}
