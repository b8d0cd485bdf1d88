// Issue 12 "Schedules": an admin creates a weekly series, sees it on the week page, filters the week,
// and cancels one date with the class's cancel dialog and its scope (which starts on the safe choice); desktop and phone.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { ADMIN, classInput } from '../support/app.ts';
import {
  type BrowserRun,
  assertAccessible,
  assertNoSidewaysScroll,
  browserSkipReason,
  signIn,
  startBrowserRun,
  withPage,
} from './harness.ts';

const PHONE = { viewport: { width: 390, height: 844 }, mobile: true };

const stockholmDate = (daysAhead: number) =>
  new Date(Date.now() + daysAhead * 24 * 3600_000).toLocaleDateString('sv-SE', { timeZone: 'Europe/Stockholm' });
const shortWeekday = (date: string) =>
  new Intl.DateTimeFormat('en-US', { weekday: 'short', timeZone: 'UTC' }).format(new Date(`${date}T12:00:00Z`));

describe('recurring classes', { skip: browserSkipReason() }, () => {
  let run: BrowserRun;
  let roomB: string;
  before(async () => {
    run = await startBrowserRun();
    const location = await run.admin.post('/api/v1/locations', { name: 'Room B', timeZone: 'Europe/Stockholm' });
    assert.equal(location.status, 201, JSON.stringify(location.body));
    roomB = location.body.id;
    const other = await run.admin.post(
      '/api/v1/classes',
      classInput({
        title: 'Room B stretch',
        locationId: roomB,
        startsAt: `${stockholmDate(1)}T12:00`,
        endsAt: `${stockholmDate(1)}T13:00`,
      }),
    );
    assert.equal(other.status, 201, JSON.stringify(other.body));
  });
  after(() => run?.close());

  for (const [label, options] of [
    ['desktop', {}],
    ['phone', PHONE],
  ] as const) {
    test(`create a weekly series, see and filter it on the week page, cancel one date (${label})`, async (t) => {
      const title = `Weekly Barre ${label}`;
      await withPage(
        run,
        t,
        async (page) => {
          await signIn(page, ADMIN.email, ADMIN.password);
          await page.goto('/admin/series/new');
          await page.getByLabel('Title').fill(title);
          const day = page.getByLabel(shortWeekday(stockholmDate(1)), { exact: true });
          const box = await day.boundingBox();
          assert.ok(box && box.width >= 16 && box.width <= 32, `a weekday checkbox is ${box?.width}px wide`);
          await day.check();
          await page.getByLabel('Number of classes', { exact: true }).fill('2');
          await page.getByLabel('Price per spot (SEK)').fill('150');
          await page.getByRole('button', { name: 'Create series' }).click();
          await page.getByText('Series created. Classes in it: 2.').waitFor();
          if (label === 'phone') await assertNoSidewaysScroll(page);
          await assertAccessible(page, `the series created (${label})`);

          await page.goto('/');
          await page.getByText(title).waitFor();
          await page.getByText('Room B stretch').waitFor();
          await page.getByLabel('Location').selectOption({ label: 'Room B' });
          await page.waitForURL(new RegExp(`locationId=${roomB}`));
          // The week shown before the filter stays on screen until the filtered one arrives: wait for it to go.
          await page.getByText(title).waitFor({ state: 'detached', timeout: 5_000 });
          await page.getByText('Room B stretch').waitFor();
          await assertAccessible(page, `the week filtered by location (${label})`);
          // The filtered link is shareable: opened afresh, it shows the same.
          await page.goto(`/?locationId=${roomB}`);
          await page.getByText('Room B stretch').waitFor();
          assert.equal(await page.getByText(title).count(), 0);

          await page.goto('/');
          await page.getByText(title).click();
          const classId = page.url().split('/classes/')[1] ?? '';
          await page.goto(`/admin/classes/${classId}`);
          await page.getByRole('button', { name: `Cancel class: ${title}` }).click();
          const dialog = page.getByRole('dialog');
          await dialog.waitFor();
          const focusedText = await page.evaluate("document.activeElement?.textContent ?? ''");
          assert.equal(focusedText, 'Keep the class', 'the dialog starts on the safe choice');
          await assertAccessible(page, `the cancel dialog with its scope (${label})`);
          await dialog.getByLabel('Only this date').check();
          await dialog.getByRole('button', { name: 'Cancel class', exact: true }).click();
          await page.getByText('The class is cancelled. Nobody had booked it.').waitFor();
          const cls = (await run.app.client().get(`/api/v1/classes/${classId}`)).body;
          assert.equal(cls.status, 'cancelled');
          const series = (await run.admin.get(`/api/v1/series/${cls.seriesId}`)).body;
          assert.deepEqual(
            series.classes.map((c: { status: string }) => c.status),
            ['cancelled', 'scheduled'],
          );
          if (label === 'phone') await assertNoSidewaysScroll(page);
        },
        options,
      );
    });
  }

  test("a class's series lists its dates as dates on the studio's clock, in the page's language", async (t) => {
    // Across the change to summer time: each class starts at 18:00 in Stockholm, whatever the UTC hour.
    const series = await run.admin.post('/api/v1/series', {
      title: 'Sunday flow',
      maxSpots: 10,
      price: { amount: 15000 },
      durationMinutes: 60,
      weekdays: [7],
      startTime: '18:00',
      fromDate: '2027-03-21',
      untilDate: '2027-04-04',
    });
    assert.equal(series.status, 201, JSON.stringify(series.body));
    await withPage(run, t, async (page) => {
      await signIn(page, ADMIN.email, ADMIN.password);
      await page.goto(`/admin/classes/${series.body.classes[0].id}`);
      const dates = page.locator('.series-occurrences li');
      await dates.first().waitFor();
      assert.deepEqual(await dates.allInnerTexts(), [
        'Sunday 21 March, 18:00–19:00',
        'Sunday 28 March, 18:00–19:00',
        'Sunday 4 April, 18:00–19:00',
      ]);
      await page.getByLabel('Language').selectOption('sv');
      await page.getByRole('heading', { name: 'Serien', exact: true }).waitFor();
      assert.deepEqual(await dates.allInnerTexts(), [
        'söndag 21 mars, 18:00–19:00',
        'söndag 28 mars, 18:00–19:00',
        'söndag 4 april, 18:00–19:00',
      ]);
      // The choice is kept for the admin's account: back to English for the tests after this one.
      await page.getByLabel('Språk').selectOption('en');
      await page.getByRole('heading', { name: 'The series', exact: true }).waitFor();
    });
  });

  test("the server's refusal is told beside the field it is about, in plain words", async (t) => {
    await withPage(run, t, async (page) => {
      await signIn(page, ADMIN.email, ADMIN.password);
      await page.goto('/admin/series/new');
      await page.getByLabel('Title').fill('Priceless series');
      await page.getByLabel(shortWeekday(stockholmDate(2)), { exact: true }).check();
      await page.getByLabel('Number of classes', { exact: true }).fill('1');
      await page.getByRole('button', { name: 'Create series' }).click();
      await page.getByText('Please check the fields marked below.').waitFor();
      const price = page.getByLabel('Price per spot (SEK)');
      assert.equal(await price.getAttribute('aria-invalid'), 'true');
      const alert = await page.getByRole('alert').innerText();
      assert.ok(!/price:/.test(alert), `no raw field path: ${alert}`);
      await assertAccessible(page, 'the series form with the server’s field problem');
    });
  });

  test('the Instructor filter offers who teaches a class this week, and shows only their classes', async (t) => {
    const provider = async (name: string) => (await run.admin.post('/api/v1/providers', { name })).body.id as string;
    const pia = await provider('Pia Teacher');
    await provider('Nils Nothing');
    const taught = await run.admin.post(
      '/api/v1/classes',
      classInput({
        title: 'Pia flow',
        providerId: pia,
        startsAt: `${stockholmDate(3)}T09:00`,
        endsAt: `${stockholmDate(3)}T10:00`,
      }),
    );
    assert.equal(taught.status, 201, JSON.stringify(taught.body));
    await withPage(run, t, async (page) => {
      await page.goto('/');
      await page.getByText('Pia flow').waitFor();
      const filter = page.getByLabel('Instructor');
      const options = await filter.locator('option').allInnerTexts();
      assert.ok(options.includes('Pia Teacher'), options.join());
      assert.ok(!options.includes('Nils Nothing'), 'a provider who teaches nothing is not offered');
      await filter.selectOption({ label: 'Pia Teacher' });
      await page.waitForURL(new RegExp(`providerId=${pia}`));
      await page.getByText('Room B stretch').waitFor({ state: 'detached', timeout: 5_000 });
      await page.getByText('Pia flow').waitFor();
    });
  });
});
