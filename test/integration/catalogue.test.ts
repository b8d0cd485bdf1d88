import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { type ProviderAvailability, computeSlots } from '../../src/modules/availability/availability.ts';
import { loadProviderSchedule } from '../../src/modules/providers/providers.availability.ts';
import { type Client, type TestApp, startTestApp } from '../support/app.ts';

let t: TestApp;
let admin: Client;
before(async () => {
  t = await startTestApp();
  admin = await t.admin();
});
after(() => t.close());

const count = async (table: string): Promise<number> => {
  const result = (await t.database.db.execute(sql.raw(`SELECT count(*)::int AS n FROM ${table}`))) as unknown as {
    rows: { n: number }[];
  };
  return result.rows[0]?.n ?? 0;
};

const studio = {
  name: 'Studio',
  address: { lines: ['Storgatan 1'], postalCode: '111 22', city: 'Stockholm', country: 'SE' },
};
const newLocation = async (body: Record<string, unknown> = studio, client = admin) =>
  (await client.post('/api/v1/locations', body)).body;
const newProvider = async (body: Record<string, unknown> = {}, client = admin) =>
  (await client.post('/api/v1/providers', { name: 'Maja', bio: 'Physio', ...body })).body;
const serviceBody = (overrides: Record<string, unknown> = {}) => ({
  name: 'Massage',
  durationMinutes: 60,
  price: { amount: 65000 },
  where: { mode: 'remote' },
  ...overrides,
});

async function staffClient(email: string, role: 'staff' | 'customer') {
  const client = t.client();
  const signedUp = await client.signUp(email);
  const id = signedUp.body.user.id as string;
  if (role === 'staff') await admin.patch(`/api/v1/users/${id}`, { role: 'staff' });
  await client.signIn(email, 'customer-password-1');
  return { client, id };
}

describe('locations', () => {
  test('create defaults the zone to the organisation, validates, and is readable publicly', async () => {
    const created = await admin.post('/api/v1/locations', { ...studio, coordinates: { lat: 59.33, lng: 18.06 } });
    assert.equal(created.status, 201);
    assert.equal(created.body.timeZone, 'Europe/Stockholm');
    assert.deepEqual(created.body.coordinates, { lat: 59.33, lng: 18.06 });
    const before = await count('locations');
    for (const bad of [
      { ...studio, timeZone: 'Mars/Olympus' },
      { ...studio, coordinates: { lat: 91, lng: 0 } },
      { ...studio, address: { country: 'se' } },
      { name: '' },
    ]) {
      const response = await admin.post('/api/v1/locations', bad);
      assert.equal(response.status, 400, JSON.stringify(bad));
      assert.equal(response.body.error.code, 'validation_failed');
    }
    assert.equal(await count('locations'), before);
    const pub = await t.client().get(`/api/v1/locations/${created.body.id}`);
    assert.equal(pub.status, 200);
    assert.equal(pub.body.address.city, 'Stockholm');
    const patched = await admin.patch(`/api/v1/locations/${created.body.id}`, { timeZone: 'Europe/Helsinki' });
    assert.equal(patched.body.timeZone, 'Europe/Helsinki');
  });

  test('anonymous and customers cannot write; deleting a location in use is 409 location_in_use', async () => {
    assert.equal((await t.client().post('/api/v1/locations', studio)).status, 401);
    const { client: customer } = await staffClient('loc-customer@example.test', 'customer');
    assert.equal((await customer.post('/api/v1/locations', studio)).status, 403);
    const location = await newLocation();
    await admin.post('/api/v1/services', serviceBody({ where: { mode: 'at_location', locationId: location.id } }));
    const refused = await admin.delete(`/api/v1/locations/${location.id}`);
    assert.equal(refused.status, 409);
    assert.equal(refused.body.error.code, 'location_in_use');
    const unused = await newLocation();
    assert.equal((await admin.delete(`/api/v1/locations/${unused.id}`)).status, 204);
    assert.equal((await admin.get(`/api/v1/locations/${unused.id}`)).body.error.code, 'location_not_found');
  });

  test('a class can name a location of its organisation', async () => {
    const location = await newLocation();
    const start = new Date(t.clock.now().getTime() + 7 * 86_400_000);
    start.setUTCMinutes(0, 0, 0);
    const cls = (extra: Record<string, unknown>) =>
      admin.post('/api/v1/classes', {
        title: 'Yoga',
        startsAt: start.toISOString(),
        endsAt: new Date(start.getTime() + 3_600_000).toISOString(),
        maxSpots: 5,
        price: { amount: 100 },
        ...extra,
      });
    const ok = await cls({ locationId: location.id });
    assert.equal(ok.status, 201);
    assert.equal(ok.body.locationId, location.id);
    assert.equal(ok.body.location, location.name, 'with no place text of its own, customers read the location’s name');
    const own = await cls({ locationId: location.id, location: 'Room 2, upstairs' });
    assert.equal(own.body.location, 'Room 2, upstairs', 'a text of its own is kept');
    const read = await t.client().get(`/api/v1/classes/${ok.body.id}`);
    assert.equal(read.body.location, location.name);
    const unknown = await cls({ locationId: '00000000-0000-4000-8000-000000000000' });
    assert.equal(unknown.status, 404);
    assert.equal(unknown.body.error.code, 'location_not_found');
  });
});

