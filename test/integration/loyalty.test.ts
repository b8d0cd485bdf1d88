/**
 * Loyalty: points earned once per settled payment (whatever the webhook does), taken back on refund
 * without going below zero, a balance the database keeps from zero up, redemptions that hold stock
 * and balance under concurrency and issue a usable promo code or credits, staff adjustments and the
 * integrity report over the points ledger.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { type SQL, sql } from 'drizzle-orm';
import { queryRows, violatedConstraint } from '../../src/platform/db.ts';
import { type Client, type TestApp, classInput, startTestApp } from '../support/app.ts';
import { TestSmtpServer } from '../support/smtp.ts';
import { type StripeServer, startStripeServer } from '../support/stripe-server.ts';

let t: TestApp;
let stripe: StripeServer;
let smtp: TestSmtpServer;
let admin: Client;

before(async () => {
  stripe = await startStripeServer();
  smtp = await new TestSmtpServer().start();
  t = await startTestApp({ stripe, smtpUrl: smtp.url });
  admin = await t.admin();
  const settings = await admin.patch('/api/v1/organisation', {
    paymentMethods: ['card', 'swish', 'bank_transfer', 'venue'],
    swishNumber: '1234567890',
  });
  assert.equal(settings.status, 200, JSON.stringify(settings.body));
  // One point per krona.
  const loyalty = await admin.patch('/api/v1/loyalty/settings', { enabled: true, pointsPerUnitBp: 10_000 });
  assert.equal(loyalty.status, 200, JSON.stringify(loyalty.body));
});
after(async () => {
  await t.close();
  await stripe.close();
  await smtp.stop();
});

const rows = <R>(query: SQL) => queryRows<R>(t.database.db, query);

let customers = 0;
async function newCustomer(): Promise<{ client: Client; email: string; customerId: string }> {
  const client = t.client();
  const email = `loyal-${++customers}@example.test`;
  const response = await client.signUp(email);
  assert.equal(response.status, 201, JSON.stringify(response.body));
  // An account's customer row is made when it is first needed; asking for the calendar feed makes it.
  assert.equal((await client.get('/api/v1/me/calendar')).status, 200);
  const [row] = await rows<{ id: string }>(sql`SELECT id FROM customers WHERE email = ${email}`);
  assert.ok(row);
  return { client, email, customerId: row.id };
}

async function newClass(overrides: Record<string, unknown> = {}): Promise<{ id: string }> {
  const response = await admin.post(
    '/api/v1/classes',
    classInput({ price: { amount: 20_000 }, maxSpots: 50, ...overrides }, t.clock.now()),
  );
  assert.equal(response.status, 201, JSON.stringify(response.body));
  return response.body;
}

async function newReward(overrides: Record<string, unknown> = {}): Promise<{ id: string; costPoints: number }> {
  const response = await admin.post('/api/v1/loyalty/rewards', {
    name: `Reward ${Math.random()}`,
    costPoints: 100,
    kind: 'product',
    ...overrides,
  });
  assert.equal(response.status, 201, JSON.stringify(response.body));
  return response.body;
}

const give = async (customerId: string, delta: number) => {
  const response = await admin.post(`/api/v1/customers/${customerId}/loyalty/adjust`, { delta, reason: 'test' });
  assert.equal(response.status, 200, JSON.stringify(response.body));
  return response.body;
};

const balanceOf = async (client: Client) => (await client.get('/api/v1/me/loyalty')).body.balance as number;

const redeem = (client: Client, rewardId: string) => client.post('/api/v1/me/loyalty/redemptions', { rewardId });

async function assertIntegrityClean() {
  const report = await admin.get('/api/v1/integrity');
  assert.equal(report.status, 200, JSON.stringify(report.body));
  assert.equal(report.body.clean, true, JSON.stringify(report.body));
  assert.deepEqual(report.body.pointsBalancesOffLedger, []);
}

async function payByCard(client: Client, amount: number) {
  const cls = await newClass({ price: { amount } });
  const started = await client.post('/api/v1/bookings', { classId: cls.id, paymentMethod: 'card' });
  assert.equal(started.status, 201, JSON.stringify(started.body));
  const intentId = (started.body.payment.clientSecret as string).split('_secret_')[0]!;
  stripe.succeed(intentId);
  return { intentId, paymentId: started.body.payment.id as string, bookingId: started.body.booking.id as string };
}

const DAY = 24 * 3600_000;

/** Runs `during` with the clock `ms` ahead (after a booking's start, say), then puts it back. */
async function later<T>(ms: number, during: () => Promise<T>): Promise<T> {
  t.clock.advance(ms);
  try {
    return await during();
  } finally {
    t.clock.advance(-ms);
  }
}

