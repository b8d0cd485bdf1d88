import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import type { Client } from '../support/app.ts';
import type { Json } from '../support/json.ts';
import {
  type BrowserRun,
  assertAccessible,
  assertNoSidewaysScroll,
  browserSkipReason,
  dayFromNow,
  signIn,
  startBrowserRun,
  waitForFocus,
  withPage,
} from './harness.ts';
import { chooseDay, chooseZone, dayName } from './slot-picker.ts';

const ZONE = 'Europe/Stockholm';

/** 2026-03-29T07:00:00.000Z → 20260329T070000Z */
const basicUtc = (iso: string): string =>
  new Date(iso)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');

/** A provider who works 09:00–17:00 in Stockholm every day of the week. */
async function providerWithHours(admin: Client, name: string): Promise<{ id: string; name: string }> {
  const created = await admin.post('/api/v1/providers', { name, bio: 'Cleaner', timeZone: ZONE });
  assert.equal(created.status, 201, JSON.stringify(created.body));
  const intervals = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, start: '09:00', end: '17:00' }));
  const hours = await admin.request('PUT', `/api/v1/providers/${created.body.id}/hours`, { intervals });
  assert.equal(hours.status, 200, JSON.stringify(hours.body));
  return created.body;
}

async function createService(admin: Client, fields: Record<string, unknown>): Promise<{ id: string; name: string }> {
  const created = await admin.post('/api/v1/services', { durationMinutes: 60, price: { amount: 95000 }, ...fields });
  assert.equal(created.status, 201, JSON.stringify(created.body));
  return created.body;
}

/** The free start times (instants) of one Stockholm day, for one provider or any. */
async function freeStarts(client: Client, serviceId: string, day: string, providerId?: string): Promise<string[]> {
  const query = new URLSearchParams({
    from: day,
    to: day,
    timeZone: ZONE,
    ...(providerId ? { provider: providerId } : {}),
  });
  const answer = await client.get(`/api/v1/services/${serviceId}/slots?${query}`);
  assert.equal(answer.status, 200, JSON.stringify(answer.body));
  return answer.body.slots.map((slot: Json) => slot.startLocal.slice(11, 16));
}

