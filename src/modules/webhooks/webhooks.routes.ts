import { z } from 'zod';
import type { Services } from '../../platform/services.ts';
import { requireRole } from '../../platform/context.ts';
import type { ZodApp } from '../../platform/http.ts';
import { idParam } from '../../platform/schemas.ts';
import {
  webhookDeliverySchema,
  webhookEndpointCreatedSchema,
  webhookEndpointInputSchema,
  webhookEndpointSchema,
  webhookEndpointUpdateSchema,
  webhookEventDescriptions,
  webhookEventsSchema,
} from './webhooks.schema.ts';
import { webhookEventTypes } from './webhooks.tables.ts';
import {
  changeEndpoint,
  createEndpoint,
  listDeliveries,
  listEndpoints,
  removeEndpoint,
  retryDelivery,
  rotateSecret,
} from './webhooks.service.ts';

export function webhookRoutes(app: ZodApp, { db, clock }: Services): void {
  const tags = ['webhooks'];
  app.get(
    '/webhooks',
    {
      schema: {
        tags,
        summary: 'Outgoing webhook endpoints (admin)',
        response: { 200: z.object({ endpoints: z.array(webhookEndpointSchema) }) },
      },
    },
    async (request) => {
      requireRole(request.ctx, 'admin');
      return { endpoints: await listEndpoints(db, request.ctx) };
    },
  );

  app.get(
    '/webhooks/events',
    {
      schema: {
        tags,
        summary: 'The events an endpoint may subscribe to, each with a line on what it means (admin)',
        response: { 200: webhookEventsSchema },
      },
    },
    async (request) => {
      requireRole(request.ctx, 'admin');
      const { locale } = request.ctx;
      return {
        events: webhookEventTypes.map((name) => ({ name, description: webhookEventDescriptions[name][locale] })),
      };
    },
  );

  app.post(
    '/webhooks',
    {
      schema: {
        tags,
        summary: 'Register an endpoint; the answer holds its signing secret, shown once (admin)',
        body: webhookEndpointInputSchema,
        response: { 201: webhookEndpointCreatedSchema },
      },
    },
    async (request, reply) => {
      requireRole(request.ctx, 'admin');
      return reply.code(201).send(await createEndpoint(db, request.ctx, request.body));
    },
  );

  app.patch(
    '/webhooks/:endpointId',
    {
      schema: {
        tags,
        summary: 'Change an endpoint (admin)',
        params: idParam('endpointId'),
        body: webhookEndpointUpdateSchema,
        response: { 200: webhookEndpointSchema },
      },
    },
    async (request) => {
      requireRole(request.ctx, 'admin');
      return changeEndpoint(db, request.ctx, request.params.endpointId, request.body);
    },
  );

  app.delete(
    '/webhooks/:endpointId',
    {
      schema: {
        tags,
        summary: 'Remove an endpoint (admin)',
        params: idParam('endpointId'),
        response: { 204: z.undefined() },
      },
    },
    async (request, reply) => {
      requireRole(request.ctx, 'admin');
      await removeEndpoint(db, request.ctx, request.params.endpointId);
      return reply.code(204).send();
    },
  );

  app.get(
    '/webhooks/:endpointId/deliveries',
    {
      schema: {
        tags,
        summary: 'Recent deliveries to an endpoint with their status (admin)',
        params: idParam('endpointId'),
        querystring: z.strictObject({ limit: z.coerce.number().int().min(1).max(500).default(100) }),
        response: { 200: z.object({ deliveries: z.array(webhookDeliverySchema) }) },
      },
    },
    async (request) => {
      requireRole(request.ctx, 'admin');
      return { deliveries: await listDeliveries(db, request.ctx, request.params.endpointId, request.query.limit) };
    },
  );

  app.post(
    '/webhooks/:endpointId/rotate-secret',
    {
      schema: {
        tags,
        summary: 'Give an endpoint a new signing secret, shown once (admin)',
        description:
          'The previous secret keeps signing deliveries for 24 hours (a second v1= in Slotwise-Signature), ' +
          'so the receiver can switch over without refusing any. Audited, without the secrets.',
        params: idParam('endpointId'),
        response: { 200: webhookEndpointCreatedSchema },
      },
    },
    async (request) => {
      requireRole(request.ctx, 'admin');
      return rotateSecret(db, request.ctx, request.params.endpointId, clock.now());
    },
  );

  app.post(
    '/webhooks/:endpointId/deliveries/:deliveryId/retry',
    {
      schema: {
        tags,
        summary: 'Send a failed delivery again, with the same event id (admin)',
        description: '409 webhook_delivery_not_failed when it is pending (still being retried) or delivered. Audited.',
        params: z.strictObject({ endpointId: z.uuid(), deliveryId: z.uuid() }),
        response: { 200: webhookDeliverySchema },
      },
    },
    async (request) => {
      requireRole(request.ctx, 'admin');
      return retryDelivery(db, request.ctx, request.params.endpointId, request.params.deliveryId);
    },
  );
}
