import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { TestContext } from 'node:test';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { type Browser, type Locator, type Page, chromium } from 'playwright-core';
import { queryRows } from '../../src/platform/db.ts';
import { type Client, type TestApp, type TestAppOptions, classInput, startTestApp } from '../support/app.ts';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const root = fileURLToPath(new URL('../../', import.meta.url));
const resultsDir = path.join(root, 'test-results');

/**
 * Why the browser tests cannot run here, or undefined when they can. Without Chromium a local
 * run skips them and says so; CI (CI=true) must run them, so there it is an error.
 */
export function browserSkipReason(): string | undefined {
  if (existsSync(CHROMIUM)) return undefined;
  const reason = `Chromium is not installed at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM_PATH)`;
  if (process.env.CI === 'true') throw new Error(`${reason}: CI must run the browser tests.`);
  return `${reason}: browser tests skipped`;
}

export interface BrowserRun {
  app: TestApp;
  baseUrl: string;
  browser: Browser;
  admin: Client;
  close(): Promise<void>;
}

/** The real server on a fresh database, listening on a free port, with the built web app, and a browser. */
export async function startBrowserRun(options: TestAppOptions = {}): Promise<BrowserRun> {
  if (!existsSync(path.join(root, 'web/dist/index.html'))) {
    throw new Error('web/dist is missing: run `npm run web:build` first (npm test does it).');
  }
  const app = await startTestApp(options);
  await app.app.listen({ host: '127.0.0.1', port: 0 });
  const { port } = app.app.server.address() as AddressInfo;
  // Playwright gives every launch a fresh, temporary profile (its own --user-data-dir).
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  return {
    app,
    baseUrl: `http://127.0.0.1:${port}`,
    browser,
    admin: await app.admin(),
    async close() {
      await browser.close();
      await app.close();
    },
  };
}

export interface PageOptions {
  /** The browser's own language; the app starts in the organisation's until one is chosen. */
  browserLocale?: string;
  viewport?: { width: number; height: number };
  mobile?: boolean;
}

/**
 * Runs `steps` in a new browser context (no cookies, empty storage). The browser's clock runs
 * in another time zone than the organisation's, so times shown must come from the
 * organisation's zone. On failure a screenshot goes to test-results/<test name>.png.
 */
export async function withPage(
  run: BrowserRun,
  t: TestContext,
  steps: (page: Page) => Promise<void>,
  options: PageOptions = {},
): Promise<void> {
  const context = await run.browser.newContext({
    baseURL: run.baseUrl,
    locale: options.browserLocale ?? 'en-US',
    timezoneId: 'America/New_York',
    viewport: options.viewport ?? { width: 1200, height: 900 },
    isMobile: options.mobile ?? false,
    hasTouch: options.mobile ?? false,
  });
  context.setDefaultTimeout(20_000);
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  try {
    await steps(page);
    assert.deepEqual(pageErrors, [], 'the page threw no errors');
  } catch (error) {
    mkdirSync(resultsDir, { recursive: true });
    const file = path.join(resultsDir, `${t.name.replace(/[^\w-]+/g, '-').slice(0, 100)}.png`);
    await page.screenshot({ path: file, fullPage: true }).catch(() => undefined);
    throw error;
  } finally {
    await context.close();
  }
}

/** A date `days` from today in the organisation's zone (Europe/Stockholm), YYYY-MM-DD. */
export const dayFromNow = (days: number): string =>
  new Date(Date.now() + days * 24 * 3600_000).toLocaleDateString('sv-SE', { timeZone: 'Europe/Stockholm' });

/**
 * An appointment of `serviceId` with `providerId` that began ten minutes ago, for a new customer, written
 * as the booking path writes it (a past time cannot be booked through the API). Returns its start.
 */
export async function insertBegunAppointment(
  run: BrowserRun,
  booking: { serviceId: string; providerId: string; minutes: number; customer: { name: string; email: string } },
): Promise<Date> {
  const start = new Date(Math.floor(Date.now() / 60_000) * 60_000 - 10 * 60_000);
  const end = new Date(start.getTime() + booking.minutes * 60_000);
  const { org, database } = run.app;
  const [customer] = await queryRows<{ id: string }>(
    database.db,
    sql`INSERT INTO customers (org_id, email, name) VALUES (${org.id}, ${booking.customer.email}, ${booking.customer.name})
        RETURNING id`,
  );
  await database.db.execute(sql`
    INSERT INTO bookings (org_id, customer_id, spots, status, price_amount, currency, payment_method, source,
                          service_id, provider_id, starts_at, ends_at, blocked)
    VALUES (${org.id}, ${customer?.id}, 1, 'confirmed', 0, 'SEK', 'free', 'staff',
            ${booking.serviceId}, ${booking.providerId}, ${start}, ${end}, tstzrange(${start}, ${end}))`);
  return start;
}

