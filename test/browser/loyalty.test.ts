import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../src/platform/db.ts';
import { ADMIN } from '../support/app.ts';
import { type BrowserRun, assertAccessible, browserSkipReason, signIn, startBrowserRun, withPage } from './harness.ts';

describe('loyalty', { skip: browserSkipReason() }, () => {
  let run: BrowserRun;
  let customerId: string;
  const email = 'lotta@example.test';
  const password = 'lotta-password-1';

  before(async () => {
    run = await startBrowserRun();
    const settings = await run.admin.patch('/api/v1/loyalty/settings', { enabled: true, pointsPerUnitBp: 10_000 });
    assert.equal(settings.status, 200, JSON.stringify(settings.body));
    const reward = await run.admin.post('/api/v1/loyalty/rewards', {
      name: 'Ten percent off',
      description: 'On any booking',
      costPoints: 150,
      kind: 'promo',
      promo: { kind: 'percent', value: 1000, validDays: 60 },
    });
    assert.equal(reward.status, 201, JSON.stringify(reward.body));
    // The customer's account, with points given by staff.
    const customer = run.app.client();
    assert.equal((await customer.signUp(email, 'Lotta Loyal', password)).status, 201);
    assert.equal((await customer.get('/api/v1/me/calendar')).status, 200);
    const [row] = await queryRows<{ id: string }>(
      run.app.database.db,
      sql`SELECT id FROM customers WHERE email = ${email}`,
    );
    assert.ok(row);
    customerId = row.id;
    const given = await run.admin.post(`/api/v1/customers/${customerId}/loyalty/adjust`, {
      delta: 200,
      reason: 'welcome',
    });
    assert.equal(given.status, 200, JSON.stringify(given.body));
  });
  after(() => run?.close());

  test('a customer redeems a reward: the dialog starts on "Not now", and the promo code is shown', async (t) => {
    await withPage(run, t, async (page) => {
      await signIn(page, email, password);
      await page.goto('/account');
      // The programme runs here, so the portal has its tab.
      await page.getByTestId('portal-tabs').getByRole('link', { name: 'Loyalty' }).click();
      await page.getByText('You have 200 points.').waitFor();
      await assertAccessible(page, 'my points and rewards');

      await page.getByRole('button', { name: 'Redeem Ten percent off' }).click();
      const dialog = page.getByRole('dialog', { name: 'Redeem Ten percent off?' });
      await dialog.getByText('It costs 150 points; you will have 50 left.').waitFor();
      assert.equal(await page.evaluate('document.activeElement?.textContent'), 'Not now', 'the safe choice has focus');
      await assertAccessible(page, 'the redeem dialog');
      await dialog.getByRole('button', { name: 'Redeem' }).click();

      const code = await page.getByTestId('loyalty-promo-code').innerText();
      assert.match(code, /^LOYAL-[A-Z0-9]{10}$/);
      await page.getByText('You have 50 points.').waitFor();
      await page.getByTestId('loyalty-redemption').filter({ hasText: code }).waitFor();
      const history = await page.locator('table.credit-ledger').innerText();
      assert.match(history, /Reward redeemed\s+-150/);
      assert.match(history, /Adjusted by staff\s+\+200/);
      await assertAccessible(page, 'the reward redeemed with its code');
      assert.equal(
        await page.getByRole('button', { name: 'Redeem Ten percent off' }).isDisabled(),
        true,
        '50 points do not buy another',
      );
    });
  });

  test('staff see the redemption in the Loyalty section', async (t) => {
    await withPage(run, t, async (page) => {
      await signIn(page, ADMIN.email, ADMIN.password);
      await page.getByRole('link', { name: 'Loyalty' }).click();
      await page.getByRole('heading', { name: 'Loyalty', level: 1 }).waitFor();
      await page.getByRole('row').filter({ hasText: 'Lotta Loyal' }).filter({ hasText: 'issued' }).waitFor();
      await assertAccessible(page, 'the loyalty admin');
      await page.getByLabel('Name', { exact: true }).fill('Tote bag');
      await page.getByLabel('Stock').fill('5');
      await page.getByRole('button', { name: 'Add reward' }).click();
      await page.getByRole('row').filter({ hasText: 'Tote bag' }).filter({ hasText: 'A product' }).waitFor();
    });
  });
});
