import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { ADMIN } from '../support/app.ts';
import {
  type BrowserRun,
  assertAccessible,
  assertNoSidewaysScroll,
  browserSkipReason,
  dayFromNow,
  signIn,
  startBrowserRun,
  withPage,
} from './harness.ts';

/** The From and To fields of one interval in the weekly hours editor. */
async function fillInterval(page: Page, day: string, number: number, from: string, to: string): Promise<void> {
  await page.getByLabel(`From (${day}, interval ${number})`).fill(from);
  await page.getByLabel(`To (${day}, interval ${number})`).fill(to);
}

const intervalValues = async (page: Page, day: string, number: number): Promise<[string, string]> => [
  await page.getByLabel(`From (${day}, interval ${number})`).inputValue(),
  await page.getByLabel(`To (${day}, interval ${number})`).inputValue(),
];

describe('appointment catalogue (admin)', { skip: browserSkipReason() }, () => {
  let run: BrowserRun;
  before(async () => {
    run = await startBrowserRun();
  });
  after(() => run?.close());

  test('an admin sets up a location, a provider with hours, date changes and time off, and a service', async (t) => {
    const overrideDate = dayFromNow(10);
    let providerId = '';
    await withPage(run, t, async (page) => {
      await signIn(page, ADMIN.email, ADMIN.password);

      // A location.
      await page.getByRole('link', { name: 'Locations' }).click();
      await page.getByRole('link', { name: 'New location' }).click();
      await page.getByLabel('Name').fill('Studio Söder');
      await page.getByLabel('Street').fill('Götgatan 1');
      await page.getByLabel('Postal code').fill('118 46');
      await page.getByLabel('City').fill('Stockholm');
      await page.getByLabel('Country').fill('SE');
      assert.equal(await page.getByLabel('Time zone', { exact: true }).inputValue(), 'Europe/Stockholm');
      await assertAccessible(page, 'the location form');
      await page.getByRole('button', { name: 'Create location' }).click();
      assert.match(
        await page.getByRole('row').filter({ hasText: 'Studio Söder' }).innerText(),
        /Götgatan 1, 118 46 Stockholm, Sweden[\s\S]*Europe\/Stockholm/,
      );
      await assertAccessible(page, 'the locations list');

      // A provider, in the organisation's zone by default.
      await page.getByRole('link', { name: 'Providers' }).click();
      await page.getByRole('link', { name: 'New provider' }).click();
      await page.getByLabel('Name').fill('Maja Berg');
      await page.getByLabel('About').fill('Massage therapist');
      assert.equal(await page.getByLabel('Time zone', { exact: true }).inputValue(), 'Europe/Stockholm');
      await page.getByRole('button', { name: 'Create provider' }).click();
      await page.getByRole('heading', { name: 'Maja Berg' }).waitFor();
      providerId = new URL(page.url()).pathname.split('/').pop() ?? '';
      await page.getByText('Times are in the Europe/Stockholm time zone').waitFor();
      await assertAccessible(page, 'a new provider’s page');

      // Weekly hours: two intervals on Monday, one on Tuesday.
      await page.getByRole('button', { name: 'Add hours on Monday' }).click();
      await fillInterval(page, 'Monday', 1, '09:00', '12:00');
      await page.getByRole('button', { name: 'Add hours on Monday' }).click();
      await fillInterval(page, 'Monday', 2, '13:00', '17:00');
      await page.getByLabel('Where (Monday, interval 2)').selectOption({ label: 'Studio Söder' });
      await page.getByRole('button', { name: 'Add hours on Tuesday' }).click();
      await fillInterval(page, 'Tuesday', 1, '10:00', '16:00');
      await page.getByRole('button', { name: 'Save weekly hours' }).click();
      await page.getByText('Weekly hours saved.').waitFor();

      await page.reload();
      await page.getByRole('heading', { name: 'Weekly hours' }).waitFor();
      assert.deepEqual(await intervalValues(page, 'Monday', 1), ['09:00', '12:00']);
      assert.deepEqual(await intervalValues(page, 'Monday', 2), ['13:00', '17:00']);
      assert.equal(
        await page.getByLabel('Where (Monday, interval 2)').locator('option:checked').innerText(),
        'Studio Söder',
      );
      assert.deepEqual(await intervalValues(page, 'Tuesday', 1), ['10:00', '16:00']);
      assert.equal(await page.getByLabel('From (Wednesday, interval 1)').count(), 0);

      // An overlapping pair is refused by the API, and the message shows beside both intervals.
      await page.getByRole('button', { name: 'Add hours on Monday' }).click();
      await fillInterval(page, 'Monday', 3, '11:00', '14:00');
      await page.getByRole('button', { name: 'Save weekly hours' }).click();
      const monday = page.getByRole('group', { name: 'Monday' });
      await monday.locator('.field-error').first().waitFor();
      const overlap = await monday.locator('.field-error').allInnerTexts();
      assert.equal(overlap.length, 2, 'the two overlapping intervals are marked');
      for (const text of overlap) assert.match(text, /Two opening hours on the same day overlap/);
      await assertAccessible(page, 'the weekly hours with an overlap refused');
      assert.equal(await page.getByLabel('From (Monday, interval 3)').getAttribute('aria-invalid'), 'true');
      await page.getByRole('button', { name: 'Remove interval 3 on Monday' }).click();
      assert.equal(await page.getByLabel('From (Monday, interval 3)').count(), 0);

      // A date with other hours: closed all day.
      const overrides = page.getByRole('form', { name: 'Change one date' });
      await overrides.getByLabel('Date').fill(overrideDate);
      await overrides.getByLabel('Closed all day').check();
      await overrides.getByRole('button', { name: 'Save date' }).click();
      await page.getByText(/saved\.$/).waitFor();
      const overrideRow = page.getByRole('listitem').filter({ hasText: 'Closed' });
      await overrideRow.waitFor();

      // Time off with a note.
      const timeOff = page.getByRole('form', { name: 'Block time off' });
      await timeOff.getByLabel('First day').fill(dayFromNow(3));
      await timeOff.getByLabel('From time').fill('12:00');
      await timeOff.getByLabel('Last day').fill(dayFromNow(4));
      await timeOff.getByLabel('Until time').fill('10:00');
      await timeOff.getByLabel('Note').fill('Dentist');
      await timeOff.getByRole('button', { name: 'Block time off' }).click();
      await page.getByText('Time off added.').waitFor();
      assert.match(await page.getByRole('listitem').filter({ hasText: 'Dentist' }).innerText(), /12:00 – .*10:00/);
      await assertAccessible(page, 'a provider with a date change and time off');

      // A service at the studio, offered by Maja.
      await page.getByRole('link', { name: 'Services' }).click();
      await page.getByRole('link', { name: 'New service' }).click();
      await page.getByLabel('Name').fill('Massage 60');
      await page.getByLabel('Length (minutes)').fill('60');
      await page.getByLabel('Free time after (minutes)').fill('15');
      await page.getByLabel('Price (SEK)').fill('650');
      await page.getByLabel('At a location').check();
      await page.getByLabel('Location', { exact: true }).selectOption({ label: 'Studio Söder' });
      await page.getByLabel('Maja Berg').check();
      await assertAccessible(page, 'the service form');
      await page.getByRole('button', { name: 'Create service' }).click();
      assert.match(
        await page.getByRole('row').filter({ hasText: 'Massage 60' }).innerText(),
        /1 provider[\s\S]*60 min[\s\S]*SEK\s650\.00[\s\S]*At Studio Söder[\s\S]*Active/,
      );
      // One that nobody offers yet is flagged: customers never see it.
      const unoffered = await run.admin.post('/api/v1/services', {
        name: 'Nobody offers this',
        durationMinutes: 30,
        price: { amount: 10_000 },
        where: { mode: 'remote' },
      });
      assert.equal(unoffered.status, 201, JSON.stringify(unoffered.body));
      await page.reload();
      await page
        .getByRole('row')
        .filter({ hasText: 'Nobody offers this' })
        .getByText('No provider offers it yet, so customers cannot book it.', { exact: false })
        .waitFor();

      // The provider list names the service.
      await page.getByRole('link', { name: 'Providers' }).click();
      assert.match(await page.getByRole('row').filter({ hasText: 'Maja Berg' }).innerText(), /Massage 60/);
      await assertAccessible(page, 'the providers list');
    });

    const hours = await run.admin.get(`/api/v1/providers/${providerId}/hours`);
    assert.deepEqual(
      hours.body.intervals.map((interval: { weekday: number; start: string; end: string }) => [
        interval.weekday,
        interval.start,
        interval.end,
      ]),
      [
        [1, '09:00', '12:00'],
        [1, '13:00', '17:00'],
        [2, '10:00', '16:00'],
      ],
    );
    const overrides = await run.admin.get(`/api/v1/providers/${providerId}/overrides`);
    assert.deepEqual(overrides.body.overrides, [{ date: overrideDate, closed: true, intervals: [] }]);
    const timeOff = await run.admin.get(`/api/v1/providers/${providerId}/time-off`);
    assert.equal(timeOff.body.timeOff.length, 1);
    assert.equal(timeOff.body.timeOff[0].note, 'Dentist');
    const services = await run.admin.get('/api/v1/services');
    const massage = services.body.services.find((service: { name: string }) => service.name === 'Massage 60');
    assert.deepEqual(massage.providerIds, [providerId]);
    assert.equal(massage.bufferAfterMinutes, 15);
    assert.deepEqual(massage.price, { amount: 65000, currency: 'SEK' });
  });

  test('an admin edits saved weekly hours: changes an interval, removes one, adds a day', async (t) => {
    const created = await run.admin.post('/api/v1/providers', { name: 'Edit Provider' });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    const providerId = created.body.id;
    const saved = await run.admin.request('PUT', `/api/v1/providers/${providerId}/hours`, {
      intervals: [
        { weekday: 1, start: '09:00', end: '12:00' },
        { weekday: 1, start: '13:00', end: '17:00' },
        { weekday: 2, start: '10:00', end: '16:00' },
      ],
    });
    assert.equal(saved.status, 200, JSON.stringify(saved.body));
    await withPage(run, t, async (page) => {
      await signIn(page, ADMIN.email, ADMIN.password);
      await page.goto(`/admin/providers/${providerId}`);
      await page.getByRole('heading', { name: 'Weekly hours' }).waitFor();
      assert.deepEqual(await intervalValues(page, 'Tuesday', 1), ['10:00', '16:00']);
      await fillInterval(page, 'Tuesday', 1, '10:30', '15:00');
      await page.getByRole('button', { name: 'Remove interval 1 on Monday' }).click();
      assert.deepEqual(await intervalValues(page, 'Monday', 1), ['13:00', '17:00'], 'the other interval moves up');
      await page.getByRole('button', { name: 'Add hours on Friday' }).click();
      await fillInterval(page, 'Friday', 1, '08:00', '11:00');
      await page.getByRole('button', { name: 'Save weekly hours' }).click();
      await page.getByText('Weekly hours saved.').waitFor();

      await page.reload();
      await page.getByRole('heading', { name: 'Weekly hours' }).waitFor();
      assert.deepEqual(await intervalValues(page, 'Monday', 1), ['13:00', '17:00']);
      assert.equal(await page.getByLabel('From (Monday, interval 2)').count(), 0);
      assert.deepEqual(await intervalValues(page, 'Tuesday', 1), ['10:30', '15:00']);
      assert.deepEqual(await intervalValues(page, 'Friday', 1), ['08:00', '11:00']);
    });
    const hours = await run.admin.get(`/api/v1/providers/${providerId}/hours`);
    assert.deepEqual(
      hours.body.intervals.map((interval: { weekday: number; start: string; end: string }) => [
        interval.weekday,
        interval.start,
        interval.end,
      ]),
      [
        [1, '13:00', '17:00'],
        [2, '10:30', '15:00'],
        [5, '08:00', '11:00'],
      ],
    );
  });

  test('the weekly hours editor fits a phone screen', async (t) => {
    const created = await run.admin.post('/api/v1/providers', { name: 'Phone Provider' });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    const saved = await run.admin.request('PUT', `/api/v1/providers/${created.body.id}/hours`, {
      intervals: [
        { weekday: 3, start: '08:00', end: '12:00' },
        { weekday: 3, start: '13:00', end: '18:30' },
      ],
    });
    assert.equal(saved.status, 200, JSON.stringify(saved.body));
    await withPage(
      run,
      t,
      async (page) => {
        await signIn(page, ADMIN.email, ADMIN.password);
        await page.goto(`/admin/providers/${created.body.id}`);
        await page.getByRole('heading', { name: 'Weekly hours' }).waitFor();
        assert.deepEqual(await intervalValues(page, 'Wednesday', 2), ['13:00', '18:30']);
        await page.getByRole('button', { name: 'Add hours on Wednesday' }).click();
        assert.equal(
          await page.evaluate('document.activeElement?.getAttribute("type")'),
          'time',
          'the new interval has the focus',
        );
        await assertNoSidewaysScroll(page);
        await assertAccessible(page, 'the weekly hours editor on a phone');
      },
      { viewport: { width: 375, height: 740 }, mobile: true },
    );
  });
});
