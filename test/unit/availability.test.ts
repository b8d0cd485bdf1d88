// The slot engine's rules, one at a time, with an injected `now`: DST in the provider's and the viewer's
// zone, hours across midnight, buffers, date overrides, time off, notice, horizon, several providers,
// locations, alignment, input validation.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { type SlotService, slotRules } from '../../src/modules/bookings/bookings.slots.ts';
import { defaultSlotIntervalMinutes } from '../../src/modules/services/services.interval.ts';
import {
  computeSlots,
  isSlotBookable,
  type ProviderAvailability,
  type ServiceSlotRules,
  type SlotRequest,
  slotsByLocalDate,
  toLocalTime,
  type WeeklyInterval,
} from '../../src/modules/availability/availability.ts';

const STOCKHOLM = 'Europe/Stockholm';
const NEW_YORK = 'America/New_York';
const iso = (text: string): number => Date.parse(text);
const hourly: ServiceSlotRules = { durationMinutes: 60, slotIntervalMinutes: 60 };

const everyDay = (start: string, end: string, extra: Partial<WeeklyInterval> = {}): WeeklyInterval[] =>
  ([1, 2, 3, 4, 5, 6, 7] as const).map((weekday) => ({ weekday, start, end, ...extra }));

const provider = (p: Partial<ProviderAvailability> = {}): ProviderAvailability => ({
  providerId: 'p1',
  timeZone: STOCKHOLM,
  weeklyHours: everyDay('09:00', '17:00'),
  ...p,
});

const request = (r: Partial<SlotRequest> & Pick<SlotRequest, 'from' | 'to'>): SlotRequest => ({
  service: hourly,
  providers: [provider()],
  now: iso('2027-01-01T00:00:00Z'),
  ...r,
});

/** Slot starts as wall times in `zone`, "YYYY-MM-DD HH:MM+hh:mm". */
const local = (req: SlotRequest, zone = STOCKHOLM): string[] =>
  computeSlots(req).map((s) => {
    const t = toLocalTime(s.start, zone);
    return `${t.date} ${t.time}${t.offset}`;
  });

/** Slot starts on one local date as "HH:MM". */
const times = (req: SlotRequest, date: string, zone = STOCKHOLM): string[] =>
  (slotsByLocalDate(computeSlots(req), zone).get(date) ?? []).map((s) => toLocalTime(s.start, zone).time);

const NINE_TO_FIVE = ['09:00', '10:00', '11:00', '12:00', '13:00', '14:00', '15:00', '16:00'];

