import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../src/platform/db.ts';
import { offerExpiry, sweepWaitlists } from '../../src/modules/waitlist/waitlist.service.ts';
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

async function fullClass(maxSpots = 1, overrides: Record<string, unknown> = {}) {
  const admin = await t.admin();
  const created = await admin.post('/api/v1/classes', classInput({ maxSpots, ...overrides }, t.clock.now()));
  assert.equal(created.status, 201);
  const classId = created.body.id as string;
  const bookings: { id: string; token: string }[] = [];
  for (let i = 0; i < maxSpots; i++) {
    const booked = await t.client().post('/api/v1/bookings', { classId, guest: guest(`${classId}-b${i}`) });
    assert.equal(booked.status, 201, JSON.stringify(booked.body));
    bookings.push({ id: booked.body.booking.id, token: booked.body.manageToken });
  }
  return { classId, bookings };
}

const join = (classId: string, who: string) =>
  t.client().post(`/api/v1/classes/${classId}/waitlist`, { guest: { name: who, email: `${who}@example.test` } });

async function entries(classId: string) {
  return queryRows<{ id: string; status: string; hold_id: string | null; held: boolean; expires: string | null }>(
    t.database.db,
    sql`SELECT e.id, e.status, e.hold_id, EXISTS (SELECT 1 FROM holds h WHERE h.id = e.hold_id) AS held,
               e.offer_expires_at::text AS expires
        FROM waitlist_entries e WHERE e.class_id = ${classId} ORDER BY e.position`,
  );
}

async function spots(classId: string) {
  const [row] = await queryRows<{ max: number; taken: number; booked: number }>(
    t.database.db,
    sql`SELECT max_spots AS max, spots_taken AS taken,
               (SELECT count(*)::int FROM bookings WHERE class_id = ${classId} AND status <> 'cancelled') AS booked
        FROM classes WHERE id = ${classId}`,
  );
  assert.ok(row);
  return row;
}

describe('joining the waitlist', () => {
  test('a full class takes a guest and an account in order; the place shows by link and in My bookings', async () => {
    const { classId } = await fullClass(1);
    const first = await join(classId, 'wl-ada');
    assert.equal(first.status, 201, JSON.stringify(first.body));
    assert.equal(first.body.status, 'waiting');
    assert.equal(first.body.place, 1);
    assert.ok(first.body.token);

    const account = t.client();
    assert.equal((await account.signUp('wl-bo@example.test', 'Bo')).status, 201);
    const second = await account.post(`/api/v1/classes/${classId}/waitlist`, {});
    assert.equal(second.status, 201, JSON.stringify(second.body));
    assert.equal(second.body.place, 2);
    const mine = await account.get('/api/v1/me/waitlist');
    assert.equal(mine.status, 200);
    assert.deepEqual(
      mine.body.map((e: { id: string; place: number }) => [e.id, e.place]),
      [[second.body.id, 2]],
    );

    const seen = await t.client().get(`/api/v1/waitlist/${first.body.token}`);
    assert.equal(seen.status, 200);
    assert.equal(seen.body.place, 1);
    assert.equal(seen.body.class.id, classId);
    assert.equal((await t.client().get(`/api/v1/waitlist/${'x'.repeat(65)}`)).status, 404);

    await t.runJobs();
    const [mail] = smtp.to('wl-ada@example.test');
    assert.ok(mail, 'the joined mail went out');
    assert.match(mail.subject, /waitlist/);
    assert.ok(mail.text.includes(`/waitlist/${first.body.token}`));
  });

  test('once per person: a second join is 409 and the database refuses a duplicate', async () => {
    const { classId } = await fullClass(1);
    assert.equal((await join(classId, 'wl-dup')).status, 201);
    const again = await join(classId, 'wl-dup');
    assert.equal(again.status, 409);
    assert.equal(again.body.error.code, 'already_on_waitlist');
    await assert.rejects(
      t.database.db.execute(sql`
        INSERT INTO waitlist_entries (org_id, class_id, customer_id, joined_at)
        SELECT org_id, class_id, customer_id, now() FROM waitlist_entries WHERE class_id = ${classId}`),
    );
  });

  test('a class with room answers 409 waitlist_class_has_room and writes nothing; bad input is a 400', async () => {
    const admin = await t.admin();
    const created = await admin.post('/api/v1/classes', classInput({ maxSpots: 2 }, t.clock.now()));
    const classId = created.body.id as string;
    const response = await join(classId, 'wl-room');
    assert.equal(response.status, 409);
    assert.equal(response.body.error.code, 'waitlist_class_has_room');
    assert.equal((await entries(classId)).length, 0);
    const bad = await t.client().post(`/api/v1/classes/${classId}/waitlist`, { guest: { name: 'x', email: 'nope' } });
    assert.equal(bad.status, 400);
    assert.equal(bad.body.error.code, 'validation_failed');
    const anonymous = await t.client().post(`/api/v1/classes/${classId}/waitlist`, {});
    assert.equal(anonymous.status, 400);
    const missing = await join('00000000-0000-4000-8000-000000000000', 'wl-missing');
    assert.equal(missing.status, 404);
  });
});

