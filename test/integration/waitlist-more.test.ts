import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { queryRows, violatedConstraint } from '../../src/platform/db.ts';
import { waitlistLapsedMail } from '../../src/modules/notifications/waitlist-mails.ts';
import { type TestApp, classInput, guest, startTestApp } from '../support/app.ts';
import { TestSmtpServer } from '../support/smtp.ts';

const smtp = new TestSmtpServer();
let t: TestApp;

before(async () => {
  await smtp.start();
  t = await startTestApp({ smtpUrl: smtp.url });
});
after(async () => {
  await t.close();
  await smtp.stop();
});

async function fullClass(overrides: Record<string, unknown> = {}) {
  const admin = await t.admin();
  const created = await admin.post('/api/v1/classes', classInput({ maxSpots: 1, ...overrides }, t.clock.now()));
  assert.equal(created.status, 201, JSON.stringify(created.body));
  const classId = created.body.id as string;
  const booked = await t.client().post('/api/v1/bookings', { classId, guest: guest(`${classId}-b`) });
  assert.equal(booked.status, 201, JSON.stringify(booked.body));
  return { classId, bookingId: booked.body.booking.id as string };
}

const join = (classId: string, who: string, locale?: 'en' | 'sv') =>
  t.client().post(`/api/v1/classes/${classId}/waitlist`, {
    guest: { name: who, email: `${who}@example.test`, ...(locale ? { locale } : {}) },
  });

async function statusOf(entryId: string) {
  const [row] = await queryRows<{ status: string }>(
    t.database.db,
    sql`SELECT status FROM waitlist_entries WHERE id = ${entryId}`,
  );
  return row?.status;
}

/** The wall time of an instant in a zone, as people there read it: "18:00". */
const wallTime = (instant: Date, timeZone: string) =>
  new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(instant);

describe('an offer that lapses', () => {
  test('mails the person, in their language and the business’s zone: the spot went on, they left the line', async () => {
    const { classId, bookingId } = await fullClass();
    const first = await join(classId, 'wlm-lapse-sv', 'sv');
    assert.equal(first.status, 201, JSON.stringify(first.body));
    await join(classId, 'wlm-lapse-next');
    assert.equal((await (await t.admin()).post(`/api/v1/bookings/${bookingId}/cancel`, {})).status, 200);
    await t.runJobs();
    const offer = await t.client().get(`/api/v1/waitlist/${first.body.token}`);
    const expiresAt = new Date(offer.body.offerExpiresAt);

    t.clock.set(new Date(expiresAt.getTime() + 1000));
    try {
      await t.runJobs();
    } finally {
      t.clock.set(new Date());
    }
    assert.equal(await statusOf(first.body.id), 'lapsed');
    const lapsed = smtp.to('wlm-lapse-sv@example.test').filter((m) => m.subject.startsWith('Platsen du erbjöds'));
    assert.equal(lapsed.length, 1, 'one lapsed mail, in Swedish');
    const [mail] = lapsed;
    assert.ok(mail);
    assert.match(mail.text, /gick vidare till nästa i kön/);
    assert.match(mail.text, /Du står inte längre på väntelistan/);
    // The time the offer ran out, as read in Stockholm (the organisation's zone), not in UTC.
    assert.ok(mail.text.includes(wallTime(expiresAt, 'Europe/Stockholm')), mail.text);
    assert.ok(mail.text.includes(`http://slotwise.test/classes/${classId}`), 'a way back to the class');
    // The entry has left the line: nothing to unsubscribe from.
    assert.equal(mail.headers['list-unsubscribe'], undefined);
    // The next in line was offered the spot, and nobody else got a lapsed mail.
    assert.equal(smtp.to('wlm-lapse-next@example.test').filter((m) => /spot is free/.test(m.subject)).length, 1);

    // A second run of the lapse (the sweep, a retried job) mails nothing more.
    t.clock.set(new Date(expiresAt.getTime() + 2000));
    try {
      await t.runJobs();
    } finally {
      t.clock.set(new Date());
    }
    assert.equal(smtp.to('wlm-lapse-sv@example.test').filter((m) => m.subject.startsWith('Platsen')).length, 1);
  });

  test('the English mail says the same', () => {
    const mail = waitlistLapsedMail('en', {
      title: 'Pilates',
      startsAt: new Date('2026-03-10T17:00:00Z'),
      location: 'Studio',
      customerName: 'Ada',
      orgName: 'The Studio',
      contactEmail: 'desk@studio.test',
      contactPhone: null,
      timeZone: 'Europe/Stockholm',
      url: 'http://x.test/waitlist/t',
      leaveUrl: 'http://x.test/waitlist/t/leave',
      expiresAt: new Date('2026-03-09T13:30:00Z'),
      classUrl: 'http://x.test/classes/c',
    });
    assert.match(mail.subject, /^Your offered spot has gone on: Pilates$/);
    assert.match(mail.text, /went on to the next in line/);
    assert.match(mail.text, /no longer on the waitlist/);
    assert.match(mail.text, /14:30/, 'the offer’s end in Stockholm (UTC+1 in March before DST)');
    assert.match(mail.text, /18:00/, 'the class’s start in Stockholm');
    assert.match(mail.text, /Questions\? Contact The Studio: desk@studio\.test\n/, 'the contact email alone');
    assert.doesNotMatch(mail.html, /tel:/);
  });
});

