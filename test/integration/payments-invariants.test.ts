/**
 * Payments under stress: the guarantees of issue 3 that no example-based test can show.
 *
 * - one event delivered 50 times at once over real HTTP, racing the customer's confirm call;
 * - a fast-check property over random interleavings of checkouts, Stripe outcomes, duplicate and
 *   out-of-order webhooks, confirms, hold expiries, cancellations, refunds and Swish payments,
 *   checked against the local Stripe server's own records;
 * - bad input that payments.test.ts does not already cover.
 *
 * Environment: INVARIANT_RUNS (number of runs), INVARIANT_SEED (replay a seed; each run prints the one it used), INVARIANT_REPLAY (run one
 * counterexample as fast-check prints it), INVARIANT_LOG (print what every run did), INVARIANT_TIME_LIMIT_S
 * (give up after this many seconds, shrinking included; default 120).
 */
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import fc from 'fast-check';
import type Stripe from 'stripe';
import { queryRows } from '../../src/platform/db.ts';
import { type Client, type Response, type TestApp, classInput, startTestApp } from '../support/app.ts';
import { testDbKind } from '../support/database.ts';
import { createStripeClient } from '../support/stripe-client.ts';
import { type StripeServer, startStripeServer } from '../support/stripe-server.ts';
import type { Json } from '../support/json.ts';

let t: TestApp;
let stripe: StripeServer;
let admin: Client;
let base: string;

const PRICE = 20_000;
const PAYMENT_METHODS = ['card', 'swish', 'bank_transfer', 'venue'];

before(async () => {
  stripe = await startStripeServer();
  t = await startTestApp({ stripe });
  admin = await t.admin();
  await configureOrg(admin);
  // Real HTTP on loopback for the rush, so that the requests truly overlap.
  await t.app.listen({ host: '127.0.0.1', port: 0 });
  const address = t.app.server.address();
  assert.ok(address && typeof address === 'object');
  base = `http://127.0.0.1:${address.port}`;
});
after(async () => {
  await t.close();
  await stripe.close();
});

async function configureOrg(orgAdmin: Client, extra: Record<string, unknown> = {}) {
  const settings = await orgAdmin.patch('/api/v1/organisation', {
    paymentMethods: PAYMENT_METHODS,
    swishNumber: '123 456 78 90',
    bankAccount: 'SE45 5000 0000 0583 9825 7466',
    ...extra,
  });
  assert.equal(settings.status, 200, JSON.stringify(settings.body));
}

async function newClass(orgAdmin: Client, overrides: Record<string, unknown> = {}) {
  const response = await orgAdmin.post(
    '/api/v1/classes',
    classInput({ price: { amount: PRICE }, ...overrides }, t.clock.now()),
  );
  assert.equal(response.status, 201, JSON.stringify(response.body));
  return response.body as { id: string };
}

const checkout = (client: Client, classId: string, who: string, paymentMethod: string) =>
  client.post('/api/v1/bookings', {
    classId,
    paymentMethod,
    guest: { name: `Payer ${who}`, email: `payer-${who}@example.test` },
  });

const intentIdOf = (body: { payment: { clientSecret: string } }) => body.payment.clientSecret.split('_secret_')[0]!;

const db = () => t.database.db;

async function count(query: ReturnType<typeof sql>): Promise<number> {
  const [row] = await queryRows<{ n: number }>(db(), query);
  return Number(row?.n ?? 0);
}

/** Signed by the SDK's helper and sent through the app like Stripe would. */
async function deliverEvent(event: Stripe.Event) {
  const { payload, headers } = stripe.signedPayload(event);
  return t.app.inject({ method: 'POST', url: '/api/v1/stripe/webhook', headers, payload });
}

/** Runs due jobs until none is due, waiting out the short retry back-off of failed ones. */
async function quiesce() {
  for (let round = 0; round < 50; round++) {
    await t.runJobs();
    const soon = new Date(t.clock.now().getTime() + 5_000);
    const waiting = await count(
      sql`SELECT count(*) AS n FROM jobs WHERE status IN ('pending', 'running') AND run_at <= ${soon}`,
    );
    if (waiting === 0) return;
    t.clock.advance(1_000);
  }
  throw new Error('jobs did not come to rest');
}

async function integrity(orgAdmin: Client) {
  await quiesce();
  const report = await orgAdmin.get('/api/v1/integrity');
  assert.equal(report.status, 200, JSON.stringify(report.body));
  return report.body as { clean: boolean } & Record<string, unknown>;
}

async function assertIntegrityClean(orgAdmin: Client = admin) {
  const report = await integrity(orgAdmin);
  assert.equal(report.clean, true, JSON.stringify(report));
}

// -------------------------------------------------------------------------------------------------
// a. One event, 50 deliveries at once, and the customer's browser confirming at the same moment
// -------------------------------------------------------------------------------------------------

