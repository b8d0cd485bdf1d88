import { z } from 'zod';
import type { Services } from '../../platform/services.ts';
import { requireRole } from '../../platform/context.ts';
import { type ZodApp, idempotencyOf, sendStored } from '../../platform/http.ts';
import { idParam } from '../../platform/schemas.ts';
import {
  classCancelSchema,
  classCreateSchema,
  classListQuerySchema,
  classSchema,
  classUpdateSchema,
} from './classes.schema.ts';
import { cancelClass, createClass, deleteClass, getClass, listClasses, updateClass } from './classes.service.ts';

export function classRoutes(app: ZodApp, { db, clock }: Services): void {
  app.get(
    '/classes',
    {
      schema: {
        tags: ['classes'],
        summary: 'Upcoming classes with spots left (public)',
        querystring: classListQuerySchema,
        response: { 200: z.object({ classes: z.array(classSchema) }) },
      },
    },
    async (request) => ({ classes: await listClasses(db, request.ctx, request.query, clock.now()) }),
  );

  app.get(
    '/classes/:classId',
    {
      schema: {
        tags: ['classes'],
        summary: 'One class (public)',
        params: idParam('classId'),
        response: { 200: classSchema },
      },
    },
    async (request) => getClass(db, request.ctx, request.params.classId),
  );

  app.post(
    '/classes',
    {
      schema: {
        tags: ['classes'],
        summary: 'Publish a class (admin). Supports Idempotency-Key.',
        body: classCreateSchema,
        response: { 201: classSchema },
      },
    },
    async (request, reply) => {
      requireRole(request.ctx, 'admin');
      const stored = await createClass(db, request.ctx, request.body, idempotencyOf(request));
      return sendStored(reply, stored);
    },
  );

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
