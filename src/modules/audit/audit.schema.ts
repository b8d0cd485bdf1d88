import { z } from 'zod';

export const auditQuerySchema = z.strictObject({
  entityType: z
    .enum([
      'organisation',
      'user',
      'class',
      'booking',
      'customer',
      'payment',
      'webhook_endpoint',
      'location',
      'provider',
      'service',
      'export',
    ])
    .optional(),
  entityId: z.uuid().optional(),
  before: z.coerce.number().int().positive().optional().describe('Cursor: return entries older than this id'),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

const auditEntrySchema = z
  .object({
    id: z.number().int(),
    occurredAt: z.iso.datetime(),
    actor: z.object({ type: z.enum(['user', 'guest', 'system']), id: z.uuid().nullable() }),
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
