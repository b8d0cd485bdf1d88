// Issue 12, time zones: a visitor in New York sees the studio's times with the zone named, and may
// switch every time of the public pages to their own clock; the choice outlives a reload. A visitor
// in the studio's zone is not offered the switch. Expected times are computed from the class's
// instants, never written down, so the test holds whatever the date and DST state of the run.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { type BrowserRun, browserSkipReason, createClass, startBrowserRun, withPage } from './harness.ts';

const STUDIO = 'Europe/Stockholm';
const VISITOR = 'America/New_York';

const clock = (iso: string, timeZone: string) =>
  new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', timeZone }).format(new Date(iso));
const range = (cls: { startsAt: string; endsAt: string }, timeZone: string) =>
  `${clock(cls.startsAt, timeZone)}–${clock(cls.endsAt, timeZone)}`;

describe('time zones on the public pages', { skip: browserSkipReason() }, () => {
  let run: BrowserRun;
  let cls: { id: string; title: string; startsAt: string; endsAt: string };
  before(async () => {
    run = await startBrowserRun();
    const created = await createClass(run.admin, { title: 'Zoned Vinyasa', hour: 18 });
    cls = (await run.admin.get(`/api/v1/classes/${created.id}`)).body;
    assert.notEqual(range(cls, STUDIO), range(cls, VISITOR), 'the two clocks differ');
  });
  after(() => run?.close());

  test('a visitor in New York sees studio times named, switches to their own clock, and a reload keeps it', async (t) => {
    await withPage(run, t, async (page) => {
      await page.goto('/');
      const card = page.getByRole('link', { name: /Zoned Vinyasa/ });
      assert.match(await card.innerText(), new RegExp(range(cls, STUDIO)));
      await page.getByText(`Times are in the ${STUDIO} time zone.`).waitFor();
      const toggle = page.getByLabel(`Show times on my clock (${VISITOR})`);
      assert.equal(await toggle.isChecked(), false, "the studio's clock is the default");

      await toggle.check();
      await page.getByText(`Times are in the ${VISITOR} time zone.`).waitFor();
      assert.match(await card.innerText(), new RegExp(range(cls, VISITOR)));

      await page.reload();
      await page.getByText(`Times are in the ${VISITOR} time zone.`).waitFor();
      assert.equal(await page.getByLabel(`Show times on my clock (${VISITOR})`).isChecked(), true);
      assert.match(
        await page.getByRole('link', { name: /Zoned Vinyasa/ }).innerText(),
        new RegExp(range(cls, VISITOR)),
      );

      // The class page follows the same choice, and names the zone with the time.
      await page.getByRole('link', { name: /Zoned Vinyasa/ }).click();
      await page.getByRole('heading', { name: 'Zoned Vinyasa' }).waitFor();
      const facts = page.locator('.facts');
      await facts.getByText(`(${VISITOR})`).waitFor();
      assert.match(await facts.innerText(), new RegExp(`${range(cls, VISITOR)} \\(${VISITOR.replace('/', '\\/')}\\)`));

      await page.getByLabel(`Show times on my clock (${VISITOR})`).uncheck();
      await facts.getByText(`(${STUDIO})`).waitFor();
      assert.match(await facts.innerText(), new RegExp(`${range(cls, STUDIO)} \\(${STUDIO.replace('/', '\\/')}\\)`));
    });
  });

  test("a class page opened afresh shows the studio's clock, named", async (t) => {
    await withPage(run, t, async (page) => {
      await page.goto(`/classes/${cls.id}`);
      await page.getByRole('heading', { name: 'Zoned Vinyasa' }).waitFor();
      const facts = page.locator('.facts');
      await facts.getByText(`(${STUDIO})`).waitFor();
      assert.match(await facts.innerText(), new RegExp(range(cls, STUDIO)));
      assert.equal(await page.getByLabel(`Show times on my clock (${VISITOR})`).isChecked(), false);
    });
  });

  test("a visitor in the studio's zone is not offered the switch", async () => {
    const context = await run.browser.newContext({ baseURL: run.baseUrl, locale: 'en-US', timezoneId: STUDIO });
    try {
      const page = await context.newPage();
      await page.goto('/');
      const card = page.getByRole('link', { name: /Zoned Vinyasa/ });
      assert.match(await card.innerText(), new RegExp(range(cls, STUDIO)));
      assert.equal(await page.getByRole('checkbox', { name: /Show times on my clock/ }).count(), 0);
      await card.click();
      await page.locator('.facts').getByText(`(${STUDIO})`).waitFor();
      assert.equal(await page.getByRole('checkbox', { name: /Show times on my clock/ }).count(), 0);
    } finally {
      await context.close();
    }
  });
});
