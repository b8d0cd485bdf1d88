// Issue 12, time zones: a class time given without an offset ("2027-03-28T18:00") is read on the
// clock where the class happens: its location's zone, else the organisation's (Europe/Stockholm),
// on each side of both DST changes of 2027 (fixed dates, whatever day the tests run). Creating,
// editing (the class's current location decides when the body names none), a class from a
// template and a one-class series edit all read it so.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../src/platform/db.ts';
import type { Client, TestApp } from '../support/app.ts';
import { startTestApp } from '../support/app.ts';

let t: TestApp;
let admin: Client;
let newYork: string;
let stockholm: string;

before(async () => {
  t = await startTestApp();
  admin = await t.admin();
  assert.equal(t.org.timeZone, 'Europe/Stockholm');
  const ny = await admin.post('/api/v1/locations', { name: 'Studio Brooklyn', timeZone: 'America/New_York' });
  assert.equal(ny.status, 201, JSON.stringify(ny.body));
  newYork = ny.body.id;
  const sthlm = await admin.post('/api/v1/locations', { name: 'Studio Söder', timeZone: 'Europe/Stockholm' });
  stockholm = sthlm.body.id;
});
after(() => t?.close());

const create = (startsAt: string, endsAt: string, fields: Record<string, unknown> = {}) =>
  admin.post('/api/v1/classes', { title: 'Flow', startsAt, endsAt, maxSpots: 10, price: { amount: 15000 }, ...fields });

const classCount = async () =>
  (await queryRows<{ n: number }>(t.database.db, sql`SELECT count(*)::int AS n FROM classes`))[0]?.n;

