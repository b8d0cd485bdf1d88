import { z } from 'zod';
import { lateActions } from '../policies/policies.tables.ts';
import { instantInputSchema, localDateInputSchema } from '../../platform/schemas.ts';
import { placeSchema, priceLineSchema } from '../bookings/bookings.schema.ts';

const amountSchema = z.number().int().min(0).max(100_000_000).describe('Integer minor units: 65000 is 650.00 SEK');
const basisPointsSchema = z.number().int().min(1).max(10_000).describe('Hundredths of a percent: 2500 is 25 %');
const wallTimeSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a local time HH:MM');
const localDateSchema = localDateInputSchema.describe("A date in the organisation's time zone, YYYY-MM-DD");

export const adjustmentSchema = z
  .discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('percent'), basisPoints: basisPointsSchema }),
    z.strictObject({ kind: z.literal('fixed'), amount: amountSchema.min(1) }),
  ])
  .meta({ id: 'PriceAdjustment' });

export const depositSchema = z
  .discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('none') }),
    z.strictObject({ kind: z.literal('percent'), basisPoints: basisPointsSchema }),
    z.strictObject({ kind: z.literal('fixed'), amount: amountSchema.min(1) }),
  ])
  .describe('Paid at booking; the rest is due later. Of the total, and never more than it')
  .meta({ id: 'Deposit' });

// Tax rates and the organisation's tax settings.

export const taxRateCreateSchema = z.strictObject({
  name: z.string().trim().min(1).max(100),
  basisPoints: z.number().int().min(0).max(10_000).describe('2500 is 25 %'),
});
export const taxRateUpdateSchema = taxRateCreateSchema
  .partial()
  .refine((value) => Object.keys(value).length > 0, 'send at least one field to change');
export const taxRateSchema = z
  .object({ id: z.uuid(), name: z.string(), basisPoints: z.number().int() })
  .meta({ id: 'TaxRate' });

export const pricingSettingsSchema = z
  .object({
    pricesIncludeTax: z.boolean().describe('Prices are entered with tax included (true) or before tax (false)'),
    defaultTaxRateId: z.uuid().nullable().describe('The rate of services and classes without one of their own'),
  })
  .meta({ id: 'PricingSettings' });
export const pricingSettingsUpdateSchema = z
  .strictObject({ pricesIncludeTax: z.boolean(), defaultTaxRateId: z.uuid().nullable() })
  .partial()
  .refine((value) => Object.keys(value).length > 0, 'send at least one field to change');

// What a service or class charges besides its price: its tax rate and deposit.

export const itemPricingSchema = z
  .object({
    taxRateId: z.uuid().nullable().describe("null: the organisation's default rate"),
    deposit: depositSchema,
  })
  .meta({ id: 'ItemPricing' });
export const itemPricingUpdateSchema = z.strictObject({
  taxRateId: z.uuid().nullable(),
  deposit: depositSchema,
});

// Holidays, surcharges, the service area.

export const holidaysSchema = z.strictObject({
  holidays: z
    .array(z.strictObject({ date: localDateSchema, name: z.string().trim().min(1).max(100) }))
    .max(1000)
    .refine((list) => new Set(list.map((day) => day.date)).size === list.length, 'each date at most once'),
});

const surchargeWhenSchema = z.discriminatedUnion('kind', [
  z
    .strictObject({
      kind: z.literal('weekly'),
      weekdays: z.array(z.number().int().min(1).max(7)).min(1).max(7).describe('ISO weekdays: 1 is Monday, 7 Sunday'),
      from: wallTimeSchema.nullable().describe('Local start of the window; null from midnight'),
      until: wallTimeSchema.or(z.literal('24:00')).nullable().describe('Local end of the window; null to midnight'),
    })
    .refine((when) => when.from === null || when.until === null || when.from !== when.until, {
      message: 'from and until must differ (a window may run past midnight: 18:00 to 06:00)',
      path: ['until'],
    }),
  z.strictObject({ kind: z.literal('holiday') }).describe("On the organisation's holidays"),
  z
    .strictObject({ kind: z.literal('short_notice'), withinMinutes: z.number().int().min(1).max(100_000) })
    .describe('Booked this close to the start'),
]);

export const surchargeInputSchema = z.strictObject({
  name: z.string().trim().min(1).max(100),
  when: surchargeWhenSchema,
  adjustment: adjustmentSchema.describe('Percent of the base line, or a fixed amount'),
  active: z.boolean().default(true),
});
export const surchargeSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    when: z.union([
      z.object({
        kind: z.literal('weekly'),
        weekdays: z.array(z.number().int()),
        from: z.string().nullable(),
        until: z.string().nullable(),
      }),
      z.object({ kind: z.literal('holiday') }),
      z.object({ kind: z.literal('short_notice'), withinMinutes: z.number().int() }),
    ]),
    adjustment: adjustmentSchema,
    active: z.boolean(),
  })
  .meta({ id: 'SurchargeRule' });