describe('one payment, many messengers', () => {
  test('50 concurrent deliveries of one payment_intent.succeeded event plus a concurrent confirm call give one booking and one audit entry', async () => {
    const cls = await newClass(admin, { maxSpots: 3 });
    const started = await checkout(t.client(), cls.id, 'rush', 'card');
    assert.equal(started.status, 201, JSON.stringify(started.body));
    const intentId = intentIdOf(started.body);
    const paymentId: string = started.body.payment.id;
    const bookingId: string = started.body.booking.id;

    stripe.succeed(intentId);
    const event = stripe.lastEvent('payment_intent.succeeded', intentId);
    assert.ok(event);
    // One signature, the exact same bytes 50 times: what Stripe's retries after a timeout look like.
    const signed = stripe.signedPayload(event);
    const post = async (path: string, headers: Record<string, string>, body: string) => {
      const response = await fetch(`${base}${path}`, { method: 'POST', headers, body });
      return { status: response.status, body: (await response.json()) as Json };
    };
    const webhooks = Array.from(
      { length: 50 },
      () => () => post('/api/v1/stripe/webhook', signed.headers, signed.payload),
    );
    const confirm = () =>
      post(
        '/api/v1/payments/confirm',
        { 'content-type': 'application/json' },
        JSON.stringify({ paymentIntentId: intentId }),
      );
    // The confirm call goes out in the middle of the burst.
    const calls = [...webhooks.slice(0, 25), confirm, ...webhooks.slice(25)];
    const results = await Promise.all(calls.map((call) => call()));

    const confirmResult = results[25]!;
    const hookResults = results.filter((_, i) => i !== 25);
    for (const r of results)
      assert.ok(r.status >= 200 && r.status < 300, `every request answers 2xx: ${r.status} ${JSON.stringify(r.body)}`);
    assert.equal(hookResults.filter((r) => r.body.duplicate === false).length, 1, 'the event is taken once');
    assert.equal(hookResults.filter((r) => r.body.duplicate === true).length, 49);
    assert.ok(
      ['booked', 'already'].includes(confirmResult.body.settlement.outcome),
      JSON.stringify(confirmResult.body),
    );
    assert.equal(confirmResult.body.settlement.bookingId, bookingId);
    assert.equal(confirmResult.body.booking.status, 'confirmed');

    const bookings = await queryRows<{ id: string; status: string }>(
      db(),
      sql`SELECT id, status FROM bookings WHERE class_id = ${cls.id}`,
    );
    assert.deepEqual(bookings, [{ id: bookingId, status: 'confirmed' }], 'one booking, confirmed');
    assert.equal(
      await count(
        sql`SELECT count(*) AS n FROM audit_log WHERE action = 'payment.succeeded' AND entity_id = ${paymentId}`,
      ),
      1,
    );
    assert.equal(
      await count(
        sql`SELECT count(*) AS n FROM audit_log WHERE action = 'booking.confirmed' AND entity_id = ${bookingId}`,
      ),
      1,
    );
    assert.equal(
      await count(
        sql`SELECT count(*) AS n FROM audit_log WHERE action = 'booking.rebooked' AND entity_id = ${bookingId}`,
      ),
      0,
    );
    assert.equal(
      await count(
        sql`SELECT count(*) AS n FROM jobs WHERE kind = 'mail.booking_confirmed' AND payload->>'bookingId' = ${bookingId}`,
      ),
      1,
      'one confirmation mail',
    );
    assert.equal(
      await count(sql`SELECT count(*) AS n FROM stripe_events WHERE id = ${event.id} AND processed_at IS NOT NULL`),
      1,
      'the event is recorded once, processed',
    );
    assert.equal(
      await count(
        sql`SELECT count(*) AS n FROM jobs WHERE kind = 'stripe.event' AND payload->>'eventId' = ${event.id}`,
      ),
      0,
      'settled from the signed event in its request: no job',
    );
    const info = await admin.get(`/api/v1/payments/${paymentId}`);
    assert.equal(info.body.status, 'succeeded');
    assert.equal(info.body.refunded, 0);
    assert.equal(stripe.refunds({ paymentIntent: intentId }).length, 0, 'nothing refunded');
    await assertIntegrityClean();
    // Once the jobs ran, still one mail sent for it.
    assert.equal(
      await count(
        sql`SELECT count(*) AS n FROM jobs WHERE kind = 'mail.booking_confirmed' AND payload->>'bookingId' = ${bookingId} AND status = 'done'`,
      ),
      1,
    );
  });
});

// -------------------------------------------------------------------------------------------------
// b. The invariant property
// -------------------------------------------------------------------------------------------------

type Method = 'card' | 'swish' | 'venue';
type After = 'webhook' | 'confirm' | 'both' | 'nothing';
type Policy = 'refund' | 'queue';

type Step =
  | { kind: 'checkout'; customer: number; method: Method }
  | { kind: 'succeed'; pick: number; next: After }
  | { kind: 'fail'; pick: number; next: 'webhook' | 'nothing' }
  | { kind: 'stripeCancel'; pick: number; next: 'webhook' | 'nothing' }
  | { kind: 'challenge'; pick: number; processing: boolean; next: 'webhook' | 'nothing' }
  | { kind: 'redeliver'; pick: number }
  | { kind: 'confirm'; pick: number }
  | { kind: 'customerCancel'; pick: number }
  | { kind: 'refund'; pick: number; part: 'all' | 'some' }
  | { kind: 'markPaid'; pick: number }
  | { kind: 'workQueue'; pick: number; how: 'book' | 'refund' }
  | { kind: 'settleRefunds'; deliver: boolean }
  | { kind: 'refundsPending'; on: boolean };

type Action =
  | Step
  | { kind: 'expire'; hold: 'card' | 'manual' }
  | { kind: 'runJobs' }
  | { kind: 'cancelClass' }
  | { kind: 'together'; steps: Step[] };

const pick = fc.nat({ max: 1_000 });
const checkoutArb = fc.record({
  kind: fc.constant('checkout' as const),
  customer: fc.nat({ max: 3 }),
  method: fc.constantFrom<Method>('card', 'card', 'swish', 'venue'),
});
const stepArb: fc.Arbitrary<Step> = fc.oneof(
  { weight: 5, arbitrary: checkoutArb },
  {
    weight: 5,
    arbitrary: fc.record({
      kind: fc.constant('succeed' as const),
      pick,
      next: fc.constantFrom<After>('webhook', 'confirm', 'both', 'nothing'),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('fail' as const),
      pick,
      next: fc.constantFrom('webhook' as const, 'nothing' as const),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('stripeCancel' as const),
      pick,
      next: fc.constantFrom('webhook' as const, 'nothing' as const),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('challenge' as const),
      pick,
      processing: fc.boolean(),
      next: fc.constantFrom('webhook' as const, 'nothing' as const),
    }),
  },
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('redeliver' as const), pick }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('confirm' as const), pick }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('customerCancel' as const), pick }) },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('refund' as const),
      pick,
      part: fc.constantFrom('all' as const, 'some' as const),
    }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('markPaid' as const), pick }) },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('workQueue' as const),
      pick,
      how: fc.constantFrom('book' as const, 'refund' as const),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('settleRefunds' as const), deliver: fc.boolean() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('refundsPending' as const), on: fc.boolean() }) },
);
const actionArb: fc.Arbitrary<Action> = fc.oneof(
  { weight: 12, arbitrary: stepArb },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('expire' as const),
      hold: fc.constantFrom('card' as const, 'card' as const, 'manual' as const),
    }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('runJobs' as const) }) },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('together' as const),
      steps: fc.array(stepArb, { minLength: 2, maxLength: 4 }),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('cancelClass' as const) }) },
);

interface Checkout {
  label: string;
  method: Method;
  bookingId: string;
  manageToken: string;
  paymentId: string | null;
  intentId: string | null;
}

/** Everything one property run created: its own organisation, so that runs cannot disturb each other. */
interface Run {
  slug: string;
  orgId: string;
  admin: Client;
  classId: string;
  maxSpots: number;
  policy: Policy;
  checkouts: Checkout[];
  intents: Set<string>;
  /** What happened, for the failure message. */
  log: string[];
}

const UNPAID: Stripe.PaymentIntent.Status[] = [
  'requires_payment_method',
  'requires_confirmation',
  'requires_action',
  'processing',
];

function intentOfEvent(event: Stripe.Event): string | null {
  const object = event.data.object as { object?: string; id?: string; payment_intent?: string | { id: string } | null };
  if (object.object === 'payment_intent') return object.id ?? null;
  return typeof object.payment_intent === 'string' ? object.payment_intent : (object.payment_intent?.id ?? null);
}

