import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { queryRows, transaction } from '../../src/platform/db.ts';
import { type TestApp, classInput, guest, startTestApp } from '../support/app.ts';
import { signal, waitForLockWaiter } from '../support/locks.ts';

let t: TestApp;
before(async () => {
  t = await startTestApp();
});
after(() => t.close());

async function customerCount() {
  const [row] = await queryRows<{ n: number }>(t.database.db, sql`SELECT count(*)::int AS n FROM customers`);
  return row?.n ?? -1;
}

async function newClass(overrides: Record<string, unknown> = {}) {
  const admin = await t.admin();
  const response = await admin.post('/api/v1/classes', classInput(overrides, t.clock.now()));
  assert.equal(response.status, 201, JSON.stringify(response.body));
  return response.body;
}

describe('links in answers and mails', () => {
  test("the default organisation's manage link is a plain path; another organisation's keeps /o/{slug}", async () => {
    const own = await t.client().post('/api/v1/bookings', { classId: (await newClass()).id, guest: guest('plain') });
    assert.equal(own.status, 201, JSON.stringify(own.body));
    assert.equal(own.body.manageUrl, `http://slotwise.test/manage/${own.body.manageToken}`);

    await t.createOrg('links-other', 'admin@links-other.test');
    const otherAdmin = t.client('links-other');
    await otherAdmin.signIn('admin@links-other.test', 'admin-password-1');
    const cls = await otherAdmin.post('/api/v1/classes', classInput({}, t.clock.now()));
    assert.equal(cls.status, 201, JSON.stringify(cls.body));
    const other = await t
      .client('links-other')
      .post('/api/v1/bookings', { classId: cls.body.id, guest: guest('other') });
    assert.equal(other.status, 201, JSON.stringify(other.body));
    assert.equal(other.body.manageUrl, `http://slotwise.test/o/links-other/manage/${other.body.manageToken}`);

    // The web app serves a path with and without /o/{slug} alike: page-meta.test.ts.
  });
});

