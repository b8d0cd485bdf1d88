// A physio practice that starts Slotwise empty and offers 1:1 appointments, no classes: its visitors
// are led to its services, and its staff see every appointment across providers, day by day.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import type { Page } from 'playwright-core';
import { queryRows } from '../../src/platform/db.ts';
import { ADMIN, type Client, classInput } from '../support/app.ts';
import type { Json } from '../support/json.ts';
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

const ZONE = 'Europe/Stockholm';
const PHONE = { viewport: { width: 390, height: 844 }, mobile: true };
const widths = [
  ['desktop', {}],
  ['phone', PHONE],
] as const;

/** A provider who works 09:00–17:00 in Stockholm every day of the week. */
async function providerWithHours(admin: Client, name: string): Promise<string> {
  const created = await admin.post('/api/v1/providers', { name, bio: 'Physiotherapist', timeZone: ZONE });
  assert.equal(created.status, 201, JSON.stringify(created.body));
  const intervals = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, start: '09:00', end: '17:00' }));
  const hours = await admin.request('PUT', `/api/v1/providers/${created.body.id}/hours`, { intervals });
  assert.equal(hours.status, 200, JSON.stringify(hours.body));
  return created.body.id;
}

/** A guest's appointment at a local time of a Stockholm day, through the public booking path. */
async function bookAppointment(
  run: BrowserRun,
  booking: { serviceId: string; providerId: string; day: string; time: string; name: string },
): Promise<Json> {
  const query = new URLSearchParams({
    from: booking.day,
    to: booking.day,
    timeZone: ZONE,
    provider: booking.providerId,
  });
  const slots = await run.app.client().get(`/api/v1/services/${booking.serviceId}/slots?${query}`);
  assert.equal(slots.status, 200, JSON.stringify(slots.body));
  const slot = slots.body.slots.find((each: Json) => each.startLocal.slice(11, 16) === booking.time);
  assert.ok(slot, `${booking.time} is free on ${booking.day}`);
  const created = await run.app.client().post('/api/v1/bookings', {
    serviceId: booking.serviceId,
    providerId: booking.providerId,
    start: slot.start,
    guest: { name: booking.name, email: `${booking.name.toLowerCase().replace(/\s+/g, '.')}@example.test` },
  });
  assert.equal(created.status, 201, JSON.stringify(created.body));
  return created.body.booking;
}

/** The rows of the appointments table under a day's heading, each as its cells' texts. */
async function dayRows(page: Page, dayHeading: string): Promise<string[][]> {
  const day = page.getByRole('region', { name: dayHeading, exact: true });
  const rows = day.locator('tbody tr');
  const texts: string[][] = [];
  for (const row of await rows.all()) texts.push((await row.locator('td').allInnerTexts()).map((text) => text.trim()));
  return texts;
}

const longDay = (day: string): string =>
  new Date(`${day}T12:00:00Z`).toLocaleDateString('en-GB', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    timeZone: 'UTC',
  });

