/**
 * Analytics reconcile with the tables they summarise. A month of business is built through the API —
 * card, Swish, pay at the venue, credits, a credit package; a partial refund, a customer's and a staff
 * cancellation (refunded), a failed card payment, a Swish payment that never came, a no-show, a booking
 * made by staff, a customer who booked before the month — and every figure of every analytics table is
 * compared with sums the test computes itself: plain SQL over payments, refunds, bookings, classes,
 * credit grants and loyalty balances, grouped here by local day with luxon, and hand-worked constants
 * where the scenario fixes the answer (the provider's working time, the credits held).
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { type SQL, sql } from 'drizzle-orm';
import { DateTime } from 'luxon';
import { queryRows } from '../../src/platform/db.ts';
import { type Client, type TestApp, guest, startTestApp } from '../support/app.ts';
import type { Json } from '../support/json.ts';
import { localStart, setupPractice } from '../support/practice.ts';
import { type StripeServer, startStripeServer } from '../support/stripe-server.ts';

const ZONE = 'Europe/Stockholm';
let t: TestApp;
let stripe: StripeServer;
let admin: Client;
const rows = <R>(query: SQL) => queryRows<R>(t.database.db, query);
const today = () => DateTime.now().setZone(ZONE).startOf('day');
const FROM = () => today().toISODate() ?? '';
const TO = () => today().plus({ days: 29 }).toISODate() ?? '';
const period = () => `from=${FROM()}&to=${TO()}`;
/** The period as instants, for the test's own SQL. */
const bounds = () => ({
  lo: today().toJSDate().toISOString(),
  hi: today().plus({ days: 30 }).toJSDate().toISOString(),
});
const localDay = (instant: string | Date) => DateTime.fromJSDate(new Date(instant)).setZone(ZONE).toISODate() ?? '';

let n = 0;
const nextGuest = () => guest(`reconcile-${++n}`);

async function payByCard(clientSecret: string): Promise<void> {
  const intentId = clientSecret.split('_secret_')[0] as string;
  stripe.succeed(intentId);
  await deliver('payment_intent.succeeded', intentId);
}

async function deliver(type: string, intentId: string): Promise<void> {
  const event = stripe.lastEvent(type, intentId);
  assert.ok(event, `the server made a ${type} event`);
  const signed = stripe.signedPayload(event);
  const delivered = await t.app.inject({
    method: 'POST',
    url: '/api/v1/stripe/webhook',
    headers: signed.headers,
    payload: signed.payload,
  });
  assert.equal(delivered.statusCode, 200, delivered.body);
}

async function book(by: Client, body: Record<string, unknown>): Promise<Json> {
  const response = await by.post('/api/v1/bookings', body);
  assert.equal(response.status, 201, JSON.stringify(response.body));
  return response.body;
}

async function newClass(title: string, days: number, time: string, price: number): Promise<{ id: string }> {
  const startsAt = localStart(days, time, ZONE, t.clock.now());
  const response = await admin.post('/api/v1/classes', {
    title,
    startsAt,
    endsAt: new Date(new Date(startsAt).getTime() + 3600_000).toISOString(),
    maxSpots: 5,
    price: { amount: price },
  });
  assert.equal(response.status, 201, JSON.stringify(response.body));
  return response.body;
}

