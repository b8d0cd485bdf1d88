import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { ADMIN } from '../support/app.ts';
import { operationsShownWhileScrolling } from './docs-page.ts';
import { type BrowserRun, assertAccessible, browserSkipReason, signIn, startBrowserRun, withPage } from './harness.ts';

describe('the API docs page', { skip: browserSkipReason() }, () => {
  let run: BrowserRun;
  before(async () => {
    run = await startBrowserRun();
  });
  after(() => run?.close());

  test('an integrator tries a call with an API key made in the admin', async (t) => {
    let secret = '';
    await withPage(run, t, async (page) => {
      await signIn(page, ADMIN.email, ADMIN.password);
      await page.goto('/admin/api-keys');
      await page.getByRole('heading', { name: 'API keys', level: 1 }).waitFor();
      await page.getByLabel('Name').fill('Docs page');
      await page.getByRole('button', { name: 'Create key' }).click();
      secret = (await page.getByTestId('api-key-secret').innerText()).trim();
    });
    assert.match(secret, /^sw_/);

    // Another browser, never signed in: only the key can make this staff-only call succeed.
    await withPage(run, t, async (page) => {
      await page.goto('/api/docs');
      await page.getByRole('button', { name: 'Authorize' }).first().waitFor({ timeout: 60_000 });
      // swagger-ui is a third-party widget whose markup we do not write (its own issues track its
      // accessibility); the page around it is ours and is checked.
      await assertAccessible(page, 'the API docs page', { exclude: ['#swagger-ui'] });
      await page.getByRole('button', { name: 'Authorize' }).first().click();
      const dialog = page.locator('.modal-ux');
      // swagger-ui's dialog is not a dialog to assistive technology (no role): found by its class.
      const keySection = dialog.locator('.auth-container').filter({ has: page.locator('h4', { hasText: /^apiKey/ }) });
      await keySection.getByRole('textbox').fill(secret);
      await keySection.getByRole('button', { name: 'Apply credentials' }).click();
      await keySection.locator('button', { hasText: 'Logout' }).waitFor();
      await keySection.locator('button', { hasText: 'Close' }).click();

      const operation = page.locator('#operations-bookings-getBookings');
      await operationsShownWhileScrolling(page, 'operations-bookings-getBookings');
      await operation.locator('.opblock-summary-control').click();
      await operation.getByRole('button', { name: 'Try it out' }).click();
      await operation.getByRole('button', { name: 'Execute' }).click();
      const status = operation.locator('.live-responses-table tbody .response-col_status').first();
      await status.waitFor();
      assert.equal((await status.innerText()).trim(), '200');
    });
  });
});
