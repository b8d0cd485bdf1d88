/**
 * A Stripe webhook is settled in its own request (issue 14). An intent in an end state is settled
 * from the signed event, with no call to Stripe and no job; any other event is recorded with a job
 * that does the same work when the request's try failed: the job of an event already settled asks
 * Stripe nothing more, and the job of one whose settling failed still settles it. On a PostgreSQL
 * server: settling a live hold does not wait for its class, and one released meanwhile is settled
 * again under the class lock.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { queryRows, transaction } from '../../src/platform/db.ts';
import { type Client, type TestApp, classInput } from '../support/app.ts';
import { type CardTestApp, startCardTestApp } from '../support/card-app.ts';
import { signal, waitForLockWaiter } from '../support/locks.ts';
import type { StripeServer } from '../support/stripe-server.ts';

let card: CardTestApp;
let t: TestApp;
let stripe: StripeServer;
let admin: Client;

before(async () => {
  card = await startCardTestApp();
  ({ t, stripe, admin } = card);
});
after(() => card?.close());

/** A card checkout: its manage token and intent id. */
async function cardCheckout(who: string, maxSpots = 10) {
  const cls = await admin.post('/api/v1/classes', classInput({ price: { amount: 20_000 }, maxSpots }, t.clock.now()));
  assert.equal(cls.status, 201, JSON.stringify(cls.body));
  const started = await t.client().post('/api/v1/bookings', {
    classId: cls.body.id,
    paymentMethod: 'card',
    guest: { name: `Payer ${who}`, email: `${who}@stripe.test` },
  });
  assert.equal(started.status, 201, JSON.stringify(started.body));
  return {
    manageToken: started.body.manageToken as string,
    intentId: (started.body.payment.clientSecret as string).split('_secret_')[0] as string,
  };
}

/** Delivers the intent's last event of this type, signed; the event's id. */
async function deliver(type: string, intentId: string): Promise<string> {
  const event = stripe.lastEvent(type, intentId);
  assert.ok(event, `a ${type} event for ${intentId}`);
  await card.postWebhook(event);
  return event.id;
}

const status = async (manageToken: string) =>
  (await t.client().get(`/api/v1/manage/${manageToken}`)).body.status as string;
/** Why the intent's last attempt failed, as its payment records it (null: not recorded). */
const failureOf = async (intentId: string) =>
  (
    await queryRows<{ failure_reason: string | null }>(
      t.database.db,
      sql`SELECT failure_reason FROM payments WHERE provider_ref = ${intentId}`,
    )
  )[0]?.failure_reason ?? null;
const intentReads = (intentId: string) =>
  stripe.requests.filter((r) => r.method === 'GET' && r.path === `/v1/payment_intents/${intentId}`).length;
const eventJob = async (eventId: string) =>
  queryRows<{ status: string; result: string | null }>(
    t.database.db,
    sql`SELECT status, result FROM jobs WHERE kind = 'stripe.event' AND payload->>'eventId' = ${eventId}`,
  );
const eventProcessed = async (eventId: string) =>
  (
    await queryRows<{ processed: boolean }>(
      t.database.db,
      sql`SELECT processed_at IS NOT NULL AS processed FROM stripe_events WHERE id = ${eventId}`,
    )
  ).map((row) => row.processed);

test('a succeeded intent is settled from its signed event: no call to Stripe, no job', async () => {
  const checkout = await cardCheckout('settled-from-event');
  stripe.succeed(checkout.intentId);
  const eventId = await deliver('payment_intent.succeeded', checkout.intentId);
  assert.equal(await status(checkout.manageToken), 'confirmed');
  assert.equal(intentReads(checkout.intentId), 0, 'the intent was not read from Stripe');
  assert.deepEqual(await eventJob(eventId), [], 'no job');
  assert.deepEqual(await eventProcessed(eventId), [true], 'the event is recorded as processed');
  // Delivered again, it is a duplicate and changes nothing.
  await deliver('payment_intent.succeeded', checkout.intentId);
  assert.deepEqual(await eventJob(eventId), [], 'still no job');
});

test('a failed attempt is re-read from Stripe in its request; its job then asks Stripe nothing more', async () => {
  const checkout = await cardCheckout('failed-at-once');
  stripe.fail(checkout.intentId);
  const eventId = await deliver('payment_intent.payment_failed', checkout.intentId);
  assert.notEqual(await failureOf(checkout.intentId), null, 'the failed attempt is recorded');
  assert.equal(await status(checkout.manageToken), 'pending', 'the spot is kept for another try');
  const reads = intentReads(checkout.intentId);
  assert.equal(reads, 1, 'the webhook request read the intent once');
  await t.runJobs();
  assert.equal(intentReads(checkout.intentId), reads, 'the job did not read it again');
  assert.deepEqual(await eventJob(eventId), [{ status: 'done', result: 'already processed' }]);
});

test('an event whose settling failed in its request is settled by its job', async () => {
  const checkout = await cardCheckout('failed-by-job');
  stripe.fail(checkout.intentId);
  // Every try of the webhook request's read fails (the SDK retries twice), the job's succeeds.
  stripe.failNext('GET /v1/payment_intents/*', 500, 3);
  const eventId = await deliver('payment_intent.payment_failed', checkout.intentId);
  assert.equal(await failureOf(checkout.intentId), null);
  assert.deepEqual(await eventProcessed(eventId), [false]);
  await t.runJobs();
  assert.notEqual(await failureOf(checkout.intentId), null);
  assert.deepEqual(
    (await eventJob(eventId)).map((job) => job.status),
    ['done'],
  );
  assert.deepEqual(await eventProcessed(eventId), [true]);
});

