/**
 * Issue 10's leftovers on the money side of credits: refund as credit, no-show fees, an admin's
 * refund of a package payment, and the expiry of a package's card payment that never completes.
 */
import assert from 'node:assert/strict';
import { after, afterEach, before, describe, test } from 'node:test';
import { type SQL, sql } from 'drizzle-orm';
import { queryRows } from '../../src/platform/db.ts';
import { type Client, type TestApp, classInput, guest, startTestApp } from '../support/app.ts';
import type { Json } from '../support/json.ts';
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
    swishNumber: '1234567890',
  });
  assert.equal(settings.status, 200, JSON.stringify(settings.body));
});
after(async () => {
  await t.close();
  await stripe.close();
});

const rows = <R>(query: SQL) => queryRows<R>(t.database.db, query);

let customers = 0;
async function newCustomer(): Promise<Client> {
  const client = t.client();
  const response = await client.signUp(`refunds-${++customers}@example.test`);
  assert.equal(response.status, 201, JSON.stringify(response.body));
  return client;
}

async function newClass(overrides: Record<string, unknown> = {}): Promise<{ id: string; startsAt: string }> {
  const response = await admin.post(
    '/api/v1/classes',
    classInput({ price: { amount: 20_000 }, maxSpots: 5, ...overrides }, t.clock.now()),
  );
  assert.equal(response.status, 201, JSON.stringify(response.body));
  return response.body;
}

async function newPackage(overrides: Record<string, unknown> = {}): Promise<{ id: string }> {
  const response = await admin.post('/api/v1/packages', {
    name: `Pack ${Math.random()}`,
    credits: 10,
    price: { amount: 100_000 },
    validityDays: 90,
    scope: 'everything',
    ...overrides,
  });
  assert.equal(response.status, 201, JSON.stringify(response.body));
  return response.body;
}

/** The customer buys with Swish and staff see the money arrive. */
async function buyWithSwish(customer: Client, packageId: string): Promise<{ paymentId: string; purchaseId: string }> {
  const bought = await customer.post(`/api/v1/packages/${packageId}/purchase`, { paymentMethod: 'swish' });
  assert.equal(bought.status, 201, JSON.stringify(bought.body));
  const paid = await admin.post(`/api/v1/payments/${bought.body.payment.id}/mark-paid`, {});
  assert.equal(paid.body.outcome, 'credited', JSON.stringify(paid.body));
  return { paymentId: bought.body.payment.id, purchaseId: bought.body.purchase.id };
}

const setPolicy = async (body: Record<string, unknown>) => {
  const response = await admin.request('PUT', '/api/v1/cancellation-policies', body);
  assert.equal(response.status, 200, JSON.stringify(response.body));
  return response.body as Json;
};
afterEach(async () => {
  for (const policy of (await admin.get('/api/v1/cancellation-policies')).body.policies)
    assert.equal((await admin.delete(`/api/v1/cancellation-policies/${policy.id}`)).status, 204);
  t.clock.set(new Date());
});

/** Stripe says the card payment succeeded, and its webhook reaches us. */
async function payByCard(clientSecret: string): Promise<string> {
  const intentId = clientSecret.split('_secret_')[0]!;
  stripe.succeed(intentId);
  const event = stripe.lastEvent('payment_intent.succeeded', intentId);
  assert.ok(event);
  const signed = stripe.signedPayload(event);
  const delivered = await t.app.inject({
    method: 'POST',
    url: '/api/v1/stripe/webhook',
    headers: signed.headers,
    payload: signed.payload,
  });
  assert.equal(delivered.statusCode, 200, delivered.body);
  return intentId;
}

async function bookPaid(
  customer: Client,
  classId: string,
  method: 'swish' | 'card',
): Promise<{ bookingId: string; paymentId: string; intentId: string | null }> {
  const booked = await customer.post('/api/v1/bookings', { classId, paymentMethod: method });
  assert.equal(booked.status, 201, JSON.stringify(booked.body));
  const paymentId = booked.body.payment.id as string;
  let intentId: string | null = null;
  if (method === 'swish') {
    assert.equal((await admin.post(`/api/v1/payments/${paymentId}/mark-paid`, {})).body.outcome, 'booked');
  } else {
    intentId = await payByCard(booked.body.payment.clientSecret);
  }
  return { bookingId: booked.body.booking.id, paymentId, intentId };
}

