import { z } from 'zod';
import { requireRole } from '../../platform/context.ts';
import { type ZodApp, idempotencyOf, sendStored } from '../../platform/http.ts';
import { createGeocoder } from '../../platform/geocoding.ts';
import { idParam } from '../../platform/schemas.ts';
import type { Services } from '../../platform/services.ts';
import { serverKey } from '../../platform/tokens.ts';
import { seriesCancelResultSchema, seriesCancelSchema } from '../classes/series.schema.ts';
import { cancelSeries } from './checkout.series.ts';
import {
  bookingCancelSchema,
  bookingCreateSchema,
  bookingCreatedSchema,
  bookingListQuerySchema,
  myBookingsQuerySchema,
  bookingRescheduleSchema,
  bookingSchema,
  rescheduledBookingSchema,
  manageTokenParams,
} from '../bookings/bookings.schema.ts';
import { manageRef } from '../bookings/bookings.service.ts';
import { classCancelSchema, classSchema } from '../classes/classes.schema.ts';
import {
  cancelBooking,
  cancelClass,
  createBooking,
  deleteBooking,
  getBooking,
  listBookings,
  listMyBookings,
} from './checkout.service.ts';
import { rescheduleBooking } from './checkout.reschedule.ts';

/** The routes that start a flow crossing bookings and money: book (and pay), cancel (and refund). */
export function checkoutRoutes(app: ZodApp, { db, clock, config, cardGateway, logger }: Services): void {
  const tokenKey = serverKey(config);
  const geocoder = createGeocoder(config, { logger });
  app.post(
    '/bookings',
    {
      config: { limit: 'public_write', idempotent: true },
      schema: {
        tags: ['bookings'],
        summary: 'Book spots in a class or an appointment, as a guest or signed in. Supports Idempotency-Key.',
        description:
          '201 with a new booking, or 200 with the existing one when this customer already holds a booking in the class. ' +
          "409 capacity_full when the class has fewer spots left than asked for. The price is the server's quote " +
          '(POST /quotes): with expectedTotal, another total answers 409 price_changed with the new quote; a promo ' +
          'code used up answers 409 promo_exhausted unless withoutPromoIfExhausted. The payment opened is for the ' +
          'deposit, when the service or class asks for one.',
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
        geocoder,
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
      config: { csrf: false, limit: 'public_write' },
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
    '/bookings/:bookingId/reschedule',
    {
      schema: {
        tags: ['bookings'],
        summary:
          'Move an appointment to another time or provider, or a class booking to another class (its customer until reschedulableUntil, or staff)',
        description:
          'providerId absent keeps the provider; null lets any free provider take it. 409 slot_taken when the new time is taken; capacity_full when the class has no room (or people waiting); class_started when it has begun (customers). The booking is priced again at the new time or class: a higher price adds the difference to what is due, a lower one refunds it by card (priceChange says which). dryRun answers without moving.',
        params: idParam('bookingId'),
        body: bookingRescheduleSchema,
        response: { 200: rescheduledBookingSchema },
      },
    },
    async (request) => rescheduleBooking(db, request.ctx, { id: request.params.bookingId }, request.body, clock.now()),
  );

  app.post(
    '/manage/:token/reschedule',
    {
      config: { csrf: false, limit: 'public_write' },
      schema: {
        tags: ['bookings'],
        summary:
          'Move a booking (an appointment to another time, a class booking to another class) by its manage token, until reschedulableUntil',
        params: manageTokenParams,
        body: bookingRescheduleSchema,
        response: { 200: rescheduledBookingSchema },
      },
    },
    async (request) =>
      rescheduleBooking(db, request.ctx, manageRef(tokenKey, request.params.token), request.body, clock.now()),
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
  app.post(
    '/classes/:classId/series/cancel',
    {
      schema: {
        tags: ['classes'],
        summary: 'Cancel a class of a series, it and the following ones, or all future ones (admin)',
        description:
          'Each class is cancelled as a single class is: its bookings cancelled, customers told, payments refunded once.',
        params: idParam('classId'),
        body: seriesCancelSchema,
        response: { 200: seriesCancelResultSchema },
      },
    },
    async (request) => cancelSeries(db, request.ctx, request.params.classId, request.body, clock.now()),
  );

  app.get(
    '/bookings',
    {
      schema: {
        tags: ['bookings'],
        summary: 'All bookings, newest first, with filters (staff)',
        querystring: bookingListQuerySchema,
        response: { 200: z.object({ bookings: z.array(bookingSchema) }) },
      },
    },
    async (request) => ({ bookings: await listBookings(db, request.ctx, request.query, clock.now()) }),
  );

  app.get(
    '/me/bookings',
    {
      schema: {
        tags: ['bookings'],
        summary: "The signed-in customer's bookings",
        querystring: myBookingsQuerySchema,
        response: { 200: z.object({ bookings: z.array(bookingSchema) }) },
      },
    },
    async (request) => ({ bookings: await listMyBookings(db, request.ctx, request.query, clock.now()) }),
  );

  app.get(
    '/bookings/:bookingId',
    {
      schema: {
        tags: ['bookings'],
        summary: 'One booking (its customer, or staff)',
        params: idParam('bookingId'),
        response: { 200: bookingSchema },
      },
    },
    async (request) => getBooking(db, request.ctx, { id: request.params.bookingId }, clock.now()),
  );

  app.delete(
    '/bookings/:bookingId',
    {
      schema: {
        tags: ['bookings'],
        summary: 'Delete a booking for good (admin); the audit log keeps it',
        params: idParam('bookingId'),
        response: { 204: z.undefined() },
      },
    },
    async (request, reply) => {
      await deleteBooking(db, request.ctx, request.params.bookingId, clock.now());
      return reply.code(204).send();
    },
  );

  app.get(
    '/manage/:token',
    {
      schema: {
        tags: ['bookings'],
        summary: 'A booking by its manage token (the link in the confirmation mail)',
        params: manageTokenParams,
        response: { 200: bookingSchema },
      },
    },
    async (request) => getBooking(db, request.ctx, manageRef(tokenKey, request.params.token), clock.now()),
  );
}
