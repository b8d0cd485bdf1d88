import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../src/platform/db.ts';
import { type TestApp, classInput, startTestApp } from '../support/app.ts';
import type { Json } from '../support/json.ts';

// Real HTTP on loopback, so that requests truly overlap: each one is its own transaction on its own
// pooled connection (PostgreSQL) or queued on the embedded database (PGlite).
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

async function post(path: string, body: object) {
  const response = await fetch(`${base}/api/v1${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Json };
}

const person = (who: string) => ({ name: who, email: `${who}@example.test` });

async function line(classId: string) {
  return queryRows<{ email: string; status: string; offered: boolean; booked: boolean }>(
    t.database.db,
    sql`SELECT c.email, e.status, e.offered_at IS NOT NULL AS offered,
               EXISTS (SELECT 1 FROM bookings b WHERE b.class_id = e.class_id AND b.customer_id = e.customer_id
                       AND b.status <> 'cancelled') AS booked
        FROM waitlist_entries e JOIN customers c ON c.id = e.customer_id
        WHERE e.class_id = ${classId} ORDER BY e.position`,
  );
}

async function capacity(classId: string) {
  const [row] = await queryRows<{ max: number; taken: number; booked: number; held: number }>(
    t.database.db,
    sql`SELECT max_spots AS max, spots_taken AS taken,
               (SELECT count(*)::int FROM bookings WHERE class_id = ${classId} AND status <> 'cancelled') AS booked,
               (SELECT coalesce(sum(spots), 0)::int FROM holds WHERE class_id = ${classId}) AS held
        FROM classes WHERE id = ${classId}`,
  );
  assert.ok(row);
  return row;
}

const tally = (statuses: number[]) =>
  statuses.reduce<Record<number, number>>((acc, s) => {
    acc[s] = (acc[s] ?? 0) + 1;
    return acc;
  }, {});

describe('the waitlist under a rush', () => {
  let classId: string;
  const tokens: string[] = [];
  const manage: string[] = [];

  test('setup: a class of 10, full, with 20 in line', async () => {
    const admin = await t.admin();
    const created = await admin.post('/api/v1/classes', classInput({ maxSpots: 10 }, t.clock.now()));
    classId = created.body.id;
    for (let i = 0; i < 10; i++) {
      const booked = await post('/bookings', { classId, guest: person(`rush-booked-${i}`) });
      assert.equal(booked.status, 201);
      manage.push(booked.body.manageToken);
    }
    for (let i = 0; i < 20; i++) {
      const joined = await post(`/classes/${classId}/waitlist`, { guest: person(`rush-wait-${i}`) });
      assert.equal(joined.status, 201, JSON.stringify(joined.body));
      assert.equal(joined.body.place, i + 1);
      tokens.push(joined.body.token);
    }
  });

  test('10 cancellations racing 20 claims and 30 fresh bookers: every freed spot goes to the line, in order', async () => {
    const results = await Promise.all([
      ...manage.map((token) => post(`/manage/${token}/cancel`, {}).then((r) => ({ kind: 'cancel', ...r }))),
      ...tokens.map((token, i) => post(`/waitlist/${token}/claim`, {}).then((r) => ({ kind: `claim ${i}`, ...r }))),
      ...Array.from({ length: 30 }, (_, i) =>
        post('/bookings', { classId, guest: person(`rush-fresh-${i}`) }).then((r) => ({ kind: 'fresh', ...r })),
      ),
    ]);
    for (const r of results) assert.ok(r.status < 500, `${r.kind}: ${JSON.stringify(r.body)}`);
    assert.deepEqual(tally(results.filter((r) => r.kind === 'cancel').map((r) => r.status)), { 200: 10 });
    // Every freed spot was held for the line at the commit that freed it: no newcomer got one.
    const fresh = results.filter((r) => r.kind === 'fresh');
    assert.deepEqual(tally(fresh.map((r) => r.status)), { 409: 30 });
    for (const r of fresh) assert.equal(r.body.error.code, 'capacity_full');
    // A claim succeeds only for someone offered, and only the first ten were.
    results.forEach((r) => {
      if (!r.kind.startsWith('claim')) return;
      const place = Number(r.kind.split(' ')[1]);
      if (r.status === 201) assert.ok(place < 10, `${r.kind} booked from place ${place + 1}`);
      else assert.equal(r.body.error.code, 'waitlist_offer_not_open', `${r.kind}: ${JSON.stringify(r.body)}`);
    });

    const after = await line(classId);
    assert.deepEqual(
      after.map((e) => e.offered),
      [...Array(10).fill(true), ...Array(10).fill(false)],
      'offered first joined, first offered',
    );
    const spots = await capacity(classId);
    assert.ok(spots.taken <= spots.max);
    assert.equal(spots.taken, spots.booked + spots.held);
    assert.equal(spots.taken, 10, 'no spot idle while someone waits');

    // The rest of the offered claim now; nobody else can.
    for (const [i, token] of tokens.entries()) {
      const entry = after[i];
      if (entry?.status !== 'offered') continue;
      const claimed = await post(`/waitlist/${token}/claim`, {});
      assert.equal(claimed.status, 201, JSON.stringify(claimed.body));
    }
    const final = await line(classId);
    assert.deepEqual(
      final.map((e) => [e.status, e.booked]),
      [...Array(10).fill(['claimed', true]), ...Array(10).fill(['waiting', false])],
    );
    assert.deepEqual(await capacity(classId), { max: 10, taken: 10, booked: 10, held: 0 });
  });

  test('leaves and lapses racing claims and newcomers: the next in line is offered each time, nobody twice', async () => {
    // Five of the booked cancel: places 11–15 are offered.
    const booked = await queryRows<{ id: string }>(
      t.database.db,
      sql`SELECT id FROM bookings WHERE class_id = ${classId} AND status <> 'cancelled' ORDER BY created_at LIMIT 5`,
    );
    const admin = await t.admin();
    await Promise.all(booked.map((b) => admin.post(`/api/v1/bookings/${b.id}/cancel`, {})));
    await t.runJobs();
    assert.deepEqual(
      (await line(classId)).slice(10).map((e) => e.status),
      ['offered', 'offered', 'offered', 'offered', 'offered', 'waiting', 'waiting', 'waiting', 'waiting', 'waiting'],
    );

    // 11–13 claim while 14 and 15 leave and ten newcomers try: 14's and 15's spots go to 16 and 17.
    const results = await Promise.all([
      ...[10, 11, 12].map((i) => post(`/waitlist/${tokens[i]}/claim`, {})),
      ...[13, 14].map((i) => post(`/waitlist/${tokens[i]}/leave`, {})),
      ...Array.from({ length: 10 }, (_, i) => post('/bookings', { classId, guest: person(`rush-late-${i}`) })),
    ]);
    assert.deepEqual(
      results.map((r) => r.status),
      [201, 201, 201, 200, 200, ...Array(10).fill(409)],
    );
    await t.runJobs();
    assert.deepEqual(
      (await line(classId)).slice(10).map((e) => e.status),
      ['claimed', 'claimed', 'claimed', 'left', 'left', 'offered', 'offered', 'waiting', 'waiting', 'waiting'],
    );

    // 16 and 17 let their offers lapse (by the app's clock): 18 and 19 are offered, never 16 or 17 again.
    const [offer] = await queryRows<{ until: Date }>(
      t.database.db,
      sql`SELECT max(offer_expires_at) AS until FROM waitlist_entries WHERE class_id = ${classId} AND status = 'offered'`,
    );
    assert.ok(offer?.until);
    t.clock.set(new Date(new Date(offer.until).getTime() + 1000));
    await t.runJobs();
    const lapsed = await post(`/waitlist/${tokens[15]}/claim`, {});
    assert.equal(lapsed.status, 409);
    assert.equal(lapsed.body.error.code, 'waitlist_offer_expired');
    assert.deepEqual(
      (await line(classId)).slice(10).map((e) => e.status),
      ['claimed', 'claimed', 'claimed', 'left', 'left', 'lapsed', 'lapsed', 'offered', 'offered', 'waiting'],
    );
    const spots = await capacity(classId);
    assert.deepEqual(spots, { max: 10, taken: 10, booked: 8, held: 2 });
    t.clock.set(new Date());
  });
});
