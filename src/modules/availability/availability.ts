/**
 * The slot engine: which start instants of one service are bookable, and with which providers.
 * Pure: plain data in, plain data out, no database, no clock (the caller passes `now`).
 *
 * Definition of a bookable slot (the workload's `semantics`, made precise where it was silent). A start
 * instant t (epoch ms) is offered for a provider when all of these hold:
 *
 * 1. Alignment. `alignment: 'clock'` (default): t is a whole multiple of `slotIntervalMinutes` counted from
 *    the Unix epoch, i.e. for an interval that divides an hour the UTC minute-of-hour is a multiple of it
 *    (which is the provider's local :00/:15/:30/:45 in every zone with a whole-hour offset, and stays so
 *    across DST). `'window'`: t = start of the working window + k × interval, in elapsed time (for opening
 *    times off the grid, e.g. 09:10, or intervals that do not divide an hour).
 * 2. Working hours. [t, t + duration) lies inside one working window of the provider. A window comes from
 *    one interval of one provider-local date: the date override of that date if there is one (an override
 *    with no intervals closes the day), else the weekly intervals of its ISO weekday. Wall times become
 *    instants by `wallToInstant` (a time skipped by DST means the instant of the change, a repeated time its
 *    first occurrence). An interval whose end is before its start runs past midnight into the next date
 *    (it still belongs to the date it starts on); "24:00" is the end of the date. Windows of one provider
 *    that touch or overlap (09:00–12:00 and 12:00–17:00) are merged into one, per location; with
 *    `alignment: 'window'` only windows of the same local date merge (the anchor of a date's slots must not
 *    depend on the request's range), so write a night shift as one interval 22:00–02:00.
 * 3. Time off. [t, t + duration) overlaps no time-off range (time off removes working time; no buffer).
 * 4. Busy time and buffers. Each busy range [s, e) (a live booking or hold, as the caller passes it)
 *    blocks [s − bufferBefore, e + bufferAfter), with the requested service's buffers, and [t, t + duration)
 *    must overlap no blocked range. Equivalently: at least `bufferAfter` minutes after an existing booking,
 *    at least `bufferBefore` minutes before the next one. This is the workload's "bookings widened by the
 *    buffers"; one buffer separates two bookings, they are not added twice.
 * 5. Notice and horizon. now + minimumNotice ≤ t, and t < now + maximumDaysAhead × 24 h (when set).
 * 6. Window of the request. from ≤ t < to (the slot may end after `to`).
 * 7. Location. With `locationId` set, only intervals of that location or of none count.
 *
 * A slot for several providers is offered when at least one of them is free; it lists every free one.
 *
 * Where this goes beyond the workload's oracle (../shared/bench/oracle.mjs), on inputs its workloads never
 * contain: touching windows merge (the oracle needs a slot inside a single weekly rule); a wall time in a DST
 * gap means the instant of the change (the oracle shifts it forward by the gap: 02:30 → 03:30), one repeated
 * by fall-back its first occurrence (the oracle takes the second); a slot need only start before `to` (the
 * oracle also wants it to end by the range's end). On every workload the answers are identical (tested).
 */
import { DAY_MS, MINUTE_MS, wallToInstant, zoneOffsets } from './zone-offsets.ts';

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/** Local wall times "HH:MM"; the end may be "24:00"; an end before the start runs past midnight. */
export interface WorkingInterval {
  start: string;
  end: string;
  /** null or absent: not tied to a location */
  locationId?: string | null;
}

export interface WeeklyInterval extends WorkingInterval {
  weekday: IsoWeekday;
}

/** Replaces the weekly hours of one provider-local date ("YYYY-MM-DD"); no intervals: closed that day. */
export interface DateOverride {
  date: string;
  intervals: WorkingInterval[];
}

/** Half-open [start, end) in epoch milliseconds. */
export interface InstantRange {
  start: number;
  end: number;
}

export interface ProviderAvailability {
  providerId: string;
  /** IANA zone of the provider's wall times */
  timeZone: string;
  weeklyHours: readonly WeeklyInterval[];
  dateOverrides?: readonly DateOverride[];
  timeOff?: readonly InstantRange[];
  /** live bookings and live holds, without buffers */
  busy?: readonly InstantRange[];
}

export interface ServiceSlotRules {
  durationMinutes: number;
  bufferBeforeMinutes?: number;
  bufferAfterMinutes?: number;
  slotIntervalMinutes: number;
  minimumNoticeMinutes?: number;
  /** null or absent: no horizon */
  maximumDaysAhead?: number | null;
  alignment?: 'clock' | 'window';
}

