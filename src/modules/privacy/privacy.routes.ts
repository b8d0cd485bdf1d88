import { z } from 'zod';
import type { ZodApp } from '../../platform/http.ts';
import type { Services } from '../../platform/services.ts';
import { SESSION_COOKIE } from '../auth/auth.context.ts';
import { accountDeleteSchema, dataExportSchema } from './privacy.schema.ts';
import { deleteMyAccount, exportMyData } from './privacy.service.ts';

export function privacyRoutes(app: ZodApp, services: Services): void {
  const { db, clock } = services;

  app.get(
    '/me/data',
    {
      config: { limit: 'account' },
      schema: {
        tags: ['profile'],
        summary: 'Everything held about the signed-in account in this organisation, as JSON',
        response: { 200: dataExportSchema },
      },
    },
    async (request, reply) => {
      const data = await exportMyData(db, request.ctx, clock.now());
      return reply.header('content-disposition', 'attachment; filename="my-data.json"').send(data);
    },
  );

  app.delete(
    '/me',
    {
      config: { limit: 'account' },
      schema: {
        tags: ['profile'],
        summary:
          'Delete the account (password required): personal data anonymised, future bookings cancelled by the cancellation policy, payments and invoices kept; refused while something is unpaid',
        body: accountDeleteSchema,
        response: { 204: z.undefined() },
      },
    },
    async (request, reply) => {
      await deleteMyAccount(db, request.ctx, request.body.password, clock.now());
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.code(204).send();
    },
  );
}
