/**
 * A Stripe webhook is settled in its own request, and recorded with a job that does the same work
 * when that failed (issue 14): the job of an event already settled asks Stripe nothing more, and the
 * job of one whose settling failed still settles it.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
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

/** A card checkout paid at Stripe, its payment_intent.succeeded delivered; the manage token and intent id. */
async function paidCheckout(who: string) {
  const cls = await admin.post('/api/v1/classes', classInput({ price: { amount: 20_000 } }, t.clock.now()));
  assert.equal(cls.status, 201, JSON.stringify(cls.body));
  const started = await t.client().post('/api/v1/bookings', {
    classId: cls.body.id,
    paymentMethod: 'card',
    guest: { name: `Payer ${who}`, email: `${who}@stripe.test` },
  });
  assert.equal(started.status, 201, JSON.stringify(started.body));
  const intentId = (started.body.payment.clientSecret as string).split('_secret_')[0] as string;
  stripe.succeed(intentId);
  const event = stripe.lastEvent('payment_intent.succeeded', intentId);
  assert.ok(event, 'Stripe made the event');
  await card.postWebhook(event);
  return { manageToken: started.body.manageToken as string, intentId, eventId: event.id };
}

const status = async (manageToken: string) =>
  (await t.client().get(`/api/v1/manage/${manageToken}`)).body.status as string;
const intentReads = (intentId: string) =>
  stripe.requests.filter((r) => r.method === 'GET' && r.path === `/v1/payment_intents/${intentId}`).length;
const eventJob = async (eventId: string) =>
  queryRows<{ status: string; result: string | null }>(
    t.database.db,
    sql`SELECT status, result FROM jobs WHERE kind = 'stripe.event' AND payload->>'eventId' = ${eventId}`,
  );

test('an event settled by its webhook request: its job is done without asking Stripe again', async () => {
  const paid = await paidCheckout('settled-at-once');
  assert.equal(await status(paid.manageToken), 'confirmed');
  const reads = intentReads(paid.intentId);
  assert.equal(reads, 1, 'the webhook request read the intent once');
  await t.runJobs();
  assert.equal(intentReads(paid.intentId), reads, 'the job did not read it again');
  assert.deepEqual(await eventJob(paid.eventId), [{ status: 'done', result: 'already processed' }]);
});

test('an event whose settling failed in its request is settled by its job', async () => {
  // Every try of the webhook request's read fails (the SDK retries twice), the job's succeeds.
  stripe.failNext('GET /v1/payment_intents/*', 500, 3);
  const paid = await paidCheckout('settled-by-job');
  assert.equal(await status(paid.manageToken), 'pending');
  await t.runJobs();
  assert.equal(await status(paid.manageToken), 'confirmed');
  assert.deepEqual(
    (await eventJob(paid.eventId)).map((job) => job.status),
    ['done'],
  );
});
