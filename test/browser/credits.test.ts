import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../src/platform/db.ts';
import { ADMIN } from '../support/app.ts';
import {
  type BrowserRun,
  assertAccessible,
  browserSkipReason,
  createClass,
  signIn,
  startBrowserRun,
  withPage,
} from './harness.ts';

describe('credits', { skip: browserSkipReason() }, () => {
  let run: BrowserRun;
  before(async () => {
    run = await startBrowserRun();
    const settings = await run.admin.patch('/api/v1/organisation', { swishNumber: '1231231232' });
    assert.equal(settings.status, 200, JSON.stringify(settings.body));
    const pack = await run.admin.post('/api/v1/packages', {
      name: 'Ten classes',
      credits: 10,
      price: { amount: 120_000 },
      validityDays: 90,
      scope: 'all_classes',
    });
    assert.equal(pack.status, 201, JSON.stringify(pack.body));
  });
  after(() => run?.close());

  test('a customer buys a package with Swish, staff see the money arrive, and the customer books a class with credits', async (t) => {
    await createClass(run.admin, { title: 'Credit Pilates', hour: 10, price: 16000 });
    await withPage(run, t, async (page) => {
      await page.goto('/sign-up');
      await page.getByLabel('Name').fill('Cora Credits');
      await page.getByLabel('Email').fill('cora@example.test');
      await page.getByLabel('Password').fill('cora-password-1');
      await page.getByRole('button', { name: 'Create account' }).click();
      await page.getByRole('button', { name: 'Sign out' }).waitFor();

      await page.getByRole('link', { name: 'Shop' }).click();
      const pack = page.getByRole('listitem').filter({ hasText: 'Ten classes' });
      assert.match(await pack.innerText(), /10 credits for SEK\s1,200\.00, valid 90 days/);
      await pack.getByRole('button', { name: 'Buy with Swish' }).click();
      await page.getByText(/Pay SEK\s1,200\.00 to 1231231232 with the message SW[0-9A-F]+/).waitFor();
      await assertAccessible(page, 'the shop with Swish instructions');
    });

    // Staff find the purchase waiting, with the message to match the money by, and mark it paid.
    const [payment] = await queryRows<{ reference: string }>(
      run.app.database.db,
      sql`SELECT reference FROM payments WHERE package_purchase_id IS NOT NULL`,
    );
    assert.ok(payment?.reference);
    await withPage(run, t, async (page) => {
      await signIn(page, ADMIN.email, ADMIN.password);
      await page.goto('/admin/credits');
      const waiting = page.getByRole('region', { name: 'Waiting for payment' });
      const row = waiting.getByRole('row').filter({ hasText: 'Cora Credits' });
      assert.match(
        await row.innerText(),
        new RegExp(`Ten classes[\\s\\S]*SEK\\s1,200\\.00[\\s\\S]*${payment.reference}`),
      );
      await assertAccessible(page, 'purchases waiting for payment');
      await row.getByRole('button', { name: 'Mark paid: Cora Credits' }).click();
      const dialog = page.getByRole('dialog', { name: 'Has the payment from Cora Credits arrived?' });
      await dialog.getByText(`with the message ${payment.reference}`, { exact: false }).waitFor();
      await dialog.getByRole('button', { name: 'Yes, mark paid' }).click();
      await waiting.getByText('Cora Credits has their 10 credits.').waitFor();
      assert.equal(await waiting.getByRole('row').count(), 0, 'nothing waits any more');
    });

    await withPage(run, t, async (page) => {
      await signIn(page, 'cora@example.test', 'cora-password-1');
      await page.getByRole('link', { name: 'My account' }).click();
      await page.getByTestId('portal-tabs').getByRole('link', { name: 'Credits' }).click();
      await page.getByText('You have 10 credits to use.').waitFor();
      await assertAccessible(page, 'my credits');

      await page.getByRole('link', { name: 'Classes' }).click();
      await page.getByRole('link', { name: /Credit Pilates/ }).click();
      await page.getByRole('radio', { name: /Credits/ }).check();
      await assertAccessible(page, 'the checkout paying with credits');
      await page.getByRole('button', { name: 'Confirm booking' }).click();
      await page.getByText("You're booked!").waitFor();

      await page.getByRole('link', { name: 'My account' }).click();
      await page.getByTestId('portal-tabs').getByRole('link', { name: 'Credits' }).click();
      await page.getByText('You have 9 credits to use.').waitFor();
      const history = await page.locator('table.credit-ledger').innerText();
      assert.match(history, /Booking\s+−1/);
      assert.match(history, /Package bought\s+\+10/);
    });
  });

  test('an admin adds a class type and a package limited to it, then stops selling it', async (t) => {
    await withPage(run, t, async (page) => {
      await signIn(page, ADMIN.email, ADMIN.password);
      await page.goto('/admin/credits');
      await page.getByLabel('New class type').fill('Reformer');
      await page.getByRole('button', { name: 'Add class type' }).click();
      await page.getByRole('button', { name: 'Remove Reformer' }).waitFor();

      await page.getByLabel('Name', { exact: true }).fill('Reformer five');
      await page.getByLabel('Credits', { exact: true }).fill('5');
      await page.getByLabel(/^Package price/).fill('750');
      await page.getByLabel('Pays for').selectOption('class_types');
      await page.getByRole('checkbox', { name: 'Reformer' }).check();
      await page.getByRole('button', { name: 'Add package' }).click();
      const row = page.getByRole('row').filter({ hasText: 'Reformer five' });
      await row.waitFor();
      assert.match(await row.innerText(), /5\s+SEK\s750\.00\s+90 days\s+Classes of these types/);
      await assertAccessible(page, 'the packages admin');
      await row.getByRole('button', { name: 'Stop selling' }).click();
      await row.getByRole('button', { name: 'Sell again' }).waitFor();
    });
    const forSale = (await run.admin.get('/api/v1/packages')).body.packages.map((p: { name: string }) => p.name);
    assert.deepEqual(forSale, ['Ten classes'], 'the withdrawn package is not for sale');
  });
});