const coordinatesSchema = z.strictObject({
  lat: z.number().min(-90).max(90),
  lon: z.number().min(-180).max(180),
});

export const serviceAreaInputSchema = z.strictObject({
  centre: coordinatesSchema.nullable().describe('Where distances are measured from; null: postcode zones only'),
  bands: z
    .array(
      z.strictObject({
        upToKm: z.number().int().min(1).max(20_000),
        fixedAmount: amountSchema,
        perKmAmount: amountSchema.describe("Per whole km beyond the previous band's end"),
      }),
    )
    .max(50)
    .refine((bands) => bands.every((band, i) => i === 0 || (bands[i - 1]?.upToKm ?? 0) < band.upToKm), {
      message: 'bands ascend by upToKm',
    })
    .describe('Beyond the last band is outside the area'),
  postcodeZones: z
    .array(
      z.strictObject({
        prefix: z
          .string()
          .transform((prefix) => prefix.replace(/\s+/g, '').toUpperCase())
          .pipe(z.string().regex(/^[A-Z0-9]{1,10}$/, 'letters and digits, at most 10')),
        amount: amountSchema,
      }),
    )
    .max(1000)
    .refine((zones) => new Set(zones.map((zone) => zone.prefix)).size === zones.length, 'each prefix at most once')
    .describe('The longest matching prefix wins'),
});
export const serviceAreaSchema = z
  .object({
    centre: z.object({ lat: z.number(), lon: z.number() }).nullable(),
    bands: z.array(
      z.object({ upToKm: z.number().int(), fixedAmount: z.number().int(), perKmAmount: z.number().int() }),
    ),
    postcodeZones: z.array(z.object({ prefix: z.string(), amount: z.number().int() })),
  })
  .meta({ id: 'ServiceArea' });

// Promo codes.

const promoFields = {
  code: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9_-]{2,40}$/, '2 to 40 letters, digits, - or _')
    .describe('Typed by the customer; case does not matter'),
  adjustment: adjustmentSchema,
  validFrom: instantInputSchema.nullable(),
  validUntil: instantInputSchema.nullable(),
  appliesTo: z
    .discriminatedUnion('kind', [
      z.strictObject({ kind: z.literal('all') }),
      z.strictObject({ kind: z.literal('classes') }),
      z.strictObject({ kind: z.literal('services') }),
      z.strictObject({
        kind: z.literal('listed'),
        serviceIds: z.array(z.uuid()).max(200).default([]),
        classIds: z.array(z.uuid()).max(200).default([]),
      }),
    ])
    .describe('What it can be used for'),
  minimumOrder: amountSchema.describe('The order (before the discount) must come to at least this'),
  maxUses: z.number().int().min(1).max(10_000_000).nullable().describe('Uses in all; null: no limit'),
  maxUsesPerCustomer: z.number().int().min(1).max(10_000).nullable(),
  firstBookingOnly: z.boolean().describe("Only for a customer's first booking"),
  active: z.boolean(),
};

const promoWindow = (value: { validFrom?: string | null; validUntil?: string | null }) =>
  !value.validFrom || !value.validUntil || new Date(value.validFrom) < new Date(value.validUntil);

export const promoCreateSchema = z
  .strictObject({
    ...promoFields,
    validFrom: promoFields.validFrom.default(null),
    validUntil: promoFields.validUntil.default(null),
    appliesTo: promoFields.appliesTo.default({ kind: 'all' }),
    minimumOrder: promoFields.minimumOrder.default(0),
    maxUses: promoFields.maxUses.default(null),
    maxUsesPerCustomer: promoFields.maxUsesPerCustomer.default(null),
    firstBookingOnly: promoFields.firstBookingOnly.default(false),
    active: promoFields.active.default(true),
  })
  .refine(promoWindow, { message: 'validFrom must come before validUntil', path: ['validUntil'] });

export const promoUpdateSchema = z
  .strictObject(promoFields)
  .partial()
  .refine((value) => Object.keys(value).length > 0, 'send at least one field to change')
  .refine(promoWindow, { message: 'validFrom must come before validUntil', path: ['validUntil'] });

