import assert from 'node:assert/strict';
import { createHmac, timingSafeEqual } from 'node:crypto';
import { type IncomingMessage, type Server, createServer } from 'node:http';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../src/platform/db.ts';
import { type Client, type TestApp, classInput, startTestApp } from '../support/app.ts';
import { TestSmtpServer } from '../support/smtp.ts';

let t: TestApp;
let admin: Client;
const smtp = new TestSmtpServer();

before(async () => {
  await smtp.start();
  t = await startTestApp({ smtpUrl: smtp.url });
  admin = await t.admin();
});
after(async () => {
  await t.close();
  await smtp.stop();
});

async function newClass(overrides: Record<string, unknown> = {}) {
  const response = await admin.post(
    '/api/v1/classes',
    classInput(
      { title: 'Reformer Pilates', location: 'Studio B', instructorName: 'Sara', ...overrides },
      t.clock.now(),
    ),
  );
  assert.equal(response.status, 201, JSON.stringify(response.body));
  return response.body;
}

const book = (classId: string, email: string, extra: Record<string, unknown> = {}) =>
  t.client().post('/api/v1/bookings', { classId, guest: { name: 'Maja Berg', email, ...extra } });

const jobsOf = (bookingId: string) =>
  queryRows<{ kind: string; status: string; run_at: Date; result: string | null }>(
    t.database.db,
    sql`SELECT kind, status, run_at, result FROM jobs WHERE payload->>'bookingId' = ${bookingId} ORDER BY id`,
  );

