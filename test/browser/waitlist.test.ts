import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../src/platform/db.ts';
import { TestSmtpServer } from '../support/smtp.ts';
import {
  type BrowserRun,
  assertAccessible,
  browserSkipReason,
  createClass,
  startBrowserRun,
  withPage,
} from './harness.ts';

describe('the waitlist in the web app', { skip: browserSkipReason() }, () => {
  const smtp = new TestSmtpServer();
  let run: BrowserRun;
  before(async () => {
    await smtp.start();
    run = await startBrowserRun({ smtpUrl: smtp.url });
    const settings = await run.admin.patch('/api/v1/organisation', {
      paymentMethods: ['swish'],
      swishNumber: '123 456 78 90',
    });
    assert.equal(settings.status, 200, JSON.stringify(settings.body));
  });
  after(async () => {
    await run?.close();
    await smtp.stop();
  });

  test('join a full class, a spot frees, claim it from the mail and pay', async (t) => {
    const cls = await createClass(run.admin, { title: 'Waitlist Flow', maxSpots: 1, price: 20000 });
    const taken = await run.app.client().post('/api/v1/bookings', {
      classId: cls.id,
      paymentMethod: 'swish',
      guest: { name: 'First Booker', email: 'wl-first-booker@example.test' },
    });
    assert.equal(taken.status, 201, JSON.stringify(taken.body));

    // A guest at a desk, then another on a phone, join the line.
    await withPage(run, t, async (page) => {
      await page.goto(`/classes/${cls.id}`);
      await page.getByRole('heading', { name: 'Waitlist', exact: true }).waitFor();
      await assertAccessible(page, 'a full class with its waitlist form');
      await page.getByLabel('Name').fill('Wanda Waiting');
      await page.getByLabel('Email').fill('wanda@example.test');
      await page.getByRole('button', { name: 'Join the waitlist' }).click();
      await page.getByText('You are on the waitlist, number 1 in line.').waitFor();
    });
    await withPage(
      run,
      t,
      async (page) => {
        await page.goto(`/classes/${cls.id}`);
        await page.getByLabel('Name').fill('Pelle Phone');
        await page.getByLabel('Email').fill('pelle@example.test');
        await page.getByRole('button', { name: 'Join the waitlist' }).click();
        await page.getByText('You are on the waitlist, number 2 in line.').waitFor();
        await assertAccessible(page, 'the waitlist joined, on a phone');
      },
      { viewport: { width: 390, height: 844 }, mobile: true },
    );

    // The first booker cancels: the spot is offered to Wanda, and mailed.
    const cancelled = await run.app.client().post(`/api/v1/manage/${taken.body.manageToken}/cancel`, {});
    assert.equal(cancelled.status, 200, JSON.stringify(cancelled.body));
    await run.app.runJobs();
    const offer = smtp.to('wanda@example.test').find((mail) => mail.subject.startsWith('A spot is free for you'));
    assert.ok(offer, 'the offer is mailed');
    const link = /https?:\/\/\S+\/waitlist\/[\w-]+/.exec(offer.text)?.[0];
    assert.ok(link, offer.text);
    // 18:00 in Stockholm, whatever the zone of the server or the reader.
    assert.match(offer.text, /18:00/);

    await withPage(run, t, async (page) => {
      await page.goto(new URL(link).pathname);
      await page.getByRole('heading', { name: 'Waitlist Flow' }).waitFor();
      await page.getByText('A spot is held for you').waitFor();
      await page.getByRole('timer').waitFor();
      await assertAccessible(page, 'an offer to claim');
      await page.getByRole('button', { name: 'Claim the spot' }).click();
      await page.waitForURL(/\/manage\//);
      await page.getByText(/Pay SEK\s200\.00 with Swish to 123 456 78 90/).waitFor();
      await assertAccessible(page, 'the claimed booking');
    });

    // Staff mark the Swish payment as arrived: the booking is Wanda's and confirmed.
    const [payment] = await queryRows<{ id: string }>(
      run.app.database.db,
      sql`SELECT p.id FROM payments p JOIN bookings b ON b.id = p.booking_id JOIN customers c ON c.id = b.customer_id
          WHERE b.class_id = ${cls.id} AND c.email = 'wanda@example.test'`,
    );
    assert.ok(payment);
    assert.equal((await run.admin.post(`/api/v1/payments/${payment.id}/mark-paid`, {})).status, 200);
    const { body } = await run.admin.get(`/api/v1/bookings?classId=${cls.id}&status=confirmed`);
    assert.deepEqual(
      body.bookings.map((booking: { customer: { email: string } }) => booking.customer.email),
      ['wanda@example.test'],
    );

    // The admin sees who is still in line.
    const line = await run.admin.get(`/api/v1/classes/${cls.id}/waitlist`);
    assert.deepEqual(
      line.body.map((entry: { customer: { name: string } }) => entry.customer.name),
      ['Pelle Phone'],
    );
  });

  test('the leave link in a mail leaves once its page has run (a fetch of it does not), and offers to join again', async (t) => {
    const cls = await createClass(run.admin, { title: 'Waitlist Leave', maxSpots: 1, price: 20000 });
    const taken = await run.app.client().post('/api/v1/bookings', {
      classId: cls.id,
      paymentMethod: 'swish',
      guest: { name: 'Booked Already', email: 'wl-leave-booker@example.test' },
    });
    assert.equal(taken.status, 201, JSON.stringify(taken.body));
    const joined = await run.app.client().post(`/api/v1/classes/${cls.id}/waitlist`, {
      guest: { name: 'Lea Leaving', email: 'lea@example.test' },
    });
    assert.equal(joined.status, 201, JSON.stringify(joined.body));
    await run.app.runJobs();
    const mail = smtp.to('lea@example.test').find((m) => m.subject.startsWith('You are on the waitlist'));
    assert.ok(mail, 'the joined mail went out');
    const link = /https?:\/\/\S+\/waitlist\/[\w-]+\/leave/.exec(mail.text)?.[0];
    assert.ok(link, mail.text);
    const statusOf = async () =>
      (
        await queryRows<{ status: string }>(
          run.app.database.db,
          sql`SELECT status FROM waitlist_entries WHERE id = ${joined.body.id}`,
        )
      )[0]?.status;

    // A mail scanner fetches the link: the page's HTML, and nothing changes.
    const fetched = await fetch(new URL(new URL(link).pathname, run.baseUrl), { headers: { accept: 'text/html' } });
    assert.equal(fetched.status, 200);
    await fetched.text();
    assert.equal(await statusOf(), 'waiting');

    await withPage(run, t, async (page) => {
      await page.goto(new URL(link).pathname);
      await page.getByText('You have left the waitlist.').waitFor();
      await page.getByRole('heading', { name: 'Waitlist Leave' }).waitFor();
      await assertAccessible(page, 'the one-click leave');
      assert.equal(await statusOf(), 'left');
      await page.getByRole('link', { name: 'Join again' }).click();
      await page.waitForURL(new RegExp(`/classes/${cls.id}$`));
      await page.getByRole('heading', { name: 'Waitlist', exact: true }).waitFor();
    });
  });
});