before(async () => {
  stripe = await startStripeServer();
  t = await startTestApp({ stripe });
  admin = await t.admin();
  const settings = await admin.patch('/api/v1/organisation', {
    paymentMethods: ['card', 'swish', 'venue'],
    swishNumber: '123 456 78 90',
  });
  assert.equal(settings.status, 200, JSON.stringify(settings.body));

  // A customer who booked before the month: the clock goes back 40 days for their booking.
  const regular = t.client();
  assert.equal((await regular.signUp('regular@example.test')).status, 201);
  t.clock.set(DateTime.now().minus({ days: 40 }).toJSDate());
  const old = await newClass('Pilates', 3, '10:00', 20_000);
  await book(regular, { classId: old.id, paymentMethod: 'venue' });
  t.clock.set(new Date());

  const pilates2 = await newClass('Pilates', 2, '10:00', 20_000);
  const yoga3 = await newClass('Yoga', 3, '18:00', 15_000);
  const pilates5 = await newClass('Pilates', 5, '10:00', 20_000);
  const yoga12 = await newClass('Yoga', 12, '18:00', 15_000);
  await newClass('Empty', 20, '07:00', 10_000);

  // Pilates in two days: two cards (one partly refunded), the regular by Swish, a no-show at the venue.
  await payByCard(
    (await book(t.client(), { classId: pilates2.id, paymentMethod: 'card', guest: nextGuest() })).payment.clientSecret,
  );
  const partly = await book(t.client(), { classId: pilates2.id, paymentMethod: 'card', guest: nextGuest() });
  await payByCard(partly.payment.clientSecret);
  const refund = await admin.post(`/api/v1/payments/${partly.payment.id}/refunds`, {
    amount: 5_000,
    reason: 'late start',
  });
  assert.equal(refund.status, 201, JSON.stringify(refund.body));
  const swish = await book(regular, { classId: pilates2.id, paymentMethod: 'swish' });
  assert.equal((await admin.post(`/api/v1/payments/${swish.payment.id}/mark-paid`, {})).body.outcome, 'booked');
  const noShow = await book(t.client(), { classId: pilates2.id, paymentMethod: 'venue', guest: nextGuest() });

  // Yoga in three days: credits from a package bought by Swish, the venue, a card booking the customer cancels.
  const member = t.client();
  assert.equal((await member.signUp('member@example.test')).status, 201);
  const pack = await admin.post('/api/v1/packages', {
    name: 'Ten classes',
    credits: 10,
    price: { amount: 150_000 },
    validityDays: 90,
    scope: 'everything',
  });
  assert.equal(pack.status, 201, JSON.stringify(pack.body));
  const bought = await member.post(`/api/v1/packages/${pack.body.id}/purchase`, { paymentMethod: 'swish' });
  assert.equal(bought.status, 201, JSON.stringify(bought.body));
  assert.equal((await admin.post(`/api/v1/payments/${bought.body.payment.id}/mark-paid`, {})).body.outcome, 'credited');
  await book(member, { classId: yoga3.id, paymentMethod: 'credits' });
  await book(member, { classId: pilates5.id, paymentMethod: 'credits' });
  await book(t.client(), { classId: yoga3.id, paymentMethod: 'venue', guest: nextGuest() });
  const cancelled = await book(t.client(), { classId: yoga3.id, paymentMethod: 'card', guest: nextGuest() });
  await payByCard(cancelled.payment.clientSecret);
  const byCustomer = await t.client().post(`/api/v1/manage/${cancelled.manageToken}/cancel`, {});
  assert.equal(byCustomer.status, 200, JSON.stringify(byCustomer.body));

  // Pilates in five days: a Swish payment that never comes, a card that is declined.
  await book(t.client(), { classId: pilates5.id, paymentMethod: 'swish', guest: nextGuest() });
  const declined = await book(t.client(), { classId: pilates5.id, paymentMethod: 'card', guest: nextGuest() });
  const declinedIntent = declined.payment.clientSecret.split('_secret_')[0];
  stripe.fail(declinedIntent);
  await deliver('payment_intent.payment_failed', declinedIntent);
  // The customer does not try again: the hold runs out, and the payment fails with the bank's reason.
  t.clock.set(new Date(Date.now() + 11 * 60_000));
  await t.runJobs();
  t.clock.set(new Date());

  // Yoga in twelve days: booked by staff for a caller.
  await book(admin, { classId: yoga12.id, paymentMethod: 'venue', guest: nextGuest() });

  // Appointments: a card one, a venue one, and one staff cancel.
  const { serviceId } = await setupPractice(admin, { name: 'Massage', service: { price: { amount: 60_000 } } });
  const massage = await book(t.client(), {
    serviceId,
    start: localStart(4, '10:00', ZONE),
    paymentMethod: 'card',
    guest: nextGuest(),
  });
  await payByCard(massage.payment.clientSecret);
  await book(t.client(), {
    serviceId,
    start: localStart(6, '11:00', ZONE),
    paymentMethod: 'venue',
    guest: nextGuest(),
  });
  const toCancel = await book(t.client(), {
    serviceId,
    start: localStart(7, '13:00', ZONE),
    paymentMethod: 'venue',
    guest: nextGuest(),
  });
  const byStaff = await admin.post(`/api/v1/bookings/${toCancel.booking.id}/cancel`, {});
  assert.equal(byStaff.status, 200, JSON.stringify(byStaff.body));

  // The no-show, once the class has begun.
  t.clock.set(new Date(new Date(noShow.booking.startsAt ?? noShow.booking.class.startsAt).getTime() + 60_000));
  const marked = await admin.post(`/api/v1/bookings/${noShow.booking.id}/no-show`, {});
  t.clock.set(new Date());
  assert.equal(marked.status, 200, JSON.stringify(marked.body));

  for (let i = 0; i < 7; i++) await t.client().post('/api/v1/analytics/events', { step: 'page_view' });
  for (let i = 0; i < 3; i++) await t.client().post('/api/v1/analytics/events', { step: 'checkout_started' });
  await t.runJobs();
});
after(async () => {
  await t.close();
  await stripe.close();
});

