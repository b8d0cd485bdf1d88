import { z } from 'zod';
import type { ZodApp } from '../../platform/http.ts';
import { idParam } from '../../platform/schemas.ts';
import type { Services } from '../../platform/services.ts';
import { apiKeyCreateSchema, apiKeyCreatedSchema, apiKeySchema } from './api-keys.schema.ts';
import { createApiKey, listApiKeys, revokeApiKey } from './api-keys.service.ts';

const tags = ['api keys'];

export function apiKeyRoutes(app: ZodApp, { db, clock }: Services): void {
  app.get(
    '/api-keys',
    {
      schema: {
        tags,
        summary: "This organisation's API keys (admin)",
        response: { 200: z.object({ keys: z.array(apiKeySchema) }) },
      },
    },
    async (request) => ({ keys: await listApiKeys(db, request.ctx) }),
  );

  app.post(
    '/api-keys',
    {
      schema: {
        tags,
        summary: 'Make an API key (admin); the secret is in this answer only',
        body: apiKeyCreateSchema,
        response: { 201: apiKeyCreatedSchema },
      },
    },
    async (request, reply) => reply.code(201).send(await createApiKey(db, request.ctx, request.body)),
  );

  app.delete(
    '/api-keys/:keyId',
    {
      schema: {
        tags,
        summary: 'Revoke an API key (admin): it stops working at once',
        params: idParam('keyId'),
        response: { 200: apiKeySchema },
      },
    },
    async (request) => revokeApiKey(db, request.ctx, request.params.keyId, clock.now()),
  );
}
