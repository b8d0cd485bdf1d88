// The class roster (issue 12 "Attendance"): the view, check-in and its undo, a no-show and a late
// cancel with the policy's fees, a walk-in paid at the desk, a message to everyone booked (mails
// received by a local SMTP server) and the CSV — staff only, each refusal with its code.
import assert from 'node:assert/strict';
import { after, afterEach, before, describe, test } from 'node:test';
import { type SQL, sql } from 'drizzle-orm';
import { queryRows } from '../../src/platform/db.ts';
import { type Client, type TestApp, classInput, guest, startTestApp } from '../support/app.ts';
import type { Json } from '../support/json.ts';
import { TestSmtpServer } from '../support/smtp.ts';

let t: TestApp;
let smtp: TestSmtpServer;
let admin: Client;
let staff: Client;

before(async () => {
  smtp = await new TestSmtpServer().start();
  t = await startTestApp({ smtpUrl: smtp.url });
  admin = await t.admin();
  const settings = await admin.patch('/api/v1/organisation', {
    paymentMethods: ['swish', 'venue'],
    swishNumber: '1234567890',
  });
  assert.equal(settings.status, 200, JSON.stringify(settings.body));
  staff = t.client();
  const signedUp = await staff.signUp('rita.roster@example.test', 'Rita Roster');
  await admin.patch(`/api/v1/users/${signedUp.body.user.id}`, { role: 'staff' });
  await staff.signIn('rita.roster@example.test', 'customer-password-1');
});
after(async () => {
  await t.close();
  await smtp.stop();
});
afterEach(async () => {
  for (const policy of (await admin.get('/api/v1/cancellation-policies')).body.policies)
    assert.equal((await admin.delete(`/api/v1/cancellation-policies/${policy.id}`)).status, 204);
  t.clock.set(new Date());
});

const rows = <R>(query: SQL) => queryRows<R>(t.database.db, query);

const setPolicy = async (body: Record<string, unknown>) => {
  const response = await admin.request('PUT', '/api/v1/cancellation-policies', body);
  assert.equal(response.status, 200, JSON.stringify(response.body));
};

/** A class of 200.00 starting `inMs` from now, an hour long. */
async function newClass(inMs = 2 * 3600_000): Promise<{ id: string; startsAt: string; endsAt: string }> {
  const start = new Date(Math.floor((t.clock.now().getTime() + inMs) / 60_000) * 60_000);
  const response = await admin.post(
    '/api/v1/classes',
    classInput(
      {
        price: { amount: 20_000 },
        maxSpots: 10,
        startsAt: start.toISOString(),
        endsAt: new Date(start.getTime() + 3600_000).toISOString(),
      },
      t.clock.now(),
    ),
  );
  assert.equal(response.status, 201, JSON.stringify(response.body));
  return response.body;
}

let guests = 0;
/** A guest's booking, paid by Swish (marked paid by staff) or to pay at the venue. */
async function book(classId: string, method: 'swish' | 'venue', extra: Record<string, unknown> = {}) {
  const who = { ...guest(`roster${++guests}`), ...extra };
  const booked = await t.client().post('/api/v1/bookings', { classId, guest: who, paymentMethod: method });
  assert.equal(booked.status, 201, JSON.stringify(booked.body));
  if (method === 'swish') {
    const paid = await staff.post(`/api/v1/payments/${booked.body.payment.id}/mark-paid`, {});
    assert.equal(paid.body.outcome, 'booked', JSON.stringify(paid.body));
  }
  return {
    bookingId: booked.body.booking.id as string,
    email: who.email,
    paymentId: booked.body.payment?.id as string,
  };
}

const roster = async (classId: string) => {
  const response = await staff.get(`/api/v1/classes/${classId}/roster`);
  assert.equal(response.status, 200, JSON.stringify(response.body));
  return response.body as Json;
};
/** Ten minutes into the class, when staff take attendance and a no-show can be marked. */
const startedAt = (cls: { startsAt: string }) => t.clock.set(new Date(new Date(cls.startsAt).getTime() + 10 * 60_000));
const entry = (r: Json, bookingId: string) => (r.bookings as Json[]).find((b) => b.id === bookingId) as Json;
const auditOf = async (entityId: string) =>
  (await rows<{ action: string }>(sql`SELECT action FROM audit_log WHERE entity_id = ${entityId} ORDER BY id`)).map(
    (r) => r.action,
  );
