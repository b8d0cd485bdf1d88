import { IANAZone } from 'luxon';
import { z } from 'zod';
import { emailSchema, lineSchema, localeSchema, phoneSchema } from '../../platform/schemas.ts';
import { invoicePolicies } from './orgs.tables.ts';

/**
 * An IANA time zone, stored under the name the runtime's zone data gives it ("europe/stockholm" is
 * Europe/Stockholm, the retired alias US/Pacific-New is America/Los_Angeles): the database reads the
 * zone too (reports, analytics), and its zone data no longer knows every alias the runtime accepts.
 */
export const timeZoneSchema = z
  .string()
  .min(1)
  .max(64)
  .refine((zone) => IANAZone.isValidZone(zone), 'must be an IANA time zone such as Europe/Stockholm')
  .transform((zone) => new Intl.DateTimeFormat('en', { timeZone: zone }).resolvedOptions().timeZone);

/** The currencies of ISO 4217 that are in use, as the runtime's ICU knows them (SEK, EUR, …; not ZZZ). */
const currencies = new Set(Intl.supportedValuesOf('currency'));

export const currencySchema = z
  .string()
  .refine((code) => currencies.has(code), 'must be an ISO 4217 currency code in use, such as SEK or EUR');

/** Regions ICU can name: the ISO 3166-1 alpha-2 countries (SE, NO, …), not unassigned codes such as SW. */
const regionNames = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });

export const countryCodeSchema = z
  .string()
  .refine(
    (code) => /^[A-Z]{2}$/.test(code) && code !== 'ZZ' && regionNames.of(code) !== undefined,
    'must be an ISO 3166-1 alpha-2 country code, such as SE',
  );

/** WCAG's relative luminance of a `#rrggbb` colour. */
function luminance(hex: string): number {
  const channel = (offset: number) => {
    const value = Number.parseInt(hex.slice(offset, offset + 2), 16) / 255;
    return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

/** Contrast of a colour with white: buttons print white text on the accent, links print the accent on white. */
export const contrastWithWhite = (hex: string): number => 1.05 / (luminance(hex) + 0.05);

export const organisationSchema = z
  .object({
    id: z.uuid(),
    slug: z.string(),
    name: z.string(),
    timeZone: z.string(),
    currency: z.string(),
    defaultLocale: localeSchema,
    cancellationDeadlineHours: z.number().int(),
    reminderHours: z.number().int(),
    mailFrom: z.string().nullable(),
    mailReplyTo: z.string().nullable(),
    contactEmail: z.string().nullable().describe('Where customers are told to write to the business'),
    contactPhone: z.string().nullable().describe('Where customers are told to call the business'),
    accentColor: z.string().nullable(),
    logoVersion: z
      .string()
      .nullable()
      .describe('Null when there is no logo; else changes with every new logo: GET /organisation/logo?v={logoVersion}'),
    paymentMethods: z.array(z.enum(['card', 'swish', 'bank_transfer', 'venue'])),
    holdMinutes: z.number().int(),
    slotHoldMinutes: z.number().int(),
    manualPaymentHours: z.number().int(),
    swishNumber: z.string().nullable(),
    bankAccount: z.string().nullable(),
    unbookablePaymentPolicy: z.enum(['refund', 'queue']),
    legalName: z.string().nullable(),
    addressLines: z.array(z.string()),
    postcode: z.string().nullable(),
    city: z.string().nullable(),
    country: z.string().nullable(),
    orgNumber: z.string().nullable(),
    vatNumber: z.string().nullable(),
    bankgiro: z.string().nullable(),
    invoiceDueDays: z.number().int(),
    invoicePolicy: z.enum(invoicePolicies),
    waitlistOfferMinutes: z.number().int(),
    cardPayments: z.boolean().describe('Whether card payments work on this deployment (Stripe is configured)'),
  })
  .meta({ id: 'Organisation' });

export const organisationUpdateSchema = z
  .strictObject({
    name: lineSchema(200),
    timeZone: timeZoneSchema,
    currency: currencySchema,
    defaultLocale: localeSchema,
    cancellationDeadlineHours: z.number().int().min(0).max(8760),
    reminderHours: z
      .number()
      .int()
      .min(0)
      .max(720)
      .describe('Hours before a class that its reminder is mailed; 0 for none'),
    mailFrom: z
      .string()
      .trim()
      .max(320)
      .regex(/^([^<>]+<[^\s<>@]+@[^\s<>@]+>|[^\s<>@]+@[^\s<>@]+)$/, 'must be an address, or a name and <address>')
      .nullable(),
    mailReplyTo: z.email().max(320).nullable().describe('Where answers to the mails go; null: to the sender'),
    contactEmail: emailSchema
      .nullable()
      .describe('Shown to customers where they are told to contact the business (pages, mail footers, errors)'),
    contactPhone: phoneSchema.nullable().describe('Shown to customers beside the contact email'),
    accentColor: z
      .string()
      .regex(/^#[0-9a-f]{6}$/, 'must be a colour such as #0f766e')
      // WCAG AA for normal text, both ways round, so no page needs a second colour to stay readable.
      .refine((hex) => contrastWithWhite(hex) >= 4.5, 'is too light: white text on it needs a contrast of 4.5:1')
      .nullable()
      .describe('The accent colour of the booking pages (#rrggbb, lower case); null keeps the default'),
    paymentMethods: z
      .array(z.enum(['card', 'swish', 'bank_transfer', 'venue']))
      .min(1)
      .refine((list) => new Set(list).size === list.length, 'list each method once'),
    holdMinutes: z.number().int().min(1).max(1440).describe('How long a card checkout holds its spots'),
    slotHoldMinutes: z
      .number()
      .int()
      .min(1)
      .max(60)
      .describe('How long a chosen time or spot is held while the customer fills in the checkout'),
    manualPaymentHours: z
      .number()
      .int()
      .min(1)
      .max(720)
      .describe('How long a Swish or bank transfer booking waits for payment'),
    swishNumber: z
      .string()
      .trim()
      .regex(/^[0-9 -]{5,20}$/, 'must be a Swish number')
      .nullable(),
    bankAccount: z.string().trim().min(5).max(100).nullable(),
    unbookablePaymentPolicy: z
      .enum(['refund', 'queue'])
      .describe(
        'A payment that arrives when its booking can no longer be made: refund it at once, or queue it for an admin',
      ),
    legalName: lineSchema(200).nullable().describe('The name on invoices; null uses the name'),
    addressLines: z.array(lineSchema(200)).max(4),
    postcode: z.string().trim().min(1).max(20).nullable(),
    city: z.string().trim().min(1).max(100).nullable(),
    country: countryCodeSchema.nullable(),
    orgNumber: z.string().trim().min(1).max(40).nullable().describe('Organisation number, printed on invoices'),
    vatNumber: z.string().trim().min(1).max(40).nullable().describe('VAT registration number, printed on invoices'),
    bankgiro: z.string().trim().min(1).max(40).nullable(),
    invoiceDueDays: z.number().int().min(0).max(365).describe('Days from issue to the due date of an invoice'),
    invoicePolicy: z
      .enum(invoicePolicies)
      .describe('When invoices are issued by themselves: when a booking is made, after it is completed, or never'),
    waitlistOfferMinutes: z
      .number()
      .int()
      .min(5)
      .max(10080)
      .describe('How long a freed spot is kept for the first on the waitlist (never past half the time left)'),
  })
  .partial()
  .refine((value) => Object.keys(value).length > 0, 'send at least one field to change');

export type OrganisationUpdate = z.infer<typeof organisationUpdateSchema>;
