import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { classInput, guest } from '../support/app.ts';
import {
  type BrowserRun,
  assertAccessible,
  assertNoSidewaysScroll,
  browserSkipReason,
  createClass,
  startBrowserRun,
  withPage,
} from './harness.ts';
import type { Json } from '../support/json.ts';

describe('booking page', { skip: browserSkipReason() }, () => {
  let run: BrowserRun;
  before(async () => {
    run = await startBrowserRun();
  });
  after(() => run?.close());

  test('a guest books a class and cancels it through the manage link', async (t) => {
    const cls = await createClass(run.admin, { title: 'Guest Flow Pilates', hour: 18, price: 15000 });
    let manageUrl = '';
    await withPage(run, t, async (page) => {
      await page.goto('/');
      const card = page.getByRole('link', { name: /Guest Flow Pilates/ });
      const text = await card.innerText();
      // 18:00 in Stockholm, although this browser's clock is in New York.
      assert.match(text, /18:00–18:45/);
      assert.match(text, /SEK\s150\.00/);
      assert.match(text, /10 spots left/);
      await card.click();

      await page.getByRole('heading', { name: 'Book your spot' }).waitFor();
      const terms = await page.getByTestId('cancellation-terms').innerText();
      assert.match(terms, /^Free cancellation until .*18:00.*\. After that it can no longer be cancelled\.$/);
      await page.getByRole('button', { name: 'Confirm booking' }).click();
      assert.equal(await page.getByText('Please fill this in.').count(), 2, 'name and email are asked for');
      await assertAccessible(page, 'the checkout with its errors');
      await page.getByLabel('Name').fill('Greta Guest');
      await page.getByLabel('Email').fill('greta@example.test');
      assert.equal(await page.getByRole('radio', { name: /Pay at the venue/ }).isChecked(), true);
      await page.getByRole('button', { name: 'Confirm booking' }).click();

      await page.getByText("You're booked!").waitFor();
      assert.match(await page.locator('.facts').innerText(), /Pay at the venue/);
      manageUrl = (await page.getByRole('link', { name: /\/manage\// }).textContent()) ?? '';
      assert.match(manageUrl, /^http:\/\/127\.0\.0\.1:\d+\/manage\/[\w-]{20,}$/);
      await assertAccessible(page, 'the confirmation');
    });

    // Another browser: the link alone is enough, no account.
    await withPage(run, t, async (page) => {
      await page.goto(manageUrl);
      await page.getByRole('heading', { name: 'Guest Flow Pilates' }).waitFor();
      await page.getByText('Confirmed').waitFor();
      await page.getByText(/You can cancel until/).waitFor();
      await page.getByRole('button', { name: 'Cancel booking' }).click();
      await page.getByRole('dialog').waitFor();
      await assertAccessible(page, 'the manage page with the cancel dialog');
      await page.getByRole('dialog').getByRole('button', { name: 'Yes, cancel it' }).click();
      await page.getByText('Your booking is cancelled.').waitFor();
      await assertAccessible(page, 'the manage page of a cancelled booking');
      assert.equal(await page.getByRole('button', { name: 'Cancel booking' }).count(), 0);
    });

    const { body } = await run.admin.get(`/api/v1/bookings?classId=${cls.id}`);
    assert.deepEqual(
      body.bookings.map((booking: Json) => [booking.customer.name, booking.status, booking.cancelledBy]),
      [['Greta Guest', 'cancelled', 'customer']],
    );
  });

  test('booking inside the free cancellation period, the checkout says so before the customer confirms', async (t) => {
    const start = new Date(Date.now() + 3 * 3600_000);
    start.setUTCMinutes(0, 0, 0);
    const soon = await run.admin.post(
      '/api/v1/classes',
      classInput({
        title: 'Last-minute Yoga',
        startsAt: start.toISOString(),
        endsAt: new Date(start.getTime() + 3600_000).toISOString(),
      }),
    );
    assert.equal(soon.status, 201, JSON.stringify(soon.body));
    await withPage(run, t, async (page) => {
      await page.goto(`/classes/${soon.body.id}`);
      await page
        .getByText('The free cancellation period has passed: once booked, you cannot cancel this yourself.')
        .waitFor();
      assert.equal(await page.getByTestId('cancellation-terms').count(), 0);
      await assertAccessible(page, 'the checkout with the late-booking warning');
    });
  });

  test('a class that fills up while someone is checking out shows sold out', async (t) => {
    const cls = await createClass(run.admin, { title: 'Tiny Reformer', maxSpots: 2, price: 25000 });
    await withPage(run, t, async (page) => {
      await page.goto(`/classes/${cls.id}`);
      await page.getByText('2 spots left').waitFor();
      await page.getByLabel('Name').fill('Late Larry');
      await page.getByLabel('Email').fill('larry@example.test');
      // Meanwhile two others take the last spots.
      for (const n of [1, 2]) {
        const booked = await run.app.client().post('/api/v1/bookings', { classId: cls.id, guest: guest(`full-${n}`) });
        assert.equal(booked.status, 201);
      }
      await page.getByRole('button', { name: 'Confirm booking' }).click();
      await page.getByText('Sorry, this class is full.').waitFor();
      await page.getByText('This class is full. Have a look at the other classes this week.').waitFor();
      assert.equal(
        await page.getByRole('button', { name: 'Confirm booking' }).count(),
        0,
        'no checkout for a full class',
      );
      await assertAccessible(page, 'a class that filled up');

      await page.goto('/');
      assert.match(await page.getByRole('link', { name: /Tiny Reformer/ }).innerText(), /Sold out/);
    });
  });

  test('a cancelled class shows as cancelled and cannot be booked', async (t) => {
    const cls = await createClass(run.admin, { title: 'Rainy Day Stretch', hour: 9 });
    assert.equal((await run.admin.post(`/api/v1/classes/${cls.id}/cancel`, {})).status, 200);
    await withPage(run, t, async (page) => {
      await page.goto('/');
      await page.getByRole('link', { name: /Rainy Day Stretch/ }).click();
      await page.getByText('This class has been cancelled.').waitFor();
      await assertAccessible(page, 'a cancelled class');
      assert.equal(await page.getByRole('button', { name: 'Confirm booking' }).count(), 0);
    });
  });

  test('on a phone-sized screen a guest can book, with nothing to scroll sideways', async (t) => {
    await createClass(run.admin, { title: 'Phone Pilates', hour: 7, price: 16000 });
    await withPage(
      run,
      t,
      async (page) => {
        await page.goto('/');
        await assertNoSidewaysScroll(page);
        await page.getByRole('link', { name: /Phone Pilates/ }).click();
        await page.getByLabel('Name').fill('Mia Mobile');
        await page.getByLabel('Email').fill('mia@example.test');
        await assertNoSidewaysScroll(page);
        await assertAccessible(page, 'the checkout on a phone');
        await page.getByRole('button', { name: 'Confirm booking' }).click();
        await page.getByText("You're booked!").waitFor();
        await assertNoSidewaysScroll(page);
        await assertAccessible(page, 'the confirmation on a phone');
      },
      { viewport: { width: 390, height: 844 }, mobile: true },
    );
  });
});
