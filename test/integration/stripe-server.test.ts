// The local Stripe server (test/support/stripe-server.ts), driven end to end by the official SDK:
// if the SDK is happy with it here, payment tests built on it exercise the real client code paths.
import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, beforeEach, describe, test } from 'node:test';
import Stripe from 'stripe';
import { createStripeClient } from '../support/stripe-client.ts';
import { type StripeServer, signWebhook, startStripeServer } from '../support/stripe-server.ts';

let server: StripeServer;
let stripe: Stripe;

before(async () => {
  server = await startStripeServer();
  stripe = createStripeClient(server);
});
after(() => server.close());
beforeEach(() => {
  server.reset();
  server.refundOutcome = 'succeeded';
});

/** The SDK error a call rejects with, checked to be of `kind`. */
async function stripeError<T extends Stripe.errors.StripeError>(
  call: Promise<unknown>,
  kind: abstract new (...args: never[]) => T,
): Promise<T> {
  try {
    await call;
  } catch (error) {
    assert.ok(error instanceof kind, `expected ${kind.name}, got ${String(error)}`);
    return error;
  }
  assert.fail(`expected ${kind.name}, but the call succeeded`);
}

const newIntent = (amount = 25_000, key?: string) =>
  stripe.paymentIntents.create(
    {
      amount,
      currency: 'sek',
      metadata: { booking_id: 'bk_1', class_id: 'cl_9' },
      automatic_payment_methods: { enabled: true },
    },
    key ? { idempotencyKey: key } : {},
  );

async function paidIntent(amount = 25_000) {
  const intent = await newIntent(amount);
  server.succeed(intent.id);
  return intent;
}

