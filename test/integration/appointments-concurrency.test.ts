import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../src/platform/db.ts';
import { type Client, type TestApp, startTestApp } from '../support/app.ts';
import type { Json } from '../support/json.ts';
import { guest, localStart, setupPractice } from '../support/practice.ts';

// Appointments under a rush, over real HTTP on loopback (as concurrency.test.ts does for classes), so
// that requests truly overlap: each is its own transaction on its own pooled connection (PostgreSQL) or
// queued on the embedded database (PGlite). Whatever the interleaving, a provider's time is never
// given twice, every refusal is 409 slot_taken (never a 5xx), and "any provider" refuses no one while a
// provider is free.
let t: TestApp;
let admin: Client;
let base: string;

before(async () => {
  t = await startTestApp();
  admin = await t.admin();
  // Many customers' holds come from this one address here: the cap on one holder's live holds is not what is tested.
  assert.equal((await admin.patch('/api/v1/rate-limits', { heldSpots: 1000 })).status, 200);
  await t.app.listen({ host: '127.0.0.1', port: 0 });
  const address = t.app.server.address();
  assert.ok(address && typeof address === 'object');
  base = `http://127.0.0.1:${address.port}`;
});
after(() => t.close());

interface Answer {
  status: number;
  body: Json;
}

async function post(path: string, body: Record<string, unknown>): Promise<Answer> {
  const response = await fetch(`${base}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Json };
}

const book = (body: Record<string, unknown>, n: number | string) =>
  post('/api/v1/bookings', { ...body, guest: guest(`rush-${n}`) });

const tally = (answers: Answer[]) =>
  answers.reduce<Record<string, number>>((acc, { status, body }) => {
    const key = status >= 400 ? `${status} ${body?.error?.code}` : String(status);
    acc[key] = (acc[key] ?? 0) + 1;
    return acc;
  }, {});

const rows = <R>(query: ReturnType<typeof sql>) => queryRows<R>(t.database.db, query);

/** Live appointments of these providers: their start and what their time blocks (buffers included). */
const liveAppointments = (providerIds: string[]) =>
  rows<{ id: string; provider_id: string; service_id: string; start_ms: number; from_ms: number; to_ms: number }>(sql`
    SELECT id, provider_id, service_id, (extract(epoch FROM starts_at) * 1000)::float8 AS start_ms,
           (extract(epoch FROM lower(blocked)) * 1000)::float8 AS from_ms,
           (extract(epoch FROM upper(blocked)) * 1000)::float8 AS to_ms
    FROM bookings
    WHERE provider_id IN (${sql.join(
      providerIds.map((id) => sql`${id}::uuid`),
      sql`, `,
    )}) AND status <> 'cancelled'`);

/** Pairs of live claims (bookings, live holds) of one provider whose blocked ranges overlap: must be none. */
const overlappingPairs = (providerIds: string[]) =>
  rows<{ a: string; b: string }>(sql`
    WITH live AS (
      SELECT id, provider_id, blocked FROM bookings WHERE provider_id IS NOT NULL AND status <> 'cancelled'
      UNION ALL
      SELECT id, provider_id, blocked FROM holds WHERE provider_id IS NOT NULL AND expires_at > now()
    )
    SELECT a.id AS a, b.id AS b FROM live a JOIN live b
      ON a.provider_id = b.provider_id AND a.id < b.id AND a.blocked && b.blocked
    WHERE a.provider_id IN (${sql.join(
      providerIds.map((id) => sql`${id}::uuid`),
      sql`, `,
    )})`);

describe('one slot, many customers', () => {
  test('50 simultaneous requests for one slot: exactly 1 booking, 49 × 409 slot_taken, no 5xx', async () => {
    const { serviceId, providerIds } = await setupPractice(admin, {
      name: 'One slot',
      service: { bufferAfterMinutes: 10 },
    });
    const start = localStart(3, '10:00');
    const answers = await Promise.all(Array.from({ length: 50 }, (_, i) => book({ serviceId, start }, `one-${i}`)));
    assert.deepEqual(tally(answers), { 201: 1, '409 slot_taken': 49 });
    const booked = await liveAppointments(providerIds);
    assert.equal(booked.length, 1);
    assert.equal(Number(booked[0]?.start_ms), new Date(start).getTime());
  });

  test('holds and bookings racing for one slot: exactly one wins, the rest 409 slot_taken', async () => {
    const { serviceId, providerIds } = await setupPractice(admin, { name: 'Held slot' });
    const start = localStart(3, '11:00');
    const answers = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        i % 2 === 0 ? post('/api/v1/holds', { serviceId, start }) : book({ serviceId, start }, `held-${i}`),
      ),
    );
    const wins = answers.filter((a) => a.status === 201);
    assert.equal(wins.length, 1, JSON.stringify(tally(answers)));
    assert.deepEqual(tally(answers.filter((a) => a.status !== 201)), { '409 slot_taken': 39 });
    assert.deepEqual(await overlappingPairs(providerIds), []);
    // A winning hold is booked by its id; then the time is a booking and no hold is left.
    const [win] = wins;
    if (win?.body.expiresAt) {
      const booked = await book({ holdId: win.body.id }, 'held-by-hold');
      assert.equal(booked.status, 201, JSON.stringify(booked.body));
    }
    assert.equal((await liveAppointments(providerIds)).length, 1);
  });
});

describe('overlapping requests of different lengths and buffers, one provider', () => {
  test('the committed appointments never overlap, buffers included; every refusal is 409 slot_taken', async () => {
    const first = await setupPractice(admin, {
      name: 'Shared',
      service: { durationMinutes: 60, slotIntervalMinutes: 15, bufferAfterMinutes: 15 },
    });
    const providerId = first.providerIds[0] as string;
    const more = async (name: string, service: Record<string, unknown>) => {
      const created = await admin.post('/api/v1/services', {
        name,
        price: { amount: 0 },
        where: { mode: 'remote' },
        providerIds: [providerId],
        slotIntervalMinutes: 15,
        ...service,
      });
      assert.equal(created.status, 201, JSON.stringify(created.body));
      return created.body.id as string;
    };
    const services = [
      { id: first.serviceId, minutes: 60, before: 0, after: 15 },
      {
        id: await more('Short', { durationMinutes: 30, bufferBeforeMinutes: 10, bufferAfterMinutes: 5 }),
        minutes: 30,
        before: 10,
        after: 5,
      },
      {
        id: await more('Long', { durationMinutes: 90, bufferBeforeMinutes: 15, bufferAfterMinutes: 15 }),
        minutes: 90,
        before: 15,
        after: 15,
      },
    ];
    // Starts every 15 minutes from 10:00 to 14:45; each request a service in turn, so that most overlap.
    const requests = Array.from({ length: 60 }, (_, i) => {
      const service = services[i % 3] as (typeof services)[number];
      const minutes = 10 * 60 + ((i * 7) % 20) * 15;
      const time = `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
      return { service, start: localStart(4, time) };
    });
    const answers = await Promise.all(
      requests.map(({ service, start }, i) =>
        i % 4 === 3
          ? post('/api/v1/holds', { serviceId: service.id, start })
          : book({ serviceId: service.id, start }, `mixed-${i}`),
      ),
    );
    const counts = tally(answers);
    assert.deepEqual(Object.keys(counts).sort(), ['201', '409 slot_taken'], JSON.stringify(counts));
    assert.deepEqual(await overlappingPairs([providerId]), []);

    // Every winning hold turns into a booking: the time it held was really its own.
    for (const answer of answers.filter((a) => a.status === 201 && a.body.expiresAt)) {
      const fromHold = await book({ holdId: answer.body.id }, `from-hold-${answer.body.id}`);
      assert.equal(fromHold.status, 201, JSON.stringify(fromHold.body));
    }
    // Each booking (those made from holds too) blocks its own time with its own service's buffers.
    const booked = await liveAppointments([providerId]);
    assert.ok(booked.length > 0, JSON.stringify(counts)); // the first request for each time wins, booking or hold
    for (const row of booked) {
      const service = services.find((s) => s.id === row.service_id);
      assert.ok(service);
      const start = Number(row.start_ms);
      assert.equal(Number(row.from_ms), start - service.before * 60_000);
      assert.equal(Number(row.to_ms), start + (service.minutes + service.after) * 60_000);
    }
    assert.deepEqual(await overlappingPairs([providerId]), []);
  });
});

