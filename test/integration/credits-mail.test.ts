/**
 * The "credits granted" mail: sent once when a package purchase settles, however many times its
 * payment's webhook arrives, through the outbox and a real SMTP server.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../src/platform/db.ts';
import { creditsGrantedMail } from '../../src/modules/notifications/credits-mails.ts';
import { type TestApp, startTestApp } from '../support/app.ts';
import { TestSmtpServer } from '../support/smtp.ts';
import { type StripeServer, startStripeServer } from '../support/stripe-server.ts';

let t: TestApp;
let stripe: StripeServer;
let smtp: TestSmtpServer;

before(async () => {
  stripe = await startStripeServer();
  smtp = await new TestSmtpServer().start();
  t = await startTestApp({ stripe, smtpUrl: smtp.url });
});
after(async () => {
  await t.close();
  await stripe.close();
  await smtp.stop();
});

describe('credits granted mail', () => {
  test('a card purchase whose webhook arrives twice grants once and mails once', async () => {
    const admin = await t.admin();
    const pack = await admin.post('/api/v1/packages', {
      name: 'Five sessions',
      credits: 5,
      price: { amount: 45_000 },
      validityDays: 30,
      scope: 'everything',
    });
    assert.equal(pack.status, 201, JSON.stringify(pack.body));
    const customer = t.client();
    const email = 'mail-credits@example.test';
    assert.equal((await customer.signUp(email, 'Maja Mail')).status, 201);
    const bought = await customer.post(`/api/v1/packages/${pack.body.id}/purchase`, { paymentMethod: 'card' });
    assert.equal(bought.status, 201, JSON.stringify(bought.body));
    const intentId = (bought.body.payment.clientSecret as string).split('_secret_')[0]!;
    stripe.succeed(intentId);
    const event = stripe.lastEvent('payment_intent.succeeded', intentId);
    assert.ok(event);
    const signed = stripe.signedPayload(event);
    const deliver = () =>
      t.app.inject({ method: 'POST', url: '/api/v1/stripe/webhook', headers: signed.headers, payload: signed.payload });
    for (const response of await Promise.all([deliver(), deliver()])) assert.equal(response.statusCode, 200);
    assert.equal((await deliver()).statusCode, 200, 'a late third delivery');

    await t.runJobs();
    await smtp.waitFor(() => smtp.to(email).length > 0);
    await t.runJobs();
    const mails = smtp.to(email);
    assert.equal(mails.length, 1, mails.map((mail) => mail.subject).join(', '));
    const [mail] = mails;
    assert.equal(mail?.subject, '5 credits are in your account');
    assert.match(mail?.text ?? '', /Five sessions/);
    assert.match(mail?.html ?? '', /Five sessions/);
    const jobs = await queryRows<{ n: number | string }>(
      t.database.db,
      sql`SELECT count(*) AS n FROM jobs WHERE kind = 'mail.credits_granted'`,
    );
    assert.equal(Number(jobs[0]?.n), 1, 'one job enqueued');
  });

  test('the mail in Swedish names the package, the credits and when they expire in the business’s zone', () => {
    const mail = creditsGrantedMail('sv', {
      packageName: 'Tio klipp',
      credits: 10,
      expiresAt: new Date('2027-01-15T23:30:00Z'),
      customerName: 'Sven',
      orgName: 'Studio Norr',
      contactEmail: 'hej@norr.test',
      contactPhone: '090-12 34 56',
      timeZone: 'Europe/Stockholm',
    });
    assert.equal(mail.subject, '10 klipp finns nu på ditt konto');
    // The business's contact details from Settings, at the foot, as links in HTML.
    assert.match(mail.text, /Frågor\? Kontakta Studio Norr: hej@norr\.test, 090-12 34 56/);
    assert.match(mail.html, /href="mailto:hej@norr\.test"/);
    assert.match(mail.html, /href="tel:090123456"/);
    assert.match(mail.text, /Hej Sven/);
    assert.match(mail.text, /Tio klipp/);
    // 23:30 UTC is already the next day in Stockholm.
    assert.match(mail.text, /16 jan/);
  });

  test('a Swish purchase mails where to pay; staff see it waiting with its message, mark it paid, and the credits come', async () => {
    const admin = await t.admin();
    assert.equal(
      (
        await admin.patch('/api/v1/organisation', {
          paymentMethods: ['swish', 'venue'],
          swishNumber: '123 456 78 90',
        })
      ).status,
      200,
    );
    const pack = await admin.post('/api/v1/packages', {
      name: 'Ten sessions',
      credits: 10,
      price: { amount: 90_000 },
      validityDays: 90,
      scope: 'everything',
    });
    const customer = t.client();
    const email = 'swish-credits@example.test';
    assert.equal((await customer.signUp(email, 'Sam Swish')).status, 201);
    const bought = await customer.post(`/api/v1/packages/${pack.body.id}/purchase`, { paymentMethod: 'swish' });
    assert.equal(bought.status, 201, JSON.stringify(bought.body));
    const reference = bought.body.payment.reference as string;
    assert.ok(reference);

    await t.runJobs();
    const [asked, ...more] = smtp.to(email);
    assert.equal(more.length, 0);
    assert.equal(asked?.subject, 'Pay for Ten sessions');
    assert.match(asked?.text ?? '', /Swish to: 123 456 78 90/);
    assert.match(asked?.text ?? '', /Amount: SEK\s900\.00/);
    assert.ok(asked?.text.includes(reference), 'the message to write');

    // Only staff see what waits, with what to match the money by.
    assert.equal((await customer.get('/api/v1/package-purchases/waiting')).status, 403);
    const waiting = await admin.get('/api/v1/package-purchases/waiting');
    assert.equal(waiting.status, 200, JSON.stringify(waiting.body));
    const mine = waiting.body.purchases.find((p: { customer: { email: string } }) => p.customer.email === email);
    assert.deepEqual(
      {
        ...mine,
        id: undefined,
        paymentId: undefined,
        createdAt: undefined,
        customer: { ...mine.customer, id: undefined },
      },
      {
        id: undefined,
        packageName: 'Ten sessions',
        credits: 10,
        method: 'swish',
        customer: { id: undefined, name: 'Sam Swish', email },
        amount: { amount: 90_000, currency: 'SEK' },
        reference,
        paymentId: undefined,
        createdAt: undefined,
      },
    );
    assert.equal((await customer.get('/api/v1/me/credits')).body.balance, 0, 'no credits before the money');
    assert.equal((await admin.post(`/api/v1/payments/${mine.paymentId}/mark-paid`, {})).status, 200);
    assert.equal((await customer.get('/api/v1/me/credits')).body.balance, 10);
    const after = await admin.get('/api/v1/package-purchases/waiting');
    assert.ok(!after.body.purchases.some((p: { id: string }) => p.id === mine.id), 'no longer waiting');
    await t.runJobs();
    assert.deepEqual(
      smtp.to(email).map((mail) => mail.subject),
      ['Pay for Ten sessions', '10 credits are in your account'],
    );
  });
});
