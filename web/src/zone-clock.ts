/*
 * Instants on a named zone's clock, and which clock a visitor sees ("Show times on my clock").
 * Pure and free of imports, so that the unit tests run it as the browser does (format.ts wraps it
 * with the app's languages).
 */

export type DateStyle = 'day' | 'shortDay' | 'time' | 'dateTime' | 'shortDateTime' | 'shortDate';

const styles: Record<DateStyle, Intl.DateTimeFormatOptions> = {
  day: { weekday: 'long', day: 'numeric', month: 'long' },
  shortDay: { weekday: 'short', day: 'numeric', month: 'short' },
  time: { hour: '2-digit', minute: '2-digit' },
  dateTime: { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' },
  shortDateTime: { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' },
  shortDate: { day: 'numeric', month: 'short', year: 'numeric' },
};

/*
 * Building an Intl formatter costs far more than using one, and a week page formats every class's
 * times while a phone's first render is measured (issue 14): each is built once.
 */
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(key: string, build: () => Intl.DateTimeFormat): Intl.DateTimeFormat {
  let found = formatters.get(key);
  if (!found) {
    found = build();
    formatters.set(key, found);
  }
  return found;
}

/** An instant as the clock of `timeZone` shows it, in the regional format `localeTag` ("en-GB"). */
export const clockText = (iso: string, style: DateStyle, localeTag: string, timeZone: string): string =>
  formatter(
    `${style} ${localeTag} ${timeZone}`,
    () => new Intl.DateTimeFormat(localeTag, { ...styles[style], timeZone }),
  ).format(new Date(iso));

/** "07:00–08:00" on the clock of `timeZone`. */
export const clockRange = (startsAt: string, endsAt: string, localeTag: string, timeZone: string): string =>
  `${clockText(startsAt, 'time', localeTag, timeZone)}–${clockText(endsAt, 'time', localeTag, timeZone)}`;

/** The calendar date of an instant on the clock of `timeZone`: "2026-03-30". */
export const dateIn = (iso: string, timeZone: string): string =>
  formatter(
    `date ${timeZone}`,
    () => new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }),
  ).format(new Date(iso));

/** The zone a place's times are shown in: its own (the default), or the visitor's when they chose theirs. */
export const shownZone = (placeZone: string, visitorZone: string, mine: boolean): string =>
  mine ? visitorZone : placeZone;

/** Whether the visitor's own zone is worth offering: some time on the page is in another zone. */
export const offerVisitorZone = (placeZones: readonly string[], visitorZone: string): boolean =>
  placeZones.some((zone) => zone !== visitorZone);
