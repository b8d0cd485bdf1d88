import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { type Client, type TestApp, classInput, guest, startTestApp } from '../support/app.ts';

let t: TestApp;
let admin: Client;
before(async () => {
  t = await startTestApp();
  admin = await t.admin();
});
after(() => t.close());

const create = (overrides: Record<string, unknown> = {}) =>
  admin.post('/api/v1/classes', classInput(overrides, t.clock.now()));

describe('classes', () => {
  test('local times are read in the organisation zone on both sides of a DST change', async () => {
    const winter = await create({ startsAt: '2027-03-27T18:00', endsAt: '2027-03-27T19:00' });
    const summer = await create({ startsAt: '2027-03-28T18:00', endsAt: '2027-03-28T19:00' });
    assert.equal(winter.body.startsAt, '2027-03-27T17:00:00.000Z');
    assert.equal(winter.body.startsAtLocal, '2027-03-27T18:00:00+01:00');
    assert.equal(summer.body.startsAt, '2027-03-28T16:00:00.000Z');
    assert.equal(summer.body.startsAtLocal, '2027-03-28T18:00:00+02:00');
    assert.equal(summer.body.timeZone, 'Europe/Stockholm');
    const gap = await create({ startsAt: '2027-03-28T02:30', endsAt: '2027-03-28T03:30' });
    assert.equal(gap.status, 400);
    assert.equal(gap.body.error.details[0].path, 'startsAt');
  });

  test('create defaults and the price in minor units with the organisation currency', async () => {
    const created = await create({ price: { amount: 19900 } });
    assert.equal(created.status, 201);
    assert.deepEqual(created.body.price, { amount: 19900, currency: 'SEK' });
    assert.equal(created.body.maxSpotsPerCustomer, 1);
    assert.equal(created.body.spotsLeft, 10);
    assert.equal(created.body.status, 'scheduled');
  });

  test('invalid classes are refused with validation_failed and not created', async () => {
    const before = (await admin.get('/api/v1/classes?limit=500')).body.classes.length;
    const start = '2027-05-01T10:00:00Z';
    const invalid: Record<string, unknown>[] = [
      { startsAt: start, endsAt: '2027-05-01T09:00:00Z' },
      { startsAt: start, endsAt: start },
      { price: { amount: -1 } },
      { price: { amount: 10.5 } },
      { price: { amount: 100, currency: 'sek' } },
      { maxSpots: 0 },
      { maxSpots: 5, maxSpotsPerCustomer: 6 },
      { startsAt: '2027-02-30T10:00', endsAt: '2027-03-01T10:00' },
      { startsAt: 'tomorrow' },
      { title: '' },
      { color: 'red' },
    ];
    for (const overrides of invalid) {
      const response = await create(overrides);
      assert.equal(response.status, 400, JSON.stringify(overrides));
      assert.equal(response.body.error.code, 'validation_failed');
      assert.ok(Array.isArray(response.body.error.details));
    }
    assert.equal((await admin.get('/api/v1/classes?limit=500')).body.classes.length, before);
  });

  test('update: fields change, capacity cannot drop below what is booked', async () => {
    const cls = (await create({ maxSpots: 3 })).body;
    await t.client().post('/api/v1/bookings', { classId: cls.id, guest: guest('upd1') });
    await t.client().post('/api/v1/bookings', { classId: cls.id, guest: guest('upd2') });
    const renamed = await admin.patch(`/api/v1/classes/${cls.id}`, { title: 'Power Pilates', location: 'Studio C' });
    assert.equal(renamed.status, 200);
    assert.equal(renamed.body.title, 'Power Pilates');
    assert.equal(renamed.body.spotsLeft, 1);
    const tooSmall = await admin.patch(`/api/v1/classes/${cls.id}`, { maxSpots: 1 });
    assert.equal(tooSmall.status, 409);
    assert.equal(tooSmall.body.error.code, 'capacity_below_booked');
    const endBeforeStart = await admin.patch(`/api/v1/classes/${cls.id}`, { endsAt: '2000-01-01T00:00:00Z' });
    assert.equal(endBeforeStart.status, 400);
    assert.equal((await admin.patch(`/api/v1/classes/${cls.id}`, {})).status, 400);
    const grown = await admin.patch(`/api/v1/classes/${cls.id}`, { maxSpots: 2 });
    assert.equal(grown.body.soldOut, true);
  });

  test('deleting a class with bookings is refused, in the caller language', async () => {
    const cls = (await create()).body;
    await t.client().post('/api/v1/bookings', { classId: cls.id, guest: guest('del') });
    const english = await admin.delete(`/api/v1/classes/${cls.id}`);
    assert.equal(english.status, 409);
    assert.equal(english.body.error.code, 'class_has_bookings');
    assert.match(english.body.error.message, /has 1 booking and cannot be deleted/);
    const swedish = await admin.request('DELETE', `/api/v1/classes/${cls.id}`, undefined, {
      'accept-language': 'sv-SE,sv;q=0.9',
    });
    assert.equal(swedish.status, 409);
    assert.match(swedish.body.error.message, /^Kan inte radera/);
    assert.equal((await admin.get(`/api/v1/classes/${cls.id}`)).status, 200);
  });

  test('deleting a class without bookings removes it', async () => {
    const cls = (await create()).body;
    assert.equal((await admin.delete(`/api/v1/classes/${cls.id}`)).status, 204);
    const gone = await admin.get(`/api/v1/classes/${cls.id}`);
    assert.equal(gone.status, 404);
    assert.equal(gone.body.error.code, 'class_not_found');
  });

  test('cancelling a class cancels its bookings, frees them, and is idempotent', async () => {
    const cls = (await create({ maxSpots: 4 })).body;
    const booked = [];
    for (const n of [1, 2, 3])
      booked.push((await t.client().post('/api/v1/bookings', { classId: cls.id, guest: guest(`cc${n}`) })).body);
    await t.client().post(`/api/v1/manage/${booked[0].manageToken}/cancel`, {});
    const cancelled = await admin.post(`/api/v1/classes/${cls.id}/cancel`, { reason: 'Instructor ill' });
    assert.equal(cancelled.status, 200);
    assert.equal(cancelled.body.class.status, 'cancelled');
    assert.equal(cancelled.body.class.spotsLeft, 4);
    assert.equal(cancelled.body.class.soldOut, false);
    assert.deepEqual(
      new Set(cancelled.body.cancelledBookingIds),
      new Set([booked[1].booking.id, booked[2].booking.id]),
    );
    const view = await t.client().get(`/api/v1/manage/${booked[1].manageToken}`);
    assert.equal(view.body.status, 'cancelled');
    assert.equal(view.body.cancelledBy, 'staff');
    assert.equal(view.body.cancelReason, 'Instructor ill');
    const again = await admin.post(`/api/v1/classes/${cls.id}/cancel`, {});
    assert.deepEqual(again.body.cancelledBookingIds, []);
    const refused = await t.client().post('/api/v1/bookings', { classId: cls.id, guest: guest('cc9') });
    assert.equal(refused.body.error.code, 'class_cancelled');
    assert.equal((await admin.patch(`/api/v1/classes/${cls.id}`, { title: 'x' })).body.error.code, 'class_cancelled');
  });

  test('the public list is upcoming classes in order, filterable by local date range', async () => {
    const first = (await create({ startsAt: '2028-01-10T09:00', endsAt: '2028-01-10T10:00', title: 'Jan 10' })).body;
    const second = (await create({ startsAt: '2028-01-11T23:30', endsAt: '2028-01-12T00:30', title: 'Jan 11 late' }))
      .body;
    await create({ startsAt: '2028-01-12T00:30', endsAt: '2028-01-12T01:30', title: 'Jan 12 early' });
    const range = await t.client().get('/api/v1/classes?from=2028-01-10&to=2028-01-11');
    assert.equal(range.status, 200);
    assert.deepEqual(
      range.body.classes.map((c: { id: string }) => c.id),
      [first.id, second.id],
    );
    const reversed = await t.client().get('/api/v1/classes?from=2028-01-11&to=2028-01-10');
    assert.equal(reversed.status, 400);
    assert.equal((await t.client().get('/api/v1/classes?from=yesterday')).status, 400);
    const past = await t.client().get('/api/v1/classes?to=2000-01-01');
    assert.equal(past.status, 400, 'to before the default from (now)');
  });

  test('an Idempotency-Key makes class creation safe to retry; a different body with it is refused', async () => {
    const body = classInput({ title: 'Once' }, t.clock.now());
    const headers = { 'idempotency-key': 'class-create-0001' };
    const first = await admin.request('POST', '/api/v1/classes', body, headers);
    const second = await admin.request('POST', '/api/v1/classes', body, headers);
    assert.equal(first.status, 201);
    assert.equal(second.status, 201);
    assert.equal(second.body.id, first.body.id);
    assert.equal(second.headers['idempotent-replayed'], 'true');
    const changed = await admin.request('POST', '/api/v1/classes', { ...body, title: 'Twice' }, headers);
    assert.equal(changed.status, 422);
    assert.equal(changed.body.error.code, 'idempotency_key_reused');
    const badKey = await admin.request('POST', '/api/v1/classes', body, { 'idempotency-key': 'short' });
    assert.equal(badKey.body.error.code, 'idempotency_key_invalid');
  });

  test('every change is in the audit log with actor, IP and before/after, filterable by entity', async () => {
    const cls = (await create({ title: 'Audited' })).body;
    await admin.patch(`/api/v1/classes/${cls.id}`, { title: 'Audited twice' });
    const booked = (
      await t
        .client()
        .post('/api/v1/bookings', { classId: cls.id, guest: guest('aud') }, { 'user-agent': 'audit-test/1.0' })
    ).body;
    await admin.post(`/api/v1/bookings/${booked.booking.id}/cancel`, {});

    const classLog = await admin.get(`/api/v1/audit-log?entityType=class&entityId=${cls.id}`);
    assert.deepEqual(
      classLog.body.entries.map((e: { action: string }) => e.action),
      ['class.updated', 'class.created'],
    );
    const updated = classLog.body.entries[0];
    assert.equal(updated.actor.type, 'user');
    assert.ok(updated.actor.id);
    const me = (await admin.get('/api/v1/me')).body;
    assert.equal(updated.actor.id, me.id);
    assert.equal(updated.actor.label, me.name, 'a person is named as they are now, for people reading the log');
    assert.equal(updated.before.title, 'Audited');
    assert.equal(updated.after.title, 'Audited twice');
    assert.ok(updated.ip);

    const bookingLog = await admin.get(`/api/v1/audit-log?entityType=booking&entityId=${booked.booking.id}`);
    const [cancelled, created] = bookingLog.body.entries;
    assert.equal(created.action, 'booking.created');
    assert.equal(created.actor.type, 'guest');
    assert.equal(created.actor.label, null, 'a guest is not named');
    assert.equal(created.userAgent, 'audit-test/1.0');
    assert.equal(cancelled.action, 'booking.cancelled');
    assert.equal(cancelled.actor.type, 'user');
    assert.deepEqual(cancelled.before, { status: 'confirmed' });
  });

  test('a refused change writes no audit entry', async () => {
    const cls = (await create()).body;
    await t.client().post('/api/v1/bookings', { classId: cls.id, guest: guest('noaudit') });
    await admin.delete(`/api/v1/classes/${cls.id}`);
    await admin.patch(`/api/v1/classes/${cls.id}`, { maxSpots: 0 });
    const log = await admin.get(`/api/v1/audit-log?entityType=class&entityId=${cls.id}`);
    assert.deepEqual(
      log.body.entries.map((e: { action: string }) => e.action),
      ['class.created'],
    );
  });
});

