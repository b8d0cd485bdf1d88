import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../src/platform/db.ts';
import { type Client, type Response, type TestApp, guest, startTestApp } from '../support/app.ts';
import { type StripeServer, startStripeServer } from '../support/stripe-server.ts';

let t: TestApp;
let stripe: StripeServer;
let admin: Client;

before(async () => {
  stripe = await startStripeServer();
  t = await startTestApp({ stripe });
  admin = await t.admin();
  const settings = await admin.patch('/api/v1/organisation', { paymentMethods: ['card', 'venue'] });
  assert.equal(settings.status, 200, JSON.stringify(settings.body));
});
after(async () => {
  await t.close();
  await stripe.close();
});

const base = { title: 'Morning flow', maxSpots: 10, price: { amount: 15000 }, durationMinutes: 60 };
const createSeries = (body: Record<string, unknown>) => admin.post('/api/v1/series', { ...base, ...body });

async function counts() {
  const [row] = await queryRows<{ series: number; classes: number; templates: number }>(
    t.database.db,
    sql`SELECT (SELECT count(*)::int FROM class_series) AS series, (SELECT count(*)::int FROM classes) AS classes,
               (SELECT count(*)::int FROM class_templates) AS templates`,
  );
  assert.ok(row);
  return row;
}

const jobsOf = (kind: string, bookingId: string) =>
  queryRows<{ id: string }>(
    t.database.db,
    sql`SELECT id FROM jobs WHERE kind = ${kind} AND payload->>'bookingId' = ${bookingId}`,
  );

const auditActions = async (entityType: string, entityId: string) =>
  (await admin.get(`/api/v1/audit-log?entityType=${entityType}&entityId=${entityId}`)).body.entries.map(
    (e: { action: string }) => e.action,
  );