describe('earning', () => {
  test('a card payment earns once although its webhook arrives twice at once and the browser confirms too', async () => {
    const { client } = await newCustomer();
    const { intentId, paymentId } = await payByCard(client, 24_950);
    const event = stripe.lastEvent('payment_intent.succeeded', intentId);
    assert.ok(event);
    const signed = stripe.signedPayload(event);
    const deliver = () =>
      t.app.inject({
        method: 'POST',
        url: '/api/v1/stripe/webhook',
        headers: { 'content-type': 'application/json', 'stripe-signature': signed.header },
        payload: signed.payload,
      });
    const answers = await Promise.all([
      deliver(),
      deliver(),
      client.post('/api/v1/payments/confirm', { paymentIntentId: intentId }),
    ]);
    for (const answer of answers) assert.equal('statusCode' in answer ? answer.statusCode : answer.status, 200);
    await t.runJobs();
    await deliver();
    // 249,50 kr at one point per krona: 249 points, rounded down.
    assert.equal(await balanceOf(client), 249);
    const earned = await rows<{ n: number }>(
      sql`SELECT count(*)::int AS n FROM loyalty_ledger WHERE payment_id = ${paymentId} AND kind = 'earn'`,
    );
    assert.equal(earned[0]?.n, 1);
    const mine = (await client.get('/api/v1/me/loyalty')).body;
    assert.equal(mine.ledger.entries[0].kind, 'earn');
    assert.equal(mine.ledger.entries[0].paymentId, paymentId);
    await assertIntegrityClean();
  });

  test('the database refuses a second earn row for one payment', async () => {
    const { client, customerId } = await newCustomer();
    const { intentId, paymentId } = await payByCard(client, 10_000);
    assert.equal((await client.post('/api/v1/payments/confirm', { paymentIntentId: intentId })).status, 200);
    assert.equal(await balanceOf(client), 100);
    await assert.rejects(
      t.database.db.execute(
        sql`INSERT INTO loyalty_ledger (org_id, customer_id, kind, delta, reason, payment_id)
            VALUES (${t.org.id}, ${customerId}, 'earn', 100, 'again', ${paymentId})`,
      ),
      (error) => {
        assert.equal(violatedConstraint(error), 'loyalty_ledger_earn_once', String(error));
        return true;
      },
    );
  });

  test('a package bought by card earns like a booking, once', async () => {
    const pack = await admin.post('/api/v1/packages', {
      name: 'Ten classes',
      credits: 10,
      price: { amount: 120_000 },
      validityDays: 90,
      scope: 'everything',
    });
    assert.equal(pack.status, 201, JSON.stringify(pack.body));
    const { client } = await newCustomer();
    const bought = await client.post(`/api/v1/packages/${pack.body.id}/purchase`, { paymentMethod: 'card' });
    assert.equal(bought.status, 201, JSON.stringify(bought.body));
    const intentId = (bought.body.payment.clientSecret as string).split('_secret_')[0]!;
    stripe.succeed(intentId);
    const confirms = await Promise.all([
      client.post('/api/v1/payments/confirm', { paymentIntentId: intentId }),
      client.post('/api/v1/payments/confirm', { paymentIntentId: intentId }),
    ]);
    for (const confirmed of confirms) assert.equal(confirmed.status, 200, JSON.stringify(confirmed.body));
    await t.runJobs();
    // 1 200 kr at one point per krona.
    assert.equal(await balanceOf(client), 1200);
    await assertIntegrityClean();
  });

  test('nothing is earned while loyalty is off', async () => {
    const off = await admin.patch('/api/v1/loyalty/settings', { enabled: false, pointsPerUnitBp: 10_000 });
    assert.equal(off.status, 200);
    try {
      const { client } = await newCustomer();
      const { intentId } = await payByCard(client, 10_000);
      const confirmed = await client.post('/api/v1/payments/confirm', { paymentIntentId: intentId });
      assert.equal(confirmed.status, 200, JSON.stringify(confirmed.body));
      assert.equal(await balanceOf(client), 0);
      const refused = await redeem(client, (await newReward()).id);
      assert.equal(refused.status, 409);
      assert.equal(refused.body.error.code, 'loyalty_disabled');
    } finally {
      await admin.patch('/api/v1/loyalty/settings', { enabled: true, pointsPerUnitBp: 10_000 });
    }
  });
});

