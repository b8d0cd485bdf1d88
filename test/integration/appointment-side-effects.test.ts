import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../src/platform/db.ts';
import { type Client, type TestApp, startTestApp } from '../support/app.ts';
import { type DailyServer, startDailyServer } from '../support/daily-server.ts';
import { guest, localStart, setupPractice } from '../support/practice.ts';
import { TestSmtpServer } from '../support/smtp.ts';

// Two apps: `t` with the default no-network meeting links (Jitsi-style), `d` with Daily.co through a
// local Daily-shaped server. Both send mail to one local SMTP server; every test uses its own addresses.
const smtp = new TestSmtpServer();
let daily: DailyServer;
let t: TestApp;
let d: TestApp;
let admin: Client;
let dAdmin: Client;

before(async () => {
  await smtp.start();
  daily = await startDailyServer({ lifetimeMs: 30 * 60_000 });
  t = await startTestApp({ smtpUrl: smtp.url });
  d = await startTestApp({
    smtpUrl: smtp.url,
    env: { VIDEO_PROVIDER: 'daily', DAILY_API_KEY: daily.apiKey, DAILY_API_URL: daily.url },
  });
  admin = await t.admin();
  dAdmin = await d.admin();
});
after(async () => {
  await t.close();
  await d.close();
  await daily.close();
  await smtp.stop();
});

const jobsOf = (app: TestApp, bookingId: string) =>
  queryRows<{ kind: string; status: string; result: string | null; last_error: string | null }>(
    app.database.db,
    sql`SELECT kind, status, result, last_error FROM jobs WHERE payload->>'bookingId' = ${bookingId} ORDER BY id`,
  );

/** Runs jobs, moving the clock past each back-off, until `done` holds (at most `rounds` rounds). */
async function runUntil(app: TestApp, done: () => boolean | Promise<boolean>, rounds = 12): Promise<void> {
  for (let i = 0; i < rounds; i++) {
    await app.runJobs();
    if (await done()) return;
    app.clock.advance(5 * 60_000);
  }
  assert.fail('the jobs did not get there');
}

const linkFollows = /The meeting link follows in a separate mail\./;
const manage = (app: TestApp, token: string) => app.client().get(`/api/v1/manage/${token}`);

/** A signed-up account made staff by the admin, optionally linked to a provider. */
async function staffAccount(app: TestApp, email: string, locale?: 'en' | 'sv') {
  const client = app.client();
  const signedUp = await client.post('/api/v1/auth/sign-up', {
    email,
    name: `Staff ${email}`,
    password: 'staff-password-1',
    ...(locale ? { locale } : {}),
  });
  assert.equal(signedUp.status, 201, JSON.stringify(signedUp.body));
  client.csrfToken = signedUp.body.csrfToken;
  const userId = signedUp.body.user.id as string;
  const made = await (await app.admin()).patch(`/api/v1/users/${userId}`, { role: 'staff' });
  assert.equal(made.status, 200, JSON.stringify(made.body));
  return { client, userId };
}

async function linkProvider(app: TestApp, providerId: string, userId: string) {
  const linked = await (await app.admin()).patch(`/api/v1/providers/${providerId}`, { userId });
  assert.equal(linked.status, 200, JSON.stringify(linked.body));
}

