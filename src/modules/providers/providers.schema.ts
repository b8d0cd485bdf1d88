import { z } from 'zod';
import { timeZoneSchema } from '../orgs/orgs.schema.ts';
import { dateTimeInputSchema, lineSchema, localDateInputSchema } from '../../platform/schemas.ts';

export const wallTimeSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a local time HH:MM');
export const wallEndTimeSchema = z
  .string()
  .regex(/^(([01]\d|2[0-3]):[0-5]\d|24:00)$/, 'must be a local time HH:MM (or 24:00)');
export const localDateSchema = localDateInputSchema.describe('A date in the provider’s time zone, YYYY-MM-DD');

/** Fixed-width "HH:MM" strings compare in time order, "24:00" last. */
const endAfterStart = <T extends { start: string; end: string }>(schema: z.ZodType<T>) =>
  schema.refine((value) => value.end > value.start, { message: 'must be after start', path: ['end'] });

const intervalFields = {
  start: wallTimeSchema,
  end: wallEndTimeSchema,
  locationId: z.uuid().nullable().default(null).describe('Where this interval is worked; null: anywhere'),
};

export const intervalSchema = endAfterStart(z.strictObject(intervalFields));
export const weeklyIntervalSchema = endAfterStart(
  z.strictObject({
    weekday: z.number().int().min(1).max(7).describe('ISO: 1 = Monday … 7 = Sunday'),
    ...intervalFields,
  }),
);

export const weeklyHoursInputSchema = z.strictObject({
  intervals: z.array(weeklyIntervalSchema).max(200).describe('The whole week; replaces what was there'),
});

export const weeklyHoursSchema = z
  .object({
    timeZone: z.string().describe('Zone of the wall times'),
    intervals: z.array(
      z.object({
        weekday: z.number().int(),
        start: z.string(),
        end: z.string(),
        locationId: z.uuid().nullable(),
      }),
    ),
  })
  .meta({ id: 'WeeklyHours' });

export const dateOverrideInputSchema = z.strictObject({
  intervals: z.array(intervalSchema).max(50).describe('Hours on that date instead of the weekly ones; empty: closed'),
});

export const dateOverrideSchema = z
  .object({
    date: z.string(),
    closed: z.boolean(),
    intervals: z.array(z.object({ start: z.string(), end: z.string(), locationId: z.uuid().nullable() })),
  })
  .meta({ id: 'DateOverride' });

export const dateRangeQuerySchema = z.strictObject({
  from: localDateSchema.optional().describe('First date (default: today in the provider’s zone)'),
  to: localDateSchema.optional().describe('Last date, inclusive (default: a year after from)'),
});

export const timeOffCreateSchema = z.strictObject({
  startsAt: dateTimeInputSchema.describe('An instant, or a local date-time in the provider’s zone'),
  endsAt: dateTimeInputSchema,
  note: z.string().trim().max(500).default('').describe('Seen by staff only'),
});

export const timeOffSchema = z
  .object({
    id: z.uuid(),
    startsAt: z.iso.datetime(),
    endsAt: z.iso.datetime(),
    note: z.string(),
  })
  .meta({ id: 'TimeOff' });

const providerFields = {
  name: lineSchema(200),
  bio: z.string().trim().max(5000),
  userId: z.uuid().nullable().describe('A staff or admin account of the organisation that is this provider'),
  timeZone: timeZoneSchema.describe("IANA time zone of the provider's hours; defaults to the organisation's"),
  active: z.boolean(),
};

export const providerCreateSchema = z.strictObject({
  ...providerFields,
  bio: providerFields.bio.default(''),
  userId: providerFields.userId.default(null),
  timeZone: providerFields.timeZone.optional(),
  active: providerFields.active.default(true),
});

export const providerUpdateSchema = z
  .strictObject(providerFields)
  .partial()
  .refine((value) => Object.keys(value).length > 0, 'send at least one field to change');

export const providerListQuerySchema = z.strictObject({
  active: z
    .enum(['true', 'false'])
    .transform((value) => value === 'true')
    .optional()
    .describe('Staff only; the public sees active providers'),
});

export const providerSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    bio: z.string(),
    active: z.boolean(),
    userId: z.uuid().nullable().optional().describe('Staff only'),
    timeZone: z.string().optional().describe('Staff only'),
    serviceIds: z.array(z.uuid()).optional().describe('Staff only: the services this provider performs'),
  })
  .meta({ id: 'Provider' });

export type WeeklyHoursInput = z.infer<typeof weeklyHoursInputSchema>;
export type DateOverrideInput = z.infer<typeof dateOverrideInputSchema>;
export type DateOverrideDto = z.infer<typeof dateOverrideSchema>;
export type DateRangeQuery = z.infer<typeof dateRangeQuerySchema>;
export type TimeOffCreateInput = z.infer<typeof timeOffCreateSchema>;
export type TimeOffDto = z.infer<typeof timeOffSchema>;
export type WeeklyHoursDto = z.infer<typeof weeklyHoursSchema>;
export type ProviderCreateInput = z.infer<typeof providerCreateSchema>;
export type ProviderUpdateInput = z.infer<typeof providerUpdateSchema>;
export type ProviderDto = z.infer<typeof providerSchema>;
