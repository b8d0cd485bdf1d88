// The class roster on a phone (issue 12 "Attendance"): staff open today's class, check one
// customer in, mark one a no-show, add a walk-in and take the walk-in's money at the desk.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../src/platform/db.ts';
import { classInput, guest } from '../support/app.ts';
import {
  type BrowserRun,
  assertAccessible,
  assertNoSidewaysScroll,
  browserSkipReason,
  signIn,
  startBrowserRun,
  withPage,
} from './harness.ts';

const PHONE = { viewport: { width: 390, height: 844 }, mobile: true };

describe('the class roster on a phone (390 × 844)', { skip: browserSkipReason() }, () => {
  let run: BrowserRun;
  before(async () => {
    run = await startBrowserRun();
    const staff = run.app.client();
    const signedUp = await staff.signUp('stina.staff@example.test', 'Stina Staff', 'staff-password-1');
    assert.equal(signedUp.status, 201, JSON.stringify(signedUp.body));
    await run.admin.patch(`/api/v1/users/${signedUp.body.user.id}`, { role: 'staff' });
  });
  after(() => run?.close());

  const bookingOf = async (email: string) =>
    (
      await queryRows<{ status: string; source: string; paid: string | null }>(
        run.app.database.db,
        sql`SELECT b.status, b.source,
                   (SELECT p.method FROM payments p WHERE p.booking_id = b.id AND p.status = 'succeeded') AS paid
            FROM bookings b JOIN customers c ON c.id = b.customer_id WHERE c.email = ${email}`,
      )
    )[0];

  test('staff open today’s class, check one in, mark one a no-show, add a walk-in who pays at the desk', async (t) => {
    // Today's class, begun ten minutes ago: the time attendance is taken.
    const start = new Date(Math.floor(Date.now() / 60_000) * 60_000 - 10 * 60_000);
    const created = await run.admin.post(
      '/api/v1/classes',
      classInput({
        title: 'Evening Flow',
        startsAt: start.toISOString(),
        endsAt: new Date(start.getTime() + 60 * 60_000).toISOString(),
        price: { amount: 20000 },
      }),
    );
    assert.equal(created.status, 201, JSON.stringify(created.body));
    const classId = created.body.id as string;
    for (const who of ['here', 'absent']) {
      const booked = await run.admin.post('/api/v1/bookings', { classId, guest: guest(who) });
      assert.equal(booked.status, 201, JSON.stringify(booked.body));
    }

    await withPage(
      run,
      t,
      async (page) => {
        await signIn(page, 'stina.staff@example.test', 'staff-password-1');
        await page.goto(`/admin/classes/${classId}`);
        await page.getByRole('link', { name: 'Roster and attendance' }).click();
        await page.getByRole('heading', { name: 'Roster: Evening Flow' }).waitFor();
        await page.getByText('Spots booked: 2 of 10 · checked in: 0 · no-shows: 0').waitFor();
        await assertNoSidewaysScroll(page);
        await assertAccessible(page, 'the roster on a phone');

        await page.getByRole('button', { name: 'Check in: Guest here' }).click();
        await page.getByText('Guest here is checked in.').waitFor();
        await page.getByRole('button', { name: 'Undo check-in: Guest here' }).waitFor();

        await page.getByRole('button', { name: 'No-show: Guest absent' }).click();
        await page.getByRole('dialog').getByRole('button', { name: 'Yes, mark a no-show' }).click();
        await page.getByText('Guest absent is marked as a no-show.').waitFor();
        await page.getByText('Spots booked: 2 of 10 · checked in: 1 · no-shows: 1').waitFor();

        await page.getByRole('button', { name: 'Book for a customer' }).click();
        const form = page.getByRole('form', { name: 'Book for a customer' });
        await assertAccessible(page, 'the roster with the walk-in form, on a phone');
        await form.getByLabel('Name').fill('Walter Walkin');
        await form.getByLabel('Email').fill('walter@example.test');
        await form.getByRole('button', { name: 'Book' }).click();
        await page.getByText('Walter Walkin is booked.', { exact: false }).waitFor();
        const walter = page.locator('.roster-card').filter({ hasText: 'Walter Walkin' });
        assert.match(await walter.innerText(), /Pay at the venue/);

        const paid = page.getByRole('button', { name: 'Paid at venue: Walter Walkin' });
        const box = await paid.boundingBox();
        assert.ok(box && box.x >= 0 && box.x + box.width <= 390, `the button is on the screen: ${JSON.stringify(box)}`);
        await paid.click();
        await page.getByText('Walter Walkin paid', { exact: false }).waitFor();
        await paid.waitFor({ state: 'detached' });
        await assertNoSidewaysScroll(page);
        await assertAccessible(page, 'the roster after check-ins and a payment, on a phone');
      },
      PHONE,
    );

    assert.deepEqual(await bookingOf('guesthere@example.test'), { status: 'completed', source: 'staff', paid: null });
    assert.deepEqual(await bookingOf('guestabsent@example.test'), { status: 'no_show', source: 'staff', paid: null });
    assert.deepEqual(await bookingOf('walter@example.test'), { status: 'confirmed', source: 'staff', paid: 'venue' });
  });
});