describe('a practice: appointments, no classes', { skip: browserSkipReason() }, () => {
  let run: BrowserRun;
  let maja: string;
  let olle: string;
  let serviceId: string;
  before(async () => {
    run = await startBrowserRun();
    maja = await providerWithHours(run.admin, 'Maja Berg');
    olle = await providerWithHours(run.admin, 'Olle Ek');
    const service = await run.admin.post('/api/v1/services', {
      name: 'Physiotherapy',
      durationMinutes: 60,
      price: { amount: 95000 },
      where: { mode: 'remote' },
      providerIds: [maja, olle],
    });
    assert.equal(service.status, 201, JSON.stringify(service.body));
    serviceId = service.body.id;
    // A class called off long ago leaves nothing to book in the timetable: still a practice.
    const day = dayFromNow(12);
    const cancelled = await run.admin.post(
      '/api/v1/classes',
      classInput({ title: 'Called Off', startsAt: `${day}T18:00`, endsAt: `${day}T18:45`, maxSpots: 8 }),
    );
    assert.equal(cancelled.status, 201, JSON.stringify(cancelled.body));
    assert.equal((await run.admin.post(`/api/v1/classes/${cancelled.body.id}/cancel`, {})).status, 200);
  });
  after(() => run?.close());

  for (const [width, options] of widths) {
    test(`on a ${width}, a visitor to / is led to the services; the navigation offers no empty Classes`, async (t) => {
      await withPage(
        run,
        t,
        async (page) => {
          // Every text the page shows on its way to the services, recorded as it appears.
          await page.addInitScript(`
            window.seen = [];
            new MutationObserver(() => window.seen.push(document.body?.innerText ?? '')).observe(document, {
              subtree: true,
              childList: true,
              characterData: true,
            });
          `);
          await page.goto('/');
          await page.waitForURL(/\/services$/);
          await page.getByRole('heading', { name: 'Book an appointment' }).waitFor();
          await page.getByRole('link', { name: /Physiotherapy/ }).waitFor();
          const nav = page.getByRole('navigation', { name: 'Main' });
          assert.equal(await nav.getByRole('link', { name: 'Appointments' }).getAttribute('aria-current'), 'page');
          assert.equal(await nav.getByRole('link', { name: 'Classes' }).count(), 0);
          const seen = (await page.evaluate('window.seen')) as string[];
          assert.ok(seen.length > 0, 'the observer saw the page being built');
          assert.deepEqual(
            seen.filter((text) => /Book a class|No classes to book/.test(text)),
            [],
            'no empty timetable on the way',
          );
          await assertAccessible(page, `the practice's first page on a ${width}`);
          await assertNoSidewaysScroll(page);
          // Back from the services goes where the visitor was before, not to / again.
          await page.getByRole('link', { name: /Physiotherapy/ }).click();
          await page.getByRole('heading', { name: 'Choose a time' }).waitFor();
          await page.goBack();
          await page.waitForURL(/\/services$/);
        },
        options,
      );
    });
  }

  test('a business with classes later and services: the empty week says where to book an appointment', async (t) => {
    // A class the week after next: nothing in this week's view, but the timetable is not empty for good.
    const day = dayFromNow(10);
    const cls = await run.admin.post(
      '/api/v1/classes',
      classInput({ title: 'Back School', startsAt: `${day}T18:00`, endsAt: `${day}T18:45`, maxSpots: 8 }),
    );
    assert.equal(cls.status, 201, JSON.stringify(cls.body));
    t.after(() => run.admin.delete(`/api/v1/classes/${cls.body.id}`));
    await withPage(run, t, async (page) => {
      await page.goto('/');
      await page.getByRole('heading', { name: 'Book a class' }).waitFor();
      await page.getByText('No classes to book this week.').waitFor();
      const nav = page.getByRole('navigation', { name: 'Main' });
      assert.equal(await nav.getByRole('link', { name: 'Classes' }).getAttribute('aria-current'), 'page');
      assert.equal(new URL(page.url()).pathname, '/', 'a timetable with classes to come stays first');
      await assertAccessible(page, 'an empty week of a business with services');
      await page.getByRole('link', { name: 'Or book an appointment.' }).click();
      await page.getByRole('heading', { name: 'Book an appointment' }).waitFor();
      await page.getByRole('link', { name: /Physiotherapy/ }).waitFor();
    });
  });

  test('an admin who adds the first class meanwhile finds the timetable at /, not the services', async (t) => {
    await withPage(run, t, async (page) => {
      await signIn(page, ADMIN.email, ADMIN.password);
      await page.goto('/admin');
      const nav = page.getByRole('navigation', { name: 'Main' });
      await nav.getByRole('link', { name: 'Dashboard' }).waitFor();
      assert.equal(await nav.getByRole('link', { name: 'Classes' }).count(), 0, 'a practice so far');
      // As the class form would, while this page stays open.
      const day = dayFromNow(2);
      const cls = await run.admin.post(
        '/api/v1/classes',
        classInput({ title: 'First Pilates', startsAt: `${day}T18:00`, endsAt: `${day}T18:45`, maxSpots: 8 }),
      );
      assert.equal(cls.status, 201, JSON.stringify(cls.body));
      t.after(() => run.admin.delete(`/api/v1/classes/${cls.body.id}`));
      await page.getByRole('link', { name: 'Slotwise Studio' }).click();
      await page.getByRole('link', { name: /First Pilates/ }).waitFor();
      assert.equal(new URL(page.url()).pathname, '/');
      await nav.getByRole('link', { name: 'Classes' }).waitFor();
    });
  });

  for (const [width, options] of widths) {
    test(`on a ${width}, staff see every provider's appointments by day, go back a week and open a schedule`, async (t) => {
      const tomorrow = dayFromNow(1);
      const later = dayFromNow(3);
      // Each width books its own hours: both tests share the providers' days.
      const hour = (plus: number) => `${String((width === 'desktop' ? 9 : 12) + plus).padStart(2, '0')}:00`;
      // Booked in another order than they happen: the list is by time, not by when they were booked.
      await bookAppointment(run, { serviceId, providerId: maja, day: tomorrow, time: hour(1), name: `Mira ${width}` });
      await bookAppointment(run, { serviceId, providerId: olle, day: tomorrow, time: hour(0), name: `Sven ${width}` });
      const cancelled = await bookAppointment(run, {
        serviceId,
        providerId: olle,
        day: later,
        time: hour(2),
        name: `Cid ${width}`,
      });
      assert.equal((await run.admin.post(`/api/v1/bookings/${cancelled.id}/cancel`, {})).status, 200);
      // Last week's visit, written as the booking path writes it: a past time cannot be booked.
      const past = dayFromNow(-3);
      const start = new Date(`${past}T${hour(0)}:00${offsetOf(past)}`);
      const end = new Date(start.getTime() + 3600_000);
      const { org, database } = run.app;
      const [customer] = await queryRows<{ id: string }>(
        database.db,
        sql`INSERT INTO customers (org_id, email, name) VALUES (${org.id}, ${`pia.${width}@example.test`}, ${`Pia ${width}`})
            RETURNING id`,
      );
      await database.db.execute(sql`
        INSERT INTO bookings (org_id, customer_id, spots, status, price_amount, currency, payment_method, source,
                              service_id, provider_id, starts_at, ends_at, blocked)
        VALUES (${org.id}, ${customer?.id}, 1, 'confirmed', 0, 'SEK', 'free', 'staff',
                ${serviceId}, ${maja}, ${start}, ${end}, tstzrange(${start}, ${end}))`);

      await withPage(
        run,
        t,
        async (page) => {
          await signIn(page, ADMIN.email, ADMIN.password);
          if (width === 'phone') {
            await page.locator('.admin-menu summary').click();
            await page.locator('.admin-menu-list').getByRole('link', { name: 'Appointments' }).click();
          } else {
            await page
              .getByRole('navigation', { name: 'Dashboard sections' })
              .first()
              .getByRole('link', { name: 'Appointments' })
              .click();
          }
          await page.getByRole('heading', { name: 'Appointments', level: 1 }).waitFor();
          await page.getByText(`Times are in the ${ZONE} time zone.`).waitFor();
          const rows = await dayRows(page, longDay(tomorrow));
          const mine = rows.filter((row) => row.some((cell) => cell.endsWith(width)));
          assert.deepEqual(
            mine.map((row) => row.slice(0, 5)),
            [
              [`${hour(0)}–${hour(1)}`, 'Physiotherapy', 'Olle Ek', `Sven ${width}`, 'Confirmed'],
              [`${hour(1)}–${hour(2)}`, 'Physiotherapy', 'Maja Berg', `Mira ${width}`, 'Confirmed'],
            ],
          );
          const laterRows = await dayRows(page, longDay(later));
          assert.ok(
            laterRows.some((row) => row[3] === `Cid ${width}` && row[4] === 'Cancelled'),
            JSON.stringify(laterRows),
          );
          assert.equal(await page.getByText(`Pia ${width}`).count(), 0, 'last week is not in this week');
          await assertAccessible(page, `all appointments on a ${width}`);
          await assertNoSidewaysScroll(page);

          // One provider only.
          await page.getByLabel('Provider').selectOption({ label: 'Maja Berg' });
          await page.getByText(`Sven ${width}`).waitFor({ state: 'detached' });
          await page.getByText(`Mira ${width}`).waitFor();

          await page.getByRole('link', { name: 'Previous week' }).click();
          await page.getByRole('link', { name: `Pia ${width}` }).waitFor();
          assert.equal(await page.getByText(`Mira ${width}`).count(), 0);
          await page.getByRole('link', { name: 'Today' }).click();
          await page.getByRole('link', { name: `Mira ${width}` }).waitFor();

          await page
            .getByRole('row')
            .filter({ hasText: `Mira ${width}` })
            .getByRole('link', { name: 'Maja Berg' })
            .click();
          await page.getByRole('heading', { name: 'Schedule: Maja Berg' }).waitFor();
          assert.match(page.url(), new RegExp(`date=${tomorrow}`));
          await page
            .getByRole('row')
            .filter({ hasText: `Mira ${width}` })
            .waitFor();
        },
        options,
      );
    });
  }

  test('a member of staff (not an admin) reads the same list and books from it for a caller', async (t) => {
    const staff = run.app.client();
    const signedUp = await staff.signUp('stina.staff@example.test', 'Stina Staff', 'stina-password-1');
    assert.equal(signedUp.status, 201, JSON.stringify(signedUp.body));
    const promoted = await run.admin.patch(`/api/v1/users/${signedUp.body.user.id}`, { role: 'staff' });
    assert.equal(promoted.status, 200, JSON.stringify(promoted.body));
    await withPage(run, t, async (page) => {
      await signIn(page, 'stina.staff@example.test', 'stina-password-1');
      await page.goto('/admin');
      await page
        .getByRole('navigation', { name: 'Dashboard sections' })
        .first()
        .getByRole('link', { name: 'Appointments' })
        .click();
      await page.getByRole('link', { name: 'Sven desktop' }).waitFor();
      await page.getByRole('link', { name: 'Book an appointment' }).click();
      await page.getByRole('heading', { name: 'Book an appointment for a customer' }).waitFor();
    });
  });
});

