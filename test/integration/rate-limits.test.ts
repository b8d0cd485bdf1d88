// Rate limits shared by every app process: counted in PostgreSQL per client address (generous) and per
// identity (tight), so a venue's rush from one address books every free spot while one identity
// hammering is refused with 429 rate_limited and Retry-After, and nothing is written.
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import pino from 'pino';
import { buildApp } from '../../src/app.ts';
import { loadConfig } from '../../src/platform/config.ts';
import { queryRows } from '../../src/platform/db.ts';
import type { App } from '../../src/platform/http.ts';
import { createMetrics } from '../../src/platform/metrics.ts';
import { RATE_LIMIT_WINDOW_MS, countRequest, pruneRateLimitCounters } from '../../src/platform/rate-limits.ts';
import { type TestApp, classInput, guest, startTestApp } from '../support/app.ts';
import type { Json } from '../support/json.ts';

let t: TestApp;
/** A second app process on the same database, as behind a load balancer. */
let second: App;

before(async () => {
  t = await startTestApp();
  const config = loadConfig({ NODE_ENV: 'test', PUBLIC_URL: 'http://slotwise.test', DEMO_DATA: 'false' });
  second = await buildApp({
    config,
    database: t.database,
    db: t.database.db,
    clock: t.clock,
    logger: pino({ level: 'silent' }),
    cardGateway: null,
    metrics: createMetrics(),
  });
  await second.ready();
});
after(async () => {
  await second?.close();
  await t?.close();
});

const rows = <R>(query: ReturnType<typeof sql>) => queryRows<R>(t.database.db, query);

async function newClass(maxSpots = 10, maxSpotsPerCustomer = 1): Promise<string> {
  const admin = await t.admin();
  const created = await admin.post('/api/v1/classes', classInput({ maxSpots, maxSpotsPerCustomer }, t.clock.now()));
  assert.equal(created.status, 201);
  return created.body.id;
}

async function bookVia(app: App, body: Record<string, unknown>, ip: string, headers: Record<string, string> = {}) {
  const response = await app.inject({
    method: 'POST',
    url: '/api/v1/bookings',
    payload: body,
    remoteAddress: ip,
    headers,
  });
  return { status: response.statusCode, body: response.json() as Json, headers: response.headers };
}

const bookingsOf = async (email: string) =>
  (
    await rows<{ n: number }>(sql`
      SELECT count(*)::int AS n FROM bookings b JOIN customers c ON c.id = b.customer_id WHERE c.email = ${email}`)
  )[0]?.n;

async function setLimits(changes: Record<string, number>) {
  const admin = await t.admin();
  const answer = await admin.patch('/api/v1/rate-limits', changes);
  assert.equal(answer.status, 200, JSON.stringify(answer.body));
  return answer.body;
}

const DEFAULTS = {
  writePerAddress: 3000,
  writePerIdentity: 20,
  accountPerAddress: 300,
  accountPerIdentity: 10,
  heldSpots: 10,
};