describe('PaymentIntents', () => {
  test('create returns a Stripe-shaped PaymentIntent and a payment_intent.created event', async () => {
    const intent = await newIntent(25_000, 'checkout-1');
    assert.match(intent.id, /^pi_[0-9A-Za-z]{24}$/);
    assert.equal(intent.object, 'payment_intent');
    assert.ok(intent.client_secret?.startsWith(`${intent.id}_secret_`));
    assert.equal(intent.status, 'requires_payment_method');
    assert.equal(intent.amount, 25_000);
    assert.equal(intent.amount_received, 0);
    assert.equal(intent.currency, 'sek');
    assert.deepEqual(intent.metadata, { booking_id: 'bk_1', class_id: 'cl_9' });
    assert.deepEqual(intent.automatic_payment_methods, { enabled: true });
    assert.equal(intent.latest_charge, null);
    assert.equal(intent.livemode, false);
    assert.ok(Math.abs(intent.created - Date.now() / 1000) < 2, 'created is now, in seconds');
    assert.match(intent.lastResponse.requestId, /^req_/);

    const [created] = server.events({ type: 'payment_intent.created' });
    assert.equal((created?.data.object as Stripe.PaymentIntent | undefined)?.id, intent.id);
    assert.deepEqual(created?.request, { id: intent.lastResponse.requestId, idempotency_key: 'checkout-1' });
  });

  test('the same idempotency key and parameters give the same PaymentIntent, once', async () => {
    const first = await newIntent(25_000, 'checkout-2');
    const again = await newIntent(25_000, 'checkout-2');
    assert.equal(again.id, first.id);
    assert.equal(again.client_secret, first.client_secret);
    assert.equal(again.lastResponse.headers['idempotent-replayed'], 'true');
    assert.equal(server.paymentIntents().length, 1);
    assert.equal(server.events({ type: 'payment_intent.created' }).length, 1);
  });

  test('the same idempotency key with other parameters, or on another endpoint, is a StripeIdempotencyError', async () => {
    await newIntent(25_000, 'checkout-3');
    const changed = await stripeError(newIntent(26_000, 'checkout-3'), Stripe.errors.StripeIdempotencyError);
    assert.equal(changed.statusCode, 400);
    assert.equal(changed.rawType, 'idempotency_error');
    assert.match(changed.message, /same parameters/);

    const elsewhere = await stripeError(
      stripe.refunds.create({ payment_intent: 'pi_x' }, { idempotencyKey: 'checkout-3' }),
      Stripe.errors.StripeIdempotencyError,
    );
    assert.match(elsewhere.message, /same endpoint/);
    assert.equal(server.paymentIntents().length, 1);
  });

  test('parameters in another order are the same parameters', async () => {
    const a = await stripe.paymentIntents.create(
      { amount: 1000, currency: 'sek', metadata: { a: '1', b: '2' } },
      { idempotencyKey: 'order' },
    );
    const b = await stripe.paymentIntents.create(
      { metadata: { b: '2', a: '1' }, currency: 'sek', amount: 1000 },
      { idempotencyKey: 'order' },
    );
    assert.equal(b.id, a.id);
  });

  test('retrieve, update metadata and description, and expand latest_charge', async () => {
    const intent = await newIntent();
    assert.deepEqual(await stripe.paymentIntents.retrieve(intent.id), intent);

    const updated = await stripe.paymentIntents.update(intent.id, {
      metadata: { class_id: '', hold_id: 'h_1' },
      description: 'Yoga, Monday',
    });
    assert.deepEqual(updated.metadata, { booking_id: 'bk_1', hold_id: 'h_1' });
    assert.equal(updated.description, 'Yoga, Monday');
    assert.deepEqual((await stripe.paymentIntents.update(intent.id, { metadata: '' })).metadata, {});

    server.succeed(intent.id);
    const expanded = await stripe.paymentIntents.retrieve(intent.id, { expand: ['latest_charge'] });
    const charge = expanded.latest_charge as Stripe.Charge;
    assert.equal(charge.object, 'charge');
    assert.equal(charge.payment_intent, intent.id);
    assert.equal(charge.amount, 25_000);
  });

  test('succeed: status succeeded, a charge, amount_received, and the two events', async () => {
    const intent = await newIntent();
    server.succeed(intent.id);
    const paid = await stripe.paymentIntents.retrieve(intent.id);
    assert.equal(paid.status, 'succeeded');
    assert.equal(paid.amount_received, 25_000);
    assert.match(String(paid.latest_charge), /^ch_/);
    assert.match(String(paid.payment_method), /^pm_/);

    const charge = await stripe.charges.retrieve(String(paid.latest_charge));
    assert.equal(charge.status, 'succeeded');
    assert.equal(charge.paid, true);
    assert.equal(charge.amount_refunded, 0);
    assert.deepEqual(charge.metadata, intent.metadata);

    assert.deepEqual(
      server.events({ objectId: intent.id }).map((e) => e.type),
      ['payment_intent.created', 'payment_intent.succeeded'],
    );
    const succeeded = server.lastEvent('payment_intent.succeeded', intent.id)!;
    assert.deepEqual(succeeded.request, { id: null, idempotency_key: null }, 'not caused by an API request');
    assert.equal((server.lastEvent('charge.succeeded')?.data.object as Stripe.Charge | undefined)?.id, charge.id);
    assert.throws(() => server.succeed(intent.id), /cannot succeed/);
  });

  test('fail: a declined attempt leaves the intent payable, with last_payment_error', async () => {
    const intent = await newIntent();
    server.fail(intent.id, {
      code: 'card_declined',
      declineCode: 'insufficient_funds',
      message: 'Your card has insufficient funds.',
    });
    const failed = await stripe.paymentIntents.retrieve(intent.id);
    assert.equal(failed.status, 'requires_payment_method');
    assert.equal(failed.last_payment_error?.code, 'card_declined');
    assert.equal(failed.last_payment_error?.decline_code, 'insufficient_funds');
    assert.equal(failed.last_payment_error?.type, 'card_error');
    assert.equal(
      (await stripe.charges.retrieve(String(failed.latest_charge))).status,
      'failed',
      'latest_charge is set but not paid',
    );
    assert.ok(server.lastEvent('payment_intent.payment_failed', intent.id));

    // A refund needs a successful charge.
    const refused = await stripeError(
      stripe.refunds.create({ payment_intent: intent.id }),
      Stripe.errors.StripeInvalidRequestError,
    );
    assert.equal(refused.code, 'charge_not_refundable');

    server.succeed(intent.id);
    const paid = await stripe.paymentIntents.retrieve(intent.id);
    assert.equal(paid.status, 'succeeded');
    assert.equal(paid.last_payment_error, null);
  });

  test('3-D Secure: requires_action, then processing, then succeeded, each with its event; a processing intent cannot be canceled', async () => {
    const intent = await newIntent();
    const challenged = server.requireAction(intent.id);
    assert.equal(challenged.status, 'requires_action');
    assert.equal(challenged.next_action?.type, 'use_stripe_sdk');
    const processing = server.process(intent.id);
    assert.equal(processing.status, 'processing');
    assert.equal(processing.next_action, null);
    const error = await stripeError(stripe.paymentIntents.cancel(intent.id), Stripe.errors.StripeInvalidRequestError);
    assert.equal(error.code, 'payment_intent_unexpected_state');
    assert.equal(server.succeed(intent.id).status, 'succeeded');
    assert.deepEqual(
      server.events({ objectId: intent.id }).map((e) => [e.type, (e.data.object as Stripe.PaymentIntent).status]),
      [
        ['payment_intent.created', 'requires_payment_method'],
        ['payment_intent.requires_action', 'requires_action'],
        ['payment_intent.processing', 'processing'],
        ['payment_intent.succeeded', 'succeeded'],
      ],
    );
  });

  test('a failed 3-D Secure challenge: payment_failed with payment_intent_authentication_failure; the intent stays payable', async () => {
    const intent = await newIntent();
    server.requireAction(intent.id);
    const failed = server.fail(intent.id);
    assert.equal(failed.status, 'requires_payment_method');
    assert.equal(failed.last_payment_error?.code, 'payment_intent_authentication_failure');
    assert.equal(failed.next_action, null);
    assert.ok(server.lastEvent('payment_intent.payment_failed', intent.id));
    // A requires_action intent can be canceled (the customer abandoned the challenge).
    server.requireAction(intent.id);
    assert.equal((await stripe.paymentIntents.cancel(intent.id)).status, 'canceled');
  });

  test('cancel over the API and from the control; a succeeded intent cannot be canceled', async () => {
    const a = await newIntent();
    const canceled = await stripe.paymentIntents.cancel(a.id, { cancellation_reason: 'abandoned' });
    assert.equal(canceled.status, 'canceled');
    assert.equal(canceled.cancellation_reason, 'abandoned');
    assert.equal(typeof canceled.canceled_at, 'number');
    assert.ok(server.lastEvent('payment_intent.canceled', a.id));

    const b = await newIntent();
    assert.equal(server.cancel(b.id).status, 'canceled');
    assert.throws(() => server.succeed(b.id), /cannot succeed/);

    const c = await paidIntent();
    const refused = await stripeError(stripe.paymentIntents.cancel(c.id), Stripe.errors.StripeInvalidRequestError);
    assert.equal(refused.code, 'payment_intent_unexpected_state');
    assert.equal(refused.statusCode, 400);
  });
});

