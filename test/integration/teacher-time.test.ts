// A class taught by a provider takes the provider's time, as an appointment does: no 1:1 in the
// middle of the class they teach, no class over their appointment or their other class. The
// database's exclusion constraint on provider claims is what holds it, whichever path writes.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { type Client, type TestApp, startTestApp } from '../support/app.ts';
import { guest, localStart, setupPractice } from '../support/practice.ts';

let t: TestApp;
let admin: Client;
before(async () => {
  t = await startTestApp();
  admin = await t.admin();
});
after(() => t.close());

const plusHour = (iso: string) => new Date(new Date(iso).getTime() + 3600_000).toISOString();

async function startsOffered(serviceId: string, day: string): Promise<string[]> {
  const answer = await t.client().get(`/api/v1/services/${serviceId}/slots?from=${day}&to=${day}`);
  assert.equal(answer.status, 200, JSON.stringify(answer.body));
  return answer.body.slots.map((slot: { start: string }) => slot.start);
}

const classAt = (providerId: string, startsAt: string, title = 'Rehab gym') =>
  admin.post('/api/v1/classes', {
    title,
    startsAt,
    endsAt: plusHour(startsAt),
    maxSpots: 8,
    price: { amount: 10_000 },
    instructorName: 'Anna',
    providerId,
  });

test('the hour of a class its teacher gives is not offered for a 1:1, and cannot be booked', async () => {
  const { serviceId, providerIds } = await setupPractice(admin, { name: 'Teacher' });
  const teacher = providerIds[0] as string;
  const ten = localStart(4, '10:00');
  const day = localStart(4, '12:00').slice(0, 10);
  assert.ok((await startsOffered(serviceId, day)).includes(new Date(ten).toISOString()));

  const cls = await classAt(teacher, ten);
  assert.equal(cls.status, 201, JSON.stringify(cls.body));
  const offered = await startsOffered(serviceId, day);
  assert.ok(!offered.includes(new Date(ten).toISOString()), 'the class hour is gone');
  assert.ok(offered.includes(new Date(localStart(4, '11:00')).toISOString()), 'the hour after it is offered');

  const booked = await t.client().post('/api/v1/bookings', { serviceId, start: ten, guest: guest('teacher-1') });
  assert.equal(booked.status, 409, JSON.stringify(booked.body));
  assert.equal(booked.body.error.code, 'slot_taken');

  // Cancelled, the class gives its hour back.
  assert.equal((await admin.post(`/api/v1/classes/${cls.body.id}/cancel`, {})).status, 200);
  assert.ok((await startsOffered(serviceId, day)).includes(new Date(ten).toISOString()));
});

test('a class over its teacher’s appointment or other class is refused, made or moved; nothing changes', async () => {
  const { serviceId, providerIds } = await setupPractice(admin, { name: 'Busy teacher', providers: 2 });
  const [teacher, other] = providerIds as [string, string];
  const one = localStart(5, '13:00');
  const booked = await t.client().post('/api/v1/bookings', {
    serviceId,
    start: one,
    providerId: teacher,
    guest: guest('teacher-2'),
  });
  assert.equal(booked.status, 201, JSON.stringify(booked.body));

  const over = await classAt(teacher, localStart(5, '12:30'));
  assert.equal(over.status, 409, JSON.stringify(over.body));
  assert.equal(over.body.error.code, 'instructor_busy');
  assert.match(over.body.error.message, /instructor has an appointment/);

  const morning = await classAt(teacher, localStart(5, '09:00'), 'Morning class');
  assert.equal(morning.status, 201, JSON.stringify(morning.body));
  const twice = await classAt(teacher, localStart(5, '09:30'), 'Second class');
  assert.equal(twice.body.error?.code, 'instructor_busy', 'two classes of one teacher cannot overlap');

  const moved = await admin.patch(`/api/v1/classes/${morning.body.id}`, {
    startsAt: localStart(5, '12:30'),
    endsAt: plusHour(localStart(5, '12:30')),
  });
  assert.equal(moved.status, 409, JSON.stringify(moved.body));
  assert.equal(moved.body.error.code, 'instructor_busy');
  const handedOver = await admin.patch(`/api/v1/classes/${morning.body.id}`, {
    startsAt: localStart(5, '12:30'),
    endsAt: plusHour(localStart(5, '12:30')),
    providerId: other,
  });
  assert.equal(handedOver.status, 200, 'another teacher is free then');

  const classes = await admin.get(`/api/v1/classes?providerId=${teacher}&from=${localStart(5, '00:00')}`);
  assert.deepEqual(
    classes.body.classes.map((c: { title: string }) => c.title),
    [],
    'no class of the busy teacher was made',
  );
});
