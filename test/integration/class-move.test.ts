/**
 * A customer moves their class booking to another class, by account or manage link, until the
 * free-cancellation deadline: priced again at the new class (the difference due, or refunded by
 * card), told by mail, the spot left going to the next in line. Every refusal leaves the booking
 * where it was and both classes' spots as they were.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../src/platform/db.ts';
import { type Client, type TestApp, classInput, guest } from '../support/app.ts';
import { type CardTestApp, startCardTestApp } from '../support/card-app.ts';
import type { Json } from '../support/json.ts';
import { TestSmtpServer } from '../support/smtp.ts';
import type { StripeServer } from '../support/stripe-server.ts';

let card: CardTestApp;
let t: TestApp;
let stripe: StripeServer;
let smtp: TestSmtpServer;
let admin: Client;

before(async () => {
  smtp = await new TestSmtpServer().start();
  card = await startCardTestApp({ smtpUrl: smtp.url });
  ({ t, stripe, admin } = card);
});
after(async () => {
  await card.close();
  await smtp.stop();
});

let made = 0;
/** A class `days` ahead (default a week), each at an hour of its own. */
async function newClass(overrides: Record<string, unknown> = {}, days = 7): Promise<string> {
  made += 1;
  const from = new Date(t.clock.now().getTime() + (days - 7) * 24 * 3600_000 + made * 3600_000);
  const created = await admin.post('/api/v1/classes', classInput({ title: `Class ${made}`, ...overrides }, from));
  assert.equal(created.status, 201, JSON.stringify(created.body));
  return created.body.id;
}

async function bookAsGuest(classId: string, who: string, paymentMethod = 'venue') {
  const booked = await t.client().post('/api/v1/bookings', { classId, guest: guest(who), paymentMethod });
  assert.equal(booked.status, 201, JSON.stringify(booked.body));
  return {
    id: booked.body.booking.id as string,
    token: booked.body.manageToken as string,
    clientSecret: booked.body.payment?.clientSecret as string | undefined,
  };
}

const moveByLink = (token: string, body: Record<string, unknown>) =>
  t.client().post(`/api/v1/manage/${token}/reschedule`, body);

async function spotsTaken(...classIds: string[]): Promise<number[]> {
  const found = await queryRows<{ id: string; spots_taken: number }>(
    t.database.db,
    sql`SELECT id, spots_taken FROM classes WHERE id IN (${sql.join(
      classIds.map((id) => sql`${id}`),
      sql`, `,
    )})`,
  );
  return classIds.map((id) => found.find((row) => row.id === id)?.spots_taken ?? -1);
}

/** Stripe says the card payment succeeded, and its webhook reaches us. */
async function payByCard(clientSecret: string): Promise<string> {
  const intentId = clientSecret.split('_secret_')[0] as string;
  stripe.succeed(intentId);
  await card.postWebhook(stripe.lastEvent('payment_intent.succeeded', intentId));
  return intentId;
}

