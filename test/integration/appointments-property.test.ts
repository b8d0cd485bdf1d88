// Property (fast-check), through the real booking path on the real database: for random weekly hours,
// date overrides, time off, services of different lengths, buffers and intervals, one or two providers in
// zones with DST changes, and a random sequence of bookings and holds (by provider or "any"), at every
// step the booking path offers a start to a provider exactly when the database would take that time for
// them (a raw insert against the exclusion constraint, rolled back), every offered start can then be
// booked or held through the API (201), and no two live claims of a provider overlap, buffers included.
//
// "Offered" is what the booking path itself decides under its locks (`planTime` and `lockFreeProviders`,
// via test/support/offered.ts), asked about the starts the service's grid has inside working hours.
//
//   APPOINTMENT_SEED=123 APPOINTMENT_RUNS=100 node scripts/test.mjs appointments-property
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import fc from 'fast-check';
import { DateTime } from 'luxon';
import { queryRows, transaction, violatedConstraint } from '../../src/platform/db.ts';
import { ADMIN, Client, type TestApp, startTestApp } from '../support/app.ts';
import type { Json } from '../support/json.ts';
import { offeredProviders, workingSlots } from '../support/offered.ts';
import { guest, localStart, setupPractice } from '../support/practice.ts';

const MIN = 60_000;
const seed = process.env.APPOINTMENT_SEED ? Number(process.env.APPOINTMENT_SEED) : Date.now() % 2 ** 31;
const numRuns = process.env.APPOINTMENT_RUNS ? Number(process.env.APPOINTMENT_RUNS) : 20;

let t: TestApp;
let admin: Client;
before(async () => {
  t = await startTestApp();
  admin = await t.admin();
  // Many customers' holds come from this one address here: the cap on one holder's live holds is not what is tested.
  assert.equal((await admin.patch('/api/v1/rate-limits', { heldSpots: 1000 })).status, 200);
});
after(() => t.close());

const iso = (ms: number) => new Date(ms).toISOString();

/** Whether the database itself takes [from, to) of the provider's time: a raw hold insert, rolled back. */
async function constraintAccepts(
  serviceId: string,
  providerId: string,
  appointment: { start: number; end: number },
  blocked: { from: number; to: number },
): Promise<boolean> {
  const rollback = new Error('rolled back: only asking');
  try {
    await transaction(t.database.db, async (tx) => {
      await tx.execute(sql`
        INSERT INTO holds (org_id, service_id, provider_id, starts_at, ends_at, blocked, expires_at)
        VALUES (${t.org.id}, ${serviceId}, ${providerId}, ${iso(appointment.start)}::timestamptz,
                ${iso(appointment.end)}::timestamptz,
                tstzrange(${iso(blocked.from)}::timestamptz, ${iso(blocked.to)}::timestamptz),
                now() + interval '1 hour')`);
      throw rollback;
    });
  } catch (error) {
    if (error === rollback) return true;
    if (violatedConstraint(error) === 'provider_claims_no_overlap') return false;
    throw error;
  }
  throw new Error('unreachable: the transaction is always rolled back');
}

/** Pairs of live claims (bookings, live holds) of one of these providers whose blocked ranges overlap. */
async function overlappingPairs(providerIds: string[]) {
  return queryRows<{ a: string; b: string }>(
    t.database.db,
    sql`
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
    )})`,
  );
}

// --- scenarios ---------------------------------------------------------------------------------------

// Each base "now" lies three days before a DST change of some zone below (Stockholm 2027-03-28 and
// 2027-10-31, New York 2027-11-07), or in a quiet week; the target day is one to four days later.
const BASES = ['2027-03-25T11:00:00Z', '2027-10-28T11:00:00Z', '2027-11-04T16:00:00Z', '2027-06-09T11:00:00Z'];
const ZONES = ['Europe/Stockholm', 'America/New_York', 'Asia/Kolkata'];

