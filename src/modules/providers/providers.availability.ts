/**
 * A provider's stored schedule in the availability engine's input shape (`ProviderAvailability` in
 * `../availability/availability.ts`, without `busy`, which the booking side adds). The types are repeated
 * here rather than imported because the engine sits in a higher layer; the shapes are the same (wall times
 * "HH:MM" in the provider's zone, ISO weekdays, local dates, instant ranges), and a test passes this
 * function's answer straight to `computeSlots`, so the compiler holds them equal.
 */
import { DateTime } from 'luxon';
import type { Db } from '../../platform/db.ts';
import {
  findProvider,
  selectOverrides,
  selectOverridesOf,
  selectTimeOff,
  selectTimeOffOf,
  selectWeeklyHours,
  selectWeeklyHoursOf,
} from './providers.repo.ts';
import type { OverrideIntervalRow, TimeOffRow, WeeklyHoursRow } from './providers.tables.ts';

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
  return toSchedule(providerId, zone, weekly, overrides, timeOff);
}

const DAY_MS = 86_400_000;

/**
 * The schedules of several providers for slots starting in [from, to), in three queries whatever their
 * number (hours, overrides, time off), in the order given. The overrides read are those of the UTC dates
 * of the range two days either side: a provider-local date is within a day of the UTC date (offsets are
 * under 15 hours), and one more day covers windows that cross midnight. Extra dates cost nothing: the
 * engine looks only at the dates its window reaches.
 */
export async function loadProviderSchedules(
  db: Db,
  orgId: string,
  providers: readonly { id: string; timeZone: string }[],
  range: { from: Date; to: Date },
): Promise<ProviderSchedule[]> {
  const ids = providers.map((provider) => provider.id);
  const utcDate = (instant: Date, days: number) =>
    new Date(instant.getTime() + days * DAY_MS).toISOString().slice(0, 10);
  const [weekly, overrides, timeOff] = await Promise.all([
    selectWeeklyHoursOf(db, orgId, ids),
    selectOverridesOf(db, orgId, ids, { from: utcDate(range.from, -2), to: utcDate(range.to, 2) }),
    selectTimeOffOf(db, orgId, ids, range),
  ]);
  const byProvider = <T extends { providerId: string }>(rows: T[]) => {
    const map = new Map<string, T[]>(ids.map((id) => [id, []]));
    for (const row of rows) map.get(row.providerId)?.push(row);
    return map;
  };
  const weeklyOf = byProvider(weekly);
  const timeOffOf = byProvider(timeOff);
  const overridesOf = new Map<string, Map<string, OverrideIntervalRow[]>>(ids.map((id) => [id, new Map()]));
  for (const row of overrides) {
    const dates = overridesOf.get(row.providerId);
    if (!dates) continue;
    const intervals = dates.get(row.date) ?? [];
    if (row.interval) intervals.push(row.interval);
    dates.set(row.date, intervals);
  }
  return providers.map((provider) =>
    toSchedule(
      provider.id,
      provider.timeZone,
      weeklyOf.get(provider.id) ?? [],
      [...(overridesOf.get(provider.id) ?? [])].map(([date, intervals]) => ({ date, intervals })),
      timeOffOf.get(provider.id) ?? [],
    ),
  );
}

function toSchedule(
  providerId: string,
  timeZone: string,
  weekly: WeeklyHoursRow[],
  overrides: { date: string; intervals: OverrideIntervalRow[] }[],
  timeOff: TimeOffRow[],
): ProviderSchedule {
  return {
    providerId,
    timeZone,
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
