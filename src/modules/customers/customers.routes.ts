import { z } from 'zod';
import type { Services } from '../../platform/services.ts';
import { requireRole } from '../../platform/context.ts';
import type { ZodApp } from '../../platform/http.ts';
import { customerListQuerySchema, customerSchema } from './customers.schema.ts';
import { listCustomers } from './customers.service.ts';

export function customerRoutes(app: ZodApp, { db }: Services): void {
  app.get(
    '/customers',
    {
      schema: {
        tags: ['customers'],
        summary: 'Customers of this organisation, guests and accounts (staff)',
        querystring: customerListQuerySchema,
        response: { 200: z.object({ customers: z.array(customerSchema) }) },
      },
    },
    async (request) => {
      requireRole(request.ctx, 'staff');
      return { customers: await listCustomers(db, request.ctx, request.query) };
    },
  );
}