describe('refunds', () => {
  test('a partial refund takes back its share, the rest takes back all that is left, never below zero', async () => {
    const { client, customerId } = await newCustomer();
    const { intentId, paymentId } = await payByCard(client, 40_000);
    assert.equal((await client.post('/api/v1/payments/confirm', { paymentIntentId: intentId })).status, 200);
    assert.equal(await balanceOf(client), 400);

    const quarter = await admin.post(`/api/v1/payments/${paymentId}/refunds`, { amount: 10_000, reason: 'late' });
    assert.equal(quarter.status, 201, JSON.stringify(quarter.body));
    assert.equal(quarter.body.status, 'succeeded');
    await t.runJobs();
    assert.equal(await balanceOf(client), 300, 'a quarter of the money back takes a quarter of the points');
    await t.runJobs();
    assert.equal(await balanceOf(client), 300, 'a job run again takes nothing more');

    // Once the class has begun, the customer spends most of what is left; the rest of the refund
    // cannot take those back.
    const reward = await newReward({ costPoints: 250 });
    assert.equal((await later(8 * DAY, () => redeem(client, reward.id))).status, 201);
    assert.equal(await balanceOf(client), 50);
    const rest = await admin.post(`/api/v1/payments/${paymentId}/refunds`, { reason: 'cancelled by us' });
    assert.equal(rest.status, 201, JSON.stringify(rest.body));
    await t.runJobs();
    assert.equal(await balanceOf(client), 0);
    const takeBacks = await rows<{ delta: number; shortfall: number }>(
      sql`SELECT delta, shortfall FROM loyalty_ledger WHERE payment_id = ${paymentId} AND kind = 'refund' ORDER BY created_at`,
    );
    assert.deepEqual(
      takeBacks.map((r) => [r.delta, r.shortfall]),
      [
        [-100, 0],
        [-50, 250],
      ],
    );
    const staff = (await admin.get(`/api/v1/customers/${customerId}/loyalty`)).body;
    assert.equal(staff.balance, 0);
    assert.equal(staff.ledger.entries[0].shortfall, 250);
    await assertIntegrityClean();
  });

  test('points earned on a booking wait for it to begin: paying, cashing in and cancelling for a refund fails', async () => {
    const { client } = await newCustomer();
    const reward = await newReward({ costPoints: 10 });
    const first = await payByCard(client, 100_000);
    assert.equal((await client.post('/api/v1/payments/confirm', { paymentIntentId: first.intentId })).status, 200);
    const mine = (await client.get('/api/v1/me/loyalty')).body;
    assert.equal(mine.balance, 1000);
    assert.equal(mine.pending, 1000, 'the class is next week');
    const refused = await redeem(client, reward.id);
    assert.equal(refused.status, 409, JSON.stringify(refused.body));
    assert.equal(refused.body.error.code, 'insufficient_points');
    assert.deepEqual(refused.body.error.details, { balance: 0, needed: 10, pending: 1000 });

    // Cancelled within the deadline: all the money back, and all the points, none of them spent.
    const cancelled = await client.post(`/api/v1/bookings/${first.bookingId}/cancel`, {});
    assert.equal(cancelled.status, 200, JSON.stringify(cancelled.body));
    await t.runJobs();
    assert.equal(await balanceOf(client), 0);
    const takeBacks = await rows<{ delta: number; shortfall: number }>(
      sql`SELECT delta, shortfall FROM loyalty_ledger WHERE payment_id = ${first.paymentId} AND kind = 'refund'`,
    );
    assert.deepEqual(
      takeBacks.map((r) => [r.delta, r.shortfall]),
      [[-1000, 0]],
    );

    // Points from a class that has begun are the customer's to spend.
    const second = await payByCard(client, 5_000);
    assert.equal((await client.post('/api/v1/payments/confirm', { paymentIntentId: second.intentId })).status, 200);
    assert.equal((await redeem(client, reward.id)).status, 409, 'not before the class');
    await later(8 * DAY, async () => {
      assert.equal((await client.get('/api/v1/me/loyalty')).body.pending, 0);
      assert.equal((await redeem(client, reward.id)).status, 201);
    });
    assert.equal(await balanceOf(client), 40);
    await assertIntegrityClean();
  });

  test("a package's points wait for its credits to be used: refunding the unused ones takes back their points in full", async () => {
    const pack = await admin.post('/api/v1/packages', {
      name: 'Five classes',
      credits: 5,
      price: { amount: 50_000 },
      validityDays: 30,
      scope: 'everything',
    });
    assert.equal(pack.status, 201, JSON.stringify(pack.body));
    const { client } = await newCustomer();
    const reward = await newReward({ costPoints: 100 });
    const bought = await client.post(`/api/v1/packages/${pack.body.id}/purchase`, { paymentMethod: 'card' });
    assert.equal(bought.status, 201, JSON.stringify(bought.body));
    const intentId = (bought.body.payment.clientSecret as string).split('_secret_')[0]!;
    stripe.succeed(intentId);
    assert.equal((await client.post('/api/v1/payments/confirm', { paymentIntentId: intentId })).status, 200);
    await t.runJobs();
    assert.deepEqual(
      (({ balance, pending }) => ({ balance, pending }))((await client.get('/api/v1/me/loyalty')).body),
      { balance: 500, pending: 500 },
    );
    const refused = await redeem(client, reward.id);
    assert.equal(refused.status, 409, JSON.stringify(refused.body));
    assert.equal(refused.body.error.code, 'insufficient_points');

    // Two credits spent: their share of the points is free to spend.
    for (let i = 0; i < 2; i++) {
      const cls = await newClass();
      const booked = await client.post('/api/v1/bookings', { classId: cls.id, paymentMethod: 'credits' });
      assert.equal(booked.status, 201, JSON.stringify(booked.body));
    }
    assert.equal((await client.get('/api/v1/me/loyalty')).body.pending, 300);
    assert.equal((await redeem(client, reward.id)).status, 201);
    assert.equal((await redeem(client, reward.id)).status, 201);
    assert.equal((await redeem(client, reward.id)).status, 409, 'the points of the unused credits wait');

    // The unused three go back with their money; their points were never spent, so all come back.
    const refund = await admin.post(`/api/v1/payments/${bought.body.payment.id}/refunds`, {
      amount: 30_000,
      reason: 'customer asked',
    });
    assert.equal(refund.status, 201, JSON.stringify(refund.body));
    assert.equal((await redeem(client, reward.id)).status, 409, 'still waiting while the take-back is queued');
    await t.runJobs();
    const takeBacks = await rows<{ delta: number; shortfall: number }>(
      sql`SELECT delta, shortfall FROM loyalty_ledger WHERE payment_id = ${bought.body.payment.id} AND kind = 'refund'`,
    );
    assert.deepEqual(
      takeBacks.map((r) => [r.delta, r.shortfall]),
      [[-300, 0]],
    );
    assert.deepEqual(
      (({ balance, pending }) => ({ balance, pending }))((await client.get('/api/v1/me/loyalty')).body),
      { balance: 0, pending: 0 },
    );
    await assertIntegrityClean();
  });

  test("a package's points are free once its credits expire unused", async () => {
    const pack = await admin.post('/api/v1/packages', {
      name: 'Two classes',
      credits: 2,
      price: { amount: 20_000 },
      validityDays: 7,
      scope: 'everything',
    });
    const { client } = await newCustomer();
    const bought = await client.post(`/api/v1/packages/${pack.body.id}/purchase`, { paymentMethod: 'card' });
    const intentId = (bought.body.payment.clientSecret as string).split('_secret_')[0]!;
    stripe.succeed(intentId);
    assert.equal((await client.post('/api/v1/payments/confirm', { paymentIntentId: intentId })).status, 200);
    await t.runJobs();
    assert.equal((await client.get('/api/v1/me/loyalty')).body.pending, 200);
    await later(8 * DAY, async () => {
      assert.equal((await client.get('/api/v1/me/loyalty')).body.pending, 0);
    });
  });

  test('a Swish payment marked paid earns, and its refund (paid back by hand) takes back', async () => {
    const { client } = await newCustomer();
    const cls = await newClass({ price: { amount: 15_000 } });
    const booked = await client.post('/api/v1/bookings', { classId: cls.id, paymentMethod: 'swish' });
    assert.equal(booked.status, 201, JSON.stringify(booked.body));
    const paymentId = booked.body.payment.id as string;
    assert.equal((await admin.post(`/api/v1/payments/${paymentId}/mark-paid`, {})).status, 200);
    assert.equal((await admin.post(`/api/v1/payments/${paymentId}/mark-paid`, {})).status, 200);
    assert.equal(await balanceOf(client), 150);
    assert.equal((await admin.post(`/api/v1/payments/${paymentId}/refunds`, { reason: 'paid back' })).status, 201);
    await t.runJobs();
    assert.equal(await balanceOf(client), 0);
  });
});

