// Paying what is due later (issue 11): the rest of a deposit booking by card through the local
// Stripe-shaped server, an open invoice by card with its confirm racing its webhook (one settlement,
// paid once, one receipt), a guest's invoice by Swish from the manage link (the overdue reminder
// carries that link), a payment replaced by another method whose money still comes (given back),
// cancelling a booking paid in two payments, bad input with its codes, and the integrity report.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../src/platform/db.ts';
import { type Client, type TestApp, classInput, guest, startTestApp } from '../support/app.ts';
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
    paymentMethods: ['card', 'venue', 'swish'],
    swishNumber: '123 456 78 90',
  });
  assert.equal(settings.status, 200, JSON.stringify(settings.body));
});
after(async () => {
  await t.close();
  await stripe.close();
  await smtp.stop();
});

const db = () => t.database.db;

let classCount = 0;
async function newClass(price: number, deposit: Record<string, unknown> = { kind: 'none' }) {
  const created = await admin.post(
    '/api/v1/classes',
    classInput({ title: `Due ${++classCount}`, price: { amount: price } }, t.clock.now()),
  );
  assert.equal(created.status, 201, JSON.stringify(created.body));
  const priced = await admin.request('PUT', `/api/v1/pricing/classes/${created.body.id}`, { taxRateId: null, deposit });
  assert.equal(priced.status, 200, JSON.stringify(priced.body));
  return created.body.id as string;
}

let customerCount = 0;
async function customer(): Promise<Client & { email: string }> {
  const client = t.client();
  const email = `due${++customerCount}@example.test`;
  assert.equal((await client.signUp(email)).status, 201);
  return Object.assign(client, { email });
}

const intentIdOf = (secret: string) => secret.split('_secret_')[0]!;

async function webhook(type: string, intentId: string) {
  const event = stripe.lastEvent(type, intentId);
  assert.ok(event, `Stripe made a ${type} event`);
  const { payload, headers } = stripe.signedPayload(event);
  const response = await t.app.inject({ method: 'POST', url: '/api/v1/stripe/webhook', headers, payload });
  assert.equal(response.statusCode, 200, response.body);
}

async function assertIntegrityClean() {
  await t.runJobs();
  const report = await admin.get('/api/v1/integrity');
  assert.equal(report.status, 200);
  assert.equal(report.body.clean, true, JSON.stringify(report.body));
}

const balancePayments = (bookingId: string) =>
  queryRows<{ status: string; amount: number; method: string; failure_reason: string | null; refunded: number }>(
    db(),
    sql`SELECT status, amount::int AS amount, method, failure_reason, refunded_amount::int AS refunded
        FROM payments WHERE booking_id = ${bookingId} AND purpose = 'balance' ORDER BY created_at`,
  );

/** A signed-in customer's confirmed card booking with its deposit paid. */
async function depositBooking(who: Client, price: number, basisPoints: number) {
  const classId = await newClass(price, { kind: 'percent', basisPoints });
  const booked = await who.post('/api/v1/bookings', { classId, paymentMethod: 'card' });
  assert.equal(booked.status, 201, JSON.stringify(booked.body));
  const intentId = intentIdOf(booked.body.payment.clientSecret);
  stripe.succeed(intentId);
  await webhook('payment_intent.succeeded', intentId);
  const booking = (await who.get(`/api/v1/bookings/${booked.body.booking.id}`)).body;
  assert.equal(booking.status, 'confirmed');
  return booking as { id: string; due: { amount: number }; paid: { amount: number } };
}

/** A signed-in customer's venue booking with an open invoice for all of it. */
async function invoicedBooking(who: Client, price: number) {
  const classId = await newClass(price);
  const booked = await who.post('/api/v1/bookings', { classId, paymentMethod: 'venue' });
  assert.equal(booked.status, 201, JSON.stringify(booked.body));
  const invoice = await admin.post(`/api/v1/bookings/${booked.body.booking.id}/invoice`, {});
  assert.equal(invoice.status, 201, JSON.stringify(invoice.body));
  assert.equal(invoice.body.status, 'open');
  return { bookingId: booked.body.booking.id as string, invoice: invoice.body as { id: string; number: number } };
}

