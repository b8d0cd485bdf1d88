import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Config } from '../../platform/config.ts';
import { DomainError } from '../../platform/errors.ts';
import type { ZodApp } from '../../platform/http.ts';
import { tokenMatches } from '../../platform/metrics.ts';
import type { Services } from '../../platform/services.ts';
import {
  createdAdminSchema,
  createdOrganisationSchema,
  newAdminSchema,
  newOrganisationSchema,
  organisationSummarySchema,
  slugSchema,
} from './operator.schema.ts';
import {
  type OperatorCaller,
  addOrganisationAdmin,
  createOrganisationWithAdmin,
  listAllOrganisations,
} from './operator.service.ts';

export const PLATFORM_PREFIX = '/api/platform';

/**
 * The platform operator is no user of any organisation: it holds PLATFORM_ADMIN_TOKEN. Without the
 * variable the API does not exist (404), so an install that never hosts a second business has no
 * such door at all. Checked before the body is read.
 */
function operatorGate(config: Config) {
  return async (request: FastifyRequest): Promise<void> => {
    const token = config.platformAdminToken;
    if (token === null) throw new DomainError('route_not_found');
    const match = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.authorization ?? '');
    if (!match?.[1] || !tokenMatches(match[1], token)) throw new DomainError('unauthenticated');
  };
}

const caller = (request: FastifyRequest): OperatorCaller => ({
  operator: 'platform api',
  requestId: request.id,
  ip: request.ip ?? null,
  userAgent: request.headers['user-agent'] ?? null,
});

export function operatorRoutes(app: ZodApp, { db, config }: Services): void {
  const onRequest = operatorGate(config);
  app.get(
    `${PLATFORM_PREFIX}/organisations`,
    {
      onRequest,
      schema: {
        tags: ['platform'],
        summary: 'List the organisations of this deployment (platform operator)',
        description: 'Needs `Authorization: Bearer <PLATFORM_ADMIN_TOKEN>`; answers 404 when that variable is unset.',
        response: { 200: z.object({ organisations: z.array(organisationSummarySchema) }) },
      },
    },
    async (_request, reply) => {
      reply.header('cache-control', 'no-store');
      return { organisations: await listAllOrganisations(db) };
    },
  );

  app.post(
    `${PLATFORM_PREFIX}/organisations`,
    {
      onRequest,
      schema: {
        tags: ['platform'],
        summary: 'Create an organisation and its first admin (platform operator)',
        description:
          'The admin gets a generated initial password, answered this once. A slug in use answers 409 `organisation_exists`.',
        body: newOrganisationSchema,
        response: { 201: createdOrganisationSchema },
      },
    },
    async (request, reply) => {
      const created = await createOrganisationWithAdmin(db, caller(request), request.body);
      return reply.code(201).header('cache-control', 'no-store').send(created);
    },
  );

  app.post(
    `${PLATFORM_PREFIX}/organisations/:slug/admins`,
    {
      onRequest,
      schema: {
        tags: ['platform'],
        summary: 'Add an admin to an organisation (platform operator)',
        description: 'For an organisation whose admins are locked out. The initial password is answered this once.',
        params: z.object({ slug: slugSchema }),
        body: newAdminSchema,
        response: { 201: createdAdminSchema },
      },
    },
    async (request, reply) => {
      const admin = await addOrganisationAdmin(db, caller(request), request.params.slug, request.body.email);
      return reply.code(201).header('cache-control', 'no-store').send(admin);
    },
  );
}
