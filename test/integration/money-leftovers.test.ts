// Issue 10's leftovers: a no-show fee's refund follows the policy's refund method, and a package
// refund mails the customer (received by a local SMTP server). Both databases.
import assert from 'node:assert/strict';
import { after, afterEach, before, describe, test } from 'node:test';
import { type SQL, sql } from 'drizzle-orm';
import { queryRows } from '../../src/platform/db.ts';
import { type Client, type TestApp, classInput, startTestApp } from '../support/app.ts';
import type { Json } from '../support/json.ts';
import { TestSmtpServer } from '../support/smtp.ts';

let t: TestApp;
let smtp: TestSmtpServer;
let admin: Client;

before(async () => {
  smtp = await new TestSmtpServer().start();
  t = await startTestApp({ smtpUrl: smtp.url });
  admin = await t.admin();
  const settings = await admin.patch('/api/v1/organisation', { paymentMethods: ['swish'], swishNumber: '1234567890' });
  assert.equal(settings.status, 200, JSON.stringify(settings.body));
});
after(async () => {
  await t.close();
  await smtp.stop();
});
afterEach(async () => {
  for (const policy of (await admin.get('/api/v1/cancellation-policies')).body.policies)
    assert.equal((await admin.delete(`/api/v1/cancellation-policies/${policy.id}`)).status, 204);
  t.clock.set(new Date());
});

const rows = <R>(query: SQL) => queryRows<R>(t.database.db, query);

let customers = 0;
async function newCustomer(): Promise<{ client: Client; email: string }> {
  const client = t.client();
  const email = `leftover-${++customers}@example.test`;
  const response = await client.signUp(email, `Customer ${customers}`);
  assert.equal(response.status, 201, JSON.stringify(response.body));
  return { client, email };
}

describe('a no-show fee under a refund-as-credit policy', () => {
  test('the rest goes back as credits, not as money; the fee is kept', async () => {
    const type = await admin.post('/api/v1/class-types', { name: 'Barre' });
    await admin.request('PUT', '/api/v1/cancellation-policies', {
      lateAction: 'refuse',
      refundTo: 'credit',
      noShowFee: { kind: 'percent', value: 5000 },
    });
    const cls = await admin.post(
      '/api/v1/classes',
      classInput({ price: { amount: 10_000 }, maxSpotsPerCustomer: 2, classTypeId: type.body.id }, t.clock.now()),
    );
    assert.equal(cls.status, 201, JSON.stringify(cls.body));
    const { client } = await newCustomer();
    const booked = await client.post('/api/v1/bookings', { classId: cls.body.id, spots: 2, paymentMethod: 'swish' });
    assert.equal(booked.status, 201, JSON.stringify(booked.body));
    const paymentId = booked.body.payment.id as string;
    assert.equal((await admin.post(`/api/v1/payments/${paymentId}/mark-paid`, {})).body.outcome, 'booked');

    t.clock.set(new Date(new Date(cls.body.startsAt).getTime() + 60_000));
    const marked = await admin.post(`/api/v1/bookings/${booked.body.booking.id}/no-show`, {});
    assert.equal(marked.body.status, 'no_show', JSON.stringify(marked.body));

    assert.equal((await client.get('/api/v1/me/credits')).body.balance, 1, 'one of two spots back as a credit');
    const payment = (await admin.get(`/api/v1/payments/${paymentId}`)).body as Json;
    assert.deepEqual([payment.refunded, payment.refundable], [0, 0], 'no money goes back');
    const queue = (await admin.get('/api/v1/unbookable-payments?status=open')).body.payments as Json[];
    assert.equal(
      queue.find((p) => p.paymentId === paymentId),
      undefined,
      'nothing waits for a person to pay back',
    );
    const [settled] = await rows<{ credited: number; retained: number }>(
      sql`SELECT credited_amount::int AS credited, retained_amount::int AS retained FROM payments WHERE id = ${paymentId}`,
    );
    assert.deepEqual(settled, { credited: 10_000, retained: 10_000 });
    const report = await admin.get('/api/v1/integrity');
    assert.equal(report.body.clean, true, JSON.stringify(report.body));
  });
});

describe('a package refund', () => {
  test('mails the customer what was refunded and how, in their language', async () => {
    const pkg = await admin.post('/api/v1/packages', {
      name: 'Ten Classes',
      credits: 10,
      price: { amount: 100_000 },
      validityDays: 90,
      scope: 'everything',
    });
    assert.equal(pkg.status, 201, JSON.stringify(pkg.body));
    const { client, email } = await newCustomer();
    const bought = await client.post(`/api/v1/packages/${pkg.body.id}/purchase`, { paymentMethod: 'swish' });
    assert.equal(bought.status, 201, JSON.stringify(bought.body));
    const paymentId = bought.body.payment.id as string;
    assert.equal((await admin.post(`/api/v1/payments/${paymentId}/mark-paid`, {})).body.outcome, 'credited');
    const refunded = await admin.post(`/api/v1/payments/${paymentId}/refunds`, { reason: 'moved away' });
    assert.equal(refunded.status, 201, JSON.stringify(refunded.body));
    await t.runJobs();
    const refundMails = () => smtp.to(email).filter((m) => m.subject === 'Refund for Ten Classes');
    await smtp.waitFor(() => refundMails().length > 0);
    const [mail] = refundMails();
    assert.match(mail?.text ?? '', /We have refunded SEK\s?1,000\.00 with Swish for Ten Classes/);
    assert.equal(refundMails().length, 1);
  });
});
