import { z } from 'zod';
import { MAX_YEAR, MIN_YEAR, localDateInputSchema } from '../../platform/schemas.ts';

export const entryKinds = ['payment', 'refund', 'credit_use', 'credit_return'] as const;
export type EntryKind = (typeof entryKinds)[number];
/** Payments, refunds and credit movements share one status vocabulary (a credit movement has happened). */
export const entryStatuses = ['pending', 'succeeded', 'failed', 'cancelled'] as const;
export const entryMethods = ['card', 'swish', 'bank_transfer', 'venue', 'credits'] as const;
export const exportFormats = ['csv', 'json'] as const;
export type ExportFormat = (typeof exportFormats)[number];

const instant = z.iso.datetime();

const range = {
  from: localDateInputSchema.optional().describe("On or after this date, in the organisation's time zone"),
  to: localDateInputSchema.optional().describe("On or before this date, in the organisation's time zone"),
};

export const historyFilterSchema = z.strictObject({
  ...range,
  year: z.coerce
    .number()
    .int()
    .min(MIN_YEAR)
    .max(MAX_YEAR)
    .optional()
    .describe("A calendar year in the organisation's time zone (combined with from/to when both are given)"),
  status: z.enum(entryStatuses).optional(),
  method: z.enum(entryMethods).optional(),
  kind: z.enum(entryKinds).optional(),
});

export const myPaymentsQuerySchema = historyFilterSchema.extend({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z
    .string()
    .max(200)
    .optional()
    .describe('Keyset pagination: the nextCursor of the previous page (entries are newest first)'),
});

export const myPaymentsExportQuerySchema = historyFilterSchema.extend({
  format: z.enum(exportFormats).default('csv'),
});

export const staffExportQuerySchema = z.strictObject({
  ...range,
  format: z.enum(exportFormats).default('csv'),
});

export const historyEntrySchema = z
  .object({
    id: z.string().describe('The payment, refund or (first) credit ledger row'),
    kind: z.enum(entryKinds),
    occurredAt: instant.describe('When the money moved (or the attempt was made), an instant'),
    amount: z
      .number()
      .int()
      .nullable()
      .describe('Integer minor units; negative for a refund; null for a credit movement'),
    currency: z.string().nullable(),
    credits: z.number().int().nullable().describe('Credits moved: negative for a use, positive for a return'),
    method: z.enum(entryMethods),
    status: z.enum(entryStatuses),
    title: z.string().nullable().describe('What it was for: the class, the service or the credit package'),
    startsAt: instant.nullable().describe('When the class or appointment starts'),
    timeZone: z
      .string()
      .nullable()
      .describe(
        "The zone of the booking's place (its location's, else the organisation's) for startsAt; null without a booking",
      ),
    bookingId: z.uuid().nullable(),
    packagePurchaseId: z.uuid().nullable(),
    paymentId: z.uuid().nullable(),
    invoiceId: z.uuid().nullable().describe('The invoice or receipt of the booking or package, if one was issued'),
  })
  .meta({ id: 'PaymentHistoryEntry' });

export const historyPageSchema = z.object({
  entries: z.array(historyEntrySchema),
  nextCursor: z.string().nullable().describe('Pass as cursor for the next (older) page; null on the last page'),
});

export type HistoryFilter = z.infer<typeof historyFilterSchema>;
export type HistoryEntryDto = z.infer<typeof historyEntrySchema>;