describe('providers', () => {
  test('public read shows name, bio and active only; staff see the account link', async () => {
    const { id: staffId, client: staff } = await staffClient('prov-staff@example.test', 'staff');
    const created = await admin.post('/api/v1/providers', { name: 'Oskar', bio: 'Notary', userId: staffId });
    assert.equal(created.status, 201);
    assert.equal(created.body.userId, staffId);
    assert.equal(created.body.timeZone, 'Europe/Stockholm');
    const pub = await t.client().get(`/api/v1/providers/${created.body.id}`);
    assert.deepEqual(Object.keys(pub.body).sort(), ['active', 'bio', 'id', 'name']);
    const list = await t.client().get('/api/v1/providers');
    for (const provider of list.body.providers)
      assert.deepEqual(Object.keys(provider).sort(), ['active', 'bio', 'id', 'name']);
    assert.ok(!JSON.stringify(list.body).includes('prov-staff@example.test'));
    const seenByStaff = await staff.get(`/api/v1/providers/${created.body.id}`);
    assert.equal(seenByStaff.body.userId, staffId);
    assert.equal((await staff.post('/api/v1/providers', { name: 'X' })).status, 403);
    const taken = await admin.post('/api/v1/providers', { name: 'Twin', userId: staffId });
    assert.equal(taken.status, 409);
    assert.equal(taken.body.error.code, 'provider_account_taken');
  });

  test('a provider cannot be linked to a customer account or another organisation’s user; bad zone refused', async () => {
    const before = await count('providers');
    const { id: customerId } = await staffClient('prov-customer@example.test', 'customer');
    const customer = await admin.post('/api/v1/providers', { name: 'C', userId: customerId });
    assert.equal(customer.status, 422);
    assert.equal(customer.body.error.code, 'provider_account_not_staff');
    await t.createOrg('other-prov', 'admin@other-prov.test');
    const otherAdmin = t.client('other-prov');
    await otherAdmin.signIn('admin@other-prov.test', 'admin-password-1');
    const otherUser = (await otherAdmin.get('/api/v1/auth/session')).body.user.id;
    const foreign = await admin.post('/api/v1/providers', { name: 'F', userId: otherUser });
    assert.equal(foreign.status, 404);
    assert.equal(foreign.body.error.code, 'user_not_found');
    const zone = await admin.post('/api/v1/providers', { name: 'Z', timeZone: 'Europe/Atlantis' });
    assert.equal(zone.status, 400);
    assert.equal(await count('providers'), before);
    // Organisation isolation: the other organisation sees none of ours.
    const mine = await newProvider();
    assert.equal((await otherAdmin.get(`/api/v1/providers/${mine.id}`)).status, 404);
    assert.equal((await otherAdmin.get('/api/v1/providers')).body.providers.length, 0);
  });

  test('weekly hours: a whole week in one PUT; overlaps and end before start refused, nothing written', async () => {
    const provider = await newProvider();
    const url = `/api/v1/providers/${provider.id}/hours`;
    const week = [
      { weekday: 1, start: '09:00', end: '12:00' },
      { weekday: 1, start: '12:00', end: '17:00' },
      { weekday: 7, start: '20:00', end: '24:00' },
    ];
    const put = await admin.request('PUT', url, { intervals: week });
    assert.equal(put.status, 200);
    assert.equal(put.body.intervals.length, 3);
    const overlap = await admin.request('PUT', url, {
      intervals: [
        { weekday: 2, start: '09:00', end: '12:00' },
        { weekday: 2, start: '11:00', end: '13:00' },
      ],
    });
    assert.equal(overlap.status, 409);
    assert.equal(overlap.body.error.code, 'schedule_overlap');
    const backwards = await admin.request('PUT', url, { intervals: [{ weekday: 3, start: '12:00', end: '09:00' }] });
    assert.equal(backwards.status, 400);
    assert.equal(backwards.body.error.details[0].path, 'intervals.0.end');
    const badWeekday = await admin.request('PUT', url, { intervals: [{ weekday: 0, start: '09:00', end: '10:00' }] });
    assert.equal(badWeekday.status, 400);
    assert.equal((await admin.get(url)).body.intervals.length, 3);
    assert.equal((await t.client().get(url)).status, 401);
  });

  test('the database refuses overlapping intervals even from raw SQL', async () => {
    const provider = await newProvider();
    const insert = (start: string, end: string) =>
      t.database.db.execute(
        sql`INSERT INTO provider_weekly_hours (org_id, provider_id, weekday, start_time, end_time)
            VALUES (${t.org.id}, ${provider.id}, 4, ${start}, ${end})`,
      );
    await insert('09:00', '12:00');
    await insert('12:00', '13:00');
    await assert.rejects(insert('11:59', '12:30'), (error: { message?: string; cause?: { message?: string } }) =>
      JSON.stringify([error.message, error.cause?.message]).includes('provider_weekly_hours_no_overlap'),
    );
    await assert.rejects(insert('10:00', '09:00'));
    await assert.rejects(insert('25:00', '26:00'));
  });

  test('overrides and time off; time off notes only for staff; the linked staff member blocks their own time', async () => {
    const { id: staffId, client: staff } = await staffClient('prov-own@example.test', 'staff');
    const own = await newProvider({ userId: staffId });
    const other = await newProvider();
    const closed = await admin.request('PUT', `/api/v1/providers/${own.id}/overrides/2027-12-24`, { intervals: [] });
    assert.equal(closed.status, 200);
    assert.equal(closed.body.closed, true);
    const overlap = await admin.request('PUT', `/api/v1/providers/${own.id}/overrides/2027-12-23`, {
      intervals: [
        { start: '10:00', end: '12:00' },
        { start: '11:00', end: '13:00' },
      ],
    });
    assert.equal(overlap.body.error.code, 'schedule_overlap');
    const list = await staff.get(`/api/v1/providers/${own.id}/overrides?from=2027-12-01&to=2027-12-31`);
    assert.deepEqual(
      list.body.overrides.map((o: { date: string }) => o.date),
      ['2027-12-24'],
    );
    const mine = await staff.post(`/api/v1/providers/${own.id}/time-off`, {
      startsAt: '2027-07-01T00:00',
      endsAt: '2027-07-15T00:00',
      note: 'Holiday',
    });
    assert.equal(mine.status, 201);
    assert.equal(mine.body.startsAt, '2027-06-30T22:00:00.000Z');
    assert.equal((await staff.post(`/api/v1/providers/${other.id}/time-off`, mine.body)).status, 400);
    const notMine = await staff.post(`/api/v1/providers/${other.id}/time-off`, {
      startsAt: '2027-07-01T00:00',
      endsAt: '2027-07-02T00:00',
    });
    assert.equal(notMine.status, 403);
    const backwards = await admin.post(`/api/v1/providers/${other.id}/time-off`, {
      startsAt: '2027-07-02T00:00',
      endsAt: '2027-07-01T00:00',
    });
    assert.equal(backwards.status, 400);
    const seen = await staff.get(`/api/v1/providers/${own.id}/time-off?from=2027-06-01&to=2027-08-01`);
    assert.equal(seen.body.timeOff[0].note, 'Holiday');
    assert.equal((await t.client().get(`/api/v1/providers/${own.id}/time-off`)).status, 401);
    assert.equal((await staff.delete(`/api/v1/providers/${own.id}/time-off/${mine.body.id}`)).status, 204);
  });
});