describe('Refunds', () => {
  test('partial, then the rest by default; the charge counts what is refunded', async () => {
    const intent = await paidIntent(10_000);
    const part = await stripe.refunds.create({
      payment_intent: intent.id,
      amount: 4_000,
      reason: 'requested_by_customer',
      metadata: { refund_row: 'r1' },
    });
    assert.match(part.id, /^re_/);
    assert.equal(part.object, 'refund');
    assert.equal(part.status, 'succeeded');
    assert.equal(part.amount, 4_000);
    assert.equal(part.currency, 'sek');
    assert.equal(part.payment_intent, intent.id);
    assert.equal(part.reason, 'requested_by_customer');
    assert.deepEqual(part.metadata, { refund_row: 'r1' });

    const rest = await stripe.refunds.create({ payment_intent: intent.id });
    assert.equal(rest.amount, 6_000);
    const charge = await stripe.charges.retrieve(String(part.charge));
    assert.equal(charge.amount_refunded, 10_000);
    assert.equal(charge.refunded, true);
    assert.deepEqual((await stripe.refunds.retrieve(part.id)).metadata, { refund_row: 'r1' });
    assert.deepEqual(
      (await stripe.refunds.list({ payment_intent: intent.id })).data.map((r) => r.id),
      [rest.id, part.id],
      'newest first',
    );
    assert.equal(server.events({ type: 'refund.created' }).length, 2);
    assert.equal(server.events({ type: 'charge.refunded' }).length, 2);
  });

  test('more than is left is refused: charge_already_refunded, amount_too_large', async () => {
    const intent = await paidIntent(10_000);
    const tooMuch = await stripeError(
      stripe.refunds.create({ payment_intent: intent.id, amount: 10_001 }),
      Stripe.errors.StripeInvalidRequestError,
    );
    assert.equal(tooMuch.statusCode, 400);
    assert.equal(tooMuch.code, 'amount_too_large');
    assert.equal(tooMuch.param, 'amount');

    await stripe.refunds.create({ payment_intent: intent.id, amount: 7_000 });
    const over = await stripeError(
      stripe.refunds.create({ payment_intent: intent.id, amount: 3_001 }),
      Stripe.errors.StripeInvalidRequestError,
    );
    assert.equal(over.code, 'amount_too_large');
    await stripe.refunds.create({ payment_intent: intent.id, amount: 3_000 });

    const again = await stripeError(
      stripe.refunds.create({ payment_intent: intent.id }),
      Stripe.errors.StripeInvalidRequestError,
    );
    assert.equal(again.code, 'charge_already_refunded');
    assert.equal(server.refunds({ paymentIntent: intent.id }).length, 2);
  });

  test('a refund retried with its idempotency key is made once', async () => {
    const intent = await paidIntent(10_000);
    const first = await stripe.refunds.create(
      { payment_intent: intent.id, amount: 2_500 },
      { idempotencyKey: 'refund-row-1' },
    );
    const retry = await stripe.refunds.create(
      { payment_intent: intent.id, amount: 2_500 },
      { idempotencyKey: 'refund-row-1' },
    );
    assert.equal(retry.id, first.id);
    assert.equal(server.charge(String(first.charge)).amount_refunded, 2_500);
  });

  test('pending until settled; a failed refund gives the money back', async () => {
    server.refundOutcome = 'pending';
    const intent = await paidIntent(10_000);
    const pending = await stripe.refunds.create({ payment_intent: intent.id });
    assert.equal(pending.status, 'pending');
    // Pending money is held: nothing more can be refunded meanwhile.
    const held = await stripeError(
      stripe.refunds.create({ payment_intent: intent.id, amount: 1 }),
      Stripe.errors.StripeInvalidRequestError,
    );
    assert.equal(held.code, 'charge_already_refunded');

    server.settleRefund(pending.id, 'failed');
    const failed = await stripe.refunds.retrieve(pending.id);
    assert.equal(failed.status, 'failed');
    assert.equal(failed.failure_reason, 'declined');
    assert.equal(server.charge(String(failed.charge)).amount_refunded, 0);
    assert.ok(server.lastEvent('refund.failed', pending.id));
    const updated = server.lastEvent('refund.updated', pending.id)!;
    assert.deepEqual(updated.data.previous_attributes, { status: 'pending' });

    const retry = await stripe.refunds.create({ payment_intent: intent.id });
    assert.equal(retry.amount, 10_000);
    server.settleRefund(retry.id, 'succeeded');
    assert.equal((await stripe.refunds.retrieve(retry.id)).status, 'succeeded');
    assert.throws(() => server.settleRefund(retry.id, 'failed'), /not pending/);
  });

  test("refundOutcome 'failed': accepted as pending, failed right after", async () => {
    server.refundOutcome = 'failed';
    const intent = await paidIntent(10_000);
    const refund = await stripe.refunds.create({ payment_intent: intent.id });
    assert.equal(refund.status, 'pending');
    assert.equal((await stripe.refunds.retrieve(refund.id)).status, 'failed');
    assert.deepEqual(
      server.events({ objectId: refund.id }).map((e) => e.type),
      ['refund.created', 'refund.updated', 'charge.refund.updated', 'refund.failed'],
    );
  });
});

