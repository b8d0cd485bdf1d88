import { z } from 'zod';

/** Emails are compared case-insensitively, so they are stored lower-case. */
export const emailSchema = z.string().trim().toLowerCase().max(320).pipe(z.email());

export const localeSchema = z.enum(['en', 'sv']);

/**
 * One line of text, as a name, title or subject is: no control characters (line breaks, tabs, escape)
 * and no bidirectional overrides or isolates, which could make a name read as something else in a
 * mail, a list or a calendar entry (a "Payment: paid" line under it, or its letters reversed).
 */
export const lineSchema = (max: number) =>
  z
    .string()
    .trim()
    .min(1)
    .max(max)
    .regex(
      /^[^\p{Cc}\u2028\u2029\u202A-\u202E\u2066-\u2069]*$/u,
      'must be one line of text, without control characters',
    );

export const nameSchema = lineSchema(200);

/** A phone number as people write it: one line, so it fits a footer and a tel: link. */
export const phoneSchema = z
  .string()
  .trim()
  .regex(/^\+?[0-9][0-9 ()-]{4,38}$/, 'digits, spaces, brackets and dashes, with an optional leading +');

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

const inYears = (value: string) => {
  const year = Number(value.slice(0, 4));
  return year >= MIN_YEAR && year <= MAX_YEAR;
};

/** A calendar date, YYYY-MM-DD (a day in some zone, said where it is used). */
export const localDateInputSchema = z.iso
  .date()
  .refine(inYears, `must be a date in the years ${MIN_YEAR}–${MAX_YEAR}`)
  .describe('A date, YYYY-MM-DD');

/** An instant: an ISO 8601 date-time with its offset. */
export const instantInputSchema = z.iso
  .datetime({ offset: true })
  .refine(inYears, `must be a date-time in the years ${MIN_YEAR}–${MAX_YEAR}`);

/** A calendar date or a date-time; dates are read in the organisation's zone. */
export const dateOrDateTimeSchema = z
  .string()
  .regex(
    new RegExp(`^${YEAR}-\\d{2}-\\d{2}(${TIME}${OFFSET}?)?$`),
    `must be a date (2026-03-29) or an ISO 8601 date-time in the years ${MIN_YEAR}–${MAX_YEAR}`,
  );

/** How deep a request's JSON may nest: no Slotwise body comes near it. */
export const MAX_NESTING = 32;

/**
 * What is wrong with a parsed request part as a whole, or null: a string holding NUL or a lone UTF-16
 * surrogate (PostgreSQL refuses both in text and jsonb), or nesting deeper than MAX_NESTING. Every
 * request part is checked before its schema runs: one rule for every field, present and future. The
 * walk keeps one path, so a body nested as deep as the size limit allows costs no more than its size
 * (a copied path per level made 40 KB of brackets a second of blocked server: a denial of service).
 */
export function malformedPart(value: unknown): { path: string; message: string } | null {
  const path: string[] = [];
  const walk = (item: unknown): string | null => {
    if (typeof item === 'string') return isWellFormedText(item) ? null : NOT_TEXT;
    if (item === null || typeof item !== 'object') return null;
    if (path.length >= MAX_NESTING) return TOO_DEEP;
    for (const [key, inner] of Object.entries(item)) {
      path.push(key);
      if (!isWellFormedText(key)) {
        path[path.length - 1] = '(key)';
        return NOT_TEXT;
      }
      const found = walk(inner);
      if (found !== null) return found;
      path.pop();
    }
    return null;
  };
  const message = walk(value);
  return message === null ? null : { path: path.join('.'), message };
}

const NOT_TEXT = 'must not contain NUL or invalid Unicode';
const TOO_DEEP = `must not nest deeper than ${MAX_NESTING} levels`;

// With the u flag a surrogate pair is one code point, so \p{Cs} matches only a lone half.
const LONE_SURROGATE = /\p{Cs}/u;
const isWellFormedText = (text: string): boolean => !text.includes('\0') && !LONE_SURROGATE.test(text);

export const idParam = <K extends string>(name: K) => z.strictObject({ [name]: z.uuid() } as { [P in K]: z.ZodUUID });
