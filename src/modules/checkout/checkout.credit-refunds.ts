/**
 * Refund as credit: under a policy that says `refundTo: 'credit'`, a cancelled paid booking gives
 * credits for the same kind of booking instead of money (policies.rules.ts `creditRefund` says how
 * many and what of the money they stand for). It moves money rows (payments) and credit rows
 * (credits) for a booking, so it is checkout's. A guest cannot use credits, and a deposit is not the
 * price of a booking: both get their money back by the original method instead.
 */
import type { RequestContext } from '../../platform/context.ts';
import type { Db } from '../../platform/db.ts';
import type { LockedBooking } from '../bookings/bookings.locks.ts';
import { type CreditTarget, grantRefundCredits } from '../credits/credits.service.ts';
import { findCustomer } from '../customers/customers.repo.ts';
import { findPayment } from '../payments/payments.repo.ts';
import { creditPayment, refundableOf } from '../payments/payments.service.ts';
import { type Policy, creditRefund } from '../policies/policies.rules.ts';

/**
 * In the cancellation's transaction, after the booking lock: turns what is still paid into credits.
 * Returns whether it did (the caller's money settlement then finds nothing left to refund).
 */
export async function refundAsCredit(
  tx: Db,
  ctx: RequestContext,
  parts: Pick<LockedBooking, 'booking' | 'cls'>,
  policy: Policy,
  keepCredits: ((used: number) => number) | undefined,
  now: Date,
): Promise<boolean> {
  const { booking } = parts;
  if (policy.refundTo !== 'credit') return false;
  const found = await findPayment(tx, ctx.org.id, { bookingId: booking.id });
  const payment = found && (await findPayment(tx, ctx.org.id, { id: found.id }, true));
  if (payment?.status !== 'succeeded' || payment.amount < booking.priceAmount) return false;
  const customer = await findCustomer(tx, ctx.org.id, booking.customerId);
  if (!customer?.userId) return false;
  const held = refundableOf(payment);
  if (held <= 0) return false;
  const split = creditRefund(held, booking.spots, keepCredits ?? (() => 0));
  const target: CreditTarget = booking.serviceId
    ? { kind: 'appointment', serviceId: booking.serviceId }
    : { kind: 'class', classTypeId: parts.cls?.classTypeId ?? null };
  if (split.credits > 0) {
    const grant = await grantRefundCredits(
      tx,
      { ctx, now },
      {
        customerId: customer.id,
        paymentId: payment.id,
        bookingId: booking.id,
        credits: split.credits,
        target,
        validityDays: policy.creditValidityDays,
        reason: 'refund as credit: booking cancelled',
      },
    );
    // The payment already gave its credits (it cannot twice): its money stays as it is.
    if (!grant) return true;
  }
  await creditPayment(tx, ctx, payment, split, 'booking cancelled, refunded as credit');
  return true;
}
