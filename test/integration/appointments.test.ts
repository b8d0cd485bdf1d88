import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { queryRows, violatedConstraint } from '../../src/platform/db.ts';
import { type Client, type TestApp, startTestApp } from '../support/app.ts';
import { guest, localStart, setupPractice } from '../support/practice.ts';

let t: TestApp;
let admin: Client;
before(async () => {
  t = await startTestApp();
  admin = await t.admin();
});
after(() => t.close());

const rows = <R>(query: ReturnType<typeof sql>) => queryRows<R>(t.database.db, query);
const countBookings = async (serviceId: string) =>
  (await rows<{ n: number }>(sql`SELECT count(*)::int AS n FROM bookings WHERE service_id = ${serviceId}`))[0]?.n;

describe('booking an appointment', () => {
  test('a guest books a start; the provider is assigned; the same time again is 409 slot_taken', async () => {
    const { serviceId, providerIds } = await setupPractice(admin, { service: { bufferAfterMinutes: 15 } });
    const start = localStart(3, '10:00');
    const booked = await t.client().post('/api/v1/bookings', { serviceId, start, guest: guest('a1') });
    assert.equal(booked.status, 201, JSON.stringify(booked.body));
    const booking = booked.body.booking;
    assert.equal(booking.kind, 'appointment');
    assert.equal(booking.class, null);
    assert.equal(booking.appointment.provider.id, providerIds[0]);
    assert.equal(booking.startsAt, new Date(start).toISOString());
    assert.equal(new Date(booking.endsAt).getTime() - new Date(start).getTime(), 3600_000);
    assert.equal(booking.status, 'confirmed');
    assert.equal(booking.appointment.videoStatus, 'pending');
    assert.ok(booked.body.manageUrl);

    const again = await t.client().post('/api/v1/bookings', { serviceId, start, guest: guest('a2') });
    assert.equal(again.status, 409);
    assert.equal(again.body.error.code, 'slot_taken');
    // 11:00 starts inside the 15-minute buffer after the first: also taken.
    const inBuffer = await t.client().post('/api/v1/bookings', {
      serviceId,
      start: localStart(3, '11:00'),
      guest: guest('a3'),
    });
    assert.equal(inBuffer.status, 409);
    assert.equal(inBuffer.body.error.code, 'slot_taken');
    assert.equal(await countBookings(serviceId), 1);
  });

  test('a booked provider or service is kept: deleting it is 409 and leaves it; deactivating it works', async () => {
    const { serviceId, providerIds } = await setupPractice(admin);
    const providerId = providerIds[0];
    const booked = await t
      .client()
      .post('/api/v1/bookings', { serviceId, start: localStart(4, '10:00'), guest: guest('k1') });
    assert.equal(booked.status, 201, JSON.stringify(booked.body));

    const provider = await admin.delete(`/api/v1/providers/${providerId}`);
    assert.equal(provider.status, 409, JSON.stringify(provider.body));
    assert.equal(provider.body.error.code, 'provider_in_use');
    const service = await admin.delete(`/api/v1/services/${serviceId}`);
    assert.equal(service.status, 409, JSON.stringify(service.body));
    assert.equal(service.body.error.code, 'service_in_use');
    assert.equal((await admin.get(`/api/v1/providers/${providerId}`)).status, 200);
    assert.equal((await admin.get(`/api/v1/services/${serviceId}`)).status, 200);
    assert.equal(await countBookings(serviceId), 1);
    assert.equal((await admin.patch(`/api/v1/services/${serviceId}`, { active: false })).status, 200);
    assert.equal((await admin.patch(`/api/v1/providers/${providerId}`, { active: false })).status, 200);

    const unbooked = await setupPractice(admin);
    assert.equal((await admin.delete(`/api/v1/services/${unbooked.serviceId}`)).status, 204);
    assert.equal((await admin.delete(`/api/v1/providers/${unbooked.providerIds[0]}`)).status, 204);
  });

  test('bad input: each refusal has its own code, and nothing is written', async () => {
    const { serviceId } = await setupPractice(admin, { service: { minimumNoticeMinutes: 120, maximumDaysAhead: 30 } });
    const other = await setupPractice(admin, { name: 'Other' });
    const cases: [Record<string, unknown>, number, string][] = [
      [{ serviceId: '00000000-0000-4000-8000-000000000000', start: localStart(3, '10:00') }, 404, 'service_not_found'],
      [
        { serviceId, providerId: '00000000-0000-4000-8000-000000000000', start: localStart(3, '10:00') },
        404,
        'provider_not_found',
      ],
      [{ serviceId, providerId: other.providerIds[0], start: localStart(3, '10:00') }, 422, 'provider_not_offering'],
      [{ serviceId, start: localStart(3, '10:20') }, 422, 'slot_unavailable'],
      [{ serviceId, start: localStart(3, '20:00') }, 422, 'slot_unavailable'],
      [{ serviceId, start: localStart(-1, '10:00') }, 422, 'start_in_past'],
      [{ serviceId, start: new Date(Date.now() + 30 * 60_000).toISOString() }, 422, 'too_soon'],
      [{ serviceId, start: localStart(40, '10:00') }, 422, 'too_far_ahead'],
      [{ serviceId }, 400, 'validation_failed'],
      [{ serviceId, classId: serviceId, start: localStart(3, '10:00') }, 400, 'validation_failed'],
      [{ holdId: '00000000-0000-4000-8000-000000000000' }, 404, 'hold_not_found'],
    ];
    for (const [body, status, code] of cases) {
      const response = await t.client().post('/api/v1/bookings', { ...body, guest: guest('bad') });
      assert.equal(response.status, status, `${JSON.stringify(body)} → ${JSON.stringify(response.body)}`);
      assert.equal(response.body.error.code, code);
    }
    assert.equal(await countBookings(serviceId), 0);
    const onSite = await setupPractice(admin, { name: 'Cleaning', service: { where: { mode: 'at_customer' } } });
    const noAddress = await t.client().post('/api/v1/bookings', {
      serviceId: onSite.serviceId,
      start: localStart(3, '10:00'),
      guest: guest('site'),
    });
    assert.equal(noAddress.status, 422);
    assert.equal(noAddress.body.error.code, 'address_required');
    const withAddress = await t.client().post('/api/v1/bookings', {
      serviceId: onSite.serviceId,
      start: localStart(3, '10:00'),
      guest: guest('site'),
      address: 'Storgatan 1, Stockholm',
      phone: '+46 70 123 45 67',
      notes: 'Door code 1234',
    });
    assert.equal(withAddress.status, 201);
    assert.equal(withAddress.body.booking.appointment.address, 'Storgatan 1, Stockholm');
    assert.equal(withAddress.body.booking.appointment.notes, 'Door code 1234');
  });

  test('staff booking for a customer on the phone are bound by hours and bookings, not by notice', async () => {
    const { serviceId } = await setupPractice(admin, { service: { minimumNoticeMinutes: 48 * 60 } });
    const tomorrow = localStart(1, '10:00');
    const public_ = await t.client().post('/api/v1/bookings', { serviceId, start: tomorrow, guest: guest('n1') });
    assert.equal(public_.status, 422);
    assert.equal(public_.body.error.code, 'too_soon');
    const byStaff = await admin.post('/api/v1/bookings', { serviceId, start: tomorrow, guest: guest('n1') });
    assert.equal(byStaff.status, 201, JSON.stringify(byStaff.body));
    assert.equal(byStaff.body.booking.source, 'staff');
    const outsideHours = await admin.post('/api/v1/bookings', {
      serviceId,
      start: localStart(1, '19:00'),
      guest: guest('n2'),
    });
    assert.equal(outsideHours.status, 422);
    assert.equal(outsideHours.body.error.code, 'slot_unavailable');
  });

  test('the database refuses an overlapping appointment written in raw SQL, bypassing the service', async () => {
    const { serviceId, providerIds } = await setupPractice(admin);
    const start = localStart(4, '10:00');
    const booked = await t.client().post('/api/v1/bookings', { serviceId, start, guest: guest('raw1') });
    assert.equal(booked.status, 201);
    const [customer] = await rows<{ id: string; org_id: string }>(sql`SELECT id, org_id FROM customers LIMIT 1`);
    assert.ok(customer);
    const later = new Date(new Date(start).getTime() + 30 * 60_000);
    const end = new Date(later.getTime() + 3600_000);
    await assert.rejects(
      rows(sql`
        INSERT INTO bookings (org_id, customer_id, spots, status, price_amount, currency, payment_method, source,
                              service_id, provider_id, starts_at, ends_at, blocked)
        VALUES (${customer.org_id}, ${customer.id}, 1, 'confirmed', 0, 'SEK', 'free', 'staff', ${serviceId},
                ${providerIds[0]}, ${later.toISOString()}::timestamptz, ${end.toISOString()}::timestamptz,
                tstzrange(${later.toISOString()}::timestamptz, ${end.toISOString()}::timestamptz))`),
      (error: unknown) => violatedConstraint(error) === 'provider_claims_no_overlap',
    );
    assert.equal(await countBookings(serviceId), 1);
  });
});