describe('creating a series', () => {
  test('weekly occurrences keep their wall time across the spring and autumn DST changes in Stockholm', async () => {
    const spring = await createSeries({
      weekdays: [7],
      startTime: '18:00',
      fromDate: '2027-03-21',
      untilDate: '2027-04-04',
    });
    assert.equal(spring.status, 201, JSON.stringify(spring.body));
    assert.equal(spring.body.timeZone, 'Europe/Stockholm');
    assert.deepEqual(
      spring.body.classes.map((c: { startsAt: string }) => c.startsAt),
      ['2027-03-21T17:00:00.000Z', '2027-03-28T16:00:00.000Z', '2027-04-04T16:00:00.000Z'],
    );
    assert.deepEqual(
      spring.body.classes.map((c: { startsAtLocal: string }) => c.startsAtLocal),
      ['2027-03-21T18:00:00+01:00', '2027-03-28T18:00:00+02:00', '2027-04-04T18:00:00+02:00'],
    );
    for (const cls of spring.body.classes) assert.equal(cls.seriesId, spring.body.id);

    const autumn = await createSeries({ weekdays: [7, 6], startTime: '09:15', fromDate: '2027-10-24', occurrences: 3 });
    assert.equal(autumn.status, 201, JSON.stringify(autumn.body));
    assert.deepEqual(autumn.body.weekdays, [6, 7]);
    assert.deepEqual(
      autumn.body.classes.map((c: { startsAtLocal: string; endsAtLocal: string }) => [c.startsAtLocal, c.endsAtLocal]),
      [
        ['2027-10-24T09:15:00+02:00', '2027-10-24T10:15:00+02:00'],
        ['2027-10-30T09:15:00+02:00', '2027-10-30T10:15:00+02:00'],
        ['2027-10-31T09:15:00+01:00', '2027-10-31T10:15:00+01:00'],
      ],
    );
    // One audit entry for the series, none per class.
    assert.deepEqual(await auditActions('class_series', autumn.body.id), ['class_series.created']);
    assert.deepEqual(await auditActions('class', autumn.body.classes[0].id), []);
    const read = await admin.get(`/api/v1/series/${autumn.body.id}`);
    assert.equal(read.body.classes.length, 3);
    assert.equal(read.body.occurrences, 3);
    const listed = await t.client().get(`/api/v1/classes?seriesId=${autumn.body.id}&from=2027-10-01`);
    assert.equal(listed.body.classes.length, 3);
  });

  test('a series follows its location time zone', async () => {
    const location = await admin.post('/api/v1/locations', { name: 'NYC loft', timeZone: 'America/New_York' });
    assert.equal(location.status, 201, JSON.stringify(location.body));
    const created = await createSeries({
      weekdays: [1],
      startTime: '07:00',
      fromDate: '2027-03-08',
      occurrences: 2,
      locationId: location.body.id,
    });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    assert.equal(created.body.timeZone, 'America/New_York');
    // New York changes on 14 March 2027, two weeks before Europe.
    assert.deepEqual(
      created.body.classes.map((c: { startsAt: string }) => c.startsAt),
      ['2027-03-08T12:00:00.000Z', '2027-03-15T11:00:00.000Z'],
    );
  });

  test('bad patterns are refused with a code and write nothing', async () => {
    const before = await counts();
    const cases: [Record<string, unknown>, number, string][] = [
      [{ weekdays: [1], startTime: '10:00', fromDate: '2027-06-01' }, 400, 'validation_failed'],
      [
        { weekdays: [1], startTime: '10:00', fromDate: '2027-06-01', untilDate: '2027-07-01', occurrences: 3 },
        400,
        'validation_failed',
      ],
      [{ weekdays: [0], startTime: '10:00', fromDate: '2027-06-01', occurrences: 3 }, 400, 'validation_failed'],
      [{ weekdays: [8], startTime: '10:00', fromDate: '2027-06-01', occurrences: 3 }, 400, 'validation_failed'],
      [{ weekdays: [1, 1], startTime: '10:00', fromDate: '2027-06-01', occurrences: 3 }, 400, 'validation_failed'],
      [{ weekdays: [], startTime: '10:00', fromDate: '2027-06-01', occurrences: 3 }, 400, 'validation_failed'],
      [{ weekdays: [1], startTime: '24:00', fromDate: '2027-06-01', occurrences: 3 }, 400, 'validation_failed'],
      [{ weekdays: [1], startTime: '10:00', fromDate: '2027-02-30', occurrences: 3 }, 400, 'validation_failed'],
      [
        { weekdays: [1], startTime: '10:00', fromDate: '2027-06-01', untilDate: '2027-05-01' },
        400,
        'validation_failed',
      ],
      [{ weekdays: [1], startTime: '10:00', fromDate: '2020-06-01', occurrences: 3 }, 400, 'validation_failed'],
      [
        { weekdays: [1], startTime: '10:00', fromDate: '2027-06-01', occurrences: 3, maxSpots: 0 },
        400,
        'validation_failed',
      ],
      [
        { weekdays: [1], startTime: '10:00', fromDate: '2027-06-01', occurrences: 3, durationMinutes: 0 },
        400,
        'validation_failed',
      ],
      [
        { weekdays: [1], startTime: '10:00', fromDate: '2027-06-01', occurrences: 3, maxSpotsPerCustomer: 11 },
        400,
        'validation_failed',
      ],
      [
        { weekdays: [1], startTime: '10:00', fromDate: '2027-06-01', occurrences: 3, color: 'red' },
        400,
        'validation_failed',
      ],
      // 02:30 does not exist on 28 March 2027 in Stockholm.
      [{ weekdays: [7], startTime: '02:30', fromDate: '2027-03-14', occurrences: 4 }, 400, 'validation_failed'],
      [{ weekdays: [1], startTime: '10:00', fromDate: '2027-06-01', occurrences: 201 }, 400, 'validation_failed'],
      // 200 Mondays would run for almost four years.
      [{ weekdays: [1], startTime: '10:00', fromDate: '2027-06-01', occurrences: 200 }, 422, 'series_too_long'],
      [
        { weekdays: [1, 2, 3, 4, 5], startTime: '10:00', fromDate: '2027-06-01', untilDate: '2028-06-01' },
        422,
        'series_too_long',
      ],
      [{ weekdays: [1], startTime: '10:00', fromDate: '2027-06-01', untilDate: '2029-07-01' }, 422, 'series_too_long'],
      // 1 June 2027 is a Tuesday; no Monday until the Sunday after.
      [{ weekdays: [1], startTime: '10:00', fromDate: '2027-06-01', untilDate: '2027-06-06' }, 422, 'series_empty'],
      [
        {
          weekdays: [1],
          startTime: '10:00',
          fromDate: '2027-06-01',
          occurrences: 3,
          templateId: '00000000-0000-4000-8000-000000000000',
        },
        404,
        'template_not_found',
      ],
      [
        {
          weekdays: [1],
          startTime: '10:00',
          fromDate: '2027-06-01',
          occurrences: 3,
          locationId: '00000000-0000-4000-8000-000000000000',
        },
        404,
        'location_not_found',
      ],
      [
        {
          weekdays: [1],
          startTime: '10:00',
          fromDate: '2027-06-01',
          occurrences: 3,
          providerId: '00000000-0000-4000-8000-000000000000',
        },
        404,
        'provider_not_found',
      ],
    ];
    for (const [body, status, code] of cases) {
      const response = await createSeries(body);
      assert.equal(response.status, status, `${JSON.stringify(body)}: ${JSON.stringify(response.body)}`);
      assert.equal(response.body.error.code, code, JSON.stringify(body));
    }
    const missingTitle = await admin.post('/api/v1/series', {
      weekdays: [1],
      startTime: '10:00',
      fromDate: '2027-06-01',
      occurrences: 2,
      maxSpots: 5,
      price: { amount: 0 },
      durationMinutes: 30,
    });
    assert.equal(missingTitle.status, 400);
    assert.deepEqual(await counts(), before);
  });
});