const hhmm = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/** One or two intervals of a day, in minutes from midnight, ending by 23:45. */
const dayHoursArb = fc
  .record({
    start: fc.integer({ min: 0, max: 56 }).map((q) => q * 15),
    length: fc.integer({ min: 6, max: 36 }).map((q) => q * 15),
    gap: fc.integer({ min: 1, max: 12 }).map((q) => q * 15),
    second: fc.integer({ min: 0, max: 24 }).map((q) => q * 15),
  })
  .map(({ start, length, gap, second }) => {
    const intervals = [{ start, end: Math.min(start + length, 23 * 60 + 45) }];
    const secondStart = start + length + gap;
    if (second >= 60 && secondStart + second <= 23 * 60 + 45) {
      intervals.push({ start: secondStart, end: secondStart + second });
    }
    return intervals.filter((i) => i.end > i.start).map((i) => ({ start: hhmm(i.start), end: hhmm(i.end) }));
  });

const serviceArb = fc.record({
  durationMinutes: fc.constantFrom(15, 30, 45, 60, 90),
  bufferBeforeMinutes: fc.constantFrom(0, 0, 5, 15, 30),
  bufferAfterMinutes: fc.constantFrom(0, 0, 10, 15),
  slotIntervalMinutes: fc.constantFrom(15, 30, 60),
});

const scenarioArb = fc.record({
  base: fc.constantFrom(...BASES),
  dayOffset: fc.integer({ min: 1, max: 4 }),
  providers: fc.array(fc.record({ zone: fc.constantFrom(...ZONES), hours: dayHoursArb }), {
    minLength: 1,
    maxLength: 2,
  }),
  // The first provider's target day: its weekly hours, other hours, or closed.
  override: fc.oneof(fc.constant<'none' | 'closed'>('none'), fc.constant<'none' | 'closed'>('closed'), dayHoursArb),
  // Time off on the first provider's target day: start (quarter hours from midnight) and length.
  timeOff: fc.option(fc.record({ start: fc.integer({ min: 0, max: 90 }), length: fc.integer({ min: 1, max: 16 }) }), {
    nil: undefined,
  }),
  services: fc.tuple(serviceArb, serviceArb),
  steps: fc.array(
    fc.record({
      service: fc.integer({ min: 0, max: 1 }),
      hold: fc.boolean(),
      any: fc.boolean(),
      pick: fc.nat(),
      probe: fc.nat(),
    }),
    { minLength: 2, maxLength: 5 },
  ),
});

type Scenario = typeof scenarioArb extends fc.Arbitrary<infer S> ? S : never;

let runCount = 0;
let booked = 0;

// A session lives by the application's clock, so each base "now" gets an admin signed in at it.
const admins = new Map<string, Client>();
async function adminAt(base: string): Promise<Client> {
  let client = admins.get(base);
  if (!client) {
    client = new Client(t.app);
    const signedIn = await client.signIn(ADMIN.email, ADMIN.password);
    assert.equal(signedIn.status, 200, JSON.stringify(signedIn.body));
    admins.set(base, client);
  }
  return client;
}

