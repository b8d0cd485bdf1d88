// The studio's own mail when a customer books, cancels or moves a booking (issue 12, "Mail"): the setting, and the mails
// through the outbox to a real SMTP server on loopback.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../src/platform/db.ts';
import { ADMIN, type Client, type TestApp, startTestApp } from '../support/app.ts';
import { setupPractice } from '../support/practice.ts';
import { type ReceivedMail, TestSmtpServer } from '../support/smtp.ts';

let t: TestApp;
let admin: Client;
const smtp = new TestSmtpServer();
const SECOND_ADMIN = 'owner@example.test';
const SETTINGS = '/api/v1/organisation/staff-notifications';

before(async () => {
  await smtp.start();
  t = await startTestApp({ smtpUrl: smtp.url });
  // A fixed day, so the local time and the zone in the mails are known whatever the day the test runs.
  t.clock.set('2031-05-01T09:00:00Z');
  admin = await t.admin();
  const owner = t.client();
  const signedUp = await owner.signUp(SECOND_ADMIN, 'Olle Owner');
  assert.equal(signedUp.status, 201, JSON.stringify(signedUp.body));
  assert.equal((await admin.patch(`/api/v1/users/${signedUp.body.user.id}`, { role: 'admin' })).status, 200);
  // This file books more than 20 times as one identity (the admin's own bookings included).
  const limits = await admin.patch('/api/v1/rate-limits', { writePerIdentity: 1000 });
  assert.equal(limits.status, 200, JSON.stringify(limits.body));
});
after(async () => {
  await t.close();
  await smtp.stop();
});

let classes = 0;
/** A class on Tuesday 13 May 2031 at 18:00 in Stockholm (summer time: 16:00 UTC). */
async function newClass(overrides: Record<string, unknown> = {}) {
  classes++;
  const response = await admin.post('/api/v1/classes', {
    title: `Yoga Flow ${classes}`,
    startsAt: '2031-05-13T18:00',
    endsAt: '2031-05-13T19:00',
    maxSpots: 10,
    location: 'Studio B',
    price: { amount: 15000 },
    ...overrides,
  });
  assert.equal(response.status, 201, JSON.stringify(response.body));
  return response.body as { id: string; title: string };
}

let guests = 0;
async function bookAsGuest(classId: string, extra: Record<string, unknown> = {}) {
  guests++;
  const email = `anna${guests}@example.test`;
  const response = await t.client().post('/api/v1/bookings', {
    classId,
    paymentMethod: 'venue',
    guest: { name: 'Anna Svensson', email },
    ...extra,
  });
  assert.equal(response.status, 201, JSON.stringify(response.body));
  return { ...response.body, email };
}

/** The studio's mails about one class or service, to one address. */
const noticesTo = (address: string, title: string): ReceivedMail[] =>
  smtp
    .to(address)
    .filter(
      (mail) =>
        /^(New booking|Cancelled|Booking moved|Ny bokning|Avbokad|Bokning flyttad): [^—]+ — /.test(mail.subject) &&
        mail.subject.includes(title),
    );

const staffJobs = (bookingId: string) =>
  queryRows<{ id: number; status: string; result: string | null; payload: { event: string } }>(
    t.database.db,
    sql`SELECT id, status, result, payload FROM jobs WHERE kind = 'mail.staff_notice' AND payload->>'bookingId' = ${bookingId} ORDER BY id`,
  );

