// The settings card of the staff notification mail (issue 12, "Mail"): switch it, choose an address, save,
// and find it so after a reload; desktop and phone, axe clean.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { ADMIN } from '../support/app.ts';
import {
  type BrowserRun,
  assertAccessible,
  assertNoSidewaysScroll,
  browserSkipReason,
  signIn,
  startBrowserRun,
  withPage,
} from './harness.ts';

describe('staff notifications card', { skip: browserSkipReason() }, () => {
  let run: BrowserRun;
  before(async () => {
    run = await startBrowserRun();
  });
  after(() => run?.close());

  const settings = () => run.admin.get('/api/v1/organisation/staff-notifications');

  test('an admin sends the mail to one address, switches it off, and the page shows it after a reload', async (t) => {
    await withPage(run, t, async (page) => {
      await signIn(page, ADMIN.email, ADMIN.password);
      await page.goto('/admin/settings');
      const card = page.locator('form', { has: page.getByRole('heading', { name: 'Booking notifications' }) });
      const enabled = card.getByLabel('Mail staff when a customer books, moves or cancels');
      await enabled.waitFor();
      assert.equal(await enabled.isChecked(), true, 'on by default');
      assert.equal(await card.getByLabel(`Every admin: ${ADMIN.email}`).isChecked(), true);
      await assertAccessible(page, 'settings with the notifications card');

      // A bad address is refused by the server too (the browser's own check is bypassed here).
      await card.getByLabel('One address').check();
      await card.getByLabel('Address', { exact: true }).fill('front desk');
      await card.evaluate((form: { noValidate: boolean }) => {
        form.noValidate = true;
      });
      await card.getByRole('button', { name: 'Save notifications' }).click();
      await card.locator('.field-error').waitFor();
      assert.equal((await settings()).body.to, null, 'nothing saved');

      await card.getByLabel('Address', { exact: true }).fill('desk@studio.test');
      await enabled.uncheck();
      await card.getByRole('button', { name: 'Save notifications' }).click();
      await card.getByText('Notifications saved.').waitFor();
      assert.deepEqual((await settings()).body, {
        enabled: false,
        to: 'desk@studio.test',
        recipients: ['desk@studio.test'],
      });

      await page.reload();
      await enabled.waitFor();
      assert.equal(await enabled.isChecked(), false);
      assert.equal(await card.getByLabel('One address').isChecked(), true);
      assert.equal(await card.getByLabel('Address', { exact: true }).inputValue(), 'desk@studio.test');
      await assertAccessible(page, 'settings with one address, switched off');
    });
  });

  test('on a phone the card fits the screen', async (t) => {
    await withPage(
      run,
      t,
      async (page) => {
        await signIn(page, ADMIN.email, ADMIN.password);
        await page.goto('/admin/settings');
        await page.getByRole('heading', { name: 'Booking notifications' }).waitFor();
        await page.getByRole('button', { name: 'Save notifications' }).scrollIntoViewIfNeeded();
        await assertNoSidewaysScroll(page);
        await assertAccessible(page, 'settings on a phone');
      },
      { viewport: { width: 390, height: 844 }, mobile: true },
    );
  });
});
