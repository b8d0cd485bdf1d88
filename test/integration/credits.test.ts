/**
 * Prepaid credits: packages bought through the payment flow, a ledger whose balance the database
 * keeps from zero up, credits spent first-to-expire, expiry decided at the moment of use, returns on
 * cancel, scopes, staff adjustments and the integrity report over the ledger.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { type SQL, sql } from 'drizzle-orm';
import { queryRows, violatedConstraint } from '../../src/platform/db.ts';
import { type Client, type TestApp, classInput, guest, startTestApp } from '../support/app.ts';
import type { Json } from '../support/json.ts';
import { localStart, setupPractice } from '../support/practice.ts';
import { type StripeServer, signWebhook, startStripeServer } from '../support/stripe-server.ts';

let t: TestApp;
let stripe: StripeServer;
let admin: Client;
const DAY = 24 * 3600_000;

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
const count = async (query: SQL) => Number((await rows<{ n: number | string }>(query))[0]?.n);

let customers = 0;
async function newCustomer(): Promise<Client> {
  const client = t.client();
  const response = await client.signUp(`credits-${++customers}@example.test`);
  assert.equal(response.status, 201, JSON.stringify(response.body));
  return client;
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

async function newClass(overrides: Record<string, unknown> = {}): Promise<{ id: string }> {
  const response = await admin.post(
    '/api/v1/classes',
    classInput({ price: { amount: 20_000 }, ...overrides }, t.clock.now()),
  );
  assert.equal(response.status, 201, JSON.stringify(response.body));
  return response.body;
}

/** The customer buys with Swish and staff see the money arrive: the real path for most studios. */
async function buyWithSwish(customer: Client, packageId: string): Promise<{ customerId: string; purchaseId: string }> {
  const bought = await customer.post(`/api/v1/packages/${packageId}/purchase`, { paymentMethod: 'swish' });
  assert.equal(bought.status, 201, JSON.stringify(bought.body));
  assert.equal(bought.body.purchase.status, 'pending');
  assert.equal((await customer.get('/api/v1/me/credits')).body.balance >= 0, true);
  const paid = await admin.post(`/api/v1/payments/${bought.body.payment.id}/mark-paid`, {});
  assert.equal(paid.status, 200, JSON.stringify(paid.body));
  assert.equal(paid.body.outcome, 'credited');
  return { customerId: bought.body.purchase.customerId, purchaseId: bought.body.purchase.id };
}

const bookWithCredits = (customer: Client, body: Record<string, unknown>) =>
  customer.post('/api/v1/bookings', { paymentMethod: 'credits', ...body });

/** The database refused the statement by this constraint (drizzle wraps the driver's error). */
const refusedBy = (constraint: string) => (error: unknown) => {
  assert.equal(violatedConstraint(error), constraint, String(error));
  return true;
};

const balanceOf = async (customer: Client) => (await customer.get('/api/v1/me/credits')).body.balance as number;

async function assertIntegrityClean() {
  const report = await admin.get('/api/v1/integrity');
  assert.equal(report.status, 200, JSON.stringify(report.body));
  assert.equal(report.body.clean, true, JSON.stringify(report.body));
}

