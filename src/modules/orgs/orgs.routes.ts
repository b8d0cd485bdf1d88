import { requireRole } from '../../platform/context.ts';
import type { ZodApp } from '../../platform/http.ts';
import type { Services } from '../../platform/services.ts';
import { organisationSchema, organisationUpdateSchema } from './orgs.schema.ts';
import { changeOrganisation } from './orgs.service.ts';

export function organisationRoutes(app: ZodApp, { db, cardGateway }: Services): void {
  const cardPayments = cardGateway !== null;
  app.get(
    '/organisation',
    {
      schema: {
        tags: ['organisation'],
        summary: 'The organisation this request is for (public settings only)',
        response: { 200: organisationSchema },
      },
    },
    async (request) => ({ ...request.ctx.org, cardPayments }),
  );

  app.patch(
    '/organisation',
    {
      schema: {
        tags: ['organisation'],
        summary: 'Change the organisation settings (admin)',
        body: organisationUpdateSchema,
        response: { 200: organisationSchema },
      },
    },
    async (request) => {
      requireRole(request.ctx, 'admin');
      return { ...(await changeOrganisation(db, request.ctx, request.body)), cardPayments };
    },
  );
}
