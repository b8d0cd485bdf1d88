import { z } from 'zod';
import type { Services } from '../../platform/services.ts';
import type { ZodApp } from '../../platform/http.ts';
import { idParam } from '../../platform/schemas.ts';
import { serverKey } from '../../platform/tokens.ts';
import { bookingListQuerySchema, bookingSchema, manageTokenParams, myBookingsQuerySchema } from './bookings.schema.ts';
import { classSchema, classUpdateSchema } from '../classes/classes.schema.ts';
import { deleteClass, updateClass } from './bookings.classes.ts';
import { customerListQuerySchema, customerSchema } from '../customers/customers.schema.ts';
import { requireRole } from '../../platform/context.ts';
import {
  deleteBooking,
  getBooking,
  listBookings,
  listCustomers,
  listMyBookings,
  manageRef,
} from './bookings.service.ts';

export function bookingRoutes(app: ZodApp, { db, clock, config }: Services): void {
  const tokenKey = serverKey(config);

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

  // Changing or deleting a class reaches into its bookings (bookings.classes.ts).
  app.patch(
    '/classes/:classId',
    {
      schema: {
        tags: ['classes'],
        summary: 'Change a class (admin)',
        params: idParam('classId'),
        body: classUpdateSchema,
        response: { 200: classSchema },
      },
    },
    async (request) => {
      requireRole(request.ctx, 'admin');
      return updateClass(db, request.ctx, request.params.classId, request.body, clock.now());
    },
  );

  app.delete(
    '/classes/:classId',
    {
      schema: {
        tags: ['classes'],
        summary: 'Delete a class without bookings (admin); a class with bookings is cancelled instead',
        params: idParam('classId'),
        response: { 204: z.undefined() },
      },
    },
    async (request, reply) => {
      requireRole(request.ctx, 'admin');
      await deleteClass(db, request.ctx, request.params.classId);
      return reply.code(204).send();
    },
  );

  // The staff's customer list counts bookings, so it is served here rather than by customers.
  app.get(
    '/customers',
    {
      schema: {
        tags: ['customers'],
        summary: 'Customers of this organisation, guests and accounts (staff)',
        querystring: customerListQuerySchema,
        response: { 200: z.object({ customers: z.array(customerSchema) }) },
      },
    },
    async (request) => {
      requireRole(request.ctx, 'staff');
      return { customers: await listCustomers(db, request.ctx, request.query) };
    },
  );
}