const balanceOf = async (customer: Client) => (await customer.get('/api/v1/me/credits')).body.balance as number;

async function assertIntegrityClean() {
  const report = await admin.get('/api/v1/integrity');
  assert.equal(report.status, 200, JSON.stringify(report.body));
  assert.equal(report.body.clean, true, JSON.stringify(report.body));
}

describe('refund as credit', () => {
  test('a paid Swish booking cancelled in time becomes one credit for its class type, linked to the payment; no money moves', async () => {
    const type = await admin.post('/api/v1/class-types', { name: 'Reformer' });
    const other = await admin.post('/api/v1/class-types', { name: 'Mat' });
    const policy = await setPolicy({ lateAction: 'refuse', refundTo: 'credit', creditValidityDays: 30 });
    assert.equal(policy.refundTo, 'credit');
    const customer = await newCustomer();
    const cls = await newClass({ classTypeId: type.body.id });
    const { bookingId, paymentId } = await bookPaid(customer, cls.id, 'swish');
    const cancelled = await customer.post(`/api/v1/bookings/${bookingId}/cancel`, {});
    assert.equal(cancelled.status, 200, JSON.stringify(cancelled.body));
    const payment = (await admin.get(`/api/v1/payments/${paymentId}`)).body;
    assert.equal(payment.credited, 20_000);
    assert.equal(payment.refundable, 0);
    assert.deepEqual(payment.refunds, []);
    const queue = (await admin.get('/api/v1/unbookable-payments?status=open')).body.payments as Json[];
    assert.equal(
      queue.some((p) => p.paymentId === paymentId),
      false,
      'nothing waits to be paid back',
    );
    const credits = (await customer.get('/api/v1/me/credits')).body;
    assert.equal(credits.balance, 1);
    const grant = credits.grants[0];
    assert.equal(grant.source, 'refund');
    assert.equal(grant.scope, 'class_types');
    assert.deepEqual(grant.scopeIds, [type.body.id]);
    const days = (new Date(grant.expiresAt).getTime() - t.clock.now().getTime()) / (24 * 3600_000);
    assert.ok(Math.abs(days - 30) < 0.01, `valid 30 days, not ${days}`);
    const [entry] = credits.ledger.entries;
    assert.equal(entry.paymentId, paymentId);
    assert.equal(entry.bookingId, bookingId);
    assert.match(entry.reason, /refund as credit/);
    await assertIntegrityClean();

    // The credit pays for the same kind of class only.
    const elsewhere = await newClass({ classTypeId: other.body.id });
    const refused = await customer.post('/api/v1/bookings', { classId: elsewhere.id, paymentMethod: 'credits' });
    assert.equal(refused.status, 422, JSON.stringify(refused.body));
    assert.equal(refused.body.error.code, 'credits_not_applicable');
    const again = await newClass({ classTypeId: type.body.id });
    const used = await customer.post('/api/v1/bookings', { classId: again.id, paymentMethod: 'credits' });
    assert.equal(used.status, 201, JSON.stringify(used.body));
    assert.equal(await balanceOf(customer), 0);
    await assertIntegrityClean();
  });

  test('a card booking under a credit policy is not refunded by Stripe; a class the studio cancels always is, in full', async () => {
    await setPolicy({ lateAction: 'refuse', refundTo: 'credit' });
    const customer = await newCustomer();
    const first = await newClass();
    const own = await bookPaid(customer, first.id, 'card');
    assert.equal((await customer.post(`/api/v1/bookings/${own.bookingId}/cancel`, {})).status, 200);
    await t.runJobs();
    assert.deepEqual(stripe.refunds({ paymentIntent: own.intentId! }), []);
    assert.equal(await balanceOf(customer), 1, 'an untyped class gives a credit for any class');

    const second = await newClass();
    const calledOff = await bookPaid(customer, second.id, 'card');
    assert.equal((await admin.post(`/api/v1/classes/${second.id}/cancel`, {})).status, 200);
    await t.runJobs();
    assert.deepEqual(
      stripe.refunds({ paymentIntent: calledOff.intentId! }).map((r) => r.amount),
      [20_000],
    );
    assert.equal(await balanceOf(customer), 1, 'no credit for a class the studio cancelled');
    await assertIntegrityClean();
  });

  test('late with a fixed fee: the credit is kept (a fee cannot be split), and so is the money; a guest gets money back', async () => {
    await setPolicy({
      freeHours: 48,
      lateAction: 'fee',
      lateFee: { kind: 'fixed', value: 3000 },
      refundTo: 'credit',
    });
    const customer = await newCustomer();
    const cls = await newClass();
    const { bookingId, paymentId } = await bookPaid(customer, cls.id, 'swish');
    t.clock.set(new Date(new Date(cls.startsAt).getTime() - 24 * 3600_000));
    assert.equal((await customer.post(`/api/v1/bookings/${bookingId}/cancel`, {})).status, 200);
    const payment = (await admin.get(`/api/v1/payments/${paymentId}`)).body;
    assert.deepEqual([payment.credited, payment.retained, payment.refundable], [0, 20_000, 0]);
    assert.equal(await balanceOf(customer), 0);

    // A guest cannot spend credits: the money goes back by its method, less the fee.
    const guestBooking = await t
      .client()
      .post('/api/v1/bookings', { classId: cls.id, paymentMethod: 'swish', guest: guest('credit-refund') });
    assert.equal(guestBooking.status, 201, JSON.stringify(guestBooking.body));
    const guestPayment = guestBooking.body.payment.id;
    assert.equal((await admin.post(`/api/v1/payments/${guestPayment}/mark-paid`, {})).body.outcome, 'booked');
    assert.equal((await admin.post(`/api/v1/bookings/${guestBooking.body.booking.id}/cancel`, {})).status, 200);
    const guestPaid = (await admin.get(`/api/v1/payments/${guestPayment}`)).body;
    assert.deepEqual([guestPaid.credited, guestPaid.retained, guestPaid.refundable], [0, 3000, 17_000]);
    const queue = (await admin.get('/api/v1/unbookable-payments?status=open')).body.payments as Json[];
    assert.equal(queue.find((p) => p.paymentId === guestPayment)?.refundable, 17_000);
    await assertIntegrityClean();
  });

  test('money recorded as credited with no grant shows on the integrity report; the database refuses more than was paid', async () => {
    const customer = await newCustomer();
    const cls = await newClass();
    const { paymentId } = await bookPaid(customer, cls.id, 'swish');
    await assert.rejects(
      t.database.db.execute(sql`UPDATE payments SET credited_amount = amount + 1 WHERE id = ${paymentId}`),
    );
    await t.database.db.execute(sql`UPDATE payments SET credited_amount = 500 WHERE id = ${paymentId}`);
    const report = (await admin.get('/api/v1/integrity')).body;
    assert.equal(report.clean, false);
    assert.deepEqual(report.creditedPaymentsWithoutGrant, [{ paymentId, credited: 500 }]);
    await t.database.db.execute(sql`UPDATE payments SET credited_amount = 0 WHERE id = ${paymentId}`);
    const [row] = await rows<{ n: number }>(
      sql`SELECT count(*)::int AS n FROM credit_grants WHERE payment_id = ${paymentId}`,
    );
    assert.equal(row?.n, 0);
  });
});

