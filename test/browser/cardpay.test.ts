import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Client } from '../support/app.ts';
import { type StripeServer, startStripeServer } from '../support/stripe-server.ts';
import {
  type BrowserRun,
  assertAccessible,
  browserSkipReason,
  createClass,
  signIn,
  startBrowserRun,
  withPage,
} from './harness.ts';
import { useStandInStripe } from './stand-in-stripe.ts';

describe('paying with a saved card in the web app', { skip: browserSkipReason() }, () => {
  let stripe: StripeServer;
  let run: BrowserRun;
  // Stripe's webhooks for the PaymentIntents reach the app as they would from Stripe: just after the
  // charge, before the app's own request to Stripe has even been answered.
  const deliveries: Promise<number>[] = [];
  before(async () => {
    stripe = await startStripeServer({
      onEvent: (event) => {
        if (!event.type.startsWith('payment_intent.') || !run) return;
        const delivered = stripe
          .deliver(event, `${run.baseUrl}/api/v1/stripe/webhook`)
          .then(([answer]) => answer?.status ?? 0);
        deliveries.push(delivered);
        return delivered;
      },
    });
    run = await startBrowserRun({ stripe });
    const settings = await run.admin.patch('/api/v1/organisation', { paymentMethods: ['card', 'venue'] });
    assert.equal(settings.status, 200, JSON.stringify(settings.body));
  });
  after(async () => {
    await run?.close();
    await stripe?.close();
  });

  /** A signed-up customer with cards saved as the card form would (Stripe.js confirms the SetupIntent). */
  async function customerWithCards(
    email: string,
    cards: { brand: string; last4: string; expMonth: number; expYear: number }[],
  ): Promise<{ client: Client; cardIds: string[] }> {
    const client = run.app.client();
    assert.equal((await client.signUp(email, 'Saved Card Customer')).status, 201);
    const cardIds: string[] = [];
    for (const card of cards) {
      const setup = await client.post('/api/v1/me/cards/setup');
      assert.equal(setup.status, 200, JSON.stringify(setup.body));
      cardIds.push(stripe.confirmSetupIntent(setup.body.setupIntentId, card).payment_method as string);
    }
    return { client, cardIds };
  }

  test('a customer books a paid class with a saved card after another is declined; guests see no saved cards', async (t) => {
    const cls = await createClass(run.admin, { title: 'Saved Card Pilates', price: 22000 });
    const email = 'sara.saved@example.test';
    const { client, cardIds } = await customerWithCards(email, [
      { brand: 'visa', last4: '4242', expMonth: 12, expYear: 2028 },
      { brand: 'mastercard', last4: '4444', expMonth: 11, expYear: 2029 },
    ]);
    stripe.declineCard(cardIds[1]!);
    // The newest card is listed first; the default is the one preselected.
    const made = await client.post(`/api/v1/me/cards/${cardIds[0]}/default`);
    assert.equal(made.status, 200, JSON.stringify(made.body));

    await withPage(run, t, async (page) => {
      // No Stripe.js is needed to pay with a saved card; any attempt to load it fails.
      await page.route('https://js.stripe.com/**', (route) => route.abort());
      await page.goto(`/classes/${cls.id}`);
      await page.getByRole('radio', { name: /^Card/ }).waitFor();
      assert.equal(await page.getByText(/^Pay with /).count(), 0, 'a guest has no saved cards');

      await signIn(page, email, 'customer-password-1');
      await page.goto(`/classes/${cls.id}`);
      const visa = page.getByRole('radio', { name: /^Pay with Visa •••• 4242 \(expires 12\/28\)/ });
      await visa.waitFor();
      assert.equal(await visa.isChecked(), true, 'the default card is preselected');
      await page.getByRole('radio', { name: /^A new card/ }).waitFor();
      await assertAccessible(page, 'the checkout with saved cards');

      await page.getByRole('radio', { name: /^Pay with Mastercard •••• 4444 \(expires 11\/29\)/ }).check();
      await page.getByRole('button', { name: 'Confirm booking' }).click();
      await page
        .getByText(
          'Your bank declined Mastercard •••• 4444 (expires 11/29). Nothing was booked or charged: choose another card or another way to pay.',
        )
        .waitFor();
      await assertAccessible(page, 'the checkout with a declined card');

      await visa.check();
      await page.getByRole('button', { name: 'Confirm booking' }).click();
      await page.waitForURL(/\/manage\//);
      await page.getByText('Confirmed', { exact: true }).waitFor();
      assert.match(await page.locator('.facts').innerText(), /Card · Paid/);
      await assertAccessible(page, 'a booking paid by a saved card');
    });

    assert.ok(
      (await Promise.all(deliveries)).every((status) => status === 200),
      'every webhook was taken',
    );
    const mine = await client.get('/api/v1/me/bookings');
    const statuses = mine.body.bookings
      .filter((booking: { title: string }) => booking.title === 'Saved Card Pilates')
      .map((booking: { status: string }) => booking.status)
      .sort();
    assert.deepEqual(statuses, ['cancelled', 'confirmed'], 'the declined attempt was let go, the paid one booked');
    const charged = stripe.paymentIntents().filter((intent) => intent.status === 'succeeded');
    assert.deepEqual(
      charged.map((intent) => [intent.payment_method, intent.amount]),
      [[cardIds[0], 22000]],
    );
    const report = await run.admin.get('/api/v1/integrity');
    assert.equal(report.body.clean, true, JSON.stringify(report.body));
  });

  test('a customer buys a package with a saved card and gets its credits', async (t) => {
    const pack = await run.admin.post('/api/v1/packages', {
      name: 'Five classes',
      credits: 5,
      price: { amount: 70_000 },
      validityDays: 60,
      scope: 'all_classes',
    });
    assert.equal(pack.status, 201, JSON.stringify(pack.body));
    const email = 'petra.package@example.test';
    const { client, cardIds } = await customerWithCards(email, [
      { brand: 'visa', last4: '1881', expMonth: 3, expYear: 2030 },
      { brand: 'amex', last4: '0005', expMonth: 8, expYear: 2027 },
    ]);
    stripe.declineCard(cardIds[1]!);

    await withPage(run, t, async (page) => {
      await page.route('https://js.stripe.com/**', (route) => route.abort());
      await signIn(page, email, 'customer-password-1');
      await page.goto('/shop');
      const item = page.getByRole('listitem').filter({ hasText: 'Five classes' });
      await item.getByRole('button', { name: 'Buy with a new card' }).waitFor();
      await item.getByRole('button', { name: 'Buy with American Express •••• 0005 (expires 08/27)' }).click();
      await page
        .getByText(
          'Your bank declined American Express •••• 0005 (expires 08/27). Nothing was booked or charged: choose another card or another way to pay.',
        )
        .waitFor();
      await assertAccessible(page, 'the shop with a declined card');
      await item.getByRole('button', { name: 'Buy with Visa •••• 1881 (expires 03/30)' }).click();
      await page.getByText('Paid: 5 credits are added to your account.').waitFor();
      await assertAccessible(page, 'the shop with a package paid');
    });

    assert.ok(
      (await Promise.all(deliveries)).every((status) => status === 200),
      'every webhook was taken',
    );
    const credits = await client.get('/api/v1/me/credits');
    assert.equal(credits.body.balance, 5);
    const charged = stripe.paymentIntents().filter((one) => one.status === 'succeeded' && one.amount === 70_000);
    assert.deepEqual(
      charged.map((one) => one.payment_method),
      [cardIds[0]],
      'only the card that went through was charged',
    );
    const report = await run.admin.get('/api/v1/integrity');
    assert.equal(report.body.clean, true, JSON.stringify(report.body));
  });

  test('a customer without saved cards buys a package with a new card in the card form', async (t) => {
    const pack = await run.admin.post('/api/v1/packages', {
      name: 'Three classes',
      credits: 3,
      price: { amount: 45_000 },
      validityDays: 30,
      scope: 'all_classes',
    });
    assert.equal(pack.status, 201, JSON.stringify(pack.body));
    const email = 'nora.new@example.test';
    const { client } = await customerWithCards(email, []);
    let paidIntent = '';

    await withPage(run, t, async (page) => {
      await useStandInStripe(page, stripe, (id) => {
        paidIntent = id;
      });
      await signIn(page, email, 'customer-password-1');
      await page.goto('/shop');
      const item = page.getByRole('listitem').filter({ hasText: 'Three classes' });
      await item.getByRole('button', { name: 'Buy with card' }).click();
      await page.getByRole('heading', { name: 'Pay by card' }).waitFor();
      await page.getByLabel('Card number').fill('4242 4242 4242 4242');
      await assertAccessible(page, 'the shop’s card form');
      await page.getByRole('button', { name: /^Pay SEK\s450\.00$/ }).click();
      await page.getByText('Paid: 3 credits are added to your account.').waitFor();
    });

    assert.ok(paidIntent, 'the card form paid');
    assert.ok(
      (await Promise.all(deliveries)).every((status) => status === 200),
      'every webhook was taken',
    );
    assert.equal((await client.get('/api/v1/me/credits')).body.balance, 3);
    assert.equal(stripe.paymentIntent(paidIntent).amount, 45_000);
    const report = await run.admin.get('/api/v1/integrity');
    assert.equal(report.body.clean, true, JSON.stringify(report.body));
  });
});
