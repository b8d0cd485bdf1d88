import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../src/platform/db.ts';
import { type Client, type TestApp, classInput, startTestApp } from '../support/app.ts';
import { localStart, setupPractice } from '../support/practice.ts';
import { TestSmtpServer } from '../support/smtp.ts';

let t: TestApp;
let admin: Client;
const smtp = new TestSmtpServer();
const PASSWORD = 'customer-password-1';
const DAY = 24 * 3600_000;

before(async () => {
  await smtp.start();
  t = await startTestApp({ smtpUrl: smtp.url });
  admin = await t.admin();
  const org = await admin.patch('/api/v1/organisation', {
    paymentMethods: ['venue', 'swish'],
    swishNumber: '123 456 78 90',
  });
  assert.equal(org.status, 200, JSON.stringify(org.body));
});
after(async () => {
  await t.close();
  await smtp.stop();
});

async function customer(email: string, name = 'Cleo Customer'): Promise<Client> {
  const client = t.client();
  const signedUp = await client.signUp(email, name, PASSWORD);
  assert.equal(signedUp.status, 201, JSON.stringify(signedUp.body));
  return client;
}

async function newClass(startsInMs: number, price = 15000): Promise<string> {
  const start = new Date(t.clock.now().getTime() + startsInMs);
  start.setUTCSeconds(0, 0);
  const created = await admin.post(
    '/api/v1/classes',
    classInput(
      {
        startsAt: start.toISOString(),
        endsAt: new Date(start.getTime() + 3600_000).toISOString(),
        price: { amount: price },
      },
      t.clock.now(),
    ),
  );
  assert.equal(created.status, 201, JSON.stringify(created.body));
  return created.body.id;
}

async function book(client: Client, classId: string, paymentMethod = 'venue') {
  const booked = await client.post('/api/v1/bookings', { classId, paymentMethod });
  assert.equal(booked.status, 201, JSON.stringify(booked.body));
  return booked.body as { booking: { id: string }; payment: { id: string } | null };
}

const userRow = async (id: string) =>
  (await queryRows<Record<string, unknown>>(t.database.db, sql`SELECT * FROM users WHERE id = ${id}`))[0] as Record<
    string,
    unknown
  >;

const auditActions = async (entityId: string) =>
  (
    await queryRows<{ action: string }>(
      t.database.db,
      sql`SELECT action FROM audit_log WHERE entity_id = ${entityId} ORDER BY id`,
    )
  ).map((row) => row.action);

/** Runs due jobs with the clock moved ahead, then puts it back. */
async function runJobsAt(aheadMs: number) {
  t.clock.advance(aheadMs);
  try {
    await t.runJobs();
  } finally {
    t.clock.advance(-aheadMs);
  }
}

