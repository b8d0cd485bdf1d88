import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { type Client, type TestApp, classInput, startTestApp } from '../support/app.ts';
import { createStripeClient } from '../support/stripe-client.ts';
import { type StripeServer, startStripeServer } from '../support/stripe-server.ts';

let t: TestApp;
let stripe: StripeServer;
let admin: Client;

before(async () => {
  stripe = await startStripeServer();
  t = await startTestApp({ stripe });
  admin = await t.admin();
  const settings = await admin.patch('/api/v1/organisation', {
    paymentMethods: ['card', 'swish', 'bank_transfer', 'venue'],
    swishNumber: '123 456 78 90',
    bankAccount: 'SE45 5000 0000 0583 9825 7466',
  });
  assert.equal(settings.status, 200, JSON.stringify(settings.body));
});
after(async () => {
  await t.close();
  await stripe.close();
});

async function newClass(overrides: Record<string, unknown> = {}) {
  const response = await admin.post(
    '/api/v1/classes',
    classInput({ price: { amount: 20000 }, ...overrides }, t.clock.now()),
  );
  assert.equal(response.status, 201);
  return response.body;
}

const checkout = (classId: string, n: string, paymentMethod: string, extra: Record<string, unknown> = {}) =>
  t.client().post('/api/v1/bookings', {
    classId,
    paymentMethod,
    guest: { name: `Payer ${n}`, email: `payer${n}@example.test` },
    ...extra,
  });

/** Sends the last event of `type` about `objectId` (an intent, a charge, a refund), signed. */
async function webhook(type: string, objectId: string) {
  const event = stripe.lastEvent(type, objectId);
  assert.ok(event, `the server made a ${type} event for ${objectId}`);
  const { payload, header } = stripe.signedPayload(event);
  return t.app.inject({
    method: 'POST',
    url: '/api/v1/stripe/webhook',
    headers: { 'content-type': 'application/json', 'stripe-signature': header },
    payload,
  });
}

const spotsLeft = async (classId: string) =>
  (await t.client().get(`/api/v1/classes/${classId}`)).body.spotsLeft as number;

async function assertIntegrityClean() {
  await t.runJobs();
  const report = await admin.get('/api/v1/integrity');
  assert.equal(report.status, 200);
  assert.equal(report.body.clean, true, JSON.stringify(report.body));
}