const runEvents = (run: Run) => stripe.events().filter((event) => run.intents.has(intentOfEvent(event) ?? ''));
const choose = <T>(items: T[], n: number): T | undefined => (items.length === 0 ? undefined : items[n % items.length]);

function expectStatus(run: Run, what: string, response: Pick<Response, 'status' | 'body'>, allowed: number[]) {
  const outcome = response.body?.settlement ?? response.body;
  const code = response.body?.error?.code
    ? ` ${response.body.error.code}`
    : typeof outcome?.outcome === 'string'
      ? ` ${outcome.outcome}${outcome.reason ? ` (${outcome.reason})` : ''}`
      : '';
  run.log.push(`  ${what} -> ${response.status}${code}`);
  assert.ok(allowed.includes(response.status), `${what} answered ${response.status}: ${JSON.stringify(response.body)}`);
}

async function webhookFor(run: Run, type: string, intentId: string) {
  const event = stripe.lastEvent(type, intentId);
  assert.ok(event, `Stripe made a ${type} event for ${intentId}`);
  const response = await deliverEvent(event);
  expectStatus(run, `webhook ${type} ${intentId}`, { status: response.statusCode, body: response.json() }, [200]);
}

async function confirmCall(run: Run, intentId: string) {
  const response = await t.client(run.slug).post('/api/v1/payments/confirm', { paymentIntentId: intentId });
  expectStatus(run, `confirm ${intentId}`, response, [200, 409]);
  if (response.status === 409) assert.equal(response.body.error.code, 'payment_not_succeeded');
}

const unpaidIntents = (run: Run) =>
  run.checkouts.filter((c) => c.intentId && UNPAID.includes(stripe.paymentIntent(c.intentId).status));

/** The admin queue of payments that could not become bookings. */
async function openProblems(run: Run): Promise<{ id: string; paymentId: string; reason: string }[]> {
  const queue = await run.admin.get('/api/v1/unbookable-payments?status=open');
  assert.equal(queue.status, 200, JSON.stringify(queue.body));
  return queue.body.payments;
}

async function adminRefund(run: Run, what: string, paymentId: string, part: 'all' | 'some') {
  const body = part === 'all' ? { reason: 'invariant test' } : { amount: PRICE / 4, reason: 'invariant test, partial' };
  const response = await run.admin.post(`/api/v1/payments/${paymentId}/refunds`, body);
  expectStatus(run, `admin refunds ${part} of ${what}`, response, [201, 409]);
  if (response.status === 409)
    assert.ok(['payment_not_succeeded', 'refund_exceeds_payment'].includes(response.body.error.code));
}

async function bookAnyway(run: Run, problem: { id: string; reason: string }) {
  const response = await run.admin.post(`/api/v1/unbookable-payments/${problem.id}/book`, {});
  expectStatus(run, `admin books queued ${problem.reason} payment anyway`, response, [200, 409]);
  if (response.status === 409) {
    assert.ok(
      ['capacity_full', 'already_booked', 'class_cancelled', 'problem_resolved'].includes(response.body.error.code),
      JSON.stringify(response.body),
    );
  }
  return response.status === 200;
}

async function runStep(run: Run, step: Step): Promise<void> {
  switch (step.kind) {
    case 'checkout': {
      const response = await t.client(run.slug).post('/api/v1/bookings', {
        classId: run.classId,
        paymentMethod: step.method,
        guest: { name: `Customer ${step.customer}`, email: `customer${step.customer}@invariant.test` },
      });
      expectStatus(run, `checkout customer${step.customer} ${step.method}`, response, [200, 201, 409]);
      if (response.status === 409) assert.ok(['capacity_full', 'class_cancelled'].includes(response.body.error.code));
      if (response.status !== 201) return;
      const { booking, payment, manageToken } = response.body;
      const intentId = step.method === 'card' ? intentIdOf(response.body) : null;
      if (intentId) run.intents.add(intentId);
      run.checkouts.push({
        label: `#${run.checkouts.length} customer${step.customer} ${step.method}`,
        method: step.method,
        bookingId: booking.id,
        manageToken,
        paymentId: payment?.id ?? null,
        intentId,
      });
      return;
    }
    case 'succeed': {
      // Stripe's state changes synchronously, before any await: steps run together cannot collide.
      const target = choose(unpaidIntents(run), step.pick);
      if (!target?.intentId) return void run.log.push('  succeed: no unpaid intent');
      stripe.succeed(target.intentId);
      run.log.push(`  stripe: ${target.label} succeeded, then ${step.next}`);
      if (step.next === 'webhook') await webhookFor(run, 'payment_intent.succeeded', target.intentId);
      if (step.next === 'confirm') await confirmCall(run, target.intentId);
      if (step.next === 'both') {
        await Promise.all([
          webhookFor(run, 'payment_intent.succeeded', target.intentId),
          confirmCall(run, target.intentId),
        ]);
      }
      return;
    }
    case 'fail': {
      const target = choose(unpaidIntents(run), step.pick);
      if (!target?.intentId) return void run.log.push('  fail: no unpaid intent');
      stripe.fail(target.intentId, { code: 'card_declined', declineCode: 'insufficient_funds' });
      run.log.push(`  stripe: ${target.label} declined, then ${step.next}`);
      if (step.next === 'webhook') await webhookFor(run, 'payment_intent.payment_failed', target.intentId);
      return;
    }
    case 'challenge': {
      // 3-D Secure: the bank asks the customer, who may pass it (processing) before the money comes.
      const target = choose(
        unpaidIntents(run).filter((c) => stripe.paymentIntent(c.intentId!).status !== 'processing'),
        step.pick,
      );
      if (!target?.intentId) return void run.log.push('  challenge: no intent to challenge');
      if (stripe.paymentIntent(target.intentId).status !== 'requires_action') stripe.requireAction(target.intentId);
      if (step.processing) stripe.process(target.intentId);
      const type = step.processing ? 'payment_intent.processing' : 'payment_intent.requires_action';
      run.log.push(
        `  stripe: ${target.label} ${step.processing ? 'processing' : 'in a 3-D Secure challenge'}, then ${step.next}`,
      );
      if (step.next === 'webhook') await webhookFor(run, type, target.intentId);
      return;
    }
    case 'stripeCancel': {
      // A processing card payment cannot be cancelled, at Stripe or here.
      const target = choose(
        unpaidIntents(run).filter((c) => stripe.paymentIntent(c.intentId!).status !== 'processing'),
        step.pick,
      );
      if (!target?.intentId) return void run.log.push('  stripeCancel: no unpaid intent');
      stripe.cancel(target.intentId, 'abandoned');
      run.log.push(`  stripe: ${target.label} canceled, then ${step.next}`);
      if (step.next === 'webhook') await webhookFor(run, 'payment_intent.canceled', target.intentId);
      return;
    }
    case 'redeliver': {
      // Any event of this run, old or new, of any type: duplicates and out-of-order deliveries.
      const event = choose(runEvents(run), step.pick);
      if (!event) return void run.log.push('  redeliver: no event yet');
      const response = await deliverEvent(event);
      expectStatus(
        run,
        `deliver ${event.type} ${event.id} (${intentOfEvent(event)})`,
        { status: response.statusCode, body: response.json() },
        [200],
      );
      return;
    }
    case 'confirm': {
      const target = choose(
        run.checkouts.filter((c) => c.intentId),
        step.pick,
      );
      if (!target?.intentId) return void run.log.push('  confirm: no card checkout');
      await confirmCall(run, target.intentId);
      return;
    }
    case 'customerCancel': {
      const target = choose(run.checkouts, step.pick);
      if (!target) return void run.log.push('  customerCancel: no checkout');
      const response = await t.client(run.slug).post(`/api/v1/manage/${target.manageToken}/cancel`, {});
      expectStatus(run, `customer cancels ${target.label}`, response, [200]);
      return;
    }
    case 'refund': {
      const target = choose(
        run.checkouts.filter((c) => c.paymentId),
        step.pick,
      );
      if (!target?.paymentId) return void run.log.push('  refund: no payment');
      // Run together with other steps, the payment may land on the queue between a check and the refund.
      await adminRefund(run, target.label, target.paymentId, step.part);
      return;
    }
    case 'markPaid': {
      const target = choose(
        run.checkouts.filter((c) => c.method === 'swish'),
        step.pick,
      );
      if (!target?.paymentId) return void run.log.push('  markPaid: no Swish checkout');
      const response = await run.admin.post(`/api/v1/payments/${target.paymentId}/mark-paid`, {});
      expectStatus(run, `staff mark ${target.label} paid`, response, [200]);
      return;
    }
    case 'workQueue': {
      const problem = choose(await openProblems(run), step.pick);
      if (!problem) return void run.log.push('  workQueue: nothing on the queue');
      if (step.how === 'book') await bookAnyway(run, problem);
      else await adminRefund(run, `queued ${problem.reason} payment`, problem.paymentId, 'all');
      return;
    }
    case 'settleRefunds': {
      const pending = [...run.intents]
        .flatMap((intentId) => stripe.refunds({ paymentIntent: intentId }))
        .filter((r) => r.status === 'pending');
      for (const refund of pending) stripe.settleRefund(refund.id, 'succeeded');
      run.log.push(`  stripe: ${pending.length} pending refunds settled${step.deliver ? ', webhooks sent' : ''}`);
      if (step.deliver) {
        for (const refund of pending) {
          const event = stripe.lastEvent('refund.updated', refund.id);
          assert.ok(event);
          const response = await deliverEvent(event);
          expectStatus(
            run,
            `deliver refund.updated ${refund.id}`,
            { status: response.statusCode, body: response.json() },
            [200],
          );
        }
      }
      return;
    }
    case 'refundsPending':
      stripe.refundOutcome = step.on ? 'pending' : 'succeeded';
      run.log.push(`  stripe: new refunds ${stripe.refundOutcome}`);
      return;
  }
}