/** Stockholm's UTC offset on a day ("+01:00" in winter, "+02:00" in summer), at noon. */
function offsetOf(day: string): string {
  const name = new Intl.DateTimeFormat('en', { timeZone: ZONE, timeZoneName: 'longOffset' })
    .formatToParts(new Date(`${day}T12:00:00Z`))
    .find((part) => part.type === 'timeZoneName')?.value;
  return name?.replace('GMT', '') || '+00:00';
}

/** The dashboard's first page, once its setup checklist has answered (shown or not). */
async function openDashboard(page: Page): Promise<void> {
  const answered = page.waitForResponse((response) => response.url().includes('/api/v1/organisation/setup'));
  await page.goto('/admin');
  await answered;
  await page.getByRole('heading', { name: 'Classes', level: 1 }).waitFor();
}

const checklistOf = (page: Page) => page.getByRole('region', { name: 'Get your booking page ready' });

describe('a practice that starts empty: the setup checklist', { skip: browserSkipReason() }, () => {
  let run: BrowserRun;
  before(async () => {
    run = await startBrowserRun();
  });
  after(() => run?.close());

  test('on a phone, the checklist fits the screen and each step links to where it is done', async (t) => {
    await withPage(
      run,
      t,
      async (page) => {
        await signIn(page, ADMIN.email, ADMIN.password);
        await openDashboard(page);
        const card = checklistOf(page);
        await card.getByText('0 of 5 done').waitFor();
        // Each step says whether it is done in words too, not only by its mark.
        const steps = (await card.getByRole('listitem').allTextContents()).map((text) =>
          text.replace(/\s+/g, ' ').trim(),
        );
        assert.deepEqual(steps, [
          'To do: Check your business details and time zone',
          'To do: Add a service or a class',
          'To do: Give a provider working hours for your services',
          'To do: Choose how customers pay: by card or at the venue A way to pay that you offer cannot be used yet: card payments need Stripe, Swish a number, bank transfer an account.',
          'To do: Open your booking page',
        ]);
        await assertAccessible(page, 'the setup checklist on a phone');
        await assertNoSidewaysScroll(page);
        await card.getByRole('link', { name: 'Give a provider working hours for your services' }).click();
        await page.waitForURL(/\/admin\/providers$/);
        await page.goBack();
        await checklistOf(page).getByRole('link', { name: 'or a class' }).click();
        await page.waitForURL(/\/admin\/classes\/new$/);
      },
      PHONE,
    );
  });

  test('each step is ticked from what the business did, and the list goes once all are done', async (t) => {
    const providerId = await providerWithHours(run.admin, 'Maja Berg');
    await withPage(run, t, async (page) => {
      await signIn(page, ADMIN.email, ADMIN.password);
      await openDashboard(page);
      await checklistOf(page).getByText('0 of 5 done').waitFor();

      const service = await run.admin.post('/api/v1/services', {
        name: 'Physiotherapy',
        durationMinutes: 45,
        price: { amount: 80000 },
        where: { mode: 'remote' },
        providerIds: [providerId],
      });
      assert.equal(service.status, 201, JSON.stringify(service.body));
      await openDashboard(page);
      await checklistOf(page).getByText('2 of 5 done').waitFor();
      assert.equal(await checklistOf(page).getByText('Done:').count(), 2);

      await page.goto('/admin/settings');
      // Card (no Stripe here) and Swish (no number) are ticked by default but cannot be used yet.
      await page.getByRole('checkbox', { name: /^Card/ }).uncheck();
      await page.getByRole('checkbox', { name: /^Swish/ }).uncheck();
      await page.getByRole('checkbox', { name: /^Pay at the venue/ }).check();
      await page.getByRole('button', { name: 'Save settings' }).click();
      await page.getByText('Settings saved.').waitFor();
      await openDashboard(page);
      await checklistOf(page).getByText('4 of 5 done').waitFor();
      await assertAccessible(page, 'the setup checklist with steps done');

      await checklistOf(page).getByRole('link', { name: 'Open your booking page' }).click();
      await page.getByRole('heading', { name: 'Book an appointment' }).waitFor();
      // The page view is counted in memory and written within seconds (analytics.tally.ts).
      for (let tries = 0; ; tries++) {
        await openDashboard(page);
        if ((await checklistOf(page).count()) === 0) break;
        assert.ok(tries < 15, 'the opened booking page ticks its step');
        await page.waitForTimeout(1000);
      }
    });
  });
});

describe('a practice that starts empty: putting the checklist away', { skip: browserSkipReason() }, () => {
  let run: BrowserRun;
  before(async () => {
    run = await startBrowserRun();
  });
  after(() => run?.close());

  test('hidden by one admin, it stays hidden on the next visit and in another browser', async (t) => {
    await withPage(run, t, async (page) => {
      await signIn(page, ADMIN.email, ADMIN.password);
      await openDashboard(page);
      await checklistOf(page).getByRole('button', { name: 'Hide this list' }).click();
      await checklistOf(page).waitFor({ state: 'detached' });
      await openDashboard(page);
      assert.equal(await checklistOf(page).count(), 0);
    });
    // A new browser context: nothing kept in the browser, so only the server can remember.
    await withPage(run, t, async (page) => {
      await signIn(page, ADMIN.email, ADMIN.password);
      await openDashboard(page);
      assert.equal(await checklistOf(page).count(), 0);
    });
    assert.ok((await run.admin.get('/api/v1/organisation/setup')).body.dismissedAt);
  });
});