describe('leaving in one click from a mail', () => {
  test('the mails carry a leave link and RFC 8058 headers whose POST leaves the line; a GET changes nothing', async () => {
    const { classId } = await fullClass();
    const entry = await join(classId, 'wlm-unsub');
    assert.equal(entry.status, 201);
    await t.runJobs();
    const [joined] = smtp.to('wlm-unsub@example.test');
    assert.ok(joined, 'the joined mail went out');
    const leavePage = `http://slotwise.test/waitlist/${entry.body.token}/leave`;
    assert.ok(joined.text.includes(leavePage), joined.text);
    assert.ok(joined.html.includes(leavePage));
    assert.equal(joined.headers['list-unsubscribe-post'], 'List-Unsubscribe=One-Click');
    const target = /^<(https?:\/\/[^>]+)>$/.exec(joined.headers['list-unsubscribe'] ?? '')?.[1];
    assert.ok(target, `List-Unsubscribe: ${joined.headers['list-unsubscribe']}`);
    const { pathname } = new URL(target);
    assert.equal(pathname, `/api/v1/waitlist/${entry.body.token}/leave`);

    // What a mail scanner does with links: fetch them. Nothing changes.
    assert.equal((await t.client().get(`/api/v1/waitlist/${entry.body.token}`)).status, 200);
    assert.equal(await statusOf(entry.body.id), 'waiting');

    // What a mail program does with the header: a form POST, no cookie, no CSRF token.
    const posted = await t.app.inject({
      method: 'POST',
      url: pathname,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'List-Unsubscribe=One-Click',
    });
    assert.equal(posted.statusCode, 200, posted.body);
    assert.equal(JSON.parse(posted.body).status, 'left');
    assert.equal(await statusOf(entry.body.id), 'left');
    const [audit] = await queryRows<{ n: number }>(
      t.database.db,
      sql`SELECT count(*)::int AS n FROM audit_log WHERE entity_id = ${entry.body.id} AND action = 'waitlist.left'`,
    );
    assert.equal(audit?.n, 1);
    // Again (a mail program retrying): the same answer, nothing new.
    const again = await t.app.inject({
      method: 'POST',
      url: pathname,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'List-Unsubscribe=One-Click',
    });
    assert.equal(again.statusCode, 200);
    assert.equal(JSON.parse(again.body).status, 'left');
  });

  test('the offer mail has them too; a bad token is a 404 and a form elsewhere is still refused', async () => {
    const { classId, bookingId } = await fullClass();
    const entry = await join(classId, 'wlm-unsub-offer');
    await (await t.admin()).post(`/api/v1/bookings/${bookingId}/cancel`, {});
    await t.runJobs();
    const offer = smtp.to('wlm-unsub-offer@example.test').find((m) => /spot is free/.test(m.subject));
    assert.ok(offer);
    assert.ok(offer.text.includes(`/waitlist/${entry.body.token}/leave`));
    assert.equal(offer.headers['list-unsubscribe-post'], 'List-Unsubscribe=One-Click');
    assert.ok(offer.headers['list-unsubscribe']?.includes(`/api/v1/waitlist/${entry.body.token}/leave`));

    const bad = await t.app.inject({
      method: 'POST',
      url: `/api/v1/waitlist/${'x'.repeat(40)}/leave`,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'List-Unsubscribe=One-Click',
    });
    assert.equal(bad.statusCode, 404);
    assert.equal(JSON.parse(bad.body).error.code, 'waitlist_entry_not_found');
    // Form bodies are for this route only.
    const elsewhere = await t.app.inject({
      method: 'POST',
      url: `/api/v1/classes/${classId}/waitlist`,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'name=x',
    });
    assert.equal(elsewhere.statusCode, 415);
    assert.equal(await statusOf(entry.body.id), 'offered');
  });
});