async function runAction(run: Run, action: Action): Promise<void> {
  run.log.push(`${action.kind}${action.kind === 'together' ? '' : ` ${JSON.stringify(action)}`}`);
  switch (action.kind) {
    case 'expire':
      // Past the card hold (10 minutes) or the Swish payment deadline (24 hours).
      t.clock.advance(action.hold === 'card' ? 11 * 60_000 : 25 * 3600_000);
      await quiesce();
      return;
    case 'runJobs':
      await quiesce();
      return;
    case 'cancelClass': {
      const response = await run.admin.post(`/api/v1/classes/${run.classId}/cancel`, {});
      expectStatus(run, 'admin cancels the class', response, [200]);
      return;
    }
    case 'together':
      run.log.push(`  at once: ${action.steps.map((s) => JSON.stringify(s)).join(' | ')}`);
      await Promise.all(action.steps.map((step) => runStep(run, step)));
      return;
    default:
      await runStep(run, action);
  }
}

async function assertCapacity(run: Run) {
  const [row] = await queryRows<{ max_spots: number; spots_taken: number; active: number }>(
    db(),
    sql`SELECT c.max_spots, c.spots_taken,
               (SELECT coalesce(sum(spots), 0)::int FROM bookings b WHERE b.class_id = c.id AND b.status <> 'cancelled') AS active
          FROM classes c WHERE c.id = ${run.classId}`,
  );
  assert.ok(row);
  assert.equal(row.spots_taken, row.active, 'spots_taken matches the active bookings');
  assert.ok(row.active <= row.max_spots, `overbooked: ${row.active} active spots for ${row.max_spots}`);
}

/**
 * The end of the story. Stripe keeps sending until an event is taken, and refunds settle: deliver
 * every event of the run once more (in order, as a late retry would), settle refunds left pending,
 * and let the admin work the queue of payments that could not become bookings (book one if there
 * is room, refund the next), running the jobs in between, until nothing moves any more.
 */
async function finish(run: Run) {
  stripe.refundOutcome = 'succeeded';
  const sent = new Set<string>();
  let worked = 0;
  for (let round = 0; round < 10; round++) {
    await quiesce();
    let changed = false;
    for (const intentId of run.intents) {
      for (const refund of stripe.refunds({ paymentIntent: intentId })) {
        if (refund.status !== 'pending') continue;
        stripe.settleRefund(refund.id, 'succeeded');
        changed = true;
      }
    }
    for (const event of runEvents(run)) {
      if (sent.has(event.id)) continue;
      sent.add(event.id);
      changed = true;
      const response = await deliverEvent(event);
      assert.equal(response.statusCode, 200, `final delivery of ${event.type}: ${response.body}`);
    }
    await quiesce();
    for (const problem of await openProblems(run)) {
      changed = true;
      if (worked++ % 2 === 1 || !(await bookAnyway(run, problem)))
        await adminRefund(run, `queued ${problem.reason} payment`, problem.paymentId, 'all');
    }
    if (!changed) return;
  }
  throw new Error('the run did not settle');
}

