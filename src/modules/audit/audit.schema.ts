import { z } from 'zod';

export const auditQuerySchema = z.strictObject({
  entityType: z
    .string()
    .regex(/^[a-z][a-z_]{0,39}$/, 'an entity type such as booking, class, invoice or api_key')
    .optional(),
  entityId: z.uuid().optional(),
  before: z.coerce.number().int().positive().optional().describe('Cursor: return entries older than this id'),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

const auditEntrySchema = z
  .object({
    id: z.number().int(),
    occurredAt: z.iso.datetime(),
    actor: z.object({
      type: z.enum(['user', 'guest', 'system', 'api_key']),
      id: z.uuid().nullable(),
      label: z.string().nullable().describe("A user's name as it is now, or an API key's name"),
    }),
    ip: z.string().nullable(),
    userAgent: z.string().nullable(),
    requestId: z.string().nullable(),
    action: z.string(),
    entityType: z.string(),
    entityId: z.uuid(),
    before: z.unknown(),
    after: z.unknown(),
  })
  .meta({ id: 'AuditEntry' });

export const auditListSchema = z.object({
  entries: z.array(auditEntrySchema),
  nextBefore: z.number().int().nullable(),
});