describe('a staff move of a booking into a class keeps the line', () => {
  async function bookingIn(title: string, who: string) {
    const admin = await t.admin();
    const created = await admin.post('/api/v1/classes', classInput({ maxSpots: 5, title }, t.clock.now()));
    const booked = await t
      .client()
      .post('/api/v1/bookings', { classId: created.body.id, guest: { name: who, email: `${who}@example.test` } });
    assert.equal(booked.status, 201, JSON.stringify(booked.body));
    return { classId: created.body.id as string, bookingId: booked.body.booking.id as string };
  }

  async function where(bookingId: string) {
    const [row] = await queryRows<{ class_id: string }>(
      t.database.db,
      sql`SELECT class_id FROM bookings WHERE id = ${bookingId}`,
    );
    return row?.class_id;
  }

  async function taken(classId: string) {
    const [row] = await queryRows<{ taken: number }>(
      t.database.db,
      sql`SELECT spots_taken AS taken FROM classes WHERE id = ${classId}`,
    );
    return row?.taken;
  }

  test('into a class with someone waiting and no offer for this customer: 409 capacity_full, nothing moved', async () => {
    const admin = await t.admin();
    const target = await fullClass({ title: 'Move target' });
    await join(target.classId, 'wlm-move-waiter');
    const mover = await bookingIn('Move source', 'wlm-mover');
    const refused = await admin.post(`/api/v1/bookings/${mover.bookingId}/reschedule`, { classId: target.classId });
    assert.equal(refused.status, 409, JSON.stringify(refused.body));
    assert.equal(refused.body.error.code, 'capacity_full');
    assert.equal(await where(mover.bookingId), mover.classId);

    // A spot frees: it is offered to the one waiting, so a move is still refused.
    assert.equal((await admin.post(`/api/v1/bookings/${target.bookingId}/cancel`, {})).status, 200);
    const still = await admin.post(`/api/v1/bookings/${mover.bookingId}/reschedule`, { classId: target.classId });
    assert.equal(still.status, 409);
    assert.equal(still.body.error.code, 'capacity_full');
    assert.equal(await where(mover.bookingId), mover.classId);
    assert.equal(await taken(target.classId), 1, 'the offer’s hold');
  });

  test('the line is kept by the database, even where the spots would allow it, and as for a walk-in', async () => {
    const admin = await t.admin();
    // Someone waits for a class that has room: a moment that only lasts until a commit, made to last here
    // so that the spots cannot be what refuses.
    const roomy = await admin.post('/api/v1/classes', classInput({ maxSpots: 3, title: 'Roomy' }, t.clock.now()));
    const classId = roomy.body.id as string;
    const elsewhere = await fullClass({ title: 'Roomy elsewhere' });
    assert.equal((await join(elsewhere.classId, 'wlm-roomy-waiter')).status, 201);
    const [someone] = await queryRows<{ id: string; org_id: string }>(
      t.database.db,
      sql`SELECT id, org_id FROM customers WHERE email = 'wlm-roomy-waiter@example.test'`,
    );
    assert.ok(someone);
    await t.database.db.execute(sql`
      INSERT INTO waitlist_entries (org_id, class_id, customer_id, joined_at)
      VALUES (${someone.org_id}, ${classId}, ${someone.id}, now())`);

    const mover = await bookingIn('Roomy source', 'wlm-roomy-mover');
    const refused = await admin.post(`/api/v1/bookings/${mover.bookingId}/reschedule`, { classId });
    assert.equal(refused.status, 409, JSON.stringify(refused.body));
    assert.equal(refused.body.error.code, 'capacity_full');
    assert.equal(await where(mover.bookingId), mover.classId);
    await assert.rejects(
      t.database.db.execute(sql`UPDATE bookings SET class_id = ${classId} WHERE id = ${mover.bookingId}`),
      (error) => violatedConstraint(error) === 'waitlist_first_in_line',
    );
    // A walk-in booked by staff keeps the line too (0023's insert guard: no exception for staff).
    const walkIn = await admin.post('/api/v1/bookings', {
      classId,
      paymentMethod: 'venue',
      guest: guest('wlm-roomy-walkin'),
    });
    assert.equal(walkIn.status, 409, JSON.stringify(walkIn.body));
    assert.equal(walkIn.body.error.code, 'capacity_full');
    assert.equal(await taken(classId), 0);
  });

  test('a customer who holds the class’s offer is moved into the spot kept for them; the entry is claimed', async () => {
    const admin = await t.admin();
    const target = await fullClass({ title: 'Offer target' });
    const mover = await bookingIn('Offer source', 'wlm-offered-mover');
    const entry = await join(target.classId, 'wlm-offered-mover');
    assert.equal(entry.status, 201, JSON.stringify(entry.body));
    await join(target.classId, 'wlm-offered-next');
    assert.equal((await admin.post(`/api/v1/bookings/${target.bookingId}/cancel`, {})).status, 200);
    assert.equal(await statusOf(entry.body.id), 'offered');

    const moved = await admin.post(`/api/v1/bookings/${mover.bookingId}/reschedule`, { classId: target.classId });
    assert.equal(moved.status, 200, JSON.stringify(moved.body));
    assert.equal(moved.body.class.id, target.classId);
    assert.equal(await statusOf(entry.body.id), 'claimed');
    const [held] = await queryRows<{ n: number }>(
      t.database.db,
      sql`SELECT count(*)::int AS n FROM holds WHERE class_id = ${target.classId}`,
    );
    assert.equal(held?.n, 0, 'the offer’s hold was given back for the booking');
    assert.equal(await taken(target.classId), 1);
    // The spot it left in its old class is free again (nobody waits there).
    assert.equal(await taken(mover.classId), 0);
  });
});