async function assertMoneyInvariants(run: Run) {
  const payments = await queryRows<{
    id: string;
    booking_id: string;
    method: string;
    status: string;
    amount: number;
    refunded_amount: number;
    provider_ref: string | null;
  }>(
    db(),
    // Money is bigint, which pg answers as a string in raw rows; float8 is exact for any amount here.
    sql`SELECT id, booking_id, method, status, amount::float8 AS amount, refunded_amount::float8 AS refunded_amount,
               provider_ref FROM payments WHERE org_id = ${run.orgId}`,
  );
  const bookings = await queryRows<{ id: string; status: string; customer_id: string; payment_method: string }>(
    db(),
    sql`SELECT id, status, customer_id, payment_method FROM bookings WHERE org_id = ${run.orgId}`,
  );
  const refunds = await queryRows<{
    id: string;
    payment_id: string;
    amount: number;
    status: string;
    provider_ref: string | null;
  }>(
    db(),
    sql`SELECT id, payment_id, amount::float8 AS amount, status, provider_ref FROM refunds WHERE org_id = ${run.orgId}`,
  );
  const audit = await queryRows<{ action: string; entity_id: string; n: number }>(
    db(),
    sql`SELECT action, entity_id, count(*)::int AS n FROM audit_log
         WHERE org_id = ${run.orgId} AND action IN ('payment.succeeded', 'booking.confirmed') GROUP BY action, entity_id`,
  );
  const auditCount = (action: string, id: string) =>
    audit.find((a) => a.action === action && a.entity_id === id)?.n ?? 0;
  const bookingById = new Map(bookings.map((b) => [b.id, b]));

  // Stripe's own records: every intent made for this organisation.
  const intents = stripe.paymentIntents().filter((intent) => intent.metadata.org_id === run.orgId);
  const cardPayments = payments.filter((p) => p.method === 'card');
  assert.equal(intents.length, cardPayments.length, 'one PaymentIntent per card payment');
  const perPayment = new Map<string, number>();
  for (const intent of intents)
    perPayment.set(intent.metadata.payment_id ?? '', (perPayment.get(intent.metadata.payment_id ?? '') ?? 0) + 1);
  for (const [paymentId, n] of perPayment)
    assert.equal(n, 1, `payment ${paymentId} has ${n} PaymentIntents: it could be charged ${n} times`);

  for (const intent of intents) {
    const payment = cardPayments.find((p) => p.provider_ref === intent.id);
    assert.ok(payment, `the intent ${intent.id} is linked to its payment`);
    assert.equal(payment.id, intent.metadata.payment_id);
    const booking = bookingById.get(payment.booking_id);
    assert.ok(booking);
    const atStripe = stripe.refunds({ paymentIntent: intent.id });
    assert.ok(
      atStripe.every((r) => r.status === 'succeeded'),
      `refunds at Stripe all settled: ${JSON.stringify(atStripe.map((r) => r.status))}`,
    );
    const refundedAtStripe = atStripe.reduce((sum, r) => sum + r.amount, 0);
    const ours = refunds.filter((r) => r.payment_id === payment.id && r.status !== 'failed');
    assert.ok(
      ours.every((r) => r.status === 'succeeded'),
      `our refunds all settled: ${JSON.stringify(ours)}`,
    );
    assert.deepEqual(
      ours.map((r) => r.provider_ref).sort(),
      atStripe.map((r) => r.id).sort(),
      `each refund of ${intent.id} made once at Stripe and recorded once here`,
    );
    assert.equal(payment.refunded_amount, refundedAtStripe, 'our ledger agrees with Stripe on what was refunded');

    if (intent.status === 'succeeded') {
      assert.equal(payment.status, 'succeeded', `the money of ${intent.id} is recorded`);
      assert.equal(auditCount('payment.succeeded', payment.id), 1, `one payment.succeeded entry for ${payment.id}`);
      const booked = booking.status === 'confirmed';
      const refundedInFull = refundedAtStripe === intent.amount_received;
      assert.ok(
        booked !== refundedInFull,
        `succeeded intent ${intent.id} must end as exactly one of: a confirmed booking, a full refund. ` +
          `booking ${booking.id} is ${booking.status}; refunded ${refundedAtStripe} of ${intent.amount_received}`,
      );
    } else {
      assert.equal(refundedAtStripe, 0);
      assert.notEqual(
        payment.status,
        'succeeded',
        `payment ${payment.id} succeeded without money (intent ${intent.status})`,
      );
      assert.notEqual(
        booking.status,
        'confirmed',
        `card booking ${booking.id} confirmed without a succeeded intent (${intent.status})`,
      );
      assert.equal(auditCount('payment.succeeded', payment.id), 0);
    }
  }

  for (const booking of bookings)
    assert.ok(auditCount('booking.confirmed', booking.id) <= 1, `booking ${booking.id} confirmed more than once`);

  // Every status change of money, and every booking a refund cancelled, is in the audit log.
  const trail = await queryRows<{ action: string; entity_id: string; refund_id: string | null }>(
    db(),
    sql`SELECT action, entity_id, after->>'refundId' AS refund_id FROM audit_log WHERE org_id = ${run.orgId}`,
  );
  for (const refund of refunds) {
    const requested = trail.filter((e) => e.action === 'payment.refund.requested' && e.refund_id === refund.id);
    assert.equal(requested.length, 1, `refund ${refund.id} requested once in the audit log`);
    // A Swish refund is recorded as done; a card refund says when Stripe settled it.
    if (refund.provider_ref && refund.status !== 'pending') {
      const settled = trail.filter((e) => e.action === `payment.refund.${refund.status}` && e.refund_id === refund.id);
      assert.equal(settled.length, 1, `refund ${refund.id} ${refund.status} once in the audit log`);
    }
  }
  const refundCancelled = await queryRows<{ id: string }>(
    db(),
    sql`SELECT id FROM bookings WHERE org_id = ${run.orgId} AND status = 'cancelled' AND cancel_reason = 'refunded'`,
  );
  for (const booking of refundCancelled)
    assert.ok(
      trail.some((e) => e.action === 'booking.cancelled' && e.entity_id === booking.id),
      `booking ${booking.id} cancelled by a refund without an audit entry`,
    );
  const active = bookings.filter((b) => b.status !== 'cancelled');
  assert.equal(
    new Set(active.map((b) => b.customer_id)).size,
    active.length,
    'no customer holds two bookings in the class',
  );
  await assertCapacity(run);

  const report = await integrity(run.admin);
  assert.equal(report.clean, true, `integrity report: ${JSON.stringify(report)}`);
}

let runNumber = 0;

