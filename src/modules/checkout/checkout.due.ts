/**
 * Paying what is due, later: the rest after a deposit, what was to be paid at the venue, an open
 * invoice. The money travels as a balance payment of the booking (`purpose = 'balance'`, migration
 * 0015) through the one settlement (checkout.settlement.ts), which hands it to settleBalancePayment
 * below. A request to pay takes the booking's row lock, so two requests (a double click, two tabs)
 * find the same open payment; the partial unique index `payments_one_open_balance` backs that. Money
 * that arrives when nothing is due any more (a payment replaced, a booking paid otherwise or
 * cancelled) is given back, never counted twice.
 */
import type { CardGateway } from '../../platform/card-gateway.ts';
import type { RequestContext } from '../../platform/context.ts';
import { type Db, transaction } from '../../platform/db.ts';
import { DomainError } from '../../platform/errors.ts';
import { offersPaymentMethod } from '../orgs/orgs.service.ts';
import { enqueueWebhookEvent } from '../../platform/jobs.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { findBooking } from '../bookings/bookings.repo.ts';
import type { CheckoutDto } from '../bookings/bookings.schema.ts';
import { type BookingRef, canSee, contextFor } from '../bookings/bookings.service.ts';
import type { BookingRow } from '../bookings/bookings.tables.ts';
import { booked } from '../bookings/bookings.what.ts';
import { amountDue } from '../invoices/invoices.totals.ts';
import { earnPointsForPayment } from '../loyalty/loyalty.service.ts';
import { findMyInvoice, liveInvoiceOfBooking, recordInvoicePayment } from '../invoices/invoices.service.ts';
import type { InvoiceRow } from '../invoices/invoices.tables.ts';
import { dueOf, findBookingView } from '../payments/booking-views.ts';
import { lockPaymentChain } from '../payments/payments.locks.ts';
import {
  findPayment,
  findPaymentById,
  insertUnbookable,
  selectBalancePayments,
  updatePayment,
} from '../payments/payments.repo.ts';
import {
  ensureCardIntent,
  openBalancePayment,
  paidTowardPrice,
  paymentInstructions,
  refundableOf,
} from '../payments/payments.service.ts';
import type { PaymentMethod, PaymentRow } from '../payments/payments.tables.ts';
import { openRefund } from '../payments/refunds.service.ts';
import type { Settlement } from './checkout.settlement.ts';

export interface PayDueInput {
  method: PaymentMethod;
  /** What the customer saw as due; another amount due now answers 409 amount_mismatch. */
  expectedAmount?: number | undefined;
}

export interface DueDeps {
  cardGateway: CardGateway | null;
}

export interface DuePayment {
  bookingId: string;
  invoiceId: string | null;
  payment: CheckoutDto;
}

/**
 * What is due on a booking now, not counting payments still open: an invoice that stands says it
 * (it is what the customer was sent); without one, the price less what was paid.
 */
async function dueNow(tx: Db, orgId: string, booking: BookingRow, invoiceLock = false) {
  const invoice = await liveInvoiceOfBooking(tx, orgId, booking.id, invoiceLock);
  if (booking.status === 'cancelled') return { amount: 0, invoice };
  if (invoice && invoice.kind !== 'credit_note') return { amount: amountDue(invoice), invoice };
  const own = await findPayment(tx, orgId, { bookingId: booking.id });
  const later = await selectBalancePayments(tx, orgId, booking.id);
  return { amount: dueOf(booking, paidTowardPrice(own ? [own, ...later] : later)), invoice };
}

/** The signed-in customer pays one of their invoices (someone else's is 404). */
export async function payMyInvoice(
  db: Db,
  ctx: RequestContext,
  invoiceId: string,
  input: PayDueInput,
  deps: DueDeps,
): Promise<DuePayment> {
  const invoice = await findMyInvoice(db, ctx, invoiceId);
  checkPayable(invoice);
  // An invoice that is not for a booking has nothing a balance payment could pay for.
  if (!invoice.bookingId) throw new DomainError('nothing_due');
  return payDue(db, ctx, invoice.bookingId, input, deps, invoice.id);
}

