import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { ADMIN } from '../support/app.ts';
import { type BrowserRun, assertAccessible, browserSkipReason, signIn, startBrowserRun, withPage } from './harness.ts';

describe('cancellation policy admin', { skip: browserSkipReason() }, () => {
  let run: BrowserRun;
  before(async () => {
    run = await startBrowserRun();
  });
  after(() => run?.close());

  test('an admin sets refunds as credits with their validity and a no-show fee, then edits it back', async (t) => {
    await withPage(run, t, async (page) => {
      await signIn(page, ADMIN.email, ADMIN.password);
      await page.goto('/admin/pricing');
      const policy = page.locator('form').filter({ has: page.getByRole('heading', { name: 'Set a policy' }) });
      await policy.getByLabel('After that').selectOption('no_refund');
      await policy.getByLabel('Refunds go').selectOption('credit');
      await policy.getByLabel('Refund credits valid for (days)').fill('0');
      await policy.getByLabel('When a customer does not show up').selectOption('fee');
      await policy.getByLabel('No-show fee as').selectOption('fixed');
      await policy.getByRole('button', { name: 'Save policy' }).click();
      // Both mistakes are named beside their fields, and nothing is saved.
      await policy.getByText('Enter a whole number of days from 1 to 3650.').waitFor();
      await policy.getByText('Enter a number above zero, such as 10 or 12.5.').waitFor();
      await assertAccessible(page, 'the policy form with its errors');
      assert.deepEqual((await run.admin.get('/api/v1/cancellation-policies')).body.policies, []);

      await policy.getByLabel('Refund credits valid for (days)').fill('90');
      await policy.getByLabel('No-show fee (SEK)').fill('150');
      await policy.getByRole('button', { name: 'Save policy' }).click();
      await page
        .getByText(/Refunds are given as credits, valid 90 days\. A no-show keeps a fee of SEK\s150\.00\./)
        .waitFor();
      await assertAccessible(page, 'the saved policy');

      const saved = (await run.admin.get('/api/v1/cancellation-policies')).body.policies;
      assert.equal(saved.length, 1);
      assert.equal(saved[0].refundTo, 'credit');
      assert.equal(saved[0].creditValidityDays, 90);
      assert.deepEqual(saved[0].noShowFee, { kind: 'fixed', value: 15000 });

      // Choosing the policy again fills the form with what is saved; switching back clears the no-show fee.
      await policy.getByLabel('Applies to').selectOption({ label: 'Default for the business' });
      assert.equal(await policy.getByLabel('No-show fee (SEK)').inputValue(), '150.00');
      await policy.getByLabel('Refunds go').selectOption('card');
      await policy.getByLabel('When a customer does not show up').selectOption('keep');
      await policy.getByRole('button', { name: 'Save policy' }).click();
      await page.getByText('Refunds go back the way they were paid. A no-show keeps everything paid.').waitFor();
    });
    const [policy] = (await run.admin.get('/api/v1/cancellation-policies')).body.policies;
    assert.equal(policy.refundTo, 'card');
    assert.equal(policy.noShowFee, null);
  });
});