export const promoSchema = z
  .object({
    id: z.uuid(),
    code: z.string(),
    adjustment: adjustmentSchema,
    validFrom: z.iso.datetime().nullable(),
    validUntil: z.iso.datetime().nullable(),
    appliesTo: z.union([
      z.object({ kind: z.enum(['all', 'classes', 'services']) }),
      z.object({ kind: z.literal('listed'), serviceIds: z.array(z.uuid()), classIds: z.array(z.uuid()) }),
    ]),
    minimumOrder: z.number().int(),
    maxUses: z.number().int().nullable(),
    maxUsesPerCustomer: z.number().int().nullable(),
    firstBookingOnly: z.boolean(),
    active: z.boolean(),
    usesCount: z.number().int().describe('Uses so far, by bookings that are not cancelled'),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: 'PromoCode' });

// Quotes.

/** What is priced: named as POST /bookings names it. */
export const quoteRequestSchema = z
  .strictObject({
    classId: z.uuid().optional(),
    spots: z.number().int().min(1).max(100).default(1),
    serviceId: z.uuid().optional(),
    providerId: z.uuid().nullable().optional(),
    start: instantInputSchema.optional().describe('Appointments: the start'),
    promoCode: z.string().trim().min(1).max(100).optional(),
    place: placeSchema.optional(),
    address: z
      .string()
      .trim()
      .min(1)
      .max(500)
      .optional()
      .describe("Services at the customer's: the address, placed on the map when a geocoder is configured"),
  })
  .superRefine((value, ctx) => {
    if ((value.classId === undefined) === (value.serviceId === undefined)) {
      ctx.addIssue({ code: 'custom', path: [], message: 'give exactly one of: classId, serviceId' });
    }
    if (value.serviceId !== undefined && value.start === undefined) {
      ctx.addIssue({ code: 'custom', path: ['start'], message: 'an appointment needs its start time' });
    }
  });

export const quoteSchema = z
  .object({
    currency: z.string(),
    pricesIncludeTax: z.boolean(),
    lines: z.array(priceLineSchema),
    subtotal: z.number().int().describe('The lines before the discount'),
    discount: z.number().int(),
    taxes: z.array(
      z.object({
        name: z.string(),
        basisPoints: z.number().int(),
        taxableAmount: z.number().int().describe('Before tax'),
        taxAmount: z.number().int(),
      }),
    ),
    taxTotal: z.number().int(),
    total: z.number().int().describe('What the customer pays in all, tax included'),
    depositDueNow: z.number().int().describe('Paid at booking (the total when there is no deposit)'),
    dueLater: z.number().int(),
    promoApplied: z.boolean().describe('False when the order is under the code’s minimum'),
    distanceKm: z.number().optional().describe("From the area's centre, when the travel fee was priced by distance"),
    cancellation: z
      .object({
        freeUntil: z.iso.datetime().describe('Cancelling is free until this instant (it may have passed already)'),
        lateAction: z
          .enum(lateActions)
          .describe('After freeUntil: refuse (customers may not cancel), fee (lateFee is kept), no_refund'),
        lateFee: z
          .object({
            kind: z.enum(['fixed', 'percent']),
            value: z.number().int().describe('Minor units (fixed) or basis points of what was paid (percent)'),
          })
          .nullable(),
      })
      .describe('The cancellation terms of what is quoted, to show before booking'),
  })
  .meta({ id: 'Quote' });

export type Adjustment = z.infer<typeof adjustmentSchema>;
export type Deposit = z.infer<typeof depositSchema>;
export type TaxRateCreateInput = z.infer<typeof taxRateCreateSchema>;
export type TaxRateUpdateInput = z.infer<typeof taxRateUpdateSchema>;
export type TaxRateDto = z.infer<typeof taxRateSchema>;
export type PricingSettingsDto = z.infer<typeof pricingSettingsSchema>;
export type PricingSettingsUpdate = z.infer<typeof pricingSettingsUpdateSchema>;
export type ItemPricingDto = z.infer<typeof itemPricingSchema>;
export type HolidaysInput = z.infer<typeof holidaysSchema>;
export type SurchargeInput = z.infer<typeof surchargeInputSchema>;
export type SurchargeDto = z.infer<typeof surchargeSchema>;
export type ServiceAreaDto = z.infer<typeof serviceAreaSchema>;
export type ServiceAreaInput = z.infer<typeof serviceAreaInputSchema>;
export type PromoCreateInput = z.infer<typeof promoCreateSchema>;
export type PromoUpdateInput = z.infer<typeof promoUpdateSchema>;
export type PromoDto = z.infer<typeof promoSchema>;
export type QuoteRequest = z.infer<typeof quoteRequestSchema>;
export type QuoteDto = z.infer<typeof quoteSchema>;
