import type { Location, Money } from './api/client';
import type { Locale } from './i18n/messages';
import { type DateStyle, clockRange, clockText, dateIn } from './zone-clock';

export { dateIn, offerVisitorZone, shownZone } from './zone-clock';

/** The regional formats behind each language: day-month order and the 24-hour clock for both. */
export const localeTags: Record<Locale, string> = { en: 'en-GB', sv: 'sv-SE' };

/*
 * Building an Intl formatter costs far more than using one, and a week page formats every class's
 * price while a phone's first render is measured (issue 14): money formatters are built once (the
 * clock's own are kept in zone-clock.ts).
 */
const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();
function memoised<F extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, build: () => F): F {
  let formatter = formatters.get(key) as F | undefined;
  if (!formatter) {
    formatter = build();
    formatters.set(key, formatter);
  }
  return formatter;
}

const moneyFormat = (tag: string, currency: string) =>
  memoised(`money ${tag} ${currency}`, () => new Intl.NumberFormat(tag, { style: 'currency', currency }));

const fractionDigits = (currency: string): number =>
  moneyFormat('en', currency).resolvedOptions().maximumFractionDigits ?? 2;

/** Money arrives in integer minor units (öre, cents): 15000 SEK is 150,00 kr. */
export function formatMoney({ amount, currency }: Money, locale: Locale): string {
  const digits = fractionDigits(currency);
  const tag = localeTags[locale];
  // In Swedish a whole amount is written without öre: "350 kr", "350,50 kr".
  const format =
    locale === 'sv' && amount % 10 ** digits === 0
      ? memoised(
          `money whole ${tag} ${currency}`,
          () =>
            new Intl.NumberFormat(tag, {
              style: 'currency',
              currency,
              minimumFractionDigits: 0,
              maximumFractionDigits: 0,
            }),
        )
      : moneyFormat(tag, currency);
  return format.format(amount / 10 ** digits);
}

/** Reads an amount typed in major units ("150", "150,50", "150.5") as minor units; null if it is not one. */
export function parseMoneyInput(text: string, currency: string): number | null {
  const normalised = text.trim().replace(/\s/g, '').replace(',', '.');
  if (!/^\d+(\.\d+)?$/.test(normalised)) return null;
  const digits = fractionDigits(currency);
  const [, decimals = ''] = normalised.split('.');
  if (decimals.length > digits) return null;
  return Math.round(Number(normalised) * 10 ** digits);
}

/** "25" or "12,5" typed as a percent, as basis points (2500, 1250); null if it is not one. */
export function parsePercentInput(text: string): number | null {
  const normalised = text.trim().replace(',', '.');
  if (!/^\d+(\.\d{1,2})?$/.test(normalised)) return null;
  return Math.round(Number(normalised) * 100);
}

export const formatPercent = (basisPoints: number, locale: Locale): string =>
  new Intl.NumberFormat(localeTags[locale], { style: 'percent', maximumFractionDigits: 2 }).format(
    basisPoints / 10_000,
  );

/** A fee of a cancellation policy: a fixed amount in minor units, or basis points of what was paid. */
export const formatFee = (
  fee: { kind: 'fixed' | 'percent'; value: number },
  currency: string,
  locale: Locale,
): string =>
  fee.kind === 'percent' ? formatPercent(fee.value, locale) : formatMoney({ amount: fee.value, currency }, locale);

/** Minor units shown in major units for an input field, without grouping: 15000 SEK is "150.00". */
export const moneyInputValue = ({ amount, currency }: Money): string => {
  const digits = fractionDigits(currency);
  return (amount / 10 ** digits).toFixed(digits);
};

export type { DateStyle };

/** An instant as the organisation's wall clock shows it, never the browser's. */
export const formatInstant = (iso: string, style: DateStyle, locale: Locale, timeZone: string): string =>
  clockText(iso, style, localeTags[locale], timeZone);

/** "07:00–08:00" in the organisation's time zone. */
export const formatTimeRange = (startsAt: string, endsAt: string, locale: Locale, timeZone: string): string =>
  clockRange(startsAt, endsAt, localeTags[locale], timeZone);

/*
 * Calendar dates ("2026-03-30") for week navigation. They are days in the organisation's time
 * zone; arithmetic on them runs in UTC, where every day has 24 hours.
 */