describe('profile', () => {
  test('reads and changes name, phone, address, language and mail preferences; bad input writes nothing', async () => {
    const cleo = await customer('cleo@example.test');
    assert.equal((await t.client().get('/api/v1/me/profile')).body.error.code, 'unauthenticated');
    const first = await cleo.get('/api/v1/me/profile');
    assert.equal(first.status, 200);
    assert.deepEqual(first.body.notifications, { reminders: true, invoices: true, news: false }, 'news off by default');
    assert.equal(first.body.phone, null);
    assert.equal(first.body.pendingEmail, null);

    for (const [body, why] of [
      [{}, 'nothing to change'],
      [{ phone: 'call me maybe' }, 'a phone number of letters'],
      [{ name: '' }, 'an empty name'],
      [{ locale: 'de' }, 'an unsupported language'],
      [{ email: 'other@example.test' }, 'the email has its own route'],
      [{ notifications: { reminders: 'no' } }, 'a preference that is not a boolean'],
      [{ address: 'x'.repeat(501) }, 'an address too long'],
    ] as const) {
      const refused = await cleo.patch('/api/v1/me/profile', body);
      assert.equal(refused.status, 400, why);
      assert.equal(refused.body.error.code, 'validation_failed', why);
    }
    assert.deepEqual((await cleo.get('/api/v1/me/profile')).body, first.body, 'nothing was written');

    const changed = await cleo.patch('/api/v1/me/profile', {
      name: 'Cleo Berg',
      phone: '+46 70 123 45 67',
      address: 'Storgatan 1, 111 22 Stockholm',
      locale: 'sv',
      notifications: { reminders: false, news: true },
    });
    assert.equal(changed.status, 200, JSON.stringify(changed.body));
    assert.equal(changed.body.name, 'Cleo Berg');
    assert.equal(changed.body.phone, '+46 70 123 45 67');
    assert.deepEqual(changed.body.notifications, { reminders: false, invoices: true, news: true });
    assert.deepEqual((await cleo.get('/api/v1/me/profile')).body, changed.body);
    assert.equal((await cleo.get('/api/v1/me')).body.locale, 'sv');
    const cleared = await cleo.patch('/api/v1/me/profile', { phone: null });
    assert.equal(cleared.body.phone, null);
    assert.deepEqual(await auditActions(first.body.id), [
      'user.created',
      'user.profile_updated',
      'user.profile_updated',
    ]);
  });

  test('the language chosen in the profile is the language of the booking mails', async () => {
    const sven = await customer('sven@example.test', 'Sven');
    await book(sven, await newClass(5 * DAY));
    await sven.patch('/api/v1/me/profile', { locale: 'sv' });
    await book(sven, await newClass(6 * DAY));
    await t.runJobs();
    const subjects = smtp.to('sven@example.test').map((mail) => mail.subject);
    assert.equal(subjects.length, 2, subjects.join(' | '));
    assert.ok(
      subjects.every((subject) => subject.startsWith('Bokning bekräftad')),
      subjects.join(' | '),
    );
  });
});

test("a language chosen after the account's first booking is the language of a booking staff make for it", async () => {
  const sofia = await customer('sofia@example.test', 'Sofia');
  assert.equal((await sofia.patch('/api/v1/me/profile', { locale: 'en' })).status, 200);
  await book(sofia, await newClass(5 * DAY));
  assert.equal((await sofia.patch('/api/v1/me/profile', { locale: 'sv' })).status, 200);
  const byStaff = await admin.post('/api/v1/bookings', {
    classId: await newClass(6 * DAY),
    paymentMethod: 'venue',
    guest: { name: 'Sofia', email: 'sofia@example.test' },
  });
  assert.equal(byStaff.status, 201, JSON.stringify(byStaff.body));
  await t.runJobs();
  const subjects = smtp.to('sofia@example.test').map((mail) => mail.subject);
  assert.equal(subjects.length, 2, subjects.join(' | '));
  assert.ok(
    subjects.every((subject) => subject.startsWith('Bokning bekräftad')),
    subjects.join(' | '),
  );
});

describe('mail preferences', () => {
  test('reminders off: no reminder mail; reminders on: the reminder comes', async () => {
    const quiet = await customer('quiet@example.test');
    const eager = await customer('eager@example.test');
    await quiet.patch('/api/v1/me/profile', { notifications: { reminders: false } });
    const classId = await newClass(3 * DAY);
    const quietBooking = await book(quiet, classId);
    await book(eager, classId);
    await t.runJobs();
    await runJobsAt(2 * DAY + 60_000);

    assert.deepEqual(
      smtp.to('quiet@example.test').map((mail) => mail.subject.split(':')[0]),
      ['Booking confirmed'],
      'the confirmation is always sent, the reminder not',
    );
    assert.deepEqual(
      smtp.to('eager@example.test').map((mail) => mail.subject.split(':')[0]),
      ['Booking confirmed', 'Reminder'],
    );
    const [job] = await queryRows<{ status: string; result: string }>(
      t.database.db,
      sql`SELECT status, result FROM jobs WHERE kind = 'mail.booking_reminder'
           AND payload->>'bookingId' = ${quietBooking.booking.id}`,
    );
    assert.equal(job?.status, 'done');
    assert.equal(job?.result, 'skipped: reminders are off');
  });
});