describe('packages', () => {
  test('a scope must name what it limits to, of this organisation; customers cannot make packages', async () => {
    const noIds = await admin.post('/api/v1/packages', {
      name: 'Services pack',
      credits: 5,
      price: { amount: 50_000 },
      validityDays: 30,
      scope: 'services',
    });
    assert.equal(noIds.status, 400, JSON.stringify(noIds.body));
    const unknownType = await admin.post('/api/v1/packages', {
      name: 'Typed pack',
      credits: 5,
      price: { amount: 50_000 },
      validityDays: 30,
      scope: 'class_types',
      scopeIds: ['00000000-0000-4000-8000-000000000000'],
    });
    assert.equal(unknownType.status, 404);
    assert.equal(unknownType.body.error.code, 'class_type_not_found');
    const customer = await newCustomer();
    const denied = await customer.post('/api/v1/packages', {
      name: 'Free credits',
      credits: 5,
      price: { amount: 1 },
      validityDays: 30,
      scope: 'everything',
    });
    assert.equal(denied.status, 403);
    assert.equal(
      await count(
        sql`SELECT count(*) AS n FROM packages WHERE name IN ('Services pack', 'Typed pack', 'Free credits')`,
      ),
      0,
    );
  });

  test('a customer cannot pay at the venue (that would grant credits for nothing); a withdrawn package is not sold', async () => {
    const pack = await newPackage();
    const customer = await newCustomer();
    const venue = await customer.post(`/api/v1/packages/${pack.id}/purchase`, { paymentMethod: 'venue' });
    assert.equal(venue.status, 422);
    assert.equal(venue.body.error.code, 'payment_method_unavailable');
    const withdrawn = await admin.patch(`/api/v1/packages/${pack.id}`, { active: false });
    assert.equal(withdrawn.status, 200, JSON.stringify(withdrawn.body));
    const refused = await customer.post(`/api/v1/packages/${pack.id}/purchase`, { paymentMethod: 'swish' });
    assert.equal(refused.status, 404);
    assert.equal(refused.body.error.code, 'package_not_found');
    assert.equal(await count(sql`SELECT count(*) AS n FROM package_purchases WHERE package_id = ${pack.id}`), 0);
  });

  test('Swish: the credits come when staff mark it paid, once; the grant expires after the validity', async () => {
    const pack = await newPackage({ credits: 8, validityDays: 30 });
    const customer = await newCustomer();
    const bought = await customer.post(`/api/v1/packages/${pack.id}/purchase`, { paymentMethod: 'swish' });
    assert.equal(bought.status, 201, JSON.stringify(bought.body));
    assert.equal(bought.body.payment.payTo, '1234567890');
    assert.equal(await balanceOf(customer), 0, 'nothing before the money');
    const paid = await admin.post(`/api/v1/payments/${bought.body.payment.id}/mark-paid`, {});
    assert.equal(paid.body.outcome, 'credited');
    const again = await admin.post(`/api/v1/payments/${bought.body.payment.id}/mark-paid`, {});
    assert.equal(again.body.outcome, 'already');
    const credits = (await customer.get('/api/v1/me/credits')).body;
    assert.equal(credits.balance, 8);
    assert.equal(credits.grants.length, 1);
    const expiresIn = new Date(credits.grants[0].expiresAt).getTime() - t.clock.now().getTime();
    assert.ok(Math.abs(expiresIn - 30 * DAY) < 60_000, `expires 30 days on: ${credits.grants[0].expiresAt}`);
    assert.deepEqual(
      credits.ledger.entries.map((e: Json) => [e.kind, e.delta]),
      [['grant', 8]],
    );
    await assertIntegrityClean();
  });

  test('staff sell at the venue: credits at once, no payment row', async () => {
    const pack = await newPackage({ credits: 3 });
    const customer = await newCustomer();
    const { customerId } = await buyWithSwish(customer, (await newPackage({ credits: 1 })).id);
    const sold = await admin.post(`/api/v1/packages/${pack.id}/purchase`, { paymentMethod: 'venue', customerId });
    assert.equal(sold.status, 201, JSON.stringify(sold.body));
    assert.equal(sold.body.payment, null);
    assert.equal(sold.body.purchase.status, 'paid');
    assert.equal(await balanceOf(customer), 4);
  });

  test('card: the same succeeded event delivered twice at once, another event for it and the browser confirm grant once', async () => {
    const pack = await newPackage({ credits: 5, price: { amount: 45_000 } });
    const customer = await newCustomer();
    const bought = await customer.post(`/api/v1/packages/${pack.id}/purchase`, { paymentMethod: 'card' });
    assert.equal(bought.status, 201, JSON.stringify(bought.body));
    const intentId = (bought.body.payment.clientSecret as string).split('_secret_')[0]!;
    assert.equal(stripe.paymentIntent(intentId).amount, 45_000, 'the price is the server’s');
    stripe.succeed(intentId);
    const event = stripe.lastEvent('payment_intent.succeeded', intentId);
    assert.ok(event);
    const signed = stripe.signedPayload(event);
    // A second event about the same intent (another id), as when Stripe sends both a retry and a new event.
    const other = signWebhook({ ...event, id: `${event.id}_again` }, stripe.webhookSecret);
    const deliver = (hook: { headers: Record<string, string>; payload: string }) =>
      t.app.inject({ method: 'POST', url: '/api/v1/stripe/webhook', headers: hook.headers, payload: hook.payload });
    const results = await Promise.all([
      deliver(signed),
      deliver(signed),
      deliver(other),
      customer.post('/api/v1/payments/confirm', { paymentIntentId: intentId }),
    ]);
    for (const r of results) {
      const status = 'statusCode' in r ? r.statusCode : r.status;
      assert.equal(status, 200, JSON.stringify('body' in r ? r.body : r));
    }
    await t.runJobs();
    const grants = await rows<{ credits: number }>(
      sql`SELECT credits FROM credit_grants WHERE package_purchase_id = ${bought.body.purchase.id}`,
    );
    assert.deepEqual(grants, [{ credits: 5 }], 'one grant');
    assert.equal(await balanceOf(customer), 5);
    assert.equal(
      await count(
        sql`SELECT count(*) AS n FROM audit_log WHERE action = 'payment.succeeded' AND entity_id = ${bought.body.payment.id}`,
      ),
      1,
    );
    await assertIntegrityClean();
  });

  test('a second grant for the same payment is refused by the database', async () => {
    const customer = await newCustomer();
    const { customerId, purchaseId } = await buyWithSwish(customer, (await newPackage({ credits: 2 })).id);
    const [grant] = await rows<{ payment_id: string }>(
      sql`SELECT payment_id FROM credit_grants WHERE package_purchase_id = ${purchaseId}`,
    );
    assert.ok(grant?.payment_id);
    await assert.rejects(
      t.database.db.execute(sql`
        INSERT INTO credit_grants (org_id, customer_id, credits, remaining, source, payment_id, scope)
        VALUES (${t.org.id}, ${customerId}, 2, 0, 'package', ${grant.payment_id}, 'everything')`),
    );
  });
});

