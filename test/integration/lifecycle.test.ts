// The booking lifecycle after confirmation: check-in, completed, no-show — for class bookings and
// appointments alike, staff only, every refusal with its code and nothing written.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { transitionBooking } from '../../src/modules/bookings/bookings.lifecycle.ts';
import { systemContext } from '../../src/platform/context.ts';
import { queryRows, transaction } from '../../src/platform/db.ts';
import { DomainError } from '../../src/platform/errors.ts';
import { type Client, type TestApp, classInput, guest, startTestApp } from '../support/app.ts';

let t: TestApp;
let admin: Client;
let staff: Client;
let webhookId: string;
before(async () => {
  t = await startTestApp();
  admin = await t.admin();
  staff = t.client();
  const signedUp = await staff.signUp('sam.staff@example.test', 'Sam Staff');
  await admin.patch(`/api/v1/users/${signedUp.body.user.id}`, { role: 'staff' });
  await staff.signIn('sam.staff@example.test', 'customer-password-1');
  // Subscribed to the three lifecycle events: each change shows up as a delivery from its commit.
  const endpoint = await admin.post('/api/v1/webhooks', {
    url: 'https://hooks.example.test/lifecycle',
    events: ['booking.checked_in', 'booking.completed', 'booking.no_show'],
  });
  assert.equal(endpoint.status, 201, JSON.stringify(endpoint.body));
  webhookId = endpoint.body.id;
});
after(() => t.close());

interface Row {
  status: string;
  checked_in_at: Date | null;
  finished_at: Date | null;
}

const row = async (bookingId: string): Promise<Row> => {
  const [found] = await queryRows<Row>(
    t.database.db,
    sql`SELECT status, checked_in_at, finished_at FROM bookings WHERE id = ${bookingId}`,
  );
  assert.ok(found, `booking ${bookingId} exists`);
  return found;
};

const auditActions = async (bookingId: string): Promise<string[]> => {
  const rows = await queryRows<{ action: string }>(
    t.database.db,
    sql`SELECT action FROM audit_log WHERE entity_id = ${bookingId} ORDER BY id`,
  );
  return rows.map((r) => r.action);
};

/** The webhook events raised for a booking, in order, with the status their payload shows. */
const events = async (bookingId: string): Promise<string[]> => {
  const rows = await queryRows<{ event_type: string; status: string }>(
    t.database.db,
    sql`SELECT event_type, payload->'data'->'booking'->>'status' AS status FROM webhook_deliveries
        WHERE endpoint_id = ${webhookId} AND payload->'data'->'booking'->>'id' = ${bookingId}
        ORDER BY created_at, id`,
  );
  return rows.map((r) => `${r.event_type}:${r.status}`);
};

let classCount = 0;
/** A confirmed guest booking in a new class starting `startsInMs` from now (default a week). */
async function classBooking(startsInMs = 7 * 24 * 3600_000) {
  const now = t.clock.now();
  const start = new Date(Math.floor((now.getTime() + startsInMs) / 60_000) * 60_000);
  const cls = await admin.post(
    '/api/v1/classes',
    classInput({ startsAt: start.toISOString(), endsAt: new Date(start.getTime() + 3600_000).toISOString() }, now),
  );
  assert.equal(cls.status, 201, JSON.stringify(cls.body));
  const booked = await t.client().post('/api/v1/bookings', { classId: cls.body.id, guest: guest(`lc${++classCount}`) });
  assert.equal(booked.status, 201, JSON.stringify(booked.body));
  assert.equal(booked.body.booking.status, 'confirmed');
  return { classId: cls.body.id as string, bookingId: booked.body.booking.id as string, start };
}

const mark = (client: Client, bookingId: string, action: 'check-in' | 'complete' | 'no-show') =>
  client.post(`/api/v1/bookings/${bookingId}/${action}`, {});