describe('booking a class', () => {
  test('a guest books a spot; spots left drops; the manage link shows and cancels it', async () => {
    const cls = await newClass({ maxSpots: 3 });
    const anon = t.client();
    const booked = await anon.post('/api/v1/bookings', { classId: cls.id, guest: guest('a') });
    assert.equal(booked.status, 201);
    assert.equal(booked.body.alreadyBooked, false);
    assert.equal(booked.body.booking.status, 'confirmed');
    assert.equal(booked.body.booking.paymentMethod, 'venue');
    assert.deepEqual(booked.body.booking.price, { amount: 15000, currency: 'SEK' });
    assert.ok(booked.body.manageToken.length >= 40);
    // The default organisation's links are plain paths (test 'mail links of another organisation…' below).
    assert.equal(t.org.slug, 'default');
    assert.equal(booked.body.manageUrl, `http://slotwise.test/manage/${booked.body.manageToken}`);

    const detail = await anon.get(`/api/v1/classes/${cls.id}`);
    assert.equal(detail.body.spotsLeft, 2);

    const managed = await anon.get(`/api/v1/manage/${booked.body.manageToken}`);
    assert.equal(managed.status, 200);
    assert.equal(managed.body.customer.email, 'guesta@example.test');

    const cancelled = await anon.post(`/api/v1/manage/${booked.body.manageToken}/cancel`, {});
    assert.equal(cancelled.status, 200);
    assert.equal(cancelled.body.status, 'cancelled');
    assert.equal(cancelled.body.cancelledBy, 'customer');
    assert.equal((await anon.get(`/api/v1/classes/${cls.id}`)).body.spotsLeft, 3);

    const again = await anon.post(`/api/v1/manage/${booked.body.manageToken}/cancel`, {});
    assert.equal(again.status, 200, 'cancelling twice is a no-op');
  });

  test('a guest booking twice gets the existing booking back, without its token', async () => {
    const cls = await newClass();
    const anon = t.client();
    const first = await anon.post('/api/v1/bookings', { classId: cls.id, guest: guest('twice') });
    const second = await anon.post('/api/v1/bookings', {
      classId: cls.id,
      guest: { ...guest('twice'), email: 'GUESTtwice@example.test' },
    });
    assert.equal(second.status, 200);
    assert.equal(second.body.alreadyBooked, true);
    assert.equal(second.body.booking.id, first.body.booking.id);
    assert.equal(second.body.manageToken, null);
    assert.equal(second.body.booking.customer, null);
    assert.equal((await anon.get(`/api/v1/classes/${cls.id}`)).body.spotsLeft, 9);
  });

  test('a full class answers capacity_full and shows sold out', async () => {
    const cls = await newClass({ maxSpots: 2 });
    const anon = t.client();
    for (const n of [1, 2]) {
      assert.equal((await anon.post('/api/v1/bookings', { classId: cls.id, guest: guest(`full${n}`) })).status, 201);
    }
    const refused = await anon.post('/api/v1/bookings', { classId: cls.id, guest: guest('full3') });
    assert.equal(refused.status, 409);
    assert.equal(refused.body.error.code, 'capacity_full');
    assert.ok(refused.body.error.requestId);
    const detail = (await anon.get(`/api/v1/classes/${cls.id}`)).body;
    assert.equal(detail.spotsLeft, 0);
    assert.equal(detail.soldOut, true);
  });

  test('a full class refuses before writing anything, yet answers its own bookers and says what else is wrong', async () => {
    const cls = await newClass({ maxSpots: 1, maxSpotsPerCustomer: 1 });
    const anon = t.client();
    const first = await anon.post('/api/v1/bookings', { classId: cls.id, guest: guest('only') });
    assert.equal(first.status, 201);
    const customersBefore = await customerCount();

    const refused = await anon.post('/api/v1/bookings', { classId: cls.id, guest: guest('late') });
    assert.equal(refused.status, 409);
    assert.equal(refused.body.error.code, 'capacity_full');
    assert.deepEqual(refused.body.error.details, { spotsLeft: 0 });
    assert.equal(await customerCount(), customersBefore, 'no customer row for a refused guest');

    // The one booked hears of their booking, not of a full class.
    const again = await anon.post('/api/v1/bookings', { classId: cls.id, guest: guest('only') });
    assert.equal(again.status, 200);
    assert.equal(again.body.alreadyBooked, true);
    assert.equal(again.body.booking.id, first.body.booking.id);
    // A signed-in customer sending guest details hears what is wrong with the request.
    const signedIn = t.client();
    await signedIn.signUp('full-but-wrong@example.test', 'Wrong Way');
    const wrong = await signedIn.post('/api/v1/bookings', { classId: cls.id, guest: guest('wrong') });
    assert.equal(wrong.status, 400);
    assert.equal(wrong.body.error.code, 'validation_failed');
    // With an Idempotency-Key the request goes the whole way (a stored answer would come first).
    const keyed = await anon.post(
      '/api/v1/bookings',
      { classId: cls.id, guest: guest('keyed') },
      { 'idempotency-key': `full-${crypto.randomUUID()}` },
    );
    assert.equal(keyed.status, 409);
    assert.equal(keyed.body.error.code, 'capacity_full');
    assert.equal(await customerCount(), customersBefore, 'no refusal leaves a customer row');
  });

  test('more spots than the class allows per customer is refused', async () => {
    const cls = await newClass({ maxSpots: 5, maxSpotsPerCustomer: 2 });
    const anon = t.client();
    const two = await anon.post('/api/v1/bookings', { classId: cls.id, spots: 2, guest: guest('two') });
    assert.equal(two.status, 201);
    assert.equal(two.body.booking.price.amount, 30000);
    const three = await anon.post('/api/v1/bookings', { classId: cls.id, spots: 3, guest: guest('three') });
    assert.equal(three.status, 422);
    assert.equal(three.body.error.code, 'spots_limit_exceeded');
  });

  test('a free class is booked as free', async () => {
    const cls = await newClass({ price: { amount: 0 } });
    const booked = await t.client().post('/api/v1/bookings', { classId: cls.id, guest: guest('free') });
    assert.equal(booked.body.booking.paymentMethod, 'free');
  });

  test('a signed-in customer books, sees it under my bookings, and booking again returns it', async () => {
    const cls = await newClass();
    const customer = t.client();
    await customer.signUp('carol@example.test', 'Carol');
    const booked = await customer.post('/api/v1/bookings', { classId: cls.id });
    assert.equal(booked.status, 201);
    assert.equal(booked.body.booking.source, 'account');
    const again = await customer.post('/api/v1/bookings', { classId: cls.id });
    assert.equal(again.status, 200);
    assert.equal(again.body.booking.id, booked.body.booking.id);
    assert.ok(again.body.manageToken, 'an account sees its own token');
    const mine = await customer.get('/api/v1/me/bookings');
    assert.deepEqual(
      mine.body.bookings.map((b: { id: string }) => b.id),
      [booked.body.booking.id],
    );
  });

  test('cancelling after the deadline is refused for the customer but allowed for staff', async () => {
    const start = new Date(t.clock.now().getTime() + 2 * 3600_000);
    const cls = await newClass({
      startsAt: start.toISOString(),
      endsAt: new Date(start.getTime() + 3600_000).toISOString(),
    });
    const customer = t.client();
    await customer.signUp('late@example.test', 'Late');
    const booked = await customer.post('/api/v1/bookings', { classId: cls.id });
    assert.equal(booked.body.booking.cancellableUntil, null, 'inside the 24h deadline already');
    const refused = await customer.post(`/api/v1/bookings/${booked.body.booking.id}/cancel`, {});
    assert.equal(refused.status, 409);
    assert.equal(refused.body.error.code, 'cancellation_deadline_passed');
    assert.match(refused.body.error.message, /24 hour/);

    const admin = await t.admin();
    const cancelled = await admin.post(`/api/v1/bookings/${booked.body.booking.id}/cancel`, { reason: 'ill' });
    assert.equal(cancelled.status, 200);
    assert.equal(cancelled.body.cancelledBy, 'staff');
    assert.equal((await admin.get(`/api/v1/classes/${cls.id}`)).body.spotsLeft, 10);
  });

  test('the organisation sets the cancellation deadline', async () => {
    const admin = await t.admin();
    const changed = await admin.patch('/api/v1/organisation', { cancellationDeadlineHours: 1 });
    assert.equal(changed.status, 200);
    try {
      const start = new Date(t.clock.now().getTime() + 2 * 3600_000);
      const cls = await newClass({
        startsAt: start.toISOString(),
        endsAt: new Date(start.getTime() + 3600_000).toISOString(),
      });
      const booked = await t.client().post('/api/v1/bookings', { classId: cls.id, guest: guest('deadline') });
      assert.equal(booked.body.booking.cancellableUntil, new Date(start.getTime() - 3600_000).toISOString());
      const cancelled = await t.client().post(`/api/v1/manage/${booked.body.manageToken}/cancel`, {});
      assert.equal(cancelled.status, 200);
    } finally {
      await admin.patch('/api/v1/organisation', { cancellationDeadlineHours: 24 });
    }
    const badZone = await admin.patch('/api/v1/organisation', { timeZone: 'Mars/Olympus' });
    assert.equal(badZone.status, 400);
  });

  test('a zone is stored under its name in the zone data, so the reports the database draws can read it', async () => {
    const admin = await t.admin();
    const before = (await admin.get('/api/v1/organisation')).body.timeZone;
    try {
      for (const [typed, stored] of [
        ['europe/stockholm', 'Europe/Stockholm'],
        ['US/Pacific-New', 'America/Los_Angeles'],
      ]) {
        const changed = await admin.patch('/api/v1/organisation', { timeZone: typed });
        assert.equal(changed.status, 200, JSON.stringify(changed.body));
        assert.equal(changed.body.timeZone, stored);
        for (const report of ['bookings', 'funnel']) {
          const answer = await admin.get(`/api/v1/analytics/${report}`);
          assert.equal(answer.status, 200, `${typed}: ${report} ${JSON.stringify(answer.body)}`);
        }
      }
    } finally {
      await admin.patch('/api/v1/organisation', { timeZone: before });
    }
  });

  test("a manage link works without naming the booking's organisation", async () => {
    await t.createOrg('second-studio', 'owner@second.test');
    const owner = t.client('second-studio');
    await owner.signIn('owner@second.test', 'admin-password-1');
    const cls = (await owner.post('/api/v1/classes', classInput({}, t.clock.now()))).body;
    const booked = await t
      .client('second-studio')
      .post('/api/v1/bookings', { classId: cls.id, guest: guest('elsewhere') });
    assert.equal(booked.status, 201);
    const viaDefault = await t.client().get(`/api/v1/manage/${booked.body.manageToken}`);
    assert.equal(viaDefault.status, 200);
    assert.equal(viaDefault.body.id, booked.body.booking.id);
    const cancelled = await t.client().post(`/api/v1/manage/${booked.body.manageToken}/cancel`, {});
    assert.equal(cancelled.body.status, 'cancelled');
    assert.equal((await t.client().get('/api/v1/manage/nonexistent-token-0123456789')).status, 404);
  });

  test('a class that has started cannot be booked', async () => {
    const cls = await newClass();
    t.clock.advance(8 * 24 * 3600_000);
    try {
      const refused = await t.client().post('/api/v1/bookings', { classId: cls.id, guest: guest('started') });
      assert.equal(refused.status, 409);
      assert.equal(refused.body.error.code, 'class_started');
    } finally {
      t.clock.advance(-8 * 24 * 3600_000);
    }
  });

  test('bad input is a 4xx with a code, and nothing is written', async () => {
    const cls = await newClass();
    const anon = t.client();
    const cases: [unknown, number, string][] = [
      [{ classId: 'not-a-uuid', guest: guest('x') }, 400, 'validation_failed'],
      [{ classId: cls.id, guest: { name: 'X', email: 'not-an-email' } }, 400, 'validation_failed'],
      [{ classId: cls.id, guest: guest('x'), extra: true }, 400, 'validation_failed'],
      [{ classId: cls.id, spots: 0, guest: guest('x') }, 400, 'validation_failed'],
      [{ classId: cls.id }, 400, 'validation_failed'],
      [{ classId: '00000000-0000-4000-8000-000000000000', guest: guest('x') }, 404, 'class_not_found'],
    ];
    for (const [body, status, code] of cases) {
      const response = await anon.post('/api/v1/bookings', body);
      assert.equal(response.status, status, JSON.stringify(body));
      assert.equal(response.body.error.code, code);
    }
    const malformed = await t.app.inject({
      method: 'POST',
      url: '/api/v1/bookings',
      headers: { 'content-type': 'application/json' },
      payload: '{"classId":',
    });
    assert.equal(malformed.statusCode, 400);
    assert.equal(malformed.json().error.code, 'invalid_json');
    const oversize = await t.app.inject({
      method: 'POST',
      url: '/api/v1/bookings',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ classId: cls.id, guest: { name: 'x'.repeat(100_000), email: 'a@b.se' } }),
    });
    assert.equal(oversize.statusCode, 413);
    assert.equal(oversize.json().error.code, 'payload_too_large');
    assert.equal((await anon.get(`/api/v1/classes/${cls.id}`)).body.spotsLeft, 10);
    const admin = await t.admin();
    const bookings = await admin.get(`/api/v1/bookings?classId=${cls.id}`);
    assert.equal(bookings.body.bookings.length, 0);
  });
});