/** A class in two days at `hour` o'clock in the organisation's zone (Europe/Stockholm), via the API. */
export async function createClass(
  admin: Client,
  fields: { title: string; hour?: number; maxSpots?: number; price?: number; maxSpotsPerCustomer?: number },
): Promise<{ id: string; title: string }> {
  const day = dayFromNow(2);
  const hour = String(fields.hour ?? 18).padStart(2, '0');
  const response = await admin.post(
    '/api/v1/classes',
    classInput({
      title: fields.title,
      instructorName: 'Anna Lindqvist',
      location: 'Studio A',
      startsAt: `${day}T${hour}:00`,
      endsAt: `${day}T${hour}:45`,
      maxSpots: fields.maxSpots ?? 10,
      maxSpotsPerCustomer: fields.maxSpotsPerCustomer ?? 1,
      price: { amount: fields.price ?? 15000 },
    }),
  );
  assert.equal(response.status, 201, JSON.stringify(response.body));
  return response.body;
}

/** A guest's booking of a class, paid at the venue, via the API; the email is made from the name. */
export async function bookAsGuest(run: BrowserRun, classId: string, name: string) {
  const email = `${name.toLowerCase().replace(/\s+/g, '-')}@example.test`;
  const created = await run.app.client().post('/api/v1/bookings', {
    classId,
    paymentMethod: 'venue',
    guest: { name, email },
  });
  assert.equal(created.status, 201, JSON.stringify(created.body));
  return created.body;
}

/** Signs in through the sign-in page and waits for the page it leads to. */
export async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(/\/(admin|account)/);
}

/** The page is no wider than the screen: nothing to scroll sideways on a phone. */
export async function assertNoSidewaysScroll(page: Page): Promise<void> {
  const [scrollWidth, innerWidth] = await page.evaluate<[number, number]>(
    '[document.documentElement.scrollWidth, window.innerWidth]',
  );
  assert.ok(scrollWidth <= innerWidth, `the page is ${scrollWidth}px wide on a ${innerWidth}px screen`);
}

/** axe-core's browser build, read once; evaluated in the page, so the page's CSP does not stand in its way. */
let axeSource: string | undefined;
const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

export interface AccessibleOptions {
  /**
   * CSS selectors of third-party widgets left out of the check (never our own markup), each with its
   * reason where it is passed. Everything around them is still checked.
   */
  exclude?: string[];
}

/**
 * Runs axe (WCAG 2.1 A and AA rules) on the page as it is now and fails with a readable list of every
 * violation: the rule, its impact, what to fix and the elements it found. Call it once per state the
 * page settles in (a dialog open, errors shown), after waiting for what a user would see.
 */
export async function assertAccessible(page: Page, where = '', options: AccessibleOptions = {}): Promise<void> {
  axeSource ??= readFileSync(path.join(root, 'node_modules/axe-core/axe.min.js'), 'utf8');
  const installed = await page.evaluate('typeof window.axe === "object"');
  if (!installed) await page.evaluate(axeSource);
  const context = { include: [['html']], exclude: (options.exclude ?? []).map((selector) => [selector]) };
  // A string, as the other page scripts here: this file is type-checked without the DOM's types.
  const violations = await page.evaluate<{ id: string; impact: string; help: string; nodes: string[] }[]>(`
    axe.run(${JSON.stringify(context)}, { runOnly: { type: 'tag', values: ${JSON.stringify(WCAG_21_AA)} }, resultTypes: ['violations'] })
      .then((results) => results.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        nodes: v.nodes.map((n) => n.target.join(' ') + ': ' + (n.failureSummary || '').replace(/\\s+/g, ' ')),
      })))`);
  const report = violations
    .map((v) => `- ${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `    ${n}`).join('\n')}`)
    .join('\n');
  assert.equal(
    violations.length,
    0,
    `axe found ${violations.length} WCAG 2.1 AA violation(s) on ${where || page.url()}:\n${report}`,
  );
}

/**
 * Waits (up to five seconds) until the keyboard focus is on `target`. Polled from outside the page:
 * the page's CSP forbids the string evaluation that waitForFunction would use.
 */
export async function waitForFocus(page: Page, target: Locator, what: string): Promise<void> {
  const until = Date.now() + 5000;
  for (;;) {
    if (await target.evaluate((element) => element === element.ownerDocument.activeElement)) return;
    if (Date.now() > until) {
      const focused = await page.evaluate<string>("document.activeElement?.outerHTML.slice(0, 120) ?? 'nothing'");
      assert.fail(`the focus is not on ${what} but on ${focused}`);
    }
    await page.waitForTimeout(100);
  }
}