describe('paying a balance', () => {
  test("a deposit booking's rest is paid by card; asking twice gives the same payment; then nothing is due", async () => {
    const who = await customer();
    const booking = await depositBooking(who, 20000, 2500);
    assert.equal(booking.paid.amount, 5000);
    assert.equal(booking.due.amount, 15000);

    const pay = () => who.post(`/api/v1/me/bookings/${booking.id}/pay`, { method: 'card', expectedAmount: 15000 });
    const [first, second] = await Promise.all([pay(), pay()]);
    assert.equal(first.status, 200, JSON.stringify(first.body));
    assert.equal(second.status, 200, JSON.stringify(second.body));
    assert.equal(first.body.payment.id, second.body.payment.id, 'one open payment of the balance');
    assert.equal(first.body.payment.clientSecret, second.body.payment.clientSecret);
    assert.deepEqual(first.body.payment.amount, { amount: 15000, currency: 'SEK' });
    const intentId = intentIdOf(first.body.payment.clientSecret);
    assert.equal(stripe.paymentIntent(intentId).amount, 15000, 'the intent is for exactly what is due');

    stripe.succeed(intentId);
    await webhook('payment_intent.succeeded', intentId);
    await webhook('payment_intent.succeeded', intentId);
    const paid = (await who.get(`/api/v1/bookings/${booking.id}`)).body;
    assert.equal(paid.status, 'confirmed');
    assert.deepEqual([paid.paid.amount, paid.due.amount, paid.paymentStatus], [20000, 0, 'paid']);
    assert.deepEqual(
      (await balancePayments(booking.id)).map((p) => [p.status, p.amount]),
      [['succeeded', 15000]],
    );

    const again = await pay();
    assert.equal(again.status, 409);
    assert.equal(again.body.error.code, 'nothing_due');
    await assertIntegrityClean();

    // Cancelled by staff, both payments go back: the deposit and the balance.
    const cancelled = await admin.post(`/api/v1/bookings/${booking.id}/cancel`, {});
    assert.equal(cancelled.status, 200, JSON.stringify(cancelled.body));
    await t.runJobs();
    const refunded = stripe.refunds().filter((r) => r.payment_intent === intentId);
    assert.equal(refunded.length, 1);
    assert.equal(refunded[0]!.amount, 15000);
    assert.deepEqual(
      (await balancePayments(booking.id)).map((p) => p.refunded),
      [15000],
    );
    await assertIntegrityClean();
  });

  test('a guest pays a venue booking by Swish from the manage link; staff mark it paid; the booking is paid in full', async () => {
    const classId = await newClass(12000);
    const booked = await t
      .client()
      .post('/api/v1/bookings', { classId, guest: guest('due-swish'), paymentMethod: 'venue' });
    assert.equal(booked.status, 201, JSON.stringify(booked.body));
    const token = booked.body.manageToken as string;
    const pay = await t.client().post(`/api/v1/manage/${token}/pay`, { method: 'swish' });
    assert.equal(pay.status, 200, JSON.stringify(pay.body));
    assert.equal(pay.body.payment.payTo, '123 456 78 90');
    assert.match(pay.body.payment.reference, /^SW/);
    assert.equal(pay.body.payment.clientSecret, null);
    assert.equal(pay.body.invoiceId, null);
    const same = await t.client().post(`/api/v1/manage/${token}/pay`, { method: 'swish' });
    assert.equal(same.body.payment.id, pay.body.payment.id);

    const marked = await admin.post(`/api/v1/payments/${pay.body.payment.id}/mark-paid`, {});
    assert.equal(marked.status, 200, JSON.stringify(marked.body));
    const view = (await t.client().get(`/api/v1/manage/${token}`)).body;
    assert.deepEqual([view.paid.amount, view.due.amount, view.paymentStatus], [12000, 0, 'paid']);
    const forged = `${token.slice(0, -2)}${token.endsWith('AA') ? 'BB' : 'AA'}`;
    const bogus = await t.client().post(`/api/v1/manage/${forged}/pay`, { method: 'swish' });
    assert.equal(bogus.status, 404, JSON.stringify(bogus.body));
    await assertIntegrityClean();
  });

  test('a card payment replaced by Swish that still succeeds is given back, not counted twice', async () => {
    const who = await customer();
    const booking = await depositBooking(who, 10000, 5000);
    const card = await who.post(`/api/v1/me/bookings/${booking.id}/pay`, { method: 'card' });
    assert.equal(card.status, 200, JSON.stringify(card.body));
    const swish = await who.post(`/api/v1/me/bookings/${booking.id}/pay`, { method: 'swish' });
    assert.equal(swish.status, 200, JSON.stringify(swish.body));
    assert.notEqual(swish.body.payment.id, card.body.payment.id);
    assert.equal((await admin.post(`/api/v1/payments/${swish.body.payment.id}/mark-paid`, {})).status, 200);

    // The customer had paid by card in another tab before the Swish arrived.
    const intentId = intentIdOf(card.body.payment.clientSecret);
    stripe.succeed(intentId);
    await webhook('payment_intent.succeeded', intentId);
    await t.runJobs();
    const rows = await balancePayments(booking.id);
    assert.deepEqual(
      rows.map((p) => [p.method, p.status, p.failure_reason, p.refunded]),
      [
        ['card', 'succeeded', 'nothing_due', 5000],
        ['swish', 'succeeded', null, 0],
      ],
    );
    const view = (await who.get(`/api/v1/bookings/${booking.id}`)).body;
    assert.deepEqual([view.paid.amount, view.due.amount], [10000, 0]);
    await assertIntegrityClean();
  });
});

