import { z } from 'zod';
import { localDateInputSchema, localeSchema } from '../../platform/schemas.ts';
import { invoiceKinds, invoiceStatuses } from './invoices.tables.ts';

const localDate = z.iso.date();

export const invoiceSummarySchema = z
  .object({
    id: z.uuid(),
    number: z.number().int().describe('Sequential per organisation, without gaps'),
    kind: z.enum(invoiceKinds),
    status: z.enum(invoiceStatuses),
    creditsInvoiceId: z.uuid().nullable().describe('On a credit note: the invoice it credits'),
    issueDate: localDate.describe("In the organisation's time zone"),
    dueDate: localDate,
    currency: z.string(),
    locale: localeSchema,
    customerId: z.uuid().nullable(),
    buyer: z.object({ name: z.string(), email: z.string(), address: z.string().nullable() }),
    totals: z
      .object({
        net: z.number().int(),
        vat: z.number().int(),
        gross: z.number().int(),
        paid: z.number().int(),
        due: z.number().int(),
      })
      .describe('Integer minor units; negative on a credit note'),
    bookingId: z.uuid().nullable(),
    paymentId: z.uuid().nullable(),
    issuedAt: z.iso.datetime(),
    paidAt: z.iso.datetime().nullable(),
  })
  .meta({ id: 'InvoiceSummary' });

export const invoiceSchema = invoiceSummarySchema
  .extend({
    seller: z.object({
      name: z.string(),
      addressLines: z.array(z.string()),
      postcode: z.string().nullable(),
      city: z.string().nullable(),
      country: z.string().nullable(),
      orgNumber: z.string().nullable(),
      vatNumber: z.string().nullable(),
      bankAccount: z.string().nullable(),
      bankgiro: z.string().nullable(),
      swishNumber: z.string().nullable(),
      timeZone: z.string(),
    }),
    pricesIncludeTax: z.boolean(),
    vatBreakdown: z.array(z.object({ basisPoints: z.number().int(), net: z.number().int(), vat: z.number().int() })),
    packagePurchaseId: z.uuid().nullable(),
    lines: z.array(
      z.object({
        description: z.string(),
        quantity: z.number().int(),
        unitAmount: z.number().int(),
        amount: z
          .number()
          .int()
          .describe("As entered: inclusive or exclusive of VAT per the invoice's pricesIncludeTax"),
        vatBasisPoints: z.number().int(),
        netAmount: z.number().int(),
        vatAmount: z.number().int(),
      }),
    ),
  })
  .meta({ id: 'Invoice' });

const page = {
  limit: z.coerce.number().int().min(1).max(500).default(100),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
};

export const invoiceListQuerySchema = z.strictObject({
  status: z.enum(invoiceStatuses).optional(),
  customerId: z.uuid().optional(),
  from: localDateInputSchema.optional().describe('Issued on or after this date'),
  to: localDateInputSchema.optional().describe('Issued on or before this date'),
  ...page,
});

export const myInvoicesQuerySchema = z.strictObject(page);

export const invoiceListSchema = z.object({ invoices: z.array(invoiceSummarySchema) });

export type InvoiceSummaryDto = z.infer<typeof invoiceSummarySchema>;
export type InvoiceDto = z.infer<typeof invoiceSchema>;
