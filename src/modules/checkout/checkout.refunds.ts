/**
 * An admin's refund: money back and, when all of it goes back, the booking cancelled, in one
 * transaction under the class → booking → payment locks. It writes a booking, so it is checkout's;
 * the refund row, the call to Stripe and its reconciliation are payments' (refunds.service.ts).
 */
import type { CardGateway } from '../../platform/card-gateway.ts';
import { type RequestContext, requireRole } from '../../platform/context.ts';
import { type Db, transaction } from '../../platform/db.ts';
import { DomainError } from '../../platform/errors.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { queueBookingCancelled } from '../bookings/bookings.outbox.ts';
import { updateBookingRow } from '../bookings/bookings.repo.ts';
import { lockPaymentChain } from '../payments/payments.locks.ts';
import {
  findPayment,
  findRefund,
  findUnbookable,
  selectBalancePayments,
  updateUnbookable,
} from '../payments/payments.repo.ts';
import type { RefundRow } from '../payments/payments.tables.ts';
import { executeRefund, openRefund } from '../payments/refunds.service.ts';
import { refundableOf } from '../payments/payments.service.ts';
import { refundPurchase } from '../credits/packages.service.ts';

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
    if (found.method === 'card' && !deps.gateway) throw new DomainError('payments_disabled');
    // A package's money goes back with the credits it bought, never those already used.
    if (!found.bookingId) return refundPurchase(tx, ctx, found, input, deps.now);
    const { booking, payment } = await lockPaymentChain(tx, found);
    if (payment.status !== 'succeeded') throw new DomainError('payment_not_succeeded');
    if (payment.method === 'card' && !deps.gateway) throw new DomainError('payments_disabled');
    const refundable = refundableOf(payment);
    const amount = input.amount ?? refundable;
    if (refundable === 0 || amount > refundable) {
      throw new DomainError('refund_exceeds_payment', { refundable, currency: payment.currency }, { refundable });
    }
    const refund = await openRefund(tx, ctx, payment, amount, input.reason, deps.now);
    // Refunding all that is left cancels a prepaid booking once none of its money stands any more
    // (its own payment and any paid later for its balance). Money given back because nothing was due
    // never touches the booking, nor does a refund of a venue booking's online payment.
    const own = await findPayment(tx, ctx.org.id, { bookingId: booking.id });
    const othersHold = [...(own ? [own] : []), ...(await selectBalancePayments(tx, ctx.org.id, booking.id))].some(
      (p) => p.id !== payment.id && p.status === 'succeeded' && !p.failureReason && refundableOf(p) > 0,
    );
    const givenBack = payment.purpose === 'balance' && payment.failureReason !== null;
    if (
      amount === refundable &&
      !othersHold &&
      !givenBack &&
      booking.paymentMethod !== 'venue' &&
      booking.status !== 'cancelled'
    ) {
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
