import { z } from 'zod';
import type { Services } from '../../platform/services.ts';
import { requireRole } from '../../platform/context.ts';
import { type ZodApp, idempotencyOf, sendStored } from '../../platform/http.ts';
import { idParam } from '../../platform/schemas.ts';
import { locationCreateSchema, locationSchema, locationUpdateSchema } from './locations.schema.ts';
import { createLocation, deleteLocation, getLocation, listLocations, updateLocation } from './locations.service.ts';

export function locationRoutes(app: ZodApp, { db }: Services): void {
  app.get(
    '/locations',
    {
      schema: {
        tags: ['catalogue'],
        summary: 'Locations: name, address and time zone (public)',
        response: { 200: z.object({ locations: z.array(locationSchema) }) },
      },
    },
    async (request) => ({ locations: await listLocations(db, request.ctx) }),
  );

  app.get(
    '/locations/:locationId',
    {
      schema: {
        tags: ['catalogue'],
        summary: 'One location (public)',
        params: idParam('locationId'),
        response: { 200: locationSchema },
      },
    },
    async (request) => getLocation(db, request.ctx, request.params.locationId),
  );

  app.post(
    '/locations',
    {
      schema: {
        tags: ['catalogue'],
        summary: 'Add a location (admin). Supports Idempotency-Key.',
        body: locationCreateSchema,
        response: { 201: locationSchema },
      },
    },
    async (request, reply) => {
      requireRole(request.ctx, 'admin');
      return sendStored(reply, await createLocation(db, request.ctx, request.body, idempotencyOf(request)));
    },
  );

  app.patch(
    '/locations/:locationId',
    {
      schema: {
        tags: ['catalogue'],
        summary: 'Change a location (admin)',
        params: idParam('locationId'),
        body: locationUpdateSchema,
        response: { 200: locationSchema },
      },
    },
    async (request) => {
      requireRole(request.ctx, 'admin');
      return updateLocation(db, request.ctx, request.params.locationId, request.body);
    },
  );

  app.delete(
    '/locations/:locationId',
    {
      schema: {
        tags: ['catalogue'],
        summary: 'Delete a location no service, class or opening hour uses (admin); otherwise 409 location_in_use',
        params: idParam('locationId'),
        response: { 204: z.undefined() },
      },
    },
    async (request, reply) => {
      requireRole(request.ctx, 'admin');
      await deleteLocation(db, request.ctx, request.params.locationId);
      return reply.code(204).send();
    },
  );
}
