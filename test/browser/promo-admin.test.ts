import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { ADMIN, classInput } from '../support/app.ts';
import { type BrowserRun, assertAccessible, browserSkipReason, signIn, startBrowserRun, withPage } from './harness.ts';

describe('promo code admin', { skip: browserSkipReason() }, () => {
  let run: BrowserRun;
  before(async () => {
    run = await startBrowserRun();
  });
  after(() => run?.close());

  test('an admin creates a promo code limited to one service and one class, a minimum order, one use a customer, first bookings and a window; the table shows them', async (t) => {
    const service = await run.admin.post('/api/v1/services', {
      name: 'Notary visit',
      durationMinutes: 30,
      price: { amount: 60000 },
      where: { mode: 'at_customer' },
    });
    assert.equal(service.status, 201, JSON.stringify(service.body));
    const workshop = await run.admin.post('/api/v1/classes', classInput({ title: 'Handstand workshop' }));
    assert.equal(workshop.status, 201, JSON.stringify(workshop.body));
    const org = (await run.admin.get('/api/v1/organisation')).body;

    await withPage(run, t, async (page) => {
      await signIn(page, ADMIN.email, ADMIN.password);
      await page.goto('/admin/pricing');
      const form = page.locator('form').filter({ has: page.getByRole('heading', { name: 'New promo code' }) });
      await form.getByLabel('Code').fill('WELCOME');
      await form.getByLabel('Percent (%)').fill('20');
      await form.getByLabel('Can be used for').selectOption('listed');
      await form.getByLabel('Valid from').fill('2027-03-10');
      await form.getByLabel('Valid until (inclusive)').fill('2027-03-01');
      await form.getByRole('button', { name: 'Create promo code' }).click();
      // Each mistake beside its field; nothing is created.
      await form.getByText('Pick at least one service or class.').waitFor();
      await form.getByText('The last day must not come before the first.').waitFor();
      await assertAccessible(page, 'the promo code form with its errors');
      assert.deepEqual((await run.admin.get('/api/v1/pricing/promo-codes')).body.promoCodes, []);

      await form.getByRole('checkbox', { name: 'Notary visit' }).check();
      await form.getByRole('checkbox', { name: /^Handstand workshop, / }).check();
      await form.getByLabel('Valid until (inclusive)').fill('2027-03-31');
      await form.getByLabel('Minimum order (SEK)').fill('250');
      await form.getByLabel('Uses per customer').fill('1');
      await form.getByRole('checkbox', { name: "Only for a customer's first booking" }).check();
      await form.getByRole('button', { name: 'Create promo code' }).click();
      const row = page.getByRole('row').filter({ hasText: 'WELCOME' });
      await row.waitFor();
      const shown = await row.innerText();
      assert.match(shown, /Notary visit; Handstand workshop, /, 'what it applies to, the single class by name');
      assert.match(shown, /1 per customer · from SEK\s?250\.00 · first booking only/);
      assert.match(shown, /10 Mar 2027 – 31 Mar 2027/, 'the window in whole days of the business');
      await assertAccessible(page, 'the promo codes table');
    });

    const [promo] = (await run.admin.get('/api/v1/pricing/promo-codes')).body.promoCodes;
    assert.deepEqual(promo.appliesTo, { kind: 'listed', serviceIds: [service.body.id], classIds: [workshop.body.id] });
    assert.equal(promo.minimumOrder, 25000);
    assert.equal(promo.maxUsesPerCustomer, 1);
    assert.equal(promo.firstBookingOnly, true);
    // Whole days in the business's zone: from midnight of the first (CET) to midnight after the last (CEST).
    assert.equal(org.timeZone, 'Europe/Stockholm');
    assert.equal(new Date(promo.validFrom).toISOString(), '2027-03-09T23:00:00.000Z');
    assert.equal(new Date(promo.validUntil).toISOString(), '2027-03-31T22:00:00.000Z');
  });
});
