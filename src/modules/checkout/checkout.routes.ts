import { z } from 'zod';
import { requireRole } from '../../platform/context.ts';
import { type ZodApp, idempotencyOf, sendStored } from '../../platform/http.ts';
import { idParam } from '../../platform/schemas.ts';
import type { Services } from '../../platform/services.ts';
import { serverKey } from '../../platform/tokens.ts';
import {
  bookingCancelSchema,
  bookingCreateSchema,
  bookingCreatedSchema,
  bookingSchema,
  manageTokenParams,
} from '../bookings/bookings.schema.ts';
import { manageRef } from '../bookings/bookings.service.ts';
import { classCancelSchema, classSchema } from '../classes/classes.schema.ts';
import { cancelBooking, cancelClass, createBooking } from './checkout.service.ts';

/** The routes that start a flow crossing bookings and money: book (and pay), cancel (and refund). */
export function checkoutRoutes(app: ZodApp, { db, clock, config, cardGateway }: Services): void {
  const tokenKey = serverKey(config);
  app.post(
    '/bookings',
    {
      schema: {
        tags: ['bookings'],
        summary: 'Book spots in a class, as a guest or signed in. Supports Idempotency-Key.',
        description:
          '201 with a new booking, or 200 with the existing one when this customer already holds a booking in the class. ' +
          '409 capacity_full when the class has fewer spots left than asked for.',
        body: bookingCreateSchema,
        response: { 200: bookingCreatedSchema, 201: bookingCreatedSchema },
      },
    },
    async (request, reply) => {
      const stored = await createBooking(db, request.ctx, request.body, idempotencyOf(request), {
        now: clock.now(),
        publicUrl: config.publicUrl,
        tokenKey,
        cardGateway,
      });
      return sendStored(reply, stored);
    },
  );

  app.post(
    '/bookings/:bookingId/cancel',
    {
      schema: {
        tags: ['bookings'],
        summary: 'Cancel a booking (its customer before the deadline, or staff at any time)',
        params: idParam('bookingId'),
        body: bookingCancelSchema,
        response: { 200: bookingSchema },
      },
    },
    async (request) =>
      cancelBooking(db, request.ctx, { id: request.params.bookingId }, request.body.reason, clock.now()),
  );

  app.post(
    '/manage/:token/cancel',
    {
      config: { csrf: false },
      schema: {
        tags: ['bookings'],
        summary: 'Cancel a booking by its manage token, before the deadline',
        params: manageTokenParams,
        body: bookingCancelSchema,
        response: { 200: bookingSchema },
      },
    },
    async (request) =>
      cancelBooking(db, request.ctx, manageRef(tokenKey, request.params.token), request.body.reason, clock.now()),
  );

  app.post(
    '/classes/:classId/cancel',
    {
      schema: {
        tags: ['classes'],
        summary: 'Cancel a class and all its bookings (admin)',
        params: idParam('classId'),
        body: classCancelSchema,
        response: { 200: z.object({ class: classSchema, cancelledBookingIds: z.array(z.uuid()) }) },
      },
    },
    async (request) => {
      requireRole(request.ctx, 'admin');
      return cancelClass(db, request.ctx, request.params.classId, request.body.reason, clock.now());
    },
  );
}