describe('DST in Stockholm', () => {
  test('spring-forward week (2027-03-28): 09:00–17:00 gives the same eight wall times every day', () => {
    const req = request({ from: iso('2027-03-21T23:00:00Z'), to: iso('2027-03-30T22:00:00Z') });
    for (const date of ['2027-03-22', '2027-03-27', '2027-03-28', '2027-03-29', '2027-03-30']) {
      assert.deepEqual(times(req, date), NINE_TO_FIVE, date);
    }
    const slots = computeSlots(req);
    assert.equal(slots.length, 9 * 8);
    const sunday = slots.filter((s) => toLocalTime(s.start, STOCKHOLM).date === '2027-03-28');
    assert.equal(new Date((sunday[0] as { start: number }).start).toISOString(), '2027-03-28T07:00:00.000Z');
    const saturday = slots.filter((s) => toLocalTime(s.start, STOCKHOLM).date === '2027-03-27');
    assert.equal(new Date((saturday[0] as { start: number }).start).toISOString(), '2027-03-27T08:00:00.000Z');
  });

  test('fall-back week (2027-10-31): the same eight wall times every day', () => {
    const req = request({ from: iso('2027-10-27T22:00:00Z'), to: iso('2027-11-02T23:00:00Z') });
    for (const date of ['2027-10-28', '2027-10-30', '2027-10-31', '2027-11-01', '2027-11-02']) {
      assert.deepEqual(times(req, date), NINE_TO_FIVE, date);
    }
  });

  test('a night across the spring-forward change: no slot at a nonexistent time, none skipped', () => {
    const req = request({
      service: { durationMinutes: 30, slotIntervalMinutes: 30 },
      providers: [provider({ weeklyHours: [{ weekday: 7, start: '01:00', end: '04:00' }] })],
      from: iso('2027-03-27T00:00:00Z'),
      to: iso('2027-03-29T00:00:00Z'),
    });
    // 01:00 CET is 00:00Z and 04:00 CEST is 02:00Z: two real hours, 02:00–02:59 never shows on the clock.
    assert.deepEqual(local(req), [
      '2027-03-28 01:00+01:00',
      '2027-03-28 01:30+01:00',
      '2027-03-28 03:00+02:00',
      '2027-03-28 03:30+02:00',
    ]);
  });

  test('a working window that starts inside the skipped hour starts when the clock jumps', () => {
    const req = request({
      service: { durationMinutes: 30, slotIntervalMinutes: 30 },
      providers: [provider({ weeklyHours: [{ weekday: 7, start: '02:30', end: '05:00' }] })],
      from: iso('2027-03-27T00:00:00Z'),
      to: iso('2027-03-29T00:00:00Z'),
    });
    assert.deepEqual(local(req), [
      '2027-03-28 03:00+02:00',
      '2027-03-28 03:30+02:00',
      '2027-03-28 04:00+02:00',
      '2027-03-28 04:30+02:00',
    ]);
    // On a normal Sunday the same hours give 02:30–04:30.
    const before = request({ ...req, from: iso('2027-03-20T00:00:00Z'), to: iso('2027-03-22T00:00:00Z') });
    assert.deepEqual(times(before, '2027-03-21'), ['02:30', '03:00', '03:30', '04:00', '04:30']);
  });

  test('a request window that starts at the instant of the jump', () => {
    const req = request({
      service: { durationMinutes: 60, slotIntervalMinutes: 60 },
      providers: [provider({ weeklyHours: [{ weekday: 7, start: '00:00', end: '06:00' }] })],
      from: iso('2027-03-28T01:00:00Z'), // 02:00 CET does not exist; this instant is 03:00 CEST
      to: iso('2027-03-29T00:00:00Z'),
    });
    assert.deepEqual(local(req), ['2027-03-28 03:00+02:00', '2027-03-28 04:00+02:00', '2027-03-28 05:00+02:00']);
  });

  test('a night across the fall-back change: the repeated hour is worked twice, as two distinct instants', () => {
    const req = request({
      providers: [provider({ weeklyHours: [{ weekday: 7, start: '01:00', end: '04:00' }] })],
      from: iso('2027-10-30T00:00:00Z'),
      to: iso('2027-11-01T00:00:00Z'),
    });
    assert.deepEqual(local(req), [
      '2027-10-31 01:00+02:00',
      '2027-10-31 02:00+02:00',
      '2027-10-31 02:00+01:00',
      '2027-10-31 03:00+01:00',
    ]);
  });

  test('a wall time repeated by fall-back means its first occurrence', () => {
    const req = request({
      service: { durationMinutes: 30, slotIntervalMinutes: 30 },
      providers: [provider({ weeklyHours: [{ weekday: 7, start: '02:30', end: '03:30' }] })],
      from: iso('2027-10-30T00:00:00Z'),
      to: iso('2027-11-01T00:00:00Z'),
    });
    // from 02:30 CEST (00:30Z) to 03:30 CET (02:30Z)
    assert.deepEqual(local(req), [
      '2027-10-31 02:30+02:00',
      '2027-10-31 02:00+01:00',
      '2027-10-31 02:30+01:00',
      '2027-10-31 03:00+01:00',
    ]);
  });
});