describe('no-show fees', () => {
  /** Moves the clock past the class's start, when a no-show can be marked. */
  const afterStart = (cls: { startsAt: string }) => t.clock.set(new Date(new Date(cls.startsAt).getTime() + 60_000));
  const noShow = async (bookingId: string) => {
    const marked = await admin.post(`/api/v1/bookings/${bookingId}/no-show`, {});
    assert.equal(marked.status, 200, JSON.stringify(marked.body));
    return marked.body;
  };

  test('without a fee a no-show keeps everything; the integrity report counts a no-show as where its money belongs', async () => {
    const customer = await newCustomer();
    const cls = await newClass();
    const { bookingId, paymentId } = await bookPaid(customer, cls.id, 'swish');
    afterStart(cls);
    assert.equal((await noShow(bookingId)).status, 'no_show');
    const payment = (await admin.get(`/api/v1/payments/${paymentId}`)).body;
    assert.deepEqual([payment.retained, payment.refundable], [0, 20_000]);
    assert.deepEqual(payment.refunds, []);
    await assertIntegrityClean();
  });

  test('a 50 % fee: a card no-show is refunded half by Stripe, once; Swish waits on the queue; credits are kept', async () => {
    await setPolicy({ lateAction: 'refuse', noShowFee: { kind: 'percent', value: 5000 } });
    const customer = await newCustomer();
    const cls = await newClass();
    const card = await bookPaid(customer, cls.id, 'card');
    const other = await newCustomer();
    const swish = await bookPaid(other, cls.id, 'swish');
    const third = await newCustomer();
    await buyWithSwish(third, (await newPackage({ credits: 2 })).id);
    const withCredits = await third.post('/api/v1/bookings', { classId: cls.id, paymentMethod: 'credits' });
    assert.equal(withCredits.status, 201, JSON.stringify(withCredits.body));
    afterStart(cls);
    await noShow(card.bookingId);
    await noShow(card.bookingId);
    await t.runJobs();
    assert.deepEqual(
      stripe.refunds({ paymentIntent: card.intentId! }).map((r) => r.amount),
      [10_000],
    );
    await noShow(swish.bookingId);
    const queue = (await admin.get('/api/v1/unbookable-payments?status=open')).body.payments as Json[];
    const waiting = queue.find((p) => p.paymentId === swish.paymentId);
    assert.equal(waiting?.reason, 'no_show');
    assert.equal(waiting?.refundable, 10_000);
    await noShow(withCredits.body.booking.id);
    assert.equal(await balanceOf(third), 1, 'the credit stays used');
    await assertIntegrityClean();
  });
});

