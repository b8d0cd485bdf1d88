import { z } from 'zod';

export const dataExportSchema = z
  .object({
    exportedAt: z.iso.datetime({ offset: true }).describe("In the business's time zone, with its offset"),
    organisation: z.object({ id: z.uuid(), name: z.string() }),
    conventions: z
      .object({ times: z.string(), amounts: z.string(), dates: z.string() })
      .describe('How times, amounts and dates are written in the sections, in words'),
    sections: z
      .record(z.string(), z.array(z.unknown()))
      .describe(
        'Rows by section (account, sessions, customers, bookings, packagePurchases, payments, refunds, invoices, ' +
          'creditGrants, creditLedger, waitlistEntries, promoUses, loyaltyLedger, loyaltyRedemptions, savedCards, ' +
          "auditEntries), with camelCase English names: instants in the business's " +
          'time zone with offset, amounts as {amount, currency} in minor units, and no ids of other people (staff)',
      ),
  })
  .meta({ id: 'PersonalDataExport' });

export const accountDeleteSchema = z.strictObject({ password: z.string().min(1).max(200) });

/** An erasure cannot be undone: the caller says so, as an account's deletion asks for its password. */
export const guestEraseSchema = z.strictObject({
  confirm: z.literal(true).describe('true: erase, knowing it cannot be undone'),
});

export const guestLinkSchema = z.strictObject({ token: z.string().min(1).max(500) });

export const dataLinkParams = z.strictObject({ token: z.string().min(1).max(200) });