describe('a class time without an offset', () => {
  test("without a location: the organisation's zone, on each side of Stockholm's DST changes", async () => {
    const cases = [
      ['2027-03-27', '2027-03-27T17:00:00.000Z', '+01:00'],
      ['2027-03-28', '2027-03-28T16:00:00.000Z', '+02:00'],
      ['2027-10-30', '2027-10-30T16:00:00.000Z', '+02:00'],
      ['2027-10-31', '2027-10-31T17:00:00.000Z', '+01:00'],
    ] as const;
    for (const [date, instant, offset] of cases) {
      const created = await create(`${date}T18:00`, `${date}T19:00`);
      assert.equal(created.status, 201, JSON.stringify(created.body));
      assert.equal(created.body.startsAt, instant, date);
      assert.equal(created.body.timeZone, 'Europe/Stockholm');
      assert.equal(created.body.startsAtLocal, `${date}T18:00:00${offset}`);
    }
  });

  test("at a location abroad: the location's zone, which changes its clocks on other dates", async () => {
    // New York is on summer time from 14 March to 7 November 2027: both Stockholm change days are in it.
    for (const date of ['2027-03-27', '2027-03-28', '2027-10-30', '2027-10-31']) {
      const created = await create(`${date}T18:00`, `${date}T19:00`, { locationId: newYork });
      assert.equal(created.status, 201, JSON.stringify(created.body));
      assert.equal(created.body.startsAt, `${date}T22:00:00.000Z`, date);
      assert.equal(created.body.timeZone, 'America/New_York');
      assert.equal(created.body.startsAtLocal, `${date}T18:00:00-04:00`);
    }
    const winter = await create('2027-11-07T18:00', '2027-11-07T19:00', { locationId: newYork });
    assert.equal(winter.body.startsAt, '2027-11-07T23:00:00.000Z');
    // An offset given is an instant, wherever the class is.
    const instant = await create('2027-03-28T18:00:00+02:00', '2027-03-28T19:00:00+02:00', { locationId: newYork });
    assert.equal(instant.body.startsAt, '2027-03-28T16:00:00.000Z');
    assert.equal(instant.body.startsAtLocal, '2027-03-28T12:00:00-04:00');
  });

  test("an edit reads it in the class's location, the new one if the edit moves it", async () => {
    const created = await create('2027-10-30T18:00', '2027-10-30T19:00', { locationId: newYork });
    const id = created.body.id;
    const moved = await admin.patch(`/api/v1/classes/${id}`, {
      startsAt: '2027-10-31T09:00',
      endsAt: '2027-10-31T10:00',
    });
    assert.equal(moved.status, 200, JSON.stringify(moved.body));
    assert.equal(moved.body.startsAt, '2027-10-31T13:00:00.000Z');
    const home = await admin.patch(`/api/v1/classes/${id}`, {
      locationId: stockholm,
      startsAt: '2027-10-31T09:00',
      endsAt: '2027-10-31T10:00',
    });
    assert.equal(home.status, 200, JSON.stringify(home.body));
    assert.equal(home.body.startsAt, '2027-10-31T08:00:00.000Z');
    assert.equal(home.body.startsAtLocal, '2027-10-31T09:00:00+01:00');
    const none = await admin.patch(`/api/v1/classes/${id}`, {
      locationId: null,
      startsAt: '2027-03-28T09:00',
      endsAt: '2027-03-28T10:00',
    });
    assert.equal(none.body.startsAt, '2027-03-28T07:00:00.000Z');
  });

  test('a time the clocks skip in the zone is refused with a machine code, and nothing is written', async () => {
    const before = await classCount();
    const gap = await create('2027-03-28T02:30', '2027-03-28T03:30');
    assert.equal(gap.status, 400, JSON.stringify(gap.body));
    assert.equal(gap.body.error.code, 'validation_failed');
    assert.match(JSON.stringify(gap.body.error.details), /Europe\/Stockholm/);
    // 02:30 on 28 March exists in New York.
    const there = await create('2027-03-28T02:30', '2027-03-28T03:30', { locationId: newYork });
    assert.equal(there.status, 201, JSON.stringify(there.body));
    assert.equal(there.body.startsAt, '2027-03-28T06:30:00.000Z');
    // New York skips 02:00–03:00 on 14 March 2027.
    const gapThere = await create('2027-03-14T02:30', '2027-03-14T03:30', { locationId: newYork });
    assert.equal(gapThere.status, 400);
    assert.match(JSON.stringify(gapThere.body.error.details), /America\/New_York/);
    assert.equal(await classCount(), (before ?? 0) + 1);
  });

  test("a class from a template, and a one-class series edit, read it in the location's zone", async () => {
    const source = await create('2027-10-30T18:00', '2027-10-30T19:00', { locationId: newYork });
    const template = await admin.post('/api/v1/class-templates', { name: 'Brooklyn flow', classId: source.body.id });
    assert.equal(template.status, 201, JSON.stringify(template.body));
    const fromTemplate = await admin.post(`/api/v1/class-templates/${template.body.id}/classes`, {
      startsAt: '2027-11-07T18:00',
    });
    assert.equal(fromTemplate.status, 201, JSON.stringify(fromTemplate.body));
    assert.equal(fromTemplate.body.startsAt, '2027-11-07T23:00:00.000Z');
    assert.equal(fromTemplate.body.endsAtLocal, '2027-11-07T19:00:00-05:00');

    const series = await admin.post('/api/v1/series', {
      title: 'Brooklyn mornings',
      maxSpots: 10,
      price: { amount: 15000 },
      durationMinutes: 60,
      locationId: newYork,
      weekdays: [7],
      startTime: '09:00',
      fromDate: '2027-10-31',
      occurrences: 2,
    });
    assert.equal(series.status, 201, JSON.stringify(series.body));
    const [first] = series.body.classes as { id: string; startsAt: string }[];
    assert.equal(first?.startsAt, '2027-10-31T13:00:00.000Z');
    const edited = await admin.patch(`/api/v1/classes/${first?.id}/series`, {
      scope: 'this',
      changes: { startTime: '10:30' },
    });
    assert.equal(edited.status, 200, JSON.stringify(edited.body));
    assert.equal(edited.body.classes[0].startsAt, '2027-10-31T14:30:00.000Z');
    assert.equal(edited.body.classes[0].startsAtLocal, '2027-10-31T10:30:00-04:00');
  });

  test("a customer's payment history gives a booking's time with the zone of its location", async () => {
    const cls = await create('2027-10-31T18:00', '2027-10-31T19:00', { locationId: newYork });
    const customer = t.client();
    const signedUp = await customer.post('/api/v1/auth/sign-up', {
      email: 'zoned@example.test',
      name: 'Zoned Customer',
      password: 'customer-password-1',
    });
    assert.equal(signedUp.status, 201, JSON.stringify(signedUp.body));
    customer.csrfToken = signedUp.body.csrfToken;
    const booked = await customer.post('/api/v1/bookings', { classId: cls.body.id, paymentMethod: 'venue' });
    assert.equal(booked.status, 201, JSON.stringify(booked.body));
    // Paid at the desk: a venue payment, the customer's history's entry.
    const paid = await admin.post(`/api/v1/bookings/${booked.body.booking.id}/paid-at-venue`, {});
    assert.equal(paid.status, 200, JSON.stringify(paid.body));
    const history = await customer.get('/api/v1/me/payments');
    assert.equal(history.status, 200, JSON.stringify(history.body));
    const entry = history.body.entries.find((e: { bookingId: string }) => e.bookingId === booked.body.booking.id);
    assert.ok(entry, JSON.stringify(history.body));
    assert.equal(entry.startsAt, '2027-10-31T22:00:00.000Z');
    assert.equal(entry.timeZone, 'America/New_York');
  });
});
