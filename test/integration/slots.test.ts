import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import fc from 'fast-check';
import { freeProvidersAt } from '../../src/modules/bookings/bookings.slots.ts';
import { findService } from '../../src/modules/services/services.repo.ts';
import { violatedConstraint } from '../../src/platform/db.ts';
import { insertAppointmentRow, insertHoldRow } from '../support/appointment-rows.ts';
import { type Client, type TestApp, startTestApp } from '../support/app.ts';
import type { Json } from '../support/json.ts';

let t: TestApp;
let admin: Client;
// Every test looks at March–November 2027 from the first of March (the admin signs in then too).
const NOW = '2027-03-01T00:00:00Z';
before(async () => {
  t = await startTestApp();
  t.clock.set(NOW);
  admin = await t.admin();
});
after(() => t.close());
beforeEach(() => t.clock.set(NOW));

type Interval = { weekday?: number; start: string; end: string };
const everyDay = (start: string, end: string): Interval[] =>
  [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, start, end }));
const weekdays = (start: string, end: string): Interval[] =>
  [1, 2, 3, 4, 5].map((weekday) => ({ weekday, start, end }));

async function newProvider(name: string, intervals: Interval[], extra: Record<string, unknown> = {}) {
  const created = await admin.post('/api/v1/providers', { name, bio: 'Private bio', ...extra });
  assert.equal(created.status, 201, JSON.stringify(created.body));
  const hours = await admin.request('PUT', `/api/v1/providers/${created.body.id}/hours`, { intervals });
  assert.equal(hours.status, 200, JSON.stringify(hours.body));
  return created.body.id as string;
}

async function newService(providerIds: string[], extra: Record<string, unknown> = {}) {
  const created = await admin.post('/api/v1/services', {
    name: 'Session',
    durationMinutes: 60,
    slotIntervalMinutes: 60,
    maximumDaysAhead: 730,
    price: { amount: 50000 },
    where: { mode: 'remote' },
    providerIds,
    ...extra,
  });
  assert.equal(created.status, 201, JSON.stringify(created.body));
  return created.body.id as string;
}

const slotsOf = (serviceId: string, query: string, client = t.client()) =>
  client.get(`/api/v1/services/${serviceId}/slots?${query}`);

/** The answer's starts as local ISO times, for assertions a person can read. */
const localStarts = (body: Json) => (body.slots as Json[]).map((slot) => slot.startLocal as string);