async function runScenario(scenario: Scenario) {
  runCount++;
  t.clock.set(scenario.base);
  const now = t.clock.now();
  const admin = await adminAt(scenario.base);
  const providerIds: string[] = [];
  for (const [index, provider] of scenario.providers.entries()) {
    const created = await admin.post('/api/v1/providers', {
      name: `Property ${runCount}.${index}`,
      timeZone: provider.zone,
    });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    const hours = await admin.request('PUT', `/api/v1/providers/${created.body.id}/hours`, {
      intervals: [1, 2, 3, 4, 5, 6, 7].flatMap((weekday) => provider.hours.map((i) => ({ weekday, ...i }))),
    });
    assert.equal(hours.status, 200, JSON.stringify(hours.body));
    providerIds.push(created.body.id as string);
  }
  const first = scenario.providers[0] as Scenario['providers'][number];
  const firstId = providerIds[0] as string;
  const day = DateTime.fromJSDate(now, { zone: first.zone }).plus({ days: scenario.dayOffset }).startOf('day');
  const date = day.toISODate() ?? '';
  if (scenario.override !== 'none') {
    const override = await admin.request('PUT', `/api/v1/providers/${firstId}/overrides/${date}`, {
      intervals: scenario.override === 'closed' ? [] : scenario.override,
    });
    assert.equal(override.status, 200, JSON.stringify(override.body));
  }
  if (scenario.timeOff) {
    const from = day.plus({ minutes: scenario.timeOff.start * 15 });
    const off = await admin.post(`/api/v1/providers/${firstId}/time-off`, {
      startsAt: from.toUTC().toISO(),
      endsAt: from
        .plus({ minutes: scenario.timeOff.length * 15 })
        .toUTC()
        .toISO(),
    });
    assert.equal(off.status, 201, JSON.stringify(off.body));
  }
  // The first service is offered by every provider, the second by the first provider only.
  const services: (Scenario['services'][number] & { id: string })[] = [];
  for (const [index, rules] of scenario.services.entries()) {
    const created = await admin.post('/api/v1/services', {
      name: `Property ${runCount} service ${index}`,
      ...rules,
      price: { amount: 0 },
      where: { mode: 'remote' },
      providerIds: index === 0 ? providerIds : [firstId],
    });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    services.push({ ...rules, id: created.body.id as string });
  }

  // The target day of the first provider, with a margin either side for the other's zone.
  const range = { from: day.minus({ hours: 12 }).toJSDate(), to: day.plus({ hours: 36 }).toJSDate() };
  for (const [stepIndex, step] of scenario.steps.entries()) {
    const service = services[step.service] as (typeof services)[number];
    // A start at this very instant is past by the time anyone books it (the booking path wants start > now).
    const slots = (await workingSlots(t.database.db, t.org.id, service.id, range, now)).filter(
      (slot) => slot.start > now.getTime(),
    );
    if (slots.length === 0) continue;
    // Up to 5 starts, evenly spread from a random offset (asking about every start would be slow).
    const stride = Math.max(1, Math.floor(slots.length / 5));
    const sample = slots.filter((_, i) => (i + step.probe) % stride === 0).slice(0, 5);
    const offered: { start: number; providerIds: string[] }[] = [];
    for (const slot of sample) {
      const got = await offeredProviders(
        t.database.db,
        t.org.id,
        { serviceId: service.id, start: new Date(slot.start) },
        now,
      );
      const appointment = { start: slot.start, end: slot.start + service.durationMinutes * MIN };
      const blocked = {
        from: appointment.start - service.bufferBeforeMinutes * MIN,
        to: appointment.end + service.bufferAfterMinutes * MIN,
      };
      const free: string[] = [];
      for (const id of slot.providerIds) {
        if (await constraintAccepts(service.id, id, appointment, blocked)) free.push(id);
      }
      const where = `step ${stepIndex}, ${iso(slot.start)} (${service.durationMinutes} min, buffers ${service.bufferBeforeMinutes}/${service.bufferAfterMinutes})`;
      const refusedByDatabase = got.filter((id) => !free.includes(id));
      assert.deepEqual(refusedByDatabase, [], `${where}: offered to providers whose time the database refuses`);
      const notOffered = free.filter((id) => !got.includes(id));
      assert.deepEqual(notOffered, [], `${where}: not offered although the providers' time is free`);
      if (got.length > 0) offered.push({ start: slot.start, providerIds: got });
    }
    if (offered.length === 0) continue;
    const chosen = offered[step.pick % offered.length] as (typeof offered)[number];
    const providerId = step.any ? undefined : chosen.providerIds[step.pick % chosen.providerIds.length];
    const request = { serviceId: service.id, start: iso(chosen.start), ...(providerId ? { providerId } : {}) };
    const answer = step.hold
      ? await t.client().post('/api/v1/holds', request)
      : await t.client().post('/api/v1/bookings', { ...request, guest: guest(`prop-${runCount}-${stepIndex}`) });
    assert.equal(
      answer.status,
      201,
      `step ${stepIndex}: ${step.hold ? 'hold' : 'booking'} of the offered ${JSON.stringify(request)}: ${JSON.stringify(answer.body)}`,
    );
    const taken = (answer.body as Json).providerId ?? (answer.body as Json).booking?.appointment?.provider?.id;
    assert.ok(chosen.providerIds.includes(taken), `given to ${taken}, offered ${chosen.providerIds}`);
    booked++;
  }
  assert.deepEqual(await overlappingPairs(providerIds), []);
}

