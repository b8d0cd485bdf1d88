import type { Page } from 'playwright-core';

/**
 * swagger-ui renders a long operation list (150 tags and operations or more; ours has over 200) in a
 * window-scrolled virtual list: only what is near the viewport is in the page. This scrolls from the top
 * to the bottom, a little less than a screen at a time, waits at each step until the rendered items cover
 * what the screen shows of the list, and returns the id of every operation block that was shown (or stops
 * once the one with the id `stopAt` is there: swagger-ui's deep links do not reach into the virtual list).
 */
export async function operationsShownWhileScrolling(page: Page, stopAt?: string): Promise<Set<string>> {
  const shown = new Set<string>();
  await page.evaluate('window.scrollTo(0, 0)');
  for (;;) {
    await until(
      page,
      `(() => {
      const list = document.querySelector('.operations-virtual__list');
      if (!list) return false;
      const box = list.getBoundingClientRect();
      const top = Math.max(box.top, 0);
      const bottom = Math.min(box.bottom, window.innerHeight);
      if (top >= bottom) return true;
      const items = [...list.children].map((item) => item.getBoundingClientRect());
      return items.some((item) => item.top <= top + 1) && items.some((item) => item.bottom >= bottom - 1);
    })()`,
    );
    for (const id of await page.locator('.opblock').evaluateAll((blocks) => blocks.map((block) => block.id))) {
      shown.add(id);
    }
    if (stopAt && shown.has(stopAt)) return shown;
    const [y, end] = await page.evaluate<[number, boolean]>(
      '[window.scrollY, window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 1]',
    );
    if (end) return shown;
    await page.evaluate(`window.scrollBy(0, Math.floor(window.innerHeight * 0.8))`);
    await until(page, `window.scrollY > ${y}`);
  }
}

/**
 * Waits until `expression` is true in the page. Not `page.waitForFunction`: it evaluates its predicate
 * with `eval`, which the docs page's Content-Security-Policy refuses; `page.evaluate` is not subject to it.
 */
async function until(page: Page, expression: string): Promise<void> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (await page.evaluate<boolean>(expression)) return;
    if (Date.now() > deadline) throw new Error(`the docs page never showed: ${expression}`);
    await page.waitForTimeout(50);
  }
}

/** How many operations the document the docs page shows has. */
export async function operationsInDocument(page: Page): Promise<number> {
  return page.evaluate(`fetch('/api/docs/json').then((answer) => answer.json()).then((document) =>
    Object.values(document.paths).reduce((count, item) =>
      count + ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'].filter((method) => method in item).length, 0))`);
}