describe('card payments', () => {
  test('checkout holds the spot, the server prices it, and the webhook confirms the booking', async () => {
    const cls = await newClass({ maxSpots: 2 });
    const started = await checkout(cls.id, 'card1', 'card');
    assert.equal(started.status, 201, JSON.stringify(started.body));
    const { booking, payment } = started.body;
    assert.equal(booking.status, 'pending');
    assert.equal(booking.paymentStatus, 'pending');
    assert.ok(booking.holdExpiresAt);
    assert.equal(payment.method, 'card');
    assert.deepEqual(payment.amount, { amount: 20000, currency: 'SEK' });
    assert.match(payment.clientSecret, /^pi_\w+_secret_/);
    assert.equal(payment.publishableKey, 'pk_test_local');
    assert.equal(await spotsLeft(cls.id), 1, 'a held spot counts as taken');

    const intentId = payment.clientSecret.split('_secret_')[0];
    const intent = stripe.paymentIntent(intentId);
    assert.equal(intent.amount, 20000);
    assert.equal(intent.currency, 'sek');
    assert.equal(intent.metadata.payment_id, payment.id);
    assert.equal(intent.metadata.booking_id, booking.id);

    const poll = await t.client().get(`/api/v1/payments/by-intent/${intentId}`);
    assert.equal(poll.body.found, false);

    stripe.succeed(intentId);
    const delivered = await webhook('payment_intent.succeeded', intentId);
    assert.equal(delivered.statusCode, 200, delivered.body);
    const confirmed = await t.client().get(`/api/v1/payments/by-intent/${intentId}`);
    assert.equal(confirmed.body.found, true);
    assert.equal(confirmed.body.booking.status, 'confirmed');
    assert.equal(confirmed.body.booking.paymentStatus, 'paid');

    const again = await webhook('payment_intent.succeeded', intentId);
    assert.equal(again.json().duplicate, true, 'the same event twice is processed once');
    const audit = await admin.get(`/api/v1/audit-log?entityType=payment&entityId=${payment.id}`);
    assert.deepEqual(
      audit.body.entries.map((e: { action: string }) => e.action),
      ['payment.succeeded'],
    );
    await assertIntegrityClean();
  });

  test('the client confirm and the webhook settle through one function: one booking', async () => {
    const cls = await newClass();
    const started = await checkout(cls.id, 'card2', 'card');
    const intentId = started.body.payment.clientSecret.split('_secret_')[0];
    const early = await t.client().post('/api/v1/payments/confirm', { paymentIntentId: intentId });
    assert.equal(early.status, 409);
    assert.equal(early.body.error.code, 'payment_not_succeeded');

    stripe.succeed(intentId);
    const [confirm, hook] = await Promise.all([
      t.client().post('/api/v1/payments/confirm', { paymentIntentId: intentId }),
      webhook('payment_intent.succeeded', intentId),
    ]);
    assert.equal(confirm.status, 200, JSON.stringify(confirm.body));
    assert.equal(hook.statusCode, 200);
    assert.ok(['booked', 'already'].includes(confirm.body.settlement.outcome));
    assert.equal(confirm.body.booking.status, 'confirmed');
    const bookings = await admin.get(`/api/v1/bookings?classId=${cls.id}`);
    assert.equal(bookings.body.bookings.length, 1);
    await assertIntegrityClean();
  });

  test('a declined card keeps the spot while the customer tries again: another card books it', async () => {
    const cls = await newClass({ maxSpots: 1 });
    const started = await checkout(cls.id, 'card-again', 'card');
    const intentId = started.body.payment.clientSecret.split('_secret_')[0];
    stripe.fail(intentId, { code: 'card_declined', declineCode: 'insufficient_funds' });
    await webhook('payment_intent.payment_failed', intentId);
    assert.equal(await spotsLeft(cls.id), 0, 'the spot is still held');
    const someoneElse = await checkout(cls.id, 'card-again-other', 'venue');
    assert.equal(someoneElse.status, 409, JSON.stringify(someoneElse.body));
    const pending = await admin.get(`/api/v1/payments/${started.body.payment.id}`);
    assert.deepEqual([pending.body.status, pending.body.failureReason], ['pending', 'insufficient_funds']);

    stripe.succeed(intentId);
    await webhook('payment_intent.succeeded', intentId);
    const paid = await admin.get(`/api/v1/payments/${started.body.payment.id}`);
    assert.equal(paid.body.status, 'succeeded');
    const booked = await t.client().get(`/api/v1/manage/${started.body.manageToken}`);
    assert.equal(booked.body.status, 'confirmed');
    await assertIntegrityClean();
  });

  test('a declined card whose customer does not try again: the hold ends, the payment fails with the reason', async () => {
    const cls = await newClass({ maxSpots: 1 });
    const started = await checkout(cls.id, 'card3', 'card');
    const intentId = started.body.payment.clientSecret.split('_secret_')[0];
    assert.equal(await spotsLeft(cls.id), 0);
    stripe.fail(intentId, { code: 'card_declined', declineCode: 'insufficient_funds' });
    await webhook('payment_intent.payment_failed', intentId);
    t.clock.advance(11 * 60_000);
    try {
      await t.runJobs();
    } finally {
      t.clock.advance(-11 * 60_000);
    }
    assert.equal(await spotsLeft(cls.id), 1);
    const info = await admin.get(`/api/v1/payments/${started.body.payment.id}`);
    assert.equal(info.body.status, 'failed');
    assert.equal(info.body.failureReason, 'insufficient_funds');
    assert.equal(stripe.paymentIntent(intentId).status, 'canceled', 'Stripe is asked to stop the intent');
    await assertIntegrityClean();
  });

  test('a hold that expires frees the spot by itself; a late payment is then booked if there is room', async () => {
    const cls = await newClass({ maxSpots: 1 });
    const started = await checkout(cls.id, 'late', 'card');
    const intentId = started.body.payment.clientSecret.split('_secret_')[0];
    t.clock.advance(11 * 60_000);
    try {
      await t.runJobs();
    } finally {
      t.clock.advance(-11 * 60_000);
    }
    assert.equal(await spotsLeft(cls.id), 1, 'the hold ran out');
    assert.equal(stripe.paymentIntent(intentId).status, 'canceled', 'Stripe is asked to stop the intent');
  });

  test('a payment that succeeds for a spot that is gone is refunded automatically', async () => {
    const cls = await newClass({ maxSpots: 1 });
    const slow = await checkout(cls.id, 'slow', 'card');
    const slowIntent = slow.body.payment.clientSecret.split('_secret_')[0];
    t.clock.advance(11 * 60_000);
    try {
      assert.equal(await t.runner.runDue(), 1, 'only the hold expiry is due');
    } finally {
      t.clock.advance(-11 * 60_000);
    }
    // The spot goes to someone else, paying at the venue.
    const fast = await checkout(cls.id, 'fast', 'venue');
    assert.equal(fast.status, 201);
    // The slow customer's payment goes through at Stripe before our cancel request reaches it.
    stripe.succeed(slowIntent);
    await webhook('payment_intent.succeeded', slowIntent);
    await t.runJobs();
    const queue = await admin.get('/api/v1/unbookable-payments');
    const problem = queue.body.payments.find((p: { paymentId: string }) => p.paymentId === slow.body.payment.id);
    assert.equal(problem.reason, 'class_full');
    assert.equal(problem.status, 'refunded');
    assert.equal(stripe.refunds({ paymentIntent: slowIntent }).length, 1);
    assert.equal(stripe.paymentIntent(slowIntent).status, 'succeeded', 'a succeeded intent is not cancelled');
    await assertIntegrityClean();
  });

  test('with the queue policy, an unbookable payment waits for an admin, who can book it when a spot frees up', async () => {
    await admin.patch('/api/v1/organisation', { unbookablePaymentPolicy: 'queue' });
    try {
      const cls = await newClass({ maxSpots: 1 });
      const slow = await checkout(cls.id, 'queued', 'card');
      const intentId = slow.body.payment.clientSecret.split('_secret_')[0];
      t.clock.advance(11 * 60_000);
      try {
        await t.runner.runDue();
      } finally {
        t.clock.advance(-11 * 60_000);
      }
      const other = await checkout(cls.id, 'other', 'venue');
      stripe.succeed(intentId);
      await webhook('payment_intent.succeeded', intentId);
      const queue = await admin.get('/api/v1/unbookable-payments?status=open');
      const problem = queue.body.payments.find((p: { paymentId: string }) => p.paymentId === slow.body.payment.id);
      assert.ok(problem);
      const full = await admin.post(`/api/v1/unbookable-payments/${problem.id}/book`, {});
      assert.equal(full.status, 409);
      assert.equal(full.body.error.code, 'capacity_full');
      await admin.post(`/api/v1/bookings/${other.body.booking.id}/cancel`, {});
      const booked = await admin.post(`/api/v1/unbookable-payments/${problem.id}/book`, {});
      assert.equal(booked.status, 200, JSON.stringify(booked.body));
      assert.equal(booked.body.status, 'confirmed');
      assert.equal(booked.body.paymentStatus, 'paid');
      await assertIntegrityClean();
    } finally {
      await admin.patch('/api/v1/organisation', { unbookablePaymentPolicy: 'refund' });
    }
  });

  test('without Stripe configured, card answers payments_disabled and other methods work', async () => {
    const plain = await startTestApp();
    try {
      const plainAdmin = await plain.admin();
      await plainAdmin.patch('/api/v1/organisation', { paymentMethods: ['card', 'venue'] });
      const cls = (await plainAdmin.post('/api/v1/classes', classInput({}, plain.clock.now()))).body;
      const card = await plain.client().post('/api/v1/bookings', {
        classId: cls.id,
        paymentMethod: 'card',
        guest: { name: 'A', email: 'a@example.test' },
      });
      assert.equal(card.status, 503);
      assert.equal(card.body.error.code, 'payments_disabled');
      const logged = plain.logs.find(
        (line) => line.reqId === card.body.error.requestId && line.code === 'payments_disabled',
      );
      assert.equal(logged?.level, 40, 'a refusal by configuration is a warning, not an error with a stack');
      assert.equal(logged?.err, undefined);
      const venue = await plain.client().post('/api/v1/bookings', {
        classId: cls.id,
        paymentMethod: 'venue',
        guest: { name: 'A', email: 'a@example.test' },
      });
      assert.equal(venue.status, 201);
    } finally {
      await plain.close();
    }
  });
});