const statusOf = async (bookingId: string) =>
  (await rows<{ status: string }>(sql`SELECT status FROM bookings WHERE id = ${bookingId}`))[0]?.status;

describe('the roster', () => {
  test('shows everyone booked with spots, payment and attendance, and the policy; customers may not read it', async () => {
    await setPolicy({ lateAction: 'fee', freeHours: 24, lateFee: { kind: 'fixed', value: 5000 } });
    const cls = await newClass();
    const paid = await book(cls.id, 'swish');
    const atVenue = await book(cls.id, 'venue');
    const r = await roster(cls.id);
    assert.equal(r.class.id, cls.id);
    assert.deepEqual(r.counts, { booked: 2, attended: 0, noShow: 0, cancelled: 0 });
    assert.equal(entry(r, paid.bookingId).paymentStatus, 'paid');
    assert.equal(entry(r, atVenue.bookingId).paymentStatus, 'at_venue');
    assert.equal(entry(r, atVenue.bookingId).due.amount, 20_000);
    assert.equal(r.policy.lateAction, 'fee');
    assert.deepEqual(r.policy.lateFee, { kind: 'fixed', value: 5000 });
    assert.equal(r.undoUntil, cls.endsAt);
    const customer = t.client();
    await customer.signUp('nosy@example.test');
    assert.equal((await customer.get(`/api/v1/classes/${cls.id}/roster`)).status, 403);
    assert.equal((await t.client().get(`/api/v1/classes/${cls.id}/roster`)).status, 401);
    const missing = await staff.get('/api/v1/classes/00000000-0000-4000-8000-000000000000/roster');
    assert.deepEqual([missing.status, missing.body.error.code], [404, 'class_not_found']);
  });

  test('check in → completed; undo before the end → confirmed, audited; after the end it stands', async () => {
    const cls = await newClass();
    const { bookingId } = await book(cls.id, 'venue');
    startedAt(cls);
    const checked = await staff.post(`/api/v1/bookings/${bookingId}/complete`, {});
    assert.equal(checked.body.status, 'completed', JSON.stringify(checked.body));
    assert.equal((await roster(cls.id)).counts.attended, 1);

    const undone = await staff.post(`/api/v1/bookings/${bookingId}/undo-check-in`, {});
    assert.equal(undone.status, 200, JSON.stringify(undone.body));
    assert.deepEqual([undone.body.status, undone.body.checkedInAt, undone.body.finishedAt], ['confirmed', null, null]);
    const again = await staff.post(`/api/v1/bookings/${bookingId}/undo-check-in`, {});
    assert.equal(again.status, 200, 'undoing twice is a no-op');
    assert.deepEqual(await auditOf(bookingId), ['booking.created', 'booking.completed', 'booking.check_in_undone']);

    assert.equal((await staff.post(`/api/v1/bookings/${bookingId}/complete`, {})).body.status, 'completed');
    t.clock.set(new Date(new Date(cls.endsAt).getTime() + 60_000));
    const late = await staff.post(`/api/v1/bookings/${bookingId}/undo-check-in`, {});
    assert.deepEqual([late.status, late.body.error.code], [409, 'attendance_final']);
    assert.equal(await statusOf(bookingId), 'completed', 'nothing written');
  });

  test("a no-show keeps the policy's no-show fee (the lifecycle's own), and cannot be undone as a check-in", async () => {
    await setPolicy({ lateAction: 'refuse', noShowFee: { kind: 'fixed', value: 5000 } });
    const cls = await newClass();
    const { bookingId, paymentId } = await book(cls.id, 'swish');
    startedAt(cls);
    const marked = await staff.post(`/api/v1/bookings/${bookingId}/no-show`, {});
    assert.equal(marked.body.status, 'no_show', JSON.stringify(marked.body));
    const queue = (await admin.get('/api/v1/unbookable-payments?status=open')).body.payments as Json[];
    const waiting = queue.find((p) => p.paymentId === paymentId);
    assert.equal(waiting?.reason, 'no_show');
    assert.equal(waiting?.refundable, 15_000, 'the rest after the 50.00 fee goes back');
    assert.equal((await roster(cls.id)).counts.noShow, 1);
    const undo = await staff.post(`/api/v1/bookings/${bookingId}/undo-check-in`, {});
    assert.deepEqual([undo.status, undo.body.error.code], [409, 'invalid_transition']);
  });

  test("a late cancel by staff keeps the policy's late fee through the one cancel path", async () => {
    await setPolicy({ lateAction: 'fee', freeHours: 24, lateFee: { kind: 'fixed', value: 5000 } });
    const cls = await newClass();
    const { bookingId, paymentId } = await book(cls.id, 'swish');
    const cancelled = await staff.post(`/api/v1/bookings/${bookingId}/cancel`, { reason: 'late cancel' });
    assert.equal(cancelled.body.status, 'cancelled', JSON.stringify(cancelled.body));
    const payment = (await admin.get(`/api/v1/payments/${paymentId}`)).body;
    assert.equal(payment.retained, 5000);
    assert.ok((await auditOf(bookingId)).includes('booking.cancelled'));
    const r = await roster(cls.id);
    assert.deepEqual([r.counts.booked, r.counts.cancelled], [0, 1]);
  });

  test('a walk-in booked by staff pays at the venue; "paid at venue" settles what is due once, audited', async () => {
    const cls = await newClass();
    startedAt(cls);
    const walkIn = await staff.post('/api/v1/bookings', {
      classId: cls.id,
      guest: { name: 'Walk In', email: 'walk.in@example.test' },
      paymentMethod: 'venue',
    });
    assert.equal(walkIn.status, 201, JSON.stringify(walkIn.body));
    const bookingId = walkIn.body.booking.id as string;
    assert.deepEqual([walkIn.body.booking.status, walkIn.body.booking.source], ['confirmed', 'staff']);

    const wrong = await staff.post(`/api/v1/bookings/${bookingId}/paid-at-venue`, { expectedAmount: 19_999 });
    assert.deepEqual([wrong.status, wrong.body.error.code], [409, 'amount_mismatch']);
    assert.equal((await rows(sql`SELECT id FROM payments WHERE booking_id = ${bookingId}`)).length, 0);
    const customer = t.client();
    await customer.signUp('not-staff@example.test');
    assert.equal((await customer.post(`/api/v1/bookings/${bookingId}/paid-at-venue`, {})).status, 403);

    const paid = await staff.post(`/api/v1/bookings/${bookingId}/paid-at-venue`, { expectedAmount: 20_000 });
    assert.equal(paid.status, 200, JSON.stringify(paid.body));
    assert.deepEqual([paid.body.paymentStatus, paid.body.due.amount, paid.body.paid.amount], ['paid', 0, 20_000]);
    const again = await staff.post(`/api/v1/bookings/${bookingId}/paid-at-venue`, {});
    assert.deepEqual([again.status, again.body.error.code], [409, 'nothing_due']);
    const payments = await rows<{ id: string; method: string; status: string; amount: number }>(
      sql`SELECT id, method, status, amount::int AS amount FROM payments WHERE booking_id = ${bookingId}`,
    );
    assert.equal(payments.length, 1);
    assert.deepEqual([payments[0]?.method, payments[0]?.status, payments[0]?.amount], ['venue', 'succeeded', 20_000]);
    assert.ok((await auditOf(payments[0]?.id ?? '')).includes('payment.opened'));
    assert.equal(entry(await roster(cls.id), bookingId).paymentStatus, 'paid');
    const report = await admin.get('/api/v1/integrity');
    assert.equal(report.body.clean, true, JSON.stringify(report.body));
  });
});