describe('appointments, public', { skip: browserSkipReason() }, () => {
  let run: BrowserRun;
  let maja: { id: string; name: string };
  let olle: { id: string; name: string };
  before(async () => {
    run = await startBrowserRun();
    maja = await providerWithHours(run.admin, 'Maja Berg');
    olle = await providerWithHours(run.admin, 'Olle Ek');
  });
  after(() => run?.close());

  test('a guest books a visit at home: time zone named and changed, the time held, checkout, add-to-calendar', async (t) => {
    const service = await createService(run.admin, {
      name: 'Carpet cleaning',
      where: { mode: 'at_customer' },
      providerIds: [maja.id, olle.id],
    });
    const day = dayFromNow(3);
    let bookingId = '';
    await withPage(run, t, async (page) => {
      await page.goto('/');
      await page.getByRole('link', { name: 'Appointments' }).click();
      const card = page.getByRole('link', { name: /Carpet cleaning/ });
      const text = await card.innerText();
      assert.match(text, /60 min/);
      assert.match(text, /SEK\s950\.00/);
      assert.match(text, /At your address/);
      await assertAccessible(page, 'the services page');
      await card.click();

      // The browser's clock runs in New York, but the visitor has not chosen their own clock: the
      // studio's is shown first, named, and the menu changes it.
      await page.getByRole('heading', { name: 'Choose a time' }).waitFor();
      assert.equal(await page.getByLabel('Time zone', { exact: true }).inputValue(), ZONE);
      await page.getByText(`Times are shown in the ${ZONE} time zone.`).waitFor();
      await chooseZone(page, 'America/New_York');
      await page.getByText('Times are shown in the America/New_York time zone.').waitFor();
      await chooseZone(page, ZONE);
      await page.getByText(`Times are shown in the ${ZONE} time zone.`).waitFor();
      assert.equal(await page.getByLabel('With').inputValue(), '', '"any provider" first');

      await chooseDay(page, day);
      await assertAccessible(page, 'the time picker with a day chosen');
      await page.getByRole('button', { name: '09:00–10:00' }).click();

      await page.getByRole('heading', { name: 'Book this time' }).waitFor();
      // The button pressed is gone: the focus goes to the time held, above the form, not to the page's top.
      await waitForFocus(page, page.getByRole('heading', { name: 'Your time' }), 'the time held');
      await page.getByText(/^This time is held for you for (5:00|4:\d\d) more\.$/).waitFor();
      const chosen = await page.locator('.chosen-time').innerText();
      assert.match(chosen, new RegExp(`${dayName(day)}, 09:00–10:00 \\(${ZONE}\\)`));
      assert.match(chosen, /03:00–04:00 on your clock \(America\/New_York\)|04:00–05:00 on your clock/);
      const heldFor = /with (Maja Berg|Olle Ek)/.exec(chosen)?.[1];
      assert.ok(heldFor, 'the provider assigned to the hold is named');
      const held = heldFor === maja.name ? maja : olle;
      const other = heldFor === maja.name ? olle : maja;
      // The hold takes the time from that provider, not from the other.
      assert.ok(!(await freeStarts(run.app.client(), service.id, day, held.id)).includes('09:00'));
      assert.ok((await freeStarts(run.app.client(), service.id, day, other.id)).includes('09:00'));

      await page.getByRole('button', { name: 'Confirm booking' }).click();
      assert.equal(await page.getByText('Please fill this in.').count(), 4, 'name, email, address and phone');
      // The focus goes to the first field to put right.
      await waitForFocus(page, page.getByLabel('Name'), 'the name');
      await assertAccessible(page, 'the held time’s checkout with its errors');
      await page.getByLabel('Name').fill('Greta Guest');
      await page.getByLabel('Email').fill('greta@example.test');
      await page.getByRole('button', { name: 'Confirm booking' }).click();
      await waitForFocus(page, page.getByLabel('Address'), 'the address');
      assert.equal(await page.getByText('Please fill this in.').count(), 2, 'address and phone');
      await page.getByLabel('Address').fill('Storgatan 1\n111 22 Stockholm');
      await page.getByLabel('Phone').fill('070-123 45 67');
      await page.getByLabel(/Anything we should know/).fill('Door code 1234');
      // Another time: the picker comes back on the same day, and what was typed stays.
      await page.getByRole('button', { name: 'Choose another time' }).click();
      await page.getByRole('button', { name: '09:00–10:00' }).click();
      await page.getByRole('heading', { name: 'Book this time' }).waitFor();
      // "Any provider" may give the time to the other one this time.
      const heldAgain = /with (Maja Berg|Olle Ek)/.exec(await page.locator('.chosen-time').innerText())?.[1];
      assert.ok(heldAgain);
      assert.equal(await page.getByLabel('Name').inputValue(), 'Greta Guest');
      assert.equal(await page.getByLabel('Email').inputValue(), 'greta@example.test');
      assert.equal(await page.getByLabel('Phone').inputValue(), '070-123 45 67');
      assert.equal(await page.getByLabel(/Anything we should know/).inputValue(), 'Door code 1234');
      assert.equal(await page.getByRole('radio', { name: /Pay on the day/ }).isChecked(), true);
      await page.getByRole('button', { name: 'Confirm booking' }).click();

      await page.getByText("You're booked!").waitFor();
      await page.getByRole('heading', { name: 'Carpet cleaning' }).waitFor();
      const facts = await page.locator('.facts').innerText();
      assert.match(facts, new RegExp(heldAgain));
      assert.match(facts, new RegExp(`${dayName(day)}, 09:00–10:00 \\(${ZONE}\\)`));
      assert.match(facts, /Storgatan 1\s+111 22 Stockholm/);
      assert.match(facts, /070-123 45 67/);
      assert.match(facts, /Door code 1234/);
      assert.match(facts, /Confirmed/);
      await assertAccessible(page, 'the confirmation with add-to-calendar');

      const manageUrl = (await page.getByRole('link', { name: /\/manage\// }).textContent()) ?? '';
      const token = manageUrl.split('/').pop() ?? '';
      const booking = (await run.app.client().get(`/api/v1/manage/${token}`)).body;
      bookingId = booking.id;

      // Add to calendar: Google and Outlook links with the booking's instants, and an .ics.
      const google = new URL((await page.getByRole('link', { name: 'Google Calendar' }).getAttribute('href')) ?? '');
      assert.equal(google.hostname, 'calendar.google.com');
      assert.equal(google.searchParams.get('dates'), `${basicUtc(booking.startsAt)}/${basicUtc(booking.endsAt)}`);
      assert.match(google.searchParams.get('text') ?? '', /^Carpet cleaning \(/);
      assert.equal(google.searchParams.get('location'), 'Storgatan 1, 111 22 Stockholm');
      const outlook = new URL((await page.getByRole('link', { name: 'Outlook' }).getAttribute('href')) ?? '');
      assert.equal(outlook.hostname, 'outlook.live.com');
      assert.equal(new Date(outlook.searchParams.get('startdt') ?? '').toISOString(), booking.startsAt);
      assert.equal(new Date(outlook.searchParams.get('enddt') ?? '').toISOString(), booking.endsAt);
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('link', { name: 'Download .ics' }).click(),
      ]);
      assert.equal(download.suggestedFilename(), 'booking.ics');
      const ics = await readFile((await download.path()) ?? '', 'utf8');
      assert.match(ics, /^BEGIN:VCALENDAR\r\n/);
      assert.match(ics, new RegExp(`\r\nUID:booking-${booking.id}@slotwise\r\n`));
      assert.match(ics, new RegExp(`\r\nDTSTART:${basicUtc(booking.startsAt)}\r\n`));
      assert.match(ics, new RegExp(`\r\nDTEND:${basicUtc(booking.endsAt)}\r\n`));
    });

    const { body } = await run.admin.get(`/api/v1/bookings?serviceId=${service.id}`);
    assert.deepEqual(
      body.bookings.map((booking: Json) => [
        booking.id,
        booking.kind,
        booking.status,
        booking.customer.name,
        booking.appointment.address,
        booking.appointment.phone,
        booking.appointment.notes,
      ]),
      [
        [
          bookingId,
          'appointment',
          'confirmed',
          'Greta Guest',
          'Storgatan 1\n111 22 Stockholm',
          '070-123 45 67',
          'Door code 1234',
        ],
      ],
    );
  });

  test('a time taken by someone else while choosing: the reason is shown and the time is gone', async (t) => {
    const service = await createService(run.admin, {
      name: 'Notary visit',
      where: { mode: 'remote' },
      providerIds: [maja.id],
    });
    const day = dayFromNow(4);
    await withPage(run, t, async (page) => {
      await page.goto(`/services/${service.id}`);
      await chooseZone(page, ZONE);
      await chooseDay(page, day);
      await page.getByRole('button', { name: '10:00–11:00' }).waitFor();
      // Meanwhile someone else takes 10:00.
      const slots = await run.app
        .client()
        .get(`/api/v1/services/${service.id}/slots?from=${day}&to=${day}&timeZone=${encodeURIComponent(ZONE)}`);
      const ten = slots.body.slots.find((slot: Json) => slot.startLocal.slice(11, 16) === '10:00');
      const taken = await run.app.client().post('/api/v1/holds', { serviceId: service.id, start: ten.start });
      assert.equal(taken.status, 201, JSON.stringify(taken.body));

      await page.getByRole('button', { name: '10:00–11:00' }).click();
      await page.getByRole('alert').waitFor();
      await assertAccessible(page, 'a time taken meanwhile');
      assert.equal(await page.getByRole('heading', { name: 'Book this time' }).count(), 0, 'no checkout');
      await page.getByRole('heading', { name: `Free times on ${dayName(day)}` }).waitFor();
      await page.getByRole('button', { name: '11:00–12:00' }).waitFor();
      assert.equal(await page.getByRole('button', { name: '10:00–11:00' }).count(), 0, 'the taken time is gone');
      // A video meeting has no venue: paying there is paying later.
      await page.getByRole('button', { name: '11:00–12:00' }).click();
      await page.getByRole('heading', { name: 'Book this time' }).waitFor();
      await page.getByRole('radio', { name: /Pay later/ }).waitFor();
      assert.equal(await page.getByRole('radio', { name: /Pay at the venue/ }).count(), 0);
    });
  });

  test('going back from the checkout of a held time gives the time back at once', async (t) => {
    const service = await createService(run.admin, {
      name: 'Back-out consult',
      where: { mode: 'remote' },
      providerIds: [maja.id],
    });
    const day = dayFromNow(6);
    await withPage(run, t, async (page) => {
      await page.goto('/services');
      await page.getByRole('link', { name: /Back-out consult/ }).click();
      await chooseZone(page, ZONE);
      await chooseDay(page, day);
      await page.getByRole('button', { name: '10:00–11:00' }).click();
      await page.getByRole('heading', { name: 'Book this time' }).waitFor();
      assert.ok(!(await freeStarts(run.app.client(), service.id, day)).includes('10:00'), 'held while choosing');
      const released = page.waitForResponse(
        (r) => /\/api\/v1\/holds\//.test(r.url()) && r.request().method() === 'DELETE',
      );
      await page.goBack();
      assert.equal((await released).status(), 204);
      assert.ok((await freeStarts(run.app.client(), service.id, day)).includes('10:00'), 'free again');
    });
  });

  test('a month the visitor stepped to stays when they change the clock the times are shown in', async (t) => {
    const service = await createService(run.admin, {
      name: 'Clock-proof consult',
      where: { mode: 'remote' },
      providerIds: [maja.id],
    });
    await withPage(run, t, async (page) => {
      await page.goto(`/services/${service.id}`);
      await page.getByRole('heading', { name: /^Free times on|^No free times/ }).waitFor();
      const monthName = page.locator('.month-name');
      const opened = (await monthName.innerText()).trim();
      await page.getByRole('button', { name: 'Next month' }).click();
      await page.locator('.month-name', { hasNotText: opened }).waitFor();
      const stepped = (await monthName.innerText()).trim();
      await chooseZone(page, 'America/New_York');
      await page.getByText('Times are shown in the America/New_York time zone.').waitFor();
      await page.getByRole('heading', { name: /^Free times on|^No free times/ }).waitFor();
      assert.equal((await monthName.innerText()).trim(), stepped, 'the month stays');
    });
  });

  test("a signed-in customer's checkout for a visit starts from the address and phone in their profile", async (t) => {
    const service = await createService(run.admin, {
      name: 'Gutter cleaning',
      where: { mode: 'at_customer' },
      providerIds: [olle.id],
    });
    const customer = run.app.client();
    assert.equal((await customer.signUp('hanna@example.test', 'Hanna Home', 'hanna-password-1')).status, 201);
    const saved = await customer.patch('/api/v1/me/profile', {
      address: 'Hemvägen 3, 111 22 Stockholm',
      phone: '070-765 43 21',
    });
    assert.equal(saved.status, 200, JSON.stringify(saved.body));
    const day = dayFromNow(6);
    await withPage(run, t, async (page) => {
      await signIn(page, 'hanna@example.test', 'hanna-password-1');
      await page.goto(`/services/${service.id}`);
      await page.getByRole('heading', { name: 'Choose a time' }).waitFor();
      await chooseZone(page, ZONE);
      await chooseDay(page, day);
      await page.getByRole('button', { name: '10:00–11:00' }).click();
      await page.getByRole('heading', { name: 'Book this time' }).waitFor();
      await page.waitForFunction('document.querySelector(\'textarea[autocomplete="street-address"]\')?.value');
      assert.equal(await page.getByLabel('Address').inputValue(), 'Hemvägen 3, 111 22 Stockholm');
      assert.equal(await page.getByLabel('Phone').inputValue(), '070-765 43 21');
    });
  });

  test('a guest may give a phone number for a video meeting, and the provider gets it with the booking', async (t) => {
    const vida = await providerWithHours(run.admin, 'Vida Video');
    const service = await createService(run.admin, {
      name: 'Video consultation',
      where: { mode: 'remote' },
      providerIds: [vida.id],
    });
    await withPage(run, t, async (page) => {
      await page.goto(`/services/${service.id}`);
      await page.getByRole('heading', { name: 'Choose a time' }).waitFor();
      await chooseZone(page, ZONE);
      await chooseDay(page, dayFromNow(4));
      await page.getByRole('button', { name: '11:00–12:00' }).click();
      await page.getByRole('heading', { name: 'Book this time' }).waitFor();
      await page.getByLabel('Name').fill('Vera Video');
      await page.getByLabel('Email').fill('vera@example.test');
      const phone = page.getByLabel('Phone (optional)');
      assert.equal(await phone.getAttribute('type'), 'tel');
      assert.equal(await phone.getAttribute('required'), null, 'a meeting needs no phone');
      await page.getByText(/can reach you if something changes/).waitFor();
      await phone.fill('070-246 80 24');
      await page.getByRole('button', { name: 'Confirm booking' }).click();
      await page.getByText("You're booked!").waitFor();
    });
    const { body } = await run.admin.get(`/api/v1/bookings?serviceId=${service.id}`);
    assert.deepEqual(
      body.bookings.map((booking: Json) => booking.appointment.phone),
      ['070-246 80 24'],
    );
  });

  test("a signed-in customer's visit fills in the profile's missing phone and address; another one replaces it only when ticked", async (t) => {
    const ivan = await providerWithHours(run.admin, 'Ivan Ugn');
    const service = await createService(run.admin, {
      name: 'Oven cleaning',
      where: { mode: 'at_customer' },
      providerIds: [ivan.id],
    });
    const customer = run.app.client();
    assert.equal((await customer.signUp('ivar@example.test', 'Ivar Inne', 'ivar-password-1')).status, 201);
    const profile = async () => {
      const { phone, address } = (await customer.get('/api/v1/me/profile')).body;
      return { phone, address };
    };
    await withPage(run, t, async (page) => {
      await signIn(page, 'ivar@example.test', 'ivar-password-1');
      const book = async (days: number, address: string, phone: string, save?: boolean) => {
        await page.goto(`/services/${service.id}`);
        await page.getByRole('heading', { name: 'Choose a time' }).waitFor();
        await chooseZone(page, ZONE);
        await chooseDay(page, dayFromNow(days));
        await page.getByRole('button', { name: '13:00–14:00' }).click();
        await page.getByRole('heading', { name: 'Book this time' }).waitFor();
        const profileNow = await profile();
        if (profileNow.address) {
          // What the profile has starts the fields: typing over it comes after.
          await page.waitForFunction('document.querySelector(\'textarea[autocomplete="street-address"]\')?.value');
        }
        await page.getByLabel('Address', { exact: true }).fill(address);
        await page.getByLabel('Phone', { exact: true }).fill(phone);
        const box = page.getByLabel('Save this phone and address to my profile');
        if (save === undefined) assert.equal(await box.count(), 0, 'nothing in the profile to replace');
        else if (save) await box.check();
        else await page.getByText(/Your profile has another one/).waitFor();
        await page.getByRole('button', { name: 'Confirm booking' }).click();
        await page.getByText("You're booked!").waitFor();
      };
      await book(8, 'Innegatan 4, Stockholm', '070-111 11 11');
      assert.deepEqual(await profile(), { phone: '070-111 11 11', address: 'Innegatan 4, Stockholm' });
      await book(9, 'Sommarvägen 1, Norrtälje', '070-111 11 11', false);
      assert.deepEqual(await profile(), { phone: '070-111 11 11', address: 'Innegatan 4, Stockholm' });
      await book(10, 'Nygatan 9, Stockholm', '070-222 22 22', true);
      assert.deepEqual(await profile(), { phone: '070-222 22 22', address: 'Nygatan 9, Stockholm' });
    });
  });

  test('a held time that ran out: one main action asks for the same time again, and what was typed stays', async (t) => {
    const hugo = await providerWithHours(run.admin, 'Hugo Håll');
    const service = await createService(run.admin, {
      name: 'Sofa cleaning',
      where: { mode: 'at_customer' },
      providerIds: [hugo.id],
    });
    await withPage(run, t, async (page) => {
      // The page's clock is stepped past the hold's five minutes, and the server's hold ends too.
      await page.clock.install();
      await page.goto(`/services/${service.id}`);
      await page.getByRole('heading', { name: 'Choose a time' }).waitFor();
      await chooseZone(page, ZONE);
      await chooseDay(page, dayFromNow(11));
      await page.getByRole('button', { name: '14:00–15:00' }).click();
      await page.getByRole('heading', { name: 'Book this time' }).waitFor();
      await page.getByLabel('Name').fill('Hilda Hold');
      // As the housekeeping does with a lapsed hold (the server's clock here is the test's own).
      await run.app.database.db.execute(sql`DELETE FROM holds WHERE service_id = ${service.id}`);
      await page.clock.fastForward('05:01');
      const ranOut = page.getByRole('status').filter({ hasText: 'The time held for you has run out' });
      await ranOut.waitFor();
      // One button, the main action; choosing another time is the quieter way out, said once.
      assert.deepEqual(await ranOut.getByRole('button').allInnerTexts(), [
        'Try to get the same time again',
        'Choose another time',
      ]);
      assert.equal(await page.getByRole('button', { name: 'Choose another time' }).count(), 1);
      assert.match((await ranOut.getByRole('button').first().getAttribute('class')) ?? '', /button-primary/);
      assert.doesNotMatch((await ranOut.getByRole('button').last().getAttribute('class')) ?? '', /button-primary/);
      await assertAccessible(page, 'the checkout whose held time ran out');

      await page.clock.setSystemTime(new Date());
      await ranOut.getByRole('button', { name: 'Try to get the same time again' }).click();
      await page.getByRole('heading', { name: 'Book this time' }).waitFor();
      await page.getByText(/^This time is held for you for (5:00|4:\d\d) more\.$/).waitFor();
      assert.match(await page.locator('.chosen-time').innerText(), /14:00–15:00/);
      assert.equal(await page.getByLabel('Name').inputValue(), 'Hilda Hold');
    });
  });

  test('the month grid is one tab stop: arrow keys (into the next month too), Home and End move between days, Enter and Space pick', async (t) => {
    const kai = await providerWithHours(run.admin, 'Kai Keys');
    const service = await createService(run.admin, {
      name: 'Keyboard cleaning',
      where: { mode: 'at_customer' },
      providerIds: [kai.id],
    });
    // The next month: every day of it has free time, and its first is the first free day.
    const [year = 0, month = 0] = dayFromNow(0).split('-').map(Number);
    const first = new Date(Date.UTC(year, month, 1));
    const date = (day: number) => new Date(first.getTime() + (day - 1) * 24 * 3600_000).toISOString().slice(0, 10);
    // The browser speaks American English: its weeks start on Sunday.
    const saturday = date(1 + (6 - first.getUTCDay()));
    await withPage(run, t, async (page) => {
      await page.goto(`/services/${service.id}`);
      await page.getByRole('heading', { name: 'Choose a time' }).waitFor();
      await chooseZone(page, ZONE);
      await page.getByRole('heading', { name: /^Free times on/ }).waitFor();
      // Late on a month's last day the picker has moved on to the next month by itself.
      const nextMonth = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
        first,
      );
      if ((await page.locator('.month-name').innerText()).trim() !== nextMonth) {
        await page.getByRole('button', { name: 'Next month' }).click();
      }
      await page.getByRole('heading', { name: `Free times on ${dayName(date(1))}` }).waitFor();
      const grid = page.getByRole('grid');
      assert.equal(await grid.locator('button[tabindex="0"]').count(), 1, 'one tab stop');
      assert.equal((await grid.locator('button[tabindex="-1"]').count()) + 1, await grid.getByRole('button').count());
      const focused = () => page.evaluate<string>("document.activeElement?.getAttribute('aria-label') ?? ''");
      await grid.locator('button[tabindex="0"]').focus();
      assert.equal(await focused(), dayName(date(1)));
      for (const [key, day] of [
        ['ArrowDown', date(8)],
        ['ArrowRight', date(9)],
        ['ArrowUp', date(2)],
        ['ArrowLeft', date(1)],
        // Past the month's first day: the last of the month before, shown; and back.
        ['ArrowLeft', date(0)],
        ['ArrowRight', date(1)],
        ['End', saturday],
        ['Home', date(1)],
        ['ArrowDown', date(8)],
        ['ArrowRight', date(9)],
      ] as const) {
        await page.keyboard.press(key);
        // Into another month, the focus follows once that month is drawn.
        for (let tries = 0; tries < 50 && (await focused()) !== dayName(day); tries++) await page.waitForTimeout(50);
        assert.equal(await focused(), dayName(day), `${key} goes to ${day}`);
      }
      assert.equal(await grid.locator('button[tabindex="0"]').count(), 1, 'still one tab stop, where the keys left it');
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { name: `Free times on ${dayName(date(9))}` }).waitFor();
      assert.equal(
        await grid.getByRole('button', { name: dayName(date(9)), exact: true }).getAttribute('aria-pressed'),
        'true',
      );
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press(' ');
      await page.getByRole('heading', { name: `Free times on ${dayName(date(10))}` }).waitFor();
      // Tab leaves the grid for the day's times, not for the next day.
      await page.keyboard.press('Tab');
      assert.match(await page.evaluate<string>("document.activeElement?.className ?? ''"), /\bslot\b/);
      await assertAccessible(page, 'the month grid moved with the keyboard');
    });
  });

  test('a guest moves an appointment to another time from the manage page', async (t) => {
    const service = await createService(run.admin, {
      name: 'Window cleaning',
      where: { mode: 'at_customer' },
      providerIds: [olle.id],
    });
    const day = dayFromNow(5);
    const slots = await run.app
      .client()
      .get(`/api/v1/services/${service.id}/slots?from=${day}&to=${day}&timeZone=${encodeURIComponent(ZONE)}`);
    const nine = slots.body.slots.find((slot: Json) => slot.startLocal.slice(11, 16) === '09:00');
    const created = await run.app.client().post('/api/v1/bookings', {
      serviceId: service.id,
      start: nine.start,
      guest: { name: 'Mira Mover', email: 'mira@example.test' },
      address: 'Drottninggatan 5, Stockholm',
      phone: '070-000 00 00',
    });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    const token = created.body.manageToken as string;
    // Afternoons cost 20 % more: the move to 13:00 is priced again, and the dialog says so first.
    const afternoons = await run.admin.post('/api/v1/pricing/surcharges', {
      name: 'Afternoon',
      when: { kind: 'weekly', weekdays: [1, 2, 3, 4, 5, 6, 7], from: '12:00', until: '24:00' },
      adjustment: { kind: 'percent', basisPoints: 2000 },
    });
    assert.equal(afternoons.status, 201, JSON.stringify(afternoons.body));
    t.after(() => run.admin.delete(`/api/v1/pricing/surcharges/${afternoons.body.id}`));

    await withPage(run, t, async (page) => {
      await page.goto(`/manage/${token}`);
      await page.getByRole('heading', { name: 'Window cleaning' }).waitFor();
      assert.match(await page.locator('.facts').innerText(), /09:00–10:00 \(Europe\/Stockholm\)/);
      await page.getByRole('heading', { name: 'Change the time' }).waitFor();
      await page.getByRole('button', { name: 'Choose a new time' }).click();
      await chooseZone(page, ZONE);
      // The picker opens on the day booked now, five days ahead, rather than on the first free day.
      await page.getByRole('heading', { name: `Free times on ${dayName(day)}` }).waitFor();
      await chooseDay(page, day);
      assert.equal(await page.getByRole('button', { name: '09:00–10:00' }).count(), 0, 'its own time is not offered');
      await page.getByRole('button', { name: '13:00–14:00' }).click();
      const dialog = page.getByRole('dialog');
      assert.match(await dialog.innerText(), new RegExp(`${dayName(day)}, 13:00–14:00 \\(${ZONE}\\)`));
      await dialog.getByText(/The new time costs .*190.* more/).waitFor();
      await assertAccessible(page, 'the move dialog with the new price');
      await dialog.getByRole('button', { name: 'Yes, move it' }).click();
      await page.getByText('Your booking has been moved to the new time.').waitFor();
      assert.match(await page.locator('.facts').innerText(), /13:00–14:00 \(Europe\/Stockholm\)/);
      const google = new URL((await page.getByRole('link', { name: 'Google Calendar' }).getAttribute('href')) ?? '');
      assert.match(google.searchParams.get('dates') ?? '', /^\d{8}T\d{6}Z\/\d{8}T\d{6}Z$/);
      await assertNoSidewaysScroll(page);
      await assertAccessible(page, 'the manage page after the move');
    });

    const after = (await run.app.client().get(`/api/v1/manage/${token}`)).body;
    assert.equal(after.id, created.body.booking.id, 'the same booking, moved');
    assert.equal(after.startsAtLocal.slice(11, 16), '13:00');
    assert.equal(after.status, 'confirmed');
    assert.equal(after.price.amount, 95000 + 19000, 'priced again at the new time');
    const free = await freeStarts(run.app.client(), service.id, day, olle.id);
    assert.ok(free.includes('09:00'), 'the old time is free again');
    assert.ok(!free.includes('13:00'), 'the new time is taken');
  });

  test('on a phone-sized screen the service page fits, in Swedish too', async (t) => {
    const service = await createService(run.admin, {
      name: 'Terapisamtal',
      where: { mode: 'remote' },
      providerIds: [maja.id, olle.id],
    });
    await withPage(
      run,
      t,
      async (page) => {
        await page.goto(`/services/${service.id}`);
        await page.getByRole('heading', { name: /^Free times on|^No free times/ }).waitFor();
        await assertNoSidewaysScroll(page);
        await page.getByLabel('Language').selectOption('sv');
        await page.getByRole('heading', { name: 'Välj en tid' }).waitFor();
        await page.getByText(`Tiderna visas i tidszonen ${ZONE}.`).waitFor();
        assert.equal(await page.getByLabel('Med').locator('option:checked').innerText(), 'Vem som helst');
        await assertNoSidewaysScroll(page);
        await assertAccessible(page, 'the service page on a phone, in Swedish');
      },
      { viewport: { width: 390, height: 844 }, mobile: true },
    );
  });
});
