import { z } from 'zod';
import type { Locale } from './i18n.ts';

/**
 * The message of one field of a `validation_failed` answer, in the caller's language. The schemas
 * and services word their own messages in English; Swedish comes from the table below, by the
 * English text (a pattern where the message names a value). Zod's own messages ("expected
 * number, received undefined") are reworded by their code in plain words. A message the table does
 * not know stays English: better than none, and a test lists the ones a form shows.
 */
export function fieldMessage(message: string, locale: Locale, issue?: z.core.$ZodIssue): string {
  if (locale === 'en') return issue && isZodDefault(issue) ? plainEnglish(issue) : message;
  if (issue && isZodDefault(issue)) return plainSwedish(issue);
  for (const [pattern, swedish] of SWEDISH) {
    if (pattern.test(message)) return message.replace(pattern, swedish);
  }
  return message;
}

const zodEnglish = z.locales.en().localeError;

/** Whether the message is zod's own (no schema gave one). */
function isZodDefault(issue: z.core.$ZodIssue): boolean {
  const own = zodEnglish(issue as never);
  return (typeof own === 'string' ? own : own?.message) === issue.message;
}

const missing = (issue: z.core.$ZodIssue) => issue.code === 'invalid_type' && /received undefined$/.test(issue.message);

function plainEnglish(issue: z.core.$ZodIssue): string {
  if (missing(issue)) return 'required';
  return issue.message;
}

const SWEDISH_TYPES: Record<string, string> = {
  string: 'text',
  number: 'ett tal',
  int: 'ett heltal',
  boolean: 'sant eller falskt',
  array: 'en lista',
  object: 'ett objekt',
};

const SWEDISH_FORMATS: Record<string, string> = {
  email: 'en e-postadress',
  uuid: 'ett id',
  url: 'en webbadress',
  datetime: 'en tidpunkt (ISO 8601)',
  date: 'ett datum (ÅÅÅÅ-MM-DD)',
  time: 'en tid',
};

function plainSwedish(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return missing(issue) ? 'krävs' : `måste vara ${SWEDISH_TYPES[issue.expected] ?? issue.expected}`;
    case 'too_small':
    case 'too_big': {
      const bound = Number(issue.code === 'too_small' ? issue.minimum : issue.maximum);
      const word = issue.code === 'too_small' ? 'minst' : 'högst';
      if (issue.origin === 'string') return `måste ha ${word} ${bound} tecken`;
      if (issue.origin === 'array' || issue.origin === 'set') return `måste ha ${word} ${bound} poster`;
      if (issue.inclusive === false) return `måste vara ${issue.code === 'too_small' ? 'över' : 'under'} ${bound}`;
      return `måste vara ${word} ${bound}`;
    }
    case 'invalid_format':
      return issue.format in SWEDISH_FORMATS ? `måste vara ${SWEDISH_FORMATS[issue.format]}` : 'har fel format';
    case 'invalid_value':
      return `måste vara ${issue.values.map((value) => JSON.stringify(value)).join(' eller ')}`;
    case 'unrecognized_keys':
      return `okänt fält: ${issue.keys.join(', ')}`;
    case 'not_multiple_of':
      return `måste vara en multipel av ${String(issue.divisor)}`;
    default:
      return 'är inte giltigt';
  }
}