describe('message everyone booked', () => {
  test('one mail per booked customer in their language, none to the cancelled; audited; a few per hour', async () => {
    const cls = await newClass();
    const en = await book(cls.id, 'venue');
    const sv = await book(cls.id, 'venue', { locale: 'sv' });
    const gone = await book(cls.id, 'venue');
    assert.equal((await staff.post(`/api/v1/bookings/${gone.bookingId}/cancel`, {})).status, 200);

    const bad = await staff.post(`/api/v1/classes/${cls.id}/roster/messages`, { subject: '', text: 'x' });
    assert.deepEqual([bad.status, bad.body.error.code], [400, 'validation_failed']);
    const sent = await staff.post(`/api/v1/classes/${cls.id}/roster/messages`, {
      subject: 'Bring a mat',
      text: 'The studio mats are being cleaned.\n\nPlease bring your own.',
    });
    assert.equal(sent.status, 202, JSON.stringify(sent.body));
    assert.equal(sent.body.recipients, 2);
    await t.runJobs();
    const messages = (email: string) => smtp.to(email).filter((m) => m.subject === 'Bring a mat');
    await smtp.waitFor(() => messages(en.email).length > 0 && messages(sv.email).length > 0);
    const [english] = messages(en.email);
    const [swedish] = messages(sv.email);
    assert.equal(messages(en.email).length, 1, 'one mail each');
    assert.match(english?.text ?? '', /A message about .*, which you are booked for/);
    assert.match(english?.text ?? '', /Please bring your own\./);
    assert.match(swedish?.text ?? '', /Ett meddelande om .*, som du är bokad på/);
    assert.equal(messages(gone.email).length, 0, 'a cancelled booking gets no message');
    assert.ok((await auditOf(cls.id)).includes('class.roster_messaged'));

    for (let i = 0; i < 2; i++)
      assert.equal(
        (await staff.post(`/api/v1/classes/${cls.id}/roster/messages`, { subject: `Note ${i}`, text: 'x' })).status,
        202,
      );
    const fourth = await staff.post(`/api/v1/classes/${cls.id}/roster/messages`, { subject: 'Too many', text: 'x' });
    assert.deepEqual([fourth.status, fourth.body.error.code], [429, 'roster_message_limit']);
    const [count] = await rows<{ n: number }>(
      sql`SELECT count(*)::int AS n FROM roster_messages WHERE class_id = ${cls.id}`,
    );
    assert.equal(count?.n, 3, 'the refused message wrote nothing');
    t.clock.advance(3601_000);
    assert.equal(
      (await staff.post(`/api/v1/classes/${cls.id}/roster/messages`, { subject: 'Later', text: 'x' })).status,
      202,
      'an hour later there is room again',
    );

    const empty = await newClass();
    const nobody = await staff.post(`/api/v1/classes/${empty.id}/roster/messages`, { subject: 'Hi', text: 'x' });
    assert.deepEqual([nobody.status, nobody.body.error.code], [409, 'roster_empty']);
  });
});

