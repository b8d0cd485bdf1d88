import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../src/platform/db.ts';
import { type BrowserRun, assertAccessible, browserSkipReason, startBrowserRun, withPage } from './harness.ts';

describe('payment history', { skip: browserSkipReason() }, () => {
  let run: BrowserRun;
  before(async () => {
    run = await startBrowserRun();
    const settings = await run.admin.patch('/api/v1/organisation', { swishNumber: '1231231232' });
    assert.equal(settings.status, 200, JSON.stringify(settings.body));
    const pack = await run.admin.post('/api/v1/packages', {
      name: 'Ten classes, "flexible"',
      credits: 10,
      price: { amount: 120_050 },
      validityDays: 90,
      scope: 'all_classes',
    });
    assert.equal(pack.status, 201, JSON.stringify(pack.body));
  });
  after(() => run?.close());

  test('a customer opens Payments, filters it and downloads the CSV', async (t) => {
    await withPage(run, t, async (page) => {
      await page.goto('/sign-up');
      await page.getByLabel('Name').fill('Hedda History');
      await page.getByLabel('Email').fill('hedda@example.test');
      await page.getByLabel('Password').fill('hedda-password-1');
      await page.getByRole('button', { name: 'Create account' }).click();
      await page.getByRole('button', { name: 'Sign out' }).waitFor();
      await page.getByRole('link', { name: 'Shop' }).click();
      await page
        .getByRole('listitem')
        .filter({ hasText: 'Ten classes' })
        .getByRole('button', { name: 'Buy with Swish' })
        .click();
      await page.getByText(/Pay SEK\s1,200\.50 to 1231231232/).waitFor();
      await assertAccessible(page, 'the shop with Swish instructions');
      const [payment] = await queryRows<{ id: string }>(
        run.app.database.db,
        sql`SELECT id FROM payments WHERE package_purchase_id IS NOT NULL`,
      );
      assert.ok(payment);
      assert.equal((await run.admin.post(`/api/v1/payments/${payment.id}/mark-paid`, {})).status, 200);

      await page.goto('/account/payments');
      await page.getByRole('heading', { name: 'Payments' }).waitFor();
      const row = page.getByTestId('payment-history').getByRole('row').filter({ hasText: 'Ten classes' });
      assert.match(await row.innerText(), /Payment\s+Ten classes, "flexible"\s+SEK\s1,200\.50\s+Swish\s+Completed/);
      await assertAccessible(page, 'the payment history');

      await page.getByLabel('Type').selectOption('refund');
      await page.getByRole('button', { name: 'Show' }).click();
      await page.getByText('No payments match.').waitFor();
      await assertAccessible(page, 'the payment history filtered to nothing');
      await page.getByLabel('Type').selectOption('');
      await page.getByRole('button', { name: 'Show' }).click();
      await row.waitFor();

      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Download CSV' }).click(),
      ]);
      assert.equal(download.suggestedFilename(), 'payments.csv');
      const csv = await readFile((await download.path()) ?? '', 'utf8');
      assert.ok(csv.startsWith('\uFEFFDate ('), 'a BOM, then the English headers');
      const lines = csv.split('\r\n');
      assert.match(
        lines[1] ?? '',
        /^\d{4}-\d{2}-\d{2} \d{2}:\d{2},Payment,"Ten classes, ""flexible""",,1200\.50,SEK,,Swish,Completed,/,
      );
      assert.equal(lines.length, 3, 'the header, the payment and the last CRLF');
    });
  });
});