const read = async (table: string) => {
  const response = await admin.get(`/api/v1/analytics/${table}?${period()}`);
  assert.equal(response.status, 200, JSON.stringify(response.body));
  return response.body.rows as Json[];
};

interface BookingFact {
  kind: 'class' | 'appointment';
  status: string;
  cancelled_by: string | null;
  starts_at: string;
  created_at: string;
  source: string;
  customer_id: string;
  spots: number;
  class_id: string | null;
  started_minutes: string | null;
  provider_id: string | null;
}

const facts = () =>
  rows<BookingFact>(sql`
    SELECT CASE WHEN b.class_id IS NULL THEN 'appointment' ELSE 'class' END AS kind, b.status, b.cancelled_by,
           COALESCE(c.starts_at, b.starts_at) AS starts_at, b.created_at, b.source, b.customer_id, b.spots,
           b.class_id, extract(epoch FROM b.ends_at - b.starts_at) / 60 AS started_minutes, b.provider_id
      FROM bookings b LEFT JOIN classes c ON c.id = b.class_id`);
const live = (status: string) => ['confirmed', 'in_progress', 'completed', 'no_show'].includes(status);
const inMonth = (instant: string) => localDay(instant) >= FROM() && localDay(instant) <= TO();

describe('analytics reconcile with the payments and bookings tables', () => {
  test('bookings per day: by the day each was made; of them, cancelled later and no-shows', async () => {
    const expected = new Map<string, { classes: number; appointments: number; cancelled: number; noShows: number }>();
    const made = (await facts()).filter((f) => !(f.status === 'cancelled' && f.cancelled_by === 'system'));
    for (const f of made.filter((f) => inMonth(f.created_at))) {
      const day = localDay(f.created_at);
      const entry = expected.get(day) ?? { classes: 0, appointments: 0, cancelled: 0, noShows: 0 };
      entry[f.kind === 'class' ? 'classes' : 'appointments'] += 1;
      if (f.status === 'cancelled') entry.cancelled += 1;
      if (f.status === 'no_show') entry.noShows += 1;
      expected.set(day, entry);
    }
    const answer = await read('bookings');
    assert.equal(answer.length, 30);
    const nonZero = answer.filter((r) => r.classes + r.appointments + r.cancelled + r.noShows > 0);
    assert.deepEqual(
      nonZero.map((r) => [
        r.date,
        { classes: r.classes, appointments: r.appointments, cancelled: r.cancelled, noShows: r.noShows },
      ]),
      [...expected.entries()].sort(),
    );
    const sum = (key: string) => answer.reduce((total, r) => total + (r[key] as number), 0);
    // By the scenario, all made today: 4 + 2 + 2 + 1 + 1 class bookings (the cancelled one, the no-show and the
    // Swish still waiting for its money among them; the regular's of 40 days ago and the declined card's not),
    // 3 appointments, the customer's and the staff cancellation, the no-show.
    assert.deepEqual(
      nonZero.map((r) => r.date),
      [FROM()],
    );
    assert.deepEqual([sum('classes'), sum('appointments'), sum('cancelled'), sum('noShows')], [10, 3, 2, 1]);
  });

  test('revenue by method and by item: money in minus money back, as the payment and refund rows say', async () => {
    const { lo, hi } = bounds();
    const money = await rows<{ method: string; gross: string; refunded: string; payments: string }>(sql`
      SELECT p.method,
             (SELECT COALESCE(sum(amount), 0) FROM payments x WHERE x.method = p.method AND x.status = 'succeeded'
                AND x.succeeded_at >= ${lo}::timestamptz AND x.succeeded_at < ${hi}::timestamptz) AS gross,
             (SELECT count(*) FROM payments x WHERE x.method = p.method AND x.status = 'succeeded'
                AND x.succeeded_at >= ${lo}::timestamptz AND x.succeeded_at < ${hi}::timestamptz) AS payments,
             (SELECT COALESCE(sum(r.amount), 0) FROM refunds r JOIN payments x ON x.id = r.payment_id
               WHERE x.method = p.method AND r.status = 'succeeded'
                 AND r.settled_at >= ${lo}::timestamptz AND r.settled_at < ${hi}::timestamptz) AS refunded
        FROM (SELECT DISTINCT method FROM payments) p ORDER BY p.method`);
    const byMethod = await read('revenue-by-method');
    const ours = Object.fromEntries(byMethod.map((r) => [r.method, [r.payments, r.gross, r.refunded, r.net]]));
    const theirs = Object.fromEntries(
      money
        .filter((m) => Number(m.gross) + Number(m.refunded) > 0)
        .map((m) => [
          m.method,
          [Number(m.payments), Number(m.gross), Number(m.refunded), Number(m.gross) - Number(m.refunded)],
        ]),
    );
    assert.deepEqual(ours, theirs);
    // By the scenario: cards 20 000 × 2 + 15 000 + 60 000 in, 5 000 + 15 000 back; Swish 20 000 + the package's 150 000.
    assert.deepEqual(ours.card, [4, 115_000, 20_000, 95_000]);
    assert.deepEqual(ours.swish, [2, 170_000, 0, 170_000]);

    const byItem = await read('revenue-by-item');
    const total = (list: Json[], key: string) => list.reduce((sum, r) => sum + (r[key] as number), 0);
    for (const key of ['payments', 'gross', 'refunded', 'net'])
      assert.equal(total(byItem, key), total(byMethod, key), key);
    const perItem = await rows<{ name: string; net: string }>(sql`
      SELECT COALESCE(c.title, s.name, pk.name) AS name,
             sum(p.amount) - COALESCE(sum((SELECT sum(r.amount) FROM refunds r WHERE r.payment_id = p.id AND r.status = 'succeeded')), 0) AS net
        FROM payments p
        LEFT JOIN bookings b ON b.id = p.booking_id
        LEFT JOIN classes c ON c.id = b.class_id
        LEFT JOIN services s ON s.id = b.service_id
        LEFT JOIN package_purchases pp ON pp.id = p.package_purchase_id
        LEFT JOIN packages pk ON pk.id = pp.package_id
       WHERE p.status = 'succeeded'
       GROUP BY 1`);
    assert.deepEqual(
      Object.fromEntries(byItem.map((r) => [r.name, r.net])),
      Object.fromEntries(perItem.map((r) => [r.name, Number(r.net)])),
    );
    assert.deepEqual(byItem.map((r) => [r.kind, r.name]).sort(), [
      ['class', 'Pilates'],
      ['class', 'Yoga'],
      ['package', 'Ten classes'],
      ['service', 'Massage'],
    ]);

    const csv = await t.app.inject({
      method: 'GET',
      url: `/api/v1/analytics/revenue-by-method/export?${period()}`,
      headers: { cookie: admin.cookie ?? '' },
    });
    const card = csv.body.split('\r\n').find((line) => line.startsWith('Card,'));
    assert.equal(card, 'Card,SEK,4,1150.00,200.00,950.00');
  });

  test('fill rate per class: live spots against spots offered', async () => {
    const classes = await rows<{ id: string; title: string; max_spots: number; starts_at: string }>(
      sql`SELECT id, title, max_spots, starts_at FROM classes WHERE status = 'scheduled' ORDER BY starts_at`,
    );
    const all = await facts();
    const expected = classes
      .filter((c) => inMonth(c.starts_at))
      .map((c) => {
        const booked = all.filter((f) => f.class_id === c.id && live(f.status)).reduce((s, f) => s + f.spots, 0);
        return [c.id, c.title, booked, c.max_spots, booked / c.max_spots];
      });
    const answer = await read('fill-rate');
    assert.deepEqual(
      answer.map((r) => [r.classId, r.title, r.booked, r.spots, r.fillRate]),
      expected,
    );
    assert.deepEqual(
      answer.map((r) => r.booked),
      [4, 2, 1, 1, 0],
      'Pilates, Yoga, Pilates, Yoga, Empty: the cancelled, declined and unpaid ones are not booked',
    );
  });

  test('utilisation per provider: appointment minutes against 09:00–17:00 every day of the 30', async () => {
    const all = await facts();
    const bookedMinutes = all
      .filter((f) => f.kind === 'appointment' && live(f.status) && inMonth(f.starts_at))
      .reduce((sum, f) => sum + Number(f.started_minutes), 0);
    const [row] = await read('utilisation');
    assert.equal(row?.workingMinutes, 30 * 8 * 60);
    assert.equal(row?.bookedMinutes, bookedMinutes);
    assert.equal(bookedMinutes, 120);
    assert.equal(row?.utilisation, 120 / (30 * 8 * 60));
  });

  test('payment success rate: outcomes of the payments started in the month', async () => {
    const counts = await rows<{ method: string; status: string; n: string }>(
      sql`SELECT method, status, count(*) AS n FROM payments GROUP BY 1, 2`,
    );
    const count = (method: string, status?: string) =>
      counts
        .filter((c) => c.method === method && (!status || c.status === status))
        .reduce((s, c) => s + Number(c.n), 0);
    const answer = await read('payments');
    assert.deepEqual(
      answer.map((r) => [r.method, r.started, r.succeeded, r.failed, r.cancelled, r.pending]),
      [...new Set(counts.map((c) => c.method))]
        .sort()
        .map((m) => [
          m,
          count(m),
          count(m, 'succeeded'),
          count(m, 'failed'),
          count(m, 'cancelled'),
          count(m, 'pending'),
        ]),
    );
    const card = answer.find((r) => r.method === 'card');
    assert.equal(card?.failed, 1);
    assert.equal(card?.successRate, 4 / 5);
    const swish = answer.find((r) => r.method === 'swish');
    assert.deepEqual([swish?.succeeded, swish?.pending, swish?.successRate], [2, 1, 1]);
  });

  test('the funnel: counted steps, and bookings made online (not by staff, not checkouts the system ended)', async () => {
    const all = await facts();
    const online = all.filter(
      (f) =>
        inMonth(f.created_at) && f.source !== 'staff' && !(f.status === 'cancelled' && f.cancelled_by === 'system'),
    ).length;
    const answer = await read('funnel');
    const sum = (key: string) => answer.reduce((total, r) => total + (r[key] as number), 0);
    assert.deepEqual([sum('pageViews'), sum('checkoutsStarted'), sum('booked')], [7, 3, online]);
    const todays = answer.find((r) => r.date === FROM());
    assert.deepEqual([todays?.pageViews, todays?.checkoutsStarted, todays?.booked], [7, 3, online]);
  });

  test('new and returning customers', async () => {
    const all = (await facts()).filter((f) => !(f.status === 'cancelled' && f.cancelled_by === 'system'));
    const booked = new Set(all.filter((f) => inMonth(f.created_at)).map((f) => f.customer_id));
    const before = new Set(all.filter((f) => localDay(f.created_at) < FROM()).map((f) => f.customer_id));
    const returning = [...booked].filter((id) => before.has(id)).length;
    const [row] = await read('customers');
    assert.deepEqual(row, { newCustomers: booked.size - returning, returningCustomers: returning });
    assert.equal(returning, 1, 'the regular');
  });

  test('credits and points outstanding', async () => {
    const [held] = await rows<{ credits: string; points: string }>(sql`
      SELECT (SELECT COALESCE(sum(remaining), 0) FROM credit_grants WHERE expires_at IS NULL OR expires_at > now()) AS credits,
             (SELECT COALESCE(sum(balance), 0) FROM loyalty_balances) AS points`);
    const [row] = await read('balances');
    assert.equal(row?.credits, Number(held?.credits));
    assert.equal(row?.credits, 8, 'ten bought, two used');
    assert.equal(row?.creditCustomers, 1);
    assert.equal(row?.points, Number(held?.points));
  });
});