describe('booking mails', () => {
  test('booked after the free cancellation period, the mail offers to view the booking, not to cancel it', async () => {
    const now = t.clock.now();
    const soon = new Date(now.getTime() + 3 * 3600_000);
    soon.setUTCMinutes(0, 0, 0);
    const tonight = await newClass({
      startsAt: soon.toISOString(),
      endsAt: new Date(soon.getTime() + 3600_000).toISOString(),
    });
    assert.equal((await book(tonight.id, 'late.booker@example.test')).status, 201);
    const later = await newClass();
    assert.equal((await book(later.id, 'early.booker@example.test')).status, 201);
    await t.runJobs();
    const [late] = smtp.to('late.booker@example.test');
    assert.ok(late, 'the late booking is mailed');
    assert.match(late.text, /View your booking/);
    assert.doesNotMatch(late.text, /cancel/i);
    const [early] = smtp.to('early.booker@example.test');
    assert.match(early?.text ?? '', /View or cancel your booking/);
    assert.match(early?.text ?? '', /You can cancel free of charge until/);
  });

  test('a booking produces a confirmation mail with the manage link and a calendar entry, in the organisation time zone', async () => {
    // 2027-03-27 is the last winter day in Stockholm (UTC+1); 2027-03-28 is summer time (UTC+2).
    const winter = await newClass({
      startsAt: '2027-03-27T18:00',
      endsAt: '2027-03-27T19:00',
      price: { amount: 15000 },
    });
    const booked = await book(winter.id, 'maja@example.test');
    assert.equal(booked.status, 201);
    assert.equal(smtp.to('maja@example.test').length, 0, 'nothing is sent inside the request');
    await t.runJobs();

    const [mail] = smtp.to('maja@example.test');
    assert.ok(mail);
    assert.equal(smtp.to('maja@example.test').length, 1);
    assert.match(mail.headers.from ?? '', /studio@example\.test/);
    assert.match(mail.subject, /^Booking confirmed: Reformer Pilates, Saturday, 27 March 2027 at 18:00$/);
    assert.match(mail.text, /Hi Maja Berg,/);
    assert.match(mail.text, /When: Saturday, 27 March 2027 at 18:00–19:00 \(Europe\/Stockholm\)/);
    assert.match(mail.text, /Price: SEK\s150\.00, to pay at the venue/);
    assert.ok(mail.text.includes(booked.body.manageUrl), 'the manage link');
    assert.ok(mail.html.includes(`href="${booked.body.manageUrl}"`));
    const feed = /https?:\/\/\S+\/api\/v1\/calendar\/feeds\/customers\/[\w-]+\.ics/.exec(mail.text)?.[0];
    assert.ok(feed, 'the calendar feed in the text version');
    // In HTML the long address is a short link, not text that overflows a phone's screen.
    assert.ok(
      mail.html.includes(`href="${feed}" style="color:#2f5d50">Subscribe to your bookings in your calendar</a>`),
    );
    assert.equal(mail.html.split(feed).length, 2, 'the address only in the href');
    const ics = mail.attachments.find((a) => a.filename === 'booking.ics');
    assert.ok(ics, 'an .ics attachment');
    assert.match(ics.contentType, /text\/calendar/);
    assert.match(ics.content, /METHOD:PUBLISH/);
    assert.match(ics.content, /DTSTART:20270327T170000Z/);
    assert.match(ics.content, /DTEND:20270327T180000Z/);
    assert.match(ics.content, new RegExp(`UID:booking-${booked.body.booking.id}@slotwise`));

    const summer = await newClass({ startsAt: '2027-03-28T18:00', endsAt: '2027-03-28T19:00' });
    await book(summer.id, 'maja@example.test');
    await t.runJobs();
    const second = smtp.to('maja@example.test')[1];
    assert.match(second?.subject ?? '', /Sunday, 28 March 2027 at 18:00/);
    assert.match(second?.attachments[0]?.content ?? '', /DTSTART:20270328T160000Z/, 'summer time is UTC+2');
  });

  test('a Swedish customer gets Swedish mail with Swedish prices', async () => {
    const cls = await newClass({ startsAt: '2027-06-10T18:00', endsAt: '2027-06-10T19:00', price: { amount: 19900 } });
    await book(cls.id, 'sven@example.test', { locale: 'sv' });
    await t.runJobs();
    const [mail] = smtp.to('sven@example.test');
    assert.ok(mail);
    assert.match(mail.subject, /^Bokning bekräftad: Reformer Pilates, torsdag 10 juni 2027 kl\. 18:00$/);
    assert.match(mail.text, /Hej Maja Berg,/);
    assert.match(mail.text, /Pris: 199\skr, betalas på plats/);
    assert.match(mail.text, /Visa eller avboka din bokning/);
  });

  test('a reminder goes out the configured hours before the class, and not for a cancelled booking', async () => {
    const start = new Date(t.clock.now().getTime() + 3 * 24 * 3600_000);
    const cls = await newClass({
      startsAt: start.toISOString(),
      endsAt: new Date(start.getTime() + 3600_000).toISOString(),
    });
    const kept = await book(cls.id, 'kept@example.test');
    const dropped = await book(cls.id, 'dropped@example.test');
    const [reminder] = (await jobsOf(kept.body.booking.id)).filter((j) => j.kind === 'mail.booking_reminder');
    assert.equal(new Date(reminder!.run_at).getTime(), start.getTime() - 24 * 3600_000);
    await t.runJobs();
    await t.client().post(`/api/v1/manage/${dropped.body.manageToken}/cancel`, {});
    await t.runJobs();
    assert.equal(smtp.to('kept@example.test').length, 1, 'only the confirmation so far');
    assert.equal(smtp.to('dropped@example.test').length, 2, 'confirmation and cancellation');

    t.clock.advance(2 * 24 * 3600_000 + 60_000);
    try {
      await t.runJobs();
    } finally {
      t.clock.advance(-(2 * 24 * 3600_000 + 60_000));
    }
    const keptMails = smtp.to('kept@example.test');
    assert.equal(keptMails.length, 2);
    assert.match(keptMails[1]!.subject, /^Reminder: Reformer Pilates at/);
    const droppedMails = smtp.to('dropped@example.test').map((m) => m.subject);
    assert.equal(droppedMails.length, 2, 'confirmation and cancellation, no reminder');
    assert.match(droppedMails[1]!, /^Booking cancelled/);
    const droppedJobs = await jobsOf(dropped.body.booking.id);
    assert.equal(droppedJobs.find((j) => j.kind === 'mail.booking_reminder')?.status, 'cancelled');
  });

  test('moving a class moves its reminders', async () => {
    const start = new Date(t.clock.now().getTime() + 5 * 24 * 3600_000);
    const cls = await newClass({
      startsAt: start.toISOString(),
      endsAt: new Date(start.getTime() + 3600_000).toISOString(),
    });
    const booked = await book(cls.id, 'mover@example.test');
    const later = new Date(start.getTime() + 2 * 24 * 3600_000);
    await admin.patch(`/api/v1/classes/${cls.id}`, {
      startsAt: later.toISOString(),
      endsAt: new Date(later.getTime() + 3600_000).toISOString(),
    });
    const reminders = (await jobsOf(booked.body.booking.id)).filter((j) => j.kind === 'mail.booking_reminder');
    assert.equal(reminders.length, 1);
    assert.equal(new Date(reminders[0]!.run_at).getTime(), later.getTime() - 24 * 3600_000);
  });

  test('cancelling a class tells every booked customer, with a cancelling calendar entry from the studio', async () => {
    const { name } = (await admin.get('/api/v1/organisation')).body;
    const patched = await admin.patch('/api/v1/organisation', {
      name: 'Studio "Nord"; Yoga',
      mailReplyTo: 'desk@nord.test',
    });
    assert.equal(patched.status, 200, JSON.stringify(patched.body));
    const cls = await newClass();
    await book(cls.id, 'one@example.test');
    await book(cls.id, 'two@example.test');
    await t.runJobs();
    await admin.post(`/api/v1/classes/${cls.id}/cancel`, { reason: 'Instructor ill' });
    await t.runJobs();
    for (const email of ['one@example.test', 'two@example.test']) {
      const last = smtp.to(email).at(-1);
      assert.match(last?.subject ?? '', /^Booking cancelled/);
      assert.match(last?.text ?? '', /has been cancelled, and your booking with it/);
      assert.match(last?.attachments[0]?.content ?? '', /METHOD:CANCEL[\s\S]*STATUS:CANCELLED/);
      // RFC 5546: a CANCEL names its organiser; a quote in the name is caret-escaped (RFC 6868).
      const lines = (last?.attachments[0]?.content ?? '').replace(/\r\n /g, '').split('\r\n');
      assert.ok(lines.includes(`ORGANIZER;CN="Studio ^'Nord^'; Yoga":mailto:desk@nord.test`), lines.join('\n'));
      assert.match(last?.headers.from ?? '', /^"Studio Nord; Yoga" </);
      assert.equal(last?.headers['reply-to'], 'desk@nord.test');
    }
    await admin.patch('/api/v1/organisation', { name, mailReplyTo: null });
  });

  test('a paid booking cancelled by staff tells what becomes of the money, and does not say "See you soon"', async () => {
    const { paymentMethods, swishNumber } = (await admin.get('/api/v1/organisation')).body;
    assert.equal(
      (await admin.patch('/api/v1/organisation', { paymentMethods: ['swish', 'venue'], swishNumber: '123 456 78 90' }))
        .status,
      200,
    );
    try {
      const cls = await newClass();
      const booked = await t.client().post('/api/v1/bookings', {
        classId: cls.id,
        paymentMethod: 'swish',
        guest: { name: 'Paid Guest', email: 'paid.guest@example.test' },
      });
      assert.equal(booked.status, 201, JSON.stringify(booked.body));
      const paymentId = booked.body.payment.id as string;
      assert.equal((await admin.post(`/api/v1/payments/${paymentId}/mark-paid`, {})).body.outcome, 'booked');
      const partly = await admin.post(`/api/v1/payments/${paymentId}/refunds`, { amount: 3_050, reason: 'late start' });
      assert.equal(partly.status, 201, JSON.stringify(partly.body));
      assert.equal((await admin.post(`/api/v1/bookings/${booked.body.booking.id}/cancel`, {})).status, 200);
      await t.runJobs();
      const mail = smtp.to('paid.guest@example.test').find((m) => /^Booking cancelled/.test(m.subject));
      assert.ok(mail, 'the cancellation mail');
      assert.match(mail.text, /We have cancelled your booking/);
      // 150.00 paid: 30.50 refunded before, the 119.50 left on its way back; all 150.00 come back in all.
      assert.match(mail.text, /SEK\s150\.00 of what you paid comes back to you with Swish/);
      assert.doesNotMatch(mail.text, /See you soon/);
    } finally {
      await admin.patch('/api/v1/organisation', { paymentMethods, swishNumber });
    }
  });

  test('a refused booking leaves no job behind', async () => {
    const cls = await newClass({ maxSpots: 1 });
    await book(cls.id, 'first@example.test');
    const [{ count: before }] = (await queryRows<{ count: number }>(
      t.database.db,
      sql`SELECT count(*)::int AS count FROM jobs`,
    )) as [{ count: number }];
    const refused = await book(cls.id, 'second@example.test');
    assert.equal(refused.status, 409);
    const [{ count: afterRefusal }] = (await queryRows<{ count: number }>(
      t.database.db,
      sql`SELECT count(*)::int AS count FROM jobs`,
    )) as [{ count: number }];
    assert.equal(afterRefusal, before);
  });
});

