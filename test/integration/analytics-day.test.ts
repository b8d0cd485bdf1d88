/**
 * A UX tester's day in the demo organisation, as the Analytics page reads it with its default period (the
 * 30 days that end today): the demo data's bookings, guests and a signed-in customer booking classes and
 * appointments for the coming days through the booking pages (each page view and checkout counted as the
 * web app counts them), a visitor who opened a checkout and left, and the admin booking for a customer.
 * "Bookings made per day" must show every booking made today, whatever day it is for; the funnel's
 * "booked online" only the checkouts guests and customers finished themselves, so never more than were started.
 */
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { DateTime } from 'luxon';
import { queryRows } from '../../src/platform/db.ts';
import { seedDemoData } from '../../src/seed/demo.ts';
import { type Client, type TestApp, guest, startTestApp } from '../support/app.ts';
import type { Json } from '../support/json.ts';
import { firstOffered } from '../support/offered.ts';

let t: TestApp;
let admin: Client;
let today: string;
/** Bookings made today through the booking pages, and by the admin for a customer. */
const made = { online: 0, staff: 0 };

const count = (client: Client, step: 'page_view' | 'checkout_started') =>
  client.post('/api/v1/analytics/events', { step });

/** A visitor's checkout as the web app makes it: the page counted, the checkout counted at its submit, the booking. */
async function bookOnline(visitor: Client, body: Record<string, unknown>): Promise<void> {
  assert.equal((await count(visitor, 'page_view')).status, 204);
  assert.equal((await count(visitor, 'checkout_started')).status, 204);
  const booked = await visitor.post('/api/v1/bookings', { paymentMethod: 'venue', ...body });
  assert.equal(booked.status, 201, JSON.stringify(booked.body));
  made.online += 1;
}

before(async () => {
  t = await startTestApp();
  admin = await t.admin();
  const settings = await admin.patch('/api/v1/organisation', { paymentMethods: ['venue'] });
  assert.equal(settings.status, 200, JSON.stringify(settings.body));
  const seeded = await seedDemoData(t.database.db, t.org, t.clock.now(), {
    publicUrl: 'http://slotwise.test',
    tokenKey: randomBytes(32),
  });
  assert.equal(seeded.appointments, 3, 'the demo data books three appointments');
  today = DateTime.fromJSDate(t.clock.now(), { zone: t.org.timeZone }).toISODate() ?? '';

  const classes = (await t.client().get('/api/v1/classes')).body.classes as Json[];
  assert.ok(classes.length >= 3, 'the demo has classes in the coming week');
  const now = t.clock.now();
  const services = (await t.client().get('/api/v1/services')).body.services as Json[];
  const remote = services.find((s) => s.where.mode === 'remote');
  assert.ok(remote, 'the demo has a remote service');
  const slot = async () => {
    const range = { from: now, to: new Date(now.getTime() + 14 * 86_400_000) };
    const offered = await firstOffered(t.database.db, t.org.id, remote.id, range, now);
    assert.ok(offered, 'a free time in the next two weeks');
    return offered.start.toISOString();
  };

  // Guests book two classes and an appointment; a signed-in customer books a class.
  await bookOnline(t.client(), { classId: classes[0].id, guest: guest('day-1') });
  await bookOnline(t.client(), { classId: classes[1].id, guest: guest('day-2') });
  await bookOnline(t.client(), { serviceId: remote.id, start: await slot(), guest: guest('day-3') });
  const customer = t.client();
  assert.equal((await customer.signUp('day-customer@example.test')).status, 201);
  await bookOnline(customer, { classId: classes[2].id });
  // A visitor opens a checkout and leaves.
  const leaver = t.client();
  assert.equal((await count(leaver, 'page_view')).status, 204);
  assert.equal((await count(leaver, 'checkout_started')).status, 204);
  // The admin books a class and an appointment for customers who called (no checkout page).
  for (const body of [
    { classId: classes[0].id, guest: guest('day-called-1') },
    { serviceId: remote.id, start: await slot(), guest: guest('day-called-2') },
  ]) {
    const booked = await admin.post('/api/v1/bookings', { paymentMethod: 'venue', ...body });
    assert.equal(booked.status, 201, JSON.stringify(booked.body));
    made.staff += 1;
  }
});
after(() => t.close());

/** What the page asks for: the default period. */
const read = async (table: string) => {
  const response = await admin.get(`/api/v1/analytics/${table}`);
  assert.equal(response.status, 200, JSON.stringify(response.body));
  assert.equal(response.body.to, today, 'the default period ends today');
  return response.body.rows as Json[];
};

describe("the tester's day on the Analytics page", () => {
  test('bookings made per day: every booking made today, on today, whatever day it is for', async () => {
    const [row] = await queryRows<{ n: number }>(t.database.db, sql`SELECT count(*)::int AS n FROM bookings`);
    const n = row?.n ?? 0;
    assert.equal(n, 3 + made.online + made.staff, "the demo's three, the visitors' and the admin's");
    const rows = await read('bookings');
    const todays = rows.find((r) => r.date === today);
    assert.ok(todays);
    assert.equal(todays.classes + todays.appointments, n, JSON.stringify(todays));
    assert.deepEqual([todays.classes, todays.appointments], [4, 5], 'classes: 3 online, 1 by the admin');
    assert.deepEqual([todays.cancelled, todays.noShows], [0, 0]);
    assert.equal(rows.filter((r) => r.date !== today && r.classes + r.appointments > 0).length, 0);
  });

  test('the funnel: booked online are the checkouts visitors finished, never more than were started', async () => {
    const rows = await read('funnel');
    const todays = rows.find((r) => r.date === today);
    assert.deepEqual(
      [todays?.pageViews, todays?.checkoutsStarted, todays?.booked],
      [made.online + 1, made.online + 1, made.online],
      "not the demo data's bookings, not the admin's",
    );
    const bookings = await read('bookings');
    for (const day of rows) {
      assert.ok(day.booked <= day.checkoutsStarted, `${day.date}: booked online within checkouts started`);
      const all = bookings.find((r) => r.date === day.date);
      assert.ok(day.booked <= all.classes + all.appointments, `${day.date}: booked online within bookings made`);
    }
  });
});
