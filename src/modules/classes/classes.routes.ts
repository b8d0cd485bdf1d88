import { z } from 'zod';
import type { Services } from '../../platform/services.ts';
import { requireRole } from '../../platform/context.ts';
import { type ZodApp, idempotencyOf, sendStored } from '../../platform/http.ts';
import { idParam } from '../../platform/schemas.ts';
import { classCreateSchema, classListQuerySchema, classSchema } from './classes.schema.ts';
import { createClass, getClass, listClasses } from './classes.service.ts';

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
}