describe('services', () => {
  test('CRUD, public view of active services, other organisations’ locations and providers refused', async () => {
    const location = await newLocation();
    const provider = await newProvider();
    const created = await admin.post(
      '/api/v1/services',
      serviceBody({ where: { mode: 'at_location', locationId: location.id }, providerIds: [provider.id] }),
      { 'idempotency-key': 'service-create-1' },
    );
    assert.equal(created.status, 201);
    assert.deepEqual(created.body.price, { amount: 65000, currency: 'SEK' });
    assert.equal(created.body.slotIntervalMinutes, 60);
    assert.equal(created.body.capacity, 1);
    const replay = await admin.post(
      '/api/v1/services',
      serviceBody({ where: { mode: 'at_location', locationId: location.id }, providerIds: [provider.id] }),
      { 'idempotency-key': 'service-create-1' },
    );
    assert.equal(replay.body.id, created.body.id);
    const withProvider = await admin.get(`/api/v1/providers/${provider.id}`);
    assert.deepEqual(withProvider.body.serviceIds, [created.body.id]);

    await t.createOrg('other-svc', 'admin@other-svc.test');
    const otherAdmin = t.client('other-svc');
    await otherAdmin.signIn('admin@other-svc.test', 'admin-password-1');
    const foreignLocation = (await otherAdmin.post('/api/v1/locations', studio)).body;
    const foreignProvider = (await otherAdmin.post('/api/v1/providers', { name: 'Foreign' })).body;
    const before = await count('services');
    const badLocation = await admin.post(
      '/api/v1/services',
      serviceBody({ where: { mode: 'at_location', locationId: foreignLocation.id } }),
    );
    assert.equal(badLocation.status, 404);
    assert.equal(badLocation.body.error.code, 'location_not_found');
    const badProvider = await admin.post('/api/v1/services', serviceBody({ providerIds: [foreignProvider.id] }));
    assert.equal(badProvider.status, 404);
    assert.equal(badProvider.body.error.code, 'provider_not_found');
    for (const bad of [
      serviceBody({ durationMinutes: 0 }),
      serviceBody({ durationMinutes: 2000 }),
      serviceBody({ price: { amount: -1 } }),
      serviceBody({ where: { mode: 'at_location' } }),
      serviceBody({ bufferAfterMinutes: -5 }),
      serviceBody({ capacity: 2 }),
    ]) {
      const response = await admin.post('/api/v1/services', bad);
      assert.equal(response.status, 400, JSON.stringify(bad));
    }
    assert.equal(await count('services'), before);
    assert.equal((await otherAdmin.get(`/api/v1/services/${created.body.id}`)).status, 404);

    const inactive = await admin.patch(`/api/v1/services/${created.body.id}`, { active: false });
    assert.equal(inactive.body.active, false);
    assert.equal((await t.client().get(`/api/v1/services/${created.body.id}`)).status, 404);
    assert.ok(
      !(await t.client().get('/api/v1/services')).body.services.some((s: { id: string }) => s.id === created.body.id),
    );
    assert.equal((await t.client().post('/api/v1/services', serviceBody())).status, 401);
    assert.equal((await admin.delete(`/api/v1/services/${created.body.id}`)).status, 204);
  });

  test("a provider's services are set in one step; unknown or foreign services change nothing", async () => {
    const provider = await newProvider({ name: 'Services at once' });
    const [first, second] = await Promise.all([
      admin.post('/api/v1/services', serviceBody({ name: 'First' })),
      admin.post('/api/v1/services', serviceBody({ name: 'Second' })),
    ]);
    const url = `/api/v1/providers/${provider.id}/services`;
    const set = await admin.request('PUT', url, { serviceIds: [second.body.id, first.body.id, first.body.id] });
    assert.equal(set.status, 200, JSON.stringify(set.body));
    assert.deepEqual(set.body.serviceIds, [first.body.id, second.body.id].sort());
    assert.deepEqual((await admin.get(`/api/v1/providers/${provider.id}`)).body.serviceIds.sort(), set.body.serviceIds);
    assert.ok((await admin.get(`/api/v1/services/${first.body.id}`)).body.providerIds.includes(provider.id));

    await t.createOrg('services-elsewhere', 'admin@services-elsewhere.test');
    const foreignAdmin = t.client('services-elsewhere');
    await foreignAdmin.signIn('admin@services-elsewhere.test', 'admin-password-1');
    const foreign = await foreignAdmin.post('/api/v1/services', serviceBody({ name: 'Theirs' }));
    for (const serviceIds of [[foreign.body.id], [first.body.id, '00000000-0000-4000-8000-000000000000']]) {
      const refused = await admin.request('PUT', url, { serviceIds });
      assert.equal(refused.status, 404, JSON.stringify(refused.body));
      assert.equal(refused.body.error.code, 'service_not_found');
    }
    assert.deepEqual((await admin.get(`/api/v1/providers/${provider.id}`)).body.serviceIds.sort(), set.body.serviceIds);

    const cleared = await admin.request('PUT', url, { serviceIds: [] });
    assert.deepEqual(cleared.body.serviceIds, []);
    const { client: staff } = await staffClient('services-staff@example.test', 'staff');
    assert.equal((await staff.request('PUT', url, { serviceIds: [first.body.id] })).status, 403);
    assert.equal(
      (
        await admin.request('PUT', '/api/v1/providers/00000000-0000-4000-8000-000000000000/services', {
          serviceIds: [],
        })
      ).status,
      404,
    );
  });
});