describe('the balance', () => {
  test('a ledger row that would take the balance below zero is refused by the database', async () => {
    const { customerId } = await newCustomer();
    await give(customerId, 10);
    await assert.rejects(
      t.database.db.execute(
        sql`INSERT INTO loyalty_ledger (org_id, customer_id, kind, delta, reason)
            VALUES (${t.org.id}, ${customerId}, 'adjustment', -11, 'raw SQL')`,
      ),
      (error) => {
        assert.equal(violatedConstraint(error), 'loyalty_balances_not_negative', String(error));
        return true;
      },
    );
    const [balance] = await rows<{ balance: number }>(
      sql`SELECT balance FROM loyalty_balances WHERE customer_id = ${customerId}`,
    );
    assert.equal(balance?.balance, 10);
  });

  test('staff adjust with a reason, audited; taking more than there is is refused', async () => {
    const { client, customerId } = await newCustomer();
    const given = await give(customerId, 30);
    assert.equal(given.balance, 30);
    const tooMuch = await admin.post(`/api/v1/customers/${customerId}/loyalty/adjust`, { delta: -31, reason: 'x' });
    assert.equal(tooMuch.status, 409);
    assert.equal(tooMuch.body.error.code, 'insufficient_points');
    assert.deepEqual(tooMuch.body.error.details, { balance: 30, needed: 31 });
    const noReason = await admin.post(`/api/v1/customers/${customerId}/loyalty/adjust`, { delta: 5 });
    assert.equal(noReason.status, 400);
    const zero = await admin.post(`/api/v1/customers/${customerId}/loyalty/adjust`, { delta: 0, reason: 'x' });
    assert.equal(zero.status, 400);
    const taken = await admin.post(`/api/v1/customers/${customerId}/loyalty/adjust`, { delta: -10, reason: 'typo' });
    assert.equal(taken.status, 200);
    assert.equal(await balanceOf(client), 20);
    const audit = await rows<{ n: number }>(
      sql`SELECT count(*)::int AS n FROM audit_log WHERE action = 'loyalty.points.adjusted' AND entity_id = ${customerId}`,
    );
    assert.equal(audit[0]?.n, 2);
    const customerTries = await client.post(`/api/v1/customers/${customerId}/loyalty/adjust`, {
      delta: 1000,
      reason: 'me',
    });
    assert.equal(customerTries.status, 403);
  });
});

