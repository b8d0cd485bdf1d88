// Issue 12 "Schedules", the web app's side: a series made with the catalogue's pickers and a preview of
// its dates, edited and cancelled from a date on with the scope and its counts; a class from a
// template; the public month as a calendar (a day list on a phone); the slot picker moving on from a
// month with no free time left. Desktop and phone, axe on every page. Nothing here depends on
// today's date: classes are built relative to now and the assertions read what the page shows.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { ADMIN, type Client, classInput, guest } from '../support/app.ts';
import {
  type BrowserRun,
  type PageOptions,
  assertAccessible,
  assertNoSidewaysScroll,
  browserSkipReason,
  signIn,
  startBrowserRun,
  withPage,
} from './harness.ts';

const STUDIO_ZONE = 'Europe/Stockholm';
// withPage's browser runs in New York, in American English; the pages show the studio's clock.
const viewports: [string, PageOptions][] = [
  ['desktop', {}],
  ['phone', { viewport: { width: 390, height: 844 }, mobile: true }],
];

/** A date `days` from today in `zone`, YYYY-MM-DD. */
const dateFromNow = (days: number, zone = STUDIO_ZONE) =>
  new Date(Date.now() + days * 24 * 3600_000).toLocaleDateString('sv-SE', { timeZone: zone });
