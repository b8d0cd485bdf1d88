import { z } from 'zod';
import { lineSchema } from '../../platform/schemas.ts';
import { countryCodeSchema, timeZoneSchema } from '../orgs/orgs.schema.ts';

const coordinatesSchema = z
  .strictObject({
    lat: z.number().min(-90).max(90),
    lng: z.number().min(-180).max(180),
  })
  .describe('WGS 84 degrees');

const addressSchema = z.strictObject({
  lines: z.array(lineSchema(200)).max(4).default([]),
  postalCode: z.string().trim().max(20).default(''),
  city: z.string().trim().max(100).default(''),
  country: countryCodeSchema.or(z.literal('')).default(''),
});

const locationFields = {
  name: lineSchema(200),
  address: addressSchema,
  timeZone: timeZoneSchema.describe("IANA time zone; defaults to the organisation's"),
  coordinates: coordinatesSchema.nullable(),
};

export const locationCreateSchema = z.strictObject({
  ...locationFields,
  address: addressSchema.default({ lines: [], postalCode: '', city: '', country: '' }),
  timeZone: locationFields.timeZone.optional(),
  coordinates: locationFields.coordinates.default(null),
});

export const locationUpdateSchema = z
  .strictObject(locationFields)
  .partial()
  .refine((value) => Object.keys(value).length > 0, 'send at least one field to change');

/** Public: a location is a business address, no personal data. */
export const locationSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    address: z.object({
      lines: z.array(z.string()),
      postalCode: z.string(),
      city: z.string(),
      country: z.string(),
    }),
    timeZone: z.string(),
    coordinates: z.object({ lat: z.number(), lng: z.number() }).nullable(),
  })
  .meta({ id: 'Location' });

export type LocationCreateInput = z.infer<typeof locationCreateSchema>;
export type LocationUpdateInput = z.infer<typeof locationUpdateSchema>;
export type LocationDto = z.infer<typeof locationSchema>;