describe('holds', () => {
  test('a hold keeps the time from others, is booked by its id, and a lapsed hold refuses no one', async () => {
    const { serviceId } = await setupPractice(admin);
    const start = localStart(5, '13:00');
    const hold = await t.client().post('/api/v1/holds', { serviceId, start });
    assert.equal(hold.status, 201, JSON.stringify(hold.body));
    const expiresIn = new Date(hold.body.expiresAt).getTime() - t.clock.now().getTime();
    assert.ok(expiresIn > 4 * 60_000 && expiresIn <= 5 * 60_000, `expires in ${expiresIn} ms`);
    const blocked = await t.client().post('/api/v1/bookings', { serviceId, start, guest: guest('h1') });
    assert.equal(blocked.status, 409);
    assert.equal(blocked.body.error.code, 'slot_taken');
    const second = await t.client().post('/api/v1/holds', { serviceId, start });
    assert.equal(second.status, 409);
    const booked = await t.client().post('/api/v1/bookings', { holdId: hold.body.id, guest: guest('h2') });
    assert.equal(booked.status, 201, JSON.stringify(booked.body));
    assert.equal(booked.body.booking.startsAt, new Date(start).toISOString());
    const reused = await t.client().post('/api/v1/bookings', { holdId: hold.body.id, guest: guest('h3') });
    assert.equal(reused.status, 404);
    assert.equal(reused.body.error.code, 'hold_not_found');

    // A hold that lapsed, with no job runner: the next customer gets the time.
    const other = localStart(5, '15:00');
    const lapsing = await t.client().post('/api/v1/holds', { serviceId, start: other });
    assert.equal(lapsing.status, 201);
    t.clock.advance(6 * 60_000);
    const next = await t.client().post('/api/v1/bookings', { serviceId, start: other, guest: guest('h4') });
    assert.equal(next.status, 201, JSON.stringify(next.body));
    // The lapsed hold's owner finds the time gone.
    const late = await t.client().post('/api/v1/bookings', { holdId: lapsing.body.id, guest: guest('h5') });
    assert.ok(late.status === 404 || late.status === 409, JSON.stringify(late.body));
  });

  test('the database itself lets an expired claim give way (no application clock involved)', async () => {
    const { serviceId, providerIds } = await setupPractice(admin);
    const start = localStart(6, '10:00');
    const hold = await t.client().post('/api/v1/holds', { serviceId, start });
    assert.equal(hold.status, 201);
    await rows(sql`UPDATE holds SET expires_at = now() - interval '1 minute' WHERE id = ${hold.body.id}`);
    await rows(
      sql`UPDATE provider_claims SET expires_at = now() - interval '1 minute' WHERE hold_id = ${hold.body.id}`,
    );
    const [org] = await rows<{ id: string }>(sql`SELECT org_id AS id FROM services WHERE id = ${serviceId}`);
    assert.ok(org);
    const raw = await rows(sql`
      INSERT INTO holds (org_id, service_id, provider_id, starts_at, ends_at, blocked, expires_at)
      VALUES (${org.id}, ${serviceId}, ${providerIds[0]}, ${start}::timestamptz,
              ${start}::timestamptz + interval '1 hour',
              tstzrange(${start}::timestamptz, ${start}::timestamptz + interval '1 hour'),
              now() + interval '5 minutes')
      RETURNING id`);
    assert.equal(raw.length, 1);
  });

  test('class spots can be held, and booked by the hold', async () => {
    const { classInput } = await import('../support/app.ts');
    const cls = await admin.post('/api/v1/classes', classInput({ maxSpots: 2, maxSpotsPerCustomer: 2 }, t.clock.now()));
    assert.equal(cls.status, 201);
    const hold = await t.client().post('/api/v1/holds', { classId: cls.body.id, spots: 2 });
    assert.equal(hold.status, 201, JSON.stringify(hold.body));
    const full = await t.client().post('/api/v1/bookings', { classId: cls.body.id, guest: guest('c1') });
    assert.equal(full.status, 409);
    assert.equal(full.body.error.code, 'capacity_full');
    const booked = await t.client().post('/api/v1/bookings', { holdId: hold.body.id, guest: guest('c2') });
    assert.equal(booked.status, 201, JSON.stringify(booked.body));
    assert.equal(booked.body.booking.spots, 2);
    const [row] = await rows<{ spots_taken: number }>(sql`SELECT spots_taken FROM classes WHERE id = ${cls.body.id}`);
    assert.equal(row?.spots_taken, 2);
  });
});