describe('Events', () => {
  test('retrieve by id, list newest first with paging and type filters', async () => {
    const intent = await paidIntent(5_000);
    await stripe.refunds.create({ payment_intent: intent.id });
    const all = server.events();
    assert.deepEqual(
      all.map((e) => e.type),
      ['payment_intent.created', 'charge.succeeded', 'payment_intent.succeeded', 'refund.created', 'charge.refunded'],
    );

    const succeeded = server.lastEvent('payment_intent.succeeded')!;
    const fetched = await stripe.events.retrieve(succeeded.id);
    assert.equal(fetched.object, 'event');
    assert.equal(fetched.type, 'payment_intent.succeeded');
    assert.equal(fetched.api_version, Stripe.API_VERSION);
    assert.equal(fetched.livemode, false);
    assert.equal((fetched.data.object as Stripe.PaymentIntent).status, 'succeeded');

    const firstPage = await stripe.events.list({ limit: 2 });
    assert.equal(firstPage.object, 'list');
    assert.equal(firstPage.has_more, true);
    assert.deepEqual(
      firstPage.data.map((e) => e.type),
      ['charge.refunded', 'refund.created'],
    );
    const newer = await stripe.events.list({ ending_before: firstPage.data[1]!.id });
    assert.deepEqual(
      newer.data.map((e) => e.type),
      ['charge.refunded'],
    );
    const everything = await stripe.events.list({ limit: 2 }).autoPagingToArray({ limit: 100 });
    assert.deepEqual(
      everything.map((e) => e.id),
      all.map((e) => e.id).reverse(),
    );

    assert.deepEqual(
      (await stripe.events.list({ type: 'payment_intent.*' })).data.map((e) => e.type),
      ['payment_intent.succeeded', 'payment_intent.created'],
    );
    assert.deepEqual((await stripe.events.list({ types: ['charge.refunded', 'refund.created'] })).data.length, 2);
  });

  test('event() builds and stores an event that the API then serves', async () => {
    const intent = await newIntent();
    const made = server.event('payment_intent.processing', {
      ...server.paymentIntent(intent.id),
      status: 'processing',
    });
    assert.match(made.id, /^evt_/);
    assert.equal(made.type, 'payment_intent.processing');
    assert.equal(typeof made.created, 'number');
    const fetched = await stripe.events.retrieve(made.id);
    assert.equal((fetched.data.object as Stripe.PaymentIntent).status, 'processing');
  });

  test('event data is a snapshot taken when the event happened', async () => {
    const intent = await newIntent();
    server.succeed(intent.id);
    const created = server.lastEvent('payment_intent.created', intent.id)!;
    assert.equal((created.data.object as Stripe.PaymentIntent).status, 'requires_payment_method');
  });

  test('onEvent hears every event in order', async () => {
    const heard: string[] = [];
    server.onEvent = (event) => {
      heard.push(event.type);
    };
    try {
      const intent = await paidIntent();
      await new Promise((resolve) => setImmediate(resolve));
      assert.deepEqual(heard, ['payment_intent.created', 'charge.succeeded', 'payment_intent.succeeded']);
      assert.ok(intent);
    } finally {
      server.onEvent = undefined;
    }
  });
});