describe('class bookings', () => {
  test('check-in, then complete: each sets its time, is audited and raises its event; repeats are no-ops', async () => {
    const { bookingId, start } = await classBooking();
    const checkedIn = await mark(staff, bookingId, 'check-in');
    assert.equal(checkedIn.status, 200, JSON.stringify(checkedIn.body));
    assert.equal(checkedIn.body.id, bookingId);
    assert.equal(checkedIn.body.status, 'in_progress');
    assert.ok(checkedIn.body.checkedInAt);
    assert.equal(checkedIn.body.finishedAt, null);
    const afterCheckIn = await row(bookingId);
    assert.equal(afterCheckIn.status, 'in_progress');
    assert.ok(afterCheckIn.checked_in_at, 'checked_in_at is set');
    assert.equal(afterCheckIn.finished_at, null);

    const again = await mark(staff, bookingId, 'check-in');
    assert.equal(again.status, 200, 'checking in twice is a no-op');
    assert.equal(again.body.status, 'in_progress');
    assert.deepEqual(await row(bookingId), afterCheckIn, 'the repeat wrote nothing');

    t.clock.set(new Date(start.getTime() + 50 * 60_000));
    try {
      const completed = await mark(admin, bookingId, 'complete');
      assert.equal(completed.status, 200);
      assert.equal(completed.body.status, 'completed');
      assert.ok(completed.body.finishedAt);
      assert.equal(completed.body.checkedInAt, checkedIn.body.checkedInAt);
      const done = await row(bookingId);
      assert.ok(done.finished_at, 'finished_at is set');
      assert.deepEqual(done.checked_in_at, afterCheckIn.checked_in_at, 'the check-in time stays');
      assert.equal((await mark(staff, bookingId, 'complete')).status, 200, 'completing twice is a no-op');
    } finally {
      t.clock.set(new Date());
    }

    assert.deepEqual(await auditActions(bookingId), ['booking.created', 'booking.checked_in', 'booking.completed']);
    assert.deepEqual(await events(bookingId), ['booking.checked_in:in_progress', 'booking.completed:completed']);
  });

  test('a confirmed booking can be completed without a check-in, once it has started', async () => {
    const { bookingId, start } = await classBooking(3600_000);
    t.clock.set(start);
    try {
      const completed = await mark(staff, bookingId, 'complete');
      assert.equal(completed.status, 200);
      assert.equal(completed.body.status, 'completed');
      const done = await row(bookingId);
      assert.equal(done.checked_in_at, null);
      assert.ok(done.finished_at);
    } finally {
      t.clock.set(new Date());
    }
  });

  test('nothing is completed before it starts, checked in or not: 409 booking_not_started, nothing written', async () => {
    const { bookingId: confirmed } = await classBooking(3600_000);
    const { bookingId: checkedIn } = await classBooking(3600_000);
    assert.equal((await mark(staff, checkedIn, 'check-in')).status, 200, 'checking in early is allowed');
    for (const [bookingId, status] of [
      [confirmed, 'confirmed'],
      [checkedIn, 'in_progress'],
    ] as const) {
      const before = await row(bookingId);
      const refused = await mark(staff, bookingId, 'complete');
      assert.equal(refused.status, 409, JSON.stringify(refused.body));
      assert.equal(refused.body.error.code, 'booking_not_started');
      assert.match(refused.body.error.message, /not started yet/);
      assert.deepEqual(await row(bookingId), before, `the ${status} booking is as it was`);
      assert.equal(before.status, status);
    }
    assert.deepEqual(await auditActions(confirmed), ['booking.created']);
    assert.deepEqual(await events(confirmed), []);
    assert.deepEqual(await events(checkedIn), ['booking.checked_in:in_progress']);
  });

  test('a no-show only once the class has started; then it is final', async () => {
    const { bookingId, start } = await classBooking(3600_000);
    const early = await mark(staff, bookingId, 'no-show');
    assert.equal(early.status, 409);
    assert.equal(early.body.error.code, 'booking_not_started');
    assert.equal((await row(bookingId)).status, 'confirmed', 'nothing written');

    t.clock.set(new Date(start.getTime() + 5 * 60_000));
    try {
      const noShow = await mark(staff, bookingId, 'no-show');
      assert.equal(noShow.status, 200, JSON.stringify(noShow.body));
      assert.equal(noShow.body.status, 'no_show');
      const marked = await row(bookingId);
      assert.ok(marked.finished_at, 'finished_at is set');
      assert.equal(marked.checked_in_at, null);
      assert.equal((await mark(staff, bookingId, 'no-show')).status, 200, 'a repeat is a no-op');

      for (const action of ['check-in', 'complete'] as const) {
        const refused = await mark(staff, bookingId, action);
        assert.equal(refused.status, 409, action);
        assert.equal(refused.body.error.code, 'invalid_transition');
        assert.deepEqual(refused.body.error.details, {
          from: 'no_show',
          to: action === 'check-in' ? 'in_progress' : 'completed',
        });
      }
      assert.deepEqual(await row(bookingId), marked, 'the refusals wrote nothing');
      assert.deepEqual(await auditActions(bookingId), ['booking.created', 'booking.no_show']);
      assert.deepEqual(await events(bookingId), ['booking.no_show:no_show']);
    } finally {
      t.clock.set(new Date());
    }
  });

  test('someone who checked in cannot be a no-show, and a completed booking cannot go back', async () => {
    const { bookingId, start } = await classBooking(60_000);
    t.clock.set(new Date(start.getTime() + 60_000));
    try {
      assert.equal((await mark(staff, bookingId, 'check-in')).status, 200);
      const noShow = await mark(staff, bookingId, 'no-show');
      assert.equal(noShow.status, 409);
      assert.equal(noShow.body.error.code, 'invalid_transition');
      assert.equal((await mark(staff, bookingId, 'complete')).status, 200);
      for (const action of ['check-in', 'no-show'] as const) {
        const refused = await mark(staff, bookingId, action);
        assert.equal(refused.status, 409, action);
        assert.equal(refused.body.error.code, 'invalid_transition');
      }
      assert.equal((await row(bookingId)).status, 'completed');
    } finally {
      t.clock.set(new Date());
    }
  });

  test('a cancelled or a pending (unpaid) booking cannot be marked', async () => {
    const { bookingId } = await classBooking();
    assert.equal((await admin.post(`/api/v1/bookings/${bookingId}/cancel`, {})).status, 200);
    await admin.patch('/api/v1/organisation', { paymentMethods: ['venue', 'swish'], swishNumber: '123 456 78 90' });
    const cls = await admin.post('/api/v1/classes', classInput({ title: 'Paid' }, t.clock.now()));
    const pending = await t
      .client()
      .post('/api/v1/bookings', { classId: cls.body.id, guest: guest('lc-swish'), paymentMethod: 'swish' });
    assert.equal(pending.status, 201, JSON.stringify(pending.body));
    assert.equal(pending.body.booking.status, 'pending');
    for (const [id, status] of [
      [bookingId, 'cancelled'],
      [pending.body.booking.id, 'pending'],
    ] as const) {
      for (const action of ['check-in', 'complete', 'no-show'] as const) {
        const refused = await mark(staff, id, action);
        assert.equal(refused.status, 409, `${action} from ${status}`);
        assert.equal(refused.body.error.code, 'invalid_transition');
        assert.equal(refused.body.error.details.from, status);
      }
      assert.equal((await row(id)).status, status);
      assert.deepEqual(await events(id), []);
    }
  });

  test('staff only: 401 signed out, 403 for the customer, 404 for an unknown booking or another organisation', async () => {
    const customer = t.client();
    await customer.signUp('lc.customer@example.test', 'Cleo Customer');
    const cls = await admin.post('/api/v1/classes', classInput({ title: 'Own' }, t.clock.now()));
    const own = await customer.post('/api/v1/bookings', { classId: cls.body.id });
    assert.equal(own.status, 201);
    const bookingId = own.body.booking.id;
    for (const action of ['check-in', 'complete', 'no-show'] as const) {
      const anonymous = await mark(t.client(), bookingId, action);
      assert.equal(anonymous.status, 401);
      assert.equal(anonymous.body.error.code, 'unauthenticated');
      const refused = await mark(customer, bookingId, action);
      assert.equal(refused.status, 403, 'not even on their own booking');
      assert.equal(refused.body.error.code, 'forbidden');
      const unknown = await mark(staff, randomUUID(), action);
      assert.equal(unknown.status, 404);
      assert.equal(unknown.body.error.code, 'booking_not_found');
    }
    await t.createOrg('lc-other', 'admin@lc-other.test');
    const otherAdmin = t.client('lc-other');
    await otherAdmin.signIn('admin@lc-other.test', 'admin-password-1');
    const foreign = await mark(otherAdmin, bookingId, 'check-in');
    assert.equal(foreign.status, 404);
    assert.equal(foreign.body.error.code, 'booking_not_found');
    assert.equal((await row(bookingId)).status, 'confirmed');
    assert.deepEqual(await auditActions(bookingId), ['booking.created']);
  });

  test('a body with unknown fields is refused', async () => {
    const { bookingId } = await classBooking();
    const refused = await staff.post(`/api/v1/bookings/${bookingId}/check-in`, { status: 'completed' });
    assert.equal(refused.status, 400);
    assert.equal(refused.body.error.code, 'validation_failed');
    assert.equal((await row(bookingId)).status, 'confirmed');
  });
});

