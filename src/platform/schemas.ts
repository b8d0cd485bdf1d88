import { z } from 'zod';

/** Emails are compared case-insensitively, so they are stored lower-case. */
export const emailSchema = z.string().trim().toLowerCase().max(320).pipe(z.email());

export const localeSchema = z.enum(['en', 'sv']);

export const nameSchema = z.string().trim().min(1).max(200);

export const passwordSchema = z.string().min(10, 'must be at least 10 characters').max(200);

export const moneySchema = z
  .object({
    amount: z.number().int().describe('Integer minor units (öre, cents)'),
    currency: z.string().length(3).describe('ISO 4217 code'),
  })
  .meta({ id: 'Money' });

/** A date-time with an offset (an instant), or without one (wall-clock time in the organisation's zone). */
export const dateTimeInputSchema = z
  .string()
  .regex(
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2})?$/,
    'must be an ISO 8601 date-time, e.g. 2026-03-29T18:00 (local) or 2026-03-29T16:00:00Z',
  );

/** A calendar date or a date-time; dates are read in the organisation's zone. */
export const dateOrDateTimeSchema = z
  .string()
  .regex(
    /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2})?)?$/,
    'must be a date (2026-03-29) or an ISO 8601 date-time',
  );

export const idParam = <K extends string>(name: K) => z.strictObject({ [name]: z.uuid() } as { [P in K]: z.ZodUUID });
