import { z } from 'zod';
import { apiScopes } from '../../platform/context.ts';

export const apiKeyCreateSchema = z.strictObject({
  name: z.string().trim().min(1).max(100).describe('What the key is for, e.g. "Accounting export"'),
  scopes: z
    .array(z.enum(apiScopes))
    .min(1)
    .max(apiScopes.length)
    .refine((scopes) => new Set(scopes).size === scopes.length, 'each scope once')
    .describe(
      '`read`: every GET a staff member may make; `bookings:write`: book, hold, cancel, reschedule, check in; ' +
        '`catalogue:write`: classes, services, providers, locations, packages; `payments:write`: mark paid, ' +
        'refunds, invoices, credit adjustments; `admin`: everything else an admin may do',
    ),
});

export const apiKeySchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    prefix: z.string().describe('The first characters of the secret, to tell keys apart'),
    scopes: z.array(z.enum(apiScopes)),
    createdAt: z.iso.datetime(),
    lastUsedAt: z.iso.datetime().nullable().describe('To the minute'),
    revokedAt: z.iso.datetime().nullable(),
  })
  .meta({ id: 'ApiKey' });

export const apiKeyCreatedSchema = z.object({
  key: apiKeySchema,
  secret: z.string().describe('Shown once: send it as `Authorization: Bearer <secret>`. Only its hash is kept.'),
});

export type ApiKeyCreateInput = z.infer<typeof apiKeyCreateSchema>;
