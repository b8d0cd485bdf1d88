/**
 * Payments as Stripe really behaves: 3-D Secure and processing intents whose hold runs out, 500s that
 * Stripe keeps under their idempotency key, and keys that Stripe forgets after 24 hours. The app's
 * SDK client has production's retry settings (see test/support/app.ts).
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../src/platform/db.ts';
import { type Client, type TestApp, classInput } from '../support/app.ts';
import { type CardTestApp, startCardTestApp } from '../support/card-app.ts';
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

async function newClass(overrides: Record<string, unknown> = {}) {
  const response = await admin.post(
    '/api/v1/classes',
    classInput({ price: { amount: 20_000 }, ...overrides }, t.clock.now()),
  );
  assert.equal(response.status, 201, JSON.stringify(response.body));
  return response.body as { id: string };
}

const checkout = (classId: string, who: string, paymentMethod = 'card') =>
  t.client().post('/api/v1/bookings', {
    classId,
    paymentMethod,
    guest: { name: `Payer ${who}`, email: `${who}@stripe.test` },
  });

const intentIdOf = (body: { payment: { clientSecret: string } }) => body.payment.clientSecret.split('_secret_')[0]!;

const webhook = (type: string, intentId: string) => card.postWebhook(stripe.lastEvent(type, intentId));

const bookingStatus = async (manageToken: string) =>
  (await t.client().get(`/api/v1/manage/${manageToken}`)).body.status as string;

/** Past the card hold (10 minutes), then the jobs that are due: hold expiry, intent cancel. */
async function holdRunsOut() {
  t.clock.advance(11 * 60_000);
  await t.runJobs();
}

async function assertIntegrityClean() {
  await t.runJobs();
  const report = await admin.get('/api/v1/integrity');
  assert.equal(report.body.clean, true, JSON.stringify(report.body));
}

describe('a card payment that succeeds', () => {
  test('confirms its booking, calls off its hold, and says so in the audit log, all at once', async () => {
    const cls = await newClass();
    const started = await checkout(cls.id, 'settled-at-once');
    assert.equal(started.status, 201, JSON.stringify(started.body));
    const { id: paymentId } = started.body.payment as { id: string };
    const bookingId = started.body.booking.id as string;
    const holdJobs = () =>
      queryRows<{ status: string }>(
        t.database.db,
        sql`SELECT status FROM jobs WHERE kind = 'payment.expire_hold' AND dedupe_key = ${`hold:${bookingId}`}`,
      );
    assert.deepEqual(await holdJobs(), [{ status: 'pending' }], 'the hold runs out unless paid');

    const intentId = intentIdOf(started.body);
    stripe.succeed(intentId);
    await webhook('payment_intent.succeeded', intentId);
    assert.equal(await bookingStatus(started.body.manageToken), 'confirmed');
    assert.deepEqual(await holdJobs(), [{ status: 'cancelled' }], 'the hold job is called off with the payment');
    const [payment] = await queryRows<{ status: string; succeeded: boolean }>(
      t.database.db,
      sql`SELECT status, succeeded_at IS NOT NULL AS succeeded FROM payments WHERE id = ${paymentId}`,
    );
    assert.deepEqual(payment, { status: 'succeeded', succeeded: true });
    const audit = await queryRows<{ action: string }>(
      t.database.db,
      sql`SELECT action FROM audit_log WHERE entity_id IN (${paymentId}, ${bookingId}) ORDER BY id`,
    );
    assert.deepEqual(
      audit.map((a) => a.action).sort(),
      ['booking.confirmed', 'booking.created', 'payment.succeeded'],
      'each change audited once',
    );

    // The hold's time passes: nothing is undone.
    await holdRunsOut();
    assert.equal(await bookingStatus(started.body.manageToken), 'confirmed');
    await assertIntegrityClean();
  });
});

