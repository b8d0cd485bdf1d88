/**
 * UTC offsets of IANA time zones, read from `Intl` and memoised per zone and UTC day.
 *
 * `Intl.DateTimeFormat#formatToParts` costs microseconds per call, and a month of slots needs a few
 * hundred conversions; the offsets of a zone for a given day never change within a process, so each
 * UTC day is asked once: the offset at its start and at its end, and, when they differ, the instant
 * of the change (found by bisection to the second). Assumes at most one offset change per UTC day,
 * which holds for every zone in current tz data.
 */

export const MINUTE_MS = 60_000;
export const DAY_MS = 86_400_000;

interface DayOffsets {
  /** offset (ms) before `change` */
  readonly before: number;
  /** offset (ms) from `change` on */
  readonly after: number;
  /** instant of the offset change within the day; +Infinity when there is none */
  readonly change: number;
}

class ZoneOffsets {
  private readonly formatter: Intl.DateTimeFormat;
  private readonly days = new Map<number, DayOffsets>();
  private readonly edges = new Map<number, number>();

  constructor(readonly timeZone: string) {
    this.formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
  }

  /** Offset (ms, local − UTC) in force at `instant`. */
  offsetAt(instant: number): number {
    const day = this.day(Math.floor(instant / DAY_MS));
    return instant < day.change ? day.before : day.after;
  }

  /** The first offset change in (lo, hi], or NaN. */
  changeIn(lo: number, hi: number): number {
    for (let d = Math.floor(lo / DAY_MS); d <= Math.floor(hi / DAY_MS); d++) {
      const { change } = this.day(d);
      if (change > lo && change <= hi) return change;
    }
    return Number.NaN;
  }

  private day(epochDay: number): DayOffsets {
    let day = this.days.get(epochDay);
    if (day === undefined) {
      const start = epochDay * DAY_MS;
      const before = this.edge(epochDay);
      const after = this.edge(epochDay + 1);
      day = { before, after, change: before === after ? Number.POSITIVE_INFINITY : this.bisect(start, before) };
      this.days.set(epochDay, day);
    }
    return day;
  }

  private edge(epochDay: number): number {
    let offset = this.edges.get(epochDay);
    if (offset === undefined) {
      offset = this.intlOffset(epochDay * DAY_MS);
      this.edges.set(epochDay, offset);
    }
    return offset;
  }

  /** The change in [start, start + 1 day): the first second whose offset is not `before`. */
  private bisect(start: number, before: number): number {
    let lo = start;
    let hi = start + DAY_MS;
    while (hi - lo > 1000) {
      const mid = lo + Math.floor((hi - lo) / 2000) * 1000;
      if (this.intlOffset(mid) === before) lo = mid;
      else hi = mid;
    }
    return hi;
  }

  /** Offset at a whole second, straight from Intl (which formats to the second). */
  private intlOffset(instant: number): number {
    let year = 0;
    let month = 0;
    let day = 0;
    let hour = 0;
    let minute = 0;
    let second = 0;
    for (const part of this.formatter.formatToParts(instant)) {
      switch (part.type) {
        case 'year':
          year = Number(part.value);
          break;
        case 'month':
          month = Number(part.value);
          break;
        case 'day':
          day = Number(part.value);
          break;
        case 'hour':
          hour = Number(part.value);
          break;
        case 'minute':
          minute = Number(part.value);
          break;
        case 'second':
          second = Number(part.value);
          break;
      }
    }
    return Date.UTC(year, month - 1, day, hour, minute, second) - instant;
  }
}

const zones = new Map<string, ZoneOffsets>();

/** The memoised offsets of `timeZone`; throws RangeError for a zone Intl does not know. */
export function zoneOffsets(timeZone: string): ZoneOffsets {
  let zone = zones.get(timeZone);
  if (zone === undefined) {
    zone = new ZoneOffsets(timeZone);
    zones.set(timeZone, zone);
  }
  return zone;
}

/**
 * The instant at which the clock in `timeZone` first reads the wall time `wall` (given as the epoch
 * ms that wall time would be in UTC) or later. So a wall time skipped by a spring-forward change
 * maps to the instant of the change (02:30 on a 02:00→03:00 night is 03:00), and a wall time
 * repeated by a fall-back change maps to its first occurrence. Both rules keep a working window's
 * two ends in order and never invent a nonexistent local time.
 */
export function wallToInstant(zone: ZoneOffsets, wall: number): number {
  const early = zone.offsetAt(wall - DAY_MS);
  const late = zone.offsetAt(wall + DAY_MS);
  if (early === late) return wall - early;
  const withEarly = wall - early;
  const withLate = wall - late;
  const earlyHolds = zone.offsetAt(withEarly) === early;
  const lateHolds = zone.offsetAt(withLate) === late;
  if (earlyHolds && lateHolds) return Math.min(withEarly, withLate);
  if (earlyHolds) return withEarly;
  if (lateHolds) return withLate;
  // In a gap: the clock jumps over `wall` at the change, which lies between the two readings.
  const change = zone.changeIn(Math.min(withEarly, withLate), Math.max(withEarly, withLate));
  return Number.isNaN(change) ? withEarly : change;
}