const calendarDate = (date: string): Date => new Date(`${date}T00:00:00Z`);
const isoDate = (date: Date): string => date.toISOString().slice(0, 10);

export const addDays = (date: string, days: number): string => {
  const next = calendarDate(date);
  next.setUTCDate(next.getUTCDate() + days);
  return isoDate(next);
};

/** Today's date in the organisation's time zone. */
export const todayIn = (timeZone: string): string => dateIn(new Date().toISOString(), timeZone);

/** The instant a calendar date begins in `timeZone` (midnight there, whatever the offset that day). */
export const startOfDayIn = (date: string, timeZone: string): string => wallInstant(date, '00:00', timeZone);

/**
 * The instant a wall time ("18:00") on a calendar date has in `timeZone`. A time the clocks skip
 * that day (a spring DST gap) has none: it comes back as the next hour's instant, which
 * `wallTimeExists` tells apart.
 */
export function wallInstant(date: string, time: string, timeZone: string): string {
  const wall = new Date(`${date}T${time}:00Z`).getTime();
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
  });
  const offsetAt = (instant: number) => {
    const p = Object.fromEntries(parts.formatToParts(instant).map((part) => [part.type, Number(part.value)]));
    return Date.UTC(p.year ?? 0, (p.month ?? 1) - 1, p.day ?? 1, p.hour ?? 0, p.minute ?? 0) - instant;
  };
  // The offset at the guess can differ from the offset at the answer on a DST day: ask twice.
  const first = wall - offsetAt(wall);
  return new Date(wall - offsetAt(first)).toISOString();
}

/** Whether the clocks in `timeZone` show `time` on `date` at all (not on a spring DST gap). */
export const wallTimeExists = (date: string, time: string, timeZone: string): boolean =>
  new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(
    new Date(wallInstant(date, time, timeZone)),
  ) === time;

/** The offset from UTC an instant has in `timeZone`: "GMT+1", "GMT+2". */
export const offsetName = (iso: string, timeZone: string, locale: Locale): string =>
  new Intl.DateTimeFormat(localeTags[locale], { timeZone, timeZoneName: 'shortOffset' })
    .formatToParts(new Date(iso))
    .find((part) => part.type === 'timeZoneName')?.value ?? '';

/** The ISO weekday of a calendar date: 1 = Monday … 7 = Sunday. */
export const isoWeekday = (date: string): number => ((calendarDate(date).getUTCDay() + 6) % 7) + 1;

/**
 * The local dates a weekly pattern falls on, as the server makes them (series.service.ts): from
 * `fromDate`, on the chosen ISO weekdays, until `untilDate` or for `occurrences` classes, within
 * `maxSpanDays`. One more than `maxOccurrences` at most, enough to say it is too many.
 */
export function seriesDates(
  pattern: { weekdays: number[]; fromDate: string; untilDate?: string; occurrences?: number },
  { maxOccurrences, maxSpanDays }: { maxOccurrences: number; maxSpanDays: number },
): string[] {
  const dates: string[] = [];
  if (pattern.weekdays.length === 0 || !isCalendarDate(pattern.fromDate)) return dates;
  const wanted = Math.min(pattern.occurrences ?? maxOccurrences + 1, maxOccurrences + 1);
  for (let offset = 0, day = pattern.fromDate; offset <= maxSpanDays && dates.length < wanted; offset++) {
    if (pattern.untilDate !== undefined && day > pattern.untilDate) break;
    if (pattern.weekdays.includes(isoWeekday(day))) dates.push(day);
    day = addDays(day, 1);
  }
  return dates;
}

export const isCalendarDate = (value: string | null): value is string =>
  value !== null && /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(calendarDate(value).getTime());

/** A calendar date in words, e.g. "Monday 30 March". */
export const formatCalendarDate = (date: string, style: 'day' | 'shortDay', locale: Locale): string =>
  clockText(`${date}T00:00:00Z`, style, localeTags[locale], 'UTC');

/** An address on one line: "Götgatan 1, 118 46 Stockholm, SE". */
/** A location's address on one line, its country by name in the page's language ("Sweden", "Sverige"). */
export const addressText = ({ address }: Pick<Location, 'address'>, locale: Locale): string =>
  [
    ...address.lines,
    [address.postalCode, address.city].filter(Boolean).join(' '),
    address.country ? countryName(address.country, locale) : '',
  ]
    .filter(Boolean)
    .join(', ');

