import { DateTime } from 'luxon';
import { DomainError } from './errors.ts';

const HAS_OFFSET = /(Z|[+-]\d{2}:\d{2})$/;

/**
 * Reads an ISO date-time: with an offset it is an instant; without one it is wall-clock
 * time in `zone`. A local time skipped by a DST change is refused rather than guessed.
 */
export function parseDateTime(value: string, zone: string, field: string): Date {
  const parsed = HAS_OFFSET.test(value)
    ? DateTime.fromISO(value, { setZone: true })
    : DateTime.fromISO(value, { zone });
  if (!parsed.isValid) throw invalid(field, 'is not a real date and time');
  if (!HAS_OFFSET.test(value)) {
    // Luxon moves a non-existent local time (in a spring-forward gap) forward; detect that.
    const wall = DateTime.fromISO(value, { zone: 'utc' });
    if (parsed.hour !== wall.hour || parsed.minute !== wall.minute) {
      throw invalid(field, `does not exist in ${zone} (the clocks change then)`);
    }
  }
  return parsed.toJSDate();
}

/** A date (start of that day in `zone`) or a date-time. With `endOfDay`, a date means the end of that day. */
export function parseDateBoundary(value: string, zone: string, field: string, endOfDay = false): Date {
  if (value.length > 10) return parseDateTime(value, zone, field);
  const day = DateTime.fromISO(value, { zone });
  if (!day.isValid) throw invalid(field, 'is not a real date');
  return (endOfDay ? day.plus({ days: 1 }) : day).startOf('day').toJSDate();
}

/** The instant as ISO 8601 with the zone's offset at that instant, e.g. 2026-03-29T18:00:00+02:00. */
export const toLocalIso = (instant: Date, zone: string): string =>
  DateTime.fromJSDate(instant, { zone }).toISO({ suppressMilliseconds: true }) ?? instant.toISOString();

const invalid = (field: string, message: string) =>
  new DomainError('validation_failed', {}, [{ in: 'body', path: field, message }]);
