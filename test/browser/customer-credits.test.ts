import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { guest } from '../support/app.ts';
import {
  type BrowserRun,
  assertAccessible,
  browserSkipReason,
  createClass,
  signIn,
  startBrowserRun,
  withPage,
} from './harness.ts';

describe('staff adjust a customer’s credits', { skip: browserSkipReason() }, () => {
  let run: BrowserRun;
  before(async () => {
    run = await startBrowserRun();
  });
  after(() => run?.close());

  test('staff grant 3 credits with a reason, see the balance, and are told in plain words when removing too many', async (t) => {
    const staff = run.app.client();
    const signedUp = await staff.signUp('sam@example.test', 'Sam Staff', 'staff-password-1');
    assert.equal((await run.admin.patch(`/api/v1/users/${signedUp.body.user.id}`, { role: 'staff' })).status, 200);
    const cls = await createClass(run.admin, { title: 'Credit Desk Class', hour: 10 });
    const booked = await run.app.client().post('/api/v1/bookings', { classId: cls.id, guest: guest('credits-desk') });
    assert.equal(booked.status, 201, JSON.stringify(booked.body));
    const found = await run.admin.get('/api/v1/customers?q=credits-desk');
    const customerId: string = found.body.customers[0].id;

    await withPage(run, t, async (page) => {
      await signIn(page, 'sam@example.test', 'staff-password-1');
      await page.getByRole('link', { name: 'Customers' }).click();
      await page.getByRole('button', { name: 'Credits of Guest credits-desk' }).click();
      const panel = page.getByRole('region', { name: 'Credits of Guest credits-desk' });
      await panel.getByText('Balance: 0 credits.').waitFor();
      await assertAccessible(page, 'the customers list with a credits panel open');

      await panel.getByLabel('Number of credits').fill('3');
      await panel.getByLabel('Reason').fill('Apology for the broken heater');
      await panel.getByRole('button', { name: 'Save change' }).click();
      await panel.getByText('Granted 3 credits.').waitFor();
      await panel.getByText('Balance: 3 credits.').waitFor();

      await panel.getByLabel('Change').selectOption('take');
      await panel.getByLabel('Number of credits').fill('5');
      await panel.getByLabel('Reason').fill('Typo');
      await panel.getByRole('button', { name: 'Save change' }).click();
      await panel.getByRole('alert').getByText('You do not have enough credits: 5 needed, 3 available.').waitFor();
      await assertAccessible(page, 'the credits panel with a refusal shown');
      await panel.getByText('Balance: 3 credits.').waitFor();
    });

    const credits = await run.admin.get(`/api/v1/customers/${customerId}/credits`);
    assert.equal(credits.body.balance, 3);
    assert.deepEqual(
      credits.body.ledger.entries.map((entry: { delta: number; reason: string }) => [entry.delta, entry.reason]),
      [[3, 'Apology for the broken heater']],
    );
  });
});