describe('refunding a package payment', () => {
  test('only the unused share goes back, and the credits it stood for are revoked with a ledger row; asking again is refused', async () => {
    const customer = await newCustomer();
    const { paymentId, purchaseId } = await buyWithSwish(customer, (await newPackage({ credits: 10 })).id);
    for (let i = 0; i < 3; i++) {
      const used = await customer.post('/api/v1/bookings', {
        classId: (await newClass()).id,
        paymentMethod: 'credits',
      });
      assert.equal(used.status, 201, JSON.stringify(used.body));
    }
    assert.equal(await balanceOf(customer), 7);
    const tooMuch = await admin.post(`/api/v1/payments/${paymentId}/refunds`, {
      amount: 70_001,
      reason: 'changed mind',
    });
    assert.equal(tooMuch.status, 409, JSON.stringify(tooMuch.body));
    assert.equal(tooMuch.body.error.code, 'refund_exceeds_payment');
    assert.equal(tooMuch.body.error.details.refundable, 70_000, '7 of 10 credits unused: 700.00 of 1,000.00');
    assert.equal(await balanceOf(customer), 7, 'a refused refund takes nothing');
    const refunded = await admin.post(`/api/v1/payments/${paymentId}/refunds`, { reason: 'changed mind' });
    assert.equal(refunded.status, 201, JSON.stringify(refunded.body));
    assert.deepEqual(refunded.body.amount, { amount: 70_000, currency: 'SEK' });
    assert.equal(await balanceOf(customer), 0);
    const ledger = (await customer.get('/api/v1/me/credits')).body.ledger.entries as Json[];
    const revoked = ledger.find((e) => e.kind === 'adjustment');
    assert.deepEqual([revoked?.delta, revoked?.paymentId], [-7, paymentId]);
    const [purchase] = await rows<{ status: string }>(
      sql`SELECT status FROM package_purchases WHERE id = ${purchaseId}`,
    );
    assert.equal(purchase?.status, 'refunded');
    const again = await admin.post(`/api/v1/payments/${paymentId}/refunds`, { reason: 'again' });
    assert.equal(again.status, 409);
    assert.equal(again.body.error.details.refundable, 0);
    await assertIntegrityClean();
  });

  test('a partial card refund revokes the credits it stood for, rounded up, and Stripe refunds it', async () => {
    const customer = await newCustomer();
    const bought = await customer.post(
      `/api/v1/packages/${(await newPackage({ credits: 5, price: { amount: 45_000 } })).id}/purchase`,
      { paymentMethod: 'card' },
    );
    assert.equal(bought.status, 201, JSON.stringify(bought.body));
    const intentId = await payByCard(bought.body.payment.clientSecret);
    assert.equal(await balanceOf(customer), 5);
    const part = await admin.post(`/api/v1/payments/${bought.body.payment.id}/refunds`, {
      amount: 8000,
      reason: 'goodwill',
    });
    assert.equal(part.status, 201, JSON.stringify(part.body));
    await t.runJobs();
    assert.deepEqual(
      stripe.refunds({ paymentIntent: intentId }).map((r) => r.amount),
      [8000],
    );
    assert.equal(await balanceOf(customer), 4, '80.00 of 90.00 a credit: one credit revoked');
    const rest = await admin.post(`/api/v1/payments/${bought.body.payment.id}/refunds`, {
      amount: 36_001,
      reason: 'x',
    });
    assert.equal(rest.body.error.details.refundable, 36_000);
    const customerTries = await customer.post(`/api/v1/payments/${bought.body.payment.id}/refunds`, { reason: 'mine' });
    assert.equal(customerTries.status, 403);
    await assertIntegrityClean();
  });
});

