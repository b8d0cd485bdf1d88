// A business's contact email and phone (Settings): checked when set, public with the organisation,
// and given where a customer is told to contact the business: mail footers and "contact us" refusals.
// Without them, mails and refusals say what they said before.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { type TestApp, classInput, guest, startTestApp } from '../support/app.ts';
import { TestSmtpServer } from '../support/smtp.ts';

let t: TestApp;
const smtp = new TestSmtpServer();
before(async () => {
  await smtp.start();
  t = await startTestApp({ smtpUrl: smtp.url });
});
after(async () => {
  await t.close();
  await smtp.stop();
});

/** A guest booking of a class starting in two hours: inside the 24-hour cancellation deadline. */
async function lateBooking(n: string) {
  const admin = await t.admin();
  const start = new Date(t.clock.now().getTime() + 2 * 3600_000);
  const cls = await admin.post(
    '/api/v1/classes',
    classInput({ startsAt: start.toISOString(), endsAt: new Date(start.getTime() + 3600_000).toISOString() }),
  );
  assert.equal(cls.status, 201, JSON.stringify(cls.body));
  const who = guest(n);
  const booked = await t
    .client()
    .post('/api/v1/bookings', { classId: cls.body.id, guest: who, paymentMethod: 'venue' });
  assert.equal(booked.status, 201, JSON.stringify(booked.body));
  return { who, token: booked.body.manageToken as string };
}

describe('the business contact details', () => {
  test('bad contact details are refused by field and change nothing', async () => {
    const admin = await t.admin();
    for (const body of [
      { contactEmail: 'not an address' },
      { contactPhone: '08-123 45\n67' },
      { contactPhone: 'call us' },
      { contactEmail: 'hello@studio.test', contactPhone: '12' },
    ]) {
      const refused = await admin.patch('/api/v1/organisation', body);
      assert.equal(refused.status, 400, JSON.stringify(body));
      assert.equal(refused.body.error.code, 'validation_failed');
    }
    const org = await t.client().get('/api/v1/organisation');
    assert.equal(org.body.contactEmail, null);
    assert.equal(org.body.contactPhone, null);
  });

  test('without them, mails have no contact footer and refusals say "contact us" only', async () => {
    const { who, token } = await lateBooking('before');
    await t.runJobs();
    const [mail] = smtp.to(who.email);
    assert.ok(mail, 'a confirmation mail');
    assert.doesNotMatch(mail.text, /Questions\?/);
    assert.doesNotMatch(mail.html, /mailto:|tel:/);
    const refused = await t.client().post(`/api/v1/manage/${token}/cancel`, {});
    assert.equal(refused.body.error.code, 'cancellation_deadline_passed');
    assert.match(refused.body.error.message, /Contact us if you cannot come\.$/);
  });

  test('set, they are public, in the footer of mails as links, and in "contact us" refusals', async () => {
    const admin = await t.admin();
    const saved = await admin.patch('/api/v1/organisation', {
      contactEmail: ' Hello@Studio.test ',
      contactPhone: '+46 8-123 45 67',
    });
    assert.equal(saved.status, 200, JSON.stringify(saved.body));
    const org = await t.client().get('/api/v1/organisation');
    assert.equal(org.body.contactEmail, 'hello@studio.test');
    assert.equal(org.body.contactPhone, '+46 8-123 45 67');

    const { who, token } = await lateBooking('after');
    await t.runJobs();
    const [mail] = smtp.to(who.email);
    assert.ok(mail, 'a confirmation mail');
    assert.match(mail.text, /Questions\? Contact Slotwise Studio: hello@studio\.test, \+46 8-123 45 67/);
    assert.match(mail.html, /<a href="mailto:hello@studio\.test"[^>]*>hello@studio\.test<\/a>/);
    assert.match(mail.html, /<a href="tel:\+4681234567"[^>]*>\+46 8-123 45 67<\/a>/);

    const refused = await t.client().post(`/api/v1/manage/${token}/cancel`, {});
    assert.equal(refused.body.error.code, 'cancellation_deadline_passed');
    assert.match(
      refused.body.error.message,
      /Contact us if you cannot come\. Email hello@studio\.test or call \+46 8-123 45 67\.$/,
    );
    const swedish = await t.client().post(`/api/v1/manage/${token}/cancel`, {}, { 'accept-language': 'sv' });
    assert.match(swedish.body.error.message, /Mejla hello@studio\.test eller ring \+46 8-123 45 67\.$/);
    // A refusal that does not ask the customer to get in touch carries no contact details.
    const unknown = await t.client().post('/api/v1/manage/not-a-token/cancel', {});
    assert.doesNotMatch(unknown.body.error.message, /hello@studio\.test/);

    // Cleared, the footer goes again.
    assert.equal((await admin.patch('/api/v1/organisation', { contactEmail: null, contactPhone: null })).status, 200);
    assert.equal((await t.client().get('/api/v1/organisation')).body.contactEmail, null);
  });
});
