/**
 * A moved booking's price: an appointment's quote again at its new start, a class booking's at the
 * class it moved to (pricing.quotes.ts `repriceAppointment`, `repriceClassMove`), and what happens to
 * the difference, in the reschedule's transaction under its provider (or class) → booking locks
 * (payment rows are locked after them, the order every path keeps). A higher price leaves the
 * difference due, payable later through the balance path (checkout.due.ts: card, Swish, transfer, at
 * the venue); a lower one gives it back by card. Credits pay for a booking whole, whatever its money
 * price, so a booking paid with credits moves without a credit more or less.
 */
import type { RequestContext } from '../../platform/context.ts';
import type { Db } from '../../platform/db.ts';
import { DomainError } from '../../platform/errors.ts';
import { updateBookingRow } from '../bookings/bookings.repo.ts';
import { findClass } from '../classes/classes.repo.ts';
import type { BookingRow } from '../bookings/bookings.tables.ts';
import { liveInvoiceOfBooking } from '../invoices/invoices.service.ts';
import { findPayment, selectBalancePayments, updatePayment } from '../payments/payments.repo.ts';
import { paidTowardPrice, refundableOf } from '../payments/payments.service.ts';
import type { PaymentRow } from '../payments/payments.tables.ts';
import { openRefund } from '../payments/refunds.service.ts';
import {
  type Priced,
  repriceAppointment,
  repriceClassMove,
  saveRepricedQuote,
  storedQuoteOf,
} from '../pricing/pricing.quotes.ts';
import { type StoredQuote, findStoredQuote } from '../pricing/pricing.repo.ts';
import { findService } from '../services/services.repo.ts';

export interface PriceChange {
  before: number;
  after: number;
  /** after − before: positive costs more, negative less. */
  difference: number;
  currency: string;
  /** Where the difference goes: due later, refunded, or nowhere (credits, or nothing paid yet at the venue). */
  settlement: 'due' | 'refund' | 'none';
}

/**
 * In the reschedule's transaction, after the booking row was moved (so `booking` has its new start):
 * its new price and quote, and the difference settled. Null when the price cannot be recomputed (a
 * booking made before quotes were stored) or did not change.
 */
export async function repriceMove(
  tx: Db,
  ctx: RequestContext,
  booking: BookingRow,
  now: Date,
  byStaff: boolean,
): Promise<PriceChange | null> {
  const orgId = ctx.org.id;
  const stored = await findStoredQuote(tx, orgId, booking.id);
  const priced = await priceMoved(tx, ctx, booking, stored, now);
  if (!priced || !stored) return null;
  const after = priced.quote.total;
  const difference = after - booking.priceAmount;
  // The quote is stored again even at the same total: one surcharge may have replaced another. What was
  // asked at booking stays what was asked (the deposit), never more than the new total.
  const next = storedQuoteOf(orgId, booking.id, priced);
  next.quote.depositDueNow = Math.min(stored.quote.depositDueNow, after);
  await saveRepricedQuote(tx, next);
  if (difference === 0) return null;
  // An invoice states the old price; a new price would contradict it (staff credit it first).
  if (await liveInvoiceOfBooking(tx, orgId, booking.id)) throw new DomainError('invoice_exists');
  const settlement = await settleDifference(tx, ctx, booking, after, now);
  if (settlement === 'due' && !byStaff && !paysLater(ctx, booking, stored)) {
    const details = { difference, currency: booking.currency };
    throw new DomainError('reschedule_needs_payment', details, details);
  }
  await updateBookingRow(tx, orgId, booking.id, {
    priceAmount: after,
    // Free no more (a fixed surcharge on a free service): the price is paid as a venue booking's is.
    ...(booking.paymentMethod === 'free' && after > 0 ? { paymentMethod: 'venue' as const } : {}),
  });
  return { before: booking.priceAmount, after, difference, currency: booking.currency, settlement };
}

/**
 * Whether a difference left due may be paid after the move: where the business takes payment at the
 * venue, or where this booking already had part of its price left for later (a deposit). A business
 * that takes the whole price when booking does not get a customer's move to a dearer time confirmed
 * unpaid; staff may still move it, and the difference is then due.
 */
function paysLater(ctx: RequestContext, booking: BookingRow, stored: StoredQuote): boolean {
  return (
    booking.paymentMethod === 'venue' ||
    ctx.org.paymentMethods.includes('venue') ||
    stored.quote.depositDueNow < stored.quote.total
  );
}

/** The moved booking priced again: an appointment at its new start, a class booking at its new class. */
async function priceMoved(
  tx: Db,
  ctx: RequestContext,
  booking: BookingRow,
  stored: StoredQuote | undefined,
  now: Date,
): Promise<Priced | null> {
  if (booking.classId) {
    const cls = await findClass(tx, ctx.org.id, booking.classId);
    return cls ? repriceClassMove(tx, ctx, stored, cls, booking.spots, now) : null;
  }
  if (!booking.serviceId || !booking.startsAt) return null;
  const service = await findService(tx, ctx.org.id, booking.serviceId);
  return service ? repriceAppointment(tx, ctx, stored, service, booking.startsAt, now) : null;
}

async function settleDifference(
  tx: Db,
  ctx: RequestContext,
  booking: BookingRow,
  after: number,
  now: Date,
): Promise<PriceChange['settlement']> {
  const higher = after > booking.priceAmount;
  if (booking.paymentMethod === 'credits') return 'none';
  if (booking.paymentMethod === 'free') return higher ? 'due' : 'none';
  const found = await findPayment(tx, ctx.org.id, { bookingId: booking.id });
  const own = found ? await findPayment(tx, ctx.org.id, { id: found.id }, true) : undefined;
  const balance = await selectBalancePayments(tx, ctx.org.id, booking.id, true);
  const all = own ? [own, ...balance] : balance;
  // Money on its way was asked for at the old price; less of it cannot be asked for any more (a card
  // intent is made, a Swish reference sent), so the booking moves to a cheaper time once it is paid.
  if (!higher && all.some((p) => p.status === 'pending')) throw new DomainError('reschedule_payment_pending');
  let excess = paidTowardPrice(all) - after;
  if (excess <= 0) return higher ? 'due' : 'none';
  // The newest money goes back first: a balance paid later, then the payment made at booking.
  const paid = [...[...balance].reverse(), ...(own ? [own] : [])].filter(
    (p): p is PaymentRow => p.status === 'succeeded' && !(p.purpose === 'balance' && p.failureReason),
  );
  for (const payment of paid) {
    const share = Math.min(excess, refundableOf(payment), payment.amount - payment.repricedAmount);
    if (share <= 0) continue;
    // Swish and transfers are paid back by hand, and the admin queue gives back a payment whole: a
    // share of one cannot travel that way, so nothing moves (cancelling and booking anew still can).
    if (payment.method !== 'card') throw new DomainError('reschedule_refund_by_hand');
    await openRefund(tx, ctx, payment, share, 'rescheduled to a lower price', now);
    await updatePayment(tx, payment.id, { repricedAmount: payment.repricedAmount + share });
    excess -= share;
    if (excess === 0) break;
  }
  return 'refund';
}
