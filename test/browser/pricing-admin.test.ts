import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
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
      await assertAccessible(page, 'pricing with a refusal shown');
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
      // A code that does not exist is told at its field; the price stays, and the booking could go on without it.
      await page.getByLabel('Promo code').fill('NOPE99');
      await page.getByRole('button', { name: 'Apply' }).click();
      await page.getByText('There is no such promo code.').waitFor();
      assert.equal(await page.getByText('There is no such promo code.').count(), 1, 'told once');
      await page.locator('.price-breakdown').getByText('Total').waitFor();
      await page.getByLabel('Promo code').fill('autumn10');
      await page.getByRole('button', { name: 'Apply' }).click();
      const breakdown = page.locator('.price-breakdown');
      await breakdown.getByText('Discount (AUTUMN10)').waitFor();
      const shown = await breakdown.innerText();
      // 200.00 less 10 % is 180.00, of which 25 % VAT (prices include tax) is 36.00.
      assert.match(shown, /Discount \(AUTUMN10\)\s+-SEK\s20\.00/i);
      assert.match(shown, /of which Sales VAT\s+SEK\s36\.00/i);
      assert.match(shown, /Total\s+SEK\s180\.00/i);
      await assertAccessible(page, 'the checkout with a discount and VAT');
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
      await assertAccessible(page, 'pricing in Swedish');
      // The choice is the account's (the next sign-in opens in it): back to English for the tests after.
      const saved = page.waitForResponse((r) => r.url().endsWith('/api/v1/me') && r.request().method() === 'PATCH');
      await page.getByLabel('Språk').selectOption('en');
      assert.equal((await saved).status(), 200);
      await page.getByRole('heading', { name: 'Pricing', level: 1 }).waitFor();
    });
  });
  test('an admin adds a surcharge, holidays, the service area and cancellation policies', async (t) => {
    const service = await run.admin.post('/api/v1/services', {
      name: 'House call',
      durationMinutes: 60,
      price: { amount: 50000 },
      where: { mode: 'at_customer' },
    });
    assert.equal(service.status, 201, JSON.stringify(service.body));

    await withPage(run, t, async (page) => {
      await signIn(page, ADMIN.email, ADMIN.password);
      await page.goto('/admin/pricing');
      await page.getByRole('heading', { name: 'Pricing', level: 1 }).waitFor();

      const surcharge = page.locator('form').filter({ has: page.getByRole('heading', { name: 'New surcharge' }) });
      await surcharge.getByLabel('Name shown to customers').fill('Weekend');
      await surcharge.getByLabel('Kind').selectOption('fixed');
      await surcharge.getByLabel('Amount (SEK)').fill('150,50');
      await surcharge.getByLabel('From').fill('08:00');
      await surcharge.getByRole('button', { name: 'Add surcharge' }).click();
      await page.getByRole('button', { name: 'Remove Weekend' }).waitFor();

      await page.getByLabel('Holidays, one a line').fill('2026-12-24 Christmas Eve\nnot a date');
      await page.getByRole('button', { name: 'Save holidays' }).click();
      await page.getByText('This line is not a date and a name: not a date').waitFor();
      await assertAccessible(page, 'the holidays form with its error');
      await page.getByLabel('Holidays, one a line').fill("2026-12-24 Christmas Eve\n2026-12-31 New Year's Eve");
      await page.getByRole('button', { name: 'Save holidays' }).click();
      const holidayForm = page.locator('form').filter({ has: page.getByRole('heading', { name: 'Holidays' }) });
      await holidayForm.getByText('Saved.').waitFor();

      await page.getByLabel('Centre latitude').fill('59.3293');
      await page.getByLabel('Centre longitude').fill('18.0686');
      await page.getByLabel('Distance bands, one a line').fill('10 0 0\n50 100 5');
      await page.getByLabel('Postcode zones, one a line').fill('151 150');
      await page.getByRole('button', { name: 'Save service area' }).click();
      const areaForm = page.locator('form').filter({ has: page.getByRole('heading', { name: 'Service area' }) });
      await areaForm.getByText('Saved.').waitFor();

      const policy = page.locator('form').filter({ has: page.getByRole('heading', { name: 'Set a policy' }) });
      await policy.getByLabel('Free cancellation until (hours before)').fill('24');
      await policy.getByLabel('Percent (%)').fill('50');
      await policy.getByRole('button', { name: 'Save policy' }).click();
      await page.getByText('Free until 24 hours before. After that, a fee of 50% is kept.').waitFor();
      await policy.getByLabel('Applies to').selectOption({ label: 'Appointment: House call' });
      await policy.getByLabel('After that').selectOption('no_refund');
      await policy.getByRole('button', { name: 'Save policy' }).click();
      await page.getByRole('button', { name: 'Remove House call' }).waitFor();
      await assertAccessible(page, 'pricing with surcharges, holidays, an area and policies');
    });

    const surcharges = await run.admin.get('/api/v1/pricing/surcharges');
    assert.deepEqual(
      surcharges.body.surcharges.map((rule: { name: string; when: unknown; adjustment: unknown }) => [
        rule.name,
        rule.when,
        rule.adjustment,
      ]),
      [['Weekend', { kind: 'weekly', weekdays: [6, 7], from: '08:00', until: null }, { kind: 'fixed', amount: 15050 }]],
    );
    const holidays = await run.admin.get('/api/v1/pricing/holidays');
    assert.deepEqual(
      holidays.body.holidays.map((day: { date: string; name: string }) => [day.date, day.name]),
      [
        ['2026-12-24', 'Christmas Eve'],
        ['2026-12-31', "New Year's Eve"],
      ],
    );
    const area = await run.admin.get('/api/v1/pricing/service-area');
    assert.deepEqual(area.body, {
      centre: { lat: 59.3293, lon: 18.0686 },
      bands: [
        { upToKm: 10, fixedAmount: 0, perKmAmount: 0 },
        { upToKm: 50, fixedAmount: 10000, perKmAmount: 500 },
      ],
      postcodeZones: [{ prefix: '151', amount: 15000 }],
    });
    const policies = await run.admin.get('/api/v1/cancellation-policies');
    assert.deepEqual(
      policies.body.policies
        .map((p: { serviceId: string | null; freeHours: number | null; lateAction: string; lateFee: unknown }) => [
          p.serviceId,
          p.freeHours,
          p.lateAction,
          p.lateFee,
        ])
        .sort((a: unknown[], b: unknown[]) => String(a[0]).localeCompare(String(b[0]))),
      [
        [service.body.id, null, 'no_refund', null],
        [null, 24, 'fee', { kind: 'percent', value: 5000 }],
      ].sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
    );
  });
  test("an admin sets a class's tax rate and deposit, and a service's deposit", async (t) => {
    const cls = await createClass(run.admin, { title: 'Deposit Pilates', hour: 11, price: 30000 });
    const service = await run.admin.post('/api/v1/services', {
      name: 'Deposit visit',
      durationMinutes: 30,
      price: { amount: 40000 },
      where: { mode: 'at_customer' },
    });
    assert.equal(service.status, 201, JSON.stringify(service.body));
    const rates = await run.admin.get('/api/v1/pricing/tax-rates');
    const six = rates.body.taxRates.find((rate: { basisPoints: number }) => rate.basisPoints === 600);
    assert.ok(six, JSON.stringify(rates.body));

    await withPage(run, t, async (page) => {
      await signIn(page, ADMIN.email, ADMIN.password);
      await page.goto(`/admin/classes/${cls.id}`);
      const form = page.locator('form').filter({ has: page.getByRole('heading', { name: 'Tax and deposit' }) });
      await form.getByLabel('Tax rate').selectOption({ label: `${six.name} (6%)` });
      await form.getByLabel('Deposit paid at booking').selectOption('percent');
      await form.getByLabel('Percent (%)').fill('30');
      await form.getByRole('button', { name: 'Save tax and deposit' }).click();
      await form.getByText('Saved.').waitFor();
      await assertAccessible(page, 'a class with its tax and deposit');

      await page.goto(`/admin/services/${service.body.id}/edit`);
      const serviceForm = page.locator('form').filter({ has: page.getByRole('heading', { name: 'Tax and deposit' }) });
      await serviceForm.getByLabel('Deposit paid at booking').selectOption('fixed');
      await serviceForm.getByLabel('Amount (SEK)').fill('100');
      await serviceForm.getByRole('button', { name: 'Save tax and deposit' }).click();
      await serviceForm.getByText('Saved.').waitFor();
      await assertAccessible(page, 'a service with its tax and deposit');
    });

    const classPricing = await run.admin.get(`/api/v1/pricing/classes/${cls.id}`);
    assert.deepEqual(classPricing.body, { taxRateId: six.id, deposit: { kind: 'percent', basisPoints: 3000 } });
    const servicePricing = await run.admin.get(`/api/v1/pricing/services/${service.body.id}`);
    assert.deepEqual(servicePricing.body, { taxRateId: null, deposit: { kind: 'fixed', amount: 10000 } });
  });
});