describe('Swish and manual payments', () => {
  test('Swish or a bank transfer without the number or account to pay to is not offered to customers', async () => {
    const cleared = await admin.patch('/api/v1/organisation', { swishNumber: null, bankAccount: null });
    assert.equal(cleared.status, 200, JSON.stringify(cleared.body));
    try {
      const cls = await newClass();
      for (const method of ['swish', 'bank_transfer']) {
        const refused = await checkout(cls.id, `nowhere-${method}`, method);
        assert.deepEqual([refused.status, refused.body.error.code], [422, 'payment_method_unavailable'], method);
      }
      const pack = await admin.post('/api/v1/packages', {
        name: 'Nowhere to pay',
        credits: 2,
        price: { amount: 30_000 },
        validityDays: 30,
        scope: 'everything',
      });
      const buyer = t.client();
      assert.equal((await buyer.signUp('nowhere-buyer@example.test')).status, 201);
      const bought = await buyer.post(`/api/v1/packages/${pack.body.id}/purchase`, { paymentMethod: 'swish' });
      assert.deepEqual([bought.status, bought.body.error.code], [422, 'payment_method_unavailable']);
      assert.equal((await admin.get(`/api/v1/classes/${cls.id}`)).body.spotsLeft, cls.maxSpots, 'nothing booked');
      assert.equal((await checkout(cls.id, 'nowhere-venue', 'venue')).status, 201, 'the venue still is');
    } finally {
      const restored = await admin.patch('/api/v1/organisation', {
        swishNumber: '123 456 78 90',
        bankAccount: 'SE45 5000 0000 0583 9825 7466',
      });
      assert.equal(restored.status, 200, JSON.stringify(restored.body));
    }
  });

  test('a Swish booking is pending with a reference and instructions until staff mark it paid', async () => {
    const cls = await newClass();
    const started = await checkout(cls.id, 'swish1', 'swish');
    assert.equal(started.status, 201);
    const { booking, payment } = started.body;
    assert.equal(booking.status, 'pending');
    assert.equal(payment.method, 'swish');
    assert.equal(payment.payTo, '123 456 78 90');
    assert.match(payment.reference, /^SW[0-9A-F]{10}$/);
    assert.equal(payment.clientSecret, null);
    const waiting = (await t.client().get(`/api/v1/manage/${started.body.manageToken}`)).body;
    assert.deepEqual(waiting.paymentInstructions, {
      method: 'swish',
      payTo: '123 456 78 90',
      reference: payment.reference,
      amount: { amount: 20000, currency: 'SEK' },
    });

    const customer = t.client();
    const refused = await customer.post(`/api/v1/payments/${payment.id}/mark-paid`, {});
    assert.equal(refused.status, 401);
    const marked = await admin.post(`/api/v1/payments/${payment.id}/mark-paid`, {});
    assert.equal(marked.status, 200, JSON.stringify(marked.body));
    assert.equal(marked.body.outcome, 'booked');
    const twice = await admin.post(`/api/v1/payments/${payment.id}/mark-paid`, {});
    assert.equal(twice.body.outcome, 'already');
    const view = await t.client().get(`/api/v1/manage/${started.body.manageToken}`);
    assert.equal(view.body.status, 'confirmed');
    assert.equal(view.body.paymentStatus, 'paid');
    assert.equal(view.body.paymentInstructions, null, 'nothing left to pay');
    await assertIntegrityClean();
  });

  test('marking paid after the deadline re-checks capacity; with no room it goes to the admin queue', async () => {
    const cls = await newClass({ maxSpots: 1 });
    const started = await checkout(cls.id, 'swish2', 'swish');
    t.clock.advance(25 * 3600_000);
    try {
      await t.runJobs();
    } finally {
      t.clock.advance(-25 * 3600_000);
    }
    assert.equal(await spotsLeft(cls.id), 1);
    await checkout(cls.id, 'taker', 'venue');
    const marked = await admin.post(`/api/v1/payments/${started.body.payment.id}/mark-paid`, {});
    assert.equal(marked.body.outcome, 'unbookable');
    assert.equal(marked.body.reason, 'class_full');
    const queue = await admin.get('/api/v1/unbookable-payments?status=open');
    const problem = queue.body.payments.find((p: { paymentId: string }) => p.paymentId === started.body.payment.id);
    assert.ok(problem, 'a Swish payment cannot be refunded by the system: it waits for an admin');
    // The admin pays it back by hand and records it.
    const refund = await admin.post(`/api/v1/payments/${started.body.payment.id}/refunds`, { reason: 'class full' });
    assert.equal(refund.status, 201);
    assert.equal(refund.body.status, 'succeeded');
    await assertIntegrityClean();
  });
});