describe('change of email address', () => {
  const linkToken = (email: string) => {
    const mail = smtp.to(email).at(-1);
    assert.ok(mail, `no mail to ${email}`);
    const match = /confirm-email\?token=([\w-]+)/.exec(mail.text);
    assert.ok(match, mail.text);
    return match[1] as string;
  };

  test('a link to the new address confirms it once, within a day; the old address is told; nothing changes before', async () => {
    const dana = await customer('dana@example.test', 'Dana');
    await customer('taken@example.test');
    const ask = (newEmail: string, password = PASSWORD) => dana.post('/api/v1/me/email', { newEmail, password });

    assert.equal((await ask('dana2@example.test', 'wrong-password-1')).body.error.code, 'wrong_password');
    assert.equal((await ask('DANA@example.test')).body.error.code, 'email_unchanged');
    const taken = await ask('taken@example.test');
    assert.equal(taken.status, 409);
    assert.equal(taken.body.error.code, 'email_taken');
    assert.equal((await ask('not an address')).body.error.code, 'validation_failed');

    const asked = await ask('dana.new@example.test');
    assert.equal(asked.status, 202, JSON.stringify(asked.body));
    assert.equal((await dana.get('/api/v1/me')).body.email, 'dana@example.test', 'nothing changes yet');
    assert.equal((await dana.get('/api/v1/me/profile')).body.pendingEmail, 'dana.new@example.test');
    await t.runJobs();
    const notice = smtp.to('dana@example.test').at(-1);
    assert.match(notice?.subject ?? '', /about to change/);
    assert.match(notice?.text ?? '', /dana\.new@example\.test/);
    assert.ok(!/token=/.test(notice?.text ?? ''), 'the old address does not get the link');
    const expiring = linkToken('dana.new@example.test');

    // A day later the link no longer works.
    t.clock.advance(DAY + 60_000);
    try {
      const late = await t.client().post('/api/v1/auth/email-change/confirm', { token: expiring });
      assert.equal(late.status, 400);
      assert.equal(late.body.error.code, 'invalid_email_change_token');
    } finally {
      t.clock.advance(-(DAY + 60_000));
    }
    assert.equal((await dana.get('/api/v1/me')).body.email, 'dana@example.test');

    // A password reset link mailed to the old address meanwhile...
    assert.equal((await t.client().post('/api/v1/auth/password-reset', { email: 'dana@example.test' })).status, 202);
    await t.runJobs();
    const resetMail = smtp.to('dana@example.test').at(-1);
    const resetToken = /token=([\w-]+)/.exec(resetMail?.text ?? '')?.[1];
    assert.ok(resetToken, resetMail?.text);

    // A new request replaces the first link; the new one works once, from a browser not signed in.
    await ask('dana.new@example.test');
    await t.runJobs();
    const token = linkToken('dana.new@example.test');
    assert.notEqual(token, expiring);
    const confirmed = await t.client().post('/api/v1/auth/email-change/confirm', { token });
    assert.equal(confirmed.status, 200, JSON.stringify(confirmed.body));
    assert.equal(confirmed.body.email, 'dana.new@example.test');
    const again = await t.client().post('/api/v1/auth/email-change/confirm', { token });
    assert.equal(again.body.error.code, 'invalid_email_change_token', 'single use');
    assert.equal((await dana.get('/api/v1/me/profile')).body.email, 'dana.new@example.test');
    assert.equal((await t.client().signIn('dana.new@example.test', PASSWORD)).status, 200);
    assert.equal((await t.client().signIn('dana@example.test', PASSWORD)).status, 401);
    // ...opens nothing once the account has moved away from that mailbox.
    const stale = await t
      .client()
      .post('/api/v1/auth/password-reset/confirm', { token: resetToken, password: 'taken-over-password-1' });
    assert.equal(stale.status, 400);
    assert.equal(stale.body.error.code, 'invalid_reset_token');
    assert.equal((await t.client().signIn('dana.new@example.test', PASSWORD)).status, 200);
    const id = (await dana.get('/api/v1/me')).body.id;
    assert.ok((await auditActions(id)).includes('user.email_changed'));
  });

  test('an address taken between the request and the link is refused at the link', async () => {
    const eve = await customer('eve@example.test');
    await eve.post('/api/v1/me/email', { newEmail: 'eve.new@example.test', password: PASSWORD });
    await t.runJobs();
    const token = linkToken('eve.new@example.test');
    await customer('eve.new@example.test');
    const refused = await t.client().post('/api/v1/auth/email-change/confirm', { token });
    assert.equal(refused.status, 409);
    assert.equal(refused.body.error.code, 'email_taken');
    assert.equal((await eve.get('/api/v1/me')).body.email, 'eve@example.test');
  });
});