describe('video meeting links', () => {
  test('default adapter: the link is made after the commit, the booking shows it, and the customer gets it exactly once', async () => {
    const { serviceId } = await setupPractice(admin, { name: 'Online therapy' });
    const email = 'jitsi1@example.test';
    const booked = await t.client().post('/api/v1/bookings', {
      serviceId,
      start: localStart(3, '10:00'),
      guest: { name: 'Ada', email },
    });
    assert.equal(booked.status, 201, JSON.stringify(booked.body));
    assert.equal(booked.body.booking.appointment.videoStatus, 'pending');
    assert.equal(booked.body.booking.appointment.videoUrl, null);

    await t.runJobs();
    const seen = await manage(t, booked.body.manageToken);
    assert.equal(seen.body.appointment.videoStatus, 'ready');
    const url = seen.body.appointment.videoUrl as string;
    assert.match(url, /^https:\/\/meet\.jit\.si\/slotwise-[0-9a-f]{32}$/);

    // The confirmation and the link mail race; whichever way it went, the link arrives once and the
    // confirmation's "follows in a separate mail" is kept.
    const mails = smtp.to(email);
    const confirmation = mails.find((m) => m.subject.startsWith('Booking confirmed'));
    assert.ok(confirmation);
    const linkMails = mails.filter((m) => m.subject.startsWith('Your meeting link'));
    if (confirmation.text.includes(url)) assert.equal(linkMails.length, 0, 'no second mail with the same link');
    else {
      assert.match(confirmation.text, linkFollows);
      assert.equal(linkMails.length, 1);
      assert.ok(linkMails[0]?.text.includes(url));
    }
    // A reminder or a later mail carries the same link; no other booking got this room.
    const other = await t.client().post('/api/v1/bookings', {
      serviceId,
      start: localStart(3, '12:00'),
      guest: guest('jitsi-other'),
    });
    await t.runJobs();
    const otherUrl = (await manage(t, other.body.manageToken)).body.appointment.videoUrl;
    assert.ok(otherUrl && otherUrl !== url, 'each booking has its own room');
  });

  test('Daily failing: the booking is not refused or delayed, it shows "pending", and the link is mailed once Daily works', async () => {
    const { serviceId } = await setupPractice(dAdmin, { name: 'Remote notary' });
    const email = 'daily1@example.test';
    const before = daily.requests.length;
    daily.failNext(503, 3);
    const booked = await d.client().post('/api/v1/bookings', {
      serviceId,
      start: localStart(4, '10:00'),
      guest: { name: 'Bo', email },
    });
    assert.equal(booked.status, 201, JSON.stringify(booked.body));
    assert.equal(daily.requests.length, before, 'no call to Daily inside the request');
    const bookingId = booked.body.booking.id as string;

    await d.runJobs();
    const confirmation = smtp.to(email).find((m) => m.subject.startsWith('Booking confirmed'));
    assert.ok(confirmation, 'the confirmation does not wait for the link');
    assert.match(confirmation.text, linkFollows);
    assert.match(confirmation.text, /Service: Remote notary/);
    assert.equal((await manage(d, booked.body.manageToken)).body.appointment.videoStatus, 'pending');
    const room = (await jobsOf(d, bookingId)).find((j) => j.kind === 'video.create_room');
    assert.equal(room?.status, 'pending', 'the room job waits to retry');
    assert.match(room?.last_error ?? '', /503/);

    await runUntil(d, () => smtp.to(email).some((m) => m.subject.startsWith('Your meeting link')));
    const seen = await manage(d, booked.body.manageToken);
    assert.equal(seen.body.appointment.videoStatus, 'ready');
    const url = seen.body.appointment.videoUrl as string;
    assert.match(url, /^https:\/\/slotwise-test\.daily\.co\/slotwise-[0-9a-f]{32}$/);
    const name = url.split('/').pop() as string;
    const created = daily.rooms.get(name);
    assert.ok(created, 'the room exists at Daily');
    const startSec = new Date(booked.body.booking.startsAt).getTime() / 1000;
    assert.equal(created.config.nbf, startSec - 15 * 60, 'opens 15 minutes before');
    const [linkMail, ...more] = smtp.to(email).filter((m) => m.subject.startsWith('Your meeting link'));
    assert.equal(more.length, 0);
    assert.ok(linkMail?.text.includes(url));
    assert.ok(linkMail?.html.includes(`href="${url}"`));
    assert.equal(daily.requestsTo('POST', '/v1/rooms').length, 4, 'three failures, then the room');

    // Cancelling removes the room (a job, after the commit).
    const cancelled = await d.client().post(`/api/v1/manage/${booked.body.manageToken}/cancel`, {});
    assert.equal(cancelled.status, 200, JSON.stringify(cancelled.body));
    assert.ok(daily.rooms.has(name), 'not inside the request');
    await d.runJobs();
    assert.equal(daily.rooms.has(name), false);
    assert.equal(daily.requestsTo('DELETE', `/v1/rooms/${name}`).length, 1);
  });

  test('Daily refusing for good (a bad key) kills the room job but not the booking; nothing is mailed as a link', async () => {
    const { serviceId } = await setupPractice(dAdmin, { name: 'Refused' });
    daily.failNext(401);
    const email = 'daily-refused@example.test';
    const booked = await d.client().post('/api/v1/bookings', {
      serviceId,
      start: localStart(5, '10:00'),
      guest: { name: 'Cy', email },
    });
    assert.equal(booked.status, 201);
    await d.runJobs();
    const room = (await jobsOf(d, booked.body.booking.id)).find((j) => j.kind === 'video.create_room');
    assert.equal(room?.status, 'dead', 'a refusal is not retried');
    assert.equal((await manage(d, booked.body.manageToken)).body.status, 'confirmed');
    assert.equal((await manage(d, booked.body.manageToken)).body.appointment.videoStatus, 'pending');
    assert.equal(smtp.to(email).filter((m) => m.subject.startsWith('Your meeting link')).length, 0);
  });

  test('a move re-times the room under the same link; the moved mail carries it, with the same UID and a higher SEQUENCE', async () => {
    const { serviceId } = await setupPractice(dAdmin, { name: 'Moving session' });
    const email = 'daily-move@example.test';
    const booked = await d.client().post('/api/v1/bookings', {
      serviceId,
      start: localStart(6, '10:00'),
      guest: { name: 'Di', email },
    });
    assert.equal(booked.status, 201);
    await runUntil(d, async () => (await manage(d, booked.body.manageToken)).body.appointment.videoStatus === 'ready');
    await runUntil(d, async () =>
      (await jobsOf(d, booked.body.booking.id)).every(
        (j) => j.status !== 'pending' || j.kind === 'mail.booking_reminder',
      ),
    );
    const url = (await manage(d, booked.body.manageToken)).body.appointment.videoUrl as string;
    const firstIcs = smtp.to(email).find((m) => m.subject.startsWith('Booking confirmed'))?.attachments[0]?.content;
    assert.ok(firstIcs);

    const newStart = localStart(6, '14:00');
    const moved = await d.client().post(`/api/v1/manage/${booked.body.manageToken}/reschedule`, { start: newStart });
    assert.equal(moved.status, 200, JSON.stringify(moved.body));
    await d.runJobs();
    const after = await manage(d, booked.body.manageToken);
    assert.equal(after.body.appointment.videoUrl, url, 'the same link');
    const room = daily.rooms.get(url.split('/').pop() as string);
    assert.equal(room?.config.nbf, new Date(newStart).getTime() / 1000 - 15 * 60, 'the room opens for the new time');

    const movedMail = smtp.to(email).find((m) => m.subject.startsWith('Booking moved'));
    assert.ok(movedMail);
    assert.ok(movedMail.text.includes(url), 'the moved mail shows the link');
    const movedIcs = movedMail.attachments[0]?.content ?? '';
    const uid = (ics: string) => /UID:(\S+)/.exec(ics)?.[1];
    const sequence = (ics: string) => Number(/SEQUENCE:(\d+)/.exec(ics)?.[1]);
    assert.equal(uid(movedIcs), uid(firstIcs));
    assert.ok(sequence(movedIcs) > sequence(firstIcs), `${sequence(movedIcs)} > ${sequence(firstIcs)}`);
    assert.match(movedIcs, new RegExp(`DTSTART:${new Date(newStart).toISOString().replace(/[-:]|\.\d{3}/g, '')}`));
    assert.ok(unfold(movedIcs).includes(`LOCATION:${url}`), 'the calendar entry carries the link as its place');
    assert.equal(
      smtp.to(email).filter((m) => m.subject.startsWith('Your meeting link')).length,
      smtp.to(email).some((m) => m.subject.startsWith('Booking confirmed') && m.text.includes(url)) ? 0 : 1,
      'a move sends no second link mail',
    );
  });
});