describe('a package card payment that never completes', () => {
  test('is abandoned after the hold time, its intent cancelled; a success that still comes grants the credits', async () => {
    const pack = await newPackage({ credits: 4, price: { amount: 40_000 } });
    const buy = async (customer: Client) => {
      const bought = await customer.post(`/api/v1/packages/${pack.id}/purchase`, { paymentMethod: 'card' });
      assert.equal(bought.status, 201, JSON.stringify(bought.body));
      return {
        paymentId: bought.body.payment.id as string,
        purchaseId: bought.body.purchase.id as string,
        intentId: (bought.body.payment.clientSecret as string).split('_secret_')[0]!,
      };
    };
    const statusOf = async (purchaseId: string) =>
      (await rows<{ status: string }>(sql`SELECT status FROM package_purchases WHERE id = ${purchaseId}`))[0]?.status;

    const walkedAway = await newCustomer();
    const abandoned = await buy(walkedAway);
    const paidLate = await newCustomer();
    const late = await buy(paidLate);
    await t.runJobs();
    assert.equal(await statusOf(abandoned.purchaseId), 'pending', 'not before the hold time');
    // The second customer pays at the last moment; Stripe's webhook has not arrived yet.
    stripe.succeed(late.intentId);
    t.clock.advance(11 * 60_000);
    await t.runJobs();
    assert.equal(await statusOf(abandoned.purchaseId), 'failed');
    assert.equal((await admin.get(`/api/v1/payments/${abandoned.paymentId}`)).body.status, 'cancelled');
    assert.equal(stripe.paymentIntent(abandoned.intentId).status, 'canceled');
    assert.equal(await balanceOf(walkedAway), 0);
    assert.equal(await statusOf(late.purchaseId), 'paid', 'the cancel job found the intent paid and settled it');
    assert.equal(await balanceOf(paidLate), 4);
    // The webhook that arrives after all that changes nothing.
    const event = stripe.lastEvent('payment_intent.succeeded', late.intentId);
    assert.ok(event);
    const signed = stripe.signedPayload(event);
    const delivered = await t.app.inject({
      method: 'POST',
      url: '/api/v1/stripe/webhook',
      headers: signed.headers,
      payload: signed.payload,
    });
    assert.equal(delivered.statusCode, 200, delivered.body);
    await t.runJobs();
    assert.equal(await balanceOf(paidLate), 4);
    await assertIntegrityClean();
  });
});

describe('cancellableUntil', () => {
  test('is the free-cancellation deadline of the booking’s policy, else the organisation’s', async () => {
    const type = await admin.post('/api/v1/class-types', { name: 'Long notice' });
    await setPolicy({ classTypeId: type.body.id, freeHours: 48, lateAction: 'refuse' });
    const org = (await admin.get('/api/v1/organisation')).body;
    const customer = await newCustomer();
    for (const [cls, hours] of [
      [await newClass({ classTypeId: type.body.id }), 48],
      [await newClass(), org.cancellationDeadlineHours],
    ] as const) {
      const booked = await customer.post('/api/v1/bookings', { classId: cls.id, paymentMethod: 'swish' });
      assert.equal(booked.status, 201, JSON.stringify(booked.body));
      const seen = (await customer.get(`/api/v1/bookings/${booked.body.booking.id}`)).body;
      assert.equal(
        new Date(seen.cancellableUntil).getTime(),
        new Date(cls.startsAt).getTime() - hours * 3600_000,
        `${hours} hours before the start`,
      );
    }
  });
});

