import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../src/platform/db.ts';
import { ADMIN, classInput, guest } from '../support/app.ts';
import { type BrowserRun, browserSkipReason, signIn, startBrowserRun, withPage } from './harness.ts';

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
      await form.getByLabel('Name').fill('Walter Walkin');
      await form.getByLabel('Email').fill('walter@example.test');
      assert.equal(await form.getByLabel('Payment').inputValue(), 'venue');
      await form.getByRole('button', { name: 'Book' }).click();
      await page.getByText('Walter Walkin is booked.', { exact: false }).waitFor();
      const walter = page.getByRole('row').filter({ hasText: 'Walter Walkin' });
      assert.match(await walter.innerText(), /walter@example\.test[\s\S]*Confirmed[\s\S]*Pay at the venue/);

      await page.getByRole('button', { name: 'Check in: Walter Walkin' }).click();
      await page.getByText('Walter Walkin is checked in.').waitFor();
      assert.match(await walter.innerText(), /Checked in/);
      assert.equal(await page.getByRole('button', { name: 'Check in: Walter Walkin' }).count(), 0);
      assert.equal(await page.getByRole('button', { name: 'No-show: Walter Walkin' }).count(), 0);

      await page.getByRole('button', { name: 'Completed: Walter Walkin' }).click();
      await page.getByText('The booking of Walter Walkin is completed.').waitFor();
      assert.match(await walter.innerText(), /Completed/);
      assert.equal(await walter.getByRole('button').count(), 0, 'nothing more to mark, nothing to cancel');

      await page.getByRole('button', { name: 'No-show: Guest absent' }).click();
      await page.getByText('Guest absent is marked as a no-show.').waitFor();
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
});
