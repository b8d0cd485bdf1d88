// Issue 12, found by a first-time user: a free class asks nothing about payment; a signed-in customer
// is told where the booking is kept; a new account is welcomed. No dates depend on today beyond
// createClass's "two days ahead", which any day has.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  type BrowserRun,
  assertAccessible,
  browserSkipReason,
  createClass,
  startBrowserRun,
  withPage,
} from './harness.ts';

describe('first-time user: free classes, accounts', { skip: browserSkipReason() }, () => {
  let run: BrowserRun;
  before(async () => {
    run = await startBrowserRun();
  });
  after(async () => {
    await run?.close();
  });

  test('a free class shows no one-option Payment group; a guest keeps the link', async (t) => {
    const cls = await createClass(run.admin, { title: 'Free Taster', price: 0 });
    await withPage(run, t, async (page) => {
      await page.goto(`/classes/${cls.id}`);
      await page.getByRole('button', { name: 'Confirm booking' }).waitFor();
      assert.equal(await page.getByRole('group', { name: 'Payment' }).count(), 0);
      assert.equal(await page.getByRole('radio').count(), 0);
      await page
        .getByText(/\d{2}:\d{2}–\d{2}:\d{2} \(Europe\/Stockholm\)/)
        .first()
        .waitFor();
      await assertAccessible(page, 'a free class and its checkout');
      await page.getByLabel('Name').fill('Fri Gäst');
      await page.getByLabel('Email').fill(`free-${Date.now()}@example.test`);
      await page.getByRole('button', { name: 'Confirm booking' }).click();
      await page.getByText("You're booked!").waitFor();
      await page.getByText('without an account').waitFor();
      await assertAccessible(page, 'the confirmation of a guest booking');
      // The browser runs in New York (harness): the studio's times say whose clock they are.
      await page
        .getByText(/\d{2}:\d{2}–\d{2}:\d{2} \(Europe\/Stockholm\)/)
        .first()
        .waitFor();
    });
  });

  test('after sign-up a welcome; a signed-in booking points to My bookings', async (t) => {
    const cls = await createClass(run.admin, { title: 'Free Member Class', price: 0 });
    await withPage(run, t, async (page) => {
      await page.goto('/sign-up');
      await page.getByLabel('Name').fill('Nya Medlem');
      await page.getByLabel('Email').fill(`new-${Date.now()}@example.test`);
      await page.getByLabel('Password').fill('a long enough password');
      await page.getByRole('button', { name: 'Create account' }).click();
      await page.getByRole('status').filter({ hasText: 'Welcome, Nya Medlem!' }).waitFor();
      await assertAccessible(page, 'the welcome after sign-up');

      await page.goto(`/classes/${cls.id}`);
      await page.getByRole('button', { name: 'Confirm booking' }).click();
      await page.getByText("You're booked!").waitFor();
      const hint = page.getByRole('link', { name: /also in My bookings/ });
      await hint.waitFor();
      assert.equal(await page.getByText('without an account').count(), 0);
      await assertAccessible(page, 'the confirmation of a signed-in booking');
      await hint.click();
      await page.waitForURL(/\/account\/bookings/);
      await page.getByText('Free Member Class').first().waitFor();
    });
  });
});