describe('a customer moves a class booking', () => {
  test('by manage link to a class at the same price: spots follow, the price stays, the mail tells the new time', async () => {
    const from = await newClass();
    const to = await newClass();
    const booked = await bookAsGuest(from, 'cm-same');
    const seen = await t.client().get(`/api/v1/manage/${booked.token}`);
    assert.ok(seen.body.reschedulableUntil, 'a class booking says until when it can be moved');
    assert.equal(seen.body.reschedulableUntil, seen.body.cancellableUntil);

    const moved = await moveByLink(booked.token, { classId: to });
    assert.equal(moved.status, 200, JSON.stringify(moved.body));
    assert.equal(moved.body.class.id, to);
    assert.equal(moved.body.priceChange, null);
    assert.equal(moved.body.price.amount, 15000);
    assert.deepEqual(await spotsTaken(from, to), [0, 1]);

    const [audit] = await queryRows<{ before: Json; after: Json }>(
      t.database.db,
      sql`SELECT before, after FROM audit_log WHERE action = 'booking.rescheduled' AND entity_id = ${booked.id}`,
    );
    assert.deepEqual([audit?.before.classId, audit?.after.classId], [from, to]);
    await t.runJobs();
    await smtp.waitFor(() => smtp.to('guestcm-same@example.test').some((mail) => /moved/i.test(mail.subject)));
  });

  test('to a dearer class: the dry run shows the difference and moves nothing; the move leaves it due', async () => {
    const from = await newClass();
    const to = await newClass({ price: { amount: 20000 } });
    const booked = await bookAsGuest(from, 'cm-dearer');

    const dry = await moveByLink(booked.token, { classId: to, dryRun: true });
    assert.equal(dry.status, 200, JSON.stringify(dry.body));
    assert.deepEqual(dry.body.priceChange, {
      before: { amount: 15000, currency: 'SEK' },
      after: { amount: 20000, currency: 'SEK' },
      difference: { amount: 5000, currency: 'SEK' },
      settlement: 'due',
    });
    assert.deepEqual(await spotsTaken(from, to), [1, 0], 'a dry run moves nothing');

    const stale = await moveByLink(booked.token, { classId: to, expectedTotal: 15000 });
    assert.equal(stale.status, 409, JSON.stringify(stale.body));
    assert.equal(stale.body.error.code, 'price_changed');

    const moved = await moveByLink(booked.token, { classId: to, expectedTotal: 20000 });
    assert.equal(moved.status, 200, JSON.stringify(moved.body));
    assert.deepEqual([moved.body.price.amount, moved.body.due.amount], [20000, 20000]);
    const base = moved.body.pricing.lines.find((line: Json) => line.kind === 'base');
    assert.equal(base?.label, moved.body.class.title, 'the price line names the class moved to');
    assert.deepEqual(await spotsTaken(from, to), [0, 1]);
  });

  test('a promo code goes along to a class it is for, and not to one it is not: its discount is then dropped and the difference due', async () => {
    const from = await newClass();
    const also = await newClass();
    const other = await newClass({ price: { amount: 25000 } });
    const promo = await admin.post('/api/v1/pricing/promo-codes', {
      code: 'THESETWO',
      adjustment: { kind: 'percent', basisPoints: 10000 },
      appliesTo: { kind: 'listed', classIds: [from, also], serviceIds: [] },
    });
    assert.equal(promo.status, 201, JSON.stringify(promo.body));
    const booked = await t
      .client()
      .post('/api/v1/bookings', { classId: from, guest: guest('cm-promo'), promoCode: 'thesetwo' });
    assert.equal(booked.status, 201, JSON.stringify(booked.body));
    assert.equal(booked.body.booking.price.amount, 0);
    const token = booked.body.manageToken as string;

    const along = await moveByLink(token, { classId: also });
    assert.equal(along.status, 200, JSON.stringify(along.body));
    assert.equal(along.body.price.amount, 0, 'the code is for this class too');
    assert.equal(along.body.pricing.promoCode, 'THESETWO');

    const dry = await moveByLink(token, { classId: other, dryRun: true });
    assert.equal(dry.body.priceChange.after.amount, 25000, 'the dry run says what it will cost');
    const away = await moveByLink(token, { classId: other, expectedTotal: 25000 });
    assert.equal(away.status, 200, JSON.stringify(away.body));
    assert.deepEqual([away.body.price.amount, away.body.due.amount], [25000, 25000]);
    assert.equal(away.body.pricing.promoCode, null);
    assert.equal((await admin.get(`/api/v1/pricing/promo-codes/${promo.body.id}`)).body.usesCount, 1);
  });

  test('to a cheaper class, paid by card: the difference is refunded and the booking stays confirmed', async () => {
    const from = await newClass();
    const to = await newClass({ price: { amount: 10000 } });
    const booked = await bookAsGuest(from, 'cm-cheaper', 'card');
    assert.ok(booked.clientSecret, 'a card booking answers with its intent');
    const intentId = await payByCard(booked.clientSecret);

    const moved = await moveByLink(booked.token, { classId: to });
    assert.equal(moved.status, 200, JSON.stringify(moved.body));
    assert.equal(moved.body.priceChange.settlement, 'refund');
    assert.deepEqual([moved.body.price.amount, moved.body.due.amount], [10000, 0]);
    await t.runJobs();
    assert.deepEqual(
      stripe.refunds({ paymentIntent: intentId }).map((refund) => refund.amount),
      [5000],
    );
    assert.equal((await t.client().get(`/api/v1/manage/${booked.token}`)).body.status, 'confirmed');
    const integrity = await admin.get('/api/v1/integrity');
    assert.equal(integrity.body.clean, true, JSON.stringify(integrity.body));
  });

  test('the spot it leaves in a full class is offered to the next in line', async () => {
    const from = await newClass({ maxSpots: 1 });
    const to = await newClass();
    const booked = await bookAsGuest(from, 'cm-leaver');
    const waiting = await t.client().post(`/api/v1/classes/${from}/waitlist`, { guest: guest('cm-waiter') });
    assert.equal(waiting.status, 201, JSON.stringify(waiting.body));

    const moved = await moveByLink(booked.token, { classId: to });
    assert.equal(moved.status, 200, JSON.stringify(moved.body));
    const [entry] = await queryRows<{ status: string }>(
      t.database.db,
      sql`SELECT status FROM waitlist_entries WHERE id = ${waiting.body.id}`,
    );
    assert.equal(entry?.status, 'offered');
  });
});