describe("the timetable's instructors", () => {
  test('are the active providers on a class still to come; not a provider who teaches nothing', async () => {
    const provider = async (name: string) => {
      const created = await admin.post('/api/v1/providers', { name });
      assert.equal(created.status, 201, JSON.stringify(created.body));
      return created.body.id as string;
    };
    const teacher = await provider('Tea Teacher');
    const cleaner = await provider('Cleo Cleaner');
    const cancelledOnly = await provider('Cai Cancelled');
    const inactive = await provider('Ina Inactive');
    assert.equal((await create({ title: 'Taught', providerId: teacher })).status, 201);
    assert.equal((await create({ title: 'Free text only', instructorName: 'Cleo Cleaner' })).status, 201);
    const dropped = await create({ title: 'Dropped', providerId: cancelledOnly });
    assert.equal((await admin.post(`/api/v1/classes/${dropped.body.id}/cancel`, {})).status, 200);
    assert.equal((await create({ title: 'Resting', providerId: inactive })).status, 201);
    assert.equal((await admin.patch(`/api/v1/providers/${inactive}`, { active: false })).status, 200);

    const answer = await t.client().get('/api/v1/class-instructors');
    assert.equal(answer.status, 200, JSON.stringify(answer.body));
    const ids = answer.body.instructors.map((i: { id: string }) => i.id);
    assert.ok(ids.includes(teacher), 'the teacher');
    for (const [id, who] of [
      [cleaner, 'a provider named only as free text'],
      [cancelledOnly, 'a provider of a cancelled class'],
      [inactive, 'an inactive provider'],
    ] as const) {
      assert.ok(!ids.includes(id), who);
    }
    assert.deepEqual(Object.keys(answer.body.instructors[0]).sort(), ['id', 'name'], 'a name, nothing personal');
    const filtered = await t.client().get(`/api/v1/classes?providerId=${teacher}`);
    assert.deepEqual(
      filtered.body.classes.map((c: { title: string }) => c.title),
      ['Taught'],
    );
  });
});