const unfold = (ics: string) => ics.replace(/\r\n /g, '');

describe('appointment mails', () => {
  test('at a location: the service, the provider, the local time of the location and its address; in Swedish too', async () => {
    const location = await admin.post('/api/v1/locations', {
      name: 'Helsinki office',
      address: { lines: ['Mannerheimintie 1'], postalCode: '00100', city: 'Helsinki', country: 'FI' },
      timeZone: 'Europe/Helsinki',
    });
    assert.equal(location.status, 201, JSON.stringify(location.body));
    const { serviceId } = await setupPractice(admin, {
      name: 'Massage',
      service: { where: { mode: 'at_location', locationId: location.body.id } },
    });
    // 10:00 in Stockholm is 11:00 in Helsinki, all year round.
    const start = localStart(3, '10:00');
    const sv = 'plats-sv@example.test';
    const booked = await t.client().post('/api/v1/bookings', {
      serviceId,
      start,
      guest: { name: 'Åsa', email: sv, locale: 'sv' },
    });
    assert.equal(booked.status, 201, JSON.stringify(booked.body));
    await t.runJobs();
    const [mail] = smtp.to(sv);
    assert.ok(mail);
    assert.match(mail.subject, /^Bokning bekräftad: Massage, .* 11:00$/);
    assert.match(mail.text, /Tjänst: Massage/);
    assert.match(mail.text, /När: .* 11:00–12:00/);
    assert.match(mail.text, /Var: Helsinki office, Mannerheimintie 1, 00100 Helsinki/);
    assert.match(mail.text, /Med: Massage 1/);
    const ics = unfold(mail.attachments[0]?.content ?? '');
    assert.match(ics, /LOCATION:Helsinki office\\, Mannerheimintie 1\\, 00100 Helsinki/);
    assert.match(ics, new RegExp(`UID:booking-${booked.body.booking.id}@slotwise`));
  });

  test("at the customer's: the address is the place, in the mail and in the calendar entry", async () => {
    const { serviceId } = await setupPractice(admin, {
      name: 'Carpet cleaning',
      service: { where: { mode: 'at_customer' } },
    });
    const email = 'onsite@example.test';
    const booked = await t.client().post('/api/v1/bookings', {
      serviceId,
      start: localStart(3, '13:00'),
      guest: { name: 'Eva', email },
      address: 'Storgatan 1, Stockholm',
      phone: '+46 70 123 45 67',
    });
    assert.equal(booked.status, 201, JSON.stringify(booked.body));
    await t.runJobs();
    const [mail] = smtp.to(email);
    assert.ok(mail);
    assert.match(mail.subject, /^Booking confirmed: Carpet cleaning, .* 13:00$/);
    assert.match(mail.text, /Service: Carpet cleaning/);
    assert.match(mail.text, /Where: Storgatan 1, Stockholm/);
    assert.match(mail.text, /With: Carpet cleaning 1/);
    assert.doesNotMatch(mail.text, /meeting link/);
    assert.match(unfold(mail.attachments[0]?.content ?? ''), /LOCATION:Storgatan 1\\, Stockholm/);
  });
});