/** Our own messages, by their English text. Only what a person typing into a form can meet. */
const SWEDISH: Array<[RegExp, string]> = [
  [/^required$/, 'krävs'],
  [/^must be a Swish number$/, 'måste vara ett Swishnummer'],
  [/^must be a local time HH:MM$/, 'måste vara en tid TT:MM'],
  [/^must be a local time HH:MM \(or 24:00\)$/, 'måste vara en tid TT:MM (eller 24:00)'],
  [/^must be at least (\d+) characters$/, 'måste vara minst $1 tecken'],
  [
    /^one grant gives at most (\d+) credits; grant again for more$/,
    'en tilldelning ger högst $1 krediter; tilldela igen för fler',
  ],
  [/^must be one line of text, without control characters$/, 'måste vara en rad text, utan styrtecken'],
  [
    /^must be an IANA time zone such as Europe\/Stockholm$/,
    'måste vara en IANA-tidszon, till exempel Europe/Stockholm',
  ],
  [/^must be a colour such as (#\w+)$/, 'måste vara en färg, till exempel $1'],
  [
    /^must be an ISO 4217 currency code in use, such as SEK or EUR$/,
    'måste vara en valutakod enligt ISO 4217, till exempel SEK eller EUR',
  ],
  [
    /^must be an ISO 3166-1 alpha-2 country code, such as SE$/,
    'måste vara en landskod enligt ISO 3166-1, till exempel SE',
  ],
  [/^must be a date in the years (\d+)–(\d+)$/, 'måste vara ett datum mellan åren $1 och $2'],
  [/^must be a date-time in the years (\d+)–(\d+)$/, 'måste vara en tidpunkt mellan åren $1 och $2'],
  [
    /^must be an ISO 8601 date-time in the years (\d+)–(\d+), .*$/,
    'måste vara en tidpunkt mellan åren $1 och $2, till exempel 2026-03-29T18:00',
  ],
  [
    /^must be a date \(2026-03-29\) or an ISO 8601 date-time in the years (\d+)–(\d+)$/,
    'måste vara ett datum (2026-03-29) eller en tidpunkt mellan åren $1 och $2',
  ],
  [/^must be after start$/, 'måste vara efter början'],
  [/^must be after startsAt$/, 'måste vara efter starttiden'],
  [/^must be after from$/, 'måste vara efter från-datumet'],
  [/^must not be before from$/, 'får inte vara före från-datumet'],
  [/^must not be after to$/, 'får inte vara efter till-datumet'],
  [/^must not be before fromDate$/, 'får inte vara före startdatumet'],
  [/^must be in the future$/, 'måste vara i framtiden'],
  [/^must be today or later$/, 'måste vara i dag eller senare'],
  [/^must be a whole number ≥ (\d+)$/, 'måste vara ett heltal, minst $1'],
  [/^must be ISO weekdays, 1 \(Monday\) to 7 \(Sunday\)$/, 'måste vara veckodagar, 1 (måndag) till 7 (söndag)'],
  [/^must not repeat a weekday$/, 'får inte upprepa en veckodag'],
  [/^must not be zero$/, 'får inte vara noll'],
  [/^must not contain NUL or invalid Unicode$/, 'får inte innehålla NUL eller ogiltig Unicode'],
  [/^cannot be more than maxSpots$/, 'kan inte vara fler än antalet platser'],
  [/^a template holds classes of 5 minutes to a day$/, 'en mall gäller pass på 5 minuter till ett dygn'],
  [/^a class type has this name$/, 'en passtyp har redan det namnet'],
  [/^a template has this name$/, 'en mall har redan det namnet'],
  [/^another tax rate has this name$/, 'en annan momssats har redan det namnet'],
  [
    /^another promo code is the same \(case does not matter\)$/,
    'en annan rabattkod är likadan (stora och små bokstäver räknas lika)',
  ],
  [/^2 to 40 letters, digits, - or _$/, '2 till 40 bokstäver, siffror, - eller _'],
  [/^validFrom must come before validUntil$/, 'giltig från måste komma före giltig till'],
  [/^name and email are needed to book without an account$/, 'namn och e-post behövs för att boka utan konto'],
  [/^amounts must be whole numbers ≥ 0$/, 'belopp måste vara heltal, minst 0'],
  [/^a percentage is at most 10000 basis points$/, 'en procentsats är högst 10000 baspunkter'],
  [/^an appointment needs its start time$/, 'en tid behöver sin starttid'],
  [
    /^(\d{2}:\d{2}) does not exist on (\d{4}-\d{2}-\d{2}) in (\S+) \(the clocks change then\)$/,
    '$1 finns inte den $2 i $3 (klockan ställs om då)',
  ],
];
