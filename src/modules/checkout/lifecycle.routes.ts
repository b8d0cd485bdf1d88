import { z } from 'zod';
import type { ZodApp } from '../../platform/http.ts';
import { idParam } from '../../platform/schemas.ts';
import type { Services } from '../../platform/services.ts';
import type { LifecycleAction } from '../bookings/bookings.lifecycle.ts';
import { bookingSchema } from '../bookings/bookings.schema.ts';
import { markBooking } from './checkout.lifecycle.ts';

const routes: { path: string; action: LifecycleAction; summary: string }[] = [
  {
    path: '/bookings/:bookingId/check-in',
    action: 'check_in',
    summary: 'Check the customer in (staff): confirmed → in_progress',
  },
  {
    path: '/bookings/:bookingId/complete',
    action: 'complete',
    summary: 'Mark the booking completed (staff), once it has started: confirmed or in_progress → completed',
  },
  {
    path: '/bookings/:bookingId/no-show',
    action: 'no_show',
    summary: 'Mark a no-show (staff), once the booking has started: confirmed → no_show',
  },
];

/**
 * The booking lifecycle after confirmation, for class bookings and appointments alike. They are
 * checkout routes because the answer is the booking with its payment (payments/booking-views.ts).
 */
export function lifecycleRoutes(app: ZodApp, { db, clock }: Services): void {
  for (const { path, action, summary } of routes) {
    app.post(
      path,
      {
        schema: {
          tags: ['bookings'],
          summary,
          description:
            'Marking a booking again in the state it is in is a no-op (200). ' +
            '409 invalid_transition from any other state; 409 booking_not_started for completed or a no-show before the start (checking in is open before it).',
          params: idParam('bookingId'),
          body: z.strictObject({}).default({}),
          response: { 200: bookingSchema },
        },
      },
      async (request) => markBooking(db, request.ctx, request.params.bookingId, action, clock.now()),
    );
  }
}