describe('change of password', () => {
  test('needs the current password and signs out every other session', async () => {
    const here = await customer('fay@example.test');
    const elsewhere = t.client();
    assert.equal((await elsewhere.signIn('fay@example.test', PASSWORD)).status, 200);

    const wrong = await here.post('/api/v1/me/password', {
      currentPassword: 'not-the-password',
      newPassword: 'fay-new-password-1',
    });
    assert.equal(wrong.status, 403);
    assert.equal(wrong.body.error.code, 'wrong_password');
    const short = await here.post('/api/v1/me/password', { currentPassword: PASSWORD, newPassword: 'short' });
    assert.equal(short.body.error.code, 'validation_failed');
    assert.equal((await elsewhere.get('/api/v1/me')).status, 200, 'refused changes sign no one out');

    const changed = await here.post('/api/v1/me/password', {
      currentPassword: PASSWORD,
      newPassword: 'fay-new-password-1',
    });
    assert.equal(changed.status, 204, JSON.stringify(changed.body));
    assert.equal((await elsewhere.get('/api/v1/me')).status, 401, 'the other session is signed out');
    assert.equal((await here.get('/api/v1/me')).status, 200, 'this session stays');
    assert.equal((await t.client().signIn('fay@example.test', PASSWORD)).status, 401);
    assert.equal((await t.client().signIn('fay@example.test', 'fay-new-password-1')).status, 200);
    const id = (await here.get('/api/v1/me')).body.id;
    assert.ok((await auditActions(id)).includes('user.password_changed'));
  });
});

describe("a booking's phone and address in the profile", () => {
  test("fill in what the profile lacks; replace what it has only when asked; a guest's or staff's booking leaves it", async () => {
    const visit = await setupPractice(admin, { name: 'Visit', service: { where: { mode: 'at_customer' } } });
    const video = await setupPractice(admin, { name: 'Video' });
    const dora = await customer('dora@example.test', 'Dora Door');
    const { id } = (await dora.get('/api/v1/me/profile')).body;
    const profile = async () => {
      const { phone, address } = (await dora.get('/api/v1/me/profile')).body;
      return { phone, address };
    };
    const bookVisit = async (client: Client, days: number, fields: Record<string, unknown>) => {
      const booked = await client.post('/api/v1/bookings', {
        serviceId: visit.serviceId,
        start: localStart(days, '10:00'),
        ...fields,
      });
      assert.equal(booked.status, 201, JSON.stringify(booked.body));
    };

    // A phone the profile would refuse is not saved; the booking keeps it all the same.
    await bookVisit(dora, 3, { address: 'Dörrvägen 1, Stockholm', phone: 'ask for Dora' });
    assert.deepEqual(await profile(), { phone: null, address: 'Dörrvägen 1, Stockholm' });
    const booked = await dora.post('/api/v1/bookings', {
      serviceId: video.serviceId,
      start: localStart(3, '10:00'),
      phone: '070-111 22 33',
    });
    assert.equal(booked.status, 201, JSON.stringify(booked.body));
    assert.deepEqual(await profile(), { phone: '070-111 22 33', address: 'Dörrvägen 1, Stockholm' });
    assert.deepEqual(await auditActions(id), ['user.created', 'user.profile_updated', 'user.profile_updated']);
    const [entry] = await queryRows<{ before: { phone: string | null }; after: { phone: string | null } }>(
      t.database.db,
      sql`SELECT before, after FROM audit_log WHERE entity_id = ${id} ORDER BY id DESC LIMIT 1`,
    );
    assert.deepEqual([entry?.before.phone, entry?.after.phone], [null, '070-111 22 33']);

    // Another address and phone for one visit: the profile keeps its own, unless the customer asks.
    await bookVisit(dora, 4, { address: 'Sommarstugan, Väddö', phone: '070-999 99 99' });
    assert.deepEqual(await profile(), { phone: '070-111 22 33', address: 'Dörrvägen 1, Stockholm' });
    assert.equal((await auditActions(id)).length, 3, 'nothing changed, nothing audited');
    await bookVisit(dora, 5, { address: 'Nya gatan 2, Stockholm', phone: '070-222 33 44', saveToProfile: true });
    assert.deepEqual(await profile(), { phone: '070-222 33 44', address: 'Nya gatan 2, Stockholm' });

    // Staff booking for the customer, and a guest with the same email, change nothing of the account's.
    await bookVisit(admin, 6, {
      address: 'Kontoret 1',
      phone: '070-000 00 01',
      saveToProfile: true,
      guest: { name: 'Dora Door', email: 'dora@example.test' },
    });
    await bookVisit(t.client(), 7, {
      address: 'Gästgatan 1',
      phone: '070-000 00 02',
      saveToProfile: true,
      guest: { name: 'Dora Door', email: 'dora@example.test' },
    });
    assert.deepEqual(await profile(), { phone: '070-222 33 44', address: 'Nya gatan 2, Stockholm' });
  });

  test('a booking refused after the profile step (a price that changed) leaves the profile as it was', async () => {
    const visit = await setupPractice(admin, {
      name: 'Priced',
      service: { where: { mode: 'at_customer' }, price: { amount: 50000 } },
    });
    const eve = await customer('eve-late@example.test', 'Eve Late');
    const refused = await eve.post('/api/v1/bookings', {
      serviceId: visit.serviceId,
      start: localStart(3, '11:00'),
      address: 'Sen 2',
      phone: '070-333 44 55',
      expectedTotal: 100,
    });
    assert.equal(refused.status, 409, JSON.stringify(refused.body));
    assert.equal(refused.body.error.code, 'price_changed');
    const { id, phone, address } = (await eve.get('/api/v1/me/profile')).body;
    assert.deepEqual({ phone, address }, { phone: null, address: null });
    assert.deepEqual(await auditActions(id), ['user.created']);
  });
});