describe('calendar feeds', () => {
  test("a customer's feed lists their bookings; the organisation's timetable has no personal data", async () => {
    const cls = await newClass({
      startsAt: '2027-10-30T10:00',
      endsAt: '2027-10-30T11:00',
      title: 'Last summer Saturday',
    });
    const after = await newClass({
      startsAt: '2027-11-01T10:00',
      endsAt: '2027-11-01T11:00',
      title: 'First winter Monday',
    });
    const customer = t.client();
    await customer.signUp('feed@example.test', 'Feeder');
    await customer.post('/api/v1/bookings', { classId: cls.id });
    await customer.post('/api/v1/bookings', { classId: after.id });
    const { url } = (await customer.get('/api/v1/me/calendar')).body;
    const feed = await t.app.inject({ method: 'GET', url: new URL(url).pathname });
    assert.equal(feed.statusCode, 200);
    assert.match(String(feed.headers['content-type']), /text\/calendar/);
    assert.match(feed.body, /SUMMARY:Last summer Saturday[\s\S]*?/);
    assert.match(feed.body, /DTSTART:20271030T080000Z/, 'CEST, UTC+2');
    assert.match(feed.body, /DTSTART:20271101T090000Z/, 'CET, UTC+1');
    assert.equal(
      (await t.app.inject({ method: 'GET', url: '/api/v1/calendar/customers/not-a-real-token-at-all.ics' })).statusCode,
      404,
    );

    // An address shared by mistake is replaced: the old one opens nothing, the new one the same feed.
    const replaced = await customer.post('/api/v1/me/calendar/replace', {});
    assert.equal(replaced.status, 200, JSON.stringify(replaced.body));
    assert.notEqual(replaced.body.url, url);
    assert.equal((await customer.get('/api/v1/me/calendar')).body.url, replaced.body.url, 'the new one from now on');
    assert.equal((await t.app.inject({ method: 'GET', url: new URL(url).pathname })).statusCode, 404);
    const renewed = await t.app.inject({ method: 'GET', url: new URL(replaced.body.url).pathname });
    assert.equal(renewed.statusCode, 200);
    assert.match(renewed.body, /SUMMARY:Last summer Saturday/);
    const again = (await customer.post('/api/v1/me/calendar/replace', {})).body.url as string;
    assert.equal((await t.app.inject({ method: 'GET', url: new URL(replaced.body.url).pathname })).statusCode, 404);
    assert.equal((await t.app.inject({ method: 'GET', url: new URL(again).pathname })).statusCode, 200);

    const schedule = await t.app.inject({ method: 'GET', url: `/api/v1/calendar/${t.org.slug}/classes.ics` });
    assert.equal(schedule.statusCode, 200);
    assert.match(schedule.body, /First winter Monday/);
    assert.ok(!schedule.body.includes('@example.test'), 'no emails in the public timetable');
    assert.ok(!schedule.body.includes('Feeder'));
  });
});

