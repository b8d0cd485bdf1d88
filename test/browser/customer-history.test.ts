import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { ADMIN } from '../support/app.ts';
import {
  type BrowserRun,
  assertAccessible,
  assertNoSidewaysScroll,
  bookAsGuest,
  browserSkipReason,
  createClass,
  signIn,
  startBrowserRun,
  withPage,
} from './harness.ts';

describe("a customer's history for staff", { skip: browserSkipReason() }, () => {
  let run: BrowserRun;
  before(async () => {
    run = await startBrowserRun();
  });
  after(() => run?.close());

  test('from the customer list to one customer: their bookings, how they went, what is due, and credits', async (t) => {
    const yoga = await createClass(run.admin, { title: 'History Yoga', hour: 9 });
    const pilates = await createClass(run.admin, { title: 'History Pilates', hour: 11 });
    await bookAsGuest(run, yoga.id, 'Hedda History');
    const dropped = await bookAsGuest(run, pilates.id, 'Hedda History');
    assert.equal((await run.admin.post(`/api/v1/bookings/${dropped.booking.id}/cancel`, {})).status, 200);
    for (const width of [1280, 390]) {
      await withPage(
        run,
        t,
        async (page) => {
          await signIn(page, ADMIN.email, ADMIN.password);
          await page.goto('/admin/customers?q=hedda');
          await page.getByRole('link', { name: 'Hedda History' }).click();
          await page.getByRole('heading', { name: 'Hedda History', level: 1 }).waitFor();
          await page
            .getByTestId('customer-summary')
            .getByText('2 bookings: 0 completed, 0 no-shows, 1 cancelled.')
            .waitFor();
          const rows = page.getByTestId('customer-booking');
          assert.equal(await rows.count(), 2);
          const yogaRow = rows.filter({ hasText: 'History Yoga' });
          assert.match(await yogaRow.innerText(), /Confirmed/);
          assert.match(await yogaRow.innerText(), /SEK\s150\.00 to pay/);
          assert.match(await rows.filter({ hasText: 'History Pilates' }).innerText(), /Cancelled/);
          await page
            .getByRole('heading', { name: /Credits/ })
            .first()
            .waitFor();
          if (width === 390) await assertNoSidewaysScroll(page);
          await assertAccessible(page, `a customer's history at ${width}px`);
          await yogaRow.getByRole('link', { name: 'History Yoga' }).click();
          await page.waitForURL(new RegExp(`/admin/classes/${yoga.id}`));
        },
        width === 390 ? { viewport: { width: 390, height: 844 }, mobile: true } : {},
      );
    }
  });
});
