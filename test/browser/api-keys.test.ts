import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { ADMIN } from '../support/app.ts';
import { type BrowserRun, assertAccessible, browserSkipReason, signIn, startBrowserRun, withPage } from './harness.ts';

describe('API keys', { skip: browserSkipReason() }, () => {
  let run: BrowserRun;
  before(async () => {
    run = await startBrowserRun();
  });
  after(() => run?.close());

  const callWith = async (secret: string) =>
    (await fetch(`${run.baseUrl}/api/v1/bookings`, { headers: { authorization: `Bearer ${secret}` } })).status;

  test('an admin makes a read key, sees its secret once, and revokes it', async (t) => {
    await withPage(run, t, async (page) => {
      await signIn(page, ADMIN.email, ADMIN.password);
      await page.goto(`${run.baseUrl}/admin/api-keys`);
      await page.getByRole('heading', { name: 'API keys', level: 1 }).waitFor();
      await page.getByLabel('Name').fill('Accounting export');
      await page.getByRole('button', { name: 'Create key' }).click();
      const secret = (await page.getByTestId('api-key-secret').innerText()).trim();
      assert.match(secret, /^sw_/);
      assert.equal(await callWith(secret), 200);
      await assertAccessible(page, 'the API keys page with a new secret shown');

      const row = page.getByRole('row').filter({ hasText: 'Accounting export' });
      await row.waitFor();
      assert.ok(!(await row.innerText()).includes(secret), 'the list shows a prefix, not the secret');
      await page.getByRole('button', { name: 'Revoke: Accounting export' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.waitFor();
      await assertAccessible(page, 'the revoke dialog');
      await dialog.getByRole('button', { name: 'Revoke' }).click();
      await row.getByText('Revoked').waitFor();
      assert.equal(await callWith(secret), 401);

      await page.reload();
      await page.getByRole('heading', { name: 'API keys', level: 1 }).waitFor();
      assert.equal(await page.getByTestId('api-key-secret').count(), 0, 'the secret is not shown again');
    });
  });
});
