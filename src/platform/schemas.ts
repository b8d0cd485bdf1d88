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

/**
 * Years a date may name. Far years break formatting (Intl and ISO strings have no year 0 or
 * year 10000), and a zone's old or far offsets push a boundary date over the edge; nobody books
 * a class in 1850 or 2500.
 */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2200;
const YEAR = '(19\\d{2}|2[01]\\d{2}|2200)';
const TIME = 'T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,6})?)?';
// Real offsets run from -12:00 to +14:00.
const OFFSET = '(Z|[+-](0\\d|1[0-3]):[0-5]\\d|[+-]14:00)';

/** A date-time with an offset (an instant), or without one (wall-clock time in the organisation's zone). */
export const dateTimeInputSchema = z
  .string()
  .regex(
    new RegExp(`^${YEAR}-\\d{2}-\\d{2}${TIME}${OFFSET}?$`),
    `must be an ISO 8601 date-time in the years ${MIN_YEAR}–${MAX_YEAR}, e.g. 2026-03-29T18:00 (local) or 2026-03-29T16:00:00Z`,
  );

/** A calendar date or a date-time; dates are read in the organisation's zone. */
export const dateOrDateTimeSchema = z
  .string()
  .regex(
    new RegExp(`^${YEAR}-\\d{2}-\\d{2}(${TIME}${OFFSET}?)?$`),
    `must be a date (2026-03-29) or an ISO 8601 date-time in the years ${MIN_YEAR}–${MAX_YEAR}`,
  );

/**
 * Where in a parsed request part a string holds NUL or a lone UTF-16 surrogate, or null.
 * PostgreSQL refuses both in text and jsonb, so every request part is checked before its
 * schema runs: one rule for every field, present and future.
 */
export function malformedTextPath(value: unknown, path: string[] = []): string | null {
  if (typeof value === 'string') return isWellFormedText(value) ? null : path.join('.');
  if (value === null || typeof value !== 'object') return null;
  for (const [key, item] of Object.entries(value)) {
    if (!isWellFormedText(key)) return [...path, '(key)'].join('.');
    const found = malformedTextPath(item, [...path, key]);
    if (found !== null) return found;
  }
  return null;
}

// With the u flag a surrogate pair is one code point, so \p{Cs} matches only a lone half.
const LONE_SURROGATE = /\p{Cs}/u;
const isWellFormedText = (text: string): boolean => !text.includes('\0') && !LONE_SURROGATE.test(text);

export const idParam = <K extends string>(name: K) => z.strictObject({ [name]: z.uuid() } as { [P in K]: z.ZodUUID });