/** A weekly Monday 10:00 series of `n` in May–June 2027. */
async function mondays(n: number, title = 'Reformer') {
  const created = await createSeries({
    title,
    weekdays: [1],
    startTime: '10:00',
    fromDate: '2027-05-03',
    occurrences: n,
  });
  assert.equal(created.status, 201, JSON.stringify(created.body));
  return created.body as { id: string; classes: { id: string; startsAtLocal: string }[] };
}

const getClass = async (id: string) => (await t.client().get(`/api/v1/classes/${id}`)).body;
const edit = (classId: string, scope: string, changes: Record<string, unknown>) =>
  admin.patch(`/api/v1/classes/${classId}/series`, { scope, changes });

describe('editing a series', () => {
  test('this one: an exception that later edits of all leave as edited; capacity below booked refuses all', async () => {
    const series = await mondays(4);
    const [first, second, third, fourth] = series.classes;
    assert.ok(first && second && third && fourth);
    const single = await edit(first.id, 'this', { title: 'Special guest' });
    assert.equal(single.status, 200, JSON.stringify(single.body));
    assert.equal(single.body.classes[0].seriesException, true);
    // The plain class route edits one occurrence too, and marks it the same way.
    assert.equal((await admin.patch(`/api/v1/classes/${fourth.id}`, { maxSpots: 12 })).body.seriesException, true);

    const all = await edit(second.id, 'all', { title: 'Reformer II', maxSpots: 6, price: { amount: 17000 } });
    assert.equal(all.status, 200, JSON.stringify(all.body));
    assert.deepEqual(all.body.classes.map((c: { id: string }) => c.id).sort(), [second.id, third.id].sort());
    assert.equal((await getClass(first.id)).title, 'Special guest');
    assert.equal((await getClass(fourth.id)).maxSpots, 12);
    assert.equal((await getClass(third.id)).title, 'Reformer II');
    assert.deepEqual((await getClass(third.id)).price, { amount: 17000, currency: 'SEK' });

    for (const n of [1, 2]) {
      const response: Response = await t
        .client()
        .post('/api/v1/bookings', { classId: third.id, guest: guest(`edit${n}`) });
      assert.equal(response.status, 201, JSON.stringify(response.body));
    }
    const tooSmall = await edit(second.id, 'all', { maxSpots: 1, title: 'Never' });
    assert.equal(tooSmall.status, 409);
    assert.equal(tooSmall.body.error.code, 'capacity_below_booked');
    assert.equal((await getClass(second.id)).title, 'Reformer II', 'nothing of the refused edit is written');
    assert.deepEqual(await auditActions('class_series', series.id), ['class_series.updated', 'class_series.created']);
  });

  test('this and following splits the series; a moved class with bookings tells its customers', async () => {
    const series = await mondays(4, 'Split me');
    const [first, second, third, fourth] = series.classes;
    assert.ok(first && second && third && fourth);
    const booked = await t.client().post('/api/v1/bookings', { classId: fourth.id, guest: guest('move1') });
    assert.equal(booked.status, 201);
    const moved = await edit(third.id, 'following', { startTime: '11:30', durationMinutes: 45 });
    assert.equal(moved.status, 200, JSON.stringify(moved.body));
    const tailId = moved.body.seriesId;
    assert.notEqual(tailId, series.id);
    assert.deepEqual(
      moved.body.classes.map((c: { startsAtLocal: string; endsAtLocal: string }) => [c.startsAtLocal, c.endsAtLocal]),
      [
        ['2027-05-17T11:30:00+02:00', '2027-05-17T12:15:00+02:00'],
        ['2027-05-24T11:30:00+02:00', '2027-05-24T12:15:00+02:00'],
      ],
    );
    const head = (await admin.get(`/api/v1/series/${series.id}`)).body;
    assert.deepEqual(
      head.classes.map((c: { id: string }) => c.id),
      [first.id, second.id],
    );
    assert.equal(head.untilDate, '2027-05-16');
    assert.equal(head.startTime, '10:00');
    const tail = (await admin.get(`/api/v1/series/${tailId}`)).body;
    assert.equal(tail.startTime, '11:30');
    assert.equal(tail.durationMinutes, 45);
    assert.equal(tail.fromDate, '2027-05-17');
    assert.equal(tail.untilDate, '2027-05-24');
    assert.equal((await jobsOf('mail.booking_moved', booked.body.booking.id)).length, 1);
    assert.equal((await getClass(first.id)).startsAtLocal, '2027-05-03T10:00:00+02:00');

    // "following" from the first class of a series splits nothing.
    const whole = await edit(first.id, 'following', { instructorName: 'Ana' });
    assert.equal(whole.body.seriesId, series.id);
    assert.equal(whole.body.classes.length, 2);
  });

  test('a time the clocks skip on one of the dates refuses the whole edit', async () => {
    const created = await createSeries({ weekdays: [7], startTime: '10:00', fromDate: '2027-03-21', occurrences: 2 });
    const [first, second] = created.body.classes;
    const refused = await edit(first.id, 'all', { startTime: '02:30' });
    assert.equal(refused.status, 400);
    assert.equal(refused.body.error.code, 'validation_failed');
    assert.equal((await getClass(first.id)).startsAtLocal, '2027-03-21T10:00:00+01:00');
    assert.equal((await getClass(second.id)).startsAtLocal, '2027-03-28T10:00:00+02:00');
  });

  test('a class outside a series has only "this"', async () => {
    const single = await admin.post('/api/v1/classes', {
      title: 'One-off',
      startsAt: '2027-06-01T10:00',
      endsAt: '2027-06-01T11:00',
      maxSpots: 5,
      price: { amount: 0 },
    });
    const following = await edit(single.body.id, 'following', { title: 'x' });
    assert.equal(following.status, 409);
    assert.equal(following.body.error.code, 'class_not_in_series');
    const cancel = await admin.post(`/api/v1/classes/${single.body.id}/series/cancel`, { scope: 'all' });
    assert.equal(cancel.body.error.code, 'class_not_in_series');
    const thisOne = await edit(single.body.id, 'this', { title: 'Renamed one-off', startTime: '12:00' });
    assert.equal(thisOne.status, 200);
    assert.equal(thisOne.body.classes[0].seriesException, false);
    assert.equal(thisOne.body.classes[0].startsAtLocal, '2027-06-01T12:00:00+02:00');
    assert.equal((await edit('00000000-0000-4000-8000-000000000000', 'all', { title: 'x' })).status, 404);
  });
});