describe('offers', () => {
  test('a cancellation offers the spot to the first in line at once, an outsider is refused, the claim books it', async () => {
    const { classId, bookings } = await fullClass(1);
    const first = await join(classId, 'wl-first');
    const second = await join(classId, 'wl-second');
    await t.runJobs();

    const cancelled = await t.client().post(`/api/v1/manage/${bookings[0]?.token}/cancel`, {});
    assert.equal(cancelled.status, 200, JSON.stringify(cancelled.body));
    // Offered in the cancellation's own commit, job runner or not.
    const [offered, waiting] = await entries(classId);
    assert.equal(offered?.status, 'offered');
    assert.equal(offered?.held, true);
    assert.equal(waiting?.status, 'waiting');
    assert.deepEqual(await spots(classId), { max: 1, taken: 1, booked: 0 });

    const outsider = await t.client().post('/api/v1/bookings', { classId, guest: guest('wl-outsider') });
    assert.equal(outsider.status, 409);
    assert.equal(outsider.body.error.code, 'capacity_full');
    const outsiderHold = await t.client().post('/api/v1/holds', { classId, spots: 1 });
    assert.equal(outsiderHold.status, 409);
    // The second in line cannot take it either.
    const early = await t.client().post(`/api/v1/waitlist/${second.body.token}/claim`, {});
    assert.equal(early.status, 409);
    assert.equal(early.body.error.code, 'waitlist_offer_not_open');

    await t.runJobs();
    const seen = await t.client().get(`/api/v1/waitlist/${first.body.token}`);
    assert.equal(seen.body.status, 'offered');
    assert.ok(seen.body.offerExpiresAt);
    const offerMail = smtp.to('wl-first@example.test').find((m) => /spot is free/.test(m.subject));
    assert.ok(offerMail, 'the offer mail went out');
    assert.ok(offerMail.text.includes(`/waitlist/${first.body.token}`));

    const claimed = await t.client().post(`/api/v1/waitlist/${first.body.token}/claim`, {});
    assert.equal(claimed.status, 201, JSON.stringify(claimed.body));
    assert.equal(claimed.body.booking.status, 'confirmed');
    assert.equal(claimed.body.booking.customer.email, 'wl-first@example.test');
    assert.deepEqual(
      (await entries(classId)).map((e) => e.status),
      ['claimed', 'waiting'],
    );
    assert.deepEqual(await spots(classId), { max: 1, taken: 1, booked: 1 });
    const twice = await t.client().post(`/api/v1/waitlist/${first.body.token}/claim`, {});
    assert.equal(twice.status, 409);
  });

  test("an account's offer is claimed by that account signed in, not by whoever has the link", async () => {
    const { classId, bookings } = await fullClass(1);
    const account = t.client();
    assert.equal((await account.signUp('wl-account@example.test', 'Ann Account')).status, 201);
    const entry = await account.post(`/api/v1/classes/${classId}/waitlist`, {});
    assert.equal(entry.status, 201);
    await (await t.admin()).post(`/api/v1/bookings/${bookings[0]?.id}/cancel`, {});
    const anonymous = await t.client().post(`/api/v1/waitlist/${entry.body.token}/claim`, {});
    assert.equal(anonymous.status, 401);
    const other = t.client();
    assert.equal((await other.signUp('wl-other@example.test', 'Otto Other')).status, 201);
    assert.equal((await other.post(`/api/v1/waitlist/${entry.body.token}/claim`, {})).status, 401);
    const claimed = await account.post(`/api/v1/waitlist/${entry.body.token}/claim`, {});
    assert.equal(claimed.status, 201, JSON.stringify(claimed.body));
    assert.equal(claimed.body.booking.customer.email, 'wl-account@example.test');
    assert.deepEqual(
      (await entries(classId)).map((e) => e.status),
      ['claimed'],
    );
  });

  test('an offer that lapses goes to the next in line; a lapsed offer cannot be claimed', async () => {
    const { classId, bookings } = await fullClass(1);
    const first = await join(classId, 'wl-lapse1');
    const second = await join(classId, 'wl-lapse2');
    await (await t.admin()).post(`/api/v1/bookings/${bookings[0]?.id}/cancel`, {});
    await t.runJobs();
    const offer = await t.client().get(`/api/v1/waitlist/${first.body.token}`);
    const expiresAt = new Date(offer.body.offerExpiresAt);
    assert.ok(expiresAt < new Date(offer.body.class.startsAt));

    t.clock.set(new Date(expiresAt.getTime() + 1000));
    await t.runJobs();
    assert.deepEqual(
      (await entries(classId)).map((e) => [e.status, e.held]),
      [
        ['lapsed', false],
        ['offered', true],
      ],
    );
    const late = await t.client().post(`/api/v1/waitlist/${first.body.token}/claim`, {});
    assert.equal(late.status, 409);
    assert.equal(late.body.error.code, 'waitlist_offer_expired');
    const claimed = await t.client().post(`/api/v1/waitlist/${second.body.token}/claim`, {});
    assert.equal(claimed.status, 201, JSON.stringify(claimed.body));
    t.clock.set(new Date());
  });

  test('leaving with an offer passes it on; leaving twice is a no-op', async () => {
    const { classId, bookings } = await fullClass(1);
    const first = await join(classId, 'wl-leave1');
    await join(classId, 'wl-leave2');
    await (await t.admin()).post(`/api/v1/bookings/${bookings[0]?.id}/cancel`, {});
    const left = await t.client().post(`/api/v1/waitlist/${first.body.token}/leave`, {});
    assert.equal(left.status, 200);
    assert.equal(left.body.status, 'left');
    assert.equal((await t.client().post(`/api/v1/waitlist/${first.body.token}/leave`, {})).body.status, 'left');
    assert.deepEqual(
      (await entries(classId)).map((e) => [e.status, e.held]),
      [
        ['left', false],
        ['offered', true],
      ],
    );
    assert.deepEqual(await spots(classId), { max: 1, taken: 1, booked: 0 });
  });

  test('raising the capacity offers the new spots in order; cancelling the class closes the line', async () => {
    const { classId } = await fullClass(1);
    for (const who of ['wl-cap1', 'wl-cap2', 'wl-cap3']) assert.equal((await join(classId, who)).status, 201);
    const admin = await t.admin();
    const raised = await admin.patch(`/api/v1/classes/${classId}`, { maxSpots: 3 });
    assert.equal(raised.status, 200, JSON.stringify(raised.body));
    assert.deepEqual(
      (await entries(classId)).map((e) => e.status),
      ['offered', 'offered', 'waiting'],
    );
    const line = await admin.get(`/api/v1/classes/${classId}/waitlist`);
    assert.equal(line.status, 200);
    assert.deepEqual(
      line.body.map((e: { customer: { email: string }; status: string }) => [e.customer.email, e.status]),
      [
        ['wl-cap1@example.test', 'offered'],
        ['wl-cap2@example.test', 'offered'],
        ['wl-cap3@example.test', 'waiting'],
      ],
    );
    assert.equal((await t.client().get(`/api/v1/classes/${classId}/waitlist`)).status, 401);

    assert.equal((await admin.post(`/api/v1/classes/${classId}/cancel`, {})).status, 200);
    assert.deepEqual(
      (await entries(classId)).map((e) => [e.status, e.held]),
      [
        ['closed', false],
        ['closed', false],
        ['closed', false],
      ],
    );
  });

  test('cancelling the class tells everyone in line, once, and the booked get the message staff wrote', async () => {
    const { classId, bookings } = await fullClass(1, { title: 'Rehab gym' });
    for (const who of ['wl-closed1', 'wl-closed2']) assert.equal((await join(classId, who)).status, 201);
    const admin = await t.admin();
    const cancelled = await admin.post(`/api/v1/classes/${classId}/cancel`, { reason: 'Anna is ill today' });
    assert.equal(cancelled.status, 200, JSON.stringify(cancelled.body));
    await t.runJobs();
    await t.runJobs();
    for (const who of ['wl-closed1', 'wl-closed2']) {
      const mails = smtp.to(`${who}@example.test`).filter((m) => m.subject === 'Cancelled: Rehab gym');
      assert.equal(mails.length, 1, `${who} is told once`);
      assert.match(mails[0]?.text ?? '', /waitlist is closed/);
    }
    const booked = await admin.get(`/api/v1/bookings/${bookings[0]?.id}`);
    const email = booked.body.customer.email as string;
    const mail = smtp.to(email).find((m) => /^Booking cancelled: Rehab gym/.test(m.subject));
    assert.ok(mail, 'the booked customer is told');
    assert.match(mail.text, /writes: “Anna is ill today”/);
  });

  test('a spot freed inside a newcomer’s own booking (a lapsed checkout hold) still goes to the line', async () => {
    const admin = await t.admin();
    const created = await admin.post('/api/v1/classes', classInput({ maxSpots: 1 }, t.clock.now()));
    const classId = created.body.id as string;
    const hold = await t.client().post('/api/v1/holds', { classId, spots: 1 });
    assert.equal(hold.status, 201);
    assert.equal((await join(classId, 'wl-held')).status, 201);

    t.clock.set(new Date(new Date(hold.body.expiresAt).getTime() + 1000));
    const newcomer = await t.client().post('/api/v1/bookings', { classId, guest: guest('wl-newcomer') });
    assert.equal(newcomer.status, 409);
    assert.equal(newcomer.body.error.code, 'capacity_full');
    // The sweep finds the lapsed hold and offers its spot.
    const swept = await sweepWaitlists(t.database.db, t.clock.now());
    assert.equal(swept.offered, 1);
    assert.deepEqual(
      (await entries(classId)).map((e) => e.status),
      ['offered'],
    );
    t.clock.set(new Date());
  });

  test('with no runner the offer is made anyway, and the sweep starts and lapses it', async () => {
    const { classId, bookings } = await fullClass(1);
    await join(classId, 'wl-sweep1');
    await join(classId, 'wl-sweep2');
    await t.runJobs();
    await (await t.admin()).post(`/api/v1/bookings/${bookings[0]?.id}/cancel`, {});
    // The runner is "down": the sweep does the job's work.
    const started = await sweepWaitlists(t.database.db, t.clock.now());
    assert.ok(started.started >= 1);
    const [offered] = await entries(classId);
    assert.ok(offered?.expires);
    t.clock.set(new Date(new Date(offered.expires).getTime() + 1000));
    const lapsed = await sweepWaitlists(t.database.db, t.clock.now());
    assert.ok(lapsed.lapsed >= 1);
    assert.deepEqual(
      (await entries(classId)).map((e) => e.status),
      ['lapsed', 'offered'],
    );
    t.clock.set(new Date());
  });

  test('an entry only moves forward: the database refuses to offer a lapsed entry again', async () => {
    const { classId } = await fullClass(1);
    const entry = await join(classId, 'wl-forward');
    await t.database.db.execute(
      sql`UPDATE waitlist_entries SET status = 'left', ended_at = now() WHERE id = ${entry.body.id}`,
    );
    await assert.rejects(
      t.database.db.execute(
        sql`UPDATE waitlist_entries SET status = 'waiting', ended_at = NULL WHERE id = ${entry.body.id}`,
      ),
    );
  });
});

describe('offer time', () => {
  test('the offer lasts the organisation’s time, but never past half the time left before the class', () => {
    const now = new Date('2026-03-01T10:00:00Z');
    assert.equal(offerExpiry(now, 120, new Date('2026-03-05T10:00:00Z')).toISOString(), '2026-03-01T12:00:00.000Z');
    assert.equal(offerExpiry(now, 120, new Date('2026-03-01T12:00:00Z')).toISOString(), '2026-03-01T11:00:00.000Z');
  });
});
