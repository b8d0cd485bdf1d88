/**
 * Issue 10: moving an appointment prices it again at its new time. An "after hours" surcharge that
 * applies every day from 15:00 (so no weekday or date decides the outcome) makes 16:00 dearer than
 * 10:00; the difference is due, refunded by card, or refused where it cannot be settled.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../src/platform/db.ts';
import { type Client, type TestApp, startTestApp } from '../support/app.ts';
import type { Json } from '../support/json.ts';
import { localStart, setupPractice } from '../support/practice.ts';
import { TestSmtpServer } from '../support/smtp.ts';
import { type StripeServer, startStripeServer } from '../support/stripe-server.ts';

let t: TestApp;
let stripe: StripeServer;
let smtp: TestSmtpServer;
let admin: Client;
let serviceId: string;

const BASE = 50_000;
const SURCHARGE = 15_000; // 30 % after hours

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
  ({ serviceId } = await setupPractice(admin, { name: 'Notary', service: { price: { amount: BASE } } }));
  const rule = await admin.post('/api/v1/pricing/surcharges', {
    name: 'After hours',
    when: { kind: 'weekly', weekdays: [1, 2, 3, 4, 5, 6, 7], from: '15:00', until: '24:00' },
    adjustment: { kind: 'percent', basisPoints: 3000 },
  });
  assert.equal(rule.status, 201, JSON.stringify(rule.body));
  const endpoint = await admin.post('/api/v1/webhooks', {
    url: 'https://hooks.example.test/reschedule',
    events: ['booking.rescheduled'],
  });
  assert.equal(endpoint.status, 201, JSON.stringify(endpoint.body));
});
after(async () => {
  await t.close();
  await smtp.stop();
  await stripe.close();
});

// Each booking gets a day of its own, so that no two tests want the same provider time.
let day = 3;
const times = () => {
  day += 1;
  const now = t.clock.now();
  return {
    morning: localStart(day, '10:00', 'Europe/Stockholm', now),
    late: localStart(day, '16:00', 'Europe/Stockholm', now),
  };
};

let customers = 0;
async function newCustomer(): Promise<{ client: Client; email: string }> {
  const client = t.client();
  const email = `reprice-${++customers}@example.test`;
  const response = await client.signUp(email);
  assert.equal(response.status, 201, JSON.stringify(response.body));
  return { client, email };
}

async function book(customer: Client, start: string, body: Record<string, unknown>): Promise<Json> {
  const booked = await customer.post('/api/v1/bookings', { serviceId, start, ...body });
  assert.equal(booked.status, 201, JSON.stringify(booked.body));
  return booked.body;
}

async function payByCard(clientSecret: string): Promise<string> {
  const intentId = clientSecret.split('_secret_')[0] as string;
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

const move = (customer: Client, bookingId: string, body: Record<string, unknown>) =>
  customer.post(`/api/v1/bookings/${bookingId}/reschedule`, body);

const bookingOf = async (customer: Client, bookingId: string) =>
  (await customer.get(`/api/v1/bookings/${bookingId}`)).body;

async function assertIntegrityClean() {
  const report = await admin.get('/api/v1/integrity');
  assert.equal(report.body.clean, true, JSON.stringify(report.body));
}

describe('rescheduling reprices an appointment', () => {
  test('a dearer time: a dry run shows the difference and moves nothing; the move adds it to what is due, audited, mailed and in the webhook', async () => {
    const { client, email } = await newCustomer();
    const { morning, late } = times();
    const booked = await book(client, morning, { paymentMethod: 'venue' });
    const id = booked.booking.id as string;
    assert.equal(booked.booking.price.amount, BASE);

    const dry = await move(client, id, { start: late, dryRun: true });
    assert.equal(dry.status, 200, JSON.stringify(dry.body));
    assert.equal(dry.body.startsAt, new Date(late).toISOString());
    assert.deepEqual(dry.body.priceChange, {
      before: { amount: BASE, currency: 'SEK' },
      after: { amount: BASE + SURCHARGE, currency: 'SEK' },
      difference: { amount: SURCHARGE, currency: 'SEK' },
      settlement: 'due',
    });
    const still = await bookingOf(client, id);
    assert.deepEqual([still.startsAt, still.price.amount], [new Date(morning).toISOString(), BASE]);

    // The client showed an old total: refused with the new one, nothing moved.
    const stale = await move(client, id, { start: late, expectedTotal: BASE });
    assert.equal(stale.status, 409, JSON.stringify(stale.body));
    assert.equal(stale.body.error.code, 'price_changed');
    assert.equal((await bookingOf(client, id)).startsAt, new Date(morning).toISOString());

    const moved = await move(client, id, { start: late, expectedTotal: BASE + SURCHARGE });
    assert.equal(moved.status, 200, JSON.stringify(moved.body));
    assert.equal(moved.body.priceChange.settlement, 'due');
    assert.deepEqual([moved.body.price.amount, moved.body.due.amount], [BASE + SURCHARGE, BASE + SURCHARGE]);
    const surcharge = moved.body.pricing.lines.find((line: Json) => line.kind === 'surcharge');
    assert.equal(surcharge?.amount, SURCHARGE);

    const [audit] = await queryRows<{ before: Json; after: Json }>(
      t.database.db,
      sql`SELECT before, after FROM audit_log WHERE action = 'booking.rescheduled' AND entity_id = ${id}`,
    );
    assert.deepEqual([audit?.before.price.amount, audit?.after.price.amount], [BASE, BASE + SURCHARGE]);
    const [event] = await queryRows<{ payload: Json }>(
      t.database.db,
      sql`SELECT payload FROM webhook_deliveries
          WHERE event_type = 'booking.rescheduled' AND payload->'data'->'booking'->>'id' = ${id}`,
    );
    assert.equal(event?.payload.data.booking.price.amount, BASE + SURCHARGE);
    assert.equal(event?.payload.data.priceChange.difference.amount, SURCHARGE);

    await t.runJobs();
    await smtp.waitFor(() => smtp.to(email).some((mail) => /moved/i.test(mail.subject)));
    const mail = smtp.to(email).find((m) => /moved/i.test(m.subject));
    assert.match(mail?.text ?? '', /The new time costs .*150.* more/);
  });

  test('a cheaper time refunds the difference by card; moved back, the difference is due again', async () => {
    const { client } = await newCustomer();
    const { morning, late } = times();
    const booked = await book(client, late, { paymentMethod: 'card' });
    const id = booked.booking.id as string;
    const intentId = await payByCard(booked.payment.clientSecret);

    const cheaper = await move(client, id, { start: morning });
    assert.equal(cheaper.status, 200, JSON.stringify(cheaper.body));
    assert.equal(cheaper.body.priceChange.settlement, 'refund');
    assert.deepEqual([cheaper.body.price.amount, cheaper.body.due.amount], [BASE, 0]);
    await t.runJobs();
    assert.deepEqual(
      stripe.refunds({ paymentIntent: intentId }).map((refund) => refund.amount),
      [SURCHARGE],
    );
    assert.equal((await bookingOf(client, id)).status, 'confirmed', 'a refund of the difference cancels nothing');

    const dearer = await move(client, id, { start: late });
    assert.equal(dearer.status, 200, JSON.stringify(dearer.body));
    assert.equal(dearer.body.priceChange.settlement, 'due');
    assert.equal(dearer.body.due.amount, SURCHARGE, 'the refunded difference is owed again');
    await assertIntegrityClean();
  });

  test('the promo code stays applied and its use is not counted again', async () => {
    const promo = await admin.post('/api/v1/pricing/promo-codes', {
      code: 'ONCEONLY',
      adjustment: { kind: 'percent', basisPoints: 1000 },
      maxUses: 1,
    });
    assert.equal(promo.status, 201, JSON.stringify(promo.body));
    const { client } = await newCustomer();
    const { morning, late } = times();
    const booked = await book(client, morning, { paymentMethod: 'venue', promoCode: 'onceonly' });
    assert.equal(booked.booking.price.amount, BASE * 0.9);
    const moved = await move(client, booked.booking.id, { start: late });
    assert.equal(moved.status, 200, JSON.stringify(moved.body));
    assert.equal(moved.body.price.amount, (BASE + SURCHARGE) * 0.9);
    assert.equal(moved.body.pricing.promoCode, 'ONCEONLY');
    assert.equal((await admin.get(`/api/v1/pricing/promo-codes/${promo.body.id}`)).body.usesCount, 1);
  });

  test('credits pay for the booking whole: a dearer time takes no more credits and leaves nothing due', async () => {
    const pack = await admin.post('/api/v1/packages', {
      name: 'Two sessions',
      credits: 2,
      price: { amount: 90_000 },
      validityDays: 90,
      scope: 'everything',
    });
    assert.equal(pack.status, 201, JSON.stringify(pack.body));
    const { client } = await newCustomer();
    const bought = await client.post(`/api/v1/packages/${pack.body.id}/purchase`, { paymentMethod: 'swish' });
    assert.equal(bought.status, 201, JSON.stringify(bought.body));
    assert.equal((await admin.post(`/api/v1/payments/${bought.body.payment.id}/mark-paid`, {})).status, 200);
    const { morning, late } = times();
    const booked = await book(client, morning, { paymentMethod: 'credits' });
    const moved = await move(client, booked.booking.id, { start: late });
    assert.equal(moved.status, 200, JSON.stringify(moved.body));
    assert.equal(moved.body.priceChange.settlement, 'none');
    assert.equal(moved.body.due.amount, 0);
    assert.equal((await client.get('/api/v1/me/credits')).body.balance, 1);
  });

  test('what cannot be settled online is refused and nothing moves: less than a Swish payment, or than a payment on its way', async () => {
    const { client } = await newCustomer();
    const { morning, late } = times();
    const swish = await book(client, late, { paymentMethod: 'swish' });
    assert.equal((await admin.post(`/api/v1/payments/${swish.payment.id}/mark-paid`, {})).body.outcome, 'booked');
    const refused = await move(client, swish.booking.id, { start: morning });
    assert.equal(refused.status, 409, JSON.stringify(refused.body));
    assert.equal(refused.body.error.code, 'reschedule_refund_by_hand');
    assert.equal((await bookingOf(client, swish.booking.id)).startsAt, new Date(late).toISOString());

    const other = times();
    const card = await book(client, other.late, { paymentMethod: 'card' });
    const pending = await move(client, card.booking.id, { start: other.morning });
    assert.equal(pending.status, 409, JSON.stringify(pending.body));
    assert.equal(pending.body.error.code, 'reschedule_payment_pending');
    const after = await bookingOf(client, card.booking.id);
    assert.deepEqual([after.startsAt, after.price.amount], [new Date(other.late).toISOString(), BASE + SURCHARGE]);
  });
});
