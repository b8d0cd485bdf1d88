import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { ADMIN, guest } from '../support/app.ts';
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
import type { Json } from '../support/json.ts';

describe('payments', { skip: browserSkipReason() }, () => {
  let stripe: StripeServer;
  let run: BrowserRun;
  before(async () => {
    stripe = await startStripeServer();
    run = await startBrowserRun({ stripe });
    const settings = await run.admin.patch('/api/v1/organisation', {
      paymentMethods: ['card', 'swish', 'venue'],
      swishNumber: '123 456 78 90',
    });
    assert.equal(settings.status, 200, JSON.stringify(settings.body));
  });
  after(async () => {
    await run?.close();
    await stripe?.close();
  });

  /** A guest's card booking paid at the Stripe-shaped server and settled: what the card step does in a browser. */
  async function paidCardBooking(classId: string, who: string) {
    const started = await run.app
      .client()
      .post('/api/v1/bookings', { classId, guest: guest(who), paymentMethod: 'card' });
    assert.equal(started.status, 201, JSON.stringify(started.body));
    const intentId: string = started.body.payment.clientSecret.split('_secret_')[0];
    return { intentId, started };
  }

  test('a guest pays by Swish and staff mark the payment as arrived', async (t) => {
    const cls = await createClass(run.admin, { title: 'Swish Pilates', price: 20000 });
    let manageUrl = '';
    await withPage(run, t, async (page) => {
      await page.goto(`/classes/${cls.id}`);
      await page.getByRole('radio', { name: /Swish/ }).check();
      await page.getByLabel('Name').fill('Sven Swish');
      await page.getByLabel('Email').fill('sven@example.test');
      await page.getByRole('button', { name: 'Confirm booking' }).click();
      await page.getByText('Waiting for your payment').waitFor();
      await page.getByText(/^Pay SEK\s200\.00 with Swish to 123 456 78 90 and write \S+ as the message\.$/).waitFor();
      await page.getByText(/Pay before .*, or the booking is let go\./).waitFor();
      assert.match(await page.locator('.facts').innerText(), /Swish · Waiting for payment/);
      await assertAccessible(page, 'waiting for a Swish payment');
      manageUrl = page.url();
    });

    await withPage(run, t, async (page) => {
      await signIn(page, ADMIN.email, ADMIN.password);
      await page.getByRole('link', { name: 'Swish Pilates', exact: true }).click();
      const row = page.getByRole('row').filter({ hasText: 'Sven Swish' });
      await row.getByText('Swish · Waiting for payment').waitFor();
      await row.getByRole('button', { name: 'Mark paid: Sven Swish' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByText(/^Reference: \S+/).waitFor();
      await assertAccessible(page, 'the mark paid dialog');
      await dialog.getByRole('button', { name: 'Yes, mark paid' }).click();
      await page.getByText('The payment from Sven Swish is recorded and the booking confirmed.').waitFor();
      await row.getByText('Swish · Paid').waitFor();
      assert.match(await row.innerText(), /Confirmed/);
    });

    await withPage(run, t, async (page) => {
      await page.goto(manageUrl);
      await page.getByText('Confirmed', { exact: true }).waitFor();
      assert.match(await page.locator('.facts').innerText(), /Swish · Paid/);
    });
  });

  test('an admin refunds part of a card payment, then the rest, which cancels the booking', async (t) => {
    const cls = await createClass(run.admin, { title: 'Card Reformer', price: 25000 });
    const { intentId } = await paidCardBooking(cls.id, 'carla');
    stripe.succeed(intentId);
    assert.equal((await run.app.client().post('/api/v1/payments/confirm', { paymentIntentId: intentId })).status, 200);

    await withPage(run, t, async (page) => {
      await signIn(page, ADMIN.email, ADMIN.password);
      await page.getByRole('link', { name: 'Card Reformer', exact: true }).click();
      const row = page.getByRole('row').filter({ hasText: 'Guest carla' });
      await row.getByText('Card · Paid').waitFor();

      await row.getByRole('button', { name: 'Refund… Guest carla' }).click();
      const dialog = page.getByRole('dialog');
      assert.match(
        await dialog.locator('.facts').innerText(),
        /Paid\s+SEK\s250\.00\s+Already refunded\s+SEK\s0\.00\s+Can be refunded\s+SEK\s250\.00/,
      );
      assert.equal(await dialog.getByLabel('Amount to refund (SEK)').inputValue(), '250.00');
      await dialog.getByLabel('Amount to refund (SEK)').fill('300');
      await dialog.getByLabel('Reason').fill('Came late');
      await dialog.getByRole('button', { name: 'Refund', exact: true }).click();
      await dialog.getByText('At most SEK 250.00 can be refunded.').waitFor();
      await assertAccessible(page, 'the refund dialog with its error');
      await dialog.getByLabel('Amount to refund (SEK)').fill('100');
      await dialog.getByRole('button', { name: 'Refund', exact: true }).click();
      await page.getByText(/^(Refunded SEK\s100\.00\.|The refund of SEK\s100\.00 has started.*)$/).waitFor();
      await row.getByText('Card · Partly refunded').waitFor();

      await row.getByRole('button', { name: 'Refund… Guest carla' }).click();
      await dialog.getByLabel('Reason').waitFor();
      assert.match(
        await dialog.locator('.facts').innerText(),
        /Already refunded\s+SEK\s100\.00\s+Can be refunded\s+SEK\s150\.00/,
      );
      assert.equal(await dialog.getByLabel('Amount to refund (SEK)').inputValue(), '150.00');
      await dialog.getByLabel('Reason').fill('Class moved');
      await dialog.getByRole('button', { name: 'Refund', exact: true }).click();
      await row.getByText('Card · Refunded').waitFor();
      assert.match(await row.innerText(), /Cancelled/);
    });
    assert.deepEqual(
      stripe
        .refunds({ paymentIntent: intentId })
        .map((refund) => refund.amount)
        .sort((a, b) => a - b),
      [10000, 15000],
    );
  });

  test('choosing card shows the card step with the hold; starting again gives the spot back', async (t) => {
    const cls = await createClass(run.admin, { title: 'Card Step Yoga', maxSpots: 1, price: 18000 });
    await withPage(run, t, async (page) => {
      // No internet here: Stripe.js cannot load, and the customer is told so.
      await page.route('https://js.stripe.com/**', (route) => route.abort());
      await page.goto(`/classes/${cls.id}`);
      await page.getByRole('radio', { name: /Card/ }).check();
      await page.getByLabel('Name').fill('Kim Card');
      await page.getByLabel('Email').fill('kim@example.test');
      await page.getByRole('button', { name: 'Confirm booking' }).click();
      await page.getByRole('heading', { name: 'Pay by card' }).waitFor();
      await page.getByText(/^Your spots are held for (10:00|9:\d\d) more\.$/).waitFor();
      await page.getByText('The card form could not be loaded.', { exact: false }).waitFor();
      await assertAccessible(page, 'the card step that could not load');
      await page.getByRole('button', { name: 'Start again' }).click();
      await page.getByRole('heading', { name: 'Book your spot' }).waitFor();
    });
    const { body } = await run.admin.get(`/api/v1/bookings?classId=${cls.id}`);
    assert.deepEqual(
      body.bookings.map((booking: Json) => booking.status),
      ['cancelled'],
      'the held spot is given back',
    );
  });

  test('a payment that came too late waits under failed bookings until an admin refunds it', async (t) => {
    assert.equal((await run.admin.patch('/api/v1/organisation', { unbookablePaymentPolicy: 'queue' })).status, 200);
    const cls = await createClass(run.admin, { title: 'Tiny Spin', maxSpots: 1, price: 12000 });
    const { intentId } = await paidCardBooking(cls.id, 'slow');
    await run.app.runJobs();
    // The hold runs out, and the spot goes to someone else…
    run.app.clock.advance(11 * 60_000);
    try {
      await run.app.runner.runDue();
    } finally {
      run.app.clock.advance(-11 * 60_000);
    }
    const other = await run.app
      .client()
      .post('/api/v1/bookings', { classId: cls.id, guest: guest('fast'), paymentMethod: 'venue' });
    assert.equal(other.status, 201, JSON.stringify(other.body));
    // …while the slow customer's payment goes through at Stripe before the cancel request reaches it.
    stripe.succeed(intentId);
    const settled = await run.app.client().post('/api/v1/payments/confirm', { paymentIntentId: intentId });
    assert.equal(settled.body.settlement.outcome, 'unbookable');

    await withPage(run, t, async (page) => {
      await signIn(page, ADMIN.email, ADMIN.password);
      await page.getByRole('link', { name: 'Failed bookings' }).click();
      const problem = page.getByRole('listitem').filter({ hasText: 'Tiny Spin · Guest slow' });
      await problem.getByText('The class was full').waitFor();
      await assertAccessible(page, 'failed bookings');
      await problem.getByRole('button', { name: 'Book anyway' }).click();
      await page.getByRole('dialog').getByRole('button', { name: 'Book anyway' }).click();
      await page.getByRole('dialog').getByText('Sorry, this class is full.').waitFor();
      await assertAccessible(page, 'the book anyway dialog refused');
      await page.getByRole('dialog').getByRole('button', { name: 'Close' }).click();
      await problem.getByRole('button', { name: 'Refund…' }).click();
      await page.getByRole('dialog').getByLabel('Reason').fill('The class was full');
      await page.getByRole('dialog').getByRole('button', { name: 'Refund', exact: true }).click();
      await page.getByText('Nothing to deal with.').waitFor();

      await page.getByRole('link', { name: 'Integrity' }).click();
      await page.getByText('Everything adds up: every payment has its booking or its refund.').waitFor();
      await assertAccessible(page, 'the integrity report');
    });
    assert.equal(stripe.refunds({ paymentIntent: intentId }).length, 1);
  });
});