describe('a link to the PaymentIntent that never reached the database', () => {
  test("the intent's own metadata names the payment: the webhook books it, links it, and the poll finds it", async () => {
    const cls = await newClass();
    const started = await checkout(cls.id, 'lost-link');
    assert.equal(started.status, 201, JSON.stringify(started.body));
    const intentId = intentIdOf(started.body);
    const paymentId = started.body.payment.id as string;
    // As if the database went away right after Stripe made the intent: our row never learnt of it.
    await t.database.db.execute(
      sql`UPDATE payments SET provider_ref = NULL, client_secret = NULL WHERE id = ${paymentId}`,
    );
    const poll = () => t.client().get(`/api/v1/payments/by-intent/${intentId}`);
    assert.equal((await poll()).status, 404, 'nothing of ours pays with this intent yet');

    stripe.succeed(intentId);
    await webhook('payment_intent.succeeded', intentId);
    assert.equal(await bookingStatus(started.body.manageToken), 'confirmed');
    const [row] = await queryRows<{ provider_ref: string | null; status: string }>(
      t.database.db,
      sql`SELECT provider_ref, status FROM payments WHERE id = ${paymentId}`,
    );
    assert.deepEqual(row, { provider_ref: intentId, status: 'succeeded' }, 'linked as it was settled');
    const polled = await poll();
    assert.equal(polled.status, 200, JSON.stringify(polled.body));
    assert.equal(polled.body.found, true, 'the browser hears of it');
    assert.equal(polled.body.booking.id, started.body.booking.id);
    await assertIntegrityClean();
  });
});

describe('3-D Secure and processing: a hold that runs out while the customer is at the bank', () => {
  test('an intent in requires_action is not cancelled when the hold ends; passing the challenge later books the spot if there is room', async () => {
    const cls = await newClass({ maxSpots: 2 });
    const started = await checkout(cls.id, 'challenge-room');
    assert.equal(started.status, 201, JSON.stringify(started.body));
    const intentId = intentIdOf(started.body);
    stripe.requireAction(intentId);
    await webhook('payment_intent.requires_action', intentId);
    assert.equal(await bookingStatus(started.body.manageToken), 'pending', 'still held during the challenge');

    await holdRunsOut();
    assert.equal(await bookingStatus(started.body.manageToken), 'cancelled', 'the spots went back');
    assert.equal(stripe.paymentIntent(intentId).status, 'requires_action', 'Stripe may still take the money');
    assert.equal(stripe.requests.filter((r) => r.path === `/v1/payment_intents/${intentId}/cancel`).length, 0);

    stripe.process(intentId);
    await webhook('payment_intent.processing', intentId);
    stripe.succeed(intentId);
    await webhook('payment_intent.succeeded', intentId);
    assert.equal(await bookingStatus(started.body.manageToken), 'confirmed');
    assert.equal(stripe.refunds({ paymentIntent: intentId }).length, 0);
    await assertIntegrityClean();
  });

  test('a processing payment is not cancelled when the hold ends; if its spot is gone when it succeeds, it is refunded', async () => {
    const cls = await newClass({ maxSpots: 1 });
    const started = await checkout(cls.id, 'processing-full');
    const intentId = intentIdOf(started.body);
    stripe.requireAction(intentId);
    stripe.process(intentId);
    await webhook('payment_intent.processing', intentId);

    await holdRunsOut();
    assert.equal(stripe.paymentIntent(intentId).status, 'processing');
    const cancelJobs = await queryRows<{ status: string }>(
      t.database.db,
      sql`SELECT status FROM jobs WHERE kind = 'payment.cancel_intent' AND payload->>'paymentId' = ${started.body.payment.id}`,
    );
    assert.deepEqual(cancelJobs, [{ status: 'done' }], 'the job knew not to cancel, rather than failing at it');
    const other = await checkout(cls.id, 'took-the-spot', 'venue');
    assert.equal(other.status, 201, JSON.stringify(other.body));

    stripe.succeed(intentId);
    await webhook('payment_intent.succeeded', intentId);
    await t.runJobs();
    assert.equal(await bookingStatus(started.body.manageToken), 'cancelled');
    const refunds = stripe.refunds({ paymentIntent: intentId });
    assert.deepEqual(
      refunds.map((r) => [r.amount, r.status]),
      [[20_000, 'succeeded']],
      'the late money goes back, once',
    );
    const queue = await admin.get('/api/v1/unbookable-payments');
    const problem = queue.body.payments.find((p: { paymentId: string }) => p.paymentId === started.body.payment.id);
    assert.deepEqual([problem?.reason, problem?.status], ['class_full', 'refunded']);
    await assertIntegrityClean();
  });

  test("a failed challenge keeps the spot for another try; the hold's end fails the payment with the bank's reason", async () => {
    const cls = await newClass({ maxSpots: 1 });
    const started = await checkout(cls.id, 'challenge-failed');
    const intentId = intentIdOf(started.body);
    stripe.requireAction(intentId);
    stripe.fail(intentId);
    await webhook('payment_intent.payment_failed', intentId);
    assert.equal(await bookingStatus(started.body.manageToken), 'pending', 'Stripe lets the customer try again');
    assert.equal((await t.client().get(`/api/v1/classes/${cls.id}`)).body.spotsLeft, 0);
    await holdRunsOut();
    assert.equal(await bookingStatus(started.body.manageToken), 'cancelled');
    const [payment] = await queryRows<{ status: string; failure_reason: string }>(
      t.database.db,
      sql`SELECT status, failure_reason FROM payments WHERE id = ${started.body.payment.id}`,
    );
    assert.deepEqual(payment, { status: 'failed', failure_reason: 'payment_intent_authentication_failure' });
    assert.equal((await t.client().get(`/api/v1/classes/${cls.id}`)).body.spotsLeft, 1);
  });
});