test('a New York provider seen from Stockholm: 09:00 in New York stays 09:00 there, Stockholm sees 14:00 then 15:00', () => {
  const req = request({
    providers: [provider({ timeZone: NEW_YORK, weeklyHours: everyDay('09:00', '11:00') })],
    from: iso('2027-03-12T00:00:00Z'),
    to: iso('2027-03-31T00:00:00Z'),
  });
  const slots = computeSlots(req);
  assert.ok(slots.every((s) => ['09:00', '10:00'].includes(toLocalTime(s.start, NEW_YORK).time)));
  const firstInStockholm = (date: string) => times(req, date)[0];
  assert.equal(firstInStockholm('2027-03-12'), '15:00'); // EST (−5) vs CET (+1)
  assert.equal(firstInStockholm('2027-03-15'), '14:00'); // EDT (−4) vs CET (+1): New York changed first
  assert.equal(firstInStockholm('2027-03-29'), '15:00'); // EDT (−4) vs CEST (+2)
  assert.deepEqual(times(req, '2027-03-14', NEW_YORK), ['09:00', '10:00'], 'New York works on its own change day');
});

describe('hours across midnight', () => {
  const night = provider({ weeklyHours: [{ weekday: 5, start: '22:00', end: '02:00' }] });

  test('a Friday 22:00–02:00 interval runs into Saturday', () => {
    const req = request({ providers: [night], from: iso('2027-05-01T00:00:00Z'), to: iso('2027-05-31T00:00:00Z') });
    assert.deepEqual(times(req, '2027-05-07'), ['22:00', '23:00']);
    assert.deepEqual(times(req, '2027-05-08'), ['00:00', '01:00']);
  });

  test('it belongs to Friday: closing Saturday does not cut it, closing Friday does', () => {
    const closedSaturday = provider({ ...night, dateOverrides: [{ date: '2027-05-08', intervals: [] }] });
    const req = request({
      providers: [closedSaturday],
      from: iso('2027-05-06T00:00:00Z'),
      to: iso('2027-05-09T00:00:00Z'),
    });
    assert.equal(computeSlots(req).length, 4);
    const closedFriday = provider({ ...night, dateOverrides: [{ date: '2027-05-07', intervals: [] }] });
    assert.equal(computeSlots({ ...req, providers: [closedFriday] }).length, 0);
  });

  test('"24:00" ends the day, and 22:00–24:00 plus Saturday 00:00–02:00 is one window', () => {
    const split = provider({
      weeklyHours: [
        { weekday: 5, start: '22:00', end: '24:00' },
        { weekday: 6, start: '00:00', end: '02:00' },
      ],
    });
    const req = request({
      service: { durationMinutes: 90, slotIntervalMinutes: 30 },
      providers: [split],
      from: iso('2027-05-06T00:00:00Z'),
      to: iso('2027-05-09T00:00:00Z'),
    });
    assert.deepEqual(local(req), [
      '2027-05-07 22:00+02:00',
      '2027-05-07 22:30+02:00',
      '2027-05-07 23:00+02:00',
      '2027-05-07 23:30+02:00',
      '2027-05-08 00:00+02:00',
      '2027-05-08 00:30+02:00',
    ]);
  });

  test('an empty interval and a malformed time are refused', () => {
    const bad = (weeklyHours: WeeklyInterval[]) => () =>
      computeSlots(request({ providers: [provider({ weeklyHours })], from: 0, to: iso('2027-01-08T00:00:00Z') }));
    assert.throws(bad([{ weekday: 1, start: '09:00', end: '09:00' }]), RangeError);
    assert.throws(bad([{ weekday: 1, start: '9:00', end: '17:00' }]), RangeError);
    assert.throws(bad([{ weekday: 1, start: '24:00', end: '17:00' }]), RangeError);
    assert.throws(bad([{ weekday: 0 as 1, start: '09:00', end: '17:00' }]), RangeError, 'Sunday is 7, not 0');
    assert.throws(
      () => computeSlots(request({ service: { durationMinutes: 0, slotIntervalMinutes: 15 }, from: 0, to: 1 })),
      RangeError,
    );
    assert.throws(() => computeSlots(request({ from: Number.NaN, to: 1 })), RangeError);
    assert.throws(
      () =>
        computeSlots(
          request({
            providers: [provider({ dateOverrides: [{ date: '2027-02-30', intervals: [] }] })],
            from: 0,
            to: iso('2027-01-08T00:00:00Z'),
          }),
        ),
      RangeError,
    );
  });
});

