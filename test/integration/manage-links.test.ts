// "Email me my bookings" (POST /manage-links) and what a malformed manage link answers.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../src/platform/db.ts';
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

let addresses = 0;
/** A client address of its own for each test, so that the per-address limit of one does not reach another. */
const fromAddress = () => `198.51.100.${++addresses}`;

const askLinks = (email: string, remoteAddress = fromAddress(), headers: Record<string, string> = {}) =>
  t.app.inject({
    method: 'POST',
    url: '/api/v1/manage-links',
    remoteAddress,
    headers: { 'content-type': 'application/json', ...headers },
    payload: JSON.stringify({ email }),
  });

async function newClass(title: string, daysAhead: number) {
  const admin = await t.admin();
  const start = new Date(t.clock.now().getTime() + daysAhead * 24 * 3600_000);
  const response = await admin.post(
    '/api/v1/classes',
    classInput({ title }, new Date(start.getTime() - 7 * 86400_000)),
  );
  assert.equal(response.status, 201, JSON.stringify(response.body));
  return response.body as { id: string };
}

async function bookAs(classId: string, who: { name: string; email: string; locale?: string }) {
  const booked = await t.client().post('/api/v1/bookings', { classId, guest: who });
  assert.equal(booked.status, 201, JSON.stringify(booked.body));
  return booked.body as { booking: { id: string }; manageToken: string; manageUrl: string };
}

