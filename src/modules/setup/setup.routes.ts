import type { ZodApp } from '../../platform/http.ts';
import type { Services } from '../../platform/services.ts';
import { setupChecklistSchema } from './setup.schema.ts';
import { dismissSetupChecklist, readSetupChecklist } from './setup.service.ts';

export function setupRoutes(app: ZodApp, { db, clock, cardGateway }: Services): void {
  const cardPayments = cardGateway !== null;
  app.get(
    '/organisation/setup',
    {
      schema: {
        tags: ['organisation'],
        summary: "The setup checklist of the dashboard: each step done or not, from the organisation's data (admin)",
        response: { 200: setupChecklistSchema },
      },
    },
    async (request) => readSetupChecklist(db, request.ctx, cardPayments),
  );

  app.post(
    '/organisation/setup/dismiss',
    {
      schema: {
        tags: ['organisation'],
        summary: 'Put the setup checklist away for every admin of the organisation (admin)',
        response: { 200: setupChecklistSchema },
      },
    },
    async (request) => dismissSetupChecklist(db, request.ctx, cardPayments, clock.now()),
  );
}