/** A confirmed appointment, written as the booking path writes it (the lead's booking API is separate). */
async function appointment(startsInMs: number) {
  const provider = await admin.post('/api/v1/providers', { name: 'Petra', bio: 'Therapist' });
  assert.equal(provider.status, 201, JSON.stringify(provider.body));
  const service = await admin.post('/api/v1/services', {
    name: 'Session',
    durationMinutes: 50,
    bufferBeforeMinutes: 5,
    bufferAfterMinutes: 10,
    price: { amount: 90000 },
    where: { mode: 'remote' },
  });
  assert.equal(service.status, 201, JSON.stringify(service.body));
  const start = new Date(Math.floor((t.clock.now().getTime() + startsInMs) / 60_000) * 60_000);
  const end = new Date(start.getTime() + 50 * 60_000);
  const customerId = randomUUID();
  const bookingId = randomUUID();
  await t.database.db.execute(sql`
    INSERT INTO customers (id, org_id, email, name) VALUES (${customerId}, ${t.org.id}, ${`${customerId}@example.test`}, 'Ada Appointment')`);
  await t.database.db.execute(sql`
    INSERT INTO bookings (id, org_id, customer_id, spots, status, price_amount, currency, payment_method, source,
                          service_id, provider_id, starts_at, ends_at, blocked)
    VALUES (${bookingId}, ${t.org.id}, ${customerId}, 1, 'confirmed', 90000, 'SEK', 'venue', 'staff',
            ${service.body.id}, ${provider.body.id}, ${start}, ${end},
            tstzrange(${new Date(start.getTime() - 5 * 60_000)}, ${new Date(end.getTime() + 10 * 60_000)}))`);
  return { bookingId, start };
}