describe('reschedule', () => {
  test('a customer moving to a time only another provider has free: null asks for anyone free, absent keeps theirs', async () => {
    const { serviceId, providerIds } = await setupPractice(admin, { providers: 2, name: 'Either' });
    const [mine, theirs] = providerIds as [string, string];
    const start = (time: string) => localStart(8, time);
    const booked = await t.client().post('/api/v1/bookings', {
      serviceId,
      providerId: mine,
      start: start('10:00'),
      guest: guest('any1'),
    });
    assert.equal(booked.status, 201, JSON.stringify(booked.body));
    // 13:00 is taken with the booked provider, free with the other.
    const blocker = await t.client().post('/api/v1/bookings', {
      serviceId,
      providerId: mine,
      start: start('13:00'),
      guest: guest('any2'),
    });
    assert.equal(blocker.status, 201, JSON.stringify(blocker.body));
    const url = `/api/v1/manage/${booked.body.manageToken}/reschedule`;
    const kept = await t.client().post(url, { start: start('13:00') });
    assert.equal(kept.status, 409, JSON.stringify(kept.body));
    assert.equal(kept.body.error.code, 'slot_taken');
    const anyone = await t.client().post(url, { start: start('13:00'), providerId: null });
    assert.equal(anyone.status, 200, JSON.stringify(anyone.body));
    assert.equal(anyone.body.appointment.provider.id, theirs);
    assert.equal(anyone.body.startsAt, new Date(start('13:00')).toISOString());
  });

  test('the customer moves an appointment by the manage link; the old time is free again; a taken time is 409', async () => {
    const { serviceId } = await setupPractice(admin);
    const first = await t.client().post('/api/v1/bookings', {
      serviceId,
      start: localStart(7, '10:00'),
      guest: guest('r1'),
    });
    assert.equal(first.status, 201);
    const other = await t.client().post('/api/v1/bookings', {
      serviceId,
      start: localStart(7, '14:00'),
      guest: guest('r2'),
    });
    assert.equal(other.status, 201);
    const token = first.body.manageToken as string;
    const icsBefore = await t.app.inject({ method: 'GET', url: `/api/v1/manage/${token}/booking.ics` });
    assert.equal(icsBefore.statusCode, 200);
    assert.match(String(icsBefore.headers['content-type']), /text\/calendar/);
    const taken = await t.client().post(`/api/v1/manage/${token}/reschedule`, { start: localStart(7, '14:00') });
    assert.equal(taken.status, 409);
    assert.equal(taken.body.error.code, 'slot_taken');
    const moved = await t.client().post(`/api/v1/manage/${token}/reschedule`, { start: localStart(7, '12:00') });
    assert.equal(moved.status, 200, JSON.stringify(moved.body));
    assert.equal(moved.body.startsAt, new Date(localStart(7, '12:00')).toISOString());
    assert.equal(moved.body.id, first.body.booking.id);
    // The calendar file keeps its UID, shows the new time and a higher SEQUENCE.
    const icsAfter = await t.app.inject({ method: 'GET', url: `/api/v1/manage/${token}/booking.ics` });
    const field = (ics: string, name: string) => ics.match(new RegExp(`^${name}[:;](.*)$`, 'm'))?.[1]?.trim();
    assert.equal(field(icsAfter.body, 'UID'), `booking-${first.body.booking.id}@slotwise`);
    assert.equal(field(icsAfter.body, 'UID'), field(icsBefore.body, 'UID'));
    assert.ok(Number(field(icsAfter.body, 'SEQUENCE')) > Number(field(icsBefore.body, 'SEQUENCE')));
    assert.notEqual(field(icsAfter.body, 'DTSTART'), field(icsBefore.body, 'DTSTART'));
    const unknown = await t.app.inject({
      method: 'GET',
      url: '/api/v1/manage/not-a-real-token-at-all-xyz/booking.ics',
    });
    assert.equal(unknown.statusCode, 404);
    const freed = await t.client().post('/api/v1/bookings', {
      serviceId,
      start: localStart(7, '10:00'),
      guest: guest('r3'),
    });
    assert.equal(freed.status, 201);
    await t.runJobs();
  });

  test('past the deadline the customer may not move it, staff may', async () => {
    await admin.patch('/api/v1/organisation', { cancellationDeadlineHours: 24 });
    const { serviceId } = await setupPractice(admin);
    const start = localStart(2, '10:00');
    const booked = await t.client().post('/api/v1/bookings', { serviceId, start, guest: guest('d1') });
    assert.equal(booked.status, 201, JSON.stringify(booked.body));
    assert.ok(booked.body.booking.reschedulableUntil);
    const token = booked.body.manageToken as string;
    // Twelve hours before the start: inside the 24-hour deadline.
    t.clock.set(new Date(new Date(start).getTime() - 12 * 3600_000));
    const seen = await t.client().get(`/api/v1/manage/${token}`);
    assert.equal(seen.body.reschedulableUntil, null);
    const target = localStart(3, '10:00', 'Europe/Stockholm', t.clock.now());
    const closed = await t.client().post(`/api/v1/manage/${token}/reschedule`, { start: target });
    assert.equal(closed.status, 409);
    assert.equal(closed.body.error.code, 'reschedule_closed');
    const byStaff = await admin.post(`/api/v1/bookings/${booked.body.booking.id}/reschedule`, { start: target });
    assert.equal(byStaff.status, 200, JSON.stringify(byStaff.body));
    assert.equal(byStaff.body.startsAt, new Date(target).toISOString());
    t.clock.set(new Date());
  });

  test('a class booking moves to another class; a full class refuses it, for its customer as for staff', async () => {
    const { classInput } = await import('../support/app.ts');
    const from = await admin.post('/api/v1/classes', classInput({ maxSpots: 5 }, t.clock.now()));
    const to = await admin.post('/api/v1/classes', classInput({ maxSpots: 1, title: 'Yoga' }, t.clock.now()));
    const full = await admin.post('/api/v1/classes', classInput({ maxSpots: 1, title: 'Full' }, t.clock.now()));
    await t.client().post('/api/v1/bookings', { classId: full.body.id, guest: guest('m0') });
    const booked = await t.client().post('/api/v1/bookings', { classId: from.body.id, guest: guest('m1') });
    assert.equal(booked.status, 201);
    const id = booked.body.booking.id as string;
    const byCustomer = await t
      .client()
      .post(`/api/v1/manage/${booked.body.manageToken}/reschedule`, { classId: full.body.id });
    assert.equal(byCustomer.status, 409);
    assert.equal(byCustomer.body.error.code, 'capacity_full');
    const refused = await admin.post(`/api/v1/bookings/${id}/reschedule`, { classId: full.body.id });
    assert.equal(refused.status, 409);
    assert.equal(refused.body.error.code, 'capacity_full');
    const moved = await admin.post(`/api/v1/bookings/${id}/reschedule`, { classId: to.body.id });
    assert.equal(moved.status, 200, JSON.stringify(moved.body));
    assert.equal(moved.body.class.id, to.body.id);
    const spots = await rows<{ id: string; spots_taken: number }>(
      sql`SELECT id, spots_taken FROM classes WHERE id IN (${from.body.id}, ${to.body.id})`,
    );
    assert.equal(spots.find((row) => row.id === from.body.id)?.spots_taken, 0);
    assert.equal(spots.find((row) => row.id === to.body.id)?.spots_taken, 1);
  });
});

