// Property: for random hours, overrides, time off, busy ranges and service rules, in zones with DST
// changes (1 h and 30 min), odd offsets and none, the engine offers exactly the starts that a brute-force
// reference offers. The reference is written separately from the engine: it reads wall times with luxon,
// finds the instant a wall time begins by stepping minute by minute, and tests every minute of the window
// against the definition in availability.ts — (a) inside a working window of that local date, (b) clear of
// time off and of busy ranges widened by the buffers, (c) at or after now + notice and before the horizon.
//
//   AVAILABILITY_SEED=123 AVAILABILITY_RUNS=500 node --import tsx --test test/unit/availability-property.test.ts
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { DateTime } from 'luxon';
import {
  computeSlots,
  type DateOverride,
  type InstantRange,
  type IsoWeekday,
  isSlotBookable,
  type ProviderAvailability,
  type SlotRequest,
  type WeeklyInterval,
  toLocalTime,
  type WorkingInterval,
} from '../../src/modules/availability/availability.ts';

const MIN = 60_000;
const DAY = 86_400_000;
const seed = process.env.AVAILABILITY_SEED ? Number(process.env.AVAILABILITY_SEED) : Date.now() % 2 ** 31;
const numRuns = process.env.AVAILABILITY_RUNS ? Number(process.env.AVAILABILITY_RUNS) : 300;

// Each zone with the days of its 2027 changes (Sundays), and a quiet day; a scenario starts two days before one.
const ZONE_DAYS: Record<string, string[]> = {
  'Europe/Stockholm': ['2027-03-28', '2027-10-31', '2027-06-13'],
  'America/New_York': ['2027-03-14', '2027-11-07', '2027-06-13'],
  'Australia/Lord_Howe': ['2027-04-04', '2027-10-03'], // 30-minute change
  'Pacific/Chatham': ['2027-04-04', '2027-09-26'], // +12:45 / +13:45, changes at 02:45 and 03:45
  'Asia/Kathmandu': ['2027-06-13'], // +05:45
  UTC: ['2027-06-13'],
};
const ZONES = Object.keys(ZONE_DAYS);

const hhmm = (minutes: number): string =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/** start and length in 5-minute steps; ends past midnight or at "24:00" when they run that far. */
const intervalArb = fc
  .record({
    // one in two starts in the night hours where the DST changes happen
    start: fc.oneof(fc.integer({ min: 0, max: 287 }), fc.integer({ min: 12, max: 48 })),
    length: fc.oneof(fc.integer({ min: 1, max: 160 }), fc.integer({ min: 1, max: 24 })),
    location: fc.constantFrom(null, null, 'x', 'y'),
  })
  .map(({ start, length, location }): WorkingInterval => {
    const end = start * 5 + length * 5;
    return {
      start: hhmm(start * 5),
      end: end === 1440 ? '24:00' : hhmm(end % 1440),
      locationId: location,
    };
  });

const rangeArb = (base: number) =>
  fc
    .tuple(fc.integer({ min: -1440, max: 6 * 1440 }), fc.integer({ min: 1, max: 8 * 60 }))
    .map(([at, minutes]): InstantRange => ({ start: base + at * MIN, end: base + (at + minutes) * MIN }));

const scenarioArb = fc
  .constantFrom(...ZONES)
  .chain((zone) => fc.tuple(fc.constant(zone), fc.constantFrom(...(ZONE_DAYS[zone] as string[]))))
  .chain(([firstZone, day]) => {
    const base = Date.parse(`${day}T00:00:00Z`) - 2 * DAY;
    return fc.record({
      base: fc.constant(base),
      providers: fc.array(
        fc.record({
          timeZone: fc.oneof(fc.constant(firstZone), fc.constantFrom(...ZONES)),
          weekly: fc.array(fc.tuple(fc.oneof(fc.integer({ min: 1, max: 7 }), fc.constant(7)), intervalArb), {
            maxLength: 10,
          }),
          overrides: fc.array(fc.tuple(fc.integer({ min: 0, max: 5 }), fc.array(intervalArb, { maxLength: 2 })), {
            maxLength: 3,
          }),
          timeOff: fc.array(rangeArb(base), { maxLength: 2 }),
          busy: fc.array(rangeArb(base), { maxLength: 6 }),
        }),
        { minLength: 1, maxLength: 3 },
      ),
      service: fc.record({
        durationMinutes: fc.integer({ min: 1, max: 36 }).map((n) => n * 5),
        slotIntervalMinutes: fc.constantFrom(5, 10, 15, 20, 30, 45, 60),
        bufferBeforeMinutes: fc.integer({ min: 0, max: 30 }),
        bufferAfterMinutes: fc.integer({ min: 0, max: 30 }),
        minimumNoticeMinutes: fc.oneof(fc.integer({ min: 0, max: 3000 }), fc.constant(0)),
        maximumDaysAhead: fc.option(fc.integer({ min: 0, max: 7 }), { nil: null }),
        alignment: fc.constantFrom('clock' as const, 'window' as const),
      }),
      nowMinutes: fc.oneof(fc.integer({ min: -3 * 1440, max: 3 * 1440 }), fc.integer({ min: -3 * 1440, max: 0 })),
      // often the night of the change (two days after `base`) with the day before it
      fromMinutes: fc.oneof(fc.integer({ min: -1440, max: 3 * 1440 }), fc.integer({ min: 1440, max: 2 * 1440 })),
      spanMinutes: fc.oneof(fc.integer({ min: 1, max: 4 * 1440 }), fc.integer({ min: 1440, max: 2 * 1440 })),
      location: fc.constantFrom(null, 'x'),
    });
  });

