/**
 * A provider's stored schedule in the availability engine's input shape (`ProviderAvailability` in
 * `../availability/availability.ts`, without `busy`, which the booking side adds). The types are repeated
 * here rather than imported because the engine sits in a higher layer; the shapes are the same (wall times
 * "HH:MM" in the provider's zone, ISO weekdays, local dates, instant ranges), and a test passes this
 * function's answer straight to `computeSlots`, so the compiler holds them equal.
 */
import { DateTime } from 'luxon';
import type { Db } from '../../platform/db.ts';
import { findProvider, selectOverrides, selectTimeOff, selectWeeklyHours } from './providers.repo.ts';

export interface ScheduleInterval {
  start: string;
  end: string;
  locationId: string | null;
}

export interface ProviderSchedule {
  providerId: string;
  timeZone: string;
  weeklyHours: (ScheduleInterval & { weekday: 1 | 2 | 3 | 4 | 5 | 6 | 7 })[];
  dateOverrides: { date: string; intervals: ScheduleInterval[] }[];
  /** epoch ms, half-open */
  timeOff: { start: number; end: number }[];
}

/**
 * Everything that shapes the provider's working time for slots starting in [from, to): the weekly hours, the
 * overrides of the local dates the range touches (a day either side, for windows that cross midnight in
 * another zone), and the time off overlapping the range. Undefined when there is no such provider.
 */
export async function loadProviderSchedule(
  db: Db,
  orgId: string,
  providerId: string,
  range: { from: Date; to: Date },
): Promise<ProviderSchedule | undefined> {
  const provider = await findProvider(db, orgId, providerId);
  if (!provider) return undefined;
  const zone = provider.timeZone;
  const localDate = (instant: Date, days: number) =>
    DateTime.fromJSDate(instant, { zone }).plus({ days }).toISODate() ?? undefined;
  const [weekly, overrides, timeOff] = await Promise.all([
    selectWeeklyHours(db, orgId, providerId),
    selectOverrides(db, orgId, providerId, { from: localDate(range.from, -1), to: localDate(range.to, 1) }),
    selectTimeOff(db, orgId, providerId, { from: range.from, to: range.to }),
  ]);
  return {
    providerId,
    timeZone: zone,
    weeklyHours: weekly.map((row) => ({
      weekday: row.weekday as 1 | 2 | 3 | 4 | 5 | 6 | 7,
      start: row.startTime,
      end: row.endTime,
      locationId: row.locationId,
    })),
    dateOverrides: overrides.map((override) => ({
      date: override.date,
      intervals: override.intervals.map((row) => ({
        start: row.startTime,
        end: row.endTime,
        locationId: row.locationId,
      })),
    })),
    timeOff: timeOff.map((row) => ({ start: row.startsAt.getTime(), end: row.endsAt.getTime() })),
  };
}
