import { z } from 'zod';
import type { ZodApp } from '../../platform/http.ts';
import { idParam } from '../../platform/schemas.ts';
import type { Services } from '../../platform/services.ts';
import { policyInputSchema, policySchema } from './policies.schema.ts';
import { deletePolicy, listPolicies, setPolicy } from './policies.service.ts';

const tags = ['cancellation policies'];

export function policyRoutes(app: ZodApp, { db }: Services): void {
  app.get(
    '/cancellation-policies',
    {
      schema: {
        tags,
        summary: 'The default cancellation policy and the overrides per service or class type (staff)',
        response: { 200: z.object({ policies: z.array(policySchema) }) },
      },
    },
    async (request) => ({ policies: await listPolicies(db, request.ctx) }),
  );

  app.put(
    '/cancellation-policies',
    {
      schema: {
        tags,
        summary:
          'Set the policy of the organisation (no serviceId or classTypeId), of a service or of a class type, replacing the one there (admin)',
        body: policyInputSchema,
        response: { 200: policySchema },
      },
    },
    async (request) => setPolicy(db, request.ctx, request.body),
  );

  app.delete(
    '/cancellation-policies/:policyId',
    {
      schema: {
        tags,
        summary: 'Remove a policy: its bookings fall back to the default (admin)',
        params: idParam('policyId'),
        response: { 204: z.undefined() },
      },
    },
    async (request, reply) => {
      await deletePolicy(db, request.ctx, request.params.policyId);
      return reply.code(204).send();
    },
  );
}