type Scenario = typeof scenarioArb extends fc.Arbitrary<infer T> ? T : never;

function toRequest(s: Scenario): SlotRequest {
  const providers = s.providers.map((p, i): ProviderAvailability => {
    const firstDate = DateTime.fromMillis(s.base, { zone: p.timeZone }).startOf('day');
    const overrides = new Map<string, DateOverride>();
    for (const [dayOffset, intervals] of p.overrides) {
      const date = firstDate.plus({ days: dayOffset }).toISODate() as string;
      const override = overrides.get(date) ?? { date, intervals: [] };
      override.intervals.push(...intervals);
      overrides.set(date, override);
    }
    return {
      providerId: `p${i}`,
      timeZone: p.timeZone,
      weeklyHours: p.weekly.map(
        ([weekday, interval]): WeeklyInterval => ({ weekday: weekday as IsoWeekday, ...interval }),
      ),
      dateOverrides: [...overrides.values()],
      timeOff: p.timeOff,
      busy: p.busy,
    };
  });
  const from = s.base + s.fromMinutes * MIN;
  return {
    service: s.service,
    providers,
    now: s.base + s.nowMinutes * MIN,
    from,
    to: from + s.spanMinutes * MIN,
    locationId: s.location,
  };
}

// ------------------------------------------------------------------ the reference, with luxon only

/** A wall clock reading as comparable minutes: minutes since 1970-01-01 00:00 of that calendar. */
const wallMinutes = (instant: number, zone: string): number => {
  const t = DateTime.fromMillis(instant, { zone });
  return Math.round(Date.UTC(t.year, t.month - 1, t.day, t.hour, t.minute) / MIN);
};

/** The first minute at which the clock in `zone` reads `wall` (calendar minutes) or later. */
function firstInstantAtOrAfter(wall: number, zone: string): number {
  const offsets = [-DAY, DAY].map((d) => DateTime.fromMillis(wall * MIN + d, { zone }).offset);
  const lo = wall - Math.max(...offsets);
  const hi = wall - Math.min(...offsets);
  for (let m = lo; m < hi; m++) if (wallMinutes(m * MIN, zone) >= wall) return m * MIN;
  return hi * MIN;
}

interface RefWindow {
  start: number;
  end: number;
  group: string;
}

/** Working windows up to `until` (the end of the last start's slot); touching ones join (only within one local date when `byDate`). */
function referenceWindows(
  p: ProviderAvailability,
  from: number,
  until: number,
  location: string | null,
  byDate: boolean,
): RefWindow[] {
  const windows: RefWindow[] = [];
  const last = DateTime.fromMillis(until, { zone: p.timeZone }).startOf('day');
  for (let day = DateTime.fromMillis(from, { zone: p.timeZone }).startOf('day').minus({ days: 2 }); day <= last; ) {
    const date = day.toISODate() as string;
    const override = p.dateOverrides?.find((o) => o.date === date);
    const intervals = override ? override.intervals : p.weeklyHours.filter((w) => w.weekday === day.weekday);
    const dayWall = Math.round(Date.UTC(day.year, day.month - 1, day.day) / MIN);
    for (const interval of intervals) {
      const loc = interval.locationId ?? null;
      if (location !== null && loc !== null && loc !== location) continue;
      const start = Number(interval.start.slice(0, 2)) * 60 + Number(interval.start.slice(3));
      let end = Number(interval.end.slice(0, 2)) * 60 + Number(interval.end.slice(3));
      if (end <= start) end += 1440;
      const ws = firstInstantAtOrAfter(dayWall + start, p.timeZone);
      const we = firstInstantAtOrAfter(dayWall + end, p.timeZone);
      if (we > ws)
        windows.push({
          start: ws,
          end: we,
          group: byDate ? `${location ?? loc ?? ''} ${date}` : (location ?? loc ?? ''),
        });
    }
    day = day.plus({ days: 1 });
  }
  // touching or overlapping windows of one group are one window
  const merged: RefWindow[] = [];
  for (const w of windows.sort((a, b) => a.start - b.start)) {
    const joined = merged.find((m) => m.group === w.group && w.start <= m.end && m.start <= w.end);
    if (joined) {
      joined.start = Math.min(joined.start, w.start);
      joined.end = Math.max(joined.end, w.end);
    } else merged.push({ ...w });
  }
  return merged;
}