describe('personal data', () => {
  test('the export holds my account, bookings, payments and invoices, and nothing of another customer', async () => {
    const gus = await customer('gus@example.test', 'Gus Export');
    const hal = await customer('hal@example.test', 'Hal Other');
    const classId = await newClass(4 * DAY, 20000);
    const mine = await book(gus, classId, 'swish');
    const theirs = await book(hal, classId, 'swish');
    for (const booked of [mine, theirs]) {
      const paid = await admin.post(`/api/v1/payments/${booked.payment?.id}/mark-paid`, {});
      assert.equal(paid.status, 200, JSON.stringify(paid.body));
    }
    const invoiced = await admin.post(`/api/v1/bookings/${mine.booking.id}/invoice`, {});
    assert.equal(invoiced.status, 201, JSON.stringify(invoiced.body));

    assert.equal((await t.client().get('/api/v1/me/data')).status, 401);
    const exported = await gus.get('/api/v1/me/data');
    assert.equal(exported.status, 200, JSON.stringify(exported.body));
    const { sections } = exported.body;
    assert.equal(sections.account[0].email, 'gus@example.test');
    assert.equal(sections.account[0].passwordHash, undefined, 'no password hash');
    assert.deepEqual(
      sections.bookings.map((b: { id: string }) => b.id),
      [mine.booking.id],
    );
    assert.deepEqual(
      sections.payments.map((p: { id: string }) => p.id),
      [mine.payment?.id],
    );
    assert.deepEqual(sections.payments[0].amount, { amount: 20000, currency: 'SEK' });
    assert.deepEqual(
      sections.invoices.map((i: { id: string }) => i.id),
      [invoiced.body.id],
    );
    assert.ok(sections.invoices[0].lines.length > 0);
    assert.ok(sections.customers.length === 1 && sections.sessions.length >= 1);
    assert.ok(sections.auditEntries.some((a: { action: string }) => a.action === 'user.created'));
    // Staff marked the payment paid and invoiced the booking: that staff acted stays; their id, and where
    // they sat, do not.
    const gusId = sections.account[0].id;
    type Entry = { byYou: boolean; actorType: string; ipAddress?: string | null; userAgent?: string | null };
    const entries: Entry[] = sections.auditEntries;
    const byOthers = entries.filter((a) => !a.byYou);
    assert.ok(byOthers.length > 0 && entries.some((a) => a.byYou));
    assert.ok(
      byOthers.some((a) => a.actorType === 'user'),
      'staff are named as having acted',
    );
    for (const entry of entries) assert.ok(!('actorId' in entry) && !('actor_id' in entry), JSON.stringify(entry));
    for (const entry of byOthers) assert.ok(!('ipAddress' in entry) && !('userAgent' in entry), JSON.stringify(entry));
    for (const entry of entries.filter((a) => a.byYou)) assert.ok('ipAddress' in entry, JSON.stringify(entry));
    const staffId = (await admin.get('/api/v1/me')).body.id;
    assert.ok(!JSON.stringify(exported.body).includes(staffId), 'no staff id anywhere');
    const text = JSON.stringify(exported.body);
    for (const other of ['hal@example.test', 'Hal Other', theirs.booking.id, theirs.payment?.id ?? 'x']) {
      assert.ok(!text.includes(other), `the export shows ${other}`);
    }
    assert.ok((await auditActions(gusId)).includes('user.data_exported'));
  });

  test('the export reads as English camelCase names, local times with offset and amounts with currency', async () => {
    const jo = await customer('jo@example.test', 'Jo Readable');
    const classId = await newClass(6 * DAY, 25000);
    const booked = await book(jo, classId, 'swish');
    assert.equal((await admin.post(`/api/v1/payments/${booked.payment?.id}/mark-paid`, {})).status, 200);
    const refunded = await admin.post(`/api/v1/payments/${booked.payment?.id}/refunds`, {
      amount: 5000,
      reason: 'goodwill',
    });
    assert.equal(refunded.status, 201, JSON.stringify(refunded.body));
    const customerId = (await jo.get('/api/v1/me/data')).body.sections.customers[0].id;
    const granted = await admin.post(`/api/v1/customers/${customerId}/credits/adjust`, { delta: 2, reason: 'sorry' });
    assert.equal(granted.status, 200, JSON.stringify(granted.body));

    // A place on the waitlist of a full class.
    const start = new Date(t.clock.now().getTime() + 8 * DAY);
    start.setUTCMinutes(0, 0, 0);
    const full = await admin.post(
      '/api/v1/classes',
      classInput({
        title: 'Full Yoga',
        maxSpots: 1,
        startsAt: start.toISOString(),
        endsAt: new Date(start.getTime() + 3600_000).toISOString(),
      }),
    );
    assert.equal(full.status, 201, JSON.stringify(full.body));
    await book(await customer('kim@example.test', 'Kim First'), full.body.id);
    const joined = await jo.post(`/api/v1/classes/${full.body.id}/waitlist`, {});
    assert.equal(joined.status, 201, JSON.stringify(joined.body));

    const exported = (await jo.get('/api/v1/me/data')).body;
    // Everything held about the person has its section, empty or not.
    for (const name of ['waitlistEntries', 'promoUses', 'loyaltyLedger', 'loyaltyRedemptions', 'savedCards']) {
      assert.ok(Array.isArray(exported.sections[name]), name);
    }
    assert.equal(exported.sections.waitlistEntries.length, 1);
    assert.equal(exported.sections.waitlistEntries[0].classTitle, 'Full Yoga');
    assert.equal(exported.sections.waitlistEntries[0].classId, undefined);
    // Stockholm: +01:00 in winter, +02:00 in summer.
    const local = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{1,3})?\+0[12]:00$/;
    assert.match(exported.exportedAt, local);
    assert.match(exported.conventions.times, /Europe\/Stockholm/);
    const { bookings, payments, refunds, creditLedger, customers } = exported.sections;
    const [booking] = bookings;
    assert.deepEqual(booking.price, { amount: 25000, currency: 'SEK' });
    assert.equal(booking.classTitle, 'Pilates');
    for (const key of ['startsAt', 'endsAt', 'createdAt']) assert.match(booking[key], local, key);
    assert.match(exported.sections.waitlistEntries[0].joinedAt, local);
    const classStart = (await t.client().get(`/api/v1/classes/${classId}`)).body.startsAt;
    assert.equal(new Date(booking.startsAt).getTime(), new Date(classStart).getTime(), 'the same instant');
    assert.deepEqual(payments[0].amount, { amount: 25000, currency: 'SEK' });
    assert.deepEqual(payments[0].refunded, { amount: 5000, currency: 'SEK' });
    assert.deepEqual(refunds[0].amount, { amount: 5000, currency: 'SEK' });
    assert.equal(refunds[0].reason, 'goodwill');
    assert.ok(
      creditLedger.some((entry: { delta: number; reason: string }) => entry.delta === 2 && entry.reason === 'sorry'),
    );
    assert.equal(customers[0].email, 'jo@example.test');

    // No column names: every key of every row, nested ones (invoice lines, audit values) too, is camelCase.
    const snake: string[] = [];
    const walk = (value: unknown, path: string) => {
      if (Array.isArray(value)) {
        for (const [index, item] of value.entries()) walk(item, `${path}[${index}]`);
      } else if (value && typeof value === 'object') {
        for (const [key, nested] of Object.entries(value)) {
          if (/_/.test(key)) snake.push(`${path}.${key}`);
          walk(nested, `${path}.${key}`);
        }
      }
    };
    walk(exported.sections, 'sections');
    assert.deepEqual(snake, []);
    // Nor ids of others: the organisation (named once at the top), the staff who refunded and granted.
    const text = JSON.stringify(exported.sections);
    assert.ok(!text.includes(t.org.id), 'no organisation id in the rows');
    assert.ok(!text.includes((await admin.get('/api/v1/me')).body.id), 'no staff id');
  });

  test('every column of every table the export reads is declared: kept, renamed, or left out with a reason', async () => {
    const { dataSections } = await import('../../src/modules/privacy/privacy.sections.ts');
    for (const section of dataSections) {
      const columns = await queryRows<{ name: string }>(
        t.database.db,
        sql`SELECT attname AS name FROM pg_attribute
             WHERE attrelid = ${section.table}::regclass AND attnum > 0 AND NOT attisdropped`,
      );
      assert.ok(columns.length > 0, section.table);
      const undeclared = columns.map((column) => column.name).filter((name) => !(name in section.fields));
      assert.deepEqual(undeclared, [], `${section.table}: declare these in privacy.fields.ts`);
    }
  });

  test('deleting the account anonymises it, cancels future bookings, keeps payments and invoices, and shuts every door', async () => {
    const ida = await customer('ida@example.test', 'Ida Delete');
    const idaId = (await ida.get('/api/v1/me')).body.id;
    await ida.patch('/api/v1/me/profile', { phone: '+46 70 000 00 00', address: 'Gatan 2' });
    const feed = (await ida.get('/api/v1/me/calendar')).body.url as string;
    const feedPath = feed.slice(feed.indexOf('/api/v1/'));
    const feedStatus = async () => (await t.app.inject({ method: 'GET', url: feedPath })).statusCode;
    assert.equal(await feedStatus(), 200);
    const paid = await book(ida, await newClass(8 * DAY, 20000), 'swish');
    await admin.post(`/api/v1/payments/${paid.payment?.id}/mark-paid`, {});
    const invoice = await admin.post(`/api/v1/bookings/${paid.booking.id}/invoice`, {});
    assert.equal(invoice.status, 201, JSON.stringify(invoice.body));
    const other = t.client();
    await other.signIn('ida@example.test', PASSWORD);

    const wrong = await ida.request('DELETE', '/api/v1/me', { password: 'not-the-password' });
    assert.equal(wrong.status, 403);
    assert.equal(wrong.body.error.code, 'wrong_password');
    assert.equal((await ida.get('/api/v1/me')).status, 200, 'a refusal changes nothing');

    const deleted = await ida.request('DELETE', '/api/v1/me', { password: PASSWORD });
    assert.equal(deleted.status, 204, JSON.stringify(deleted.body));

    // No way back in: not the sessions, not the password, not a reset link.
    assert.equal((await ida.get('/api/v1/me')).status, 401);
    assert.equal((await other.get('/api/v1/me')).status, 401);
    assert.equal((await t.client().signIn('ida@example.test', PASSWORD)).status, 401);
    assert.equal(await feedStatus(), 404, 'the calendar feed is revoked');
    await assert.rejects(
      t.database.db.execute(
        sql`INSERT INTO sessions (org_id, user_id, token_hash, csrf_token, expires_at)
            VALUES (${t.org.id}, ${idaId}, 'raw-token-hash', 'raw-csrf', now() + interval '1 day')`,
      ),
      'the database refuses a session for an anonymised account, whatever the code path',
    );
    const user = await userRow(idaId);
    assert.equal(user.email, `deleted-${idaId}@anonymised.invalid`);
    assert.equal(user.name, 'Anonymised');
    assert.equal(user.phone, null);
    assert.equal(user.address, null);
    assert.ok(user.anonymised_at);
    const [customerRow] = await queryRows<{ name: string; email: string }>(
      t.database.db,
      sql`SELECT name, email FROM customers WHERE user_id = ${idaId}`,
    );
    assert.deepEqual(customerRow, { name: 'Anonymised', email: `deleted-${idaId}@anonymised.invalid` });

    // The future booking is cancelled by the cancel path; the money records stay, with their amounts.
    const booking = await admin.get(`/api/v1/bookings/${paid.booking.id}`);
    assert.equal(booking.body.status, 'cancelled');
    const [payment] = await queryRows<{ amount: number; status: string }>(
      t.database.db,
      sql`SELECT amount, status FROM payments WHERE id = ${paid.payment?.id}`,
    );
    assert.equal(Number(payment?.amount), 20000);
    assert.equal(payment?.status, 'succeeded');
    // A Swish payment is paid back by hand: the cancellation puts it on the queue for staff.
    const queued = await queryRows<{ reason: string; status: string }>(
      t.database.db,
      sql`SELECT reason, status FROM unbookable_payments WHERE payment_id = ${paid.payment?.id}`,
    );
    assert.deepEqual(queued, [{ reason: 'booking_cancelled', status: 'open' }], 'to be refunded, as the policy says');
    const kept = await admin.get(`/api/v1/invoices/${invoice.body.id}`);
    assert.equal(kept.status, 200);
    assert.equal(kept.body.number, invoice.body.number);
    assert.equal(kept.body.buyer.email, 'ida@example.test', "an issued invoice's buyer stays, as bookkeeping law asks");

    const actions = await auditActions(idaId);
    assert.ok(actions.includes('user.anonymised'), actions.join());
    const [entry] = await queryRows<{ after: unknown }>(
      t.database.db,
      sql`SELECT after FROM audit_log WHERE entity_id = ${idaId} AND action = 'user.anonymised'`,
    );
    assert.ok(!JSON.stringify(entry?.after).includes('ida@example.test'), 'the entry keeps no personal data');
    const [earlier] = await queryRows<{ values: string }>(
      t.database.db,
      sql`SELECT coalesce(string_agg(concat(before::text, after::text), ' '), '') AS values
            FROM audit_log WHERE entity_type = 'user' AND entity_id = ${idaId}`,
    );
    for (const erased of ['ida@example.test', 'Ida Delete', '+46 70 000 00 00', 'Gatan 2']) {
      assert.ok(!earlier?.values.includes(erased), `the account's audit entries still hold ${erased}`);
    }
    await t.runJobs();
  });

  test('an account with something unpaid is not deleted, and a staff account not at all', async () => {
    const jon = await customer('jon@example.test');
    await book(jon, await newClass(DAY));
    t.clock.advance(2 * DAY);
    try {
      const refused = await jon.request('DELETE', '/api/v1/me', { password: PASSWORD });
      assert.equal(refused.status, 409, JSON.stringify(refused.body));
      assert.equal(refused.body.error.code, 'account_has_unpaid');
      assert.equal((await jon.get('/api/v1/me')).body.email, 'jon@example.test', 'nothing was written');
    } finally {
      t.clock.advance(-2 * DAY);
    }
    const staff = await admin.request('DELETE', '/api/v1/me', { password: 'admin-password-1' });
    assert.equal(staff.status, 409);
    assert.equal(staff.body.error.code, 'account_not_deletable');
  });
});