test("a signed event that is not shaped like Stripe's is refused with 400 malformed_event and records nothing", async () => {
  const checkout = await cardCheckout('malformed');
  stripe.succeed(checkout.intentId);
  const real = stripe.lastEvent('payment_intent.succeeded', checkout.intentId);
  assert.ok(real);
  const malformed: [string, string][] = [
    ['not JSON', `{"id": "${real.id}", "type": `],
    ['no type', JSON.stringify({ ...real, type: undefined })],
    ['no object', JSON.stringify({ ...real, data: {} })],
    ['a number for the id', JSON.stringify({ ...real, id: 42 })],
    [
      'metadata that is not strings',
      JSON.stringify({
        ...real,
        data: { object: { ...real.data.object, metadata: { payment_id: [checkout.intentId] } } },
      }),
    ],
    [
      'a refund list that is not a list',
      JSON.stringify({ ...real, data: { object: { ...real.data.object, refunds: { data: 'all' } } } }),
    ],
  ];
  for (const [what, body] of malformed) {
    const { payload, headers } = stripe.signedPayload(body);
    const answer = await t.app.inject({ method: 'POST', url: '/api/v1/stripe/webhook', headers, payload });
    assert.equal(answer.statusCode, 400, `${what}: ${answer.body}`);
    assert.equal(answer.json().error.code, 'malformed_event', what);
  }
  assert.deepEqual(await eventProcessed(real.id), [], 'no event recorded');
  assert.equal(await status(checkout.manageToken), 'pending');
  // The real event, signed as Stripe signs it, still settles the booking.
  await card.postWebhook(real);
  assert.equal(await status(checkout.manageToken), 'confirmed');
});

describe('settlement locks (PostgreSQL server)', () => {
  test('a payment for a live hold is settled while another transaction holds its class', async (context) => {
    if (t.database.kind !== 'postgres') return context.skip('the embedded database runs one transaction at a time');
    const checkout = await cardCheckout('class-held');
    stripe.succeed(checkout.intentId);
    const classHeld = signal();
    const release = signal();
    // A booking or cancellation of the class holds its row, as a rush of new bookings does.
    const holder = transaction(t.database.db, async (tx) => {
      await queryRows(
        tx,
        sql`SELECT c.id FROM classes c JOIN bookings b ON b.class_id = c.id
            WHERE b.id = (SELECT booking_id FROM payments WHERE provider_ref = ${checkout.intentId}) FOR UPDATE OF c`,
      );
      classHeld.resolve();
      await release.promise;
    });
    await classHeld.promise;
    try {
      await deliver('payment_intent.succeeded', checkout.intentId);
      assert.equal(await status(checkout.manageToken), 'confirmed', 'settled without waiting for the class');
    } finally {
      release.resolve();
      await holder;
    }
  });

  test('a hold released while its payment is being settled: the settlement runs again under the class lock and books it again', async (context) => {
    if (t.database.kind !== 'postgres') return context.skip('the embedded database runs one transaction at a time');
    // One spot, this booking's: read before the release committed, the class would look full.
    const checkout = await cardCheckout('released-meanwhile', 1);
    stripe.succeed(checkout.intentId);
    const [row] = await queryRows<{ bookingId: string; paymentId: string; classId: string }>(
      t.database.db,
      sql`SELECT p.booking_id AS "bookingId", p.id AS "paymentId", b.class_id AS "classId"
          FROM payments p JOIN bookings b ON b.id = p.booking_id WHERE p.provider_ref = ${checkout.intentId}`,
    );
    assert.ok(row, 'the checkout has a payment');
    const released = signal();
    const commit = signal();
    // The hold's end, as its job does it: class, booking, payment locked in order, then released.
    const expiry = transaction(t.database.db, async (tx) => {
      await queryRows(tx, sql`SELECT id FROM classes WHERE id = ${row.classId} FOR UPDATE`);
      await queryRows(
        tx,
        sql`UPDATE bookings SET status = 'cancelled', cancelled_at = now(), cancelled_by = 'system',
            cancel_reason = 'hold_expired', hold_expires_at = NULL WHERE id = ${row.bookingId} RETURNING id`,
      );
      await queryRows(
        tx,
        sql`UPDATE payments SET status = 'cancelled', failure_reason = 'hold_expired' WHERE id = ${row.paymentId} RETURNING id`,
      );
      released.resolve();
      await commit.promise;
    });
    await released.promise;
    // The webhook's first look sees the booking pending (the release is not committed) and skips the class.
    const webhook = deliver('payment_intent.succeeded', checkout.intentId);
    await waitForLockWaiter(t.database.db);
    commit.resolve();
    await expiry;
    await webhook;
    assert.equal(await status(checkout.manageToken), 'confirmed', 'booked again: the class had room');
    const audit = await queryRows<{ action: string }>(
      t.database.db,
      sql`SELECT action FROM audit_log WHERE entity_id = ${row.bookingId} AND action LIKE 'booking.%' ORDER BY occurred_at`,
    );
    assert.deepEqual(
      audit.map((a) => a.action),
      ['booking.created', 'booking.rebooked'],
    );
    const report = await admin.get('/api/v1/integrity');
    assert.equal(report.body.clean, true, JSON.stringify(report.body));
  });
});
