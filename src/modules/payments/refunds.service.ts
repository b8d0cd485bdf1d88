/** Refunds: a row first, then Stripe (or staff paying back by hand), reconciled by webhooks. */

import type Stripe from 'stripe';
import { type RequestContext, requireRole, systemContext } from '../../platform/context.ts';
import { type Db, transaction } from '../../platform/db.ts';
import { DomainError } from '../../platform/errors.ts';
import { type JobHandler, PermanentJobError, enqueue, enqueueWebhookEvent } from '../../platform/jobs.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { updateBookingRow } from '../bookings/bookings.repo.ts';
import { queueBookingCancelled } from '../bookings/bookings.outbox.ts';
import { type CardGateway, isKeptServerError } from '../../platform/card-gateway.ts';
import {
  findPayment,
  findPaymentById,
  findRefund,
  findUnbookable,
  insertRefund,
  nextProviderAttempt,
  selectRefunds,
  updateRefund,
  updateUnbookable,
} from './payments.repo.ts';
import type { PaymentRow, RefundRow } from './payments.tables.ts';
import { lockPaymentChain, orgContextOf, paymentJobs } from './payments.locks.ts';

/**
 * Writes the refund row first (the trigger counts it against the payment at once, and the CHECK
 * refuses more than was paid), and queues the call to Stripe. A full refund cancels the booking.
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
  if (manual) await enqueue(tx, refund.orgId, 'mail.refund_issued', { refundId: refund.id });
  return refund;
}

export interface RefundInput {
  amount?: number | undefined;
  reason: string;
}

/** An admin refunds all or part of a paid booking. Asking again for money already refunded is refused. */
export async function refundPayment(
  db: Db,
  ctx: RequestContext,
  paymentId: string,
  input: RefundInput,
  deps: { gateway: CardGateway | null; now: Date },
): Promise<RefundRow> {
  requireRole(ctx, 'admin');
  const refund = await transaction(db, async (tx) => {
    const found = await findPayment(tx, ctx.org.id, { id: paymentId });
    if (!found) throw new DomainError('payment_not_found');
    const { booking, payment } = await lockPaymentChain(tx, found);
    if (payment.status !== 'succeeded') throw new DomainError('payment_not_succeeded');
    if (payment.method === 'card' && !deps.gateway) throw new DomainError('payments_disabled');
    const refundable = payment.amount - payment.refundedAmount;
    const amount = input.amount ?? refundable;
    if (refundable === 0 || amount > refundable) {
      throw new DomainError('refund_exceeds_payment', { refundable, currency: payment.currency }, { refundable });
    }
    const refund = await openRefund(tx, ctx, payment, amount, input.reason, deps.now);
    if (amount === refundable && booking.status !== 'cancelled') {
      await updateBookingRow(tx, booking.orgId, booking.id, {
        status: 'cancelled',
        cancelledAt: deps.now,
        cancelledBy: 'staff',
        cancelReason: 'refunded',
        holdExpiresAt: null,
      });
      await queueBookingCancelled(tx, booking.orgId, booking.id, 'staff');
      await recordAudit(tx, ctx, {
        action: 'booking.cancelled',
        entityType: 'booking',
        entityId: booking.id,
        before: { status: booking.status },
        after: { status: 'cancelled', reason: 'refunded' },
      });
    }
    // Only a refund of all that is left resolves the queue entry; after a partial one the rest of
    // the money still waits there. A manual refund is done when recorded, a card one when Stripe says so.
    const problem = await findUnbookable(tx, ctx.org.id, { paymentId }, true);
    if (problem?.status === 'open' && amount === refundable) {
      const settled = refund.status === 'succeeded';
      await updateUnbookable(tx, problem.id, {
        status: settled ? 'refunded' : 'refunding',
        resolvedBy: ctx.user?.id ?? null,
        ...(settled ? { resolvedAt: deps.now } : {}),
      });
    }
    return refund;
  });
  // The job guarantees the call; trying now gives the admin an answer at once.
  if (refund.status === 'pending' && deps.gateway)
    await executeRefund(db, deps.gateway, refund.id, () => deps.now).catch(() => {});
  return (await findRefund(db, { id: refund.id })) ?? refund;
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
export async function reconcileRefund(
  db: Db,
  gateway: CardGateway,
  stripeRefundId: string,
  now: () => Date,
): Promise<string | null> {
  const stripeRefund = await gateway.retrieveRefund(stripeRefundId);
  const ours =
    (await findRefund(db, { providerRef: stripeRefund.id })) ??
    (stripeRefund.metadata?.refund_id && /^[0-9a-f-]{36}$/.test(stripeRefund.metadata.refund_id)
      ? await findRefund(db, { id: stripeRefund.metadata.refund_id })
      : undefined);
  if (!ours) return null;
  await applyRefundState(db, ours, stripeRefund, now());
  return ours.orgId;
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