function checkPayable(invoice: InvoiceRow): void {
  if (invoice.status === 'paid' || invoice.kind !== 'invoice') throw new DomainError('invoice_paid');
  if (invoice.status === 'void' || invoice.status === 'credited') throw new DomainError('invoice_void');
}

/** The customer (signed in, their own booking; or a guest by the manage link) pays a booking's balance. */
export async function payBookingBalance(
  db: Db,
  callerCtx: RequestContext,
  ref: BookingRef,
  input: PayDueInput,
  deps: DueDeps,
): Promise<DuePayment> {
  const ctx = await contextFor(db, callerCtx, ref);
  const view = await findBookingView(db, ctx.org.id, 'id' in ref ? ref : ref.manage);
  // The /me route is the customer's own: staff see other people's bookings, but do not pay them here.
  const own = 'manage' in ref || (ctx.user !== null && view?.customer.userId === ctx.user.id);
  if (!view || !own || !canSee(ctx, view, ref)) throw new DomainError('booking_not_found');
  return payDue(db, ctx, view.booking.id, input, deps, null);
}

/**
 * Staff took what was due at the desk (the roster's "paid at venue"): a balance payment at the
 * venue is opened for exactly what is due now, under the booking's row lock, for the caller to
 * settle through the one mark-paid path. Staff take money at the venue whatever the organisation
 * offers online. A second click finds the same open payment (or nothing due once it settled).
 */
export async function openVenuePayment(
  db: Db,
  ctx: RequestContext,
  bookingId: string,
  expectedAmount: number | undefined,
): Promise<PaymentRow> {
  return transaction(db, async (tx) => {
    const booking = await findBooking(tx, ctx.org.id, { id: bookingId }, true);
    if (!booking) throw new DomainError('booking_not_found');
    if (booking.status === 'cancelled') throw new DomainError('booking_cancelled');
    const due = await dueNow(tx, ctx.org.id, booking);
    if (booking.status === 'pending' || due.amount <= 0) throw new DomainError('nothing_due');
    if (expectedAmount !== undefined && expectedAmount !== due.amount)
      throw new DomainError('amount_mismatch', {}, { due: { amount: due.amount, currency: booking.currency } });
    return openBalancePayment(tx, ctx, booking, 'venue', due.amount);
  });
}

async function payDue(
  db: Db,
  ctx: RequestContext,
  bookingId: string,
  input: PayDueInput,
  deps: DueDeps,
  invoiceId: string | null,
): Promise<DuePayment> {
  if (input.method === 'card' && !deps.cardGateway) throw new DomainError('payments_disabled');
  if (input.method !== 'card' && !offersPaymentMethod(ctx.org, input.method))
    throw new DomainError('payment_method_unavailable');
  const { payment, invoice } = await transaction(db, async (tx) => {
    // The booking's row lock: one request at a time finds (or opens) the open payment of its balance.
    const booking = await findBooking(tx, ctx.org.id, { id: bookingId }, true);
    if (!booking) throw new DomainError('booking_not_found');
    if (booking.status === 'cancelled') throw new DomainError('booking_cancelled');
    const due = await dueNow(tx, ctx.org.id, booking);
    if (invoiceId) {
      // The booking's invoice that stands is the one asked for; else it was credited meanwhile.
      if (due.invoice?.id !== invoiceId) throw new DomainError('invoice_void');
      checkPayable(due.invoice);
    }
    // A booking still waiting for the payment it was booked with pays that one, not a balance.
    if (booking.status === 'pending' || due.amount <= 0) throw new DomainError('nothing_due');
    if (input.expectedAmount !== undefined && input.expectedAmount !== due.amount)
      throw new DomainError('amount_mismatch', {}, { due: { amount: due.amount, currency: booking.currency } });
    return { payment: await openBalancePayment(tx, ctx, booking, input.method, due.amount), invoice: due.invoice };
  });
  const answer: DuePayment = {
    bookingId,
    invoiceId: invoice?.id ?? null,
    payment: {
      ...paymentInstructions(ctx.org, payment, deps.cardGateway?.publishableKey ?? null),
      holdExpiresAt: null,
    },
  };
  if (payment.method !== 'card' || !deps.cardGateway) return answer;
  // After the commit (no network call inside a transaction). A failure leaves the payment open: the
  // next request asks again under the same idempotency key, and gets the same intent.
  const view = await findBookingView(db, ctx.org.id, { id: bookingId });
  try {
    const clientSecret = await ensureCardIntent(db, deps.cardGateway, payment, {
      email: view?.customer.email ?? '',
      description: invoice ? `Invoice ${invoice.number}` : view ? booked(view).title : 'Balance',
    });
    const fresh = (await findPaymentById(db, payment.id)) ?? payment;
    return { ...answer, payment: { ...answer.payment, status: fresh.status, clientSecret } };
  } catch (error) {
    throw new DomainError('payment_provider_unavailable', {}, undefined, error);
  }
}

