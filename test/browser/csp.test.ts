import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { operationsInDocument, operationsShownWhileScrolling } from './docs-page.ts';
import {
  type BrowserRun,
  assertAccessible,
  browserSkipReason,
  createClass,
  startBrowserRun,
  withPage,
} from './harness.ts';

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

  // swagger-ui keeps only the operations near the screen in the page once a document has 150 tags and
  // operations or more (a virtual list), so every operation is looked for while scrolling through.
  test('the API docs (swagger-ui) render every operation and break no rule', async (t) => {
    await withPage(run, t, async (page) => {
      const violations = cspViolations(page);
      await page.goto('/api/docs');
      // The document is large; on a busy machine swagger-ui takes a while to show it.
      await page.locator('.opblock').first().waitFor({ timeout: 60_000 });
      const shown = await operationsShownWhileScrolling(page);
      assert.ok(shown.size > 10, `only ${shown.size} operations were shown`);
      assert.equal(shown.size, await operationsInDocument(page));
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
      // axe is evaluated in the page by the test runner, so the policy does not stand in its way.
      await assertAccessible(page, 'a class page under the policy');
    });
  });
});
