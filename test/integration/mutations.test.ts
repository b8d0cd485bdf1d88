/**
 * Tests written to fail on a specific, plausible mutation of the code (each was tried by hand):
 * the cancellation deadline compared with `>=`, the confirmation job written outside the booking's
 * transaction, the refund CHECK dropped from the database, and an integrity report that always
 * answers "clean".
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../src/platform/db.ts';
import { type Client, type TestApp, TestClock, classInput, startTestApp } from '../support/app.ts';
import { type StripeServer, startStripeServer } from '../support/stripe-server.ts';

/** A clock that stands still unless moved, so that "exactly at the deadline" is exact. */
class FixedClock extends TestClock {
  at = new Date();
  override now = () => new Date(this.at.getTime());
  override set(date: Date | string) {
    this.at = new Date(date);
  }
  override advance(ms: number) {
    this.at = new Date(this.at.getTime() + ms);
  }
}

let t: TestApp;
let stripe: StripeServer;
let admin: Client;
const clock = new FixedClock();

before(async () => {
  stripe = await startStripeServer();
  t = await startTestApp({ stripe, clock });
  admin = await t.admin();
  const settings = await admin.patch('/api/v1/organisation', {
    paymentMethods: ['card', 'swish', 'venue'],
    swishNumber: '123 456 78 90',
  });
  assert.equal(settings.status, 200, JSON.stringify(settings.body));
});
after(async () => {
  await t.close();
  await stripe.close();
});

const db = () => t.database.db;

async function newClass(overrides: Record<string, unknown> = {}) {
  const response = await admin.post(
    '/api/v1/classes',
    classInput({ price: { amount: 20_000 }, ...overrides }, clock.now()),
  );
  assert.equal(response.status, 201, JSON.stringify(response.body));
  return response.body as { id: string; startsAt: string };
}

const book = (classId: string, who: string, paymentMethod: string) =>
  t.client().post('/api/v1/bookings', {
    classId,
    paymentMethod,
    guest: { name: `Guest ${who}`, email: `${who}@mutations.test` },
  });

describe('the cancellation deadline', () => {
  test('a customer may cancel exactly at the deadline, and not one millisecond after', async () => {
    clock.set(new Date());
    const cls = await newClass();
    const atDeadline = await book(cls.id, 'on-time', 'venue');
    const late = await book(cls.id, 'late', 'venue');
    assert.equal(atDeadline.status, 201, JSON.stringify(atDeadline.body));
    assert.equal(late.status, 201, JSON.stringify(late.body));
    // The organisation's default deadline is 24 hours before the start.
    const deadline = new Date(new Date(cls.startsAt).getTime() - 24 * 3600_000);
    try {
      clock.set(deadline);
      const view = await t.client().get(`/api/v1/manage/${atDeadline.body.manageToken}`);
      assert.equal(view.body.cancellableUntil, deadline.toISOString());
      const cancelled = await t.client().post(`/api/v1/manage/${atDeadline.body.manageToken}/cancel`, {});
      assert.equal(cancelled.status, 200, JSON.stringify(cancelled.body));
      assert.equal(cancelled.body.status, 'cancelled');

      clock.set(new Date(deadline.getTime() + 1));
      const lateView = await t.client().get(`/api/v1/manage/${late.body.manageToken}`);
      assert.equal(lateView.body.cancellableUntil, null);
      const refused = await t.client().post(`/api/v1/manage/${late.body.manageToken}/cancel`, {});
      assert.equal(refused.status, 409, JSON.stringify(refused.body));
      assert.equal(refused.body.error.code, 'cancellation_deadline_passed');
    } finally {
      clock.set(new Date());
    }
  });
});

/** Rows written by one transaction carry its id in `xmin`. */
async function xminOf(table: 'bookings' | 'jobs', where: ReturnType<typeof sql>) {
  const rows = await queryRows<{ xmin: string }>(
    db(),
    sql`SELECT xmin::text AS xmin FROM ${sql.raw(table)} WHERE ${where}`,
  );
  assert.equal(rows.length, 1, `one ${table} row`);
  return rows[0]!.xmin;
}

describe('the confirmation mail is written in the same transaction as the booking', () => {
  test('a pay-at-venue booking and its confirmation job share a transaction id', async () => {
    const cls = await newClass();
    const booked = await book(cls.id, 'venue-xmin', 'venue');
    assert.equal(booked.status, 201, JSON.stringify(booked.body));
    const bookingId: string = booked.body.booking.id;
    const bookingXmin = await xminOf('bookings', sql`id = ${bookingId}`);
    const jobXmin = await xminOf('jobs', sql`kind = 'mail.booking_confirmed' AND payload->>'bookingId' = ${bookingId}`);
    assert.equal(jobXmin, bookingXmin);
  });

  test('a card booking confirmed by its webhook and its confirmation job share a transaction id', async () => {
    const cls = await newClass();
    const started = await book(cls.id, 'card-xmin', 'card');
    assert.equal(started.status, 201, JSON.stringify(started.body));
    const intentId: string = started.body.payment.clientSecret.split('_secret_')[0];
    const bookingId: string = started.body.booking.id;
    stripe.succeed(intentId);
    const event = stripe.lastEvent('payment_intent.succeeded', intentId);
    assert.ok(event);
    const { payload, headers } = stripe.signedPayload(event);
    const delivered = await t.app.inject({ method: 'POST', url: '/api/v1/stripe/webhook', headers, payload });
    assert.equal(delivered.statusCode, 200, delivered.body);
    const [booking] = await queryRows<{ status: string }>(
      db(),
      sql`SELECT status FROM bookings WHERE id = ${bookingId}`,
    );
    assert.equal(booking?.status, 'confirmed');
    assert.equal(
      await xminOf('jobs', sql`kind = 'mail.booking_confirmed' AND payload->>'bookingId' = ${bookingId}`),
      await xminOf('bookings', sql`id = ${bookingId}`),
    );
  });
});