describe('refunds', () => {
  test('partial then full refund; more than was paid is refused; the booking is cancelled and its spot freed', async () => {
    const cls = await newClass({ maxSpots: 3 });
    const started = await checkout(cls.id, 'refund1', 'card');
    const intentId = started.body.payment.clientSecret.split('_secret_')[0];
    stripe.succeed(intentId);
    await webhook('payment_intent.succeeded', intentId);
    const paymentId = started.body.payment.id;

    const partial = await admin.post(`/api/v1/payments/${paymentId}/refunds`, { amount: 5000, reason: 'late start' });
    assert.equal(partial.status, 201, JSON.stringify(partial.body));
    assert.equal(partial.body.status, 'succeeded');
    let info = (await admin.get(`/api/v1/payments/${paymentId}`)).body;
    assert.equal(info.refunded, 5000);
    assert.equal(info.refundable, 15000);
    assert.equal((await t.client().get(`/api/v1/manage/${started.body.manageToken}`)).body.status, 'confirmed');

    const tooMuch = await admin.post(`/api/v1/payments/${paymentId}/refunds`, { amount: 15001, reason: 'oops' });
    assert.equal(tooMuch.status, 409);
    assert.equal(tooMuch.body.error.code, 'refund_exceeds_payment');
    assert.deepEqual(tooMuch.body.error.details, { refundable: 15000 });

    const rest = await admin.post(`/api/v1/payments/${paymentId}/refunds`, { reason: 'cancelled by us' });
    assert.equal(rest.body.amount.amount, 15000);
    info = (await admin.get(`/api/v1/payments/${paymentId}`)).body;
    assert.equal(info.refunded, 20000);
    assert.equal(info.refundable, 0);
    const again = await admin.post(`/api/v1/payments/${paymentId}/refunds`, { reason: 'again' });
    assert.equal(again.status, 409, 'a second refund for the same money is refused');
    const view = (await t.client().get(`/api/v1/manage/${started.body.manageToken}`)).body;
    assert.equal(view.status, 'cancelled');
    assert.equal(view.paymentStatus, 'refunded');
    assert.equal(await spotsLeft(cls.id), 3);
    assert.equal(stripe.refunds({ paymentIntent: intentId }).length, 2);
    const bookingAudit = await admin.get(`/api/v1/audit-log?entityType=booking&entityId=${started.body.booking.id}`);
    const cancelled = bookingAudit.body.entries.filter((e: { action: string }) => e.action === 'booking.cancelled');
    assert.equal(cancelled.length, 1, 'the full refund that cancels the booking says so in the audit log');
    assert.deepEqual(cancelled[0].after, { status: 'cancelled', reason: 'refunded' });
    await assertIntegrityClean();
  });

  test('a refund that Stripe leaves pending is reconciled by its webhook', async () => {
    const cls = await newClass();
    const started = await checkout(cls.id, 'refund2', 'card');
    const intentId = started.body.payment.clientSecret.split('_secret_')[0];
    stripe.succeed(intentId);
    await webhook('payment_intent.succeeded', intentId);
    stripe.refundOutcome = 'pending';
    try {
      const refund = await admin.post(`/api/v1/payments/${started.body.payment.id}/refunds`, {
        reason: 'customer asked',
      });
      assert.equal(refund.body.status, 'pending');
      const [stripeRefund] = stripe.refunds({ paymentIntent: intentId });
      stripe.settleRefund(stripeRefund!.id, 'succeeded');
      const event = stripe.lastEvent('refund.updated', stripeRefund!.id);
      assert.ok(event);
      const { payload, header } = stripe.signedPayload(event);
      await t.app.inject({
        method: 'POST',
        url: '/api/v1/stripe/webhook',
        headers: { 'content-type': 'application/json', 'stripe-signature': header },
        payload,
      });
      const info = (await admin.get(`/api/v1/payments/${started.body.payment.id}`)).body;
      assert.equal(info.refunds[0].status, 'succeeded');
    } finally {
      stripe.refundOutcome = 'succeeded';
    }
    await assertIntegrityClean();
  });
});