describe('a booking revived by a late payment', () => {
  test('takes its promo use back while the code has room; past the limit it stays cancelled and its money is queued', async () => {
    const promo = async (code: string) => {
      const created = await admin.post('/api/v1/pricing/promo-codes', {
        code,
        adjustment: { kind: 'percent', basisPoints: 1000 },
        maxUses: 1,
      });
      assert.equal(created.status, 201, JSON.stringify(created.body));
      return created.body.id as string;
    };
    const usesOf = async (id: string) => (await admin.get(`/api/v1/pricing/promo-codes/${id}`)).body.usesCount;
    const roomy = await promo('ROOMY');
    const scarce = await promo('SCARCE');
    const cls = await newClass();
    const book = async (customer: Client, promoCode: string) => {
      const booked = await customer.post('/api/v1/bookings', { classId: cls.id, paymentMethod: 'swish', promoCode });
      assert.equal(booked.status, 201, JSON.stringify(booked.body));
      return { bookingId: booked.body.booking.id as string, paymentId: booked.body.payment.id as string };
    };
    const revived = await book(await newCustomer(), 'ROOMY');
    const lapsed = await book(await newCustomer(), 'SCARCE');
    assert.deepEqual([await usesOf(roomy), await usesOf(scarce)], [1, 1]);
    // Nobody pays in time: both bookings are let go, and so are their uses.
    const org = (await admin.get('/api/v1/organisation')).body;
    t.clock.advance((org.manualPaymentHours + 1) * 3600_000);
    await t.runJobs();
    assert.equal((await admin.get(`/api/v1/bookings/${revived.bookingId}`)).body.status, 'cancelled');
    assert.deepEqual([await usesOf(roomy), await usesOf(scarce)], [0, 0]);
    const other = await book(await newCustomer(), 'SCARCE');
    assert.ok(other.bookingId);
    assert.equal(await usesOf(scarce), 1);

    const paid = await admin.post(`/api/v1/payments/${revived.paymentId}/mark-paid`, {});
    assert.equal(paid.body.outcome, 'booked', JSON.stringify(paid.body));
    assert.equal(await usesOf(roomy), 1, 'the revived booking took its use back');

    const refused = await admin.post(`/api/v1/payments/${lapsed.paymentId}/mark-paid`, {});
    assert.equal(refused.status, 200, JSON.stringify(refused.body));
    assert.deepEqual([refused.body.outcome, refused.body.reason], ['unbookable', 'promo_exhausted']);
    assert.equal(await usesOf(scarce), 1, 'the limit holds');
    assert.equal((await admin.get(`/api/v1/bookings/${lapsed.bookingId}`)).body.status, 'cancelled');
    const queue = (await admin.get('/api/v1/unbookable-payments?status=open')).body.payments as Json[];
    assert.equal(queue.find((p) => p.paymentId === lapsed.paymentId)?.reason, 'promo_exhausted');
    await assertIntegrityClean();
  });
});

describe('moving a booking paid with credits', () => {
  test('to a class its credits do not cover is refused with credits_not_applicable; to one they cover it moves', async () => {
    const typeA = await admin.post('/api/v1/class-types', { name: 'Barre' });
    const typeB = await admin.post('/api/v1/class-types', { name: 'Spin' });
    const customer = await newCustomer();
    await buyWithSwish(
      customer,
      (await newPackage({ credits: 2, scope: 'class_types', scopeIds: [typeA.body.id] })).id,
    );
    const from = await newClass({ classTypeId: typeA.body.id });
    const booked = await customer.post('/api/v1/bookings', { classId: from.id, paymentMethod: 'credits' });
    assert.equal(booked.status, 201, JSON.stringify(booked.body));
    const bookingId = booked.body.booking.id;
    const elsewhere = await newClass({ classTypeId: typeB.body.id });
    const refused = await admin.post(`/api/v1/bookings/${bookingId}/reschedule`, { classId: elsewhere.id });
    assert.equal(refused.status, 422, JSON.stringify(refused.body));
    assert.equal(refused.body.error.code, 'credits_not_applicable');
    assert.equal((await admin.get(`/api/v1/bookings/${bookingId}`)).body.class.id, from.id, 'nothing moved');
    const same = await newClass({ classTypeId: typeA.body.id });
    const moved = await admin.post(`/api/v1/bookings/${bookingId}/reschedule`, { classId: same.id });
    assert.equal(moved.status, 200, JSON.stringify(moved.body));
    assert.equal(moved.body.class.id, same.id);
    assert.equal(await balanceOf(customer), 1);
  });
});
