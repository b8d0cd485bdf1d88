import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, describe, test } from 'node:test';
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

describe('paying what is due', { skip: browserSkipReason() }, () => {
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

  test('a customer pays an open invoice by card and downloads its PDF', async (t) => {
    const email = 'ines.invoice@example.test';
    const customer = run.app.client();
    assert.equal((await customer.signUp(email, 'Ines Invoice')).status, 201);
    const cls = await createClass(run.admin, { title: 'Carpet Deep Clean', price: 30000 });
    const booked = await customer.post('/api/v1/bookings', { classId: cls.id, paymentMethod: 'venue' });
    assert.equal(booked.status, 201, JSON.stringify(booked.body));
    const invoice = await run.admin.post(`/api/v1/bookings/${booked.body.booking.id}/invoice`, {});
    assert.equal(invoice.status, 201, JSON.stringify(invoice.body));
    const number = invoice.body.number as number;

    await withPage(run, t, async (page) => {
      await useStandInStripe(page, stripe);
      await signIn(page, email, 'customer-password-1');
      await page.goto('/account/invoices');
      const card = page.getByRole('listitem').filter({ hasText: `Invoice ${number}` });
      await card.getByText(/Due SEK\s300\.00 by/).waitFor();
      await assertAccessible(page, 'my invoices with one due');
      await card.getByRole('button', { name: `Pay SEK 300.00 for Invoice ${number}` }).click();
      await card.getByRole('radio', { name: /Card/ }).check();
      await card.getByRole('button', { name: /^Continue to pay SEK\s300\.00$/ }).click();
      await card.getByRole('heading', { name: 'Pay by card' }).waitFor();
      await card.getByLabel('Card number').fill('4242 4242 4242 4242');
      await assertAccessible(page, 'paying an invoice by card');
      await card.getByRole('button', { name: /^Pay SEK\s300\.00$/ }).click();
      await page.getByText('Thank you: your payment is recorded.').waitFor();
      await card.getByText(/· Paid$/).waitFor();
      assert.equal(await card.getByRole('button', { name: /^Pay/ }).count(), 0, 'nothing left to pay');
      await assertAccessible(page, 'the invoice paid');

      const [download] = await Promise.all([
        page.waitForEvent('download'),
        card.getByRole('button', { name: 'Download PDF' }).click(),
      ]);
      assert.equal(download.suggestedFilename(), `invoice-${number}.pdf`);
      const file = await download.path();
      assert.ok(file);
      assert.equal((await readFile(file)).subarray(0, 5).toString(), '%PDF-');
    });

    const read = await run.admin.get(`/api/v1/invoices/${invoice.body.id}`);
    assert.equal(read.body.status, 'paid');
    assert.equal(read.body.totals.paid, 30000);
    const report = await run.admin.get('/api/v1/integrity');
    assert.equal(report.body.clean, true, JSON.stringify(report.body));
  });
});