async function paidBooking(classId: string, n: string) {
  const started = await t.client().post('/api/v1/bookings', {
    classId,
    paymentMethod: 'card',
    guest: { name: `Payer ${n}`, email: `payer${n}@example.test` },
  });
  assert.equal(started.status, 201, JSON.stringify(started.body));
  const intentId = started.body.payment.clientSecret.split('_secret_')[0] as string;
  stripe.succeed(intentId);
  const event = stripe.lastEvent('payment_intent.succeeded', intentId);
  assert.ok(event);
  const { payload, header } = stripe.signedPayload(event);
  const delivered = await t.app.inject({
    method: 'POST',
    url: '/api/v1/stripe/webhook',
    headers: { 'content-type': 'application/json', 'stripe-signature': header },
    payload,
  });
  assert.equal(delivered.statusCode, 200, delivered.body);
  return { bookingId: started.body.booking.id as string, manageToken: started.body.manageToken as string, intentId };
}

describe('cancelling a series', () => {
  test('one date, then all future classes: every paid booking cancelled and refunded once', async () => {
    const series = await mondays(3, 'Paid flow');
    const [first, second, third] = series.classes;
    assert.ok(first && second && third);
    const paid = [
      await paidBooking(first.id, 'c1'),
      await paidBooking(first.id, 'c2'),
      await paidBooking(second.id, 'c3'),
      await paidBooking(third.id, 'c4'),
    ];
    const one = await admin.post(`/api/v1/classes/${third.id}/series/cancel`, { scope: 'this', reason: 'Holiday' });
    assert.equal(one.status, 200, JSON.stringify(one.body));
    assert.deepEqual(one.body.cancelled, [{ classId: third.id, cancelledBookingIds: [paid[3]?.bookingId] }]);
    assert.equal((await getClass(first.id)).status, 'scheduled');

    const all = await admin.post(`/api/v1/classes/${second.id}/series/cancel`, {
      scope: 'all',
      reason: 'Studio closed',
    });
    assert.equal(all.status, 200, JSON.stringify(all.body));
    assert.deepEqual(
      all.body.cancelled.map((c: { classId: string }) => c.classId),
      [first.id, second.id],
    );
    await t.runJobs();
    const again = await admin.post(`/api/v1/classes/${first.id}/series/cancel`, { scope: 'all' });
    assert.deepEqual(again.body.cancelled, []);
    await t.runJobs();
    for (const { intentId, manageToken } of paid) {
      assert.equal(stripe.refunds({ paymentIntent: intentId }).length, 1, `one refund for ${intentId}`);
      const view = await t.client().get(`/api/v1/manage/${manageToken}`);
      assert.equal(view.body.status, 'cancelled');
      assert.equal(view.body.paymentStatus, 'refunded');
    }
    for (const cls of series.classes) assert.equal((await getClass(cls.id)).status, 'cancelled');
    const report = await admin.get('/api/v1/integrity');
    assert.equal(report.body.clean, true, JSON.stringify(report.body));
    assert.deepEqual(await auditActions('class_series', series.id), ['class_series.cancelled', 'class_series.created']);
  });

  test('this and following cancels from the date on, including a class edited on its own', async () => {
    const series = await mondays(3, 'Tail cancel');
    const [first, second, third] = series.classes;
    assert.ok(first && second && third);
    await edit(third.id, 'this', { title: 'Edited alone' });
    const response = await admin.post(`/api/v1/classes/${second.id}/series/cancel`, { scope: 'following' });
    assert.equal(response.status, 200, JSON.stringify(response.body));
    assert.deepEqual(
      response.body.cancelled.map((c: { classId: string }) => c.classId),
      [second.id, third.id],
    );
    assert.equal((await getClass(first.id)).status, 'scheduled');
  });
});

