import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { ADMIN } from '../support/app.ts';
import { type BrowserRun, browserSkipReason, createClass, signIn, startBrowserRun, withPage } from './harness.ts';

describe('pricing admin', { skip: browserSkipReason() }, () => {
  let run: BrowserRun;
  before(async () => {
    run = await startBrowserRun();
  });
  after(() => run?.close());

  test('an admin sets a default VAT rate and a limited promo code; a guest sees both at checkout', async (t) => {
    const cls = await createClass(run.admin, { title: 'Priced Pilates', hour: 9, price: 20000 });

    await withPage(run, t, async (page) => {
      await signIn(page, ADMIN.email, ADMIN.password);
      await page.getByRole('link', { name: 'Pricing' }).click();
      await page.getByRole('heading', { name: 'Pricing', level: 1 }).waitFor();

      const taxForm = page.locator('form').filter({ has: page.getByRole('button', { name: 'Add tax rate' }) });
      await taxForm.getByLabel('Name of the rate').fill('Sales VAT');
      await taxForm.getByLabel('Rate (%)').fill('25');
      await taxForm.getByRole('button', { name: 'Add tax rate' }).click();
      await page.getByRole('button', { name: 'Remove Sales VAT' }).waitFor();
      await page.getByLabel('Default tax rate').selectOption({ label: 'Sales VAT (25%)' });
      await page.getByText('Saved.').waitFor();

      // The default rate is in use: removing it is refused, in plain words, and nothing changes.
      await page.getByRole('button', { name: 'Remove Sales VAT' }).click();
      await page
        .getByText('Services, classes or the organisation still use this tax rate.', { exact: false })
        .waitFor();
      assert.equal(await page.getByRole('button', { name: 'Remove Sales VAT' }).count(), 1);

      const promoForm = page.locator('form').filter({ has: page.getByRole('heading', { name: 'New promo code' }) });
      await promoForm.getByLabel('Code').fill('AUTUMN10');
      await promoForm.getByLabel('Percent (%)').fill('10');
      await promoForm.getByLabel('Uses in all').fill('5');
      await promoForm.getByRole('button', { name: 'Create promo code' }).click();
      const row = page.getByRole('row').filter({ hasText: 'AUTUMN10' });
      await row.waitFor();
      assert.match(await row.innerText(), /10%\s+0 of 5/);
    });

    const settings = await run.admin.get('/api/v1/pricing/settings');
    const rates = await run.admin.get('/api/v1/pricing/tax-rates');
    const vat = rates.body.taxRates.find((rate: { name: string }) => rate.name === 'Sales VAT');
    assert.deepEqual(
      { basisPoints: vat?.basisPoints, isDefault: settings.body.defaultTaxRateId === vat?.id },
      { basisPoints: 2500, isDefault: true },
    );
    const promos = await run.admin.get('/api/v1/pricing/promo-codes');
    assert.deepEqual(
      promos.body.promoCodes.map((promo: { code: string; adjustment: unknown; maxUses: number }) => [
        promo.code,
        promo.adjustment,
        promo.maxUses,
      ]),
      [['AUTUMN10', { kind: 'percent', basisPoints: 1000 }, 5]],
    );

    await withPage(run, t, async (page) => {
      await page.goto(`/classes/${cls.id}`);
      await page.getByRole('heading', { name: 'Book your spot' }).waitFor();
      await page.getByLabel('Name').fill('Gus Guest');
      await page.getByLabel('Email').fill('gus@example.test');
      await page.getByLabel('Promo code').fill('autumn10');
      await page.getByRole('button', { name: 'Apply' }).click();
      const breakdown = page.locator('.price-breakdown');
      await breakdown.getByText('Discount (AUTUMN10)').waitFor();
      const shown = await breakdown.innerText();
      // 200.00 less 10 % is 180.00, of which 25 % VAT (prices include tax) is 36.00.
      assert.match(shown, /Discount \(AUTUMN10\)\s+-SEK\s20\.00/i);
      assert.match(shown, /of which Sales VAT\s+SEK\s36\.00/i);
      assert.match(shown, /Total\s+SEK\s180\.00/i);
      await page.getByRole('button', { name: 'Confirm booking' }).click();
      await page.getByText("You're booked!").waitFor();
    });

    await withPage(run, t, async (page) => {
      await signIn(page, ADMIN.email, ADMIN.password);
      await page.goto('/admin/pricing');
      await page.getByLabel('Language').selectOption('sv');
      await page.getByRole('heading', { name: 'Priser', level: 1 }).waitFor();
      await page.getByRole('heading', { name: 'Rabattkoder' }).waitFor();
      await page.getByRole('heading', { name: 'Avbokningsregler' }).waitFor();
      await page.getByLabel('Standardmoms').waitFor();
      const row = page.getByRole('row').filter({ hasText: 'AUTUMN10' });
      assert.match(await row.innerText(), /10\s%\s+1 av 5/);
    });
  });
});