describe('slots from the schedule', () => {
  test('weekly hours, a closed date, other hours on a date and time off', async () => {
    const provider = await newProvider('Hours', weekdays('09:00', '11:00'));
    await admin.request('PUT', `/api/v1/providers/${provider}/overrides/2027-03-17`, { intervals: [] });
    await admin.request('PUT', `/api/v1/providers/${provider}/overrides/2027-03-18`, {
      intervals: [{ start: '14:00', end: '16:00' }],
    });
    await admin.post(`/api/v1/providers/${provider}/time-off`, {
      startsAt: '2027-03-19T09:00',
      endsAt: '2027-03-19T10:00',
    });
    const service = await newService([provider]);
    const response = await slotsOf(service, `from=2027-03-15&to=2027-03-21&provider=${provider}`);
    assert.equal(response.status, 200, JSON.stringify(response.body));
    assert.equal(response.body.serviceId, service);
    assert.equal(response.body.timeZone, 'Europe/Stockholm');
    assert.deepEqual(localStarts(response.body), [
      '2027-03-15T09:00:00+01:00',
      '2027-03-15T10:00:00+01:00',
      '2027-03-16T09:00:00+01:00',
      '2027-03-16T10:00:00+01:00',
      // Wednesday closed; Thursday's own hours; Friday 09:00 is time off.
      '2027-03-18T14:00:00+01:00',
      '2027-03-18T15:00:00+01:00',
      '2027-03-19T10:00:00+01:00',
    ]);
    const [first] = response.body.slots as Json[];
    assert.deepEqual(first, {
      start: '2027-03-15T08:00:00.000Z',
      end: '2027-03-15T09:00:00.000Z',
      startLocal: '2027-03-15T09:00:00+01:00',
      date: '2027-03-15',
      providerIds: [provider],
    });
    // Public fields only: no bio, account or zone of the provider.
    assert.deepEqual(response.body.providers, [{ id: provider, name: 'Hours' }]);
    // Revalidated on every use (an ETag answers 304 when nothing changed), never shown stale.
    assert.equal(response.headers['cache-control'], 'public, no-cache');
    assert.ok(response.headers.etag);
  });

  test('minimum notice and the horizon cut the window; instants are accepted as bounds', async () => {
    const provider = await newProvider('Notice', everyDay('09:00', '12:00'));
    const service = await newService([provider], { minimumNoticeMinutes: 24 * 60, maximumDaysAhead: 3 });
    t.clock.set('2027-03-15T08:30:00Z'); // 09:30 in Stockholm on Monday
    const response = await slotsOf(service, 'from=2027-03-10&to=2027-03-31');
    assert.deepEqual(localStarts(response.body), [
      '2027-03-16T10:00:00+01:00',
      '2027-03-16T11:00:00+01:00',
      '2027-03-17T09:00:00+01:00',
      '2027-03-17T10:00:00+01:00',
      '2027-03-17T11:00:00+01:00',
      '2027-03-18T09:00:00+01:00', // the horizon: before 09:30 on the 18th
    ]);
    const instants = await slotsOf(service, 'from=2027-03-17T09:00:00%2B01:00&to=2027-03-17T10:00:00Z');
    assert.deepEqual(localStarts(instants.body), ['2027-03-17T09:00:00+01:00', '2027-03-17T10:00:00+01:00']);
  });
});

describe('where and in which zone', () => {
  test('a service at a location counts only the hours worked there (or anywhere)', async () => {
    const studio = (await admin.post('/api/v1/locations', { name: 'Studio', address: { city: 'Stockholm' } })).body;
    const clinic = (await admin.post('/api/v1/locations', { name: 'Clinic', address: { city: 'Solna' } })).body;
    const provider = await newProvider('Two places', [
      { weekday: 1, start: '09:00', end: '10:00', locationId: studio.id },
      { weekday: 1, start: '10:00', end: '11:00', locationId: clinic.id },
      { weekday: 1, start: '11:00', end: '12:00' },
    ] as Interval[]);
    const atStudio = await newService([provider], { where: { mode: 'at_location', locationId: studio.id } });
    const remote = await newService([provider]);
    const starts = async (service: string) =>
      localStarts((await slotsOf(service, 'from=2027-03-15&to=2027-03-15')).body).map((start) => start.slice(11, 16));
    assert.deepEqual(await starts(atStudio), ['09:00', '11:00']);
    assert.deepEqual(await starts(remote), ['09:00', '10:00', '11:00']);
  });

  test('zone names are answered canonically; wall-time bounds are read in the asked zone', async () => {
    const provider = await newProvider('Zones', everyDay('09:00', '12:00'));
    const service = await newService([provider]);
    const lower = await slotsOf(service, 'from=2027-03-15&to=2027-03-15&timeZone=europe/stockholm');
    assert.equal(lower.status, 200, JSON.stringify(lower.body));
    assert.equal(lower.body.timeZone, 'Europe/Stockholm');
    // 10:00 to 11:00 in London is 11:00 to 12:00 in Stockholm: one slot, 11:00 there (the end is exclusive).
    const london = await slotsOf(service, 'from=2027-03-15T10:00&to=2027-03-15T11:00&timeZone=Europe/London');
    assert.deepEqual(localStarts(london.body), ['2027-03-15T10:00:00+00:00']);
    for (const bad of ['from=2027-03-15T24:00&to=2027-03-16', 'from=2027-03-15T10:60&to=2027-03-16']) {
      assert.equal((await slotsOf(service, bad)).status, 400, bad);
    }
  });
});