describe('the time a booking holds its class', () => {
  test('its audit entry and jobs are written before it waits for the class, not while it holds it', async (context) => {
    if (t.database.kind !== 'postgres') {
      context.skip('the embedded database runs one transaction at a time');
      return;
    }
    const cls = await newClass();
    // The audit log's ids come from a sequence, which moves for every session at once, committed or not.
    const lastAuditId = async () => {
      const [row] = await queryRows<{ id: string | null }>(
        t.database.db,
        sql`SELECT pg_sequence_last_value(pg_get_serial_sequence('audit_log', 'id')::regclass)::text AS id`,
      );
      return BigInt(row?.id ?? 0);
    };
    const held = signal();
    const release = signal();
    const holder = transaction(t.database.db, async (tx) => {
      await queryRows(tx, sql`SELECT id FROM classes WHERE id = ${cls.id} FOR UPDATE`);
      held.resolve();
      await release.promise;
    });
    await held.promise;
    const before = await lastAuditId();
    const booking = t.client().post('/api/v1/bookings', { classId: cls.id, guest: guest('held-class') });
    const stop = { done: false };
    const first = await Promise.race([
      booking.then(() => 'the booking finished' as const),
      waitForLockWaiter(t.database.db, stop).then(() => 'the booking waits' as const),
    ]);
    stop.done = true;
    const whileWaiting = await lastAuditId();
    release.resolve();
    await holder;
    assert.equal(first, 'the booking waits');
    assert.equal(whileWaiting, before + 1n, 'the audit entry was written before the class lock was waited for');
    const booked = await booking;
    assert.equal(booked.status, 201, JSON.stringify(booked.body));
    const [audit] = await queryRows<{ id: string }>(
      t.database.db,
      sql`SELECT id::text FROM audit_log WHERE entity_id = ${booked.body.booking.id} AND action = 'booking.created'`,
    );
    assert.equal(
      audit?.id,
      String(whileWaiting),
      'the entry written while waiting is the booking’s, and committed with it',
    );
  });
});
