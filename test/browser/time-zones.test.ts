// Issue 12, time zones: a visitor in New York sees the studio's times with the zone named, and may
// switch every time of the public pages to their own clock; the choice outlives a reload. A visitor
// in the studio's zone is not offered the switch. The appointment time picker starts on the clock the
// switch says, and follows it when it is flipped beside it. Expected times are computed from the class's
// instants, never written down, so the test holds whatever the date and DST state of the run.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Json } from '../support/json.ts';
import {
  type BrowserRun,
  assertAccessible,
  browserSkipReason,
  createClass,
  startBrowserRun,
  withPage,
} from './harness.ts';
import { chooseZone } from './slot-picker.ts';

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

  test('the appointment time picker starts on the clock the switch says; its menu still changes it', async (t) => {
    const provider = await run.admin.post('/api/v1/providers', { name: 'Zoned Provider', timeZone: STUDIO });
    assert.equal(provider.status, 201, JSON.stringify(provider.body));
    const intervals = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, start: '09:00', end: '17:00' }));
    const hours = await run.admin.request('PUT', `/api/v1/providers/${provider.body.id}/hours`, { intervals });
    assert.equal(hours.status, 200, JSON.stringify(hours.body));
    const service = await run.admin.post('/api/v1/services', {
      name: 'Zoned Session',
      durationMinutes: 60,
      price: { amount: 0 },
      where: { mode: 'remote' },
      providerIds: [provider.body.id],
    });
    assert.equal(service.status, 201, JSON.stringify(service.body));
    const day = new Date(Date.now() + 4 * 86_400_000).toLocaleDateString('sv-SE', { timeZone: STUDIO });
    const slots = await run.app
      .client()
      .get(`/api/v1/services/${service.body.id}/slots?from=${day}&to=${day}&timeZone=${encodeURIComponent(STUDIO)}`);
    const [slot] = slots.body.slots as Json[];
    assert.ok(slot, JSON.stringify(slots.body));
    const booked = await run.app.client().post('/api/v1/bookings', {
      serviceId: service.body.id,
      start: slot.start,
      guest: { name: 'Zoe Zone', email: 'zoe@example.test' },
    });
    assert.equal(booked.status, 201, JSON.stringify(booked.body));

    await withPage(run, t, async (page) => {
      const menu = page.getByLabel('Time zone', { exact: true });
      await page.goto(`/services/${service.body.id}`);
      await page.getByRole('heading', { name: 'Choose a time' }).waitFor();
      await page.getByText(`Times are shown in the ${STUDIO} time zone.`).waitFor();
      assert.equal(await menu.inputValue(), STUDIO, "the switch is off: the studio's clock");
      await assertAccessible(page, "the time picker on the studio's clock");
      await chooseZone(page, VISITOR);
      await page.getByText(`Times are shown in the ${VISITOR} time zone.`).waitFor();

      // The visitor chooses their own clock on the week page: the picker starts on it from then on.
      await page.goto('/');
      await page.getByLabel(`Show times on my clock (${VISITOR})`).check();
      await page.goto(`/services/${service.body.id}`);
      await page.getByText(`Times are shown in the ${VISITOR} time zone.`).waitFor();
      assert.equal(await menu.inputValue(), VISITOR, "the switch is on: the visitor's clock");

      // On the manage page the switch is next to the picker, which follows it as it is flipped.
      await page.goto(`/manage/${booked.body.manageToken}`);
      await page.getByRole('button', { name: 'Choose a new time' }).click();
      await page.getByText(`Times are shown in the ${VISITOR} time zone.`).waitFor();
      assert.equal(await menu.inputValue(), VISITOR);
      await page.getByLabel(`Show times on my clock (${VISITOR})`).uncheck();
      await page.getByText(`Times are shown in the ${STUDIO} time zone.`).waitFor();
      assert.equal(await menu.inputValue(), STUDIO);
      await page.getByRole('heading', { name: /^Free times on|^No free times/ }).waitFor();
      await assertAccessible(page, 'the move picker after the switch was flipped');
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