describe('live bookings and holds', () => {
  test('a booking and a live hold remove the slots their buffers reach; an expired hold removes nothing', async () => {
    const provider = await newProvider('Buffers', weekdays('09:00', '17:00'));
    // Buffers of unequal length: the database keeps each appointment's own buffers, so the gap between two
    // appointments is the first one's buffer after plus the second one's buffer before.
    const buffers = { bufferBeforeMinutes: 15, bufferAfterMinutes: 30 };
    const service = await newService([provider], { slotIntervalMinutes: 15, ...buffers });
    const row = { orgId: t.org.id, serviceId: service, providerId: provider, ...buffers };
    // Tuesday 12:00–13:00 booked: it holds 11:45–13:30.
    const bookingId = await insertAppointmentRow(t.database.db, {
      ...row,
      start: new Date('2027-03-16T11:00:00Z'),
      end: new Date('2027-03-16T12:00:00Z'),
    });
    // Wednesday 10:00–11:00 held until after "now"; Thursday 10:00–11:00 held, but that hold has expired.
    await insertHoldRow(t.database.db, {
      ...row,
      start: new Date('2027-03-17T09:00:00Z'),
      end: new Date('2027-03-17T10:00:00Z'),
      expiresAt: new Date('2027-03-01T00:05:00Z'),
    });
    await insertHoldRow(t.database.db, {
      ...row,
      start: new Date('2027-03-18T09:00:00Z'),
      end: new Date('2027-03-18T10:00:00Z'),
      expiresAt: new Date('2027-02-28T23:55:00Z'),
    });
    const response = await slotsOf(service, `from=2027-03-16&to=2027-03-18&provider=${provider}`);
    assert.equal(response.status, 200, JSON.stringify(response.body));
    const byDate = new Map<string, string[]>();
    for (const slot of response.body.slots as Json[]) {
      byDate.set(slot.date, [...(byDate.get(slot.date) ?? []), (slot.startLocal as string).slice(11, 16)]);
    }
    const quarterHours = (from: string, to: string) => {
      const out: string[] = [];
      for (let m = Number(from.slice(0, 2)) * 60 + Number(from.slice(3)); ; m += 15) {
        const text = `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
        out.push(text);
        if (text === to) return out;
      }
    };
    // A new appointment at t holds [t − 15, t + 90): it must end by 11:45 or begin at 13:30.
    assert.deepEqual(byDate.get('2027-03-16'), [...quarterHours('09:00', '10:15'), ...quarterHours('13:45', '16:00')]);
    // The hold takes 09:45–11:30.
    assert.deepEqual(byDate.get('2027-03-17'), quarterHours('11:45', '16:00'));
    assert.deepEqual(byDate.get('2027-03-18'), quarterHours('09:00', '16:00'));

    // The edges are exact: the last offered starts around the booking can be booked, the next ones not.
    const attempt = (start: string) =>
      insertAppointmentRow(t.database.db, {
        ...row,
        start: new Date(start),
        end: new Date(new Date(start).getTime() + 3_600_000),
      });
    const overlap = (error: unknown) => violatedConstraint(error) === 'provider_claims_no_overlap';
    await assert.rejects(attempt('2027-03-16T09:30:00Z'), overlap);
    await assert.rejects(attempt('2027-03-16T12:30:00Z'), overlap);
    await attempt('2027-03-16T09:15:00Z');
    await attempt('2027-03-16T12:45:00Z');
    const after = await slotsOf(service, `from=2027-03-16&to=2027-03-16&provider=${provider}`);
    assert.deepEqual(
      (after.body.slots as Json[]).map((slot) => (slot.startLocal as string).slice(11, 16)),
      quarterHours('15:30', '16:00'),
    );

    // The booking path's check agrees with the list, and can leave out the booking being moved.
    const serviceRow = await findService(t.database.db, t.org.id, service);
    assert.ok(serviceRow);
    const now = t.clock.now();
    const free = (start: string, ignore?: { bookingId?: string }) =>
      freeProvidersAt(t.database.db, t.org.id, serviceRow, [provider], new Date(start), now, ignore);
    assert.deepEqual(await free('2027-03-16T14:30:00Z'), [provider]);
    assert.deepEqual(await free('2027-03-16T11:00:00Z'), []);
    // Without the 12:00 booking (being moved), 12:00 fits exactly between the 10:15 and 13:45 ones.
    assert.deepEqual(await free('2027-03-16T11:00:00Z', { bookingId }), [provider]);
    assert.deepEqual(await free('2027-03-16T10:30:00Z'), []);
    assert.deepEqual(await free('2027-03-17T10:45:00Z'), [provider]); // 11:45 local, after the hold
    assert.deepEqual(await free('2027-03-17T10:50:00Z'), []); // not on the grid
    assert.deepEqual(await free('2027-03-18T08:00:00Z'), [provider]); // the expired hold
    assert.deepEqual(await free('2027-03-20T09:00:00Z'), []); // Saturday: no hours
  });

  test('a cancelled booking and a pending one past its deadline free their time', async () => {
    const provider = await newProvider('Pending', weekdays('09:00', '11:00'));
    const service = await newService([provider]);
    const row = { orgId: t.org.id, serviceId: service, providerId: provider };
    await insertAppointmentRow(t.database.db, {
      ...row,
      start: new Date('2027-03-15T08:00:00Z'),
      end: new Date('2027-03-15T09:00:00Z'),
      status: 'pending',
      holdExpiresAt: new Date('2027-02-28T00:00:00Z'),
    });
    await insertAppointmentRow(t.database.db, {
      ...row,
      start: new Date('2027-03-15T09:00:00Z'),
      end: new Date('2027-03-15T10:00:00Z'),
      status: 'cancelled',
    });
    await insertAppointmentRow(t.database.db, {
      ...row,
      start: new Date('2027-03-16T08:00:00Z'),
      end: new Date('2027-03-16T09:00:00Z'),
      status: 'pending',
      holdExpiresAt: new Date('2027-03-01T01:00:00Z'),
    });
    const response = await slotsOf(service, `from=2027-03-15&to=2027-03-16&provider=${provider}`);
    assert.deepEqual(localStarts(response.body), [
      '2027-03-15T09:00:00+01:00',
      '2027-03-15T10:00:00+01:00',
      '2027-03-16T10:00:00+01:00',
    ]);
  });
});

describe('the step between start times', () => {
  test('a service that sets none steps by its length and both buffers, so a booking blocks no offered start', async () => {
    const provider = await newProvider('Step', weekdays('09:00', '17:00'));
    // 60 minutes and 15 after: 9:00, 10:15, 11:30, … (not 9:00, 10:00, … with 10:00 gone once 9:00 is booked).
    const service = await newService([provider], {
      slotIntervalMinutes: undefined,
      bufferAfterMinutes: 15,
      price: { amount: 0 },
    });
    const read = await admin.get(`/api/v1/services/${service}`);
    assert.equal(read.body.slotIntervalMinutes, 75);
    assert.equal(read.body.slotIntervalSet, false);
    const monday = async () =>
      localStarts((await slotsOf(service, `from=2027-03-15&to=2027-03-16&provider=${provider}`)).body)
        .filter((start) => start.startsWith('2027-03-15'))
        .map((start) => start.slice(11, 16));
    const steps = ['09:00', '10:15', '11:30', '12:45', '14:00', '15:15'];
    assert.deepEqual(await monday(), steps);
    const booked = await t.client().post('/api/v1/bookings', {
      serviceId: service,
      start: '2027-03-15T09:00:00+01:00',
      guest: { name: 'Early Bird', email: 'early@example.test' },
    });
    assert.equal(booked.status, 201, JSON.stringify(booked.body));
    assert.deepEqual(await monday(), steps.slice(1), 'only the booked start is gone');
    const next = await t.client().post('/api/v1/bookings', {
      serviceId: service,
      start: '2027-03-15T10:15:00+01:00',
      guest: { name: 'Next One', email: 'next@example.test' },
    });
    assert.equal(next.status, 201, JSON.stringify(next.body));

    // The default follows a change of the buffers; an interval that is set is kept, and null sets it back.
    const longer = await admin.patch(`/api/v1/services/${service}`, { bufferBeforeMinutes: 15 });
    assert.equal(longer.body.slotIntervalMinutes, 90);
    const set = await admin.patch(`/api/v1/services/${service}`, { slotIntervalMinutes: 30 });
    assert.deepEqual([set.body.slotIntervalMinutes, set.body.slotIntervalSet], [30, true]);
    assert.equal(
      (await admin.patch(`/api/v1/services/${service}`, { bufferAfterMinutes: 5 })).body.slotIntervalMinutes,
      30,
    );
    const reset = await admin.patch(`/api/v1/services/${service}`, { slotIntervalMinutes: null });
    assert.deepEqual([reset.body.slotIntervalMinutes, reset.body.slotIntervalSet], [80, false]);
  });

  test('an interval equal to the length, as the old default wrote it, becomes the default when migrated', async () => {
    const migration = await import('node:fs/promises').then((fs) =>
      fs.readFile(new URL('../../migrations/0051_slot_interval_follows_buffers.sql', import.meta.url), 'utf8'),
    );
    const provider = await newProvider('Migrated', weekdays('09:00', '17:00'));
    const defaulted = await newService([provider], { slotIntervalMinutes: 60, bufferAfterMinutes: 15 });
    const chosen = await newService([provider], { slotIntervalMinutes: 30, bufferAfterMinutes: 15 });
    // The update of the migration, run again: its rows were written before it.
    const update = migration.slice(migration.indexOf('UPDATE services'));
    await t.database.db.execute(sql.raw(update));
    assert.equal((await admin.get(`/api/v1/services/${defaulted}`)).body.slotIntervalMinutes, 75);
    assert.equal((await admin.get(`/api/v1/services/${chosen}`)).body.slotIntervalMinutes, 30);
  });
});

describe('offered exactly when the database accepts', () => {
  test('property: for random buffers, lengths and existing appointments, a start is offered iff its insert passes the exclusion constraint', async () => {
    const provider = await newProvider('Property', weekdays('09:00', '13:00'));
    const service = await newService([provider]);
    const db = t.database.db;
    const day = Date.parse('2027-03-15T08:00:00Z'); // Monday 09:00 in Stockholm
    const minutes = (m: number) => new Date(day + m * 60_000);
    const existing = fc.record({
      start: fc.integer({ min: -12, max: 48 }).map((n) => n * 5),
      length: fc.integer({ min: 3, max: 12 }).map((n) => n * 5),
      before: fc.constantFrom(0, 5, 10, 30),
      after: fc.constantFrom(0, 5, 15, 45),
    });
    const rollback = new Error('rollback');
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          duration: fc.constantFrom(15, 30, 45, 60),
          interval: fc.constantFrom(10, 15, 20, 30),
          before: fc.constantFrom(0, 5, 10, 30),
          after: fc.constantFrom(0, 5, 15, 45),
          appointments: fc.array(existing, { maxLength: 5 }),
        }),
        async ({ duration, interval, before, after, appointments }) => {
          await db.execute(sql`DELETE FROM bookings WHERE provider_id = ${provider}`);
          const changed = await admin.patch(`/api/v1/services/${service}`, {
            durationMinutes: duration,
            slotIntervalMinutes: interval,
            bufferBeforeMinutes: before,
            bufferAfterMinutes: after,
          });
          assert.equal(changed.status, 200);
          const row = { orgId: t.org.id, serviceId: service, providerId: provider };
          for (const a of appointments) {
            // Appointments of other lengths and buffers; one the constraint refuses is simply not there.
            await insertAppointmentRow(db, {
              ...row,
              start: minutes(a.start),
              end: minutes(a.start + a.length),
              bufferBeforeMinutes: a.before,
              bufferAfterMinutes: a.after,
            }).catch((error) => assert.equal(violatedConstraint(error), 'provider_claims_no_overlap'));
          }
          const response = await slotsOf(service, `from=2027-03-15&to=2027-03-15&provider=${provider}`);
          assert.equal(response.status, 200);
          const offered = new Set((response.body.slots as Json[]).map((slot) => Date.parse(slot.start as string)));
          for (let m = 0; m + duration <= 240; m += interval) {
            let accepted = true;
            await db
              .transaction(async (tx) => {
                await insertAppointmentRow(tx, {
                  ...row,
                  start: minutes(m),
                  end: minutes(m + duration),
                  bufferBeforeMinutes: before,
                  bufferAfterMinutes: after,
                });
                throw rollback;
              })
              .catch((error) => {
                if (error === rollback) return;
                assert.equal(violatedConstraint(error), 'provider_claims_no_overlap');
                accepted = false;
              });
            assert.equal(offered.has(minutes(m).getTime()), accepted, `start 09:00 + ${m} min`);
          }
        },
      ),
      { numRuns: 25 },
    );
  });
});

describe('time zones and DST', () => {
  test('the Stockholm spring-forward week: 09:00 every day, and nothing in the skipped hour', async () => {
    const provider = await newProvider('Spring', [...everyDay('00:00', '05:00'), ...everyDay('09:00', '10:00')]);
    const service = await newService([provider]);
    const response = await slotsOf(service, `from=2027-03-22&to=2027-03-28&provider=${provider}`);
    const starts = localStarts(response.body);
    assert.equal(new Set((response.body.slots as Json[]).map((slot) => slot.start)).size, starts.length);
    const nineOClock = starts.filter((start) => start.slice(11, 16) === '09:00');
    assert.deepEqual(
      nineOClock,
      ['22', '23', '24', '25', '26', '27']
        .map((d) => `2027-03-${d}T09:00:00+01:00`)
        .concat('2027-03-28T09:00:00+02:00'),
    );
    // Sunday the 28th: 02:00 does not exist; the four hours of the night are 00, 01, 03 and 04.
    assert.deepEqual(
      starts.filter((start) => start.startsWith('2027-03-28')),
      [
        '2027-03-28T00:00:00+01:00',
        '2027-03-28T01:00:00+01:00',
        '2027-03-28T03:00:00+02:00',
        '2027-03-28T04:00:00+02:00',
        '2027-03-28T09:00:00+02:00',
      ],
    );
    assert.equal(starts.filter((start) => start.slice(11, 13) === '02').length, 6); // the other six nights
    assert.equal(starts.length, 6 * 6 + 5);
  });

  test('the Stockholm fall-back week: 02:00 twice on the night of the change, 09:00 once a day', async () => {
    const provider = await newProvider('Autumn', [...everyDay('00:00', '05:00'), ...everyDay('09:00', '10:00')]);
    const service = await newService([provider]);
    const response = await slotsOf(service, `from=2027-10-25&to=2027-10-31&provider=${provider}`);
    const slots = response.body.slots as Json[];
    assert.equal(new Set(slots.map((slot) => slot.start)).size, slots.length);
    const sunday = slots.filter((slot) => slot.date === '2027-10-31');
    assert.deepEqual(
      sunday.map((slot) => [slot.startLocal, slot.start]),
      [
        ['2027-10-31T00:00:00+02:00', '2027-10-30T22:00:00.000Z'],
        ['2027-10-31T01:00:00+02:00', '2027-10-30T23:00:00.000Z'],
        ['2027-10-31T02:00:00+02:00', '2027-10-31T00:00:00.000Z'],
        ['2027-10-31T02:00:00+01:00', '2027-10-31T01:00:00.000Z'],
        ['2027-10-31T03:00:00+01:00', '2027-10-31T02:00:00.000Z'],
        ['2027-10-31T04:00:00+01:00', '2027-10-31T03:00:00.000Z'],
        ['2027-10-31T09:00:00+01:00', '2027-10-31T08:00:00.000Z'],
      ],
    );
    assert.equal(slots.filter((slot) => (slot.startLocal as string).slice(11, 16) === '09:00').length, 7);
    assert.equal(slots.length, 6 * 6 + 7);
  });

  test('a provider in New York seen from Stockholm', async () => {
    const provider = await newProvider('New York', weekdays('09:00', '11:00'), { timeZone: 'America/New_York' });
    const service = await newService([provider]);
    // New York is on summer time from 14 March 2027, Stockholm from 28 March: five hours apart in between.
    const seen = await slotsOf(service, `from=2027-03-26&to=2027-03-29&timeZone=Europe/Stockholm`);
    assert.equal(seen.body.timeZone, 'Europe/Stockholm');
    assert.deepEqual(localStarts(seen.body), [
      '2027-03-26T14:00:00+01:00',
      '2027-03-26T15:00:00+01:00',
      '2027-03-29T15:00:00+02:00',
      '2027-03-29T16:00:00+02:00',
    ]);
    // By default, the provider's own zone (and its dates).
    const own = await slotsOf(service, `from=2027-03-26&to=2027-03-29&provider=${provider}`);
    assert.equal(own.body.timeZone, 'America/New_York');
    assert.deepEqual(localStarts(own.body), [
      '2027-03-26T09:00:00-04:00',
      '2027-03-26T10:00:00-04:00',
      '2027-03-29T09:00:00-04:00',
      '2027-03-29T10:00:00-04:00',
    ]);
    assert.deepEqual(
      (seen.body.slots as Json[]).map((slot) => slot.start),
      (own.body.slots as Json[]).map((slot) => slot.start),
    );
    // Stockholm's dates: late in New York is tomorrow in Stockholm, so the window follows the viewer's days.
    const evening = await newProvider('Evening', weekdays('20:00', '21:00'), { timeZone: 'America/New_York' });
    const late = await newService([evening]);
    const lateSeen = await slotsOf(late, 'from=2027-03-16&to=2027-03-16&timeZone=Europe/Stockholm');
    assert.deepEqual(localStarts(lateSeen.body), ['2027-03-16T01:00:00+01:00']); // Monday 20:00 in New York
  });
});

describe('any provider', () => {
  test('each slot lists the providers free at it; inactive providers are left out', async () => {
    const anna = await newProvider('Anna', weekdays('09:00', '11:00'));
    const bo = await newProvider('Bo', weekdays('09:00', '12:00'));
    const cleo = await newProvider('Cleo', weekdays('09:00', '12:00'));
    const service = await newService([anna, bo, cleo]);
    await admin.patch(`/api/v1/providers/${cleo}`, { active: false });
    await insertAppointmentRow(t.database.db, {
      orgId: t.org.id,
      serviceId: service,
      providerId: anna,
      start: new Date('2027-03-15T09:00:00Z'),
      end: new Date('2027-03-15T10:00:00Z'),
    });
    const response = await slotsOf(service, 'from=2027-03-15&to=2027-03-15');
    assert.equal(response.body.timeZone, 'Europe/Stockholm');
    assert.deepEqual(
      (response.body.slots as Json[]).map((slot) => [(slot.startLocal as string).slice(11, 16), slot.providerIds]),
      [
        ['09:00', [anna, bo]],
        ['10:00', [bo]],
        ['11:00', [bo]],
      ],
    );
    assert.deepEqual(response.body.providers, [
      { id: anna, name: 'Anna' },
      { id: bo, name: 'Bo' },
    ]);
    // Providers in different zones: the organisation's zone, unless one is asked for.
    const far = await newProvider('Far', weekdays('09:00', '10:00'), { timeZone: 'Asia/Tokyo' });
    const mixed = await newService([anna, far]);
    assert.equal((await slotsOf(mixed, 'from=2027-03-15&to=2027-03-15')).body.timeZone, 'Europe/Stockholm');
    const onlyFar = await newService([far]);
    assert.equal((await slotsOf(onlyFar, 'from=2027-03-15&to=2027-03-15')).body.timeZone, 'Asia/Tokyo');
    const none = await newService([cleo]);
    const empty = await slotsOf(none, 'from=2027-03-15&to=2027-03-15');
    assert.deepEqual(empty.body, { serviceId: none, timeZone: 'Europe/Stockholm', slots: [], providers: [] });
  });
});

describe('bad input', () => {
  test('each refusal has its own code, for the public and for staff', async () => {
    const provider = await newProvider('Refusals', weekdays('09:00', '11:00'));
    const other = await newProvider('Other', weekdays('09:00', '11:00'));
    const hidden = await newProvider('Hidden', weekdays('09:00', '11:00'));
    const service = await newService([provider, hidden]);
    await admin.patch(`/api/v1/providers/${hidden}`, { active: false });
    const inactive = await newService([provider], { active: false });
    const unknownId = '00000000-0000-4000-8000-000000000000';
    const cases: [string, string, number, string][] = [
      [unknownId, 'from=2027-03-15&to=2027-03-16', 404, 'service_not_found'],
      [inactive, 'from=2027-03-15&to=2027-03-16', 404, 'service_not_found'],
      [service, `from=2027-03-15&to=2027-03-16&provider=${other}`, 422, 'provider_not_offering'],
      [service, `from=2027-03-15&to=2027-03-16&provider=${unknownId}`, 404, 'provider_not_found'],
      [service, `from=2027-03-15&to=2027-03-16&provider=${hidden}`, 404, 'provider_not_found'],
      [service, 'from=2027-03-15&to=2027-03-16&provider=nobody', 400, 'validation_failed'],
      [service, 'from=2027-03-15&to=2027-03-16&timeZone=Mars/Olympus', 400, 'validation_failed'],
      [service, 'from=2027-03-01&to=2027-05-02', 400, 'validation_failed'],
      [service, 'from=2027-03-16&to=2027-03-15', 400, 'validation_failed'],
      // The wrong way round by more than the days read around a window: refused before the read.
      [service, 'from=2027-03-20&to=2027-03-10', 400, 'validation_failed'],
      [service, 'from=2200-12-31&to=1900-01-01', 400, 'validation_failed'],
      [service, 'from=2027-03-16T10:00:00Z&to=2027-03-16T10:00:00Z', 400, 'validation_failed'],
      [service, 'from=2027-02-30&to=2027-03-16', 400, 'validation_failed'],
      [service, 'from=2027-03-28T02:30&to=2027-03-29', 400, 'validation_failed'],
      [service, 'from=tomorrow&to=2027-03-16', 400, 'validation_failed'],
      [service, 'to=2027-03-16', 400, 'validation_failed'],
      [service, 'from=2027-03-15&to=2027-03-16&extra=1', 400, 'validation_failed'],
      ['not-a-uuid', 'from=2027-03-15&to=2027-03-16', 400, 'validation_failed'],
    ];
    for (const client of [t.client(), admin]) {
      for (const [id, query, status, code] of cases) {
        const response = await slotsOf(id, query, client);
        assert.equal(response.status, status, `${id} ${query}: ${JSON.stringify(response.body)}`);
        assert.equal(response.body.error.code, code, `${id} ${query}`);
      }
    }
    const longest = await slotsOf(service, 'from=2027-03-01&to=2027-05-01');
    assert.equal(longest.status, 200, '62 local days, one of them 23 hours long, are allowed');
    const english = await slotsOf(service, `from=2027-03-15&to=2027-03-16&provider=${other}`);
    assert.equal(english.body.error.message, 'This provider does not offer this service.');
    const sv = await t
      .client()
      .get(`/api/v1/services/${service}/slots?from=2027-03-15&to=2027-03-16&provider=${other}`, {
        'accept-language': 'sv',
      });
    assert.equal(sv.body.error.message, 'Utföraren erbjuder inte den här tjänsten.');
  });
});
