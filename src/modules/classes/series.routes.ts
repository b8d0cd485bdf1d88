import { z } from 'zod';
import type { Services } from '../../platform/services.ts';
import { type ZodApp, idempotencyOf, sendStored } from '../../platform/http.ts';
import { idParam } from '../../platform/schemas.ts';
import { classSchema } from './classes.schema.ts';
import {
  duplicateSchema,
  fromTemplateSchema,
  seriesCreateSchema,
  seriesSchema,
  templateInputSchema,
  templateSchema,
} from './series.schema.ts';
import {
  classFromTemplate,
  createSeries,
  createTemplate,
  deleteTemplate,
  duplicateClass,
  getSeries,
  listTemplates,
} from './series.service.ts';

/** Recurring series, duplicates and templates: routes that only make classes (editing and cancelling a series reach into bookings). */
export function seriesRoutes(app: ZodApp, { db, clock }: Services): void {
  app.post(
    '/series',
    {
      schema: {
        tags: ['classes'],
        summary: 'Create a weekly series of classes (admin). Supports Idempotency-Key.',
        description:
          'A weekly pattern (weekdays, local start time, length, from a date until a date or for a number of occurrences) ' +
          "creates its classes in the location's time zone (else the organisation's), the wall time kept across DST. " +
          'At most 200 classes within two years; a time the clocks skip on one of the dates is refused.',
        body: seriesCreateSchema,
        response: { 201: seriesSchema },
      },
    },
    async (request, reply) =>
      sendStored(reply, await createSeries(db, request.ctx, request.body, clock.now(), idempotencyOf(request))),
  );

  app.get(
    '/series/:seriesId',
    {
      schema: {
        tags: ['classes'],
        summary: 'A series with its classes (staff)',
        description: 'The pattern and every occurrence in time order, cancelled ones included.',
        params: idParam('seriesId'),
        response: { 200: seriesSchema },
      },
    },
    async (request) => getSeries(db, request.ctx, request.params.seriesId),
  );

  app.post(
    '/classes/:classId/duplicate',
    {
      schema: {
        tags: ['classes'],
        summary: 'Copy a class to another date (admin)',
        description: 'The copy has the same fields, local time of day and length, and belongs to no series.',
        params: idParam('classId'),
        body: duplicateSchema,
        response: { 201: classSchema },
      },
    },
    async (request, reply) =>
      sendStored(reply, await duplicateClass(db, request.ctx, request.params.classId, request.body.date)),
  );

  app.get(
    '/class-templates',
    {
      schema: {
        tags: ['classes'],
        summary: 'Class templates (staff)',
        description: 'Named sets of class fields to create a class or a series from.',
        response: { 200: z.object({ templates: z.array(templateSchema) }) },
      },
    },
    async (request) => ({ templates: await listTemplates(db, request.ctx) }),
  );

  app.post(
    '/class-templates',
    {
      schema: {
        tags: ['classes'],
        summary: 'Save a class template (admin)',
        description: "From a class's fields (`classId`) or from fields given; names are unique per organisation.",
        body: templateInputSchema,
        response: { 201: templateSchema },
      },
    },
    async (request, reply) => reply.code(201).send(await createTemplate(db, request.ctx, request.body)),
  );

  app.delete(
    '/class-templates/:templateId',
    {
      schema: {
        tags: ['classes'],
        summary: 'Delete a class template (admin)',
        description: 'Classes and series made from it stay as they are.',
        params: idParam('templateId'),
        response: { 204: z.undefined() },
      },
    },
    async (request, reply) => {
      await deleteTemplate(db, request.ctx, request.params.templateId);
      return reply.code(204).send();
    },
  );

  app.post(
    '/class-templates/:templateId/classes',
    {
      schema: {
        tags: ['classes'],
        summary: 'Create a class from a template (admin). Supports Idempotency-Key.',
        description:
          "The template's fields at `startsAt` (local in the organisation's zone, or an instant), for its length.",
        params: idParam('templateId'),
        body: fromTemplateSchema,
        response: { 201: classSchema },
      },
    },
    async (request, reply) =>
      sendStored(
        reply,
        await classFromTemplate(
          db,
          request.ctx,
          request.params.templateId,
          request.body.startsAt,
          idempotencyOf(request),
        ),
      ),
  );
}