describe('"any provider" under a rush', () => {
  const starts = ['09:00', '10:00', '11:00', '12:00', '13:00', '14:00', '15:00', '16:00'];

  /** For each start, how many live appointments the practice's providers have (and each provider at most one). */
  async function perStart(providerIds: string[], day: number) {
    const booked = await liveAppointments(providerIds);
    const result: Record<string, number> = {};
    for (const time of starts) {
      const at = booked.filter((row) => Number(row.start_ms) === new Date(localStart(day, time)).getTime());
      assert.equal(new Set(at.map((row) => row.provider_id)).size, at.length, `one provider twice at ${time}`);
      result[time] = at.length;
    }
    return result;
  }

  test('3 providers × 8 slots, 30 requests spread over the 8 starts: exactly 24 bookings, no refusal while a provider was free', async () => {
    const { serviceId, providerIds } = await setupPractice(admin, { providers: 3, name: 'Any' });
    const requests = Array.from({ length: 30 }, (_, i) => starts[i % starts.length] as string);
    const answers = await Promise.all(
      requests.map((time, i) => book({ serviceId, start: localStart(5, time) }, `any-${i}`)),
    );
    assert.deepEqual(tally(answers), { 201: 24, '409 slot_taken': 6 });
    // 30 over 8 starts: six starts were asked 4 times, two 3 times. Refusals only where all 3 were taken.
    for (const [time, n] of Object.entries(await perStart(providerIds, 5))) assert.equal(n, 3, `at ${time}`);
    for (const [i, answer] of answers.entries()) {
      if (answer.status === 409) {
        const asked = requests.filter((time) => time === requests[i]).length;
        assert.ok(asked > 3, `refused at ${requests[i]}, asked only ${asked} times`);
      }
    }
    assert.deepEqual(await overlappingPairs(providerIds), []);
    // Fairly spread: each provider has every start of the day.
    const byProvider = new Map<string, number>();
    for (const row of await liveAppointments(providerIds)) {
      byProvider.set(row.provider_id, (byProvider.get(row.provider_id) ?? 0) + 1);
    }
    assert.deepEqual([...byProvider.values()], [8, 8, 8]);
  });

  test('the same with holds racing bookings: exactly 24 held or booked, and every hold then books', async () => {
    const { serviceId, providerIds } = await setupPractice(admin, { providers: 3, name: 'Any held' });
    // Rounds over the 8 starts: holds, then bookings, then holds, then 6 bookings; each start is asked
    // by holds and bookings alike.
    const requests = Array.from({ length: 30 }, (_, i) => ({
      time: starts[i % starts.length] as string,
      hold: Math.floor(i / starts.length) % 2 === 0,
    }));
    const answers = await Promise.all(
      requests.map(({ time, hold }, i) =>
        hold
          ? post('/api/v1/holds', { serviceId, start: localStart(6, time) })
          : book({ serviceId, start: localStart(6, time) }, `anyheld-${i}`),
      ),
    );
    assert.deepEqual(tally(answers), { 201: 24, '409 slot_taken': 6 });
    for (const [i, answer] of answers.entries()) {
      if (answer.status === 409) {
        const asked = requests.filter(({ time }) => time === requests[i]?.time).length;
        assert.ok(asked > 3, `refused at ${requests[i]?.time}, asked only ${asked} times`);
      }
    }
    assert.deepEqual(await overlappingPairs(providerIds), []);
    const holds = answers.filter((a) => a.status === 201 && a.body.expiresAt);
    assert.ok(holds.length > 0);
    const fromHolds = await Promise.all(holds.map((hold, i) => book({ holdId: hold.body.id }, `anyhold-${i}`)));
    assert.deepEqual(tally(fromHolds), { 201: holds.length });
    for (const [time, n] of Object.entries(await perStart(providerIds, 6))) assert.equal(n, 3, `at ${time}`);
    assert.deepEqual(await overlappingPairs(providerIds), []);
  });
});