describe('redemptions', () => {
  test('20 simultaneous redemptions of a reward costing all the points: exactly one succeeds', async () => {
    const { client, customerId } = await newCustomer();
    await give(customerId, 500);
    const reward = await newReward({ costPoints: 500 });
    const answers = await Promise.all(Array.from({ length: 20 }, () => redeem(client, reward.id)));
    const outcomes = answers.map((a) => `${a.status} ${a.body.error?.code ?? ''}`);
    assert.equal(answers.filter((a) => a.status === 201).length, 1, outcomes.join(', '));
    assert.ok(
      answers.every((a) => a.status === 201 || (a.status === 409 && a.body.error.code === 'insufficient_points')),
      outcomes.join(', '),
    );
    assert.equal(await balanceOf(client), 0);
    await assertIntegrityClean();
  });

  test('a reward with stock 3 and 10 racers with enough points: exactly 3', async () => {
    const racers = await Promise.all(
      Array.from({ length: 10 }, async () => {
        const customer = await newCustomer();
        await give(customer.customerId, 100);
        return customer;
      }),
    );
    const reward = await newReward({ costPoints: 100, stock: 3 });
    const answers = await Promise.all(racers.map(({ client }) => redeem(client, reward.id)));
    const outcomes = answers.map((a) => `${a.status} ${a.body.error?.code ?? ''}`);
    assert.equal(answers.filter((a) => a.status === 201).length, 3, outcomes.join(', '));
    assert.ok(
      answers.every((a) => a.status === 201 || (a.status === 409 && a.body.error.code === 'reward_out_of_stock')),
      outcomes.join(', '),
    );
    const [left] = await rows<{ stock: number }>(sql`SELECT stock FROM loyalty_rewards WHERE id = ${reward.id}`);
    assert.equal(left?.stock, 0);
    const balances = await Promise.all(racers.map(({ client }) => balanceOf(client)));
    assert.equal(balances.filter((b) => b === 0).length, 3);
    assert.equal(balances.filter((b) => b === 100).length, 7);
  });

  test('a promo reward issues a single-use code that a booking can use, and mails it', async () => {
    const { client, customerId, email } = await newCustomer();
    await give(customerId, 200);
    const reward = await newReward({
      name: 'Tio procent',
      costPoints: 150,
      kind: 'promo',
      promo: { kind: 'percent', value: 1000, validDays: 30 },
    });
    const redeemed = await redeem(client, reward.id);
    assert.equal(redeemed.status, 201, JSON.stringify(redeemed.body));
    assert.equal(redeemed.body.status, 'fulfilled');
    const code = redeemed.body.promoCode as string;
    assert.match(code, /^LOYAL-[A-Z0-9]{10}$/);
    assert.equal(await balanceOf(client), 50);

    const cls = await newClass({ price: { amount: 20_000 } });
    const quote = await t.client().post('/api/v1/quotes', { classId: cls.id, spots: 1, promoCode: code });
    assert.equal(quote.status, 200, JSON.stringify(quote.body));
    assert.equal(quote.body.promoApplied, true);
    assert.equal(quote.body.total, 18_000);
    const booked = await client.post('/api/v1/bookings', { classId: cls.id, paymentMethod: 'venue', promoCode: code });
    assert.equal(booked.status, 201, JSON.stringify(booked.body));
    assert.equal(booked.body.booking.price.amount, 18_000);
    const again = await t.client().post('/api/v1/quotes', { classId: cls.id, spots: 1, promoCode: code });
    assert.equal(again.status, 409);
    assert.equal(again.body.error.code, 'promo_exhausted');

    await t.runJobs();
    await smtp.waitFor(() => smtp.to(email).some((mail) => mail.subject.includes('Tio procent')));
    const mail = smtp.to(email).find((m) => m.subject.includes('Tio procent'));
    assert.ok(mail?.text.includes(code), mail?.text);
    assert.ok(mail?.html.includes(code));
  });

  test('a credits reward grants credits that pay for anything', async () => {
    const { client, customerId } = await newCustomer();
    await give(customerId, 300);
    const reward = await newReward({ costPoints: 300, kind: 'credits', credits: { credits: 2, validDays: null } });
    const redeemed = await redeem(client, reward.id);
    assert.equal(redeemed.status, 201, JSON.stringify(redeemed.body));
    assert.equal(redeemed.body.status, 'fulfilled');
    assert.ok(redeemed.body.creditGrantId);
    const credits = (await client.get('/api/v1/me/credits')).body;
    assert.equal(credits.balance, 2);
    const cls = await newClass();
    const booked = await client.post('/api/v1/bookings', { classId: cls.id, paymentMethod: 'credits' });
    assert.equal(booked.status, 201, JSON.stringify(booked.body));
    await assertIntegrityClean();
  });

  test('a product waits for staff: fulfilled, or cancelled with its points and stock back', async () => {
    const { client, customerId } = await newCustomer();
    await give(customerId, 200);
    const reward = await newReward({ costPoints: 100, stock: 1, kind: 'product' });
    const first = await redeem(client, reward.id);
    assert.equal(first.status, 201);
    assert.equal(first.body.status, 'pending');
    const soldOut = await redeem(client, reward.id);
    assert.equal(soldOut.status, 409);
    assert.equal(soldOut.body.error.code, 'reward_out_of_stock');
    const listed = await admin.get('/api/v1/loyalty/redemptions?status=pending');
    assert.ok(listed.body.redemptions.some((r: { id: string }) => r.id === first.body.id));
    assert.equal((await client.post(`/api/v1/loyalty/redemptions/${first.body.id}/cancel`, {})).status, 403);
    const cancelled = await admin.post(`/api/v1/loyalty/redemptions/${first.body.id}/cancel`, {});
    assert.equal(cancelled.status, 200, JSON.stringify(cancelled.body));
    assert.equal(cancelled.body.status, 'cancelled');
    assert.equal(await balanceOf(client), 200);
    assert.equal((await admin.post(`/api/v1/loyalty/redemptions/${first.body.id}/cancel`, {})).status, 200);
    assert.equal(await balanceOf(client), 200, 'cancelling twice returns once');
    const notPending = await admin.post(`/api/v1/loyalty/redemptions/${first.body.id}/fulfil`, {});
    assert.equal(notPending.status, 409);
    assert.equal(notPending.body.error.code, 'redemption_not_pending');

    const second = await redeem(client, reward.id);
    assert.equal(second.status, 201, 'the stock came back');
    const fulfilled = await admin.post(`/api/v1/loyalty/redemptions/${second.body.id}/fulfil`, {});
    assert.equal(fulfilled.status, 200);
    assert.equal(fulfilled.body.status, 'fulfilled');
    const cannotCancel = await admin.post(`/api/v1/loyalty/redemptions/${second.body.id}/cancel`, {});
    assert.equal(cannotCancel.status, 409);
    assert.equal(cannotCancel.body.error.code, 'redemption_not_pending');
    assert.equal(await balanceOf(client), 100);
    await assertIntegrityClean();
  });

  test('bad input: unknown, inactive, too dear; nothing written', async () => {
    const { client, customerId } = await newCustomer();
    await give(customerId, 50);
    const unknown = await redeem(client, '00000000-0000-4000-8000-000000000000');
    assert.equal(unknown.status, 404);
    assert.equal(unknown.body.error.code, 'reward_not_found');
    const notAnId = await redeem(client, 'nope');
    assert.equal(notAnId.status, 400);
    const inactive = await newReward({ costPoints: 10, active: false });
    const refused = await redeem(client, inactive.id);
    assert.equal(refused.status, 409);
    assert.equal(refused.body.error.code, 'reward_inactive');
    const dear = await newReward({ costPoints: 51, stock: 5 });
    const short = await redeem(client, dear.id);
    assert.equal(short.status, 409);
    assert.equal(short.body.error.code, 'insufficient_points');
    assert.deepEqual(short.body.error.details, { balance: 50, needed: 51, pending: 0 });
    const [stock] = await rows<{ stock: number }>(sql`SELECT stock FROM loyalty_rewards WHERE id = ${dear.id}`);
    assert.equal(stock?.stock, 5);
    const none = await rows<{ n: number }>(
      sql`SELECT count(*)::int AS n FROM loyalty_redemptions WHERE customer_id = ${customerId}`,
    );
    assert.equal(none[0]?.n, 0);
    assert.equal(await balanceOf(client), 50);
    const guest = await t.client().post('/api/v1/me/loyalty/redemptions', { rewardId: dear.id });
    assert.equal(guest.status, 401);
  });
});