/** A paid Swish booking: a succeeded payment and a confirmed booking. */
async function paidSwishBooking(who: string) {
  const cls = await newClass();
  const started = await book(cls.id, who, 'swish');
  assert.equal(started.status, 201, JSON.stringify(started.body));
  const paid = await admin.post(`/api/v1/payments/${started.body.payment.id}/mark-paid`, {});
  assert.equal(paid.status, 200, JSON.stringify(paid.body));
  return { bookingId: started.body.booking.id as string, paymentId: started.body.payment.id as string };
}

function constraintName(error: unknown): string {
  // drizzle wraps the driver's error; the constraint name is in the message of one of them.
  const messages: string[] = [];
  for (let e = error as { message?: string; cause?: unknown } | undefined; e; e = e.cause as typeof e)
    messages.push(String(e.message ?? ''));
  return messages.join(' | ');
}

describe('the database refuses refunding more than was paid, even when the code does not check', () => {
  test('a refund row larger than its payment, inserted in raw SQL, violates payments_refund_limit', async () => {
    const { paymentId } = await paidSwishBooking('check');
    const [payment] = await queryRows<{ org_id: string; amount: number; currency: string }>(
      db(),
      sql`SELECT org_id, amount::int AS amount, currency FROM payments WHERE id = ${paymentId}`,
    );
    assert.ok(payment);
    await assert.rejects(
      queryRows(
        db(),
        sql`INSERT INTO refunds (org_id, payment_id, amount, currency, status, reason)
            VALUES (${payment.org_id}, ${paymentId}, ${payment.amount + 1}, ${payment.currency}, 'pending', 'raw SQL')`,
      ),
      (error) => /payments_refund_limit/.test(constraintName(error)),
    );
    const [after] = await queryRows<{ refunded_amount: number; n: number }>(
      db(),
      sql`SELECT refunded_amount::int AS refunded_amount, (SELECT count(*)::int FROM refunds WHERE payment_id = ${paymentId}) AS n
            FROM payments WHERE id = ${paymentId}`,
    );
    assert.deepEqual(after, { refunded_amount: 0, n: 0 });
  });
});

describe('the integrity report lists each kind of problem', () => {
  async function report() {
    const response = await admin.get('/api/v1/integrity');
    assert.equal(response.status, 200, JSON.stringify(response.body));
    return response.body;
  }

  test('a succeeded payment whose booking was cancelled without a refund', async () => {
    const { bookingId, paymentId } = await paidSwishBooking('orphan');
    await queryRows(
      db(),
      sql`UPDATE bookings SET status = 'cancelled', cancelled_at = now(), cancelled_by = 'staff' WHERE id = ${bookingId}`,
    );
    const body = await report();
    assert.equal(body.clean, false);
    assert.ok(
      body.paymentsWithoutBookingOrRefund.some((p: { paymentId: string }) => p.paymentId === paymentId),
      JSON.stringify(body),
    );
  });

  test('a confirmed card or Swish booking without a succeeded payment', async () => {
    const cls = await newClass();
    const started = await book(cls.id, 'unpaid', 'swish');
    const bookingId: string = started.body.booking.id;
    await queryRows(
      db(),
      sql`UPDATE bookings SET status = 'confirmed', hold_expires_at = NULL WHERE id = ${bookingId}`,
    );
    const body = await report();
    assert.equal(body.clean, false);
    assert.ok(
      body.paidBookingsWithoutPayment.some((b: { bookingId: string }) => b.bookingId === bookingId),
      JSON.stringify(body),
    );
  });

  test('a refund pending for more than an hour', async () => {
    const { paymentId } = await paidSwishBooking('stuck');
    const [refund] = await queryRows<{ id: string }>(
      db(),
      sql`INSERT INTO refunds (org_id, payment_id, amount, currency, status, reason, created_at)
          SELECT org_id, id, 100, currency, 'pending', 'stuck', now() - interval '2 hours' FROM payments WHERE id = ${paymentId}
          RETURNING id`,
    );
    const body = await report();
    assert.equal(body.clean, false);
    assert.ok(
      body.refundsStuckPending.some((r: { refundId: string }) => r.refundId === refund?.id),
      JSON.stringify(body),
    );
  });

  test('a pending booking whose hold ran out and was never released', async () => {
    const cls = await newClass();
    const started = await book(cls.id, 'hold', 'swish');
    const bookingId: string = started.body.booking.id;
    await queryRows(db(), sql`UPDATE bookings SET hold_expires_at = now() - interval '1 hour' WHERE id = ${bookingId}`);
    const body = await report();
    assert.equal(body.clean, false);
    assert.ok(
      body.holdsPastExpiry.some((h: { bookingId: string }) => h.bookingId === bookingId),
      JSON.stringify(body),
    );
  });
});