describe('refunds made at Stripe', () => {
  /** Delivers the last event of `type` about `objectId`, `times` times at once. */
  async function deliver(type: string, objectId: string, times = 1) {
    const answers = await Promise.all(Array.from({ length: times }, () => webhook(type, objectId)));
    for (const answer of answers) assert.equal(answer.statusCode, 200, answer.body);
  }

  test("a refund made in Stripe's dashboard is recorded once against its payment; a booking left unpaid is reported", async () => {
    const cls = await newClass();
    const started = await checkout(cls.id, 'dashboard', 'card');
    assert.equal(started.status, 201, JSON.stringify(started.body));
    const paymentId = started.body.payment.id as string;
    const intentId = started.body.payment.clientSecret.split('_secret_')[0];
    stripe.succeed(intentId);
    await webhook('payment_intent.succeeded', intentId);
    const atStripe = createStripeClient(stripe);

    // Part of the money, with both events Stripe sends about it arriving twice each, at once.
    const part = await atStripe.refunds.create({ payment_intent: intentId, amount: 5_000 });
    await Promise.all([deliver('refund.created', part.id, 2), deliver('charge.refunded', String(part.charge), 2)]);
    let info = (await admin.get(`/api/v1/payments/${paymentId}`)).body;
    assert.deepEqual(
      info.refunds.map((r: { amount: number; status: string }) => [r.amount, r.status]),
      [[5_000, 'succeeded']],
    );
    assert.equal((await admin.get(`/api/v1/bookings/${started.body.booking.id}`)).body.status, 'confirmed');
    await assertIntegrityClean();

    // The rest: the booking keeps its spot with none of its money, which the integrity report says.
    const rest = await atStripe.refunds.create({ payment_intent: intentId });
    await deliver('charge.refunded', String(rest.charge));
    info = (await admin.get(`/api/v1/payments/${paymentId}`)).body;
    assert.equal(info.refunds.length, 2);
    assert.equal(
      info.refunds.reduce((sum: number, r: { amount: number }) => sum + r.amount, 0),
      20_000,
    );
    await t.runJobs();
    const report = (await admin.get('/api/v1/integrity')).body;
    assert.deepEqual(report.paidBookingsWithoutPayment, [
      { bookingId: started.body.booking.id, paymentMethod: 'card' },
    ]);
    const audit = await admin.get(`/api/v1/audit-log?entityType=payment&entityId=${paymentId}`);
    assert.equal(
      audit.body.entries.filter((e: { action: string }) => e.action === 'payment.refund.recorded').length,
      2,
    );
    // Staff cancel it without a second refund: the report is clean again.
    const cancelled = await admin.post(`/api/v1/bookings/${started.body.booking.id}/cancel`, {});
    assert.equal(cancelled.status, 200, JSON.stringify(cancelled.body));
    assert.equal(stripe.refunds({ paymentIntent: intentId }).length, 2, 'nothing more refunded');
    await assertIntegrityClean();
  });
});