/** A confirmed card booking, paid. */
async function paidCheckout(who: string) {
  const cls = await newClass();
  const started = await checkout(cls.id, who);
  const intentId = intentIdOf(started.body);
  stripe.succeed(intentId);
  await webhook('payment_intent.succeeded', intentId);
  return { intentId, paymentId: started.body.payment.id as string };
}

const refundKeys = (intentId: string) =>
  stripe.requests
    .filter((r) => r.method === 'POST' && r.path === '/v1/refunds' && r.params.payment_intent === intentId)
    .map((r) => r.idempotencyKey);

describe('Stripe keeps a 500 under its idempotency key', () => {
  for (const fault of [500, 'executed-500'] as const) {
    test(`a refund answered ${fault}: found or made again under a new key, once, and settled at once`, async () => {
      const { intentId, paymentId } = await paidCheckout(`refund-${fault}`);
      stripe.failNext('POST /v1/refunds', fault);
      const refund = await admin.post(`/api/v1/payments/${paymentId}/refunds`, { reason: 'stored 500' });
      assert.equal(refund.status, 201, JSON.stringify(refund.body));
      assert.equal(refund.body.status, 'succeeded', 'not left to fail ten times under the same key');
      const atStripe = stripe.refunds({ paymentIntent: intentId });
      assert.equal(atStripe.length, 1, 'one refund at Stripe');
      const keys = refundKeys(intentId);
      assert.equal(new Set(keys).size, fault === 500 ? 2 : 1, `keys used: ${JSON.stringify(keys)}`);
      await t.runJobs();
      assert.equal(stripe.refunds({ paymentIntent: intentId }).length, 1);
      await assertIntegrityClean();
    });

    test(`a checkout whose PaymentIntent is answered ${fault}: one intent, and the customer can pay`, async () => {
      const cls = await newClass();
      stripe.failNext('POST /v1/payment_intents', fault);
      const started = await checkout(cls.id, `intent-${fault}`);
      assert.equal(started.status, 201, JSON.stringify(started.body));
      const mine = stripe.paymentIntents().filter((i) => i.metadata.payment_id === started.body.payment.id);
      assert.deepEqual(
        mine.map((i) => i.id),
        [intentIdOf(started.body)],
        'one intent, the one whose secret the customer got',
      );
      stripe.succeed(mine[0]!.id);
      await webhook('payment_intent.succeeded', mine[0]!.id);
      assert.equal(await bookingStatus(started.body.manageToken), 'confirmed');
    });
  }
});

describe('idempotency keys expire after 24 hours', () => {
  test('a refund job that retries after Stripe forgot its key finds the refund instead of making a second one', async () => {
    const { intentId, paymentId } = await paidCheckout('expired-key');
    // The refund is made, but no answer arrives, for the SDK's try and its two retries.
    stripe.failNext('POST /v1/refunds', 'lost-response', 3);
    const refund = await admin.post(`/api/v1/payments/${paymentId}/refunds`, { amount: 5_000, reason: 'partial' });
    assert.equal(refund.status, 201, JSON.stringify(refund.body));
    assert.equal(refund.body.status, 'pending', 'no answer yet: the job will retry');
    assert.equal(stripe.refunds({ paymentIntent: intentId }).length, 1);

    stripe.expireIdempotencyKeys();
    t.clock.advance(25 * 3600_000);
    await t.runJobs();
    const atStripe = stripe.refunds({ paymentIntent: intentId });
    assert.deepEqual(
      atStripe.map((r) => r.amount),
      [5_000],
      'one refund at Stripe',
    );
    const [ours] = await queryRows<{ status: string; provider_ref: string }>(
      t.database.db,
      sql`SELECT status, provider_ref FROM refunds WHERE payment_id = ${paymentId}`,
    );
    assert.deepEqual(ours, { status: 'succeeded', provider_ref: atStripe[0]!.id });
  });
});