describe('paying with credits', () => {
  test('30 simultaneous bookings by one customer with 10 credits: exactly 10 are made', async () => {
    // One customer booking 30 times at once is what the per-identity rate limit refuses; here the
    // credits' race is under test, not the limit (rate-limits.test.ts).
    assert.equal((await admin.patch('/api/v1/rate-limits', { writePerIdentity: 100 })).status, 200);
    const customer = await newCustomer();
    await buyWithSwish(customer, (await newPackage({ credits: 10 })).id);
    const classes = [];
    for (let i = 0; i < 30; i++) classes.push(await newClass({ maxSpots: 5 }));
    const results = await Promise.all(classes.map((cls) => bookWithCredits(customer, { classId: cls.id })));
    const made = results.filter((r) => r.status === 201);
    const refused = results.filter((r) => r.status !== 201);
    assert.equal(made.length, 10, JSON.stringify(refused.map((r) => r.body).slice(0, 3)));
    for (const r of refused) {
      assert.equal(r.status, 409, JSON.stringify(r.body));
      assert.equal(r.body.error.code, 'insufficient_credits');
      assert.deepEqual(r.body.error.details, { balance: 0, needed: 1 });
    }
    for (const r of made) {
      assert.equal(r.body.booking.status, 'confirmed');
      assert.equal(r.body.payment, null);
    }
    assert.equal(await balanceOf(customer), 0);
    const ids = classes.map((c) => c.id);
    assert.equal(
      await count(sql`SELECT count(*) AS n FROM bookings WHERE payment_method = 'credits' AND class_id IN ${ids}`),
      10,
    );
    await assertIntegrityClean();
  });

  test('short of credits: 409 with the balance and the need, and nothing is written', async () => {
    const customer = await newCustomer();
    const pack = await newPackage({ credits: 3, creditsPerBooking: 2 });
    const { customerId } = await buyWithSwish(customer, pack.id);
    const cls = await newClass({ maxSpots: 5, maxSpotsPerCustomer: 2 });
    const auditBefore = await count(sql`SELECT count(*) AS n FROM audit_log`);
    const refused = await bookWithCredits(customer, { classId: cls.id, spots: 2 });
    assert.equal(refused.status, 409, JSON.stringify(refused.body));
    assert.equal(refused.body.error.code, 'insufficient_credits');
    assert.deepEqual(refused.body.error.details, { balance: 3, needed: 4 });
    assert.equal(await count(sql`SELECT count(*) AS n FROM bookings WHERE class_id = ${cls.id}`), 0);
    assert.equal((await admin.get(`/api/v1/classes/${cls.id}`)).body.spotsLeft, 5);
    assert.equal(
      await count(sql`SELECT count(*) AS n FROM credit_ledger WHERE customer_id = ${customerId} AND kind = 'use'`),
      0,
    );
    assert.equal(await count(sql`SELECT count(*) AS n FROM audit_log`), auditBefore, 'no audit entry either');
    assert.equal(await balanceOf(customer), 3);
    const one = await bookWithCredits(customer, { classId: cls.id, spots: 1 });
    assert.equal(one.status, 201, JSON.stringify(one.body));
    assert.equal(await balanceOf(customer), 1, 'one spot costs the package’s two credits');
  });

  test('a promo code cannot take money off a booking paid with credits: 422, nothing written', async () => {
    const customer = await newCustomer();
    const pack = await newPackage({ credits: 2 });
    await buyWithSwish(customer, pack.id);
    const cls = await newClass({ maxSpots: 5 });
    const refused = await bookWithCredits(customer, { classId: cls.id, spots: 1, promoCode: 'ANYCODE' });
    assert.equal(refused.status, 422, JSON.stringify(refused.body));
    assert.equal(refused.body.error.code, 'promo_not_applicable');
    assert.equal(await count(sql`SELECT count(*) AS n FROM bookings WHERE class_id = ${cls.id}`), 0);
    assert.equal(await balanceOf(customer), 2);
  });

  test('a guest cannot pay with credits: an email proves nothing', async () => {
    const cls = await newClass();
    const response = await t
      .client()
      .post('/api/v1/bookings', { classId: cls.id, paymentMethod: 'credits', guest: guest('credits') });
    assert.equal(response.status, 401, JSON.stringify(response.body));
    assert.equal(await count(sql`SELECT count(*) AS n FROM bookings WHERE class_id = ${cls.id}`), 0);
  });

  test('the grant that expires first is used first', async () => {
    const customer = await newCustomer();
    const long = await buyWithSwish(customer, (await newPackage({ credits: 2, validityDays: 60 })).id);
    const short = await buyWithSwish(customer, (await newPackage({ credits: 2, validityDays: 10 })).id);
    const booked = await bookWithCredits(customer, { classId: (await newClass()).id });
    assert.equal(booked.status, 201, JSON.stringify(booked.body));
    const [use] = await rows<{ package_purchase_id: string; delta: number }>(sql`
      SELECT g.package_purchase_id, l.delta FROM credit_ledger l JOIN credit_grants g ON g.id = l.grant_id
      WHERE l.booking_id = ${booked.body.booking.id}`);
    assert.deepEqual(use, { package_purchase_id: short.purchaseId, delta: -1 });
    assert.notEqual(use?.package_purchase_id, long.purchaseId);
  });

  test('expiry is decided at the moment of use, with no job run: an expired grant pays for nothing', async () => {
    const customer = await newCustomer();
    await buyWithSwish(customer, (await newPackage({ credits: 2, validityDays: 1 })).id);
    t.clock.advance(DAY + 60_000);
    const cls = await newClass();
    const refused = await bookWithCredits(customer, { classId: cls.id });
    assert.equal(refused.status, 409, JSON.stringify(refused.body));
    assert.deepEqual(refused.body.error.details, { balance: 0, needed: 1 });
    const credits = (await customer.get('/api/v1/me/credits')).body;
    assert.equal(credits.balance, 0);
    assert.equal(credits.grants[0].expired, true);
  });

  test('cancelling returns the credits to their grant, once; a cancelled class returns them too', async () => {
    const customer = await newCustomer();
    await buyWithSwish(customer, (await newPackage({ credits: 2 })).id);
    const first = await bookWithCredits(customer, { classId: (await newClass()).id });
    const cls = await newClass();
    const second = await bookWithCredits(customer, { classId: cls.id });
    assert.equal(await balanceOf(customer), 0);
    const cancelled = await customer.post(`/api/v1/bookings/${first.body.booking.id}/cancel`, {});
    assert.equal(cancelled.status, 200, JSON.stringify(cancelled.body));
    await customer.post(`/api/v1/bookings/${first.body.booking.id}/cancel`, {});
    assert.equal(await balanceOf(customer), 1);
    const [use, back] = await rows<{ kind: string; delta: number; grant_id: string }>(
      sql`SELECT kind, delta, grant_id FROM credit_ledger WHERE booking_id = ${first.body.booking.id} ORDER BY created_at`,
    );
    assert.equal(use?.kind, 'use');
    assert.equal(back?.kind, 'return');
    assert.equal(back?.delta, 1);
    assert.equal(back?.grant_id, use?.grant_id, 'to the same grant');
    const deleted = await admin.delete(`/api/v1/bookings/${second.body.booking.id}`);
    assert.equal(deleted.status, 409, 'a booking that holds credits is cancelled, not deleted');
    assert.equal(deleted.body.error.code, 'booking_has_payment');
    const classCancelled = await admin.post(`/api/v1/classes/${cls.id}/cancel`, {});
    assert.equal(classCancelled.status, 200, JSON.stringify(classCancelled.body));
    assert.equal(await balanceOf(customer), 2);
    assert.equal(second.status, 201);
    await assertIntegrityClean();
  });

  test('credits returned to a grant that expired meanwhile come back as expired', async () => {
    const customer = await newCustomer();
    await buyWithSwish(customer, (await newPackage({ credits: 1, validityDays: 2 })).id);
    const booked = await bookWithCredits(customer, { classId: (await newClass()).id });
    assert.equal(booked.status, 201, JSON.stringify(booked.body));
    t.clock.advance(3 * DAY);
    const cancelled = await customer.post(`/api/v1/bookings/${booked.body.booking.id}/cancel`, {});
    assert.equal(cancelled.status, 200, JSON.stringify(cancelled.body));
    const kinds = await rows<{ kind: string; delta: number }>(
      sql`SELECT kind, delta FROM credit_ledger WHERE booking_id = ${booked.body.booking.id} ORDER BY created_at, kind DESC`,
    );
    assert.deepEqual(
      kinds.map((k) => [k.kind, k.delta]),
      [
        ['use', -1],
        ['return', 1],
        ['expiry', -1],
      ],
    );
    assert.equal(await balanceOf(customer), 0);
    await assertIntegrityClean();
  });

  test('scope: a service-only package cannot pay for a class; a class-type package pays only for that type', async () => {
    const practice = await setupPractice(admin, { service: { price: { amount: 60_000 } }, name: 'Massage' });
    const servicesOnly = await newPackage({ credits: 2, scope: 'services', scopeIds: [practice.serviceId] });
    const customer = await newCustomer();
    await buyWithSwish(customer, servicesOnly.id);
    const cls = await newClass();
    const refused = await bookWithCredits(customer, { classId: cls.id });
    assert.equal(refused.status, 422, JSON.stringify(refused.body));
    assert.equal(refused.body.error.code, 'credits_not_applicable');
    const appointment = await bookWithCredits(customer, {
      serviceId: practice.serviceId,
      start: localStart(3, '10:00', 'Europe/Stockholm', t.clock.now()),
    });
    assert.equal(appointment.status, 201, JSON.stringify(appointment.body));
    assert.equal(appointment.body.booking.status, 'confirmed');
    assert.equal(await balanceOf(customer), 1);

    const reformer = await admin.post('/api/v1/class-types', { name: 'Reformer' });
    assert.equal(reformer.status, 201, JSON.stringify(reformer.body));
    const typed = await newPackage({ credits: 1, scope: 'class_types', scopeIds: [reformer.body.id] });
    const typedCustomer = await newCustomer();
    await buyWithSwish(typedCustomer, typed.id);
    const untyped = await bookWithCredits(typedCustomer, { classId: cls.id });
    assert.equal(untyped.body.error.code, 'credits_not_applicable');
    const reformerClass = await newClass({ classTypeId: reformer.body.id });
    const ok = await bookWithCredits(typedCustomer, { classId: reformerClass.id });
    assert.equal(ok.status, 201, JSON.stringify(ok.body));
  });
});