export interface SlotRequest {
  service: ServiceSlotRules;
  providers: readonly ProviderAvailability[];
  /** epoch ms */
  now: number;
  /** window of start instants [from, to), epoch ms */
  from: number;
  to: number;
  locationId?: string | null;
}

export interface Slot {
  /** epoch ms (UTC instant) */
  start: number;
  end: number;
  /** the providers free at this start, in request order */
  providerIds: string[];
}

/** Every bookable start in [from, to), sorted, unique, each with the providers free at it. */
export function computeSlots(request: SlotRequest): Slot[] {
  const rules = parseRules(request.service);
  if (![request.now, request.from, request.to].every(Number.isFinite)) {
    throw new RangeError('availability: now, from and to must be finite epoch milliseconds');
  }
  const earliest = Math.max(request.from, request.now + rules.notice);
  const latest = Math.min(request.to, request.now + rules.horizon);
  const { providers } = request;
  if (earliest >= latest || providers.length === 0) return [];
  const location = request.locationId ?? null;

  if (providers.length === 1) {
    const provider = providers[0] as ProviderAvailability;
    const starts = providerStarts(provider, rules, earliest, latest, location);
    const slots: Slot[] = new Array(starts.length);
    for (let i = 0; i < starts.length; i++) {
      const start = starts[i] as number;
      slots[i] = { start, end: start + rules.duration, providerIds: [provider.providerId] };
    }
    return slots;
  }

  // Merge the providers' sorted lists: each step takes the smallest head and every provider that has it.
  const lists = providers.map((provider) => providerStarts(provider, rules, earliest, latest, location));
  const heads = new Array<number>(lists.length).fill(0);
  const slots: Slot[] = [];
  for (;;) {
    let start = Number.POSITIVE_INFINITY;
    for (let i = 0; i < lists.length; i++) {
      const head = (lists[i] as number[])[heads[i] as number];
      if (head !== undefined && head < start) start = head;
    }
    if (start === Number.POSITIVE_INFINITY) return slots;
    const providerIds: string[] = [];
    for (let i = 0; i < lists.length; i++) {
      if ((lists[i] as number[])[heads[i] as number] === start) {
        providerIds.push((providers[i] as ProviderAvailability).providerId);
        heads[i] = (heads[i] as number) + 1;
      }
    }
    slots.push({ start, end: start + rules.duration, providerIds });
  }
}

/**
 * Whether `start` is offered, for the booking path: the providers free at it (empty: not bookable).
 * Looks only at the days around `start`, and agrees with `computeSlots` by construction.
 */
export function isSlotBookable(request: Omit<SlotRequest, 'from' | 'to'>, start: number): string[] {
  const [slot] = computeSlots({ ...request, from: start, to: start + 1 });
  return slot?.start === start ? slot.providerIds : [];
}

export interface LocalTime {
  /** "YYYY-MM-DD" */
  date: string;
  /** "HH:MM" */
  time: string;
  /** "+02:00" */
  offset: string;
  /** ISO 8601 with the offset, e.g. "2027-03-28T03:00:00+02:00" */
  iso: string;
  weekday: IsoWeekday;
}