describe('moves at once', () => {
  test('eight customers moving into a class with three spots left: three move, five are refused, none overbooks', async () => {
    const target = await newClass({ maxSpots: 3 });
    const from = await newClass({ maxSpots: 8 });
    const booked = await Promise.all(Array.from({ length: 8 }, (_, i) => bookAsGuest(from, `cm-rush-${i}`)));
    const answers = await Promise.all(booked.map((one) => moveByLink(one.token, { classId: target })));
    const codes = answers.map((answer) => (answer.status === 200 ? 'moved' : answer.body.error?.code)).sort();
    assert.deepEqual(codes, [...Array(5).fill('capacity_full'), ...Array(3).fill('moved')]);
    assert.deepEqual(await spotsTaken(from, target), [5, 3]);
    const [counted] = await queryRows<{ n: number }>(
      t.database.db,
      sql`SELECT count(*)::int AS n FROM bookings WHERE class_id = ${target} AND status <> 'cancelled'`,
    );
    assert.equal(counted?.n, 3, 'the bookings in the class are the spots it counts');
  });

  test('two customers swapping classes at once both move (the two class locks are taken in one order)', async () => {
    const one = await newClass();
    const other = await newClass();
    const first = await bookAsGuest(one, 'cm-swap-a');
    const second = await bookAsGuest(other, 'cm-swap-b');
    const answers = await Promise.all([
      moveByLink(first.token, { classId: other }),
      moveByLink(second.token, { classId: one }),
    ]);
    assert.deepEqual(
      answers.map((answer) => answer.status),
      [200, 200],
      JSON.stringify(answers.map((answer) => answer.body)),
    );
    assert.deepEqual(await spotsTaken(one, other), [1, 1]);
  });
});