// One suite: the tests share the organisation's setting, so they must not run side by side.
describe('staff notification mails', () => {
  test('on by default, to every admin; a bad address is refused and changes nothing; a change is audited', async () => {
    const initial = await admin.get(SETTINGS);
    assert.equal(initial.status, 200);
    assert.deepEqual(initial.body, { enabled: true, to: null, recipients: [ADMIN.email, SECOND_ADMIN].sort() });

    const auditCount = async () =>
      (
        await queryRows<{ n: number }>(
          t.database.db,
          sql`SELECT count(*)::int AS n FROM audit_log WHERE action = 'organisation.updated'`,
        )
      )[0]?.n;
    const auditsBefore = await auditCount();
    for (const body of [{ to: 'not an address' }, { enabled: 'yes' }, { to: 'desk@studio.test', extra: 1 }, {}]) {
      const refused = await admin.patch(SETTINGS, body);
      assert.equal(refused.status, 400, JSON.stringify(body));
      assert.equal(refused.body.error.code, 'validation_failed');
    }
    assert.deepEqual((await admin.get(SETTINGS)).body, initial.body);
    assert.equal(await auditCount(), auditsBefore, 'nothing written');

    const changed = await admin.patch(SETTINGS, { to: 'desk@studio.test', enabled: false });
    assert.equal(changed.status, 200);
    assert.deepEqual(changed.body, { enabled: false, to: 'desk@studio.test', recipients: ['desk@studio.test'] });
    assert.deepEqual((await admin.get(SETTINGS)).body, changed.body);
    const [entry] = await queryRows<{ before: Record<string, unknown>; after: Record<string, unknown> }>(
      t.database.db,
      sql`SELECT before, after FROM audit_log WHERE action = 'organisation.updated' ORDER BY id DESC LIMIT 1`,
    );
    assert.equal(entry?.before.staffNotifyTo, null);
    assert.equal(entry?.after.staffNotifyTo, 'desk@studio.test');
    assert.equal(entry?.after.staffNotify, false);

    // The address may be a person's own: the public organisation answer does not carry it.
    const publicOrg = await t.client().get('/api/v1/organisation');
    assert.equal(publicOrg.status, 200);
    assert.ok(!JSON.stringify(publicOrg.body).includes('desk@studio.test'));

    const reset = await admin.patch(SETTINGS, { to: null, enabled: true });
    assert.deepEqual(reset.body, initial.body);
  });

  test("a guest's booking mails every admin, with the local time and its zone, spots left, price and a dashboard link", async () => {
    const cls = await newClass();
    const booked = await bookAsGuest(cls.id);
    assert.equal(noticesTo(ADMIN.email, cls.title).length, 0, 'nothing is sent inside the request');
    await t.runJobs();

    for (const address of [ADMIN.email, SECOND_ADMIN]) {
      const mails = noticesTo(address, cls.title);
      assert.equal(mails.length, 1, address);
      const [mail] = mails as [ReceivedMail];
      assert.equal(
        mail.subject,
        `New booking: Anna Svensson — ${cls.title}, Tuesday, 13 May 2031 at 18:00 (Europe/Stockholm)`,
      );
      assert.match(mail.headers.from ?? '', /^"?Slotwise Studio"? <studio@example\.test>$/);
      assert.match(mail.text, /Anna Svensson has booked Yoga Flow/);
      assert.match(mail.text, new RegExp(`Email: ${booked.email}`));
      assert.match(mail.text, /When: Tuesday, 13 May 2031 at 18:00–19:00 \(Europe\/Stockholm\)/);
      assert.match(mail.text, /Where: Studio B/);
      assert.match(mail.text, /Spots left: 9/);
      assert.match(mail.text, /Price: SEK\s150\.00/);
      assert.match(mail.text, /Payment: To be paid at the venue/);
      const link = `http://slotwise.test/admin/classes/${cls.id}`;
      assert.ok(mail.text.includes(link), mail.text);
      assert.ok(mail.html.includes(`href="${link}"`));
      // The mail's two versions escape what the customer typed.
      assert.ok(!mail.html.includes('<script'));
    }
  });

  test('a customer cancelling through the manage link mails the studio once; an account cancelling too', async () => {
    const cls = await newClass();
    const booked = await bookAsGuest(cls.id);
    await t.runJobs();
    const cancelled = await t.client().post(`/api/v1/manage/${booked.manageToken}/cancel`, {});
    assert.equal(cancelled.status, 200, JSON.stringify(cancelled.body));
    await t.runJobs();
    const notices = noticesTo(ADMIN.email, cls.title);
    assert.deepEqual(
      notices.map((mail) => mail.subject.split(':')[0]),
      ['New booking', 'Cancelled'],
    );
    assert.match(notices[1]?.text ?? '', /Anna Svensson has cancelled their booking of Yoga Flow/);
    assert.match(notices[1]?.text ?? '', /Spots left: 10/);

    const customer = t.client();
    assert.equal((await customer.signUp('regular@example.test', 'Rut Regular')).status, 201);
    const own = await customer.post('/api/v1/bookings', { classId: cls.id, paymentMethod: 'venue' });
    assert.equal(own.status, 201, JSON.stringify(own.body));
    // Cancelled before a single job ran: the runner runs four jobs at once, and the mails about one
    // booking still go out in the order they were queued (migrations/0039).
    const ownCancel = await customer.post(`/api/v1/bookings/${own.body.booking.id}/cancel`, {});
    assert.equal(ownCancel.status, 200, JSON.stringify(ownCancel.body));
    await t.runJobs();
    const hers = noticesTo(SECOND_ADMIN, cls.title).filter((mail) => mail.subject.includes('Rut Regular'));
    assert.deepEqual(
      hers.map((mail) => mail.subject.split(':')[0]),
      ['New booking', 'Cancelled'],
    );
  });

  test('staff booking or cancelling themselves mails nobody on staff', async () => {
    const cls = await newClass();
    const byStaff = await admin.post('/api/v1/bookings', {
      classId: cls.id,
      paymentMethod: 'venue',
      guest: { name: 'Phone Caller', email: 'caller@example.test' },
    });
    assert.equal(byStaff.status, 201, JSON.stringify(byStaff.body));
    assert.equal(byStaff.body.booking.source, 'staff');
    const guestBooking = await bookAsGuest(cls.id);
    await t.runJobs();
    const cancelled = await admin.post(`/api/v1/bookings/${guestBooking.booking.id}/cancel`, {});
    assert.equal(cancelled.status, 200, JSON.stringify(cancelled.body));
    await t.runJobs();
    const notices = noticesTo(ADMIN.email, cls.title);
    assert.deepEqual(
      notices.map((mail) => mail.subject),
      [`New booking: Anna Svensson — ${cls.title}, Tuesday, 13 May 2031 at 18:00 (Europe/Stockholm)`],
      'only the guest booking',
    );
    assert.deepEqual(
      (await staffJobs(byStaff.body.booking.id)).map((job) => job.result),
      ['skipped: booked by staff'],
    );
    assert.deepEqual(
      (await staffJobs(guestBooking.booking.id)).map((job) => job.payload.event),
      ['booked'],
      'no notice queued for a cancellation by staff',
    );
  });

  test('switched off, nothing is sent, including what was queued before', async () => {
    const cls = await newClass();
    const queued = await bookAsGuest(cls.id);
    assert.equal((await admin.patch(SETTINGS, { enabled: false })).status, 200);
    try {
      const later = await bookAsGuest(cls.id);
      await t.client().post(`/api/v1/manage/${later.manageToken}/cancel`, {});
      await t.runJobs();
      assert.equal(noticesTo(ADMIN.email, cls.title).length, 0);
      assert.equal(noticesTo(SECOND_ADMIN, cls.title).length, 0);
      assert.deepEqual(
        (await staffJobs(queued.booking.id)).map((job) => job.result),
        ['skipped: staff notifications are off'],
      );
    } finally {
      assert.equal((await admin.patch(SETTINGS, { enabled: true })).status, 200);
    }
  });

  test('with an address set, only that address gets it, in the organisation’s language', async () => {
    const cls = await newClass();
    assert.equal((await admin.patch(SETTINGS, { to: 'desk@studio.test' })).status, 200);
    assert.equal((await admin.patch('/api/v1/organisation', { defaultLocale: 'sv' })).status, 200);
    try {
      await bookAsGuest(cls.id);
      await t.runJobs();
      const [mail, ...more] = noticesTo('desk@studio.test', cls.title);
      assert.equal(more.length, 0);
      assert.equal(
        mail?.subject,
        `Ny bokning: Anna Svensson — ${cls.title}, tisdag 13 maj 2031 kl. 18:00 (Europe/Stockholm)`,
      );
      assert.match(mail?.text ?? '', /Platser kvar: 9/);
      assert.match(mail?.text ?? '', /Betalning: Betalas på plats/);
      assert.equal(noticesTo(ADMIN.email, cls.title).length, 0);
      assert.equal(noticesTo(SECOND_ADMIN, cls.title).length, 0);
    } finally {
      await admin.patch('/api/v1/organisation', { defaultLocale: 'en' });
      await admin.patch(SETTINGS, { to: null });
    }
  });

  test('a job run again after its mails went out sends nothing more', async () => {
    const cls = await newClass();
    const booked = await bookAsGuest(cls.id);
    await t.runJobs();
    const [job] = await staffJobs(booked.booking.id);
    assert.equal(job?.status, 'done');
    // As if the process died after the SMTP server took the mails and before the job was marked done.
    await t.database.db.execute(
      sql`UPDATE jobs SET status = 'pending', run_at = ${t.clock.now()}, result = NULL WHERE id = ${job?.id}`,
    );
    assert.ok((await t.runJobs()) >= 1);
    assert.equal((await staffJobs(booked.booking.id))[0]?.status, 'done');
    assert.equal(noticesTo(ADMIN.email, cls.title).length, 1);
    assert.equal(noticesTo(SECOND_ADMIN, cls.title).length, 1);
  });

  test('a booking that waits for its payment is told when it is paid, not when it is made', async () => {
    assert.equal(
      (await admin.patch('/api/v1/organisation', { swishNumber: '123 456 78 90', paymentMethods: ['swish', 'venue'] }))
        .status,
      200,
    );
    const cls = await newClass();
    const booked = await bookAsGuest(cls.id, { paymentMethod: 'swish' });
    assert.equal(booked.booking.status, 'pending');
    await t.runJobs();
    assert.equal(noticesTo(ADMIN.email, cls.title).length, 0, 'not at checkout');
    const paid = await admin.post(`/api/v1/payments/${booked.payment.id}/mark-paid`, {});
    assert.equal(paid.status, 200, JSON.stringify(paid.body));
    await t.runJobs();
    const [mail, ...more] = noticesTo(ADMIN.email, cls.title);
    assert.equal(more.length, 0);
    assert.match(mail?.text ?? '', /Payment: Paid with Swish/);
  });

  test('an appointment names its provider, the customer’s phone and links to the provider’s schedule', async () => {
    const { serviceId, providerIds } = await setupPractice(admin, {
      name: 'Massage',
      service: { price: { amount: 0 } },
    });
    const booked = await t.client().post('/api/v1/bookings', {
      serviceId,
      start: '2031-05-13T08:00:00Z',
      phone: '070-123 45 67',
      guest: { name: 'Bo Ek', email: 'bo@example.test' },
    });
    assert.equal(booked.status, 201, JSON.stringify(booked.body));
    await t.runJobs();
    const [mail, ...more] = noticesTo(ADMIN.email, 'Massage');
    assert.equal(more.length, 0);
    assert.equal(mail?.subject, 'New booking: Bo Ek — Massage, Tuesday, 13 May 2031 at 10:00 (Europe/Stockholm)');
    assert.match(mail?.text ?? '', /With: Massage 1/);
    assert.match(mail?.text ?? '', /Phone: 070-123 45 67/);
    assert.match(mail?.text ?? '', /Payment: Free/);
    assert.doesNotMatch(mail?.text ?? '', /Spots left/);
    assert.ok(mail?.text.includes(`http://slotwise.test/admin/providers/${providerIds[0]}/schedule`));
  });

  test("a visit at the customer's address: paid on the day, not at the venue, and the customer's notes go to the studio", async () => {
    const { serviceId } = await setupPractice(admin, {
      name: 'Home cleaning',
      service: { price: { amount: 60_000 }, where: { mode: 'at_customer' } },
    });
    const booked = await t.client().post('/api/v1/bookings', {
      serviceId,
      start: '2031-05-14T08:00:00Z',
      paymentMethod: 'venue',
      address: 'Storgatan 1, 111 22 Stockholm',
      notes: 'A cat lives here. Door code 1234.',
      guest: { name: 'Cai Cleaner', email: 'cai@example.test' },
    });
    assert.equal(booked.status, 201, JSON.stringify(booked.body));
    await t.runJobs();
    const [notice] = noticesTo(ADMIN.email, 'Home cleaning');
    assert.match(notice?.text ?? '', /Payment: To be paid on the day of the visit/);
    assert.match(notice?.text ?? '', /Notes from the customer: A cat lives here\. Door code 1234\./);
    assert.doesNotMatch(notice?.text ?? '', /at the venue/);
    const confirmation = smtp.to('cai@example.test').find((mail) => /confirmed/i.test(mail.subject));
    assert.match(confirmation?.text ?? '', /Price: SEK\s600\.00, to pay on the day of the visit/);
  });

  test('a customer moving an appointment mails the studio once per move, old and new time named; in Swedish too', async () => {
    const { serviceId } = await setupPractice(admin, { name: 'Physio' });
    const customer = t.client();
    assert.equal((await customer.signUp('mover@example.test', 'Mia Mover')).status, 201);
    const booked = await customer.post('/api/v1/bookings', { serviceId, start: '2031-05-13T08:00:00Z' });
    assert.equal(booked.status, 201, JSON.stringify(booked.body));
    await t.runJobs();

    // Through the manage link: 10:00 on the 13th to 14:00 on the 14th, Stockholm time.
    const moved = await t
      .client()
      .post(`/api/v1/manage/${booked.body.manageToken}/reschedule`, { start: '2031-05-14T12:00:00Z' });
    assert.equal(moved.status, 200, JSON.stringify(moved.body));
    assert.equal(
      (await staffJobs(booked.body.booking.id)).filter((job) => job.payload.event === 'moved').length,
      1,
      'queued in the reschedule',
    );
    await t.runJobs();
    for (const address of [ADMIN.email, SECOND_ADMIN]) {
      const notices = noticesTo(address, 'Physio');
      assert.deepEqual(
        notices.map((mail) => mail.subject),
        [
          'New booking: Mia Mover — Physio, Tuesday, 13 May 2031 at 10:00 (Europe/Stockholm)',
          'Booking moved: Mia Mover — Physio, Wednesday, 14 May 2031 at 14:00 (Europe/Stockholm)',
        ],
        address,
      );
      const text = notices[1]?.text ?? '';
      assert.match(text, /Mia Mover has moved their booking of Physio to a new time\./);
      assert.match(text, /When: Wednesday, 14 May 2031 at 14:00–15:00 \(Europe\/Stockholm\)/);
      assert.match(text, /Was: Tuesday, 13 May 2031 at 10:00–11:00 \(Europe\/Stockholm\)/);
    }
    // Run again, the job sends nothing more.
    await t.database.db.execute(
      sql`UPDATE jobs SET status = 'pending', run_at = ${t.clock.now()}, result = NULL
          WHERE kind = 'mail.staff_notice' AND payload->>'bookingId' = ${booked.body.booking.id} AND payload->>'event' = 'moved'`,
    );
    await t.runJobs();
    assert.equal(noticesTo(ADMIN.email, 'Physio').length, 2, 'a retried move is not mailed twice');

    // From the portal, with the organisation in Swedish: a second move is a mail of its own.
    assert.equal((await admin.patch(SETTINGS, { to: 'desk@studio.test' })).status, 200);
    assert.equal((await admin.patch('/api/v1/organisation', { defaultLocale: 'sv' })).status, 200);
    try {
      const again = await customer.post(`/api/v1/bookings/${booked.body.booking.id}/reschedule`, {
        start: '2031-05-15T07:00:00Z',
      });
      assert.equal(again.status, 200, JSON.stringify(again.body));
      await t.runJobs();
      const [mail, ...more] = noticesTo('desk@studio.test', 'Physio');
      assert.equal(more.length, 0);
      assert.equal(
        mail?.subject,
        'Bokning flyttad: Mia Mover — Physio, torsdag 15 maj 2031 kl. 09:00 (Europe/Stockholm)',
      );
      assert.match(mail?.text ?? '', /Mia Mover har flyttat sin bokning av Physio till en ny tid\./);
      assert.match(mail?.text ?? '', /När: torsdag 15 maj 2031 kl\. 09:00–10:00 \(Europe\/Stockholm\)/);
      assert.match(mail?.text ?? '', /Tidigare: onsdag 14 maj 2031 kl\. 14:00–15:00 \(Europe\/Stockholm\)/);
    } finally {
      await admin.patch('/api/v1/organisation', { defaultLocale: 'en' });
      await admin.patch(SETTINGS, { to: null });
    }
  });

  test('staff moving a booking, an appointment or a class booking, mails nobody on staff', async () => {
    const { serviceId } = await setupPractice(admin, { name: 'Reflexology' });
    const appointment = await t.client().post('/api/v1/bookings', {
      serviceId,
      start: '2031-05-13T08:00:00Z',
      guest: { name: 'Sara Stay', email: 'sara@example.test' },
    });
    assert.equal(appointment.status, 201, JSON.stringify(appointment.body));
    const from = await newClass();
    const to = await newClass({ startsAt: '2031-05-14T18:00', endsAt: '2031-05-14T19:00' });
    const classBooking = await bookAsGuest(from.id);
    await t.runJobs();

    const movedAppointment = await admin.post(`/api/v1/bookings/${appointment.body.booking.id}/reschedule`, {
      start: '2031-05-14T12:00:00Z',
    });
    assert.equal(movedAppointment.status, 200, JSON.stringify(movedAppointment.body));
    const movedClass = await admin.post(`/api/v1/bookings/${classBooking.booking.id}/reschedule`, { classId: to.id });
    assert.equal(movedClass.status, 200, JSON.stringify(movedClass.body));
    await t.runJobs();

    for (const bookingId of [appointment.body.booking.id, classBooking.booking.id]) {
      assert.deepEqual(
        (await staffJobs(bookingId)).map((job) => job.payload.event),
        ['booked'],
        'no notice queued for a move by staff',
      );
    }
    for (const address of [ADMIN.email, SECOND_ADMIN]) {
      assert.deepEqual(
        [...noticesTo(address, 'Reflexology'), ...noticesTo(address, from.title), ...noticesTo(address, to.title)].map(
          (mail) => mail.subject.split(':')[0],
        ),
        ['New booking', 'New booking'],
        address,
      );
    }
  });
});
