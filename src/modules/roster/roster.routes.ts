import { z } from 'zod';
import type { ZodApp } from '../../platform/http.ts';
import { idParam } from '../../platform/schemas.ts';
import type { Services } from '../../platform/services.ts';
import { bookingSchema } from '../bookings/bookings.schema.ts';
import {
  ROSTER_MESSAGES_PER_HOUR,
  exportRoster,
  getRoster,
  messageRoster,
  recordPaidAtVenue,
  undoBookingCheckIn,
} from './roster.service.ts';
import {
  paidAtVenueInputSchema,
  rosterMessageInputSchema,
  rosterMessageSchema,
  rosterSchema,
} from './roster.schema.ts';

/**
 * The class roster (staff). Checking in is POST /bookings/{id}/complete once the class has begun
 * (/check-in before it: nothing is completed before it starts), a no-show POST
 * /bookings/{id}/no-show, a late cancel POST /bookings/{id}/cancel and a walk-in POST /bookings as
 * staff: the roster adds only what those do not already do.
 */
export function rosterRoutes(app: ZodApp, { db, clock }: Services): void {
  app.get(
    '/classes/:classId/roster',
    {
      schema: {
        tags: ['roster'],
        summary: 'The class roster (staff): everyone booked, with spots, payment and attendance',
        description:
          'Check in with POST /bookings/{id}/complete once the class has begun (/check-in before it), ' +
          "mark a no-show with /no-show (the policy's no-show fee), " +
          "cancel late with /cancel (the policy's late fee), book a walk-in with POST /bookings as staff.",
        params: idParam('classId'),
        response: { 200: rosterSchema },
      },
    },
    async (request) => getRoster(db, request.ctx, request.params.classId, clock.now()),
  );

  app.get(
    '/classes/:classId/roster/export',
    {
      schema: {
        tags: ['roster'],
        summary: 'The class roster as a CSV download (staff; audited)',
        description: 'RFC 4180, UTF-8 with a BOM, headers in the caller’s language, times in the business’s zone.',
        params: idParam('classId'),
        produces: ['text/csv'],
      },
    },
    async (request, reply) => {
      const file = await exportRoster(db, request.ctx, request.params.classId, clock.now());
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="${file.fileName}"`)
        .send(file.csv);
    },
  );

  app.post(
    '/classes/:classId/roster/messages',
    {
      schema: {
        tags: ['roster'],
        summary: 'Mail everyone booked in the class (staff; audited)',
        description:
          `One mail per booked customer through the outbox, framed in each customer's language. At most ` +
          `${ROSTER_MESSAGES_PER_HOUR} messages per class per hour (429 roster_message_limit); ` +
          '409 roster_empty when nobody is booked.',
        params: idParam('classId'),
        body: rosterMessageInputSchema,
        response: { 202: rosterMessageSchema },
      },
    },
    async (request, reply) => {
      const sent = await messageRoster(db, request.ctx, request.params.classId, request.body, clock.now());
      return reply.status(202).send(sent);
    },
  );

  app.post(
    '/bookings/:bookingId/undo-check-in',
    {
      schema: {
        tags: ['roster'],
        summary: 'Undo a mistaken check-in (staff): in_progress or completed → confirmed, until the class ends',
        description:
          'Confirmed already is a no-op. 409 attendance_final once the class or appointment has ended; ' +
          '409 invalid_transition from any other state (a no-show is not undone: its fee may have been kept).',
        params: idParam('bookingId'),
        body: z.strictObject({}).default({}),
        response: { 200: bookingSchema },
      },
    },
    async (request) => undoBookingCheckIn(db, request.ctx, request.params.bookingId, clock.now()),
  );

  app.post(
    '/bookings/:bookingId/paid-at-venue',
    {
      schema: {
        tags: ['roster'],
        summary: 'The customer paid what was due at the desk (staff): a venue payment, settled at once',
        description:
          '409 nothing_due when nothing is due (or the booking still waits for its own payment); ' +
          '409 amount_mismatch when expectedAmount is not what is due now.',
        params: idParam('bookingId'),
        body: paidAtVenueInputSchema,
        response: { 200: bookingSchema },
      },
    },
    async (request) =>
      recordPaidAtVenue(db, request.ctx, request.params.bookingId, request.body.expectedAmount, clock.now()),
  );
}