describe('duplicates, templates and views', () => {
  test('duplicate a class to another date; save it as a template; make a class and a series from it', async () => {
    const series = await mondays(1, 'Template source');
    const source = series.classes[0];
    assert.ok(source);
    const copy = await admin.post(`/api/v1/classes/${source.id}/duplicate`, { date: '2027-11-02' });
    assert.equal(copy.status, 201, JSON.stringify(copy.body));
    assert.equal(copy.body.title, 'Template source');
    assert.equal(copy.body.startsAtLocal, '2027-11-02T10:00:00+01:00');
    assert.equal(copy.body.seriesId, null);
    assert.equal((await admin.post(`/api/v1/classes/${source.id}/duplicate`, { date: '2027-13-01' })).status, 400);

    const before = await counts();
    const template = await admin.post('/api/v1/class-templates', { name: 'Reformer 60', classId: source.id });
    assert.equal(template.status, 201, JSON.stringify(template.body));
    assert.equal(template.body.durationMinutes, 60);
    assert.equal(template.body.title, 'Template source');
    const sameName = await admin.post('/api/v1/class-templates', { name: 'reformer 60', classId: source.id });
    assert.equal(sameName.status, 400);
    assert.equal((await counts()).templates, before.templates + 1);

    const fromTemplate = await admin.post(`/api/v1/class-templates/${template.body.id}/classes`, {
      startsAt: '2027-11-03T18:00',
    });
    assert.equal(fromTemplate.status, 201, JSON.stringify(fromTemplate.body));
    assert.equal(fromTemplate.body.endsAtLocal, '2027-11-03T19:00:00+01:00');
    const seriesFromTemplate = await admin.post('/api/v1/series', {
      templateId: template.body.id,
      title: 'Overridden',
      weekdays: [3],
      startTime: '07:00',
      fromDate: '2027-11-01',
      occurrences: 2,
    });
    assert.equal(seriesFromTemplate.status, 201, JSON.stringify(seriesFromTemplate.body));
    assert.equal(seriesFromTemplate.body.durationMinutes, 60);
    assert.equal(seriesFromTemplate.body.classes[0].title, 'Overridden');
    assert.deepEqual(seriesFromTemplate.body.classes[0].price, { amount: 15000, currency: 'SEK' });

    const listed = await admin.get('/api/v1/class-templates');
    assert.ok(listed.body.templates.some((x: { id: string }) => x.id === template.body.id));
    assert.equal((await admin.delete(`/api/v1/class-templates/${template.body.id}`)).status, 204);
    assert.equal((await admin.delete(`/api/v1/class-templates/${template.body.id}`)).status, 404);
  });

  test('the week filters by provider, location and class type; booked marks are the caller’s own', async () => {
    const provider = await admin.post('/api/v1/providers', { name: 'Ana Instructor', timeZone: 'Europe/Stockholm' });
    assert.equal(provider.status, 201, JSON.stringify(provider.body));
    const location = await admin.post('/api/v1/locations', { name: 'Room B', timeZone: 'Europe/Stockholm' });
    const type = await admin.post('/api/v1/class-types', { name: 'Barre' });
    const ana = await createSeries({
      title: 'Barre with Ana',
      weekdays: [2],
      startTime: '08:00',
      fromDate: '2028-02-01',
      occurrences: 2,
      providerId: provider.body.id,
      instructorName: 'Ana',
      locationId: location.body.id,
      classTypeId: type.body.id,
    });
    assert.equal(ana.status, 201, JSON.stringify(ana.body));
    const other = await createSeries({
      title: 'Other',
      weekdays: [2],
      startTime: '09:00',
      fromDate: '2028-02-01',
      occurrences: 2,
    });
    const week = '/api/v1/classes?from=2028-01-31&to=2028-02-13';
    assert.equal((await t.client().get(week)).body.classes.length, 4);
    for (const filter of [
      `providerId=${provider.body.id}`,
      `locationId=${location.body.id}`,
      `classTypeId=${type.body.id}`,
    ]) {
      const filtered = await t.client().get(`${week}&${filter}`);
      assert.deepEqual(
        filtered.body.classes.map((c: { title: string }) => c.title),
        ['Barre with Ana', 'Barre with Ana'],
        filter,
      );
    }
    assert.equal((await t.client().get(`${week}&providerId=nope`)).status, 400);

    const me = t.client();
    assert.equal((await me.signUp('marks@example.test')).status, 201);
    const someoneElse = await t
      .client()
      .post('/api/v1/bookings', { classId: other.body.classes[1].id, guest: guest('mark2') });
    assert.equal(someoneElse.status, 201);
    const mine = await me.post('/api/v1/bookings', { classId: ana.body.classes[0].id });
    assert.equal(mine.status, 201, JSON.stringify(mine.body));
    const marks = await me.get('/api/v1/me/booked-classes?from=2028-01-31&to=2028-02-13');
    assert.deepEqual(marks.body.classIds, [ana.body.classes[0].id]);
    assert.equal((await t.client().get('/api/v1/me/booked-classes?from=2028-01-31&to=2028-02-13')).status, 401);
    assert.equal((await me.get('/api/v1/me/booked-classes?from=2028-01-31&to=2028-12-31')).status, 400);
  });
});