describe("the provider's mails", () => {
  test('booked, moved, handed to a colleague and cancelled: each told to the staff account linked to the provider', async () => {
    const { serviceId, providerIds } = await setupPractice(admin, {
      name: 'Consult',
      providers: 3,
      service: { where: { mode: 'at_customer' } },
    });
    const [p1, p2, p3] = providerIds as [string, string, string];
    const anna = await staffAccount(t, 'anna-staff@example.test');
    const bert = await staffAccount(t, 'bert-staff@example.test', 'sv');
    await linkProvider(t, p1, anna.userId);
    await linkProvider(t, p2, bert.userId);

    const booked = await t.client().post('/api/v1/bookings', {
      serviceId,
      providerId: p1,
      start: localStart(5, '10:00'),
      guest: { name: 'Gustav', email: 'gustav@example.test' },
      address: 'Kungsgatan 2',
      phone: '+46 70 000 00 00',
      notes: 'Ring twice',
    });
    assert.equal(booked.status, 201, JSON.stringify(booked.body));
    assert.equal(smtp.to('anna-staff@example.test').length, 0, 'nothing inside the request');
    await t.runJobs();
    const [newBooking] = smtp.to('anna-staff@example.test');
    assert.ok(newBooking);
    assert.match(newBooking.subject, /^New booking: Consult, .* 10:00$/);
    assert.match(newBooking.text, /Gustav has booked Consult with you/);
    assert.match(newBooking.text, /Customer: Gustav/);
    assert.match(newBooking.text, /Where: Kungsgatan 2/);
    assert.match(newBooking.text, /Phone: \+46 70 000 00 00/);
    assert.match(newBooking.text, /Notes: Ring twice/);
    assert.match(newBooking.text, /\/api\/v1\/calendar\/feeds\/providers\/[\w-]+\.ics/);
    assert.doesNotMatch(newBooking.text, /gustav@example\.test/, 'no more personal data than needed');

    const token = booked.body.manageToken as string;
    const moved = await t.client().post(`/api/v1/manage/${token}/reschedule`, { start: localStart(5, '12:00') });
    assert.equal(moved.status, 200, JSON.stringify(moved.body));
    await t.runJobs();
    const movedMail = smtp.to('anna-staff@example.test')[1];
    assert.match(movedMail?.subject ?? '', /^Booking moved: Consult, now .* 12:00$/);
    assert.match(movedMail?.text ?? '', /Was: .* 10:00/);

    // Staff hand it to the colleague: the one who had it is told it left their schedule, the other gets it.
    const handed = await admin.post(`/api/v1/bookings/${booked.body.booking.id}/reschedule`, {
      start: localStart(5, '12:00'),
      providerId: p2,
    });
    assert.equal(handed.status, 200, JSON.stringify(handed.body));
    await t.runJobs();
    const gone = smtp.to('anna-staff@example.test')[2];
    assert.match(gone?.subject ?? '', /^Booking moved to a colleague: Consult, .* 12:00$/);
    const [bertNew] = smtp.to('bert-staff@example.test');
    assert.match(bertNew?.subject ?? '', /^Ny bokning: Consult, .* 12:00$/);
    assert.match(bertNew?.text ?? '', /Gustav har bokat Consult hos dig/);

    const cancelled = await t.client().post(`/api/v1/manage/${token}/cancel`, {});
    assert.equal(cancelled.status, 200);
    await t.runJobs();
    assert.match(smtp.to('bert-staff@example.test')[1]?.subject ?? '', /^Bokning avbokad: Consult/);
    assert.equal(smtp.to('anna-staff@example.test').length, 3, 'the cancellation goes to the provider who had it');

    // A provider without an account: no mail, and the job says why.
    const unlinked = await t.client().post('/api/v1/bookings', {
      serviceId,
      providerId: p3,
      start: localStart(5, '10:00'),
      guest: guest('unlinked'),
      address: 'Drottninggatan 3',
    });
    assert.equal(unlinked.status, 201);
    await t.runJobs();
    const notice = (await jobsOf(t, unlinked.body.booking.id)).find((j) => j.kind === 'mail.provider_notice');
    assert.equal(notice?.status, 'done');
    assert.equal(notice?.result, 'skipped: the provider has no staff account');
  });

  test('a booking waiting for payment is told to the provider only when paid; a class booking tells no provider', async () => {
    const settings = await admin.patch('/api/v1/organisation', {
      paymentMethods: ['venue', 'bank_transfer'],
      bankAccount: '1234-5678',
    });
    assert.equal(settings.status, 200, JSON.stringify(settings.body));
    const { serviceId, providerIds } = await setupPractice(admin, {
      name: 'Paid consult',
      service: { price: { amount: 50000 } },
    });
    const cleo = await staffAccount(t, 'cleo-staff@example.test');
    await linkProvider(t, providerIds[0] as string, cleo.userId);
    const unpaid = await t.client().post('/api/v1/bookings', {
      serviceId,
      start: localStart(6, '09:00'),
      guest: guest('unpaid'),
      paymentMethod: 'bank_transfer',
    });
    assert.equal(unpaid.status, 201, JSON.stringify(unpaid.body));
    assert.equal(unpaid.body.booking.status, 'pending');
    await t.runJobs();
    assert.equal(smtp.to('cleo-staff@example.test').length, 0, 'not yet');
    // Cancelled before it was paid: the provider never heard of it, so hears nothing now either.
    await t.client().post(`/api/v1/manage/${unpaid.body.manageToken}/cancel`, {});
    await t.runJobs();
    assert.equal(smtp.to('cleo-staff@example.test').length, 0);

    const paid = await t.client().post('/api/v1/bookings', {
      serviceId,
      start: localStart(6, '11:00'),
      guest: guest('paid'),
      paymentMethod: 'bank_transfer',
    });
    assert.equal(paid.status, 201);
    const marked = await admin.post(`/api/v1/payments/${paid.body.payment.id}/mark-paid`, {});
    assert.equal(marked.status, 200, JSON.stringify(marked.body));
    await t.runJobs();
    const [told] = smtp.to('cleo-staff@example.test');
    assert.match(told?.subject ?? '', /^New booking: Paid consult, .* 11:00$/);
    // The remote room came with the settlement too.
    assert.equal((await manage(t, paid.body.manageToken)).body.appointment.videoStatus, 'ready');

    const cls = await admin.post('/api/v1/classes', {
      title: 'Yoga',
      startsAt: localStart(6, '18:00'),
      endsAt: localStart(6, '19:00'),
      maxSpots: 5,
      price: { amount: 0 },
    });
    assert.equal(cls.status, 201, JSON.stringify(cls.body));
    const classBooking = await t
      .client()
      .post('/api/v1/bookings', { classId: cls.body.id, spots: 1, guest: guest('yoga') });
    assert.equal(classBooking.status, 201, JSON.stringify(classBooking.body));
    await t.runJobs();
    for (const job of await jobsOf(t, classBooking.body.booking.id)) {
      if (job.kind === 'video.create_room' || job.kind === 'mail.provider_notice')
        assert.match(job.result ?? '', /^skipped: not (a remote |an )appointment$/, job.kind);
    }
    assert.equal(smtp.to('cleo-staff@example.test').length, 1);
  });
});

