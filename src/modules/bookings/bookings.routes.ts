import { z } from 'zod';
import type { Services } from '../../platform/services.ts';
import type { ZodApp } from '../../platform/http.ts';
import { idParam } from '../../platform/schemas.ts';
import { classSchema, classUpdateSchema } from '../classes/classes.schema.ts';
import { deleteClass, updateClass } from './bookings.classes.ts';
import { seriesEditResultSchema, seriesEditSchema } from '../classes/series.schema.ts';
import { dateOrDateTimeSchema } from '../../platform/schemas.ts';
import { editSeries, listBookedClassIds } from './bookings.series.ts';
import { customerListQuerySchema, customerSchema } from '../customers/customers.schema.ts';
import { requireRole } from '../../platform/context.ts';
import { getCustomer, listCustomers, requestManageLinks } from './bookings.service.ts';
import { createHold, releaseHold } from './bookings.holds.ts';
import { holdCreateSchema, holdSchema, manageLinksRequestSchema } from './bookings.schema.ts';

/** Routes of bookings that involve no money: class changes that reach into bookings, and the customer list. */
export function bookingRoutes(app: ZodApp, { db, clock }: Services): void {
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

  app.patch(
    '/classes/:classId/series',
    {
      schema: {
        tags: ['classes'],
        summary: 'Change a class of a series: this one, this and following, or all (admin)',
        description:
          'Each class goes through the single-class change (capacity below what is booked is refused; a moved class ' +
          'tells its customers). `this` marks the class as an exception, which later `following` and `all` edits leave ' +
          'as it is; `following` splits the series at this class; `all` reaches every future class. `startTime` is the ' +
          "new local time of day, on each class's own date.",
        params: idParam('classId'),
        body: seriesEditSchema,
        response: { 200: seriesEditResultSchema },
      },
    },
    async (request) => editSeries(db, request.ctx, request.params.classId, request.body, clock.now()),
  );

  app.get(
    '/me/booked-classes',
    {
      schema: {
        tags: ['classes'],
        summary: 'Classes the signed-in account has booked, by id (for the week and month views)',
        description:
          'Live bookings of the caller only, for classes starting between two local dates (at most two months).',
        querystring: z.strictObject({ from: dateOrDateTimeSchema, to: dateOrDateTimeSchema }),
        response: { 200: z.object({ classIds: z.array(z.uuid()) }) },
      },
    },
    async (request) => ({ classIds: await listBookedClassIds(db, request.ctx, request.query) }),
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

  app.post(
    '/manage-links',
    {
      // Asked for by guests, who have no session and so no CSRF token; it only ever mails the address given.
      config: { csrf: false, limit: 'public_write' },
      schema: {
        tags: ['bookings'],
        summary: "Mail the manage links of an address's upcoming bookings (answers 202 whether or not it has any)",
        description:
          'For a guest who lost the link. 429 rate_limited after 3 requests for one address or 10 from one client in 15 minutes.',
        body: manageLinksRequestSchema,
        response: { 202: z.object({ accepted: z.literal(true) }) },
      },
    },
    async (request, reply) => {
      await requestManageLinks(db, request.ctx, request.body.email, clock.now());
      return reply.code(202).send({ accepted: true as const });
    },
  );

  app.post(
    '/holds',
    {
      config: { csrf: false, limit: 'public_write', browsing: true },
      schema: {
        tags: ['bookings'],
        summary: 'Hold a time (or spots in a class) for a few minutes while the customer checks out',
        description:
          'Book it with POST /bookings naming holdId before expiresAt. 409 slot_taken or capacity_full when ' +
          'it is gone; 422 slot_unavailable when the start is not one of the offered slots; 429 too_many_holds when ' +
          'the caller (an account, or a guest address) already holds the organisation’s heldSpots.',
        body: holdCreateSchema,
        response: { 201: holdSchema },
      },
    },
    async (request, reply) => reply.code(201).send(await createHold(db, request.ctx, request.body, clock.now())),
  );

  app.delete(
    '/holds/:holdId',
    {
      config: { csrf: false },
      schema: {
        tags: ['bookings'],
        summary: 'Let a hold go before it lapses',
        params: idParam('holdId'),
        response: { 204: z.undefined() },
      },
    },
    async (request, reply) => {
      await releaseHold(db, request.ctx, request.params.holdId);
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

  app.get(
    '/customers/:customerId',
    {
      schema: {
        tags: ['customers'],
        summary: 'One customer (staff); their bookings are GET /bookings?customerId',
        params: idParam('customerId'),
        response: { 200: customerSchema },
      },
    },
    async (request) => getCustomer(db, request.ctx, request.params.customerId),
  );
}