describe('rate limits', () => {
  // Windows are fixed, aligned to the epoch, and the test clock runs with real time: each test starts
  // at the beginning of a window, so its counts never straddle two.
  beforeEach(() => {
    const now = t.clock.now().getTime();
    t.clock.set(new Date(Math.ceil(now / RATE_LIMIT_WINDOW_MS) * RATE_LIMIT_WINDOW_MS + 1000));
  });

  test('a rush of 300 customers from one address (a venue behind NAT) books every free spot', async () => {
    await t.app.listen({ host: '127.0.0.1', port: 0 });
    const address = t.app.server.address();
    assert.ok(address && typeof address === 'object');
    const classId = await newClass(20);
    const answers = await Promise.all(
      Array.from({ length: 300 }, async (_, i) => {
        const response = await fetch(`http://127.0.0.1:${address.port}/api/v1/bookings`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ classId, guest: guest(`nat-${i}`) }),
        });
        return { status: response.status, body: (await response.json()) as Json };
      }),
    );
    const statuses = answers.reduce<Record<string, number>>((acc, a) => {
      const key = a.status >= 400 ? `${a.status} ${a.body.error.code}` : String(a.status);
      acc[key] = (acc[key] ?? 0) + 1;
      return acc;
    }, {});
    assert.deepEqual(statuses, { 201: 20, '409 capacity_full': 280 });
    // The limits were on: every one of them was counted against the one address.
    const [counter] = await rows<{ count: number }>(sql`
      SELECT sum(count)::int AS count FROM rate_limit_counters
      WHERE bucket = 'public_write' AND key = 'address:127.0.0.1'`);
    assert.ok((counter?.count ?? 0) >= 300, `counted ${counter?.count}`);
  });

  test('one identity hammering is refused with 429 rate_limited and Retry-After, and nothing is written', async () => {
    const classId = await newClass();
    const email = 'hammer@example.test';
    const ip = '10.1.0.1';
    const first = await bookVia(t.app, { classId, guest: { name: 'Hammer', email } }, ip);
    assert.equal(first.status, 201);
    // The same booking again is answered with the existing one: allowed, but counted.
    for (let i = 1; i < DEFAULTS.writePerIdentity; i++) {
      assert.equal((await bookVia(t.app, { classId, guest: { name: 'Hammer', email } }, ip)).status, 200);
    }
    const otherClass = await newClass();
    const refused = await bookVia(
      t.app,
      { classId: otherClass, guest: { name: 'Hammer', email: 'HAMMER@example.test' } },
      ip,
    );
    assert.equal(refused.status, 429);
    assert.equal(refused.body.error.code, 'rate_limited');
    const retryAfter = Number(refused.headers['retry-after']);
    assert.ok(retryAfter > 0 && retryAfter <= RATE_LIMIT_WINDOW_MS / 1000, `retry-after ${retryAfter}`);
    assert.equal(await bookingsOf(email), 1, 'the refused booking was not written');
    // The same address with another email is not held back.
    assert.equal((await bookVia(t.app, { classId: otherClass, guest: guest('neighbour') }, ip)).status, 201);
    // Neither is the hammerer from elsewhere under another email, nor after the window ends.
    t.clock.advance(RATE_LIMIT_WINDOW_MS);
    assert.equal((await bookVia(t.app, { classId: otherClass, guest: { name: 'Hammer', email } }, ip)).status, 201);
    assert.equal(await bookingsOf(email), 2);
  });

  test('retries with one Idempotency-Key count once against the identity', async () => {
    const classId = await newClass();
    const body = { classId, guest: guest('retrying') };
    const headers = { 'idempotency-key': `retry-${crypto.randomUUID()}` };
    for (let i = 0; i < DEFAULTS.writePerIdentity + 5; i++) {
      const answer = await bookVia(t.app, body, '10.1.0.2', headers);
      assert.equal(answer.status, 201, JSON.stringify(answer.body));
    }
  });

  test('a repeated Idempotency-Key buys nothing where the route does not replay, nor with another body', async () => {
    const customer = t.client();
    await customer.signUp('guesser-target@example.test', 'Target', 'target-password-1');
    const headers = { 'idempotency-key': `same-${crypto.randomUUID()}` };
    const statuses: number[] = [];
    for (let i = 0; i <= DEFAULTS.accountPerIdentity; i++) {
      const guess = await customer.post(
        '/api/v1/me/password',
        { currentPassword: `guess-${i}-password`, newPassword: 'taken-over-password-1' },
        headers,
      );
      statuses.push(guess.status);
    }
    assert.deepEqual(statuses, [...Array(DEFAULTS.accountPerIdentity).fill(403), 429]);

    // On the booking route, the same key with a new body each time is a new request each time.
    const classId = await newClass(100);
    const key = { 'idempotency-key': `reused-${crypto.randomUUID()}` };
    const email = 'reused-key@example.test';
    const answers: number[] = [];
    for (let i = 0; i <= DEFAULTS.writePerIdentity; i++) {
      answers.push(
        (await bookVia(t.app, { classId, spots: 1 + (i % 2), guest: { name: `N${i}`, email } }, '10.1.0.3', key))
          .status,
      );
    }
    assert.equal(answers.at(-1), 429, answers.join(' '));
  });

  test('two app processes on one database share the counters', async () => {
    await setLimits({ writePerIdentity: 4 });
    try {
      const classId = await newClass();
      const body = { classId, guest: { name: 'Split', email: 'split@example.test' } };
      assert.equal((await bookVia(t.app, body, '10.2.0.1')).status, 201);
      assert.equal((await bookVia(second, body, '10.2.0.2')).status, 200);
      assert.equal((await bookVia(t.app, body, '10.2.0.3')).status, 200);
      assert.equal((await bookVia(second, body, '10.2.0.4')).status, 200);
      // Four counted across both processes: the fifth is refused by either.
      assert.equal((await bookVia(second, body, '10.2.0.5')).status, 429);
      assert.equal((await bookVia(t.app, body, '10.2.0.6')).status, 429);
    } finally {
      await setLimits({ writePerIdentity: DEFAULTS.writePerIdentity });
    }
  });

  test('a signed-in customer choosing prices and times is not held back by the per-identity limit', async () => {
    const classId = await newClass(50);
    const customer = t.client();
    assert.equal((await customer.signUp('chooser@example.test')).status, 201);
    for (let i = 0; i < DEFAULTS.writePerIdentity + 5; i++) {
      const quote = await customer.post('/api/v1/quotes', { classId });
      assert.equal(quote.status, 200, `quote ${i}: ${JSON.stringify(quote.body)}`);
      const hold = await customer.post('/api/v1/holds', { classId });
      assert.equal(hold.status, 201, `hold ${i}: ${JSON.stringify(hold.body)}`);
      assert.equal((await customer.delete(`/api/v1/holds/${hold.body.id}`)).status, 204);
    }
    const booked = await customer.post('/api/v1/bookings', { classId, paymentMethod: 'venue' });
    assert.equal(booked.status, 201, 'and books in the end');
  });

  test('one holder keeps at most the organisation’s held spots at once; another address, or a released hold, may go on', async () => {
    const classId = await newClass(30, 10);
    const holdFrom = (ip: string, spots: number) =>
      t.app.inject({ method: 'POST', url: '/api/v1/holds', payload: { classId, spots }, remoteAddress: ip });
    const first = await holdFrom('10.4.0.1', 4);
    assert.equal(first.statusCode, 201, first.body);
    assert.equal((await holdFrom('10.4.0.1', 6)).statusCode, 201);
    const refused = await holdFrom('10.4.0.1', 1);
    assert.equal(refused.statusCode, 429, refused.body);
    assert.equal(refused.json().error.code, 'too_many_holds');
    assert.deepEqual(refused.json().error.details, { held: 10, max: 10 });
    const spotsLeft = async () => (await t.client().get(`/api/v1/classes/${classId}`)).body.spotsLeft;
    assert.equal(await spotsLeft(), 20, 'the refused hold took nothing');
    assert.equal((await holdFrom('10.4.0.2', 10)).statusCode, 201, 'another address has its own count');
    await t.app.inject({ method: 'DELETE', url: `/api/v1/holds/${first.json().id}`, remoteAddress: '10.4.0.1' });
    assert.equal((await holdFrom('10.4.0.1', 4)).statusCode, 201, 'a released hold counts no more');
    // Staff hold for the customers they book for: not counted.
    const admin = await t.admin();
    assert.equal((await admin.post('/api/v1/holds', { classId, spots: 6 })).status, 201);

    // Twenty holds at once from one fresh address: exactly ten spots are held.
    const other = await newClass(30);
    const racing = await Promise.all(
      Array.from({ length: 20 }, () =>
        t.app.inject({ method: 'POST', url: '/api/v1/holds', payload: { classId: other }, remoteAddress: '10.4.0.3' }),
      ),
    );
    assert.equal(racing.filter((answer) => answer.statusCode === 201).length, 10);
    assert.ok(racing.every((a) => a.statusCode === 201 || a.json().error.code === 'too_many_holds'));
  });

  test('the per-address ceiling stops a script spraying emails from one address', async () => {
    await setLimits({ writePerAddress: 50 });
    try {
      const ip = '10.3.0.1';
      const classId = await newClass(100);
      for (let i = 0; i < 50; i++) {
        assert.equal((await bookVia(second, { classId, guest: guest(`spray-${i}`) }, ip)).status, 201);
      }
      const refused = await bookVia(t.app, { classId, guest: guest('spray-50') }, ip);
      assert.equal(refused.status, 429);
      assert.equal(refused.body.error.code, 'rate_limited');
      assert.equal(await bookingsOf('guestspray-50@example.test'), 0);
      // Holds and quotes are public writes too, counted against the same address.
      const hold = await t.app.inject({
        method: 'POST',
        url: '/api/v1/holds',
        payload: { classId },
        remoteAddress: ip,
      });
      assert.equal(hold.statusCode, 429);
    } finally {
      await setLimits({ writePerAddress: DEFAULTS.writePerAddress });
    }
  });

  test('a burst from one address over two processes: its count is spread over rows; the ceiling lets all within it pass, none past it', async () => {
    await setLimits({ writePerAddress: 50 });
    try {
      const ip = '10.3.1.1';
      const classId = await newClass(100);
      // Quotes are public writes that write nothing: only the address is counted (no identity in them).
      const burst = async (size: number) => {
        const answers = await Promise.all(
          Array.from({ length: size }, (_, i) =>
            (i % 2 === 0 ? t.app : second).inject({
              method: 'POST',
              url: '/api/v1/quotes',
              payload: { classId },
              remoteAddress: ip,
            }),
          ),
        );
        return answers.map((answer) => answer.statusCode);
      };
      const within = await burst(50);
      assert.deepEqual(new Set(within), new Set([200]), within.join(' '));
      const past = await burst(20);
      assert.deepEqual(new Set(past), new Set([429]), past.join(' '));
      const [spread] = await rows<{ shards: number; total: number }>(sql`
        SELECT count(*)::int AS shards, sum(count)::int AS total FROM rate_limit_counters WHERE key = ${`address:${ip}`}`);
      assert.equal(spread?.total, 70, 'every request counted, the refused ones too');
      assert.ok((spread?.shards ?? 0) > 1, `one address on ${spread?.shards} row(s)`);
    } finally {
      await setLimits({ writePerAddress: DEFAULTS.writePerAddress });
    }
  });

  test('a burst in one process is counted in a few statements, each request exactly as if counted alone', async () => {
    // Statements that count, counted by PostgreSQL itself: a statement-level trigger for this test.
    for (const statement of [
      sql`CREATE TABLE counting_statements (n integer NOT NULL)`,
      sql`INSERT INTO counting_statements VALUES (0)`,
      sql`CREATE FUNCTION count_statement() RETURNS trigger LANGUAGE plpgsql
            AS $$ BEGIN UPDATE counting_statements SET n = n + 1; RETURN NULL; END $$`,
      sql`CREATE TRIGGER counting_statements AFTER INSERT ON rate_limit_counters
            FOR EACH STATEMENT EXECUTE FUNCTION count_statement()`,
    ])
      await t.database.db.execute(statement);
    try {
      const decisions = await Promise.all(
        Array.from({ length: 30 }, () =>
          countRequest(
            t.database.db,
            t.org.id,
            'public_write',
            [{ key: 'identity:email:burst@x.test', max: 12 }],
            t.clock.now(),
          ),
        ),
      );
      assert.deepEqual(
        decisions.map((decision) => decision.allowed),
        Array.from({ length: 30 }, (_, i) => i < 12),
        'the first 12 to arrive pass, in the order they came',
      );
      const [counter] = await rows<{ n: number }>(sql`SELECT n FROM counting_statements`);
      // The first goes alone; the others, waiting for it, go together (20 to a statement at most).
      assert.equal(counter?.n, 3, `${counter?.n} statements counted 30 requests`);
      const [row] = await rows<{ count: number }>(sql`
        SELECT count::int FROM rate_limit_counters WHERE key = 'identity:email:burst@x.test'`);
      assert.equal(row?.count, 30, 'every request counted, the refused ones too');
    } finally {
      await t.database.db.execute(sql`DROP TRIGGER counting_statements ON rate_limit_counters`);
      await t.database.db.execute(sql`DROP FUNCTION count_statement()`);
      await t.database.db.execute(sql`DROP TABLE counting_statements`);
    }
  });

  test('staff booking for many customers are not counted against them', async () => {
    const admin = await t.admin();
    const classId = await newClass(40);
    for (let i = 0; i < DEFAULTS.writePerIdentity + 2; i++) {
      const answer = await admin.post('/api/v1/bookings', { classId, guest: guest(`desk-${i}`) });
      assert.equal(answer.status, 201, JSON.stringify(answer.body));
    }
  });

  test('sign-up is limited per email (the account bucket)', async () => {
    const ip = '10.4.0.1';
    const signUp = (email: string, from = ip) =>
      t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/sign-up',
        payload: { email, name: 'Someone', password: 'customer-password-1' },
        remoteAddress: from,
      });
    for (let i = 0; i < DEFAULTS.accountPerIdentity; i++) {
      assert.notEqual((await signUp('taken@example.test')).statusCode, 429);
    }
    const refused = await signUp('taken@example.test');
    assert.equal(refused.statusCode, 429);
    assert.equal(refused.json().error.code, 'rate_limited');
    assert.equal((await signUp('fresh@example.test')).statusCode, 201);
  });

  test('admins read and change the limits within bounds; the change is audited', async () => {
    const admin = await t.admin();
    const read = await admin.get('/api/v1/rate-limits');
    assert.equal(read.status, 200);
    assert.deepEqual(read.body, DEFAULTS);

    for (const bad of [
      { writePerIdentity: 2 },
      { writePerAddress: 10 },
      { accountPerIdentity: 1.5 },
      {},
      { other: 1 },
    ]) {
      const answer = await admin.patch('/api/v1/rate-limits', bad);
      assert.equal(answer.status, 400, JSON.stringify(bad));
      assert.equal(answer.body.error.code, 'validation_failed');
    }
    assert.deepEqual((await admin.get('/api/v1/rate-limits')).body, DEFAULTS, 'nothing written');

    const changed = await admin.patch('/api/v1/rate-limits', { writePerIdentity: 30 });
    assert.equal(changed.status, 200);
    assert.deepEqual(changed.body, { ...DEFAULTS, writePerIdentity: 30 });
    const audit = await rows<{ before: Json; after: Json }>(sql`
      SELECT before, after FROM audit_log WHERE action = 'organisation.rate_limits_updated' ORDER BY id DESC LIMIT 1`);
    assert.equal(audit[0]?.before.writePerIdentity, 20);
    assert.equal(audit[0]?.after.writePerIdentity, 30);
    await setLimits({ writePerIdentity: DEFAULTS.writePerIdentity });

    const customer = t.client();
    await customer.signUp('limits-reader@example.test');
    assert.equal((await customer.get('/api/v1/rate-limits')).status, 403);
    assert.equal((await customer.patch('/api/v1/rate-limits', { writePerIdentity: 500 })).status, 403);
    assert.equal((await t.client().get('/api/v1/rate-limits')).status, 401);
  });

  test('housekeeping removes windows that ended', async () => {
    const before = await rows<{ n: number }>(sql`SELECT count(*)::int AS n FROM rate_limit_counters`);
    assert.ok((before[0]?.n ?? 0) > 0);
    await pruneRateLimitCounters(t.database.db, new Date(t.clock.now().getTime() + 2 * RATE_LIMIT_WINDOW_MS));
    const left = await rows<{ n: number }>(sql`SELECT count(*)::int AS n FROM rate_limit_counters`);
    assert.equal(left[0]?.n, 0);
  });
});
