import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { type StripeServer, startStripeServer } from '../support/stripe-server.ts';
import {
  type BrowserRun,
  assertAccessible,
  assertNoSidewaysScroll,
  browserSkipReason,
  signIn,
  startBrowserRun,
  withPage,
} from './harness.ts';

describe('saved cards', { skip: browserSkipReason() }, () => {
  let stripe: StripeServer;
  let run: BrowserRun;
  before(async () => {
    stripe = await startStripeServer();
    run = await startBrowserRun({ stripe });
    const settings = await run.admin.patch('/api/v1/organisation', { paymentMethods: ['card', 'venue'] });
    assert.equal(settings.status, 200, JSON.stringify(settings.body));
  });
  after(async () => {
    await run?.close();
    await stripe?.close();
  });

  test('a signed-in customer sees their cards, changes the default, removes one and reaches the form to add one (on a phone)', async (t) => {
    const customer = run.app.client();
    assert.equal((await customer.signUp('carl.cards@example.test', 'Carl Cards', 'carl-password-1')).status, 201);
    // Two cards saved as the card form would (Stripe.js confirms the SetupIntent at Stripe).
    for (const card of [
      { brand: 'visa', last4: '4242', expMonth: 4, expYear: 2031 },
      { brand: 'mastercard', last4: '4444', expMonth: 11, expYear: 2029 },
    ]) {
      const setup = await customer.post('/api/v1/me/cards/setup');
      assert.equal(setup.status, 200, JSON.stringify(setup.body));
      stripe.confirmSetupIntent(setup.body.setupIntentId, card);
    }

    await withPage(
      run,
      t,
      async (page) => {
        // No internet here: Stripe.js cannot load; the test goes up to the card form.
        await page.route('https://js.stripe.com/**', (route) => route.abort());
        await signIn(page, 'carl.cards@example.test', 'carl-password-1');
        await page.goto('/account/cards');
        await page.getByRole('heading', { name: 'Saved cards' }).waitFor();
        const list = page.getByTestId('saved-cards');
        await list.getByText('Visa ending in 4242, expires 04/2031').waitFor();
        await list.getByText('Mastercard ending in 4444, expires 11/2029').waitFor();
        await assertNoSidewaysScroll(page);
        await assertAccessible(page, 'saved cards on a phone');

        await page.getByRole('button', { name: 'Make default: Mastercard ending in 4444, expires 11/2029' }).click();
        await page.getByText('This card is now your default.').waitFor();
        const mastercard = list.getByRole('listitem').filter({ hasText: '4444' });
        await mastercard.getByText('Default', { exact: true }).waitFor();

        await page.getByRole('button', { name: 'Remove: Visa ending in 4242, expires 04/2031' }).click();
        await page.getByText('The card is removed.').waitFor();
        assert.equal(await list.getByRole('listitem').count(), 1);

        const before = stripe.events({ type: 'setup_intent.created' }).length;
        await page.getByRole('button', { name: 'Add a card' }).click();
        await page.getByRole('heading', { name: 'Add a card' }).waitFor();
        await page.getByTestId('card-form').waitFor({ state: 'attached' });
        await page.getByText('The card form could not be loaded. Check your connection and try again.').waitFor();
        assert.equal(stripe.events({ type: 'setup_intent.created' }).length, before + 1, 'a SetupIntent for the form');
        await assertAccessible(page, 'the card form that could not load, on a phone');
        await assertNoSidewaysScroll(page);
        await page.getByRole('button', { name: 'Cancel' }).click();
        await page.getByRole('button', { name: 'Add a card' }).waitFor();
      },
      { viewport: { width: 390, height: 844 }, mobile: true },
    );
    const cards = await customer.get('/api/v1/me/cards');
    assert.deepEqual(
      cards.body.cards.map((card: { last4: string; isDefault: boolean }) => [card.last4, card.isDefault]),
      [['4444', true]],
    );
  });
});
