import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { DateTime } from 'luxon';
import { queryRows } from '../../src/platform/db.ts';
import { type DemoSeeded, seedDemoData } from '../../src/seed/demo.ts';
import { type Client, type TestApp, startTestApp } from '../support/app.ts';
import type { Json } from '../support/json.ts';
import { firstOffered } from '../support/offered.ts';
import { guest } from '../support/practice.ts';

// The demo data of the first start (src/seed/demo.ts, called by src/main.ts): both halves, bookable
// through the one booking path, and written once.
let t: TestApp;
let admin: Client;
let seeded: DemoSeeded;
/** The seed's jobs by kind, counted before any test books. */
let seededJobs: Record<string, number>;
const deps = { publicUrl: 'http://slotwise.test', tokenKey: randomBytes(32) };

before(async () => {
  t = await startTestApp();
  admin = await t.admin();
  seeded = await seedDemoData(t.database.db, t.org, t.clock.now(), deps);
  const rows = await queryRows<{ kind: string; n: number }>(
    t.database.db,
    sql`SELECT kind, count(*)::int AS n FROM jobs GROUP BY kind`,
  );
  seededJobs = Object.fromEntries(rows.map((row) => [row.kind, row.n]));
});
after(() => t.close());

const counts = async () =>
  (
    await queryRows<Record<string, number>>(
      t.database.db,
      sql`SELECT (SELECT count(*)::int FROM classes) AS classes, (SELECT count(*)::int FROM locations) AS locations,
                 (SELECT count(*)::int FROM providers) AS providers, (SELECT count(*)::int FROM services) AS services,
                 (SELECT count(*)::int FROM bookings) AS bookings, (SELECT count(*)::int FROM provider_weekly_hours) AS hours`,
    )
  )[0];

describe('demo data on first start', () => {
  test('classes, and next to them a location, providers with hours and a service of each kind', async () => {
    assert.ok(seeded.classes > 0);
    assert.deepEqual(
      { services: seeded.services, providers: seeded.providers, appointments: seeded.appointments },
      { services: 3, providers: 3, appointments: 3 },
    );
    const services = (await t.client().get('/api/v1/services')).body.services as Json[];
    assert.deepEqual(services.map((s) => s.where.mode).sort(), ['at_customer', 'at_location', 'remote']);
    const org = await admin.get('/api/v1/organisation');
    for (const service of services) {
      assert.equal(service.price.currency, org.body.currency);
      assert.ok(service.price.amount > 0);
      assert.ok(service.providerIds.length > 0, `${service.name} is offered by someone`);
    }
    const studio = services.find((s) => s.where.mode === 'at_location');
    const locations = await admin.get('/api/v1/locations');
    assert.deepEqual(
      locations.body.locations.map((l: Json) => l.id),
      [studio.where.locationId],
    );
    assert.ok(locations.body.locations[0].address.city);
    assert.ok(studio.bufferAfterMinutes > 0, 'the studio service keeps time after each session');

    const providers = (await admin.get('/api/v1/providers')).body.providers as Json[];
    assert.deepEqual(providers.map((p) => p.timeZone).sort(), [
      'America/New_York',
      'Europe/Stockholm',
      'Europe/Stockholm',
    ]);
    for (const provider of providers) {
      const hours = await admin.get(`/api/v1/providers/${provider.id}/hours`);
      assert.equal(hours.status, 200);
      assert.ok(hours.body.intervals.length >= 5, `${provider.name} works every weekday`);
    }
  });

  test('appointments already booked in the coming days, at their providers’ local times, one of each kind', async () => {
    const list = await admin.get('/api/v1/bookings?kind=appointment');
    assert.equal(list.status, 200, JSON.stringify(list.body));
    const items = list.body.bookings as Json[];
    assert.equal(items.length, 3);
    const now = t.clock.now().getTime();
    const providers = new Map(((await admin.get('/api/v1/providers')).body.providers as Json[]).map((p) => [p.id, p]));
    for (const booking of items) {
      assert.equal(booking.kind, 'appointment');
      assert.equal(booking.status, 'confirmed');
      assert.ok(new Date(booking.startsAt).getTime() > now + 86_400_000, 'at least a day ahead');
      assert.ok(new Date(booking.startsAt).getTime() < now + 8 * 86_400_000, 'within the coming week or so');
      const zone = providers.get(booking.appointment.provider.id).timeZone;
      const local = DateTime.fromISO(booking.startsAt, { zone });
      assert.ok(local.weekday <= 5, 'on a working day');
      assert.ok(['09:00', '10:00'].includes(local.toFormat('HH:mm')), `${local.toISO()} inside working hours`);
    }
    assert.deepEqual(items.map((b) => b.appointment.service.locationMode).sort(), [
      'at_customer',
      'at_location',
      'remote',
    ]);
    const visit = items.find((b) => b.appointment.service.locationMode === 'at_customer');
    assert.ok(visit.appointment.address);
    // Their time is taken: the same start again is refused, as for any booking.
    for (const booking of items) {
      const again = await t.client().post('/api/v1/bookings', {
        serviceId: booking.appointment.service.id,
        providerId: booking.appointment.provider.id,
        start: booking.startsAt,
        guest: guest(`again-${booking.id}`),
        address: 'Storgatan 2, Stockholm',
      });
      assert.equal(again.status, 409, JSON.stringify(again.body));
      assert.equal(again.body.error.code, 'slot_taken');
    }
  });

  test('the demo bookings mail their guests but not the studio, whose notifications stay on', async () => {
    assert.equal(seededJobs['mail.booking_confirmed'], 3, JSON.stringify(seededJobs));
    assert.equal(seededJobs['mail.staff_notice'] ?? 0, 0, JSON.stringify(seededJobs));
    const settings = await admin.get('/api/v1/organisation/staff-notifications');
    assert.equal(settings.status, 200, JSON.stringify(settings.body));
    assert.equal(settings.body.enabled, true, 'the seed leaves the setting as it was');
  });

  test('each demo service has free times that the booking path offers, and a guest books one', async () => {
    const now = t.clock.now();
    const services = (await t.client().get('/api/v1/services')).body.services as Json[];
    for (const service of services) {
      const range = { from: now, to: new Date(now.getTime() + 14 * 86_400_000) };
      const offered = await firstOffered(t.database.db, t.org.id, service.id, range, now);
      assert.ok(offered, `${service.name} offers a time in the next two weeks`);
      const booked = await t.client().post('/api/v1/bookings', {
        serviceId: service.id,
        start: offered.start.toISOString(),
        guest: guest(`demo-${service.id}`),
        paymentMethod: 'venue',
        ...(service.where.mode === 'at_customer'
          ? { address: 'Götgatan 5, Stockholm', phone: '+46 70 000 00 00' }
          : {}),
      });
      assert.equal(
        booked.status,
        201,
        `${service.name} at ${offered.start.toISOString()}: ${JSON.stringify(booked.body)}`,
      );
      assert.ok(offered.providerIds.includes(booked.body.booking.appointment.provider.id));
    }
  });

  test('a second start writes nothing', async () => {
    const before = await counts();
    const again = await seedDemoData(t.database.db, t.org, t.clock.now(), deps);
    assert.deepEqual(again, { classes: 0, services: 0, providers: 0, appointments: 0 });
    assert.deepEqual(await counts(), before);
  });
});