describe('outgoing webhooks', () => {
  let receiver: Server;
  let receiverUrl: string;
  const received: { headers: IncomingMessage['headers']; body: string }[] = [];
  let failuresLeft = 0;

  before(async () => {
    receiver = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk) => (body += chunk));
      request.on('end', () => {
        received.push({ headers: request.headers, body });
        if (failuresLeft > 0) {
          failuresLeft--;
          response.writeHead(500).end('not today');
        } else {
          response.writeHead(200).end('ok');
        }
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    const address = receiver.address();
    assert.ok(address && typeof address === 'object');
    receiverUrl = `http://127.0.0.1:${address.port}/hooks`;
  });
  after(() => new Promise<void>((resolve) => receiver.close(() => resolve())));

  const verify = (secret: string, header: string, body: string) => {
    const parts = Object.fromEntries(header.split(',').map((p) => p.split('=') as [string, string]));
    const expected = createHmac('sha256', secret).update(`${parts.t}.${body}`).digest();
    return timingSafeEqual(expected, Buffer.from(parts.v1 ?? '', 'hex'));
  };

  test('a booking is delivered, signed, to a subscribed endpoint; a 500 is retried until it succeeds once', async () => {
    const created = await admin.post('/api/v1/webhooks', {
      url: receiverUrl,
      events: ['booking.created'],
      description: 'CRM',
    });
    assert.equal(created.status, 201);
    assert.match(created.body.secret, /^whsec_/);
    const listed = await admin.get('/api/v1/webhooks');
    assert.equal(listed.body.endpoints[0].secret, undefined, 'the secret is shown once only');

    const cls = await newClass();
    failuresLeft = 2;
    received.length = 0;
    const booked = await book(cls.id, 'hooked@example.test');
    for (let round = 0; round < 20 && received.length < 3; round++) {
      t.clock.advance(60_000);
      await t.runJobs();
    }
    assert.equal(received.length, 3, 'two failures, then one success');
    const delivered = received.at(-1)!;
    assert.equal(delivered.headers['slotwise-event-type'], 'booking.created');
    assert.ok(
      verify(created.body.secret, String(delivered.headers['slotwise-signature']), delivered.body),
      'signature verifies',
    );
    assert.ok(!verify('whsec_wrong', String(delivered.headers['slotwise-signature']), delivered.body));
    const event = JSON.parse(delivered.body);
    assert.equal(event.type, 'booking.created');
    assert.equal(event.data.booking.id, booked.body.booking.id);
    assert.equal(booked.body.booking.customer.name, null, 'the guest who booked is not told the name on file');
    assert.equal(typeof event.data.booking.customer.name, 'string', 'the business’s webhook has it');
    assert.ok(event.data.booking.customer.name.length > 0);
    assert.equal(new Set(received.map((r) => r.headers['slotwise-event-id'])).size, 1, 'one event, retried');

    const deliveries = await admin.get(`/api/v1/webhooks/${created.body.id}/deliveries`);
    assert.equal(deliveries.body.deliveries.length, 1);
    assert.equal(deliveries.body.deliveries[0].status, 'succeeded');
    assert.equal(deliveries.body.deliveries[0].attempts, 3);
    assert.equal(deliveries.body.deliveries[0].lastStatusCode, 200);

    // Not subscribed to cancellations: cancelling delivers nothing more.
    await t.client().post(`/api/v1/manage/${booked.body.manageToken}/cancel`, {});
    await t.runJobs();
    assert.equal(received.length, 3);
    await admin.delete(`/api/v1/webhooks/${created.body.id}`);
  });

  test('by default a webhook is never sent to a loopback or private address', async () => {
    const guarded = await startTestApp({ allowPrivateWebhooks: false });
    try {
      const owner = await guarded.admin();
      const endpoint = await owner.post('/api/v1/webhooks', { url: receiverUrl, events: ['*'] });
      assert.equal(endpoint.status, 201);
      const cls = (await owner.post('/api/v1/classes', classInput({}, guarded.clock.now()))).body;
      received.length = 0;
      await guarded
        .client()
        .post('/api/v1/bookings', { classId: cls.id, guest: { name: 'Probe', email: 'probe@example.test' } });
      await guarded.runJobs();
      assert.equal(received.length, 0, 'nothing reached the loopback receiver');
      const deliveries = await owner.get(`/api/v1/webhooks/${endpoint.body.id}/deliveries`);
      assert.equal(deliveries.body.deliveries[0].status, 'failed');
      assert.match(deliveries.body.deliveries[0].lastError, /private or loopback/);
      const dead = await owner.get('/api/v1/jobs?status=dead');
      assert.ok(dead.body.jobs.some((job: { kind: string }) => job.kind === 'webhook.deliver'));
    } finally {
      await guarded.close();
    }
  });

  test('only admins manage webhooks, and only http(s) URLs are accepted', async () => {
    const anon = await t.client().post('/api/v1/webhooks', { url: receiverUrl, events: ['*'] });
    assert.equal(anon.status, 401);
    const bad = await admin.post('/api/v1/webhooks', { url: 'file:///etc/passwd', events: ['*'] });
    assert.equal(bad.status, 400);
    const unknownEvent = await admin.post('/api/v1/webhooks', { url: receiverUrl, events: ['booking.exploded'] });
    assert.equal(unknownEvent.status, 400);
  });
});