// Monday 2027-05-03 in Stockholm (CEST, UTC+2).
const MONDAY = { from: iso('2027-05-02T22:00:00Z'), to: iso('2027-05-03T22:00:00Z') };

test('buffers widen busy ranges: 15 min before a booking, 10 min after, none at the edges of the day', () => {
  const req = request({
    service: { durationMinutes: 60, slotIntervalMinutes: 15, bufferBeforeMinutes: 15, bufferAfterMinutes: 10 },
    providers: [provider({ busy: [{ start: iso('2027-05-03T10:00:00Z'), end: iso('2027-05-03T11:00:00Z') }] })],
    ...MONDAY,
  });
  const day = times(req, '2027-05-03');
  assert.equal(day[0], '09:00');
  assert.ok(day.includes('10:45'), 'ends 11:45, 15 minutes before the 12:00 booking');
  assert.ok(!day.includes('11:00'));
  assert.ok(!day.includes('13:00'), 'starts at the end of the booking');
  assert.ok(!day.includes('13:05'));
  assert.ok(day.includes('13:15'), 'the first quarter-hour at least 10 minutes after 13:00');
  assert.equal(day.at(-1), '16:00');
  const unbuffered = times({ ...req, service: { durationMinutes: 60, slotIntervalMinutes: 15 } }, '2027-05-03');
  assert.ok(unbuffered.includes('11:00') && unbuffered.includes('13:00'));
});

test('time off removes working time without buffers', () => {
  const req = request({
    service: { durationMinutes: 60, slotIntervalMinutes: 60, bufferBeforeMinutes: 15, bufferAfterMinutes: 10 },
    providers: [provider({ timeOff: [{ start: iso('2027-05-03T10:00:00Z'), end: iso('2027-05-03T11:00:00Z') }] })],
    ...MONDAY,
  });
  assert.deepEqual(times(req, '2027-05-03'), ['09:00', '10:00', '11:00', '13:00', '14:00', '15:00', '16:00']);
});

describe('date overrides', () => {
  const req = request({
    providers: [
      provider({
        dateOverrides: [
          { date: '2027-05-04', intervals: [{ start: '10:00', end: '13:00' }] },
          { date: '2027-05-05', intervals: [] },
          {
            date: '2027-05-08',
            intervals: [
              { start: '08:00', end: '09:00' },
              { start: '18:00', end: '20:00' },
            ],
          },
        ],
      }),
    ],
    from: iso('2027-05-02T22:00:00Z'),
    to: iso('2027-05-09T22:00:00Z'),
  });

  test('other hours replace the weekly hours of that date', () => {
    assert.deepEqual(times(req, '2027-05-04'), ['10:00', '11:00', '12:00']);
    assert.deepEqual(times(req, '2027-05-08'), ['08:00', '18:00', '19:00']);
  });
  test('no intervals closes the date', () => assert.deepEqual(times(req, '2027-05-05'), []));
  test('other dates keep the weekly hours', () => {
    assert.deepEqual(times(req, '2027-05-03'), NINE_TO_FIVE);
    assert.deepEqual(times(req, '2027-05-06'), NINE_TO_FIVE);
  });
});

test('minimum notice: nothing before now + notice', () => {
  const req = request({
    service: { durationMinutes: 60, slotIntervalMinutes: 15, minimumNoticeMinutes: 120 },
    now: iso('2027-05-03T06:50:00Z'), // 08:50 in Stockholm
    ...MONDAY,
  });
  const day = times(req, '2027-05-03');
  assert.equal(day[0], '11:00', '08:50 + 2 h = 10:50, next quarter-hour');
  assert.ok(!day.includes('10:45'));
});

