import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { ADMIN, guest } from '../support/app.ts';
import {
  type BrowserRun,
  assertAccessible,
  assertNoSidewaysScroll,
  browserSkipReason,
  signIn,
  startBrowserRun,
  withPage,
} from './harness.ts';

/** The JavaScript files this page has loaded so far, by path (the browser's own record of them). */
async function scriptsOf(page: Page): Promise<Set<string>> {
  const urls = await page.evaluate<string[]>(
    "[...document.scripts].map((s) => s.src).concat(performance.getEntriesByType('resource').map((e) => e.name))",
  );
  return new Set(urls.filter((url) => url.endsWith('.js')).map((url) => new URL(url).pathname));
}

describe('the Analytics page', { skip: browserSkipReason() }, () => {
  let run: BrowserRun;
  before(async () => {
    run = await startBrowserRun();
    const settings = await run.admin.patch('/api/v1/organisation', {
      paymentMethods: ['swish', 'venue'],
      swishNumber: '123 456 78 90',
    });
    assert.equal(settings.status, 200, JSON.stringify(settings.body));
    // A class two days ago: the clock goes back for its creation and bookings.
    run.app.clock.set(new Date(Date.now() - 5 * 86_400_000));
    const startsAt = new Date(Date.now() - 2 * 86_400_000);
    startsAt.setUTCMinutes(0, 0, 0);
    const created = await run.admin.post('/api/v1/classes', {
      title: 'Morning Flow',
      startsAt: startsAt.toISOString(),
      endsAt: new Date(startsAt.getTime() + 3600_000).toISOString(),
      maxSpots: 4,
      price: { amount: 20_000 },
    });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    const cls = created.body;
    for (const n of [1, 2, 3]) {
      const booked = await run.app.client().post('/api/v1/bookings', {
        classId: cls.id,
        paymentMethod: n === 3 ? 'swish' : 'venue',
        guest: guest(`a${n}`),
      });
      assert.equal(booked.status, 201, JSON.stringify(booked.body));
      if (n === 3) {
        const paid = await run.admin.post(`/api/v1/payments/${booked.body.payment.id}/mark-paid`, {});
        assert.equal(paid.status, 200, JSON.stringify(paid.body));
      }
    }
    run.app.clock.set(new Date());
  });
  after(() => run?.close());

  for (const viewport of [
    { name: 'desktop', size: { width: 1200, height: 900 }, mobile: false },
    { name: 'a phone (390 px)', size: { width: 390, height: 844 }, mobile: true },
  ]) {
    test(`an admin reads the numbers as charts and tables, picks a period and downloads CSV, on ${viewport.name}`, async (t) => {
      await withPage(
        run,
        t,
        async (page) => {
          await page.goto('/');
          await page.waitForLoadState('networkidle');
          const publicScripts = await scriptsOf(page);
          await signIn(page, ADMIN.email, ADMIN.password);
          await page.goto('/admin/analytics');
          await page.getByRole('heading', { name: 'Analytics', level: 1 }).waitFor();

          const fill = page.getByRole('region', { name: 'Fill rate per class' });
          const row = fill.getByRole('row').filter({ hasText: 'Morning Flow' });
          assert.match(await row.innerText(), /4[\s\S]*3[\s\S]*0[\s\S]*75\s?%/);
          // A row's header reads as written, not in capitals.
          assert.equal(await fill.getByRole('rowheader').first().innerText(), 'Morning Flow');
          // The bookings count on the day they were made (five days ago), not on the class's day.
          const made = page.getByRole('region', { name: 'Bookings made per day' });
          const madeRows = made.locator('tbody tr');
          assert.equal(await madeRows.count(), 1);
          assert.match(await madeRows.first().innerText(), /\b3\s+0\s+0\s+0\s*$/);
          const money = page.getByRole('region', { name: 'Revenue by payment method' });
          assert.match(await money.getByRole('row').filter({ hasText: 'Swish' }).innerText(), /SEK\s200\.00/);

          // Chart.js arrives with this page only, and draws each chart on a named canvas.
          const chart = fill.getByRole('img', { name: /Chart: Fill rate per class/ });
          // Polled from here: a string given to waitForFunction would be eval'd in the page, which its CSP forbids.
          const drawn = "[...document.querySelectorAll('.chart-box canvas')].every((c) => c.width > 0 && c.height > 0)";
          for (let tries = 0; !(await page.evaluate<boolean>(drawn)); tries++) {
            assert.ok(tries < 100, 'the charts are drawn');
            await page.waitForTimeout(100);
          }
          assert.ok(await chart.isVisible());
          const added = [...(await scriptsOf(page))].filter((script) => !publicScripts.has(script));
          assert.ok(added.length > 0, 'the analytics page loads a script the public pages do not');
          // (That Chart.js is among them shows in the charts drawn above; the resource list the page keeps
          // does not always name the chunk it came in, so it is not looked for by name.)
          for (const script of publicScripts) {
            const text = await readFile(new URL(`../../web/dist${script}`, import.meta.url), 'utf8');
            assert.ok(!text.includes('Chart with ID'), `${script} on the booking page carries Chart.js`);
          }

          const download = page.waitForEvent('download');
          await fill.getByRole('button', { name: /Download CSV/ }).click();
          const file = await download;
          assert.match(file.suggestedFilename(), /^analytics-fill-rate-\d{4}-\d{2}-\d{2}-\d{4}-\d{2}-\d{2}\.csv$/);
          const csv = await readFile((await file.path()) as string, 'utf8');
          assert.match(csv, /^\uFEFFClass,Starts \(Europe\/Stockholm\),Spots,Booked,Attended,Fill rate,Id\r\n/);
          assert.match(csv, /Morning Flow,[^,]+,4,3,0,0\.7500,/);

          // A period in the past has none of it; a reversed one is refused on the page.
          await page.getByLabel('First day').fill('2025-01-01');
          await page.getByLabel('Last day').fill('2025-01-31');
          await page.getByRole('button', { name: 'Show', exact: true }).click();
          await fill.getByText('Nothing in this period.').waitFor();
          await page.getByLabel('First day').fill('2025-02-01');
          await page.getByRole('button', { name: 'Show', exact: true }).click();
          await page.getByRole('alert').filter({ hasText: 'at most a year apart' }).waitFor();
          // The days ahead: the class of two days ago is not among them.
          await page.getByRole('button', { name: 'Next 30 days' }).click();
          await fill.getByText('Nothing in this period.').waitFor();
          await page.getByRole('button', { name: 'Last 30 days' }).click();
          await row.waitFor();

          if (viewport.mobile) await assertNoSidewaysScroll(page);
          await assertAccessible(page, `/admin/analytics on ${viewport.name}`);
        },
        { viewport: viewport.size, mobile: viewport.mobile },
      );
    });
  }

  test('in Swedish, with money in Swedish format', async (t) => {
    await withPage(run, t, async (page) => {
      await signIn(page, ADMIN.email, ADMIN.password);
      await page.goto('/admin/analytics');
      await page.getByLabel('Language').selectOption('sv');
      await page.getByRole('heading', { name: 'Statistik', level: 1 }).waitFor();
      const money = page.getByRole('region', { name: 'Intäkter per betalsätt' });
      assert.match(await money.getByRole('row').filter({ hasText: 'Swish' }).innerText(), /200\skr/);
      await page.getByRole('region', { name: 'Beläggning per pass' }).getByText('75 %').waitFor();
    });
  });
});
