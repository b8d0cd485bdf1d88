import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../src/platform/db.ts';
import { type TestApp, classInput, startTestApp } from '../support/app.ts';
import type { Json } from '../support/json.ts';

// Real HTTP on loopback, so that requests truly overlap: each one is its own transaction on
// its own pooled connection (PostgreSQL) or queued on the embedded database (PGlite).
let t: TestApp;
let base: string;

before(async () => {
  t = await startTestApp();
  await t.app.listen({ host: '127.0.0.1', port: 0 });
  const address = t.app.server.address();
  assert.ok(address && typeof address === 'object');
  base = `http://127.0.0.1:${address.port}`;
});
after(() => t.close());

async function newClass(maxSpots: number) {
  const admin = await t.admin();
  const response = await admin.post('/api/v1/classes', classInput({ maxSpots }, t.clock.now()));
  assert.equal(response.status, 201);
  return response.body.id as string;
}

async function book(classId: string, n: number | string, headers: Record<string, string> = {}) {
  const response = await fetch(`${base}/api/v1/bookings`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ classId, guest: { name: `Rusher ${n}`, email: `rusher${n}@example.test` } }),
  });
  return { status: response.status, body: (await response.json()) as Json, headers: response.headers };
}

async function activeSpots(classId: string) {
  const [row] = await queryRows<{ booked: number; taken: number }>(
    t.database.db,
    sql`
    SELECT
      (SELECT coalesce(sum(spots), 0)::int FROM bookings WHERE class_id = ${classId} AND status <> 'cancelled') AS booked,
      (SELECT spots_taken FROM classes WHERE id = ${classId}) AS taken`,
  );
  assert.ok(row);
  return row;
}

/** The quote, audit entry and confirmation job of each booking of the class. */
async function writesOfClass(classId: string) {
  const [row] = await queryRows<{ quotes: number; audit: number; confirmations: number }>(
    t.database.db,
    sql`
    WITH booked AS (SELECT id FROM bookings WHERE class_id = ${classId})
    SELECT
      (SELECT count(*)::int FROM booking_quotes WHERE booking_id IN (SELECT id FROM booked)) AS quotes,
      (SELECT count(*)::int FROM audit_log
        WHERE action = 'booking.created' AND entity_id IN (SELECT id FROM booked)) AS audit,
      (SELECT count(*)::int FROM jobs WHERE kind = 'mail.booking_confirmed'
        AND (payload->>'bookingId')::uuid IN (SELECT id FROM booked)) AS confirmations`,
  );
  assert.ok(row, 'one row of counts');
  return row;
}

/** Writes of a booking that names one that does not exist: what a refused booking must not leave. */
async function writesWithoutBooking() {
  const [row] = await queryRows<{ quotes: number; audit: number; jobs: number }>(
    t.database.db,
    sql`
    SELECT
      (SELECT count(*)::int FROM booking_quotes q WHERE NOT EXISTS (SELECT 1 FROM bookings b WHERE b.id = q.booking_id)) AS quotes,
      (SELECT count(*)::int FROM audit_log a WHERE a.action = 'booking.created'
        AND NOT EXISTS (SELECT 1 FROM bookings b WHERE b.id = a.entity_id)) AS audit,
      (SELECT count(*)::int FROM jobs j WHERE j.payload ? 'bookingId'
        AND NOT EXISTS (SELECT 1 FROM bookings b WHERE b.id = (j.payload->>'bookingId')::uuid)) AS jobs`,
  );
  assert.ok(row, 'one row of counts');
  return row;
}

/** Guest customer rows whose email matches the LIKE pattern. */
async function guestRows(emailLike: string) {
  const [row] = await queryRows<{ count: number }>(
    t.database.db,
    sql`SELECT count(*)::int AS count FROM customers WHERE user_id IS NULL AND email LIKE ${emailLike}`,
  );
  return row?.count;
}

const tally = (statuses: number[]) =>
  statuses.reduce<Record<number, number>>((acc, s) => {
    acc[s] = (acc[s] ?? 0) + 1;
    return acc;
  }, {});