test('maximum days ahead: nothing from now + N × 24 h on', () => {
  const req = request({
    service: { ...hourly, maximumDaysAhead: 2 },
    now: iso('2027-05-03T10:30:00Z'), // 12:30 in Stockholm, Monday
    from: iso('2027-05-03T00:00:00Z'),
    to: iso('2027-05-10T00:00:00Z'),
  });
  const slots = computeSlots(req);
  assert.ok(slots.every((s) => s.start >= req.now && s.start < req.now + 2 * 86_400_000));
  assert.equal(new Date((slots.at(-1) as { start: number }).start).toISOString(), '2027-05-05T10:00:00.000Z');
  assert.deepEqual(times(req, '2027-05-03'), ['13:00', '14:00', '15:00', '16:00']);
  assert.deepEqual(times(req, '2027-05-06'), []);
});

test('any provider: a slot is offered when one is free, and lists every free one', () => {
  const hour = (h: number) => ({
    start: iso(`2027-05-03T${String(h - 2).padStart(2, '0')}:00:00Z`),
    end: iso(`2027-05-03T${String(h - 1).padStart(2, '0')}:00:00Z`),
  });
  const a = provider({ providerId: 'a', busy: [hour(10), hour(12)] });
  const b = provider({ providerId: 'b', busy: [hour(11), hour(12)] });
  const c = provider({ providerId: 'c', weeklyHours: everyDay('09:00', '11:00') });
  const slots = computeSlots(request({ providers: [a, b, c], ...MONDAY }));
  const at = (h: string) => slots.find((s) => toLocalTime(s.start, STOCKHOLM).time === h)?.providerIds;
  assert.deepEqual(at('09:00'), ['a', 'b', 'c']);
  assert.deepEqual(at('10:00'), ['b', 'c']);
  assert.deepEqual(at('11:00'), ['a']);
  assert.equal(at('12:00'), undefined, 'everyone is busy');
  assert.deepEqual(at('13:00'), ['a', 'b']);
  assert.deepEqual(isSlotBookable(request({ providers: [a, b, c], ...MONDAY }), iso('2027-05-03T08:00:00Z')), [
    'b',
    'c',
  ]);
});

test('isSlotBookable: a start on the grid inside free hours; not off the grid, not busy, not outside hours', () => {
  const req = request({
    providers: [provider({ busy: [{ start: iso('2027-05-03T10:00:00Z'), end: iso('2027-05-03T11:00:00Z') }] })],
    ...MONDAY,
  });
  assert.deepEqual(isSlotBookable(req, iso('2027-05-03T07:00:00Z')), ['p1']);
  assert.deepEqual(isSlotBookable(req, iso('2027-05-03T07:30:00Z')), [], 'off the hourly grid');
  assert.deepEqual(isSlotBookable(req, iso('2027-05-03T10:00:00Z')), [], 'busy');
  assert.deepEqual(isSlotBookable(req, iso('2027-05-03T15:00:00Z')), [], '17:00 local: after hours');
  assert.deepEqual(isSlotBookable(req, iso('2027-05-03T14:00:00Z')), ['p1'], '16:00 local: the last one');
});

test('locations: with a location, only its intervals (and those of no location) count', () => {
  const p = provider({
    weeklyHours: [
      ...everyDay('09:00', '12:00', { locationId: 'city' }),
      ...everyDay('13:00', '15:00', { locationId: 'harbour' }),
      ...everyDay('16:00', '17:00'),
    ],
  });
  const req = request({ providers: [p], ...MONDAY });
  assert.deepEqual(times({ ...req, locationId: 'city' }, '2027-05-03'), ['09:00', '10:00', '11:00', '16:00']);
  assert.deepEqual(times({ ...req, locationId: 'harbour' }, '2027-05-03'), ['13:00', '14:00', '16:00']);
  assert.deepEqual(times(req, '2027-05-03'), ['09:00', '10:00', '11:00', '13:00', '14:00', '16:00']);
});

test('alignment: on the clock by default, from the start of the window on request', () => {
  const req = request({
    service: { durationMinutes: 30, slotIntervalMinutes: 30 },
    providers: [provider({ weeklyHours: everyDay('09:10', '11:00') })],
    ...MONDAY,
  });
  assert.deepEqual(times(req, '2027-05-03'), ['09:30', '10:00', '10:30']);
  const fromWindow = { ...req, service: { ...req.service, alignment: 'window' as const } };
  assert.deepEqual(times(fromWindow, '2027-05-03'), ['09:10', '09:40', '10:10']);
});

