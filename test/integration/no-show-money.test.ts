/**
 * Issue 10's leftovers on no-shows: the fee of a booking not paid yet (at the venue) is what it owes,
 * not its price; and marking a no-show takes its locks in the order every other path takes them
 * (the class, then the booking, then the payment), so that it can race a cancellation and new
 * bookings of the same class without a deadlock.
 */
import assert from 'node:assert/strict';
import { after, afterEach, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { queryRows, transaction } from '../../src/platform/db.ts';
import { type Client, type TestApp, classInput, guest, startTestApp } from '../support/app.ts';
import type { Json } from '../support/json.ts';
import { signal, waitForLockWaiter } from '../support/locks.ts';

let t: TestApp;
let admin: Client;

before(async () => {
  t = await startTestApp();
  admin = await t.admin();
  const settings = await admin.patch('/api/v1/organisation', {
    paymentMethods: ['swish', 'bank_transfer', 'venue'],
    swishNumber: '1234567890',
  });
  assert.equal(settings.status, 200, JSON.stringify(settings.body));
  // The race below books as the admin more often than the per-identity limit lets anyone.
  assert.equal((await admin.patch('/api/v1/rate-limits', { writePerIdentity: 500 })).status, 200);
});
after(() => t.close());
afterEach(async () => {
  for (const policy of (await admin.get('/api/v1/cancellation-policies')).body.policies)
    assert.equal((await admin.delete(`/api/v1/cancellation-policies/${policy.id}`)).status, 204);
});

const PRICE = 20_000;
let guests = 0;

async function newClass(maxSpots = 10): Promise<{ id: string; startsAt: string }> {
  const response = await admin.post(
    '/api/v1/classes',
    classInput({ price: { amount: PRICE }, maxSpots }, t.clock.now()),
  );
  assert.equal(response.status, 201, JSON.stringify(response.body));
  return response.body;
}

/** Staff book a guest at the venue (staff may book a class under way: a walk-in). */
async function bookAtVenue(classId: string): Promise<string> {
  const booked = await admin.post('/api/v1/bookings', {
    classId,
    guest: guest(`noshow-${++guests}`),
    paymentMethod: 'venue',
  });
  assert.equal(booked.status, 201, JSON.stringify(booked.body));
  return booked.body.booking.id;
}

const afterStart = (cls: { startsAt: string }) => t.clock.set(new Date(new Date(cls.startsAt).getTime() + 60_000));

describe('a no-show at the venue', () => {
  test('owes the fee of its policy, not the price, and pays it through the balance path', async () => {
    const cls = await newClass();
    const withoutFee = await bookAtVenue(cls.id);
    const withFee = await bookAtVenue(cls.id);
    afterStart(cls);
    // No fee named: the booking owes its price, as before fees existed.
    const plain = await admin.post(`/api/v1/bookings/${withoutFee}/no-show`, {});
    assert.equal(plain.status, 200, JSON.stringify(plain.body));
    assert.equal(plain.body.due.amount, PRICE);

    const policy = await admin.request('PUT', '/api/v1/cancellation-policies', {
      lateAction: 'refuse',
      noShowFee: { kind: 'percent', value: 2500 },
    });
    assert.equal(policy.status, 200, JSON.stringify(policy.body));
    const marked = await admin.post(`/api/v1/bookings/${withFee}/no-show`, {});
    assert.equal(marked.status, 200, JSON.stringify(marked.body));
    assert.deepEqual([marked.body.status, marked.body.due.amount], ['no_show', PRICE / 4]);
    const again = await admin.post(`/api/v1/bookings/${withFee}/no-show`, {});
    assert.equal(again.body.due.amount, PRICE / 4, 'a repeat changes nothing');

    // Staff take the fee at the desk: exactly the fee is asked for, and then nothing is due.
    const desk = await admin.post(`/api/v1/bookings/${withFee}/paid-at-venue`, { expectedAmount: PRICE / 4 });
    assert.equal(desk.status, 200, JSON.stringify(desk.body));
    assert.equal((await admin.get(`/api/v1/bookings/${withFee}`)).body.due.amount, 0);
    const [audit] = await queryRows<{ after: Json }>(
      t.database.db,
      sql`SELECT after FROM audit_log WHERE action = 'booking.no_show_fee' AND entity_id = ${withFee}`,
    );
    assert.equal(audit?.after.owed, PRICE / 4);
  });
});

describe('lock order', () => {
  test('a no-show waits for the class row before it takes the booking, as a cancellation does', async (context) => {
    if (t.database.kind !== 'postgres') {
      context.skip('the embedded database runs one transaction at a time');
      return;
    }
    const cls = await newClass();
    const bookingId = await bookAtVenue(cls.id);
    afterStart(cls);
    const classHeld = signal();
    const look = signal();
    let bookingFree = false;
    // Another transaction holds the class, as a cancellation or a booking of the class does first.
    const holder = transaction(t.database.db, async (tx) => {
      await queryRows(tx, sql`SELECT id FROM classes WHERE id = ${cls.id} FOR UPDATE`);
      classHeld.resolve();
      await look.promise;
      // The old order had the no-show hold the booking by now; in the one order it waits for the class.
      const rows = await queryRows(tx, sql`SELECT id FROM bookings WHERE id = ${bookingId} FOR UPDATE SKIP LOCKED`);
      bookingFree = rows.length === 1;
    });
    await classHeld.promise;
    const noShow = admin.post(`/api/v1/bookings/${bookingId}/no-show`, {});
    const stop = { done: false };
    const first = await Promise.race([
      noShow.then(() => 'the no-show finished' as const),
      waitForLockWaiter(t.database.db, stop).then(() => 'the no-show waits' as const),
    ]);
    stop.done = true;
    look.resolve();
    await holder;
    assert.equal(first, 'the no-show waits');
    assert.equal(bookingFree, true, 'the booking was not locked while the no-show waited for the class');
    const marked = await noShow;
    assert.equal(marked.status, 200, JSON.stringify(marked.body));
    assert.equal(marked.body.status, 'no_show');
  });

  test('no-shows race cancellations and new bookings of the same class: no error, spots and money add up', async () => {
    await admin.request('PUT', '/api/v1/cancellation-policies', {
      lateAction: 'refuse',
      noShowFee: { kind: 'fixed', value: 5_000 },
    });
    const cls = await newClass(30);
    const booked: string[] = [];
    for (let i = 0; i < 8; i++) booked.push(await bookAtVenue(cls.id));
    afterStart(cls);
    const answers = await Promise.all(
      booked.flatMap((id) => [
        admin.post(`/api/v1/bookings/${id}/no-show`, {}),
        admin.post(`/api/v1/bookings/${id}/cancel`, {}),
        admin.post('/api/v1/bookings', { classId: cls.id, guest: guest(`racer-${++guests}`), paymentMethod: 'venue' }),
      ]),
    );
    for (const answer of answers)
      assert.ok([200, 201, 409].includes(answer.status), `${answer.status} ${JSON.stringify(answer.body)}`);
    const views = await Promise.all(booked.map(async (id) => (await admin.get(`/api/v1/bookings/${id}`)).body));
    for (const view of views) {
      assert.ok(['no_show', 'cancelled'].includes(view.status), view.status);
      assert.equal(view.due.amount, view.status === 'no_show' ? 5_000 : 0);
    }
    const [row] = await queryRows<{ taken: number; live: number }>(
      t.database.db,
      sql`SELECT c.spots_taken AS taken,
                 (SELECT coalesce(sum(b.spots), 0)::int FROM bookings b WHERE b.class_id = c.id AND b.status <> 'cancelled') AS live
          FROM classes c WHERE c.id = ${cls.id}`,
    );
    assert.equal(Number(row?.taken), Number(row?.live));
    const report = await admin.get('/api/v1/integrity');
    assert.equal(report.body.clean, true, JSON.stringify(report.body));
  });
});
