import { z } from 'zod';
import { currencySchema } from '../orgs/orgs.schema.ts';
import { dateOrDateTimeSchema, dateTimeInputSchema, lineSchema, moneySchema } from '../../platform/schemas.ts';
import { classStatuses } from './classes.tables.ts';

const priceInputSchema = z.strictObject({
  amount: z.number().int().min(0).max(100_000_000).describe('Integer minor units: 15000 is 150.00 SEK'),
  currency: currencySchema.optional().describe("Defaults to the organisation's currency"),
});

export const classFields = {
  title: lineSchema(200),
  description: z.string().trim().max(5000),
  instructorName: z.string().trim().max(200),
  location: z.string().trim().max(300),
  locationId: z.uuid().nullable().describe('A location of the organisation; the free-text location stays'),
  classTypeId: z.uuid().nullable().describe('A class type of the organisation: what credit packages may be limited to'),
  providerId: z
    .uuid()
    .nullable()
    .describe('The provider who teaches it, for a schedule per instructor; instructorName stays for display'),
  startsAt: dateTimeInputSchema.describe(
    "An instant with its offset (2026-12-03T17:00:00Z), or a local date-time without one (2026-12-03T18:00), read on the clock of the class's location (locationId, or the class's current one on an update), else of the organisation; a local time the clocks skip at a DST change is refused",
  ),
  endsAt: dateTimeInputSchema.describe('As startsAt: an instant, or a local date-time in the same zone'),
  maxSpots: z.number().int().min(1).max(10_000),
  maxSpotsPerCustomer: z.number().int().min(1).max(10_000),
  price: priceInputSchema,
};

export const classCreateSchema = z.strictObject({
  ...classFields,
  description: classFields.description.default(''),
  instructorName: classFields.instructorName.default(''),
  location: classFields.location.default(''),
  locationId: classFields.locationId.default(null),
  classTypeId: classFields.classTypeId.default(null),
  providerId: classFields.providerId.default(null),
  maxSpotsPerCustomer: classFields.maxSpotsPerCustomer.default(1),
});

export const classUpdateSchema = z
  .strictObject(classFields)
  .partial()
  .refine((value) => Object.keys(value).length > 0, 'send at least one field to change');

export const classCancelSchema = z.strictObject({ reason: z.string().trim().max(500).optional() }).default({});

export const classListQuerySchema = z.strictObject({
  from: dateOrDateTimeSchema.optional().describe('Classes starting at or after this (default: now)'),
  to: dateOrDateTimeSchema.optional().describe('Classes starting before the end of this date or before this instant'),
  status: z.enum(classStatuses).optional(),
  providerId: z.uuid().optional().describe("Only this instructor's classes (a provider)"),
  locationId: z.uuid().optional().describe('Only classes at this location'),
  classTypeId: z.uuid().optional().describe('Only classes of this type'),
  seriesId: z.uuid().optional().describe('Only the occurrences of this series'),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

export const classSchema = z
  .object({
    id: z.uuid(),
    title: z.string(),
    description: z.string(),
    instructorName: z.string(),
    location: z.string(),
    locationId: z.uuid().nullable(),
    classTypeId: z.uuid().nullable(),
    providerId: z.uuid().nullable(),
    seriesId: z.uuid().nullable().describe('The recurring series it is an occurrence of'),
    seriesException: z.boolean().describe('Edited on its own: edits to the whole series leave it as it is'),
    startsAt: z.iso.datetime().describe('Instant, UTC'),
    endsAt: z.iso.datetime(),
    startsAtLocal: z.iso
      .datetime({ offset: true })
      .describe("The same instant in timeZone: the class's location's zone, else the organisation's"),
    endsAtLocal: z.iso.datetime({ offset: true }),
    timeZone: z.string(),
    maxSpots: z.number().int(),
    maxSpotsPerCustomer: z.number().int(),
    spotsLeft: z.number().int(),
    soldOut: z.boolean(),
    price: moneySchema,
    status: z.enum(classStatuses),
    cancelledAt: z.iso.datetime().nullable(),
  })
  .meta({ id: 'Class' });

export type ClassCreateInput = z.infer<typeof classCreateSchema>;
export type ClassUpdateInput = z.infer<typeof classUpdateSchema>;
export type ClassListQuery = z.infer<typeof classListQuerySchema>;
export type ClassDto = z.infer<typeof classSchema>;

export const classTypeInputSchema = z.strictObject({ name: lineSchema(200) });

export const classTypeSchema = z
  .object({ id: z.uuid(), name: z.string(), createdAt: z.iso.datetime() })
  .meta({ id: 'ClassType' });

export type ClassTypeInput = z.infer<typeof classTypeInputSchema>;
export type ClassTypeDto = z.infer<typeof classTypeSchema>;
