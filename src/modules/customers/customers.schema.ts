import { z } from 'zod';
import { localeSchema } from '../../platform/schemas.ts';

export const customerListQuerySchema = z.strictObject({
  q: z.string().trim().min(1).max(200).optional().describe('Part of a name or email'),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});

export const customerSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    email: z.string(),
    locale: localeSchema.nullable(),
    hasAccount: z.boolean(),
    activeBookings: z.number().int(),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: 'Customer' });