describe('lapsed payment holds', () => {
  test('a class booking waiting for a Swish payment past its deadline refuses no one, job runner or not', async () => {
    const { classInput } = await import('../support/app.ts');
    await admin.patch('/api/v1/organisation', {
      paymentMethods: ['swish', 'venue'],
      swishNumber: '123 456 78 90',
      manualPaymentHours: 1,
    });
    const cls = await admin.post('/api/v1/classes', classInput({ maxSpots: 1 }, t.clock.now()));
    const waiting = await t.client().post('/api/v1/bookings', {
      classId: cls.body.id,
      guest: guest('lapse1'),
      paymentMethod: 'swish',
    });
    assert.equal(waiting.status, 201);
    assert.equal(waiting.body.booking.status, 'pending');
    const full = await t.client().post('/api/v1/bookings', { classId: cls.body.id, guest: guest('lapse2') });
    assert.equal(full.status, 409);
    t.clock.advance(61 * 60_000);
    const next = await t.client().post('/api/v1/bookings', { classId: cls.body.id, guest: guest('lapse3') });
    assert.equal(next.status, 201, JSON.stringify(next.body));
    const lapsed = await admin.get(`/api/v1/bookings/${waiting.body.booking.id}`);
    assert.equal(lapsed.body.status, 'cancelled');
    assert.equal(lapsed.body.cancelReason, 'hold_expired');
    t.clock.set(new Date());
    await admin.patch('/api/v1/organisation', { paymentMethods: ['venue'] });
  });
});
