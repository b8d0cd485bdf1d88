import { z } from 'zod';

export const dataExportSchema = z
  .object({
    exportedAt: z.iso.datetime(),
    organisation: z.object({ id: z.uuid(), name: z.string() }),
    sections: z
      .record(z.string(), z.array(z.unknown()))
      .describe('Rows by section (account, customers, bookings, payments, refunds, invoices, credit ledger, audit…)'),
  })
  .meta({ id: 'PersonalDataExport' });

export const accountDeleteSchema = z.strictObject({ password: z.string().min(1).max(200) });

/** An erasure cannot be undone: the caller says so, as an account's deletion asks for its password. */
export const guestEraseSchema = z.strictObject({
  confirm: z.literal(true).describe('true: erase, knowing it cannot be undone'),
});

export const guestLinkSchema = z.strictObject({ token: z.string().min(1).max(500) });

export const dataLinkParams = z.strictObject({ token: z.string().min(1).max(200) });