describe('errors, shaped as the SDK expects them', () => {
  test('unknown ids: 404 resource_missing', async () => {
    const pi = await stripeError(stripe.paymentIntents.retrieve('pi_nope'), Stripe.errors.StripeInvalidRequestError);
    assert.equal(pi.statusCode, 404);
    assert.equal(pi.code, 'resource_missing');
    assert.equal(pi.param, 'intent');
    assert.equal(pi.message, "No such payment_intent: 'pi_nope'");
    for (const call of [
      stripe.refunds.retrieve('re_nope'),
      stripe.events.retrieve('evt_nope'),
      stripe.charges.retrieve('ch_nope'),
    ]) {
      const error = await stripeError(call, Stripe.errors.StripeInvalidRequestError);
      assert.equal(error.statusCode, 404);
      assert.equal(error.code, 'resource_missing');
    }
    // An unknown id given as a parameter is a 400.
    const refund = await stripeError(
      stripe.refunds.create({ payment_intent: 'pi_nope' }),
      Stripe.errors.StripeInvalidRequestError,
    );
    assert.equal(refund.statusCode, 400);
    assert.equal(refund.code, 'resource_missing');
    assert.equal(refund.param, 'payment_intent');
  });

  test('a missing or wrong API key: 401 StripeAuthenticationError', async () => {
    const wrong = createStripeClient(server, { apiKey: 'sk_test_not_the_right_key' });
    const error = await stripeError(wrong.paymentIntents.retrieve('pi_x'), Stripe.errors.StripeAuthenticationError);
    assert.equal(error.statusCode, 401);
    assert.match(error.message, /Invalid API Key provided: sk_test_\*+_key/);

    const response = await fetch(`${server.url}/v1/events`);
    assert.equal(response.status, 401);
    const body = (await response.json()) as { error: { type: string; message: string } };
    assert.equal(body.error.type, 'invalid_request_error');
    assert.match(body.error.message, /did not provide an API key/);
  });

  test('invalid parameters: 400 with code and param, not saved under the idempotency key', async () => {
    const missingAmount = await stripeError(
      stripe.paymentIntents.create({ currency: 'sek' } as Stripe.PaymentIntentCreateParams, {
        idempotencyKey: 'bad-1',
      }),
      Stripe.errors.StripeInvalidRequestError,
    );
    assert.equal(missingAmount.code, 'parameter_missing');
    assert.equal(missingAmount.param, 'amount');
    // The corrected request may reuse the key, since validation failures are not saved.
    const fixed = await stripe.paymentIntents.create(
      { currency: 'sek', amount: 100 } as Stripe.PaymentIntentCreateParams,
      { idempotencyKey: 'bad-1' },
    );
    assert.equal(fixed.amount, 100);

    const negative = await stripeError(
      stripe.paymentIntents.create({ amount: -5, currency: 'sek' }),
      Stripe.errors.StripeInvalidRequestError,
    );
    assert.equal(negative.param, 'amount');

    const unknown = await stripeError(
      stripe.paymentIntents.create({ amount: 100, currency: 'sek', setup_future_usage: 'off_session' }),
      Stripe.errors.StripeInvalidRequestError,
    );
    assert.equal(unknown.code, 'parameter_unknown');
    assert.equal(unknown.param, 'setup_future_usage');

    // The SDK's pinned API version has allowed_payment_method_types instead of payment_method_types.
    const card = await stripe.paymentIntents.create({
      amount: 100,
      currency: 'sek',
      allowed_payment_method_types: ['card'],
    });
    assert.deepEqual(
      [card.allowed_payment_method_types, card.payment_method_types, card.automatic_payment_methods],
      [['card'], ['card'], null],
    );
    const removed = await stripeError(
      stripe.rawRequest('POST', '/v1/payment_intents', {
        amount: 100,
        currency: 'sek',
        payment_method_types: ['card'],
      }),
      Stripe.errors.StripeInvalidRequestError,
    );
    assert.equal(removed.code, 'parameter_unknown');
  });

  test('a crafted metadata key cannot reach a prototype', async () => {
    const intent = await stripe.paymentIntents.create({
      amount: 100,
      currency: 'sek',
      metadata: { ['__proto__']: 'x', constructor: 'y' },
    });
    assert.equal(Object.getPrototypeOf({}).constructor, Object);
    assert.equal(intent.metadata.constructor as unknown, 'y');
    assert.equal(Object.getOwnPropertyDescriptor(intent.metadata, '__proto__')?.value, 'x');
    const updated = await stripe.paymentIntents.update(intent.id, { metadata: { ['__proto__']: 'z' } });
    assert.equal(Object.getOwnPropertyDescriptor(updated.metadata, '__proto__')?.value, 'z');
  });
});