/** An instant as the wall clock of `timeZone` shows it (for the viewer's zone, or the provider's). */
export function toLocalTime(instant: number, timeZone: string): LocalTime {
  const offset = zoneOffsets(timeZone).offsetAt(instant);
  const wall = new Date(instant + offset).toISOString();
  const minutes = Math.round(Math.abs(offset) / MINUTE_MS);
  const sign = offset < 0 ? '-' : '+';
  const offsetText = `${sign}${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
  return {
    date: wall.slice(0, 10),
    time: wall.slice(11, 16),
    offset: offsetText,
    iso: `${wall.slice(0, 19)}${offsetText}`,
    weekday: isoWeekday(Math.floor((instant + offset) / DAY_MS)),
  };
}

/** Slots grouped by the viewer-local date of their start, in order (for a booking page's day list). */
export function slotsByLocalDate(slots: readonly Slot[], timeZone: string): Map<string, Slot[]> {
  const zone = zoneOffsets(timeZone);
  const days = new Map<string, Slot[]>();
  for (const slot of slots) {
    const date = new Date(slot.start + zone.offsetAt(slot.start)).toISOString().slice(0, 10);
    const list = days.get(date);
    if (list === undefined) days.set(date, [slot]);
    else list.push(slot);
  }
  return days;
}

// ---------------------------------------------------------------------------------------------

interface Rules {
  duration: number;
  before: number;
  after: number;
  step: number;
  notice: number;
  horizon: number;
  alignToWindow: boolean;
}

interface Window {
  start: number;
  end: number;
  group: string;
}

/** Minutes of a wall time; "24:00" only where `allowEndOfDay`. */
function parseWallTime(text: string, allowEndOfDay: boolean): number {
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(text);
  if (match) return Number(match[1]) * 60 + Number(match[2]);
  if (allowEndOfDay && text === '24:00') return 24 * 60;
  throw new RangeError(`availability: "${text}" is not a wall time HH:MM${allowEndOfDay ? ' (or 24:00)' : ''}`);
}

function parseDate(text: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const epochMs = match ? Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) : Number.NaN;
  if (Number.isNaN(epochMs) || new Date(epochMs).toISOString().slice(0, 10) !== text) {
    throw new RangeError(`availability: "${text}" is not a date YYYY-MM-DD`);
  }
  return epochMs / DAY_MS;
}

function minutes(value: number | null | undefined, name: string, positive: boolean): number {
  const v = value ?? 0;
  if (!Number.isInteger(v) || v < 0 || (positive && v === 0)) {
    throw new RangeError(`availability: ${name} must be a ${positive ? 'positive' : 'non-negative'} integer`);
  }
  return v * MINUTE_MS;
}

function parseRules(service: ServiceSlotRules): Rules {
  const days = service.maximumDaysAhead;
  return {
    duration: minutes(service.durationMinutes, 'durationMinutes', true),
    before: minutes(service.bufferBeforeMinutes, 'bufferBeforeMinutes', false),
    after: minutes(service.bufferAfterMinutes, 'bufferAfterMinutes', false),
    step: minutes(service.slotIntervalMinutes, 'slotIntervalMinutes', true),
    notice: minutes(service.minimumNoticeMinutes, 'minimumNoticeMinutes', false),
    horizon:
      days === null || days === undefined ? Number.POSITIVE_INFINITY : minutes(days, 'maximumDaysAhead', false) * 1440,
    alignToWindow: service.alignment === 'window',
  };
}

/** 1970-01-01 (epoch day 0) was a Thursday. */
const isoWeekday = (epochDay: number): IsoWeekday => (((((epochDay + 3) % 7) + 7) % 7) + 1) as IsoWeekday;

const pad = (n: number): string => String(n).padStart(2, '0');

interface ParsedInterval {
  start: number;
  /** minutes from the start of the date the interval belongs to (> 1440 past midnight) */
  end: number;
  locationId: string | null;
}

function parseInterval(interval: WorkingInterval): ParsedInterval {
  const start = parseWallTime(interval.start, false);
  let end = parseWallTime(interval.end, true);
  if (end === start) {
    throw new RangeError(
      `availability: the interval ${interval.start}–${interval.end} is empty (close a day with a date override without intervals)`,
    );
  }
  if (end < start) end += 24 * 60;
  return { start, end, locationId: interval.locationId ?? null };
}

/**
 * The provider's working windows that can hold a slot starting in [earliest, latest), merged per group
 * (a location, and with window alignment a location and a date), sorted by group then start.
 */
function workingWindows(
  provider: ProviderAvailability,
  zone: ReturnType<typeof zoneOffsets>,
  earliest: number,
  latest: number,
  duration: number,
  alignToWindow: boolean,
  location: string | null,
): Window[] {
  const weekly: ParsedInterval[][] = [[], [], [], [], [], [], [], []];
  for (const interval of provider.weeklyHours) {
    if (!Number.isInteger(interval.weekday) || interval.weekday < 1 || interval.weekday > 7) {
      throw new RangeError(`availability: weekday ${interval.weekday} is not an ISO weekday 1 (Monday) … 7 (Sunday)`);
    }
    weekly[interval.weekday]?.push(parseInterval(interval));
  }
  const overrides = new Map<number, ParsedInterval[]>();
  for (const override of provider.dateOverrides ?? []) {
    const day = parseDate(override.date);
    const list = overrides.get(day) ?? [];
    for (const interval of override.intervals) list.push(parseInterval(interval));
    overrides.set(day, list);
  }

  // A window of the previous date may run past midnight into the first date.
  const firstDay = Math.floor((earliest + zone.offsetAt(earliest)) / DAY_MS) - 1;
  // A slot starting before `latest` may run into a window of a later date that touches its own.
  const lastMoment = latest + duration;
  const lastDay = Math.floor((lastMoment + zone.offsetAt(lastMoment)) / DAY_MS);
  const windows: Window[] = [];
  for (let day = firstDay; day <= lastDay; day++) {
    const intervals = overrides.get(day) ?? (weekly[isoWeekday(day)] as ParsedInterval[]);
    for (const interval of intervals) {
      if (location !== null && interval.locationId !== null && interval.locationId !== location) continue;
      const start = wallToInstant(zone, day * DAY_MS + interval.start * MINUTE_MS);
      const end = wallToInstant(zone, day * DAY_MS + interval.end * MINUTE_MS);
      const place = location !== null ? '' : (interval.locationId ?? '');
      // Aligned to the window's start, a window must not depend on the dates the request reaches, so
      // windows of different dates stay apart; on the clock grid, touching windows of any dates join.
      if (end > start) windows.push({ start, end, group: alignToWindow ? `${place}|${day}` : place });
    }
  }
  windows.sort((a, b) => (a.group === b.group ? a.start - b.start : a.group < b.group ? -1 : 1));
  const merged: Window[] = [];
  for (const window of windows) {
    const last = merged[merged.length - 1];
    if (last !== undefined && last.group === window.group && window.start <= last.end) {
      if (window.end > last.end) last.end = window.end;
    } else {
      merged.push({ ...window });
    }
  }
  return merged;
}

/** Busy ranges widened by the buffers, plus time off, that touch [lo, hi): sorted by start and merged. */
function blockedRanges(provider: ProviderAvailability, rules: Rules, lo: number, hi: number): InstantRange[] {
  const ranges: InstantRange[] = [];
  for (const busy of provider.busy ?? []) {
    const start = busy.start - rules.before;
    const end = busy.end + rules.after;
    if (end > lo && start < hi && end > start) ranges.push({ start, end });
  }
  for (const off of provider.timeOff ?? []) {
    if (off.end > lo && off.start < hi && off.end > off.start) ranges.push({ start: off.start, end: off.end });
  }
  ranges.sort((a, b) => a.start - b.start);
  const merged: InstantRange[] = [];
  for (const range of ranges) {
    const last = merged[merged.length - 1];
    if (last !== undefined && range.start <= last.end) {
      if (range.end > last.end) last.end = range.end;
    } else {
      merged.push(range);
    }
  }
  return merged;
}

/** One provider's bookable starts in [earliest, latest), sorted and unique. */
function providerStarts(
  provider: ProviderAvailability,
  rules: Rules,
  earliest: number,
  latest: number,
  location: string | null,
): number[] {
  const zone = zoneOffsets(provider.timeZone);
  const windows = workingWindows(provider, zone, earliest, latest, rules.duration, rules.alignToWindow, location);
  const starts: number[] = [];
  if (windows.length === 0) return starts;
  const blocked = blockedRanges(provider, rules, earliest, latest + rules.duration);
  const { duration, step } = rules;

  // Free pieces = windows minus blocked ranges (both sorted; a two-pointer walk per group).
  let groups = 1;
  let j = 0;
  for (let w = 0; w < windows.length; w++) {
    const window = windows[w] as Window;
    if (w > 0 && window.group !== (windows[w - 1] as Window).group) {
      groups++;
      j = 0;
    }
    let cursor = window.start;
    while (j < blocked.length && (blocked[j] as InstantRange).end <= cursor) j++;
    for (;;) {
      const next = blocked[j];
      const pieceEnd = next !== undefined && next.start < window.end ? next.start : window.end;
      // Starts in the free piece [cursor, pieceEnd).
      const last = Math.min(pieceEnd - duration, latest - 1);
      const first = Math.max(cursor, earliest);
      if (first <= last) {
        const anchor = rules.alignToWindow ? window.start : 0;
        for (let t = anchor + Math.ceil((first - anchor) / step) * step; t <= last; t += step) starts.push(t);
      }
      if (next === undefined || next.start >= window.end) break;
      cursor = next.end;
      if (cursor >= window.end) break;
      j++;
    }
  }
  if (groups > 1) {
    starts.sort((a, b) => a - b);
    return starts.filter((t, i) => i === 0 || t !== starts[i - 1]);
  }
  return starts;
}