/** start → provider ids, by testing every minute of [from, to). */
function referenceSlots(req: SlotRequest): Map<number, string[]> {
  const s = req.service;
  const duration = s.durationMinutes * MIN;
  const step = s.slotIntervalMinutes * MIN;
  const earliest = req.now + (s.minimumNoticeMinutes ?? 0) * MIN;
  const horizon = s.maximumDaysAhead == null ? Number.POSITIVE_INFINITY : req.now + s.maximumDaysAhead * DAY;
  const out = new Map<number, string[]>();
  for (const p of req.providers) {
    // a start before `to` may run into the next local date, whose windows it can join
    const windows = referenceWindows(p, req.from, req.to + duration, req.locationId ?? null, s.alignment === 'window');
    for (let t = Math.ceil(req.from / MIN) * MIN; t < req.to; t += MIN) {
      const end = t + duration;
      if (t < earliest || t >= horizon) continue; // (c)
      const inside = windows.some(
        (w) =>
          w.start <= t &&
          end <= w.end &&
          (s.alignment === 'window' ? (t - w.start) % step === 0 : t % step === 0) &&
          // merged windows of one group do not overlap, so this is the window of that group
          true,
      ); // (a)
      if (!inside) continue;
      if ((p.timeOff ?? []).some((o) => o.start < end && o.end > t)) continue; // (b)
      const before = (s.bufferBeforeMinutes ?? 0) * MIN;
      const after = (s.bufferAfterMinutes ?? 0) * MIN;
      if ((p.busy ?? []).some((b) => b.start - before < end && b.end + after > t)) continue; // (b)
      const ids = out.get(t) ?? [];
      ids.push(p.providerId);
      out.set(t, ids);
    }
  }
  return new Map([...out].sort((a, b) => a[0] - b[0]));
}

test(`the engine offers exactly the brute-force reference's slots (seed ${seed}, ${numRuns} runs)`, () => {
  console.log(`availability property: AVAILABILITY_SEED=${seed} AVAILABILITY_RUNS=${numRuns}`);
  let offered = 0;
  fc.assert(
    fc.property(scenarioArb, (scenario) => {
      const req = toRequest(scenario);
      const slots = computeSlots(req);
      const expected = referenceSlots(req);
      const got = new Map(slots.map((slot) => [slot.start, slot.providerIds]));
      const show = (m: Map<number, string[]>) => [...m].map(([t, ids]) => `${new Date(t).toISOString()} ${ids}`);
      assert.deepEqual(show(got), show(expected));
      // The stated properties directly, on what was offered.
      for (const slot of slots) {
        assert.equal(slot.end - slot.start, req.service.durationMinutes * MIN);
        assert.ok(slot.start >= req.now + (req.service.minimumNoticeMinutes ?? 0) * MIN);
        for (const id of slot.providerIds) {
          const p = req.providers.find((x) => x.providerId === id) as ProviderAvailability;
          assert.ok(!(p.timeOff ?? []).some((o) => o.start < slot.end && o.end > slot.start));
        }
      }
      // isSlotBookable agrees, on a few offered starts and a few others.
      const { from, to, ...rest } = req;
      const probes = [...slots.slice(0, 3).map((x) => x.start), from, Math.floor((from + to) / 2 / MIN) * MIN];
      for (const t of probes)
        assert.deepEqual(isSlotBookable(rest, t), expected.get(t) ?? [], new Date(t).toISOString());
      offered += slots.length;
    }),
    { seed, numRuns, includeErrorInReport: true },
  );
  assert.ok(offered > 0, 'the generated cases offer slots at all');
});

test(`toLocalTime reads an instant as luxon does, in every zone of the property (seed ${seed})`, () => {
  fc.assert(
    fc.property(
      fc.constantFrom(...ZONES),
      fc.integer({ min: Date.parse('2026-01-01T00:00:00Z') / MIN, max: Date.parse('2029-01-01T00:00:00Z') / MIN }),
      (zone, minute) => {
        const instant = minute * MIN;
        const expected = DateTime.fromMillis(instant, { zone });
        const got = toLocalTime(instant, zone);
        assert.equal(got.iso, expected.toISO({ suppressMilliseconds: true })?.replace(/Z$/, '+00:00')); // luxon writes UTC as Z
        assert.equal(got.weekday, expected.weekday);
        assert.equal(`${got.date} ${got.time}`, expected.toFormat('yyyy-MM-dd HH:mm'));
      },
    ),
    { seed, numRuns: numRuns * 10 },
  );
});