describe('the roster as CSV', () => {
  test('RFC 4180 with a BOM, formula-neutralised names, times in the zone; audited', async () => {
    const cls = await newClass();
    await book(cls.id, 'venue', { name: '=HYPERLINK("http://evil.test","x")' });
    await book(cls.id, 'swish', { name: 'Åsa, "the" Öberg' });
    const response = await t.app.inject({
      method: 'GET',
      url: `/api/v1/classes/${cls.id}/roster/export`,
      headers: { cookie: staff.cookie ?? '' },
    });
    assert.equal(response.statusCode, 200, response.body);
    assert.match(String(response.headers['content-type']), /^text\/csv/);
    assert.match(
      String(response.headers['content-disposition']),
      /attachment; filename="roster-\d{4}-\d{2}-\d{2}\.csv"/,
    );
    const body = response.body;
    assert.ok(body.startsWith('\uFEFF'), 'a BOM for spreadsheets');
    const lines = body.slice(1).split('\r\n');
    assert.equal(lines.at(-1), '', 'every line ends with CRLF');
    assert.equal(lines.length, 4);
    assert.match(lines[0] ?? '', /^Name,Email,Spots,Status/);
    assert.ok(
      lines.some((l) => l.startsWith(`"'=HYPERLINK(""http://evil.test"",""x"")"`)),
      body,
    );
    assert.ok(
      lines.some((l) => l.startsWith('"Åsa, ""the"" Öberg"')),
      body,
    );
    assert.ok(
      lines.some((l) => l.includes(',200.00,0.00,200.00,SEK,')),
      body,
    );
    const audited = await rows<{ n: number }>(
      sql`SELECT count(*)::int AS n FROM audit_log WHERE action = 'export.roster' AND after->>'classId' = ${cls.id}`,
    );
    assert.equal(audited[0]?.n, 1);
    assert.equal((await t.client().get(`/api/v1/classes/${cls.id}/roster/export`)).status, 401);
  });
});