async function startRun(policy: Policy): Promise<Run> {
  const slug = `inv-${++runNumber}-${randomBytes(3).toString('hex')}`;
  const adminEmail = `admin@${slug}.test`;
  const org = await t.createOrg(slug, adminEmail);
  const orgAdmin = t.client(slug);
  const signedIn = await orgAdmin.signIn(adminEmail, 'admin-password-1');
  assert.equal(signedIn.status, 200, JSON.stringify(signedIn.body));
  await configureOrg(orgAdmin, { unbookablePaymentPolicy: policy });
  const maxSpots = 2 + (runNumber % 2);
  // Far enough ahead that a run's 24-hour jumps never reach the class start or its cancellation deadline.
  const startsAt = new Date(t.clock.now().getTime() + 60 * 24 * 3600_000);
  startsAt.setUTCMinutes(0, 0, 0);
  const cls = await newClass(orgAdmin, {
    maxSpots,
    startsAt: startsAt.toISOString(),
    endsAt: new Date(startsAt.getTime() + 3600_000).toISOString(),
  });
  return {
    slug,
    orgId: org.id,
    admin: orgAdmin,
    classId: cls.id,
    maxSpots,
    policy,
    checkouts: [],
    intents: new Set(),
    log: [],
  };
}

interface Scenario {
  policy: Policy;
  actions: Action[];
}

async function invariantsHold({ policy, actions }: Scenario) {
  const run = await startRun(policy);
  run.log.push(
    `run ${run.slug}: class of ${run.maxSpots} spots, unbookable payments ${policy === 'refund' ? 'refunded' : 'queued'}`,
  );
  try {
    for (const action of actions) {
      await runAction(run, action);
      await assertCapacity(run);
    }
    run.log.push('finish: deliver every event, settle refunds, work the queue, run jobs');
    await finish(run);
    await assertMoneyInvariants(run);
    if (process.env.INVARIANT_LOG) console.log(run.log.join('\n'));
  } catch (error) {
    // fast-check reports the error's stack, so the story goes into a new error's message.
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`${reason}\n--- what happened:\n${run.log.join('\n')}`, { cause: error });
  } finally {
    stripe.refundOutcome = 'succeeded';
  }
}

// A few customers check out first, so that most runs have money moving from the start.
const scenarioArb: fc.Arbitrary<Scenario> = fc
  .tuple(
    fc.constantFrom<Policy>('refund', 'queue'),
    fc.array(checkoutArb, { minLength: 1, maxLength: 4 }),
    fc.array(actionArb, { minLength: 4, maxLength: 24 }),
  )
  .map(([policy, opening, actions]) => ({ policy, actions: [...opening, ...actions] }));

function checkInvariants(options: { numRuns: number }) {
  // Chosen here rather than by fast-check so that it is printed before the runs: a run that hangs
  // or is killed can be replayed too, not only one that fails.
  const seed = process.env.INVARIANT_SEED ? Number(process.env.INVARIANT_SEED) : randomBytes(4).readInt32LE(0);
  console.log(`payments property: INVARIANT_SEED=${seed} replays these runs`);
  return fc.assert(
    fc.asyncProperty(scenarioArb, (scenario) => invariantsHold(scenario)),
    {
      numRuns: Number(process.env.INVARIANT_RUNS ?? options.numRuns),
      seed,
      includeErrorInReport: true,
      // A failing run is shrunk; each attempt is a whole run, so bound the time spent on it. Running
      // out of time without a counterexample is not a failure: on a loaded machine fewer runs fit,
      // and a test must not fail for being slow (the seed above replays the runs that did fit).
      interruptAfterTimeLimit: Number(process.env.INVARIANT_TIME_LIMIT_S ?? 120) * 1000,
      markInterruptAsFailure: false,
    },
  );
}

const PROPERTY =
  'every succeeded PaymentIntent ends as one confirmed booking or one full refund; no class is overbooked; the integrity report is empty';