describe('bad input changes nothing', () => {
  test('webhooks with a bad or missing signature are refused with 400', async () => {
    const event = stripe.event('payment_intent.succeeded', { id: 'pi_unknown1234567', object: 'payment_intent' });
    const tampered = stripe.signedPayload(event, { tamper: true });
    const bad = await t.app.inject({
      method: 'POST',
      url: '/api/v1/stripe/webhook',
      headers: { 'content-type': 'application/json', 'stripe-signature': tampered.header },
      payload: tampered.payload,
    });
    assert.equal(bad.statusCode, 400);
    assert.equal(bad.json().error.code, 'invalid_signature');
    const missing = await t.app.inject({
      method: 'POST',
      url: '/api/v1/stripe/webhook',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify(event),
    });
    assert.equal(missing.statusCode, 400);
  });

  test('unknown intents, unknown payments, classes and refunds of unpaid payments are clear 4xx', async () => {
    const unknownIntent = await t.client().post('/api/v1/payments/confirm', { paymentIntentId: 'pi_doesnotexist123' });
    assert.equal(unknownIntent.status, 404);
    assert.equal(unknownIntent.body.error.code, 'payment_not_found');
    const badIntent = await t.client().post('/api/v1/payments/confirm', { paymentIntentId: 'not-an-intent' });
    assert.equal(badIntent.status, 400);
    const unknownClass = await checkout('00000000-0000-4000-8000-000000000000', 'x', 'card');
    assert.equal(unknownClass.status, 404);
    const tamperedPrice = await t.client().post('/api/v1/bookings', {
      classId: (await newClass()).id,
      paymentMethod: 'card',
      amount: 1,
      guest: { name: 'X', email: 'x@example.test' },
    });
    assert.equal(tamperedPrice.status, 400, 'the client cannot send a price');
    const cls = await newClass();
    const pending = await checkout(cls.id, 'unpaid', 'card');
    const refund = await admin.post(`/api/v1/payments/${pending.body.payment.id}/refunds`, { reason: 'x' });
    assert.equal(refund.status, 409);
    assert.equal(refund.body.error.code, 'payment_not_succeeded');
    const noPayment = await admin.get('/api/v1/payments/00000000-0000-4000-8000-000000000000');
    assert.equal(noPayment.status, 404);
  });

  test('an intent paid in another currency than our payment is never booked: it is refunded', async () => {
    const cls = await newClass();
    const started = await checkout(cls.id, 'currency', 'card');
    const intentId = started.body.payment.clientSecret.split('_secret_')[0];
    // Same number, other money: only the currency tells them apart.
    const stripeClient = (await import('stripe')).default;
    const sdk = new stripeClient(stripe.secretKey, { host: stripe.host, port: stripe.port, protocol: 'http' });
    await sdk.paymentIntents.update(intentId, { currency: 'eur' });
    stripe.succeed(intentId);
    await webhook('payment_intent.succeeded', intentId);
    await t.runJobs();
    const queue = await admin.get('/api/v1/unbookable-payments');
    const problem = queue.body.payments.find((p: { paymentId: string }) => p.paymentId === started.body.payment.id);
    assert.equal(problem?.reason, 'mismatch', JSON.stringify(queue.body));
    assert.equal((await t.client().get(`/api/v1/manage/${started.body.manageToken}`)).body.status, 'cancelled');
    assert.equal(stripe.refunds({ paymentIntent: intentId }).length, 1, 'the money goes back');
    await assertIntegrityClean();
  });

  test('metadata that does not match our payment is never booked: it is refunded', async () => {
    const cls = await newClass();
    const started = await checkout(cls.id, 'tamper', 'card');
    const intentId = started.body.payment.clientSecret.split('_secret_')[0];
    // Someone changed the intent's amount before paying (e.g. through the dashboard).
    const stripeClient = (await import('stripe')).default;
    const sdk = new stripeClient(stripe.secretKey, { host: stripe.host, port: stripe.port, protocol: 'http' });
    await sdk.paymentIntents.update(intentId, { amount: 100 });
    stripe.succeed(intentId);
    await webhook('payment_intent.succeeded', intentId);
    await t.runJobs();
    const queue = await admin.get('/api/v1/unbookable-payments');
    const problem = queue.body.payments.find((p: { paymentId: string }) => p.paymentId === started.body.payment.id);
    assert.equal(problem.reason, 'mismatch');
    assert.equal(problem.status, 'refunded');
    assert.equal(stripe.refunds({ paymentIntent: intentId })[0]?.amount, 100, 'what was received goes back');
    assert.equal((await t.client().get(`/api/v1/manage/${started.body.manageToken}`)).body.status, 'cancelled');
    await assertIntegrityClean();
  });
});
