// Links that leave in mails name their organisation's address (/o/{slug}/…), and a token of one
// organisation is not found under another's address; an old link without an address still works.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { type TestApp, classInput, guest, startTestApp } from '../support/app.ts';
import { TestSmtpServer } from '../support/smtp.ts';

let t: TestApp;
const smtp = new TestSmtpServer();
before(async () => {
  await smtp.start();
  t = await startTestApp({ smtpUrl: smtp.url });
  await t.createOrg('second-studio', 'owner@second.test');
});
after(async () => {
  await t.close();
  await smtp.stop();
});

async function classOf(org: string, maxSpots = 10) {
  const owner = org === 'second-studio' ? t.client(org) : await t.admin();
  if (org === 'second-studio') await owner.signIn('owner@second.test', 'admin-password-1');
  const cls = await owner.post('/api/v1/classes', classInput({ maxSpots }, t.clock.now()));
  assert.equal(cls.status, 201, JSON.stringify(cls.body));
  return cls.body as { id: string };
}

const linksIn = (text: string) => [...text.matchAll(/https?:\/\/[^\s"<>)]+/g)].map((match) => match[0]);

describe("an organisation's address in its links", () => {
  test('the confirmation mail, the booking answer and the reset mail use /o/{slug}/', async () => {
    const cls = await classOf('second-studio');
    const who = guest('addressed');
    const booked = await t.client('second-studio').post('/api/v1/bookings', { classId: cls.id, guest: who });
    assert.equal(booked.status, 201);
    assert.equal(booked.body.manageUrl, `http://slotwise.test/o/second-studio/manage/${booked.body.manageToken}`);
    await t.runJobs();
    const [mail] = smtp.to(who.email);
    assert.ok(mail, 'a confirmation mail');
    const pages = linksIn(`${mail.text}\n${mail.html}`).filter((link) => !link.includes('/api/'));
    assert.ok(pages.length > 0);
    for (const link of pages) assert.match(link, /^http:\/\/slotwise\.test\/o\/second-studio\//);
    assert.ok(pages.some((link) => link.endsWith(`/manage/${booked.body.manageToken}`)));
    assert.ok(!`${mail.text}${mail.html}`.includes('?org='));

    const account = t.client('second-studio');
    assert.equal((await account.signUp('reader@second.test', 'Reader', 'reader-password-1')).status, 201);
    assert.equal(
      (await t.client('second-studio').post('/api/v1/auth/password-reset', { email: 'reader@second.test' })).status,
      202,
    );
    await t.runJobs();
    const reset = smtp.to('reader@second.test').find((received) => /reset-password/.test(received.text));
    assert.ok(reset, 'a reset mail');
    assert.match(reset.text, /http:\/\/slotwise\.test\/o\/second-studio\/reset-password\?token=[^\s&]+(\s|$)/);
  });

  test('a waitlist link names the organisation', async () => {
    const cls = await classOf('second-studio', 1);
    await t.client('second-studio').post('/api/v1/bookings', { classId: cls.id, guest: guest('first-in') });
    const joined = await t
      .client('second-studio')
      .post(`/api/v1/classes/${cls.id}/waitlist`, { guest: guest('in-line') });
    assert.equal(joined.status, 201, JSON.stringify(joined.body));
    assert.equal(joined.body.url, `http://slotwise.test/o/second-studio/waitlist/${joined.body.token}`);
  });
});

describe("a token under another organisation's address", () => {
  test('a manage link of one organisation is not found under the other; its own and no address work', async () => {
    const cls = await classOf('second-studio');
    const booked = await t.client('second-studio').post('/api/v1/bookings', { classId: cls.id, guest: guest('token') });
    const token = booked.body.manageToken as string;
    const elsewhere = t.client(t.org.slug);
    for (const [method, path] of [
      ['get', `/api/v1/manage/${token}`],
      ['get', `/api/v1/manage/${token}/booking.ics`],
      ['post', `/api/v1/manage/${token}/cancel`],
    ] as const) {
      const answer = method === 'get' ? await elsewhere.get(path) : await elsewhere.post(path, {});
      assert.equal(answer.status, 404, `${method} ${path}`);
      if (answer.body?.error) assert.equal(answer.body.error.code, 'booking_not_found');
    }
    assert.equal((await t.client('second-studio').get(`/api/v1/manage/${token}`)).body.status, 'confirmed');
    // An old link (no address, so no X-Org) reaches the token's own organisation.
    assert.equal((await t.client().get(`/api/v1/manage/${token}`)).status, 200);
  });

  test('a waitlist token of one organisation is not found under the other', async () => {
    const cls = await classOf('second-studio', 1);
    await t.client('second-studio').post('/api/v1/bookings', { classId: cls.id, guest: guest('taken') });
    const joined = await t
      .client('second-studio')
      .post(`/api/v1/classes/${cls.id}/waitlist`, { guest: guest('waiting') });
    const token = joined.body.token as string;
    const refused = await t.client(t.org.slug).get(`/api/v1/waitlist/${token}`);
    assert.equal(refused.status, 404);
    assert.equal(refused.body.error.code, 'waitlist_entry_not_found');
    assert.equal((await t.client('second-studio').get(`/api/v1/waitlist/${token}`)).status, 200);
    assert.equal((await t.client().get(`/api/v1/waitlist/${token}`)).status, 200);
  });
});