/**
 * Settlement's branch for a balance payment (the caller is settleSucceeded, whoever reported the
 * money). Under the class → booking → payment locks: a payment already settled is a no-op; money
 * that matches what is due pays the booking's balance and its invoice (which sends the receipt);
 * money for a booking that owes nothing now, is cancelled, or does not match Stripe's record is
 * given back — at once for a card, by a person for Swish or a bank transfer (the admin queue).
 */
export async function settleBalancePayment(
  tx: Db,
  ctx: RequestContext,
  payment: PaymentRow,
  now: Date,
  mismatch: { received: number } | null,
): Promise<Settlement> {
  const { booking, payment: locked } = await lockPaymentChain(tx, payment);
  if (locked.status === 'succeeded') return { outcome: 'already', bookingId: booking.id };
  const amount = mismatch && mismatch.received > 0 ? mismatch.received : locked.amount;
  const due = await dueNow(tx, ctx.org.id, booking, true);
  const reason = mismatch
    ? 'mismatch'
    : booking.status === 'cancelled'
      ? 'booking_cancelled'
      : amount > due.amount
        ? 'nothing_due'
        : null;
  const settled = await updatePayment(tx, locked.id, {
    status: 'succeeded',
    succeededAt: now,
    amount,
    failureReason: reason,
  });
  await recordAudit(tx, ctx, {
    action: 'payment.succeeded',
    entityType: 'payment',
    entityId: locked.id,
    before: { status: locked.status },
    after: { status: 'succeeded', purpose: 'balance', amount, currency: locked.currency, method: locked.method },
  });
  await enqueueWebhookEvent(
    tx,
    booking.orgId,
    'payment.succeeded',
    { paymentId: locked.id, bookingId: booking.id, amount, currency: locked.currency },
    now,
  );
  if (reason) {
    const refundNow = locked.method === 'card';
    await insertUnbookable(tx, {
      orgId: locked.orgId,
      paymentId: locked.id,
      bookingId: booking.id,
      reason,
      status: refundNow ? 'refunding' : 'open',
    });
    await recordAudit(tx, ctx, {
      action: 'payment.unbookable',
      entityType: 'payment',
      entityId: locked.id,
      after: { reason, bookingId: booking.id, resolution: refundNow ? 'refund' : 'queued for an admin' },
    });
    if (refundNow) await openRefund(tx, ctx, settled, refundableOf(settled), `balance: ${reason}`, now);
    return { outcome: 'unbookable', bookingId: booking.id, reason };
  }
  await recordAudit(tx, ctx, {
    action: 'booking.balance_paid',
    entityType: 'booking',
    entityId: booking.id,
    before: { due: due.amount },
    after: { due: due.amount - amount, paymentId: locked.id },
  });
  if (due.invoice && (due.invoice.status === 'open' || due.invoice.status === 'overdue'))
    await recordInvoicePayment(tx, ctx, due.invoice.id, amount, now);
  await earnPointsForPayment(tx, ctx, { ...locked, amount }, booking.customerId);
  return { outcome: 'booked', bookingId: booking.id };
}
