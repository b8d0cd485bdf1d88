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

export async function markBooking(
  db: Db,
  ctx: RequestContext,
  bookingId: string,
  action: LifecycleAction,
  now: Date,
): Promise<BookingDto> {
  requireRole(ctx, 'staff');
  return transaction(db, async (tx) => {
    const { changed } = await transitionBooking(tx, ctx, bookingId, action, now);
    const view = await findBookingView(tx, ctx.org.id, { id: bookingId });
    if (!view) throw new DomainError('booking_not_found');
    const dto = toBookingDto(ctx, view, now);
    // A repeat changed nothing, so it tells nobody anything either.
    if (changed) await enqueueWebhookEvent(tx, ctx.org.id, lifecycleEvent(action), { booking: dto }, now);
    if (changed && action === 'complete') await queueInvoiceByPolicy(tx, ctx.org, bookingId, 'completed');
    return dto;
  });
}
