import type { Services } from '../../platform/services.ts';
import { requireRole } from '../../platform/context.ts';
import type { ZodApp } from '../../platform/http.ts';
import { auditListSchema, auditQuerySchema } from './audit.schema.ts';
import { listAudit } from './audit.service.ts';

export function auditRoutes(app: ZodApp, { db }: Services): void {
  app.get(
    '/audit-log',
    {
      schema: {
        tags: ['audit'],
        summary: 'Who changed what, newest first (admin)',
        querystring: auditQuerySchema,
        response: { 200: auditListSchema },
      },
    },
    async (request) => {
      requireRole(request.ctx, 'admin');
      return listAudit(db, request.ctx, request.query);
    },
  );
}