describe('appointment property: offered exactly when free, and every offered start can be taken', () => {
  test(`random hours, overrides, time off, bookings and holds (seed ${seed}, ${numRuns} runs)`, async () => {
    console.log(`appointment property: APPOINTMENT_SEED=${seed} APPOINTMENT_RUNS=${numRuns}`);
    try {
      // No shrinking: each run writes to the database, and the failing run is printed whole.
      await fc.assert(fc.asyncProperty(scenarioArb, runScenario), {
        seed,
        numRuns,
        endOnFailure: true,
        includeErrorInReport: true,
      });
    } finally {
      t.clock.set(new Date());
    }
    assert.ok(booked > numRuns / 2, `the runs booked or held ${booked} times: the scenarios offer time`);
  });
});

// The property's findings, as plain examples that fail on their own.
describe('appointment examples: what the property found', () => {
  test('"any provider" passes over a provider whose time is held, to one who is free', async () => {
    const { serviceId, providerIds } = await setupPractice(admin, { providers: 2, name: 'Held any' });
    const start = localStart(3, '10:00');
    const hold = await t.client().post('/api/v1/holds', { serviceId, start });
    assert.equal(hold.status, 201, JSON.stringify(hold.body));
    const other = providerIds.find((id) => id !== hold.body.providerId);
    const booked = await t.client().post('/api/v1/bookings', { serviceId, start, guest: guest('held-any') });
    assert.equal(booked.status, 201, `one provider is free at ${start}: ${JSON.stringify(booked.body)}`);
    assert.equal(booked.body.booking.appointment.provider.id, other);
  });

  test('a start is offered only if its after-buffer clears the next appointment', async () => {
    const { serviceId, providerIds } = await setupPractice(admin, {
      name: 'After buffer',
      service: { durationMinutes: 60, slotIntervalMinutes: 60, bufferAfterMinutes: 15 },
    });
    const first = await t.client().post('/api/v1/bookings', {
      serviceId,
      start: localStart(3, '10:00'),
      guest: guest('ab1'),
    });
    assert.equal(first.status, 201);
    // 09:00–10:00 plus 15 minutes after runs into the 10:00 appointment: the database refuses it.
    const nine = new Date(localStart(3, '09:00'));
    const offered = await offeredProviders(t.database.db, t.org.id, { serviceId, start: nine }, t.clock.now());
    assert.deepEqual(offered, [], `09:00 is offered to ${offered} (${providerIds}), and booking it answers 409`);
  });

  test('a start right where the previous appointment’s after-buffer ends can be booked', async () => {
    const { serviceId } = await setupPractice(admin, {
      name: 'Buffer end',
      service: { durationMinutes: 60, slotIntervalMinutes: 15, bufferAfterMinutes: 15 },
    });
    const first = await t.client().post('/api/v1/bookings', {
      serviceId,
      start: localStart(3, '10:00'),
      guest: guest('be1'),
    });
    assert.equal(first.status, 201);
    // The first blocks 10:00–11:15; the next blocks 11:15–12:30: no overlap, as the database agrees.
    const next = await t.client().post('/api/v1/bookings', {
      serviceId,
      start: localStart(3, '11:15'),
      guest: guest('be2'),
    });
    assert.equal(next.status, 201, JSON.stringify(next.body));
  });

  test('a start whose before-buffer would reach into the previous appointment is refused, never given', async () => {
    const { serviceId, providerIds } = await setupPractice(admin, {
      name: 'Before buffer',
      service: { durationMinutes: 60, slotIntervalMinutes: 15, bufferBeforeMinutes: 15 },
    });
    const first = await t.client().post('/api/v1/bookings', {
      serviceId,
      start: localStart(3, '10:00'),
      guest: guest('bb1'),
    });
    assert.equal(first.status, 201);
    // The first blocks 09:45–11:00; 11:00 would block 10:45–12:00: not free, so not offered.
    const eleven = new Date(localStart(3, '11:00'));
    const offered = await offeredProviders(t.database.db, t.org.id, { serviceId, start: eleven }, t.clock.now());
    assert.deepEqual(offered, [], `11:00 is offered to ${offered} (${providerIds}), and booking it answers 409`);
    const quarterPast = await t.client().post('/api/v1/bookings', {
      serviceId,
      start: localStart(3, '11:15'),
      guest: guest('bb2'),
    });
    assert.equal(quarterPast.status, 201, JSON.stringify(quarterPast.body));
  });
});