describe('refunds of a booking paid twice', () => {
  test("an admin's full refund cancels the booking only once none of its money stands", async () => {
    const who = await customer();
    const booking = await depositBooking(who, 8000, 5000);
    const pay = await who.post(`/api/v1/me/bookings/${booking.id}/pay`, { method: 'card' });
    assert.equal(pay.status, 200, JSON.stringify(pay.body));
    const intentId = intentIdOf(pay.body.payment.clientSecret);
    stripe.succeed(intentId);
    await webhook('payment_intent.succeeded', intentId);
    const own = (await who.get(`/api/v1/bookings/${booking.id}`)).body.paymentId as string;

    const first = await admin.post(`/api/v1/payments/${own}/refunds`, { reason: 'goodwill' });
    assert.equal(first.status, 201, JSON.stringify(first.body));
    assert.equal((await admin.get(`/api/v1/bookings/${booking.id}`)).body.status, 'confirmed', 'the balance stands');
    const second = await admin.post(`/api/v1/payments/${pay.body.payment.id}/refunds`, { reason: 'all back' });
    assert.equal(second.status, 201, JSON.stringify(second.body));
    assert.equal((await admin.get(`/api/v1/bookings/${booking.id}`)).body.status, 'cancelled');
    await assertIntegrityClean();
  });
});