describe('faults', () => {
  test('an injected 500 reaches the caller without retries, and nothing is created', async () => {
    server.failNext('POST /v1/payment_intents', 500);
    const error = await stripeError(newIntent(), Stripe.errors.StripeAPIError);
    assert.equal(error.statusCode, 500);
    assert.equal(server.paymentIntents().length, 0);
    assert.equal((await newIntent()).status, 'requires_payment_method', 'only the next call failed');
  });

  test('with retries the SDK gets through a 503, under the same idempotency key', async () => {
    const patient = createStripeClient(server, { maxNetworkRetries: 1 });
    server.failNext('POST /v1/payment_intents', 503);
    const intent = await patient.paymentIntents.create(
      { amount: 100, currency: 'sek' },
      { idempotencyKey: 'retry-me' },
    );
    assert.equal(server.paymentIntents().length, 1);
    assert.deepEqual(
      server.requests.map((r) => [r.status, r.idempotencyKey, r.fault]),
      [
        [503, 'retry-me', 503],
        [200, 'retry-me', null],
      ],
    );
    assert.ok(intent.id);
  });

  test('a 500 is kept under its idempotency key: every retry with the key gets it, a new key runs afresh', async () => {
    const patient = createStripeClient(server, { maxNetworkRetries: 2 });
    server.failNext('POST /v1/refunds', 500);
    const intent = await paidIntent(1000);
    const refund = () => patient.refunds.create({ payment_intent: intent.id }, { idempotencyKey: 'refund-a' });
    for (let i = 0; i < 3; i++) {
      const error = await stripeError(refund(), Stripe.errors.StripeAPIError);
      assert.equal(error.statusCode, 500);
    }
    // Stripe-Should-Retry: false keeps the SDK from retrying what can only be replayed.
    assert.deepEqual(
      server.requests.filter((r) => r.path === '/v1/refunds').map((r) => [r.status, r.replayed]),
      [
        [500, false],
        [500, true],
        [500, true],
      ],
    );
    assert.equal(server.refunds().length, 0, 'nothing was made');
    const made = await patient.refunds.create({ payment_intent: intent.id }, { idempotencyKey: 'refund-b' });
    assert.equal(made.status, 'succeeded');
  });

  test("'executed-500': the object is made, and the caller and every retry with the key hear a 500", async () => {
    server.failNext('POST /v1/payment_intents', 'executed-500');
    await stripeError(newIntent(500, 'made-anyway'), Stripe.errors.StripeAPIError);
    await stripeError(newIntent(500, 'made-anyway'), Stripe.errors.StripeAPIError);
    assert.equal(server.paymentIntents().length, 1, 'made once');
    // Listing is how a caller finds out.
    const listed = await stripe.paymentIntents.list({ created: { gte: server.paymentIntents()[0]!.created } });
    assert.deepEqual(
      listed.data.map((i) => i.id),
      [server.paymentIntents()[0]!.id],
    );
  });

  test('idempotency keys expire: after expireIdempotencyKeys a retry with an old key makes a second object', async () => {
    const intent = await paidIntent(1000);
    await stripe.refunds.create({ payment_intent: intent.id, amount: 100 }, { idempotencyKey: 'old-key' });
    await stripe.refunds.create({ payment_intent: intent.id, amount: 100 }, { idempotencyKey: 'old-key' });
    assert.equal(server.refunds().length, 1);
    server.expireIdempotencyKeys();
    await stripe.refunds.create({ payment_intent: intent.id, amount: 100 }, { idempotencyKey: 'old-key' });
    assert.equal(server.refunds().length, 2, 'what a retry after 24 hours does at Stripe');
  });

  test('a key whose first request is still running gets a 409, which the SDK retries into a replay', async () => {
    const patient = createStripeClient(server, { maxNetworkRetries: 1 });
    server.latencyMs = 100;
    try {
      const create = () =>
        patient.paymentIntents.create({ amount: 100, currency: 'sek' }, { idempotencyKey: 'double-click' });
      const [a, b] = await Promise.all([create(), create()]);
      assert.equal(a.id, b.id);
    } finally {
      server.latencyMs = 0;
    }
    assert.equal(server.paymentIntents().length, 1);
    assert.deepEqual(server.requests.map((r) => r.status).sort(), [200, 200, 409]);
  });

  test('a lost response: executed, and the retry replays it instead of creating a second object', async () => {
    server.failNext('POST /v1/payment_intents', 'lost-response');
    // No retries configured: the SDK still retries a dropped connection once, with the same key.
    const intent = await newIntent(25_000, 'lost-1');
    assert.equal(server.paymentIntents().length, 1);
    assert.equal(intent.id, server.paymentIntents()[0]?.id);
    assert.deepEqual(
      server.requests.map((r) => [r.status, r.replayed]),
      [
        [null, false],
        [200, true],
      ],
    );
  });

  test('a dropped connection twice becomes a StripeConnectionError', async () => {
    server.failNext('POST /v1/refunds', 'network', 2);
    const error = await stripeError(
      stripe.refunds.create({ payment_intent: 'pi_x' }),
      Stripe.errors.StripeConnectionError,
    );
    assert.ok(error);
    assert.equal(server.requests.length, 2);
  });

  test('a hung request times out on the client; a * matches one path segment', async () => {
    const impatient = createStripeClient(server, { timeout: 200 });
    const intent = await newIntent();
    server.failNext('GET /v1/payment_intents/*', 'hang');
    const error = await stripeError(impatient.paymentIntents.retrieve(intent.id), Stripe.errors.StripeConnectionError);
    assert.match(error.message, /timeout/);
  });

  test('the request log has method, path, idempotency key and Stripe-Version', async () => {
    const intent = await newIntent(100, 'logged');
    await stripe.paymentIntents.retrieve(intent.id);
    await stripe.paymentIntents.update(intent.id, { description: 'x' });
    const [create, get, update] = server.requests;
    assert.deepEqual([create?.method, create?.path, create?.idempotencyKey], ['POST', '/v1/payment_intents', 'logged']);
    assert.equal(create?.stripeVersion, Stripe.API_VERSION);
    assert.deepEqual(create?.params.metadata, { booking_id: 'bk_1', class_id: 'cl_9' });
    assert.deepEqual([get?.method, get?.path, get?.idempotencyKey], ['GET', `/v1/payment_intents/${intent.id}`, null]);
    assert.match(String(update?.idempotencyKey), /^stripe-node-retry-/, 'the SDK keys every POST');
  });
});