describe('catalogue changes', () => {
  test('every change is audited, with the actor', async () => {
    const provider = await newProvider();
    await admin.request('PUT', `/api/v1/providers/${provider.id}/hours`, {
      intervals: [{ weekday: 1, start: '09:00', end: '10:00' }],
    });
    await admin.request('PUT', `/api/v1/providers/${provider.id}/overrides/2027-05-01`, { intervals: [] });
    await admin.post(`/api/v1/providers/${provider.id}/time-off`, {
      startsAt: '2027-05-02T09:00',
      endsAt: '2027-05-02T10:00',
    });
    await admin.patch(`/api/v1/providers/${provider.id}`, { active: false });
    const log = await admin.get(`/api/v1/audit-log?entityType=provider&entityId=${provider.id}`);
    assert.deepEqual(log.body.entries.map((entry: { action: string }) => entry.action).reverse(), [
      'provider.created',
      'provider.hours.replaced',
      'provider.override.set',
      'provider.time_off.created',
      'provider.updated',
    ]);
    assert.equal(log.body.entries[0].actor.type, 'user');
    const location = await newLocation();
    await admin.delete(`/api/v1/locations/${location.id}`);
    const locationLog = await admin.get(`/api/v1/audit-log?entityType=location&entityId=${location.id}`);
    assert.deepEqual(
      locationLog.body.entries.map((entry: { action: string }) => entry.action),
      ['location.deleted', 'location.created'],
    );
  });

  test('an interval at another organisation’s location is refused; errors speak Swedish', async () => {
    await t.createOrg('other-hours', 'admin@other-hours.test');
    const otherAdmin = t.client('other-hours');
    await otherAdmin.signIn('admin@other-hours.test', 'admin-password-1');
    const foreign = (await otherAdmin.post('/api/v1/locations', studio)).body;
    const provider = await newProvider();
    const url = `/api/v1/providers/${provider.id}/hours`;
    const refused = await admin.request('PUT', url, {
      intervals: [{ weekday: 1, start: '09:00', end: '10:00', locationId: foreign.id }],
    });
    assert.equal(refused.status, 404);
    assert.equal(refused.body.error.code, 'location_not_found');
    assert.equal((await admin.get(url)).body.intervals.length, 0);
    const swedish = await admin.request(
      'PUT',
      url,
      {
        intervals: [
          { weekday: 5, start: '09:00', end: '12:00' },
          { weekday: 5, start: '08:00', end: '10:00' },
        ],
      },
      { 'accept-language': 'sv' },
    );
    assert.equal(swedish.body.error.code, 'schedule_overlap');
    assert.match(swedish.body.error.message, /överlappar/);
  });

  test('the public sees only active providers of a service', async () => {
    const on = await newProvider({ name: 'On' });
    const off = await newProvider({ name: 'Off', active: false });
    const service = (await admin.post('/api/v1/services', serviceBody({ providerIds: [on.id, off.id] }))).body;
    assert.equal(service.providerIds.length, 2);
    const pub = await t.client().get(`/api/v1/services/${service.id}`);
    assert.deepEqual(pub.body.providerIds, [on.id]);
    assert.ok(!(await t.client().get('/api/v1/providers')).body.providers.some((p: { id: string }) => p.id === off.id));
  });
});

