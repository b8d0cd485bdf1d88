import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../src/platform/db.ts';
import { ADMIN, classInput, guest } from '../support/app.ts';
import {
  type BrowserRun,
  assertAccessible,
  browserSkipReason,
  createClass,
  insertBegunAppointment,
  signIn,
  startBrowserRun,
  withPage,
} from './harness.ts';

describe('staff at the desk', { skip: browserSkipReason() }, () => {
  let run: BrowserRun;
  before(async () => {
    run = await startBrowserRun();
  });
  after(() => run?.close());

  const bookingOf = async (email: string) =>
    (
      await queryRows<{
        status: string;
        source: string;
        payment_method: string;
        checked_in: boolean;
        finished: boolean;
      }>(
        run.app.database.db,
        sql`SELECT b.status, b.source, b.payment_method, b.checked_in_at IS NOT NULL AS checked_in,
                   b.finished_at IS NOT NULL AS finished
            FROM bookings b JOIN customers c ON c.id = b.customer_id WHERE c.email = ${email}`,
      )
    )[0];

  test('a walk-in is booked into a class under way, checked in and completed; a no-show is marked', async (t) => {
    // A class that began ten minutes ago: staff may still book a walk-in into it.
    const start = new Date(Math.floor(Date.now() / 60_000) * 60_000 - 10 * 60_000);
    const created = await run.admin.post(
      '/api/v1/classes',
      classInput({
        title: 'Morning Flow',
        startsAt: start.toISOString(),
        endsAt: new Date(start.getTime() + 45 * 60_000).toISOString(),
        price: { amount: 20000 },
      }),
    );
    assert.equal(created.status, 201, JSON.stringify(created.body));
    const absent = await run.admin.post('/api/v1/bookings', { classId: created.body.id, guest: guest('absent') });
    assert.equal(absent.status, 201, JSON.stringify(absent.body));

    await withPage(run, t, async (page) => {
      await signIn(page, ADMIN.email, ADMIN.password);
      await page.goto(`/admin/classes/${created.body.id}`);
      await page.getByRole('heading', { name: 'Morning Flow' }).waitFor();

      // The walk-in, booked by staff, paying at the venue.
      await page.getByRole('button', { name: 'Book for a customer' }).click();
      const form = page.getByRole('form', { name: 'Book for a customer' });
      await form.getByRole('button', { name: 'Book' }).click();
      assert.equal(await form.locator('.field-error').count(), 2, 'name and email are asked for');
      await assertAccessible(page, 'the walk-in form with its errors');
      await form.getByLabel('Name').fill('Walter Walkin');
      await form.getByLabel('Email').fill('walter@example.test');
      assert.equal(await form.getByLabel('Payment').inputValue(), 'venue');
      await form.getByRole('button', { name: 'Book' }).click();
      await page.getByText('Walter Walkin is booked.', { exact: false }).waitFor();
      const walter = page.getByRole('row').filter({ hasText: 'Walter Walkin' });
      assert.match(await walter.innerText(), /walter@example\.test[\s\S]*Confirmed[\s\S]*Pay at the venue/);

      await page.getByRole('button', { name: 'Check in: Walter Walkin' }).click();
      await page.getByText('Walter Walkin is checked in.').waitFor();
      // The roster shows the new state once it has reloaded.
      await walter.filter({ hasText: 'Checked in' }).waitFor();
      assert.equal(await page.getByRole('button', { name: 'Cancel: Walter Walkin' }).count(), 0, 'past cancelling');
      assert.equal(await page.getByRole('button', { name: 'Check in: Walter Walkin' }).count(), 0);
      assert.equal(await page.getByRole('button', { name: 'No-show: Walter Walkin' }).count(), 0);
      await assertAccessible(page, 'a class under way with a checked-in booking');

      await page.getByRole('button', { name: 'Completed: Walter Walkin' }).click();
      await page.getByText('The booking of Walter Walkin is completed.').waitFor();
      await page.getByRole('button', { name: 'Completed: Walter Walkin' }).waitFor({ state: 'detached' });
      assert.match(await walter.innerText(), /Completed/);
      assert.equal(await walter.getByRole('button').count(), 0, 'nothing more to mark, nothing to cancel');

      await page.getByRole('button', { name: 'No-show: Guest absent' }).click();
      await page.getByRole('dialog').getByRole('button', { name: 'Yes, mark a no-show' }).click();
      await page.getByText('Guest absent is marked as a no-show.').waitFor();
      await page.getByRole('button', { name: 'No-show: Guest absent' }).waitFor({ state: 'detached' });
      assert.match(await page.getByRole('row').filter({ hasText: 'Guest absent' }).innerText(), /No-show/);
    });

    assert.deepEqual(await bookingOf('walter@example.test'), {
      status: 'completed',
      source: 'staff',
      payment_method: 'venue',
      checked_in: true,
      finished: true,
    });
    assert.deepEqual(await bookingOf('guestabsent@example.test'), {
      status: 'no_show',
      source: 'staff',
      payment_method: 'venue',
      checked_in: false,
      finished: true,
    });
  });

  test('cancelling a paid Swish booking, the dialog says its money goes on the refunds queue', async (t) => {
    const settings = (await run.admin.get('/api/v1/organisation')).body;
    await run.admin.patch('/api/v1/organisation', { paymentMethods: ['swish', 'venue'], swishNumber: '123 456 78 90' });
    try {
      const created = await run.admin.post('/api/v1/classes', classInput({ title: 'Paid Swish Flow' }));
      assert.equal(created.status, 201, JSON.stringify(created.body));
      const booked = await run.app
        .client()
        .post('/api/v1/bookings', { classId: created.body.id, paymentMethod: 'swish', guest: guest('swishpaid') });
      assert.equal(booked.status, 201, JSON.stringify(booked.body));
      const paid = await run.admin.post(`/api/v1/payments/${booked.body.payment.id}/mark-paid`, {});
      assert.equal(paid.body.outcome, 'booked');
      await withPage(run, t, async (page) => {
        await signIn(page, ADMIN.email, ADMIN.password);
        await page.goto(`/admin/classes/${created.body.id}`);
        await page.getByRole('button', { name: 'Cancel: Guest swishpaid' }).click();
        const dialog = page.getByRole('dialog');
        await dialog.getByText('goes on the refunds queue under Payments', { exact: false }).waitFor();
        await dialog.getByRole('button', { name: 'Cancel booking' }).click();
        await dialog.waitFor({ state: 'detached' });
      });
      assert.equal((await run.admin.get(`/api/v1/bookings/${booked.body.booking.id}`)).body.status, 'cancelled');
    } finally {
      await run.admin.patch('/api/v1/organisation', {
        paymentMethods: settings.paymentMethods,
        swishNumber: settings.swishNumber,
      });
    }
  });

  test('a class that has not begun offers no no-show yet', async (t) => {
    const start = new Date(Date.now() + 2 * 24 * 3600_000);
    start.setUTCMinutes(0, 0, 0);
    const created = await run.admin.post(
      '/api/v1/classes',
      classInput({
        title: 'Later Flow',
        startsAt: start.toISOString(),
        endsAt: new Date(start.getTime() + 3600_000).toISOString(),
      }),
    );
    assert.equal(created.status, 201, JSON.stringify(created.body));
    assert.equal(
      (await run.app.client().post('/api/v1/bookings', { classId: created.body.id, guest: guest('early') })).status,
      201,
    );
    await withPage(run, t, async (page) => {
      await signIn(page, ADMIN.email, ADMIN.password);
      await page.goto(`/admin/classes/${created.body.id}`);
      await page.getByRole('button', { name: 'Check in: Guest early' }).waitFor();
      assert.equal(await page.getByRole('button', { name: 'No-show: Guest early' }).count(), 0);
    });
  });

  test('staff find a customer who has an account by part of the name; the booking lands in their account', async (t) => {
    const ulla = run.app.client();
    assert.equal((await ulla.signUp('ulla@example.test', 'Ulla Usual', 'ulla-password-1')).status, 201);
    // Known to the studio once she has booked (the customer list is of people who booked).
    const first = await createClass(run.admin, { title: 'First Steps', hour: 9 });
    assert.equal((await ulla.post('/api/v1/bookings', { classId: first.id })).status, 201);
    const cls = await createClass(run.admin, { title: 'Phone Booking Barre', hour: 11 });
    await withPage(run, t, async (page) => {
      await signIn(page, ADMIN.email, ADMIN.password);
      await page.goto(`/admin/classes/${cls.id}`);
      await page.getByRole('button', { name: 'Book for a customer' }).click();
      const form = page.getByRole('form', { name: 'Book for a customer' });
      await form.getByLabel('Find a customer').fill('ull');
      const found = form.getByRole('list', { name: 'Customers found' });
      await found.getByRole('button', { name: /Ulla Usual/ }).click();
      assert.equal(await form.getByLabel('Name').inputValue(), 'Ulla Usual');
      assert.equal(await form.getByLabel('Email').inputValue(), 'ulla@example.test');
      await assertAccessible(page, 'staff booking for a customer found by name');
      await form.getByLabel('Find a customer').fill('nobody-like-this');
      await form.getByText('No customer found: type their name and email below.').waitFor();
      await form.getByRole('button', { name: 'Book' }).click();
      await page.getByText('Ulla Usual is booked.', { exact: false }).waitFor();
    });
    const mine = await ulla.get('/api/v1/me/bookings');
    assert.ok(
      mine.body.bookings.some((b: { title: string }) => b.title === 'Phone Booking Barre'),
      'the booking is in her account',
    );
  });

  test("a provider's schedule: a Swish appointment is marked paid, partly refunded (by hand, the dialog says) and cancelled", async (t) => {
    const settings = await run.admin.patch('/api/v1/organisation', {
      paymentMethods: ['venue', 'swish'],
      swishNumber: '123 456 78 90',
    });
    assert.equal(settings.status, 200, JSON.stringify(settings.body));
    const provider = await run.admin.post('/api/v1/providers', { name: 'Sara Swish', bio: 'Masseuse' });
    const providerId = provider.body.id as string;
    await run.admin.request('PUT', `/api/v1/providers/${providerId}/hours`, {
      intervals: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, start: '08:00', end: '20:00' })),
    });
    const service = await run.admin.post('/api/v1/services', {
      name: 'Massage',
      durationMinutes: 60,
      price: { amount: 50_000 },
      where: { mode: 'remote' },
      providerIds: [providerId],
    });
    assert.equal(service.status, 201, JSON.stringify(service.body));
    const day = new Date(Date.now() + 3 * 24 * 3600_000).toLocaleDateString('sv-SE', { timeZone: 'Europe/Stockholm' });
    const slots = await run.app
      .client()
      .get(`/api/v1/services/${service.body.id}/slots?from=${day}&to=${day}&timeZone=Europe%2FStockholm`);
    const booked = await run.app.client().post('/api/v1/bookings', {
      serviceId: service.body.id,
      start: slots.body.slots[0].start,
      guest: { name: 'Siri Swisher', email: 'siri@example.test' },
      paymentMethod: 'swish',
    });
    assert.equal(booked.status, 201, JSON.stringify(booked.body));
    assert.equal(booked.body.booking.status, 'pending');
    // Sara also teaches a class that day: her schedule shows it beside her appointments.
    const taught = await run.admin.post('/api/v1/classes', {
      title: 'Stretch with Sara',
      instructorName: 'Sara Swish',
      providerId,
      startsAt: `${day}T17:00`,
      endsAt: `${day}T18:00`,
      maxSpots: 8,
      price: { amount: 10_000 },
    });
    assert.equal(taught.status, 201, JSON.stringify(taught.body));

    await withPage(run, t, async (page) => {
      await signIn(page, ADMIN.email, ADMIN.password);
      await page.goto(`/admin/providers/${providerId}/schedule?date=${day}&view=day`);
      const row = page.getByRole('row').filter({ hasText: 'Siri Swisher' });
      await row.waitFor();
      const teaching = page.getByTestId('schedule-classes');
      await teaching.getByRole('link', { name: 'Stretch with Sara' }).waitFor();
      assert.match(await teaching.innerText(), /Teaching 17:00\s*–\s*18:00 Stretch with Sara \(0 of 8 booked\)/);
      assert.match(await row.innerText(), /SEK\s500\.00/);
      await page.getByRole('button', { name: 'Mark paid: Siri Swisher' }).click();
      const markPaid = page.getByRole('dialog', { name: 'Has the payment from Siri Swisher arrived?' });
      await markPaid.getByText('Check that SEK 500.00 has arrived by Swish.').waitFor();
      await assertAccessible(page, 'marking an appointment paid');
      await markPaid.getByRole('button', { name: 'Yes, mark paid' }).click();
      await page.getByRole('button', { name: 'Mark paid: Siri Swisher' }).waitFor({ state: 'detached' });
      await row.filter({ hasText: 'Confirmed' }).waitFor();

      await page.getByRole('button', { name: 'Refund… Siri Swisher' }).click();
      const refund = page.getByRole('dialog', { name: 'Refund Siri Swisher' });
      await refund.getByText('Slotwise cannot send money back by Swish: send it to the customer yourself').waitFor();
      await refund.getByLabel('Amount to refund (SEK)').fill('100');
      await refund.getByLabel('Reason').fill('Started late');
      await refund.getByRole('button', { name: 'Refund' }).click();
      await page.getByText('Refunded SEK 100.00.').waitFor();

      await page.getByRole('button', { name: 'Cancel: Siri Swisher' }).click();
      const cancel = page.getByRole('dialog', { name: 'Cancel the booking of Siri Swisher?' });
      await cancel.getByText('The time is released for others.').waitFor();
      await cancel.getByRole('button', { name: 'Cancel booking' }).click();
      await row.filter({ hasText: 'Cancelled' }).waitFor();
    });
    const [stored] = await queryRows<{ status: string; payment: string; refunded: number }>(
      run.app.database.db,
      sql`SELECT b.status, p.status AS payment,
                 (SELECT coalesce(sum(r.amount), 0)::int FROM refunds r WHERE r.payment_id = p.id) AS refunded
            FROM bookings b JOIN customers c ON c.org_id = b.org_id AND c.id = b.customer_id
            JOIN payments p ON p.booking_id = b.id
           WHERE c.email = 'siri@example.test'`,
    );
    assert.equal(stored?.status, 'cancelled');
    assert.equal(stored?.payment, 'succeeded');
    assert.ok((stored?.refunded ?? 0) >= 10_000, 'the partial refund is recorded');
  });

  test("a provider's schedule: a no-show, an appointment booked for a caller, checked in and completed", async (t) => {
    const provider = await run.admin.post('/api/v1/providers', { name: 'Petra Lund', bio: 'Therapist' });
    assert.equal(provider.status, 201, JSON.stringify(provider.body));
    const providerId = provider.body.id as string;
    // Working every day, so that any day of the week the test runs has hours.
    const hours = await run.admin.request('PUT', `/api/v1/providers/${providerId}/hours`, {
      intervals: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, start: '08:00', end: '20:00' })),
    });
    assert.equal(hours.status, 200, JSON.stringify(hours.body));
    const service = await run.admin.post('/api/v1/services', {
      name: 'Consultation',
      durationMinutes: 30,
      price: { amount: 0 },
      where: { mode: 'remote' },
      providerIds: [providerId],
    });
    assert.equal(service.status, 201, JSON.stringify(service.body));

    // An appointment that began ten minutes ago and nobody came to.
    const start = await insertBegunAppointment(run, {
      serviceId: service.body.id,
      providerId,
      minutes: 30,
      customer: { name: 'Nora Noshow', email: 'nora@example.test' },
    });
    const startDay = start.toLocaleDateString('sv-SE', { timeZone: 'Europe/Stockholm' });
    const tomorrow = new Date(Date.now() + 24 * 3600_000).toLocaleDateString('sv-SE', {
      timeZone: 'Europe/Stockholm',
    });

    await withPage(run, t, async (page) => {
      await signIn(page, ADMIN.email, ADMIN.password);
      await page.goto(`/admin/providers/${providerId}`);
      await page.getByRole('link', { name: 'Schedule' }).click();
      await page.getByRole('heading', { name: 'Schedule: Petra Lund' }).waitFor();
      await page.goto(`/admin/providers/${providerId}/schedule?date=${startDay}&view=day`);
      await page.getByText('Working hours 08:00–20:00.').waitFor();
      const noraRow = page.getByRole('row').filter({ hasText: 'Nora Noshow' });
      assert.match(
        await noraRow.innerText(),
        /nora@example\.test[\s\S]*Consultation[\s\S]*Video meeting[\s\S]*Confirmed/,
      );
      await assertAccessible(page, 'a provider’s day');
      await page.getByRole('button', { name: 'No-show: Nora Noshow' }).click();
      await page.getByRole('dialog').getByRole('button', { name: 'Yes, mark a no-show' }).click();
      await page.getByText('Nora Noshow is marked as a no-show.').waitFor();
      await page.getByRole('button', { name: 'No-show: Nora Noshow' }).waitFor({ state: 'detached' });
      assert.match(await noraRow.innerText(), /No-show/);

      // A caller books tomorrow's first free time with Petra.
      await page.getByRole('link', { name: 'Book an appointment' }).click();
      await page.getByRole('heading', { name: 'Book an appointment for a customer' }).waitFor();
      assert.equal(await page.getByLabel('Provider').locator('option:checked').innerText(), 'Petra Lund');
      // Today's times stay listed until tomorrow's arrive: wait for tomorrow's answer, then its 08:00.
      const tomorrowsTimes = page.waitForResponse((r) => r.url().includes('/slots?') && r.url().includes(tomorrow));
      await page.getByLabel('Date').fill(tomorrow);
      await tomorrowsTimes;
      await page.locator('.slot-choice', { hasText: '08:00' }).first().waitFor();
      const firstTime = page.getByRole('radio').first();
      const time = (await page.locator('.slot-choice').first().innerText()).trim();
      assert.equal(time, '08:00', 'the first time of the day, in the provider zone');
      await firstTime.check();
      await assertAccessible(page, 'booking an appointment for a caller');
      const form = page.getByRole('form', { name: 'Appointment' });
      await form.getByLabel('Name').fill('Carl Caller');
      await form.getByLabel('Email').fill('carl@example.test');
      await form.getByRole('button', { name: 'Book' }).click();
      await page.getByText(/Carl Caller is booked with Petra Lund/).waitFor();
      await page.getByRole('link', { name: "See Petra Lund's schedule" }).click();

      const carlRow = page.getByRole('row').filter({ hasText: 'Carl Caller' });
      assert.match(
        await carlRow.innerText(),
        /08:00–08:30[\s\S]*carl@example\.test[\s\S]*Consultation[\s\S]*Confirmed/,
      );
      assert.equal(await page.getByRole('button', { name: 'No-show: Carl Caller' }).count(), 0, 'not begun yet');
      assert.equal(await page.getByRole('button', { name: 'Completed: Carl Caller' }).count(), 0, 'nor done');
      await page.getByRole('button', { name: 'Check in: Carl Caller' }).click();
      await page.getByText('Carl Caller is checked in.').waitFor();
      // The row shows the new state once the schedule has reloaded.
      await carlRow.filter({ hasText: 'Checked in' }).waitFor();
      // Checked in early, it is completed only once it has begun (the server refuses it before).
      assert.equal(await page.getByRole('button', { name: 'Completed: Carl Caller' }).count(), 0, 'not begun yet');

      // The week around it lists seven days, the appointment among them.
      await page.getByRole('link', { name: 'Week' }).click();
      await page.waitForURL(/view=week/);
      await page.locator('.schedule-day').nth(6).waitFor();
      assert.equal(await page.locator('.schedule-day').count(), 7);
      assert.match(await page.getByRole('row').filter({ hasText: 'Carl Caller' }).innerText(), /Checked in/);
      await assertAccessible(page, 'a provider’s week');
    });

    const carl = await bookingOf('carl@example.test');
    assert.deepEqual(carl, {
      status: 'in_progress',
      source: 'staff',
      payment_method: 'free',
      checked_in: true,
      finished: false,
    });
    assert.equal((await bookingOf('nora@example.test'))?.status, 'no_show');
  });
});