const staffContext = () => ({
  ...systemContext(t.org),
  user: {
    id: randomUUID(),
    email: 'desk@example.test',
    name: 'Desk',
    role: 'staff' as const,
    locale: null,
    sessionId: 'test',
    csrfToken: 'test',
  },
});

describe('appointments', () => {
  test('the same rules hold for an appointment: its own start decides a no-show; the provider time stays taken', async () => {
    const { bookingId, start } = await appointment(2 * 3600_000);
    const mark = (action: 'check_in' | 'complete' | 'no_show', now: Date) =>
      transaction(t.database.db, (tx) => transitionBooking(tx, staffContext(), bookingId, action, now));
    await assert.rejects(
      mark('no_show', t.clock.now()),
      (error: unknown) => error instanceof DomainError && error.code === 'booking_not_started',
    );
    const checkedIn = await mark('check_in', new Date(start.getTime() - 60_000));
    assert.equal(checkedIn.changed, true);
    assert.equal(checkedIn.booking.status, 'in_progress');
    assert.equal((await mark('check_in', start)).changed, false, 'a repeat is a no-op');
    await assert.rejects(
      mark('no_show', new Date(start.getTime() + 60_000)),
      (error: unknown) => error instanceof DomainError && error.code === 'invalid_transition',
    );
    const completed = await mark('complete', new Date(start.getTime() + 50 * 60_000));
    assert.equal(completed.booking.status, 'completed');
    assert.ok(completed.booking.finishedAt);
    const [claim] = await queryRows<{ n: number }>(
      t.database.db,
      sql`SELECT count(*)::int AS n FROM provider_claims WHERE booking_id = ${bookingId} AND expires_at IS NULL`,
    );
    assert.equal(claim?.n, 1, 'a completed appointment keeps its time');
    assert.deepEqual(await auditActions(bookingId), ['booking.checked_in', 'booking.completed']);
  });

  test('a no-show for an appointment that has started, through the API', async () => {
    const { bookingId } = await appointment(-10 * 60_000);
    const noShow = await mark(staff, bookingId, 'no-show');
    assert.equal(noShow.status, 200, JSON.stringify(noShow.body));
    assert.equal(noShow.body.status, 'no_show');
    assert.equal(noShow.body.kind, 'appointment');
    assert.equal(noShow.body.appointment.service.name, 'Session');
    assert.ok(noShow.body.finishedAt);
    assert.equal(noShow.body.checkedInAt, null);
    const marked = await row(bookingId);
    assert.ok(marked.finished_at);
    assert.deepEqual(await events(bookingId), ['booking.no_show:no_show']);
  });
});