describe('paying an invoice', () => {
  test('by card, the confirm racing its webhook: one settlement, the invoice paid once, one receipt', async () => {
    const who = await customer();
    const { bookingId, invoice } = await invoicedBooking(who, 30000);
    await t.runJobs();
    const pay = await who.post(`/api/v1/me/invoices/${invoice.id}/pay`, { method: 'card', expectedAmount: 30000 });
    assert.equal(pay.status, 200, JSON.stringify(pay.body));
    assert.equal(pay.body.invoiceId, invoice.id);
    assert.equal(pay.body.bookingId, bookingId);
    const intentId = intentIdOf(pay.body.payment.clientSecret);
    stripe.succeed(intentId);

    const event = stripe.lastEvent('payment_intent.succeeded', intentId);
    assert.ok(event);
    const [confirm, ...hooks] = await Promise.all([
      who.post('/api/v1/payments/confirm', { paymentIntentId: intentId }),
      ...[1, 2, 3].map(() => {
        const { payload, headers } = stripe.signedPayload(event);
        return t.app.inject({ method: 'POST', url: '/api/v1/stripe/webhook', headers, payload });
      }),
    ]);
    assert.equal(confirm.status, 200, JSON.stringify(confirm.body));
    for (const hook of hooks) assert.equal(hook.statusCode, 200);
    await t.runJobs();

    const read = (await who.get(`/api/v1/me/invoices`)).body.invoices.find((i: { id: string }) => i.id === invoice.id);
    assert.equal(read.status, 'paid');
    assert.deepEqual([read.totals.paid, read.totals.due], [30000, 0]);
    assert.deepEqual(
      (await balancePayments(bookingId)).map((p) => [p.status, p.amount]),
      [['succeeded', 30000]],
    );
    const [audits] = await queryRows<{ paid: number; settled: number }>(
      db(),
      sql`SELECT count(*) FILTER (WHERE action = 'invoice.paid' AND entity_id = ${invoice.id})::int AS paid,
                 count(*) FILTER (WHERE action = 'booking.balance_paid' AND entity_id = ${bookingId})::int AS settled
          FROM audit_log`,
    );
    assert.deepEqual(audits, { paid: 1, settled: 1 });
    const receipts = smtp.to(who.email).filter((m) => m.subject === `Receipt: invoice ${invoice.number} is paid`);
    assert.equal(receipts.length, 1, 'one receipt');
    const booking = (await who.get(`/api/v1/bookings/${bookingId}`)).body;
    assert.deepEqual([booking.due.amount, booking.paymentStatus], [0, 'paid']);

    const again = await who.post(`/api/v1/me/invoices/${invoice.id}/pay`, { method: 'card' });
    assert.equal(again.status, 409);
    assert.equal(again.body.error.code, 'invoice_paid');
    await assertIntegrityClean();
  });

  test("a guest's overdue reminder carries the pay link; paid by Swish, the invoice is paid and a receipt mailed", async () => {
    const classId = await newClass(8000);
    const who = guest('due-overdue');
    const booked = await t.client().post('/api/v1/bookings', { classId, guest: who, paymentMethod: 'venue' });
    assert.equal(booked.status, 201, JSON.stringify(booked.body));
    const invoice = (await admin.post(`/api/v1/bookings/${booked.body.booking.id}/invoice`, {})).body;
    await t.runJobs();
    t.clock.advance(32 * 86_400_000);
    try {
      await t.runJobs();
      await t.runJobs();
    } finally {
      t.clock.advance(-32 * 86_400_000);
    }
    const reminder = smtp.to(who.email).find((m) => m.subject.includes(`invoice ${invoice.number} is overdue`));
    assert.ok(reminder, 'reminder mailed');
    assert.ok(reminder.text.includes(`Pay online: ${booked.body.manageUrl}`), reminder.text);

    const pay = await t.client().post(`/api/v1/manage/${booked.body.manageToken}/pay`, { method: 'swish' });
    assert.equal(pay.status, 200, JSON.stringify(pay.body));
    assert.equal(pay.body.invoiceId, invoice.id);
    assert.equal(pay.body.payment.amount.amount, 8000);
    assert.equal((await admin.post(`/api/v1/payments/${pay.body.payment.id}/mark-paid`, {})).status, 200);
    await t.runJobs();
    assert.equal((await admin.get(`/api/v1/invoices/${invoice.id}`)).body.status, 'paid');
    assert.equal(
      smtp.to(who.email).filter((m) => m.subject === `Receipt: invoice ${invoice.number} is paid`).length,
      1,
    );
    await assertIntegrityClean();
  });

  test('the account customer’s reminder links to their invoices', async () => {
    const who = await customer();
    const { invoice } = await invoicedBooking(who, 5000);
    t.clock.advance(32 * 86_400_000);
    try {
      await t.runJobs();
      await t.runJobs();
    } finally {
      t.clock.advance(-32 * 86_400_000);
    }
    const reminder = smtp.to(who.email).find((m) => m.subject.includes(`invoice ${invoice.number} is overdue`));
    assert.ok(reminder, 'reminder mailed');
    assert.ok(reminder.text.includes(`Pay online: http://slotwise.test/account/invoices`), reminder.text);
    const pay = await who.post(`/api/v1/me/invoices/${invoice.id}/pay`, { method: 'card' });
    assert.equal(pay.status, 200, 'an overdue invoice can be paid');
  });
});