describe('a class at a location in another zone than the organisation’s', () => {
  test('its answers, its booking, its waitlist and their mails read the time in the location’s zone', async () => {
    const admin = await t.admin();
    const location = await admin.post('/api/v1/locations', { name: 'Studio NYC', timeZone: 'America/New_York' });
    assert.equal(location.status, 201, JSON.stringify(location.body));
    const created = await admin.post(
      '/api/v1/classes',
      classInput({ maxSpots: 1, title: 'Brooklyn Flow', locationId: location.body.id }, t.clock.now()),
    );
    assert.equal(created.status, 201, JSON.stringify(created.body));
    const classId = created.body.id as string;
    const startsAt = new Date(created.body.startsAt);
    const offsetIn = (zone: string) =>
      new Intl.DateTimeFormat('en', { timeZone: zone, timeZoneName: 'longOffset' })
        .formatToParts(startsAt)
        .find((part) => part.type === 'timeZoneName')
        ?.value.replace('GMT', '');
    const newYork = offsetIn('America/New_York');
    assert.ok(newYork && newYork !== offsetIn('Europe/Stockholm'));
    assert.equal(created.body.timeZone, 'America/New_York');
    assert.ok(created.body.startsAtLocal.endsWith(newYork), created.body.startsAtLocal);

    const shown = await t.client().get(`/api/v1/classes/${classId}`);
    assert.equal(shown.body.timeZone, 'America/New_York');
    const listed = await t.client().get(`/api/v1/classes?locationId=${location.body.id}`);
    assert.equal(listed.status, 200, JSON.stringify(listed.body));
    const rows: { id: string; timeZone: string; startsAtLocal: string }[] = Array.isArray(listed.body)
      ? listed.body
      : listed.body.classes;
    const inList = rows.find((c) => c.id === classId);
    assert.equal(inList?.timeZone, 'America/New_York');
    assert.ok(inList?.startsAtLocal.endsWith(newYork));

    const booked = await t.client().post('/api/v1/bookings', {
      classId,
      guest: { name: 'Nia', email: 'wlm-nyc-booker@example.test' },
    });
    assert.equal(booked.status, 201, JSON.stringify(booked.body));
    assert.equal(booked.body.booking.timeZone, 'America/New_York');
    assert.ok(booked.body.booking.startsAtLocal.endsWith(newYork));
    assert.equal(booked.body.booking.class.timeZone, 'America/New_York');

    const entry = await join(classId, 'wlm-nyc-waiter');
    assert.equal(entry.status, 201, JSON.stringify(entry.body));
    assert.equal(entry.body.class.timeZone, 'America/New_York');
    await t.runJobs();
    const wall = wallTime(startsAt, 'America/New_York');
    assert.notEqual(wall, wallTime(startsAt, 'Europe/Stockholm'));
    const confirmation = smtp.to('wlm-nyc-booker@example.test')[0];
    assert.ok(confirmation, 'the confirmation went out');
    assert.ok(confirmation.text.includes(wall), confirmation.text);
    const joinedMail = smtp.to('wlm-nyc-waiter@example.test')[0];
    assert.ok(joinedMail);
    assert.ok(joinedMail.text.includes(wall), joinedMail.text);
    assert.ok(!joinedMail.text.includes(wallTime(startsAt, 'Europe/Stockholm')));
  });
});