describe('staff adjustments and the database guarantees', () => {
  test('staff grant and take credits with a reason, audited; never below zero; customers may not', async () => {
    const customer = await newCustomer();
    const { customerId } = await buyWithSwish(customer, (await newPackage({ credits: 1 })).id);
    const granted = await admin.post(`/api/v1/customers/${customerId}/credits/adjust`, {
      delta: 5,
      reason: 'goodwill after a cancelled course',
    });
    assert.equal(granted.status, 200, JSON.stringify(granted.body));
    assert.equal(granted.body.balance, 6);
    const taken = await admin.post(`/api/v1/customers/${customerId}/credits/adjust`, {
      delta: -2,
      reason: 'correction',
    });
    assert.equal(taken.body.balance, 4);
    const tooMuch = await admin.post(`/api/v1/customers/${customerId}/credits/adjust`, { delta: -5, reason: 'oops' });
    assert.equal(tooMuch.status, 409);
    assert.deepEqual(tooMuch.body.error.details, { balance: 4, needed: 5 });
    assert.equal(await balanceOf(customer), 4);
    const audit = await rows<{ after: { delta: number; reason: string; balance: number } }>(
      sql`SELECT after FROM audit_log WHERE action = 'credits.adjusted' AND entity_id = ${customerId} ORDER BY occurred_at`,
    );
    assert.deepEqual(
      audit.map((a) => [a.after.delta, a.after.balance, a.after.reason]),
      [
        [5, 6, 'goodwill after a cancelled course'],
        [-2, 4, 'correction'],
      ],
    );
    const denied = await customer.post(`/api/v1/customers/${customerId}/credits/adjust`, { delta: 5, reason: 'me' });
    assert.equal(denied.status, 403);
    const seen = await admin.get(`/api/v1/customers/${customerId}/credits?limit=2`);
    assert.equal(seen.body.ledger.entries.length, 2);
    // The package grant, the hand grant, and the take (first-to-expire: one from each grant).
    assert.equal(seen.body.ledger.total, 4);
  });

  test('one hand grant gives at most 100 credits: more is a 400 naming the field, nothing written; the database agrees', async () => {
    const customer = await newCustomer();
    const { customerId } = await buyWithSwish(customer, (await newPackage({ credits: 1 })).id);
    const ledgerRows = () => count(sql`SELECT count(*) AS n FROM credit_ledger WHERE customer_id = ${customerId}`);
    const rowsBefore = await ledgerRows();
    for (const delta of [101, 10_000]) {
      const refused = await admin.post(`/api/v1/customers/${customerId}/credits/adjust`, { delta, reason: 'a slip' });
      assert.equal(refused.status, 400, JSON.stringify(refused.body));
      assert.equal(refused.body.error.code, 'validation_failed');
      assert.deepEqual(
        refused.body.error.details.map((d: { path: string; message: string }) => [d.path, d.message]),
        [['delta', 'one grant gives at most 100 credits; grant again for more']],
      );
    }
    const swedish = await admin.post(
      `/api/v1/customers/${customerId}/credits/adjust`,
      { delta: 101, reason: 'a slip' },
      { 'accept-language': 'sv' },
    );
    assert.equal(
      swedish.body.error.details[0].message,
      'en tilldelning ger högst 100 krediter; tilldela igen för fler',
    );
    assert.equal(await balanceOf(customer), 1, 'nothing granted');
    assert.equal(await ledgerRows(), rowsBefore, 'nothing written');
    const ten = await admin.post(`/api/v1/customers/${customerId}/credits/adjust`, { delta: 100, reason: 'a season' });
    assert.equal(ten.status, 200, JSON.stringify(ten.body));
    assert.equal(ten.body.balance, 101);
    // Taking back is bounded by the balance, not by the grant ceiling: the whole 101 can go at once.
    const back = await admin.post(`/api/v1/customers/${customerId}/credits/adjust`, { delta: -101, reason: 'undo' });
    assert.equal(back.status, 200, JSON.stringify(back.body));
    assert.equal(back.body.balance, 0);

    const [grant] = await rows<{ id: string }>(
      sql`SELECT id FROM credit_grants WHERE customer_id = ${customerId} ORDER BY created_at LIMIT 1`,
    );
    await assert.rejects(
      t.database.db.execute(sql`
        INSERT INTO credit_ledger (org_id, customer_id, grant_id, kind, delta, reason)
        VALUES (${t.org.id}, ${customerId}, ${grant?.id}, 'adjustment', 101, 'raw')`),
      refusedBy('credit_ledger_adjustment_ceiling'),
    );
  });

  test('raw SQL cannot drive a balance or a grant below zero', async () => {
    const customer = await newCustomer();
    const { customerId, purchaseId } = await buyWithSwish(customer, (await newPackage({ credits: 2 })).id);
    const [grant] = await rows<{ id: string }>(
      sql`SELECT id FROM credit_grants WHERE package_purchase_id = ${purchaseId}`,
    );
    await assert.rejects(
      t.database.db.execute(sql`
        INSERT INTO credit_ledger (org_id, customer_id, grant_id, kind, delta, reason)
        VALUES (${t.org.id}, ${customerId}, ${grant?.id}, 'use', -3, 'raw')`),
      refusedBy('credit_grants_remaining'),
    );
    await assert.rejects(
      t.database.db.execute(sql`UPDATE credit_balances SET balance = -1 WHERE customer_id = ${customerId}`),
      refusedBy('credit_balances_not_negative'),
    );
    assert.equal(await balanceOf(customer), 2);
  });

  test('the integrity report catches a ledger row changed behind the trigger’s back', async () => {
    await assertIntegrityClean();
    const customer = await newCustomer();
    const { purchaseId, customerId } = await buyWithSwish(customer, (await newPackage({ credits: 4 })).id);
    await t.database.db.execute(
      sql`UPDATE credit_ledger SET delta = 40 WHERE grant_id = (SELECT id FROM credit_grants WHERE package_purchase_id = ${purchaseId})`,
    );
    const report = (await admin.get('/api/v1/integrity')).body;
    assert.equal(report.clean, false);
    assert.deepEqual(report.creditBalancesOffLedger, [{ customerId, balance: 4, ledgerSum: 40 }]);
    assert.equal(report.creditGrantsOffLedger.length, 1);
    await t.database.db.execute(
      sql`UPDATE credit_ledger SET delta = 4 WHERE grant_id = (SELECT id FROM credit_grants WHERE package_purchase_id = ${purchaseId})`,
    );
    await assertIntegrityClean();
  });
});