const countryName = (code: string, locale: Locale): string => {
  try {
    return new Intl.DisplayNames([localeTags[locale]], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
};

/** A length of time, "45 min" in both languages (ICU's British short form would say "45 mins"). */
export const formatMinutes = (minutes: number, locale: Locale): string =>
  `${new Intl.NumberFormat(localeTags[locale]).format(minutes)} min`;

/*
 * Time zones for the visitor: appointment times are shown in the zone of whoever looks at them,
 * detected from the browser and changeable, and always named on screen.
 */

const FALLBACK_ZONE = 'UTC';

/** The browser's own time zone, e.g. "America/New_York". */
export function visitorTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || FALLBACK_ZONE;
  } catch {
    return FALLBACK_ZONE;
  }
}

/** Whether the browser knows this IANA zone. */
export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** Every IANA zone the browser knows, sorted; `first` ones lead the list. */
export function timeZoneChoices(first: string[]): string[] {
  const all = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  const leading = [...new Set(first.filter(isTimeZone))];
  return [...leading, ...all.filter((zone) => !leading.includes(zone)).sort()];
}

/*
 * Months ("2026-03") for the appointment calendar, as calendar dates are: arithmetic in UTC.
 */

export const monthOf = (date: string): string => date.slice(0, 7);

export const addMonths = (month: string, months: number): string => {
  const first = calendarDate(`${month}-01`);
  first.setUTCMonth(first.getUTCMonth() + months);
  return isoDate(first).slice(0, 7);
};

export const lastDayOfMonth = (month: string): string => addDays(`${addMonths(month, 1)}-01`, -1);

/**
 * The weeks that show a month, from `firstDay` (ISO: 1 = Monday, 7 = Sunday) on, with the days of
 * the months around it marked.
 */
export function monthWeeks(month: string, firstDay = 1): { date: string; inMonth: boolean }[][] {
  const first = `${month}-01`;
  const last = lastDayOfMonth(month);
  let day = addDays(first, -((isoWeekday(first) - firstDay + 7) % 7));
  const weeks: { date: string; inMonth: boolean }[][] = [];
  while (day <= last) {
    const week = [];
    for (let weekday = 0; weekday < 7; weekday++, day = addDays(day, 1)) {
      week.push({ date: day, inMonth: day >= first && day <= last });
    }
    weeks.push(week);
  }
  return weeks;
}

/** "March 2026" / "mars 2026". */
export const formatMonth = (month: string, locale: Locale): string =>
  new Intl.DateTimeFormat(localeTags[locale], { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    calendarDate(`${month}-01`),
  );

/** The short names of the weekdays from `firstDay` (ISO, Monday by default): "Mon" … "Sun". */
export const weekdayNames = (locale: Locale, style: 'short' | 'long' = 'short', firstDay = 1): string[] =>
  Array.from({ length: 7 }, (_, index) =>
    // 2024-01-01 was a Monday.
    new Intl.DateTimeFormat(localeTags[locale], { weekday: style, timeZone: 'UTC' }).format(
      calendarDate(addDays('2024-01-01', firstDay - 1 + index)),
    ),
  );

/**
 * The first day of a calendar week for the reader (ISO: 1 = Monday, 7 = Sunday). Swedish weeks
 * begin on Monday; English ones as the browser's own English does (Sunday in en-US, Monday in
 * en-GB), where the browser says.
 */
export function firstDayOfWeek(locale: Locale): number {
  if (locale !== 'en' || typeof navigator === 'undefined') return 1;
  const tag = navigator.languages?.find((language) => language.toLowerCase().startsWith('en')) ?? 'en-GB';
  try {
    // getWeekInfo() in current engines, weekInfo in earlier ones; neither is in TypeScript's lib yet.
    const info = new Intl.Locale(tag) as Intl.Locale & {
      getWeekInfo?: () => { firstDay: number };
      weekInfo?: { firstDay: number };
    };
    return info.getWeekInfo?.().firstDay ?? info.weekInfo?.firstDay ?? 1;
  } catch {
    return 1;
  }
}