describe('booking under concurrency', () => {
  test('300 simultaneous bookings for 20 spots: exactly 20 booked, 280 capacity_full, no 5xx', async () => {
    const classId = await newClass(20);
    const results = await Promise.all(Array.from({ length: 300 }, (_, i) => book(classId, `a${i}`)));
    const counts = tally(results.map((r) => r.status));
    assert.deepEqual(counts, { 201: 20, 409: 280 });
    for (const r of results.filter((r) => r.status === 409)) assert.equal(r.body.error.code, 'capacity_full');
    assert.deepEqual(await activeSpots(classId), { booked: 20, taken: 20 });
    // A booking's quote, audit entry and jobs ride on its locked insert: one refused there leaves none.
    assert.deepEqual(await writesWithoutBooking(), { quotes: 0, audit: 0, jobs: 0 });
    assert.deepEqual(await writesOfClass(classId), { quotes: 20, audit: 20, confirmations: 20 });
    // A new guest's customer row rides on the booking's statement too: the refused leave none.
    assert.equal(await guestRows('rushera%'), 20, 'one customer row per booked guest, none for the refused');
  });

  test('a new guest booking two classes at the same instant gets both, under one customer row', async () => {
    const [first, second] = [await newClass(5), await newClass(5)];
    for (let round = 0; round < 5; round++) {
      const guest = `twin${round}`;
      const results = await Promise.all([book(first, guest), book(second, guest)]);
      assert.deepEqual(tally(results.map((r) => r.status)), { 201: 2 }, `round ${round}: both booked`);
      assert.equal(
        results[0]?.body.booking.customer.id,
        results[1]?.body.booking.customer.id,
        `round ${round}: both bookings name the one customer`,
      );
      assert.equal(await guestRows(`rusher${guest}@%`), 1, `round ${round}: one customer row`);
    }
  });

  test('one guest clicking five times at once gets one booking, and every click hears of it', async () => {
    const classId = await newClass(20);
    const results = await Promise.all(Array.from({ length: 5 }, () => book(classId, 'clicker')));
    assert.deepEqual(tally(results.map((r) => r.status)), { 200: 4, 201: 1 });
    const ids = new Set(results.map((r) => r.body.booking.id));
    assert.equal(ids.size, 1, 'the repeats name the one booking');
    assert.ok(
      results.filter((r) => r.status === 200).every((r) => r.body.alreadyBooked === true),
      'repeats say so',
    );
    assert.deepEqual(await activeSpots(classId), { booked: 1, taken: 1 });
  });

  test('20 simultaneous bookings for 20 spots all succeed: no false "full"', async () => {
    const classId = await newClass(20);
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => book(classId, `b${i}`)));
    assert.deepEqual(tally(results.map((r) => r.status)), { 201: 20 });
    assert.deepEqual(await activeSpots(classId), { booked: 20, taken: 20 });
  });

  test('50 simultaneous retries with one Idempotency-Key create one booking and all get it', async () => {
    const classId = await newClass(20);
    const key = `retry-${crypto.randomUUID()}`;
    const results = await Promise.all(
      Array.from({ length: 50 }, () => book(classId, 'same', { 'idempotency-key': key })),
    );
    assert.deepEqual(tally(results.map((r) => r.status)), { 201: 50 });
    const ids = new Set(results.map((r) => r.body.booking.id));
    assert.equal(ids.size, 1);
    assert.equal(results.filter((r) => r.headers.get('idempotent-replayed') === 'true').length, 49);
    assert.deepEqual(await activeSpots(classId), { booked: 1, taken: 1 });
  });

  test('cancellations free spots for bookers racing with them, never more than capacity', async () => {
    const classId = await newClass(5);
    const first = await Promise.all(Array.from({ length: 5 }, (_, i) => book(classId, `c${i}`)));
    assert.deepEqual(tally(first.map((r) => r.status)), { 201: 5 });
    const cancels = first.slice(0, 3).map((r) =>
      fetch(`${base}/api/v1/manage/${r.body.manageToken}/cancel`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{}',
      }).then((res) => res.status),
    );
    const bookers = Array.from({ length: 10 }, (_, i) => book(classId, `d${i}`).then((r) => r.status));
    const [cancelStatuses, bookStatuses] = await Promise.all([Promise.all(cancels), Promise.all(bookers)]);
    assert.deepEqual(tally(cancelStatuses), { 200: 3 });
    assert.ok(
      bookStatuses.every((s) => s === 201 || s === 409),
      `unexpected statuses ${bookStatuses}`,
    );
    const { booked, taken } = await activeSpots(classId);
    assert.equal(booked, taken);
    assert.equal(booked, 2 + bookStatuses.filter((s) => s === 201).length);
    assert.ok(booked <= 5);
    // After the dust settles, free spots are bookable: fill the class to exactly 5.
    for (let i = 0; booked + i < 5; i++) assert.equal((await book(classId, `e${i}`)).status, 201);
    assert.equal((await book(classId, 'overflow')).status, 409);
  });

  test('the database itself refuses more active spots than capacity, whatever the code does', async () => {
    const classId = await newClass(1);
    await book(classId, 'only');
    const [customer] = await queryRows<{ id: string }>(
      t.database.db,
      sql`
      INSERT INTO customers (org_id, email, name) VALUES (${t.org.id}, 'direct@example.test', 'Direct') RETURNING id`,
    );
    const customerId = customer!.id;
    await assert.rejects(
      t.database.db.execute(sql`
        INSERT INTO bookings (org_id, class_id, customer_id, status, price_amount, currency, payment_method, source)
        VALUES (${t.org.id}, ${classId}, ${customerId}, 'confirmed', 0, 'SEK', 'free', 'staff')`),
      (error: Error & { cause?: Error }) => /classes_capacity/.test(`${error.message} ${error.cause?.message ?? ''}`),
    );
    assert.deepEqual(await activeSpots(classId), { booked: 1, taken: 1 });
  });
});