describe('cancellation policies', () => {
  const setPolicy = async (body: Record<string, unknown>) => {
    const response = await admin.request('PUT', '/api/v1/cancellation-policies', body);
    assert.equal(response.status, 200, JSON.stringify(response.body));
    return response.body as { id: string };
  };
  const dropPolicies = async () => {
    for (const policy of (await admin.get('/api/v1/cancellation-policies')).body.policies)
      assert.equal((await admin.delete(`/api/v1/cancellation-policies/${policy.id}`)).status, 204);
  };
  /** A class a week out, and the clock moved to `hoursBefore` its start. */
  async function classSoon(hoursBefore: number, overrides: Record<string, unknown> = {}) {
    const cls = await newClass({ maxSpots: 5, ...overrides });
    const startsAt = new Date((await admin.get(`/api/v1/classes/${cls.id}`)).body.startsAt);
    return { cls, lateBy: () => t.clock.set(new Date(startsAt.getTime() - hoursBefore * 3600_000)) };
  }

  test('a policy is set per organisation, service or class type, and refused when malformed', async () => {
    const bad = await admin.request('PUT', '/api/v1/cancellation-policies', { lateAction: 'fee' });
    assert.equal(bad.status, 400, JSON.stringify(bad.body));
    const unknown = await admin.request('PUT', '/api/v1/cancellation-policies', {
      classTypeId: '00000000-0000-4000-8000-000000000000',
      lateAction: 'no_refund',
    });
    assert.equal(unknown.status, 404);
    const first = await setPolicy({ lateAction: 'no_refund' });
    const replaced = await setPolicy({ lateAction: 'fee', lateFee: { kind: 'percent', value: 2500 } });
    assert.equal(replaced.id, first.id, 'one default policy, replaced');
    const customer = await newCustomer();
    assert.equal(
      (await customer.request('PUT', '/api/v1/cancellation-policies', { lateAction: 'refuse' })).status,
      403,
    );
    await dropPolicies();
  });

  test('late, with a 25 % fee: a paid Swish booking keeps the fee and the rest waits to be paid back; the report is clean', async () => {
    await setPolicy({ lateAction: 'fee', lateFee: { kind: 'percent', value: 2500 } });
    const { cls, lateBy } = await classSoon(2);
    const customer = await newCustomer();
    const booked = await customer.post('/api/v1/bookings', { classId: cls.id, paymentMethod: 'swish' });
    assert.equal(booked.status, 201, JSON.stringify(booked.body));
    const paymentId = booked.body.payment.id;
    assert.equal((await admin.post(`/api/v1/payments/${paymentId}/mark-paid`, {})).body.outcome, 'booked');
    lateBy();
    const cancelled = await customer.post(`/api/v1/bookings/${booked.body.booking.id}/cancel`, {});
    assert.equal(cancelled.status, 200, JSON.stringify(cancelled.body));
    const payment = (await admin.get(`/api/v1/payments/${paymentId}`)).body;
    assert.equal(payment.refundable, 15_000, 'a quarter of 200.00 kept');
    const queue = (await admin.get('/api/v1/unbookable-payments?status=open')).body.payments;
    assert.equal(queue.find((p: Json) => p.paymentId === paymentId)?.refundable, 15_000);
    await assertIntegrityClean();
    await dropPolicies();
  });

  test('late, with a fixed fee: a card booking is refunded all but the fee, by Stripe', async () => {
    await setPolicy({ freeHours: 48, lateAction: 'fee', lateFee: { kind: 'fixed', value: 3000 } });
    const { cls, lateBy } = await classSoon(24);
    const customer = await newCustomer();
    const booked = await customer.post('/api/v1/bookings', { classId: cls.id, paymentMethod: 'card' });
    assert.equal(booked.status, 201, JSON.stringify(booked.body));
    const intentId = (booked.body.payment.clientSecret as string).split('_secret_')[0]!;
    stripe.succeed(intentId);
    const event = stripe.lastEvent('payment_intent.succeeded', intentId);
    assert.ok(event);
    const signed = stripe.signedPayload(event);
    await t.app.inject({
      method: 'POST',
      url: '/api/v1/stripe/webhook',
      headers: signed.headers,
      payload: signed.payload,
    });
    lateBy();
    const cancelled = await customer.post(`/api/v1/bookings/${booked.body.booking.id}/cancel`, {});
    assert.equal(cancelled.status, 200, JSON.stringify(cancelled.body));
    await t.runJobs();
    assert.deepEqual(
      stripe.refunds({ paymentIntent: intentId }).map((r) => r.amount),
      [17_000],
    );
    await assertIntegrityClean();
    await dropPolicies();
  });

  test('late, no refund for a class type: credits are kept whoever cancels; a cancelled class returns them all', async () => {
    const type = await admin.post('/api/v1/class-types', { name: 'Intensive' });
    await setPolicy({ classTypeId: type.body.id, lateAction: 'no_refund' });
    const customer = await newCustomer();
    const { customerId } = await buyWithSwish(customer, (await newPackage({ credits: 5 })).id);
    const own = await classSoon(1, { classTypeId: type.body.id });
    const byStaff = await newClass({ classTypeId: type.body.id });
    const calledOff = await newClass({ classTypeId: type.body.id });
    const untyped = await newClass();
    const bookings = [];
    for (const cls of [own.cls, byStaff, calledOff, untyped])
      bookings.push((await bookWithCredits(customer, { classId: cls.id })).body.booking.id as string);
    assert.equal(await balanceOf(customer), 1);
    own.lateBy();
    assert.equal((await customer.post(`/api/v1/bookings/${bookings[0]}/cancel`, {})).status, 200);
    assert.equal(await balanceOf(customer), 1, 'late: the credit is kept');
    // The other classes start at the same hour: late for them too.
    assert.equal((await admin.post(`/api/v1/bookings/${bookings[1]}/cancel`, {})).status, 200);
    assert.equal(await balanceOf(customer), 1, 'staff cancelling late: the same policy');
    assert.equal((await admin.post(`/api/v1/classes/${calledOff.id}/cancel`, {})).status, 200);
    assert.equal(await balanceOf(customer), 2, 'a cancelled class always gives everything back');
    const refused = await customer.post(`/api/v1/bookings/${bookings[3]}/cancel`, {});
    assert.equal(refused.status, 409, 'an untyped class falls back to the implicit default: refused late');
    assert.equal(refused.body.error.code, 'cancellation_deadline_passed');
    const seen = (await admin.get(`/api/v1/customers/${customerId}/credits`)).body;
    assert.equal(seen.balance, 2);
    await assertIntegrityClean();
    await dropPolicies();
  });
});
