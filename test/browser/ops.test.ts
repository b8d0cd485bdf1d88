// Issue 13's operations leftovers in the browser: a studio without a logo is never asked for one (no 404 in
// the console on any page), one with a logo shows it; the webhooks page lists the server's events.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import type { Page } from 'playwright-core';
import { queryRows } from '../../src/platform/db.ts';
import { ADMIN } from '../support/app.ts';
import {
  type BrowserRun,
  assertAccessible,
  browserSkipReason,
  createClass,
  signIn,
  startBrowserRun,
  withPage,
} from './harness.ts';

// 2×2 RGBA PNG (the invoices test's).
const PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAYAAABytg0kAAAAE0lEQVR4nGP4z8DQAMIMDP8hEAA55Ab7GrcJWQAAAABJRU5ErkJggg==';

/** Every answer of 400 or more, and every console error, while the page lives. */
function failures(page: Page): string[] {
  const seen: string[] = [];
  page.on('response', (response) => {
    if (response.status() >= 400) seen.push(`${response.status()} ${response.url()}`);
  });
  page.on('console', (message) => {
    if (message.type() === 'error') seen.push(`console: ${message.text()}`);
  });
  return seen;
}

describe('operations leftovers in the web app', { skip: browserSkipReason() }, () => {
  let run: BrowserRun;
  before(async () => {
    run = await startBrowserRun();
    await createClass(run.admin, { title: 'Morning flow', hour: 8 });
  });
  after(() => run?.close());

  test('a studio without a logo is not asked for one; with a logo it shows, under its version', async (t) => {
    await withPage(run, t, async (page) => {
      const seen = failures(page);
      const logoRequests: string[] = [];
      page.on('request', (request) => {
        if (request.url().includes('/organisation/logo')) logoRequests.push(request.url());
      });
      await page.goto('/');
      await page.getByRole('link', { name: /Morning flow/ }).click();
      await page.getByRole('heading', { name: 'Book your spot' }).waitFor();
      assert.deepEqual(seen, []);
      assert.deepEqual(logoRequests, []);

      assert.equal((await run.admin.request('PUT', '/api/v1/organisation/logo', { image: PNG })).status, 204);
      const version = (await run.admin.get('/api/v1/organisation')).body.logoVersion;
      await page.goto('/');
      await page.locator('img.brand-logo').waitFor();
      assert.deepEqual(logoRequests, [`${run.baseUrl}/api/v1/organisation/logo?v=${version}`]);
      assert.deepEqual(seen, []);
      assert.equal((await run.admin.request('DELETE', '/api/v1/organisation/logo')).status, 204);
    });
  });

  test('failed jobs: retried from the list, except one a later mail of its booking has overtaken, which is dismissed', async (t) => {
    const { org, database } = run.app;
    const job = async (status: string, orderKey: string) => {
      const [row] = await queryRows<{ id: number }>(
        database.db,
        sql`INSERT INTO jobs (org_id, kind, payload, status, attempts, max_attempts, run_at, order_key, last_error, finished_at)
            VALUES (${org.id}, 'ops.example', '{}'::jsonb, ${status}, 5, 5, now(), ${orderKey},
                    ${status === 'dead' ? 'SMTP said no' : null}, now())
            RETURNING id`,
      );
      assert.ok(row, 'the job was inserted');
      return Number(row.id);
    };
    const overtaken = await job('dead', 'booking:ops-1');
    await job('done', 'booking:ops-1');
    const retryable = await job('dead', 'booking:ops-2');
    await withPage(run, t, async (page) => {
      await signIn(page, ADMIN.email, ADMIN.password);
      await page.goto('/admin/jobs');
      const row = (id: number) => page.getByRole('row').filter({ hasText: `#${id}` });
      await row(overtaken).waitFor();
      assert.match(await row(overtaken).innerText(), /a later message about the same booking has already gone out/);
      assert.deepEqual(
        await row(overtaken).getByRole('button').allInnerTexts(),
        ['Dismiss'],
        'no retry is offered for the overtaken job, only its dismissal',
      );
      await assertAccessible(page, 'the failed jobs');
      await row(retryable)
        .getByRole('button', { name: `Retry: #${retryable}` })
        .click();
      await page.getByText(`Job ${retryable} is queued again.`).waitFor();
      await row(overtaken)
        .getByRole('button', { name: `Dismiss: #${overtaken}` })
        .click();
      await page.getByText(`Job ${overtaken} is set aside: it will not be sent.`).waitFor();
      await row(overtaken).waitFor({ state: 'detached' });
      const [left] = await queryRows<{ status: string }>(
        database.db,
        sql`SELECT status FROM jobs WHERE id = ${overtaken}`,
      );
      assert.equal(left?.status, 'cancelled');
    });
  });

  test("the webhooks page offers the server's events, each with its line", async (t) => {
    await withPage(run, t, async (page) => {
      await signIn(page, ADMIN.email, ADMIN.password);
      await page.goto('/admin/webhooks');
      await page.getByRole('heading', { name: 'Webhooks', level: 1 }).waitFor();
      const { events } = (await run.admin.get('/api/v1/webhooks/events')).body;
      for (const event of events) await page.getByText(event.description).waitFor();
      await page.getByRole('checkbox', { name: 'All events' }).uncheck();
      await page.getByRole('checkbox', { name: /invoice\.paid/ }).check();
      const url = 'https://hooks.example.test/ops';
      await page.getByLabel('URL').fill(url);
      await page.getByRole('button', { name: 'Add endpoint' }).click();
      await page.getByTestId('webhook-secret').waitFor();
      const { endpoints } = (await run.admin.get('/api/v1/webhooks')).body;
      assert.deepEqual(endpoints.find((e: { url: string }) => e.url === url)?.events, ['invoice.paid']);
    });
  });
});