describe('bad input', () => {
  test('each refusal has its code, and nothing is written', async () => {
    const who = await customer();
    const other = await customer();
    const { bookingId, invoice } = await invoicedBooking(who, 4000);
    const count = async () =>
      (await queryRows<{ n: number }>(db(), sql`SELECT count(*)::int AS n FROM payments WHERE purpose = 'balance'`))[0]!
        .n;
    const before = await count();
    const refusals: [Client | null, string, unknown, number, string][] = [
      [who, `/api/v1/me/invoices/${invoice.id}/pay`, { method: 'card', expectedAmount: 3999 }, 409, 'amount_mismatch'],
      [other, `/api/v1/me/invoices/${invoice.id}/pay`, { method: 'card' }, 404, 'invoice_not_found'],
      [admin, `/api/v1/me/invoices/${invoice.id}/pay`, { method: 'card' }, 404, 'invoice_not_found'],
      [other, `/api/v1/me/bookings/${bookingId}/pay`, { method: 'card' }, 404, 'booking_not_found'],
      [null, `/api/v1/me/invoices/${invoice.id}/pay`, { method: 'card' }, 401, 'unauthenticated'],
      [who, `/api/v1/me/invoices/${invoice.id}/pay`, { method: 'bank_transfer' }, 422, 'payment_method_unavailable'],
      [who, `/api/v1/me/invoices/${invoice.id}/pay`, { method: 'cash' }, 400, 'validation_failed'],
      [who, `/api/v1/me/invoices/${invoice.id}/pay`, { method: 'card', expectedAmount: -1 }, 400, 'validation_failed'],
      [who, '/api/v1/me/invoices/not-a-uuid/pay', { method: 'card' }, 400, 'validation_failed'],
    ];
    for (const [client, url, body, status, code] of refusals) {
      const response = await (client ?? t.client()).post(url, body);
      assert.equal(response.status, status, `${url} ${JSON.stringify(body)}: ${JSON.stringify(response.body)}`);
      assert.equal(response.body.error.code, code);
    }
    const mismatch = await who.post(`/api/v1/me/invoices/${invoice.id}/pay`, { method: 'card', expectedAmount: 1 });
    assert.deepEqual(mismatch.body.error.details, { due: { amount: 4000, currency: 'SEK' } });
    assert.equal(await count(), before, 'nothing written');

    const credited = await admin.post(`/api/v1/invoices/${invoice.id}/credit`, {});
    assert.equal(credited.status, 201, JSON.stringify(credited.body));
    const voided = await who.post(`/api/v1/me/invoices/${invoice.id}/pay`, { method: 'card' });
    assert.equal(voided.status, 409);
    assert.equal(voided.body.error.code, 'invoice_void');
    const note = await who.post(`/api/v1/me/invoices/${credited.body.id}/pay`, { method: 'card' });
    assert.equal(note.body.error.code, 'invoice_paid', 'a credit note is nothing to pay');

    // Cancelled, the booking owes nothing; a booking paid in full neither.
    assert.equal((await who.post(`/api/v1/bookings/${bookingId}/cancel`, {})).status, 200);
    const cancelled = await who.post(`/api/v1/me/bookings/${bookingId}/pay`, { method: 'card' });
    assert.equal(cancelled.body.error.code, 'booking_cancelled');
    const full = await who.post('/api/v1/bookings', { classId: await newClass(3000), paymentMethod: 'card' });
    const fullIntent = intentIdOf(full.body.payment.clientSecret);
    stripe.succeed(fullIntent);
    await webhook('payment_intent.succeeded', fullIntent);
    const nothing = await who.post(`/api/v1/me/bookings/${full.body.booking.id}/pay`, { method: 'card' });
    assert.equal(nothing.status, 409);
    assert.equal(nothing.body.error.code, 'nothing_due');
    assert.equal(await count(), before, 'nothing written');
    await assertIntegrityClean();
  });
});
