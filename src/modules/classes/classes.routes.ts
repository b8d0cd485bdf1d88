import { z } from 'zod';
import type { Services } from '../../platform/services.ts';
import { requireRole } from '../../platform/context.ts';
import { type ZodApp, idempotencyOf, sendStored } from '../../platform/http.ts';
import { ReadCache } from '../../platform/read-cache.ts';
import { idParam } from '../../platform/schemas.ts';
import {
  classCreateSchema,
  classListQuerySchema,
  classSchema,
  classTypeInputSchema,
  classTypeSchema,
} from './classes.schema.ts';
import {
  createClass,
  createClassType,
  deleteClassType,
  getClass,
  listClassTypes,
  listInstructors,
  listClasses,
  updateClassType,
} from './classes.service.ts';

export function classRoutes(app: ZodApp, { db, clock, readCache = new ReadCache(clock, 0) }: Services): void {
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
    async (request, reply) =>
      readCache.send(request, reply, request.ctx.org.id, async () => ({
        classes: await listClasses(db, request.ctx, request.query, clock.now()),
      })),
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
    async (request, reply) =>
      readCache.send(request, reply, request.ctx.org.id, () => getClass(db, request.ctx, request.params.classId)),
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

  app.get(
    '/class-instructors',
    {
      schema: {
        tags: ['classes'],
        summary: "The timetable's instructors: active providers named on a class still to come (public)",
        description:
          'For a filter of the timetable by providerId; a class with only a free-text instructorName is not in it.',
        response: { 200: z.object({ instructors: z.array(z.object({ id: z.uuid(), name: z.string() })) }) },
      },
    },
    async (request) => ({ instructors: await listInstructors(db, request.ctx, clock.now()) }),
  );

  app.get(
    '/class-types',
    {
      schema: {
        tags: ['classes'],
        summary: 'Class types: labels on classes that credit packages can be limited to (public)',
        response: { 200: z.object({ classTypes: z.array(classTypeSchema) }) },
      },
    },
    async (request) => ({ classTypes: await listClassTypes(db, request.ctx) }),
  );

  app.post(
    '/class-types',
    {
      schema: {
        tags: ['classes'],
        summary: 'Add a class type (admin)',
        body: classTypeInputSchema,
        response: { 201: classTypeSchema },
      },
    },
    async (request, reply) => reply.code(201).send(await createClassType(db, request.ctx, request.body)),
  );

  app.patch(
    '/class-types/:classTypeId',
    {
      schema: {
        tags: ['classes'],
        summary: 'Rename a class type (admin)',
        params: idParam('classTypeId'),
        body: classTypeInputSchema,
        response: { 200: classTypeSchema },
      },
    },
    async (request) => updateClassType(db, request.ctx, request.params.classTypeId, request.body),
  );

  app.delete(
    '/class-types/:classTypeId',
    {
      schema: {
        tags: ['classes'],
        summary: 'Remove a class type (admin); its classes become untyped',
        params: idParam('classTypeId'),
        response: { 204: z.undefined() },
      },
    },
    async (request, reply) => {
      await deleteClassType(db, request.ctx, request.params.classTypeId);
      return reply.code(204).send();
    },
  );
}