/** "Thursday 3 December", as the app names a day in English. */
const dayName = (date: string) =>
  new Intl.DateTimeFormat('en-GB', { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' }).format(
    new Date(`${date}T00:00:00Z`),
  );
/** "December 2026". */
const monthName = (month: string) =>
  new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${month}-01T00:00:00Z`),
  );
const nextMonth = (month: string) => {
  const first = new Date(`${month}-01T00:00:00Z`);
  first.setUTCMonth(first.getUTCMonth() + 1);
  return first.toISOString().slice(0, 7);
};

async function created(response: Promise<{ status: number; body: { id: string } }>): Promise<string> {
  const answer = await response;
  assert.equal(answer.status, 201, JSON.stringify(answer.body));
  return answer.body.id;
}

describe('schedules in the web app', { skip: browserSkipReason() }, () => {
  let run: BrowserRun;
  let admin: Client;
  let providerId: string;
  let locationId: string;
  before(async () => {
    run = await startBrowserRun();
    admin = run.admin;
    providerId = await created(admin.post('/api/v1/providers', { name: 'Ida Holm', bio: '', timeZone: STUDIO_ZONE }));
    locationId = await created(admin.post('/api/v1/locations', { name: 'Room C', timeZone: STUDIO_ZONE }));
    await created(
      admin.post('/api/v1/class-templates', {
        name: 'Morning flow',
        title: 'Morning Flow',
        durationMinutes: 45,
        maxSpots: 8,
        price: { amount: 12000 },
        providerId,
        locationId,
      }),
    );
  });
  after(() => run?.close());

  /**
   * Ida's coming classes cancelled: a class takes its teacher's time, and each viewport makes the same
   * classes at the same hours for her.
   */
  async function freeIda() {
    const list = await admin.get(`/api/v1/classes?providerId=${providerId}`);
    assert.equal(list.status, 200, JSON.stringify(list.body));
    for (const cls of list.body.classes as { id: string; status: string }[]) {
      if (cls.status !== 'cancelled')
        assert.equal((await admin.post(`/api/v1/classes/${cls.id}/cancel`, {})).status, 200);
    }
  }

  for (const [label, options] of viewports) {
    test(`a series from the pickers with a preview, edited and cancelled from a date on (${label})`, async (t) => {
      await freeIda();
      const title = `Evening Yin ${label}`;
      await withPage(
        run,
        t,
        async (page) => {
          await signIn(page, ADMIN.email, ADMIN.password);
          await page.goto('/admin/series/new');
          await page.getByLabel('Title').fill(title);
          await page.getByLabel('Instructor (from Providers)').selectOption({ label: 'Ida Holm' });
          assert.equal(await page.getByLabel('Instructor', { exact: true }).inputValue(), 'Ida Holm');
          await page.getByLabel('Place (from Locations)').selectOption({ label: 'Room C' });
          for (const day of ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']) {
            await page.getByLabel(day, { exact: true }).check();
          }
          await page.getByLabel('Number of classes', { exact: true }).fill('3');
          await page.getByLabel('Price per spot (SEK)').fill('0');
          // The preview names the dates (from the form's first date, tomorrow) before anything is saved.
          const preview = page.getByRole('region', { name: 'This creates 3 classes (times in Europe/Stockholm)' });
          await preview.waitFor();
          const items = await preview.getByRole('listitem').allInnerTexts();
          assert.equal(items.length, 3);
          for (const item of items) assert.match(item, /18:00 \(GMT\+\d\)/);
          await assertAccessible(page, 'series form with its preview');
          if (label === 'phone') await assertNoSidewaysScroll(page);
          await page.getByRole('button', { name: 'Create series' }).click();
          await page.getByText('Series created. Classes in it: 3.').waitFor();

          const list = await admin.get(`/api/v1/classes?locationId=${locationId}&limit=500`);
          const classes = list.body.classes.filter((cls: { title: string }) => cls.title === title);
          assert.equal(classes.length, 3);
          for (const cls of classes) {
            assert.equal(cls.providerId, providerId);
            assert.equal(cls.locationId, locationId);
            assert.equal(cls.startsAtLocal.slice(11, 16), '18:00');
          }
          const [first, second, third] = classes;
          for (const [n, cls] of [second, third].entries()) {
            const booked = await run.app.client().post('/api/v1/bookings', {
              classId: cls.id,
              guest: guest(`series-${label}-${n}`),
            });
            assert.equal(booked.status, 201, JSON.stringify(booked.body));
          }

          // The class's page names its instructor and place, as chosen from the lists.
          await page.goto(`/admin/classes/${second.id}`);
          const facts = await page.locator('.facts').innerText();
          assert.match(facts, /Instructor\s+Ida Holm/);
          assert.match(facts, /Where\s+Room C/);

          // Editing the second class: the scope, with how many classes and bookings it reaches.
          await page.goto(`/admin/classes/${second.id}/edit`);
          const scope = page.getByRole('group', { name: 'Change which classes?' });
          await scope.getByText('This reaches 1 class and 1 booking.').waitFor();
          await scope.getByLabel('This and the following classes').check();
          await scope.getByText('This reaches 2 classes and 2 bookings.').waitFor();
          assert.equal(await page.getByLabel('Date').isDisabled(), true, 'each class keeps its own date');
          await assertAccessible(page, 'class form with the series scope');
          if (label === 'phone') await assertNoSidewaysScroll(page);
          await page.getByLabel('Spots', { exact: true }).fill('12');
          await page.getByRole('button', { name: 'Save changes' }).click();
          await page.waitForURL(new RegExp(`/admin/classes/${second.id}\\?saved=1`));
          const spots = await Promise.all(
            classes.map(async (cls: { id: string }) => (await admin.get(`/api/v1/classes/${cls.id}`)).body.maxSpots),
          );
          assert.deepEqual(spots, [10, 12, 12], 'the first class keeps its spots');

          // Cancelling from this date on: the dialog starts on the safe choice and counts what it reaches.
          await page.getByRole('button', { name: `Cancel class: ${title}` }).click();
          const dialog = page.getByRole('dialog');
          await dialog.getByText('This reaches 1 class and 1 booking.').waitFor();
          assert.equal(await page.evaluate("document.activeElement?.textContent ?? ''"), 'Keep the class');
          await dialog.getByLabel('The whole series from this date').check();
          await dialog.getByText('This reaches 2 classes and 2 bookings.').waitFor();
          await assertAccessible(page, 'cancel dialog with the series scope');
          await dialog.getByRole('button', { name: 'Cancel class', exact: true }).click();
          await page.getByText('Cancelled: 2 classes and 2 bookings.').waitFor();
          const statuses = await Promise.all(
            [first, second, third].map(async (cls) => (await admin.get(`/api/v1/classes/${cls.id}`)).body.status),
          );
          assert.deepEqual(statuses, ['scheduled', 'cancelled', 'cancelled']);
          if (label === 'phone') await assertNoSidewaysScroll(page);
        },
        options,
      );
    });

    test(`a new class from a template (${label})`, async (t) => {
      await freeIda();
      await withPage(
        run,
        t,
        async (page) => {
          await signIn(page, ADMIN.email, ADMIN.password);
          await page.goto('/admin');
          await page.getByRole('button', { name: 'New class from template' }).click();
          await page.getByRole('link', { name: 'Morning flow', exact: true }).click();
          await page.waitForURL(/\/admin\/classes\/new\?template=/);
          const titleField = page.getByLabel('Title');
          await titleField.waitFor();
          assert.equal(await titleField.inputValue(), 'Morning Flow');
          assert.equal(await page.getByLabel('Spots', { exact: true }).inputValue(), '8');
          assert.equal(await page.getByLabel('Ends').inputValue(), '18:45', 'the length is the template’s 45 minutes');
          assert.equal(await page.getByLabel('Instructor (from Providers)').inputValue(), providerId);
          assert.equal(await page.getByLabel('Place (from Locations)').inputValue(), locationId);
          await assertAccessible(page, 'class form from a template');
          if (label === 'phone') await assertNoSidewaysScroll(page);
          await titleField.fill(`Morning Flow ${label}`);
          await page.getByRole('button', { name: 'Publish class' }).click();
          await page.getByRole('heading', { name: `Morning Flow ${label}`, level: 1 }).waitFor();
          const classId = page.url().split('/admin/classes/')[1]?.split('?')[0] ?? '';
          const cls = (await admin.get(`/api/v1/classes/${classId}`)).body;
          assert.equal(cls.maxSpots, 8);
          assert.equal(cls.price.amount, 12000);
          assert.equal(cls.providerId, providerId);
          assert.equal(cls.locationId, locationId);
        },
        options,
      );
    });

    test(`the public month as a calendar, with the customer's booked class marked (${label})`, async (t) => {
      const day = dateFromNow(3);
      const title = `Grid Pilates ${label}`;
      const classId = await created(
        admin.post('/api/v1/classes', classInput({ title, startsAt: `${day}T10:00`, endsAt: `${day}T11:00` })),
      );
      const email = `month-${label}@example.test`;
      const customer = run.app.client();
      assert.equal((await customer.signUp(email)).status, 201);
      const booked = await customer.post('/api/v1/bookings', { classId, paymentMethod: 'venue' });
      assert.equal(booked.status, 201, JSON.stringify(booked.body));

      await withPage(
        run,
        t,
        async (page) => {
          await signIn(page, email, 'customer-password-1');
          await page.goto(`/?view=month&month=${day.slice(0, 7)}`);
          await page.getByRole('heading', { name: monthName(day.slice(0, 7)), level: 2, exact: true }).waitFor();
          const dayHeading = page.getByRole('heading', { name: dayName(day), level: 3, exact: true });
          await dayHeading.waitFor();
          const link = page.getByRole('link', { name: new RegExp(title) });
          const text = await link.innerText();
          assert.match(text, /10:00/);
          assert.match(text, /Booked/);
          assert.match(text, /9 spots left/);
          const layout = await page.evaluate<string>(
            "getComputedStyle(document.querySelector('.month-calendar-days')).display",
          );
          if (label === 'desktop') {
            assert.equal(layout, 'grid');
            // An American English browser starts the week on Sunday.
            assert.equal(await page.locator('.month-calendar-head span').first().innerText(), 'Sun');
            // Swedish weeks start on Monday, whatever the browser's language.
            await page.getByLabel('Language').selectOption('sv');
            await page.getByText('Bokad', { exact: true }).waitFor();
            assert.equal(await page.locator('.month-calendar-head span').first().innerText(), 'mån');
          } else {
            assert.equal(layout, 'block', 'a phone shows a list of days');
            assert.equal(
              await page.locator('.month-calendar-free').first().isVisible(),
              false,
              'days without classes are left out',
            );
            assert.equal(await dayHeading.isVisible(), true);
            await assertNoSidewaysScroll(page);
          }
          await assertAccessible(page, 'month calendar');
          // Reachable by keyboard: the class is a link that Enter opens.
          await link.focus();
          await page.keyboard.press('Enter');
          await page.waitForURL(new RegExp(`/classes/${classId}$`));
        },
        options,
      );
    });
  }

  /** A provider who works 09:00–17:00 in Stockholm every day, and a service only they give. */
  async function serviceWithProvider(name: string): Promise<{ serviceId: string; providerId: string }> {
    const provider = await created(admin.post('/api/v1/providers', { name, bio: '', timeZone: STUDIO_ZONE }));
    const intervals = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, start: '09:00', end: '17:00' }));
    const hours = await admin.request('PUT', `/api/v1/providers/${provider}/hours`, { intervals });
    assert.equal(hours.status, 200, JSON.stringify(hours.body));
    const serviceId = await created(
      admin.post('/api/v1/services', {
        name: `Massage with ${name}`,
        durationMinutes: 60,
        price: { amount: 60000 },
        maximumDaysAhead: 200,
        where: { mode: 'remote' },
        providerIds: [provider],
      }),
    );
    return { serviceId, providerId: provider };
  }

  for (const [label, options] of viewports) {
    test(`the slot picker moves on from a month with no free time left (${label})`, async (t) => {
      const { serviceId, providerId: provider } = await serviceWithProvider(`Per Lund ${label}`);
      // The picker shows the studio's clock (the visitor has not asked for their own), so its months too.
      const thisMonth = dateFromNow(0, STUDIO_ZONE).slice(0, 7);
      const following = nextMonth(thisMonth);
      // Away from now until noon (Stockholm) on the 1st of next month.
      await created(
        admin.post(`/api/v1/providers/${provider}/time-off`, {
          startsAt: new Date().toISOString(),
          endsAt: `${following}-01T12:00`,
        }),
      );
      await withPage(
        run,
        t,
        async (page) => {
          await page.goto(`/services/${serviceId}`);
          await page.getByRole('heading', { name: `Free times on ${dayName(`${following}-01`)}` }).waitFor();
          await page.getByRole('heading', { name: monthName(following), level: 3, exact: true }).waitFor();
          await page
            .getByText(`No free times left in ${monthName(thisMonth)}, so here is ${monthName(following)}.`)
            .waitFor();
          await assertAccessible(page, 'slot picker moved on a month');
          if (label === 'phone') await assertNoSidewaysScroll(page);
          // Stepping back shows the empty month as it is: the visitor asked for it.
          await page.getByRole('button', { name: 'Previous month' }).click();
          await page.getByRole('heading', { name: new RegExp(`^No free times in ${monthName(thisMonth)}`) }).waitFor();
        },
        options,
      );
    });
  }

  test('the slot picker looks only a few months ahead, then says there are no free times', async (t) => {
    const { serviceId, providerId: provider } = await serviceWithProvider('Eva Nyström');
    const thisMonth = dateFromNow(0, STUDIO_ZONE).slice(0, 7);
    await created(
      admin.post(`/api/v1/providers/${provider}/time-off`, {
        startsAt: new Date().toISOString(),
        endsAt: new Date(Date.now() + 190 * 24 * 3600_000).toISOString(),
      }),
    );
    await withPage(run, t, async (page) => {
      await page.goto(`/services/${serviceId}`);
      await page.getByRole('heading', { name: new RegExp(`^No free times in ${monthName(thisMonth)}`) }).waitFor();
      await page.getByRole('heading', { name: monthName(thisMonth), level: 3, exact: true }).waitFor();
      await assertAccessible(page, 'slot picker with nothing free');
    });
  });
});
