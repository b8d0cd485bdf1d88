/**
 * Marking a booking checked in, completed or a no-show (staff). The rules and the write are the
 * bookings module's (`bookings.lifecycle.ts`, which knows nothing of money); this adds what needs the
 * booking as seen with its payment: the answer, and the webhook event raised in the same transaction.
 */
import { type RequestContext, requireRole } from '../../platform/context.ts';
import { type Db, transaction } from '../../platform/db.ts';
import { DomainError } from '../../platform/errors.ts';
import { enqueueWebhookEvent } from '../../platform/jobs.ts';
import { type LifecycleAction, lifecycleEvent, transitionBooking } from '../bookings/bookings.lifecycle.ts';
import type { BookingDto } from '../bookings/bookings.schema.ts';
import { queueInvoiceByPolicy } from '../invoices/invoices.service.ts';
import { findBookingView, toBookingDto } from '../payments/booking-views.ts';
import { settleCancelledBooking } from '../payments/payments.service.ts';
import { feeInCredits, noShowKeeps } from '../policies/policies.rules.ts';
import { refundAsCredit } from './checkout.credit-refunds.ts';
import { policyFor } from '../policies/policies.service.ts';
import { findClass } from '../classes/classes.repo.ts';
import type { BookingRow } from '../bookings/bookings.tables.ts';
import { updateBookingRow } from '../bookings/bookings.repo.ts';
import { recordAudit } from '../audit/audit.service.ts';

export async function markBooking(
  db: Db,
  ctx: RequestContext,
  bookingId: string,
  action: LifecycleAction,
  now: Date,
): Promise<BookingDto> {
  requireRole(ctx, 'staff');
  return transaction(db, async (tx) => {
    const { changed, booking } = await transitionBooking(tx, ctx, bookingId, action, now);
    if (changed && action === 'no_show') await chargeNoShow(tx, ctx, booking, now);
    const view = await findBookingView(tx, ctx.org.id, { id: bookingId });
    if (!view) throw new DomainError('booking_not_found');
    const dto = toBookingDto(ctx, view, now);
    // A repeat changed nothing, so it tells nobody anything either.
    if (changed) await enqueueWebhookEvent(tx, ctx.org.id, lifecycleEvent(action), { booking: dto }, now);
    if (changed && action === 'complete') await queueInvoiceByPolicy(tx, ctx.org, bookingId, 'completed');
    return dto;
  });
}

/**
 * A no-show keeps what was paid, unless the policy names a no-show fee: then the booking owes the fee
 * (of its price) instead of its price. What was paid up to the fee is kept; the rest goes back as a
 * cancellation's refund would, by the policy's refund method — as credits under a refund-as-credit
 * policy (the late fee's rule for credits: a percentage splits them, a fixed sum keeps them), else a
 * card refund, or the admin queue for Swish and transfers. What was not paid yet (at the venue, the
 * rest after a deposit) is due only up to the fee. A booking paid with credits keeps them whatever
 * the policy: a credit cannot be split into a fee and a rest.
 */
async function chargeNoShow(tx: Db, ctx: RequestContext, booking: BookingRow, now: Date): Promise<void> {
  const cls = booking.classId ? await findClass(tx, ctx.org.id, booking.classId) : undefined;
  const policy = await policyFor(tx, ctx.org, { serviceId: booking.serviceId, classTypeId: cls?.classTypeId ?? null });
  if (!policy.noShowFee) return;
  const fee = noShowKeeps(policy, booking.priceAmount);
  if (booking.paymentMethod !== 'credits' && booking.paymentMethod !== 'free') {
    await updateBookingRow(tx, ctx.org.id, booking.id, { noShowFeeAmount: fee });
    await recordAudit(tx, ctx, {
      action: 'booking.no_show_fee',
      entityType: 'booking',
      entityId: booking.id,
      before: { owed: booking.priceAmount },
      after: { owed: fee, currency: booking.currency },
    });
  }
  await refundAsCredit(tx, ctx, { booking, cls: cls ?? null }, policy, feeInCredits(policy.noShowFee), now);
  await settleCancelledBooking(tx, ctx, booking.id, now, (paid) => Math.min(paid, fee), 'no_show');
}
