import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { type BrowserRun, browserSkipReason, createClass, startBrowserRun, withPage } from './harness.ts';

/** Every report of something the Content-Security-Policy refused on this page. */
function cspViolations(page: Page): string[] {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  return violations;
}

describe('the Content-Security-Policy', { skip: browserSkipReason() }, () => {
  let run: BrowserRun;
  before(async () => {
    run = await startBrowserRun();
    await createClass(run.admin, { title: 'Morning flow', hour: 8 });
  });
  after(() => run?.close());

  // Since the document names every operation's errors and security (session 5), swagger-ui shows only
  // its first tag's operations here: a known gap, noted on issue 13; the page must still break no rule.
  test('the API docs (swagger-ui) render and break no rule', async (t) => {
    await withPage(run, t, async (page) => {
      const violations = cspViolations(page);
      await page.goto('/api/docs');
      await page.locator('.opblock').first().waitFor();
      assert.ok((await page.locator('.opblock').count()) > 1);
      assert.deepEqual(violations, []);
    });
  });

  test('the web app renders and books under the policy', async (t) => {
    await withPage(run, t, async (page) => {
      const violations = cspViolations(page);
      await page.goto('/');
      await page.getByRole('link', { name: /Morning flow/ }).click();
      await page.getByRole('heading', { name: 'Book your spot' }).waitFor();
      assert.deepEqual(violations, []);
    });
  });
});