describe(`no money is lost, whatever the order of events (${testDbKind()})`, () => {
  test(PROPERTY, () => checkInvariants({ numRuns: 40 }));

  if (process.env.INVARIANT_REPLAY) {
    // A counterexample as fast-check prints it: [{ policy, actions }].
    test('replay of INVARIANT_REPLAY', () => {
      const [scenario] = JSON.parse(process.env.INVARIANT_REPLAY!) as [Scenario];
      return invariantsHold(scenario);
    });
  }

  test('an admin booking a queued payment anyway while another refunds it: one of them wins, never both', async () => {
    // Two admins work the queue at the same moment, over real HTTP so that the requests overlap.
    const cls = await newClass(admin, { maxSpots: 30 });
    const send = (path: string, body: unknown) =>
      fetch(`${base}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie: admin.cookie!, 'x-csrf-token': admin.csrfToken! },
        body: JSON.stringify(body),
      }).then(async (r) => ({ status: r.status, body: (await r.json()) as Json }));
    for (let i = 0; i < 15; i++) {
      // A Swish payment that arrives after its customer cancelled goes on the queue.
      const started = await checkout(t.client(), cls.id, `queue-race-${i}`, 'swish');
      assert.equal(started.status, 201, JSON.stringify(started.body));
      assert.equal((await t.client().post(`/api/v1/manage/${started.body.manageToken}/cancel`, {})).status, 200);
      const paid = await admin.post(`/api/v1/payments/${started.body.payment.id}/mark-paid`, {});
      assert.equal(paid.body.outcome, 'unbookable', JSON.stringify(paid.body));
      const queue = await admin.get('/api/v1/unbookable-payments?status=open');
      const problem = queue.body.payments.find((p: { paymentId: string }) => p.paymentId === started.body.payment.id);
      assert.ok(problem);

      const [book, refund] = await Promise.all([
        send(`/api/v1/unbookable-payments/${problem.id}/book`, {}),
        send(`/api/v1/payments/${started.body.payment.id}/refunds`, { reason: 'paid back by hand' }),
      ]);
      assert.ok([200, 409].includes(book.status), JSON.stringify(book));
      assert.ok([201, 409].includes(refund.status), JSON.stringify(refund));
      const view = (await t.client().get(`/api/v1/manage/${started.body.manageToken}`)).body;
      const info = (await admin.get(`/api/v1/payments/${started.body.payment.id}`)).body;
      assert.ok(
        (view.status === 'confirmed') !== (info.refunded === info.amount),
        `round ${i}: book ${book.status}, refund ${refund.status}: the booking is ${view.status} and ${info.refunded} of ${info.amount} was refunded`,
      );
    }
    await assertIntegrityClean();
  });

  // Counterexamples fast-check found, shrunk, kept as regression tests.
  test('a customer who cancels a paid card booking with the manage link is refunded in full', () =>
    invariantsHold({
      policy: 'refund',
      actions: [
        { kind: 'checkout', customer: 0, method: 'card' },
        { kind: 'succeed', pick: 0, next: 'webhook' },
        { kind: 'customerCancel', pick: 0 },
      ],
    }));

  test('cancelling a class refunds its paid card bookings', () =>
    invariantsHold({
      policy: 'refund',
      actions: [
        { kind: 'checkout', customer: 0, method: 'card' },
        { kind: 'succeed', pick: 0, next: 'webhook' },
        { kind: 'cancelClass' },
      ],
    }));

  // Seed 1028614556: the first refund to settle found the queue entry refunding and nothing to set
  // on it, the update threw, and both refunds stayed pending here while Stripe had made them.
  test('a partial and a full refund at once of a queued card payment both settle', () =>
    invariantsHold({
      policy: 'queue',
      actions: [
        { kind: 'checkout', customer: 0, method: 'card' },
        { kind: 'cancelClass' },
        { kind: 'succeed', pick: 0, next: 'webhook' },
        { kind: 'customerCancel', pick: 0 },
        { kind: 'cancelClass' },
        {
          kind: 'together',
          steps: [
            { kind: 'refund', pick: 0, part: 'some' },
            { kind: 'refund', pick: 0, part: 'all' },
          ],
        },
      ],
    }));

  test('a partial refund of a payment on the admin queue leaves the rest on the queue', () =>
    invariantsHold({
      policy: 'refund',
      actions: [
        { kind: 'checkout', customer: 0, method: 'swish' },
        { kind: 'customerCancel', pick: 0 },
        { kind: 'markPaid', pick: 0 },
        { kind: 'refund', pick: 0, part: 'some' },
      ],
    }));
});

// -------------------------------------------------------------------------------------------------
// c. Bad input not covered by payments.test.ts
// -------------------------------------------------------------------------------------------------

/** What must not move when a request is refused. */
async function snapshot() {
  await quiesce();
  const [row] = await queryRows<Record<string, number>>(
    db(),
    sql`SELECT (SELECT count(*)::int FROM bookings) AS bookings,
               (SELECT count(*)::int FROM bookings WHERE status <> 'cancelled') AS active,
               (SELECT count(*)::int FROM payments) AS payments,
               (SELECT count(*)::int FROM payments WHERE status = 'succeeded') AS succeeded,
               (SELECT count(*)::int FROM refunds) AS refunds,
               (SELECT coalesce(sum(refunded_amount), 0)::int FROM payments) AS refunded,
               (SELECT count(*)::int FROM unbookable_payments) AS unbookable,
               (SELECT count(*)::int FROM customers) AS customers`,
  );
  return { ...row, stripeIntents: stripe.paymentIntents().length, stripeRefunds: stripe.refunds().length };
}

describe('bad input is refused and changes nothing', () => {
  for (const field of ['booking_id', 'payment_id'] as const) {
    test(`an intent whose metadata ${field} was changed at Stripe is recorded as a mismatch and refunded; the other checkout is untouched`, async () => {
      const cls = await newClass(admin, { maxSpots: 2 });
      const victim = await checkout(t.client(), cls.id, `victim-${field}`, 'card');
      const tampered = await checkout(t.client(), cls.id, `tamperer-${field}`, 'card');
      assert.equal(victim.status, 201);
      assert.equal(tampered.status, 201);
      const intentId = intentIdOf(tampered.body);
      const victimIntent = intentIdOf(victim.body);
      // Someone with dashboard access points the intent at another checkout before paying it.
      const sdk = createStripeClient(stripe);
      const other = field === 'booking_id' ? victim.body.booking.id : victim.body.payment.id;
      await sdk.paymentIntents.update(intentId, { metadata: { [field]: other } });
      stripe.succeed(intentId);
      const confirm = await t.client().post('/api/v1/payments/confirm', { paymentIntentId: intentId });
      assert.equal(confirm.status, 200, JSON.stringify(confirm.body));
      assert.deepEqual(confirm.body.settlement, {
        outcome: 'unbookable',
        bookingId: tampered.body.booking.id,
        reason: 'mismatch',
      });
      const hook = await deliverEvent(stripe.lastEvent('payment_intent.succeeded', intentId)!);
      assert.equal(hook.statusCode, 200);
      await quiesce();

      const queue = await admin.get('/api/v1/unbookable-payments');
      const problem = queue.body.payments.find((p: { paymentId: string }) => p.paymentId === tampered.body.payment.id);
      assert.equal(problem?.reason, 'mismatch');
      assert.equal(problem?.status, 'refunded');
      assert.deepEqual(
        stripe.refunds({ paymentIntent: intentId }).map((r) => [r.amount, r.status]),
        [[PRICE, 'succeeded']],
      );
      assert.equal((await t.client().get(`/api/v1/manage/${tampered.body.manageToken}`)).body.status, 'cancelled');
      // The checkout the metadata pointed at is exactly as it was.
      const victimView = (await t.client().get(`/api/v1/manage/${victim.body.manageToken}`)).body;
      assert.equal(victimView.status, 'pending');
      assert.equal(victimView.paymentStatus, 'pending');
      const victimPayment = (await admin.get(`/api/v1/payments/${victim.body.payment.id}`)).body;
      assert.equal(victimPayment.status, 'pending');
      assert.equal(victimPayment.refunds.length, 0);
      assert.equal(stripe.paymentIntent(victimIntent).status, 'requires_payment_method');
      assert.equal(
        await count(sql`SELECT count(*) AS n FROM audit_log WHERE entity_id = ${victim.body.payment.id}`),
        0,
      );
      await assertIntegrityClean();
    });
  }

  test('an intent made outside Slotwise whose metadata names a real checkout is ignored: webhook 200, confirm and poll 404, nothing changed', async () => {
    const cls = await newClass(admin, { maxSpots: 2 });
    const victim = await checkout(t.client(), cls.id, 'foreign-victim', 'card');
    assert.equal(victim.status, 201);
    const sdk = createStripeClient(stripe);
    const foreign = await sdk.paymentIntents.create({
      amount: 100,
      currency: 'sek',
      metadata: { payment_id: victim.body.payment.id, booking_id: victim.body.booking.id, org_id: t.org.id },
    });
    stripe.succeed(foreign.id);
    const was = await snapshot();
    const hook = await deliverEvent(stripe.lastEvent('payment_intent.succeeded', foreign.id)!);
    assert.equal(hook.statusCode, 200);
    await quiesce();
    const confirm = await t.client().post('/api/v1/payments/confirm', { paymentIntentId: foreign.id });
    assert.equal(confirm.status, 404);
    assert.equal(confirm.body.error.code, 'payment_not_found');
    const poll = await t.client().get(`/api/v1/payments/by-intent/${foreign.id}`);
    assert.equal(poll.status, 404, JSON.stringify(poll.body));
    assert.deepEqual(await snapshot(), was);
    const victimView = (await t.client().get(`/api/v1/manage/${victim.body.manageToken}`)).body;
    assert.equal(victimView.status, 'pending');
    assert.equal((await admin.get(`/api/v1/payments/${victim.body.payment.id}`)).body.status, 'pending');
    await assertIntegrityClean();
  });

  test('the poll endpoint answers 404 for a PaymentIntent id it does not know, and 400 for one that is not an id', async () => {
    const was = await snapshot();
    const malformed = await t.client().get('/api/v1/payments/by-intent/not-an-intent');
    assert.equal(malformed.status, 400);
    const unknown = await t.client().get('/api/v1/payments/by-intent/pi_doesnotexist123');
    assert.deepEqual(await snapshot(), was);
    assert.equal(unknown.status, 404, JSON.stringify(unknown.body));
    assert.equal(unknown.body.error.code, 'payment_not_found');
  });

  test('a PaymentIntent of another organisation is unknown to this one: confirm and poll 404', async () => {
    await t.createOrg('elsewhere', 'admin@elsewhere.test');
    const elsewhereAdmin = t.client('elsewhere');
    await elsewhereAdmin.signIn('admin@elsewhere.test', 'admin-password-1');
    await configureOrg(elsewhereAdmin);
    const cls = await newClass(elsewhereAdmin);
    const started = await checkout(t.client('elsewhere'), cls.id, 'elsewhere', 'card');
    assert.equal(started.status, 201);
    const intentId = intentIdOf(started.body);
    const confirm = await t.client().post('/api/v1/payments/confirm', { paymentIntentId: intentId });
    assert.equal(confirm.status, 404, JSON.stringify(confirm.body));
    const poll = await t.client().get(`/api/v1/payments/by-intent/${intentId}`);
    assert.equal(poll.status, 404, JSON.stringify(poll.body));
    assert.equal(poll.body.error.code, 'payment_not_found');
    // Its own organisation sees it.
    const own = await t.client('elsewhere').get(`/api/v1/payments/by-intent/${intentId}`);
    assert.equal(own.status, 200);
    assert.equal(own.body.booking.id, started.body.booking.id);
    await assertIntegrityClean(elsewhereAdmin);
  });

  test('a class id that does not exist, is malformed, or belongs to another organisation: 4xx for every payment method, nothing created', async () => {
    const was = await snapshot();
    const elsewhereAdmin = t.client('elsewhere-classes');
    await t.createOrg('elsewhere-classes', 'admin@elsewhere-classes.test');
    await elsewhereAdmin.signIn('admin@elsewhere-classes.test', 'admin-password-1');
    const foreignClass = await newClass(elsewhereAdmin);
    const beforeAll = await snapshot();
    for (const method of ['card', 'swish', 'bank_transfer', 'venue']) {
      const missing = await checkout(t.client(), '00000000-0000-4000-8000-000000000001', `missing-${method}`, method);
      assert.equal(missing.status, 404, `${method}: ${JSON.stringify(missing.body)}`);
      assert.equal(missing.body.error.code, 'class_not_found');
      const malformed = await checkout(t.client(), 'not-a-class', `malformed-${method}`, method);
      assert.equal(malformed.status, 400, `${method}: ${JSON.stringify(malformed.body)}`);
      const foreign = await checkout(t.client(), foreignClass.id, `foreign-${method}`, method);
      assert.equal(
        foreign.status,
        404,
        `${method}: a class of another organisation is not found: ${JSON.stringify(foreign.body)}`,
      );
      assert.equal(foreign.body.error.code, 'class_not_found');
    }
    const afterAll = await snapshot();
    assert.deepEqual(afterAll, beforeAll, 'no booking, payment, customer or PaymentIntent was created');
    assert.equal(was.stripeIntents, afterAll.stripeIntents);
    await assertIntegrityClean();
  });

  test('a refund larger than what was paid is refused for card and Swish, also when two partial refunds race; nothing moves', async () => {
    const cls = await newClass(admin, { maxSpots: 3 });
    const card = await checkout(t.client(), cls.id, 'overrefund-card', 'card');
    const intentId = intentIdOf(card.body);
    stripe.succeed(intentId);
    assert.equal((await deliverEvent(stripe.lastEvent('payment_intent.succeeded', intentId)!)).statusCode, 200);
    const swish = await checkout(t.client(), cls.id, 'overrefund-swish', 'swish');
    assert.equal((await admin.post(`/api/v1/payments/${swish.body.payment.id}/mark-paid`, {})).body.outcome, 'booked');

    for (const paymentId of [card.body.payment.id, swish.body.payment.id]) {
      const was = await snapshot();
      const tooMuch = await admin.post(`/api/v1/payments/${paymentId}/refunds`, {
        amount: PRICE + 1,
        reason: 'too much',
      });
      assert.equal(tooMuch.status, 409, JSON.stringify(tooMuch.body));
      assert.equal(tooMuch.body.error.code, 'refund_exceeds_payment');
      assert.deepEqual(tooMuch.body.error.details, { refundable: PRICE });
      for (const amount of [0, -100, 10.5]) {
        const invalid = await admin.post(`/api/v1/payments/${paymentId}/refunds`, { amount, reason: 'invalid' });
        assert.equal(invalid.status, 400, `amount ${amount}: ${JSON.stringify(invalid.body)}`);
      }
      const noReason = await admin.post(`/api/v1/payments/${paymentId}/refunds`, { amount: 100 });
      assert.equal(noReason.status, 400);
      assert.deepEqual(await snapshot(), was, 'nothing refunded');
    }

    // Two refunds of 3/4 each, at the same moment: one is made, the other refused.
    const [first, second] = await Promise.all(
      [1, 2].map((n) =>
        fetch(`${base}/api/v1/payments/${card.body.payment.id}/refunds`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', cookie: admin.cookie!, 'x-csrf-token': admin.csrfToken! },
          body: JSON.stringify({ amount: (PRICE * 3) / 4, reason: `race ${n}` }),
        }).then(async (r) => ({ status: r.status, body: (await r.json()) as Json })),
      ),
    );
    assert.deepEqual(
      [first!.status, second!.status].sort(),
      [201, 409],
      `${JSON.stringify(first)} ${JSON.stringify(second)}`,
    );
    assert.equal([first, second].find((r) => r!.status === 409)!.body.error.code, 'refund_exceeds_payment');
    assert.deepEqual(
      stripe.refunds({ paymentIntent: intentId }).map((r) => r.amount),
      [(PRICE * 3) / 4],
      'one refund at Stripe',
    );
    const info = (await admin.get(`/api/v1/payments/${card.body.payment.id}`)).body;
    assert.equal(info.refunded, (PRICE * 3) / 4);
    assert.equal(info.refundable, PRICE / 4);
    assert.equal(
      (await t.client().get(`/api/v1/manage/${card.body.manageToken}`)).body.status,
      'confirmed',
      'a partial refund keeps the booking',
    );
    await assertIntegrityClean();
  });
});