describe('Email me my bookings', () => {
  test('the links of upcoming, live bookings go to the address; cancelled and past ones do not', async () => {
    const who = guest('lost');
    const soon = await bookAs((await newClass('Morning flow', 3)).id, who);
    const later = await bookAs((await newClass('Evening stretch', 5)).id, who);
    const cancelled = await bookAs((await newClass('Cancelled one', 4)).id, who);
    assert.equal((await t.client().post(`/api/v1/manage/${cancelled.manageToken}/cancel`, {})).status, 200);
    const past = await bookAs((await newClass('Already over', 1)).id, who);
    await t.runJobs();
    const before = smtp.to(who.email).length;

    t.clock.advance(2 * 24 * 3600_000);
    try {
      const asked = await askLinks('  GUESTlost@Example.TEST ');
      assert.equal(asked.statusCode, 202, asked.body);
      assert.deepEqual(JSON.parse(asked.body), { accepted: true });
      await t.runJobs();
    } finally {
      t.clock.advance(-2 * 24 * 3600_000);
    }
    // Moving the clock on also let reminders fall due: only the links mail counts here.
    const mails = smtp
      .to(who.email)
      .slice(before)
      .filter((mail) => mail.subject.startsWith('Your bookings with '));
    assert.equal(mails.length, 1, 'one mail');
    const mail = mails[0]!;
    assert.ok(mail.text.includes(soon.manageUrl), 'the nearest booking');
    assert.ok(mail.text.includes(later.manageUrl), 'the later booking');
    assert.ok(mail.text.indexOf(soon.manageUrl) < mail.text.indexOf(later.manageUrl), 'nearest first');
    assert.ok(!mail.text.includes(cancelled.manageUrl), 'no cancelled booking');
    assert.ok(!mail.text.includes(past.manageUrl), 'no booking that has started');
    assert.match(mail.html, new RegExp(`<a href="${soon.manageUrl}"[^>]*>Morning flow, `), 'a link named by the class');
    assert.ok(!mail.html.includes(`>${soon.manageUrl}<`), 'the HTML shows names, not long addresses');

    const opened = await t.client().get(`/api/v1/manage/${soon.manageUrl.split('/manage/')[1]}`);
    assert.equal(opened.status, 200, 'the mailed link opens the booking');
    assert.equal(opened.body.id, soon.booking.id);
  });

  test('the mail is in the language the guest booked in', async () => {
    const who = { ...guest('svensk'), locale: 'sv' };
    await bookAs((await newClass('Yin', 3)).id, who);
    await t.runJobs();
    const before = smtp.to(who.email).length;
    assert.equal((await askLinks(who.email)).statusCode, 202);
    await t.runJobs();
    const mail = smtp.to(who.email).at(before);
    assert.ok(mail, 'a mail went out');
    assert.match(mail.subject, /^Dina bokningar hos /);
  });

  test('an address without bookings gets the same answer and no mail', async () => {
    const known = guest('known');
    await bookAs((await newClass('Known', 3)).id, known);
    const withBookings = await askLinks(known.email);
    const without = await askLinks('nobody-here@example.test');
    assert.equal(without.statusCode, withBookings.statusCode);
    assert.equal(without.body, withBookings.body, 'the same body');
    assert.equal(without.headers['content-type'], withBookings.headers['content-type']);
    await t.runJobs();
    assert.equal(smtp.to('nobody-here@example.test').length, 0);
    const jobs = await queryRows<{ status: string }>(
      t.database.db,
      sql`SELECT status FROM jobs WHERE kind = 'mail.manage_links' AND payload->>'email' = 'nobody-here@example.test'`,
    );
    assert.deepEqual(
      jobs.map((job) => job.status),
      ['done'],
      'the work happens in the job, which finds nothing to send',
    );
  });

  test('asking twice before the mail went out sends it once', async () => {
    const who = guest('twice-asked');
    await bookAs((await newClass('Twice', 3)).id, who);
    await t.runJobs();
    const before = smtp.to(who.email).length;
    const address = fromAddress();
    assert.equal((await askLinks(who.email, address)).statusCode, 202);
    assert.equal((await askLinks(who.email, address)).statusCode, 202);
    await t.runJobs();
    assert.equal(smtp.to(who.email).length - before, 1);
  });

  test('a mailbox is asked for at most three times in 15 minutes, from any address: then 429 rate_limited', async () => {
    const email = 'flooded@example.test';
    for (let i = 0; i < 3; i++) assert.equal((await askLinks(email)).statusCode, 202);
    const limited = await askLinks(email);
    assert.equal(limited.statusCode, 429);
    assert.equal(JSON.parse(limited.body).error.code, 'rate_limited');
    assert.ok(Number(limited.headers['retry-after']) > 0, 'says when to try again');
    t.clock.advance(16 * 60_000);
    try {
      assert.equal((await askLinks(email)).statusCode, 202, 'a new window');
    } finally {
      t.clock.advance(-16 * 60_000);
    }
  });

  test('one client address may ask for ten mailboxes in 15 minutes: then 429 rate_limited', async () => {
    const address = fromAddress();
    for (let i = 0; i < 10; i++) assert.equal((await askLinks(`spray-${i}@example.test`, address)).statusCode, 202);
    const limited = await askLinks('spray-10@example.test', address);
    assert.equal(limited.statusCode, 429);
    assert.equal(JSON.parse(limited.body).error.code, 'rate_limited');
    const jobs = await queryRows<{ n: number }>(
      t.database.db,
      sql`SELECT count(*)::int AS n FROM jobs WHERE kind = 'mail.manage_links' AND payload->>'email' = 'spray-10@example.test'`,
    );
    assert.equal(jobs[0]?.n, 0, 'a refused request queues nothing');
    assert.equal((await askLinks('spray-10@example.test')).statusCode, 202, 'another client is not held back');
  });

  test('a bad address is 400 validation_failed and queues nothing', async () => {
    const refused = await askLinks('not-an-address');
    assert.equal(refused.statusCode, 400);
    assert.equal(JSON.parse(refused.body).error.code, 'validation_failed');
    const jobs = await queryRows<{ n: number }>(
      t.database.db,
      sql`SELECT count(*)::int AS n FROM jobs WHERE kind = 'mail.manage_links' AND payload->>'email' = 'not-an-address'`,
    );
    assert.equal(jobs[0]?.n, 0);
  });
});

describe('a malformed manage link', () => {
  test('a short, cut-off, altered or odd token answers 404 booking_not_found, never how a token looks', async () => {
    const { manageToken } = await bookAs((await newClass('Tokens', 3)).id, guest('tokens'));
    // Altered in its first character: the last one's low bits may be padding (the same bytes), and it may be 'A' already.
    const altered = `${manageToken.startsWith('A') ? 'B' : 'A'}${manageToken.slice(1)}`;
    const tokens = ['abc', manageToken.slice(0, 30), altered, 'x'.repeat(99), '%20', 'ä'];
    for (const token of tokens) {
      for (const url of [
        `/api/v1/manage/${encodeURIComponent(token)}`,
        `/api/v1/manage/${encodeURIComponent(token)}/booking.ics`,
      ]) {
        const answer = await t.client().get(url);
        assert.equal(answer.status, 404, `${url}: ${JSON.stringify(answer.body)}`);
        assert.equal(answer.body.error.code, 'booking_not_found', url);
        assert.ok(!JSON.stringify(answer.body).includes('characters'), 'no validator text');
      }
      const cancel = await t.client().post(`/api/v1/manage/${encodeURIComponent(token)}/cancel`, {});
      assert.equal(cancel.status, 404);
      assert.equal(cancel.body.error.code, 'booking_not_found');
    }
  });
});
