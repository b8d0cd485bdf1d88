import { z } from 'zod';
import { currencySchema } from '../orgs/orgs.schema.ts';
import { lineSchema, moneySchema } from '../../platform/schemas.ts';

const priceInputSchema = z.strictObject({
  amount: z.number().int().min(0).max(100_000_000).describe('Integer minor units: 65000 is 650.00 SEK'),
  currency: currencySchema.optional().describe("Defaults to the organisation's currency"),
});

const whereSchema = z
  .discriminatedUnion('mode', [
    z.strictObject({ mode: z.literal('at_location'), locationId: z.uuid() }),
    z.strictObject({ mode: z.literal('at_customer') }).describe("On site at the customer's address"),
    z.strictObject({ mode: z.literal('remote') }).describe('A video meeting'),
  ])
  .describe('Where the appointment happens');

const serviceFields = {
  name: lineSchema(200),
  description: z.string().trim().max(5000),
  durationMinutes: z.number().int().min(5).max(1440),
  bufferBeforeMinutes: z.number().int().min(0).max(720).describe('Kept free before each appointment'),
  bufferAfterMinutes: z.number().int().min(0).max(720).describe('Kept free after each appointment'),
  slotIntervalMinutes: z.number().int().min(5).max(1440).describe('Start times every this many minutes'),
  minimumNoticeMinutes: z.number().int().min(0).max(525_600),
  maximumDaysAhead: z.number().int().min(1).max(730),
  price: priceInputSchema,
  where: whereSchema,
  providerIds: z.array(z.uuid()).max(200).describe('Providers who offer it; replaces the list'),
  active: z.boolean(),
};

export const serviceCreateSchema = z.strictObject({
  ...serviceFields,
  description: serviceFields.description.default(''),
  bufferBeforeMinutes: serviceFields.bufferBeforeMinutes.default(0),
  bufferAfterMinutes: serviceFields.bufferAfterMinutes.default(0),
  slotIntervalMinutes: serviceFields.slotIntervalMinutes
    .nullable()
    .optional()
    .describe('Omitted or null: the length plus both buffers, so that a booked time does not block the next start'),
  minimumNoticeMinutes: serviceFields.minimumNoticeMinutes.default(0),
  maximumDaysAhead: serviceFields.maximumDaysAhead.default(90),
  providerIds: serviceFields.providerIds.default([]),
  active: serviceFields.active.default(true),
});

export const serviceUpdateSchema = z
  .strictObject({
    ...serviceFields,
    slotIntervalMinutes: serviceFields.slotIntervalMinutes
      .nullable()
      .describe('null: back to the length plus both buffers (and following them)'),
  })
  .partial()
  .refine((value) => Object.keys(value).length > 0, 'send at least one field to change');

export const serviceListQuerySchema = z.strictObject({
  active: z
    .enum(['true', 'false'])
    .transform((value) => value === 'true')
    .optional()
    .describe('Staff only; the public sees active services'),
});

export const serviceSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    description: z.string(),
    durationMinutes: z.number().int(),
    bufferBeforeMinutes: z.number().int(),
    bufferAfterMinutes: z.number().int(),
    slotIntervalMinutes: z.number().int().describe('Start times every this many minutes'),
    slotIntervalSet: z
      .boolean()
      .describe('false: the service sets no interval, and it is the length plus both buffers'),
    minimumNoticeMinutes: z.number().int(),
    maximumDaysAhead: z.number().int(),
    price: moneySchema,
    where: z.object({
      mode: z.enum(['at_location', 'at_customer', 'remote']),
      locationId: z.uuid().nullable(),
    }),
    providerIds: z.array(z.uuid()).describe('Public: active providers only'),
    capacity: z.number().int(),
    active: z.boolean(),
  })
  .meta({ id: 'Service' });

export type ServiceCreateInput = z.infer<typeof serviceCreateSchema>;
export type ServiceUpdateInput = z.infer<typeof serviceUpdateSchema>;
export type ServiceDto = z.infer<typeof serviceSchema>;