describe("the provider's calendar feed", () => {
  test('its own appointments only, with no manage links; the address for the linked account or an admin', async () => {
    const { serviceId, providerIds } = await setupPractice(admin, { name: 'Feed session', providers: 2 });
    const [mine, theirs] = providerIds as [string, string];
    const dora = await staffAccount(t, 'dora-staff@example.test');
    const other = await staffAccount(t, 'other-staff@example.test');
    await linkProvider(t, mine, dora.userId);

    const booked = await t.client().post('/api/v1/bookings', {
      serviceId,
      providerId: mine,
      start: localStart(4, '09:00'),
      guest: { name: 'Hugo Feed', email: 'hugo-feed@example.test' },
    });
    const elsewhere = await t.client().post('/api/v1/bookings', {
      serviceId,
      providerId: theirs,
      start: localStart(4, '09:00'),
      guest: { name: 'Ivar Elsewhere', email: 'ivar@example.test' },
    });
    assert.equal(booked.status, 201);
    assert.equal(elsewhere.status, 201);
    await t.runJobs();

    const link = await dora.client.get(`/api/v1/providers/${mine}/calendar-link`);
    assert.equal(link.status, 200, JSON.stringify(link.body));
    const url = link.body.url as string;
    assert.match(url, /^http:\/\/slotwise\.test\/api\/v1\/calendar\/feeds\/providers\/[\w-]{65}\.ics$/);
    assert.equal((await admin.get(`/api/v1/providers/${mine}/calendar-link`)).body.url, url);
    const refused = await other.client.get(`/api/v1/providers/${mine}/calendar-link`);
    assert.equal(refused.status, 403);
    assert.equal(refused.body.error.code, 'forbidden');
    assert.equal((await t.client().get(`/api/v1/providers/${mine}/calendar-link`)).status, 401);
    const missing = await admin.get('/api/v1/providers/00000000-0000-4000-8000-000000000000/calendar-link');
    assert.equal(missing.status, 404);
    assert.equal(missing.body.error.code, 'provider_not_found');

    const feed = await t.app.inject({ method: 'GET', url: url.replace('http://slotwise.test', '') });
    assert.equal(feed.statusCode, 200);
    assert.match(feed.headers['content-type'] as string, /text\/calendar/);
    const ics = unfold(feed.body);
    assert.match(ics, /SUMMARY:Feed session: Hugo Feed/);
    assert.match(ics, new RegExp(`UID:appointment-${booked.body.booking.id}@slotwise`));
    const videoUrl = (await manage(t, booked.body.manageToken)).body.appointment.videoUrl as string;
    assert.ok(ics.includes(`LOCATION:${videoUrl}`), 'the meeting link is the place');
    assert.doesNotMatch(ics, /Ivar/, "no other provider's appointments");
    assert.doesNotMatch(ics, /manage|hugo-feed@example\.test/, 'no manage link, no e-mail address');

    // A cancelled appointment stays in the feed as cancelled, so calendars drop it.
    await t.client().post(`/api/v1/manage/${booked.body.manageToken}/cancel`, {});
    const afterCancel = await t.app.inject({ method: 'GET', url: url.replace('http://slotwise.test', '') });
    assert.match(afterCancel.body, /STATUS:CANCELLED/);

    // Tokens: a made-up one, and a customer's feed token, open nothing.
    const token = url.split('/').pop()?.replace('.ics', '') as string;
    const forged = `${token.slice(0, 22)}${'A'.repeat(43)}`;
    const feedAt = (file: string) => t.app.inject({ method: 'GET', url: `/api/v1/calendar/feeds/providers/${file}` });
    const forgedFeed = await feedAt(`${forged}.ics`);
    assert.equal(forgedFeed.statusCode, 404);
    assert.equal(forgedFeed.json().error.code, 'not_found');
    const customer = t.client();
    await customer.signUp('feed-customer@example.test');
    const customerFeed = (await customer.get('/api/v1/me/calendar')).body.url as string;
    const customerToken = customerFeed.split('/').pop() as string;
    assert.equal((await feedAt(customerToken)).statusCode, 404);

    // A provider taken off the team: the feed (names, addresses) closes with them, and opens again on their return.
    assert.equal((await feedAt(`${token}.ics`)).statusCode, 200);
    assert.equal((await admin.patch(`/api/v1/providers/${mine}`, { active: false })).status, 200);
    const closed = await feedAt(`${token}.ics`);
    assert.equal(closed.statusCode, 404);
    assert.doesNotMatch(closed.body, /Hugo/);
    assert.equal((await admin.patch(`/api/v1/providers/${mine}`, { active: true })).status, 200);
    assert.equal((await feedAt(`${token}.ics`)).statusCode, 200);

    // A feed address that got out is replaced, by the provider or an admin only; the old one opens nothing.
    const notTheirs = await other.client.post(`/api/v1/providers/${mine}/calendar-link/replace`, {});
    assert.equal(notTheirs.status, 403);
    assert.equal((await feedAt(`${token}.ics`)).statusCode, 200, 'a refused replacement changes nothing');
    const replaced = await dora.client.post(`/api/v1/providers/${mine}/calendar-link/replace`, {});
    assert.equal(replaced.status, 200, JSON.stringify(replaced.body));
    const newToken = (replaced.body.url as string).split('/').pop() as string;
    assert.notEqual(newToken, `${token}.ics`);
    assert.equal((await feedAt(`${token}.ics`)).statusCode, 404);
    assert.match(unfold((await feedAt(newToken)).body), /SUMMARY:Feed session: Hugo Feed/);
    assert.equal((await admin.get(`/api/v1/providers/${mine}/calendar-link`)).body.url, replaced.body.url);
    const audit = await admin.get(`/api/v1/audit-log?entityType=provider&entityId=${mine}`);
    assert.equal(audit.body.entries.filter((e: { action: string }) => e.action === 'provider.feed_replaced').length, 1);
  });
});

describe('webhooks', () => {
  test('booking.rescheduled can be subscribed to', async () => {
    const created = await admin.post('/api/v1/webhooks', {
      url: 'https://hooks.example.test/slotwise',
      events: ['booking.rescheduled'],
    });
    assert.equal(created.status, 201, JSON.stringify(created.body));
  });
});