describe('retries and isolation', () => {
  test('creating POSTs replay their first answer for the same Idempotency-Key', async () => {
    for (const [url, body] of [
      ['/api/v1/locations', studio],
      ['/api/v1/providers', { name: 'Retry' }],
    ] as const) {
      const before = await count(url.endsWith('locations') ? 'locations' : 'providers');
      const first = await admin.post(url, body, { 'idempotency-key': `retry-${url}` });
      const second = await admin.post(url, body, { 'idempotency-key': `retry-${url}` });
      assert.equal(first.status, 201);
      assert.equal(second.body.id, first.body.id);
      assert.equal(second.headers['idempotent-replayed'], 'true');
      assert.equal(await count(url.endsWith('locations') ? 'locations' : 'providers'), before + 1);
    }
    const provider = await newProvider();
    const timeOff = { startsAt: '2027-09-01T09:00', endsAt: '2027-09-01T12:00' };
    const a = await admin.post(`/api/v1/providers/${provider.id}/time-off`, timeOff, {
      'idempotency-key': 'time-off-1',
    });
    const b = await admin.post(`/api/v1/providers/${provider.id}/time-off`, timeOff, {
      'idempotency-key': 'time-off-1',
    });
    assert.equal(b.body.id, a.body.id);
  });

  test('X-Org: another organisation neither sees nor changes our catalogue', async () => {
    await t.createOrg('other-iso', 'admin@other-iso.test');
    const otherAdmin = t.client('other-iso');
    await otherAdmin.signIn('admin@other-iso.test', 'admin-password-1');
    const location = await newLocation();
    const provider = await newProvider();
    const service = (await admin.post('/api/v1/services', serviceBody({ providerIds: [provider.id] }))).body;
    assert.equal((await t.client('other-iso').get('/api/v1/locations')).body.locations.length, 0);
    assert.equal((await t.client('other-iso').get('/api/v1/services')).body.services.length, 0);
    assert.equal((await otherAdmin.patch(`/api/v1/locations/${location.id}`, { name: 'Mine' })).status, 404);
    assert.equal((await otherAdmin.delete(`/api/v1/services/${service.id}`)).status, 404);
    const hours = await otherAdmin.request('PUT', `/api/v1/providers/${provider.id}/hours`, { intervals: [] });
    assert.equal(hours.body.error.code, 'provider_not_found');
    const moved = await admin.patch(`/api/v1/services/${service.id}`, {
      where: { mode: 'at_location', locationId: (await otherAdmin.post('/api/v1/locations', studio)).body.id },
    });
    assert.equal(moved.body.error.code, 'location_not_found');
    assert.equal((await admin.get(`/api/v1/services/${service.id}`)).body.where.mode, 'remote');
  });
});

