import { z } from 'zod';
import type { Services } from '../../platform/services.ts';
import { requireRole } from '../../platform/context.ts';
import { type ZodApp, idempotencyOf, sendStored } from '../../platform/http.ts';
import { idParam } from '../../platform/schemas.ts';
import { serviceCreateSchema, serviceListQuerySchema, serviceSchema, serviceUpdateSchema } from './services.schema.ts';
import {
  createService,
  deleteService,
  getService,
  listServices,
  setServicesOfProvider,
  updateService,
} from './services.service.ts';

const tags = ['catalogue'];

const providerServicesSchema = z.strictObject({ serviceIds: z.array(z.uuid()).max(500) });

export function serviceRoutes(app: ZodApp, { db }: Services): void {
  app.put(
    '/providers/:providerId/services',
    {
      schema: {
        tags,
        summary: 'Set the services a provider offers, replacing the list in one step (admin)',
        params: idParam('providerId'),
        body: providerServicesSchema,
        response: { 200: providerServicesSchema.extend({ providerId: z.uuid() }) },
      },
    },
    async (request) => {
      requireRole(request.ctx, 'admin');
      return setServicesOfProvider(db, request.ctx, request.params.providerId, request.body.serviceIds);
    },
  );

  app.get(
    '/services',
    {
      schema: {
        tags,
        summary: 'Bookable services: duration, price, where, providers (public: active ones)',
        querystring: serviceListQuerySchema,
        response: { 200: z.object({ services: z.array(serviceSchema) }) },
      },
    },
    async (request) => ({ services: await listServices(db, request.ctx, request.query.active) }),
  );

  app.get(
    '/services/:serviceId',
    {
      schema: {
        tags,
        summary: 'One service (public if active)',
        params: idParam('serviceId'),
        response: { 200: serviceSchema },
      },
    },
    async (request) => getService(db, request.ctx, request.params.serviceId),
  );

  app.post(
    '/services',
    {
      schema: {
        tags,
        summary: 'Add a service (admin). Supports Idempotency-Key.',
        body: serviceCreateSchema,
        response: { 201: serviceSchema },
      },
    },
    async (request, reply) => {
      requireRole(request.ctx, 'admin');
      return sendStored(reply, await createService(db, request.ctx, request.body, idempotencyOf(request)));
    },
  );

  app.patch(
    '/services/:serviceId',
    {
      schema: {
        tags,
        summary: 'Change a service (admin); providerIds replaces the list',
        params: idParam('serviceId'),
        body: serviceUpdateSchema,
        response: { 200: serviceSchema },
      },
    },
    async (request) => {
      requireRole(request.ctx, 'admin');
      return updateService(db, request.ctx, request.params.serviceId, request.body);
    },
  );

  app.delete(
    '/services/:serviceId',
    {
      schema: {
        tags,
        summary: 'Delete a service (admin); 409 service_in_use when it has bookings (deactivate it instead)',
        params: idParam('serviceId'),
        response: { 204: z.undefined() },
      },
    },
    async (request, reply) => {
      requireRole(request.ctx, 'admin');
      await deleteService(db, request.ctx, request.params.serviceId);
      return reply.code(204).send();
    },
  );
}