describe('the catalogue', () => {
  test('admins keep the catalogue; a reward must say what it issues; a redeemed one is deactivated, not deleted', async () => {
    const noPromo = await admin.post('/api/v1/loyalty/rewards', { name: 'Code', costPoints: 10, kind: 'promo' });
    assert.equal(noPromo.status, 400);
    assert.equal(noPromo.body.error.code, 'validation_failed');
    const tooMuch = await admin.post('/api/v1/loyalty/rewards', {
      name: 'Code',
      costPoints: 10,
      kind: 'promo',
      promo: { kind: 'percent', value: 10_001 },
    });
    assert.equal(tooMuch.status, 400);
    const negative = await admin.post('/api/v1/loyalty/rewards', {
      name: 'X',
      costPoints: 10,
      kind: 'product',
      stock: -1,
    });
    assert.equal(negative.status, 400);
    const mixed = await admin.post('/api/v1/loyalty/rewards', {
      name: 'X',
      costPoints: 10,
      kind: 'product',
      credits: { credits: 1 },
    });
    assert.equal(mixed.status, 400);

    const reward = await newReward({ name: 'Mug', costPoints: 40 });
    const changed = await admin.patch(`/api/v1/loyalty/rewards/${reward.id}`, { costPoints: 45, stock: 2 });
    assert.equal(changed.status, 200, JSON.stringify(changed.body));
    assert.equal(changed.body.costPoints, 45);
    assert.equal(changed.body.stock, 2);
    const asCredits = await admin.patch(`/api/v1/loyalty/rewards/${reward.id}`, { kind: 'credits' });
    assert.equal(asCredits.status, 400, 'a credits reward must say how many');
    const { client, customerId } = await newCustomer();
    await give(customerId, 45);
    assert.equal((await redeem(client, reward.id)).status, 201);
    const inUse = await admin.delete(`/api/v1/loyalty/rewards/${reward.id}`);
    assert.equal(inUse.status, 409);
    assert.equal(inUse.body.error.code, 'reward_in_use');
    const unused = await newReward();
    assert.equal((await admin.delete(`/api/v1/loyalty/rewards/${unused.id}`)).status, 204);
    assert.equal((await admin.delete(`/api/v1/loyalty/rewards/${unused.id}`)).status, 404);
    const audit = await rows<{ action: string }>(
      sql`SELECT action FROM audit_log WHERE entity_id IN (${reward.id}, ${unused.id}) ORDER BY id`,
    );
    assert.deepEqual(
      audit.map((a) => a.action),
      ['loyalty.reward.created', 'loyalty.reward.changed', 'loyalty.reward.created', 'loyalty.reward.deleted'],
    );

    const mine = (await client.get('/api/v1/me/loyalty')).body;
    assert.ok(mine.rewards.every((r: { active: boolean }) => r.active));
    assert.equal(mine.redemptions[0].rewardName, 'Mug');
    assert.equal((await client.get('/api/v1/loyalty/rewards')).status, 403);
    assert.equal(
      (await client.post('/api/v1/loyalty/rewards', { name: 'Free', costPoints: 1, kind: 'product' })).status,
      403,
    );
    const staffSettings = await admin.get('/api/v1/loyalty/settings');
    assert.deepEqual(staffSettings.body, { enabled: true, pointsPerUnitBp: 10_000 });
  });
});