describe('schedule → availability engine', () => {
  test('a week round-trips through the database and gives the engine’s slots across the Stockholm DST change', async () => {
    const location = await newLocation();
    const provider = await newProvider();
    await admin.request('PUT', `/api/v1/providers/${provider.id}/hours`, {
      intervals: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({
        weekday,
        start: '09:00',
        end: '11:00',
        locationId: location.id,
      })),
    });
    // Wednesday closed, Friday other hours, Thursday morning off.
    await admin.request('PUT', `/api/v1/providers/${provider.id}/overrides/2027-03-24`, { intervals: [] });
    await admin.request('PUT', `/api/v1/providers/${provider.id}/overrides/2027-03-26`, {
      intervals: [{ start: '14:00', end: '15:00' }],
    });
    await admin.post(`/api/v1/providers/${provider.id}/time-off`, {
      startsAt: '2027-03-25T09:00',
      endsAt: '2027-03-25T10:00',
    });
    const from = new Date('2027-03-21T23:00:00Z'); // Monday 22 March, 00:00 in Stockholm
    const to = new Date('2027-03-28T22:00:00Z'); // Monday 29 March, 00:00 (after spring-forward)
    const schedule = await loadProviderSchedule(t.database.db, t.org.id, provider.id, { from, to });
    assert.ok(schedule);
    const availability: ProviderAvailability = schedule;
    const slots = computeSlots({
      service: { durationMinutes: 60, slotIntervalMinutes: 60 },
      providers: [availability],
      now: from.getTime() - 86_400_000,
      from: from.getTime(),
      to: to.getTime(),
    });
    assert.deepEqual(
      slots.map((slot) => new Date(slot.start).toISOString()),
      [
        '2027-03-22T08:00:00.000Z', // Mon 09:00 +01:00
        '2027-03-22T09:00:00.000Z',
        '2027-03-23T08:00:00.000Z',
        '2027-03-23T09:00:00.000Z',
        // Wednesday closed
        '2027-03-25T09:00:00.000Z', // Thursday 10:00: 09:00 is time off
        '2027-03-26T13:00:00.000Z', // Friday's override 14:00–15:00
        '2027-03-27T08:00:00.000Z',
        '2027-03-27T09:00:00.000Z',
        '2027-03-28T07:00:00.000Z', // Sunday after the change: 09:00 +02:00
        '2027-03-28T08:00:00.000Z',
      ],
    );
    assert.equal(slots[0]?.providerIds[0], provider.id);
    assert.equal(await loadProviderSchedule(t.database.db, t.org.id, location.id, { from, to }), undefined);

    // The autumn week: Sunday 31 October 2027 falls back, 09:00 is then 08:00 UTC.
    const autumnFrom = new Date('2027-10-29T22:00:00Z'); // Saturday 30 October, 00:00 +02:00
    const autumnTo = new Date('2027-10-31T23:00:00Z'); // Monday 1 November, 00:00 +01:00
    const autumn = await loadProviderSchedule(t.database.db, t.org.id, provider.id, { from: autumnFrom, to: autumnTo });
    assert.ok(autumn);
    assert.deepEqual(autumn.dateOverrides, []);
    const autumnSlots = computeSlots({
      service: { durationMinutes: 60, slotIntervalMinutes: 60 },
      providers: [autumn],
      now: autumnFrom.getTime() - 86_400_000,
      from: autumnFrom.getTime(),
      to: autumnTo.getTime(),
    });
    assert.deepEqual(
      autumnSlots.map((slot) => new Date(slot.start).toISOString()),
      ['2027-10-30T07:00:00.000Z', '2027-10-30T08:00:00.000Z', '2027-10-31T08:00:00.000Z', '2027-10-31T09:00:00.000Z'],
    );
  });
});