describe('webhooks', () => {
  test('a payload signed with generateTestHeaderString verifies with constructEvent; a tampered one does not', async () => {
    const intent = await paidIntent();
    const event = server.lastEvent('payment_intent.succeeded', intent.id)!;
    const { payload, header } = server.signedPayload(event);
    const verified = stripe.webhooks.constructEvent(payload, header, server.webhookSecret);
    assert.equal(verified.id, event.id);
    assert.equal(verified.type, 'payment_intent.succeeded');

    const tampered = server.signedPayload(event, { tamper: true });
    assert.equal((JSON.parse(tampered.payload) as { data: { object: { amount: number } } }).data.object.amount, 25_100);
    assert.throws(
      () => stripe.webhooks.constructEvent(tampered.payload, tampered.header, server.webhookSecret),
      Stripe.errors.StripeSignatureVerificationError,
    );
    assert.throws(
      () => stripe.webhooks.constructEvent(payload, header, 'whsec_someone_else'),
      Stripe.errors.StripeSignatureVerificationError,
    );

    // Re-serialising the parsed JSON is not the raw body: Stripe sends pretty-printed JSON.
    assert.throws(
      () => stripe.webhooks.constructEvent(JSON.stringify(JSON.parse(payload)), header, server.webhookSecret),
      Stripe.errors.StripeSignatureVerificationError,
    );
    // An old signature is refused by the default five-minute tolerance.
    const old = signWebhook(event, server.webhookSecret, { timestamp: Math.floor(Date.now() / 1000) - 3600 });
    assert.throws(
      () => stripe.webhooks.constructEvent(old.payload, old.header, server.webhookSecret),
      Stripe.errors.StripeSignatureVerificationError,
    );
  });

  test('deliver POSTs signed events to a URL, once, several times, or in parallel', async () => {
    const received: string[] = [];
    const receiver = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        try {
          const event = stripe.webhooks.constructEvent(
            Buffer.concat(chunks),
            String(req.headers['stripe-signature']),
            server.webhookSecret,
          );
          received.push(event.id);
          res.writeHead(200).end('{"received":true}');
        } catch {
          res.writeHead(400).end('bad signature');
        }
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/webhooks/stripe`;
    try {
      const intent = await paidIntent();
      const event = server.lastEvent('payment_intent.succeeded', intent.id)!;
      assert.deepEqual(await server.deliver(event, url), [{ status: 200, body: '{"received":true}' }]);
      const many = await server.deliver(event, url, { times: 5, parallel: true });
      assert.deepEqual(
        many.map((d) => d.status),
        [200, 200, 200, 200, 200],
      );
      assert.deepEqual(
        (await server.deliver(event, url, { tamper: true })).map((d) => d.status),
        [400],
      );
      assert.deepEqual(
        (await server.deliver(event, url, { omitSignature: true })).map((d) => d.status),
        [400],
      );
      assert.equal(received.length, 6);
      assert.ok(received.every((id) => id === event.id));
    } finally {
      receiver.closeAllConnections();
      await new Promise((resolve) => receiver.close(resolve));
    }
  });
});

test('close() ends keep-alive and hung connections and can be called twice', async () => {
  const other = await startStripeServer();
  const client = createStripeClient(other, { timeout: 5_000 });
  await client.paymentIntents.create({ amount: 100, currency: 'sek' });
  other.failNext('GET /v1/events', 'hang', 2);
  const hung = client.events.list().catch((error: unknown) => error);
  await new Promise((resolve) => setTimeout(resolve, 50));
  await other.close();
  await other.close();
  assert.ok((await hung) instanceof Stripe.errors.StripeConnectionError);
});

describe('saved cards: Customers, SetupIntents, PaymentMethods', () => {
  async function customerWithCard() {
    const customer = await stripe.customers.create({ email: 'ada@example.test', metadata: { user_id: 'u1' } });
    const intent = await stripe.setupIntents.create({ customer: customer.id, allowed_payment_method_types: ['card'] });
    assert.equal(intent.status, 'requires_payment_method');
    assert.match(intent.client_secret ?? '', /^seti_\w+_secret_\w+$/);
    const confirmed = server.confirmSetupIntent(intent.id, { brand: 'visa', last4: '1234' });
    return { customer, card: confirmed.payment_method as string, intentId: intent.id };
  }

  test('a confirmed SetupIntent attaches a card: listed for its customer, events in order', async () => {
    const { customer, card, intentId } = await customerWithCard();
    assert.equal((await stripe.setupIntents.retrieve(intentId)).status, 'succeeded');
    const listed = await stripe.customers.listPaymentMethods(customer.id, { type: 'card' });
    assert.deepEqual(
      listed.data.map((m) => [m.id, m.card?.last4, m.customer]),
      [[card, '1234', customer.id]],
    );
    assert.deepEqual(
      server.events().map((e) => e.type),
      ['customer.created', 'setup_intent.created', 'payment_method.attached', 'setup_intent.succeeded'],
    );
  });

  test('the default is set on the customer, and cleared when that card is detached', async () => {
    const { customer, card } = await customerWithCard();
    const updated = await stripe.customers.update(customer.id, { invoice_settings: { default_payment_method: card } });
    assert.equal(updated.invoice_settings.default_payment_method, card);
    const detached = await stripe.paymentMethods.detach(card);
    assert.equal(detached.customer, null);
    const after = (await stripe.customers.retrieve(customer.id)) as Stripe.Customer;
    assert.equal(after.invoice_settings.default_payment_method, null);
    assert.deepEqual(server.lastEvent('payment_method.detached', card)?.data.previous_attributes, {
      customer: customer.id,
    });
    const again = await stripeError(stripe.paymentMethods.detach(card), Stripe.errors.StripeInvalidRequestError);
    assert.equal(again.code, 'payment_method_unexpected_state');
    const foreign = await stripeError(
      stripe.customers.update(customer.id, { invoice_settings: { default_payment_method: card } }),
      Stripe.errors.StripeInvalidRequestError,
    );
    assert.equal(foreign.code, 'resource_missing');
  });

  test('a PaymentIntent confirmed at once with a saved card: charged, or declined with the intent in the error; never with another customer’s card', async () => {
    const { customer, card } = await customerWithCard();
    const paid = await stripe.paymentIntents.create({
      amount: 1000,
      currency: 'sek',
      customer: customer.id,
      payment_method: card,
      confirm: true,
      automatic_payment_methods: { enabled: true, allow_redirects: 'never' },
    });
    assert.equal(paid.status, 'succeeded');
    assert.equal(server.charge(paid.latest_charge as string).payment_method, card);

    const redirects = await stripeError(
      stripe.paymentIntents.create({
        amount: 1000,
        currency: 'sek',
        customer: customer.id,
        payment_method: card,
        confirm: true,
      }),
      Stripe.errors.StripeInvalidRequestError,
    );
    assert.equal(redirects.param, 'return_url');

    const other = await stripe.customers.create({ email: 'bob@example.test' });
    const before = server.paymentIntents().length;
    const notTheirs = await stripeError(
      stripe.paymentIntents.create({
        amount: 1000,
        currency: 'sek',
        customer: other.id,
        payment_method: card,
        confirm: true,
        automatic_payment_methods: { enabled: true, allow_redirects: 'never' },
      }),
      Stripe.errors.StripeInvalidRequestError,
    );
    assert.equal(notTheirs.param, 'payment_method');
    assert.equal(server.paymentIntents().length, before, 'no intent made');

    server.declineCard(card);
    const declined = await stripeError(
      stripe.paymentIntents.create({
        amount: 1000,
        currency: 'sek',
        customer: customer.id,
        payment_method: card,
        confirm: true,
        automatic_payment_methods: { enabled: true, allow_redirects: 'never' },
      }),
      Stripe.errors.StripeCardError,
    );
    assert.equal(declined.code, 'card_declined');
    assert.equal(declined.payment_intent?.status, 'requires_payment_method');
  });

  test('a deleted customer reads as deleted and has no cards to list', async () => {
    const { customer } = await customerWithCard();
    server.deleteCustomer(customer.id);
    assert.deepEqual(await stripe.customers.retrieve(customer.id), {
      id: customer.id,
      object: 'customer',
      deleted: true,
    });
    const listing = await stripeError(
      stripe.customers.listPaymentMethods(customer.id),
      Stripe.errors.StripeInvalidRequestError,
    );
    assert.equal(listing.code, 'resource_missing');
  });
});