describe('what a customer may not do, and staff may', () => {
  async function assertStayed(bookingId: string, from: string, to: string) {
    const seen = await admin.get(`/api/v1/bookings/${bookingId}`);
    assert.equal(seen.body.class.id, from, 'the booking stayed in its class');
    assert.deepEqual(await spotsTaken(from, to), [1, 0], 'no spot moved');
  }

  test('where the price is paid when booking, a customer cannot move to a dearer class unpaid; staff can', async () => {
    const free = await newClass({ price: { amount: 0 } });
    const cheap = await newClass({ price: { amount: 100 } });
    const dear = await newClass({ price: { amount: 30000 } });
    const fromFree = await bookAsGuest(free, 'cm-free', 'card');
    const fromCheap = await bookAsGuest(cheap, 'cm-cheap', 'card');
    await payByCard(fromCheap.clientSecret as string);
    const methods = (await admin.get('/api/v1/organisation')).body.paymentMethods;
    assert.equal((await admin.patch('/api/v1/organisation', { paymentMethods: ['card'] })).status, 200);
    try {
      for (const [booked, from] of [
        [fromFree, free],
        [fromCheap, cheap],
      ] as const) {
        for (const dryRun of [true, false]) {
          const refused = await moveByLink(booked.token, { classId: dear, dryRun });
          assert.equal(refused.status, 409, JSON.stringify(refused.body));
          assert.equal(refused.body.error.code, 'reschedule_needs_payment');
        }
        await assertStayed(booked.id, from, dear);
      }
      const byStaff = await admin.post(`/api/v1/bookings/${fromCheap.id}/reschedule`, { classId: dear });
      assert.equal(byStaff.status, 200, JSON.stringify(byStaff.body));
      assert.deepEqual([byStaff.body.price.amount, byStaff.body.due.amount], [30000, 29900]);
    } finally {
      assert.equal((await admin.patch('/api/v1/organisation', { paymentMethods: methods })).status, 200);
    }
  });

  test('past the deadline the move is refused, and staff may still make it', async () => {
    const from = await newClass();
    const to = await newClass();
    const booked = await bookAsGuest(from, 'cm-late');
    const startsAt = new Date((await admin.get(`/api/v1/classes/${from}`)).body.startsAt);
    t.clock.set(new Date(startsAt.getTime() - 3600_000));
    try {
      assert.equal((await t.client().get(`/api/v1/manage/${booked.token}`)).body.reschedulableUntil, null);
      const late = await moveByLink(booked.token, { classId: to });
      assert.equal(late.status, 409, JSON.stringify(late.body));
      assert.equal(late.body.error.code, 'reschedule_closed');
      await assertStayed(booked.id, from, to);
      const byStaff = await admin.post(`/api/v1/bookings/${booked.id}/reschedule`, { classId: to });
      assert.equal(byStaff.status, 200, JSON.stringify(byStaff.body));
      assert.deepEqual(await spotsTaken(from, to), [0, 1]);
    } finally {
      t.clock.set(new Date());
    }
  });

  test("the deadline is the booking's policy's: a class type free until 2 hours before moves 12 hours before", async () => {
    const type = await admin.post('/api/v1/class-types', { name: 'Drop-in' });
    assert.equal(type.status, 201, JSON.stringify(type.body));
    const policy = await admin.request('PUT', '/api/v1/cancellation-policies', {
      classTypeId: type.body.id,
      freeHours: 2,
      lateAction: 'refuse',
    });
    assert.equal(policy.status, 200, JSON.stringify(policy.body));
    const from = await newClass({ classTypeId: type.body.id });
    const to = await newClass();
    const booked = await bookAsGuest(from, 'cm-policy');
    const startsAt = new Date((await admin.get(`/api/v1/classes/${from}`)).body.startsAt);
    // Inside the organisation's 24 hours, outside the type's 2.
    t.clock.set(new Date(startsAt.getTime() - 12 * 3600_000));
    try {
      const seen = await t.client().get(`/api/v1/manage/${booked.token}`);
      assert.equal(seen.body.reschedulableUntil, new Date(startsAt.getTime() - 2 * 3600_000).toISOString());
      const moved = await moveByLink(booked.token, { classId: to });
      assert.equal(moved.status, 200, JSON.stringify(moved.body));
      assert.deepEqual(await spotsTaken(from, to), [0, 1]);
    } finally {
      t.clock.set(new Date());
      assert.equal((await admin.delete(`/api/v1/cancellation-policies/${policy.body.id}`)).status, 204);
    }
  });

  test('a class that has started, is cancelled or is full is refused', async () => {
    const from = await newClass();
    const soon = await newClass({}, 1);
    const cancelled = await newClass();
    const full = await newClass({ maxSpots: 1 });
    await bookAsGuest(full, 'cm-full-holder');
    assert.equal((await admin.post(`/api/v1/classes/${cancelled}/cancel`, {})).status, 200);
    const booked = await bookAsGuest(from, 'cm-refused');

    const startsSoon = new Date((await admin.get(`/api/v1/classes/${soon}`)).body.startsAt);
    t.clock.set(new Date(startsSoon.getTime() + 60_000));
    try {
      const started = await moveByLink(booked.token, { classId: soon });
      assert.equal(started.status, 409, JSON.stringify(started.body));
      assert.equal(started.body.error.code, 'class_started');
      await assertStayed(booked.id, from, soon);
    } finally {
      t.clock.set(new Date());
    }
    const toCancelled = await moveByLink(booked.token, { classId: cancelled });
    assert.equal(toCancelled.body.error?.code, 'class_cancelled', JSON.stringify(toCancelled.body));
    const toFull = await moveByLink(booked.token, { classId: full });
    assert.equal(toFull.status, 409, JSON.stringify(toFull.body));
    assert.equal(toFull.body.error.code, 'capacity_full');
    assert.deepEqual(await spotsTaken(from, cancelled, full), [1, 0, 1], 'no spot moved');
  });

  test('a class in another currency or another organisation is refused', async () => {
    const from = await newClass();
    const euro = await newClass({ price: { amount: 1500, currency: 'EUR' } });
    const booked = await bookAsGuest(from, 'cm-currency');
    const otherMoney = await moveByLink(booked.token, { classId: euro });
    assert.equal(otherMoney.status, 409, JSON.stringify(otherMoney.body));
    assert.equal(otherMoney.body.error.code, 'class_currency_differs');
    await assertStayed(booked.id, from, euro);

    await t.createOrg('class-move-elsewhere', 'owner@class-move.test');
    const owner = t.client('class-move-elsewhere');
    await owner.signIn('owner@class-move.test', 'admin-password-1');
    const foreign = await owner.post('/api/v1/classes', classInput({}, t.clock.now()));
    assert.equal(foreign.status, 201, JSON.stringify(foreign.body));
    const elsewhere = await moveByLink(booked.token, { classId: foreign.body.id });
    assert.equal(elsewhere.status, 404, JSON.stringify(elsewhere.body));
    assert.equal(elsewhere.body.error.code, 'class_not_found');
    assert.equal((await admin.get(`/api/v1/bookings/${booked.id}`)).body.class.id, from);
  });

  test("a signed-in customer moves their own booking, never another's", async () => {
    const from = await newClass();
    const to = await newClass();
    const owner = t.client();
    assert.equal((await owner.signUp('cm-owner@example.test')).status, 201);
    const mine = await owner.post('/api/v1/bookings', { classId: from, paymentMethod: 'venue' });
    assert.equal(mine.status, 201, JSON.stringify(mine.body));
    const id = mine.body.booking.id as string;

    const stranger = t.client();
    assert.equal((await stranger.signUp('cm-stranger@example.test')).status, 201);
    const theirs = await stranger.post(`/api/v1/bookings/${id}/reschedule`, { classId: to });
    assert.equal(theirs.status, 404, JSON.stringify(theirs.body));
    assert.equal(theirs.body.error.code, 'booking_not_found');
    await assertStayed(id, from, to);

    const moved = await owner.post(`/api/v1/bookings/${id}/reschedule`, { classId: to });
    assert.equal(moved.status, 200, JSON.stringify(moved.body));
    assert.deepEqual(await spotsTaken(from, to), [0, 1]);
  });
});