test('toLocalTime renders an instant in a zone with its offset', () => {
  assert.deepEqual(toLocalTime(iso('2027-03-28T01:00:00Z'), STOCKHOLM), {
    date: '2027-03-28',
    time: '03:00',
    offset: '+02:00',
    iso: '2027-03-28T03:00:00+02:00',
    weekday: 7,
  });
  assert.equal(toLocalTime(iso('2027-03-28T00:59:00Z'), STOCKHOLM).iso, '2027-03-28T01:59:00+01:00');
  assert.equal(toLocalTime(iso('2027-03-15T04:00:00Z'), NEW_YORK).iso, '2027-03-15T00:00:00-04:00');
  assert.equal(toLocalTime(iso('2027-06-01T12:00:00Z'), 'Asia/Kathmandu').iso, '2027-06-01T17:45:00+05:45');
});

describe('the step of a service that sets none', () => {
  const session: SlotService = {
    id: 's1',
    durationMinutes: 60,
    bufferBeforeMinutes: 0,
    bufferAfterMinutes: 15,
    slotIntervalMinutes: null,
    minimumNoticeMinutes: 0,
    maximumDaysAhead: 90,
    locationMode: 'remote',
    locationId: null,
  };
  const step = (service: SlotService) => {
    const rules = slotRules(service);
    return [rules.slotIntervalMinutes, rules.alignment];
  };

  test('is the length and both buffers; an interval the service sets is kept', () => {
    assert.equal(defaultSlotIntervalMinutes({ durationMinutes: 60, bufferAfterMinutes: 15 }), 75);
    assert.equal(defaultSlotIntervalMinutes({ durationMinutes: 60 }), 60);
    // 75 minutes do not divide an hour: counted from the opening (09:00, 10:15, …), not from the clock.
    assert.deepEqual(step(session), [75, 'window']);
    assert.deepEqual(step({ ...session, durationMinutes: 45, bufferBeforeMinutes: 5, bufferAfterMinutes: 10 }), [
      60,
      'clock',
    ]);
    assert.deepEqual(step({ ...session, slotIntervalMinutes: 15 }), [15, 'clock']);
    assert.deepEqual(step({ ...session, slotIntervalMinutes: 60 }), [60, 'clock']);
  });

  test('booking one offered start leaves every other start of the day offered, whatever the length and buffers', () => {
    const from = iso('2027-03-15T00:00:00+01:00');
    const to = iso('2027-03-16T00:00:00+01:00');
    fc.assert(
      fc.property(
        fc.integer({ min: 5, max: 240 }),
        fc.integer({ min: 0, max: 60 }),
        fc.integer({ min: 0, max: 60 }),
        fc.nat(),
        (durationMinutes, bufferBeforeMinutes, bufferAfterMinutes, pick) => {
          const service = { ...session, durationMinutes, bufferBeforeMinutes, bufferAfterMinutes };
          const ask = (busy: { start: number; end: number }[]) =>
            computeSlots({
              service: slotRules(service),
              providers: [provider({ busy })],
              now: iso('2027-03-01T00:00:00Z'),
              from,
              to,
            }).map((slot) => slot.start);
          const offered = ask([]);
          if (offered.length === 0) return;
          const booked = offered[pick % offered.length] as number;
          // As bookings.slots reads a claim for the engine: the booking with its own buffers (the database's
          // claim), widened by the buffers of the one asked for (see slotRules).
          const before = bufferBeforeMinutes * 60_000;
          const after = bufferAfterMinutes * 60_000;
          const claim = { start: booked - before, end: booked + durationMinutes * 60_000 + after };
          const left = ask([{ start: claim.start - after, end: claim.end + before }]);
          assert.deepEqual(
            left,
            offered.filter((start) => start !== booked),
          );
        },
      ),
      { numRuns: 200 },
    );
  });
});
