// Issue 12, what a first-time user stumbled on: add to calendar, the calendar feed, "Email me my
// bookings", a malformed manage link, confirm dialogs that focus the safe choice, the dashboard on a phone.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { ADMIN, guest } from '../support/app.ts';
import { TestSmtpServer } from '../support/smtp.ts';
import {
  type BrowserRun,
  assertAccessible,
  assertNoSidewaysScroll,
  browserSkipReason,
  createClass,
  signIn,
  startBrowserRun,
  withPage,
} from './harness.ts';

const PHONE = { viewport: { width: 390, height: 844 }, mobile: true };

/** 2026-03-29T07:00:00.000Z → 20260329T070000Z, as Google Calendar's `dates` wants it. */
const basicUtc = (iso: string) => iso.replace(/[-:]/g, '').replace(/\.\d{3}/, '');

/** The text of the focused element, and whether focus is inside the open dialog. */
const focused = (page: Page) =>
  page.evaluate<[string, boolean]>(
    "[document.activeElement?.textContent ?? '', !!document.activeElement?.closest('dialog[open]')]",
  );

describe('found by a first-time user', { skip: browserSkipReason() }, () => {
  let run: BrowserRun;
  const smtp = new TestSmtpServer();
  before(async () => {
    await smtp.start();
    run = await startBrowserRun({ smtpUrl: smtp.url });
  });
  after(async () => {
    await run?.close();
    await smtp.stop();
  });

  test('the confirmation offers the .ics, Google and Outlook, in UTC, with the manage link and nothing personal', async (t) => {
    const cls = await createClass(run.admin, { title: 'Calendar Pilates', hour: 18 });
    const detail = (await run.app.client().get(`/api/v1/classes/${cls.id}`)).body;
    await withPage(run, t, async (page) => {
      await page.goto(`/classes/${cls.id}`);
      await page.getByLabel('Name').fill('Cal Endar');
      await page.getByLabel('Email').fill('cal@example.test');
      await page.getByRole('button', { name: 'Confirm booking' }).click();
      await page.getByText("You're booked!").waitFor();
      const manageUrl = new URL(page.url());
      manageUrl.search = '';
      await assertAccessible(page, 'the confirmation with add-to-calendar');

      const section = page.getByRole('region', { name: 'Add to your calendar' });
      const google = new URL((await section.getByRole('link', { name: 'Google Calendar' }).getAttribute('href')) ?? '');
      assert.equal(google.host, 'calendar.google.com');
      assert.equal(google.searchParams.get('dates'), `${basicUtc(detail.startsAt)}/${basicUtc(detail.endsAt)}`);
      assert.match(google.searchParams.get('text') ?? '', /^Calendar Pilates \(/);
      assert.equal(google.searchParams.get('location'), 'Studio A');
      assert.ok(google.searchParams.get('details')?.includes(manageUrl.href), 'links back to the booking');

      const outlook = new URL((await section.getByRole('link', { name: 'Outlook' }).getAttribute('href')) ?? '');
      assert.equal(outlook.searchParams.get('startdt'), detail.startsAt.replace(/\.\d{3}/, ''));
      assert.equal(outlook.searchParams.get('enddt'), detail.endsAt.replace(/\.\d{3}/, ''));
      for (const link of [google, outlook]) {
        assert.ok(!link.href.includes('cal%40example') && !link.href.includes('Endar'), 'no name or email in the link');
      }

      const icsHref = (await section.getByRole('link', { name: 'Download .ics' }).getAttribute('href')) ?? '';
      const ics = await page.request.get(icsHref);
      assert.equal(ics.status(), 200);
      assert.match(ics.headers()['content-type'] ?? '', /^text\/calendar/);
      const body = await ics.text();
      assert.match(body, new RegExp(`DTSTART:${basicUtc(detail.startsAt)}`));
      assert.match(body, /SUMMARY:Calendar Pilates/);
    });
  });

  test('a signed-in customer finds and copies the address of their calendar feed on My bookings', async (t) => {
    const customer = run.app.client();
    assert.equal((await customer.signUp('feed@example.test', 'Fay Feed', 'feed-password-1')).status, 201);
    const cls = await createClass(run.admin, { title: 'Feed Yoga', hour: 10 });
    assert.equal((await customer.post('/api/v1/bookings', { classId: cls.id })).status, 201);
    const expected = (await customer.get('/api/v1/me/calendar')).body.url as string;
    await withPage(run, t, async (page) => {
      await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
      await signIn(page, 'feed@example.test', 'feed-password-1');
      // Signing in lands on the portal's overview; the feed is on its Bookings tab.
      await page.getByTestId('portal-tabs').getByRole('link', { name: 'Bookings' }).click();
      const feed = page.getByRole('region', { name: 'Your calendar feed' });
      assert.equal(await feed.getByLabel('Feed address').inputValue(), expected);
      assert.equal(
        await feed.getByRole('link', { name: 'Subscribe in your calendar app' }).getAttribute('href'),
        expected.replace(/^http:/, 'webcal:'),
      );
      await feed.getByRole('button', { name: 'Copy address' }).click();
      await feed.getByRole('button', { name: 'Copied' }).waitFor();
      await assertAccessible(page, 'my bookings with the calendar feed');
      assert.equal(await page.evaluate('navigator.clipboard.readText()'), expected);
      // The address is built from PUBLIC_URL; this server answers on a port of its own.
      const calendar = await page.request.get(new URL(expected).pathname);
      assert.equal(calendar.status(), 200);
      assert.match(await calendar.text(), /SUMMARY:Feed Yoga/);

      // Shared by mistake: a new address, after a question whose safe answer keeps the old one.
      await feed.getByRole('button', { name: 'Get a new address' }).click();
      const dialog = page.getByRole('dialog', { name: 'Replace the feed address?' });
      await dialog.waitFor();
      await assertAccessible(page, 'the question before replacing the feed address');
      await dialog.getByRole('button', { name: 'Keep this one' }).click();
      assert.equal(await feed.getByLabel('Feed address').inputValue(), expected);
      await feed.getByRole('button', { name: 'Get a new address' }).click();
      await dialog.getByRole('button', { name: 'Replace the address' }).click();
      await feed.getByText('This is your new feed address. The old one no longer works.').waitFor();
      const renewed = await feed.getByLabel('Feed address').inputValue();
      assert.notEqual(renewed, expected);
      assert.equal((await page.request.get(new URL(expected).pathname)).status(), 404);
      assert.equal((await page.request.get(new URL(renewed).pathname)).status(), 200);
    });
  });

  test('a guest who lost the link asks from the sign-in page and gets it by mail', async (t) => {
    const cls = await createClass(run.admin, { title: 'Lost Link Barre', hour: 12 });
    const booked = await run.app.client().post('/api/v1/bookings', { classId: cls.id, guest: guest('lostlink') });
    assert.equal(booked.status, 201);
    await run.app.runJobs();
    const before = smtp.to('guestlostlink@example.test').length;
    await withPage(run, t, async (page) => {
      await page.goto('/sign-in');
      await page.getByRole('link', { name: 'Email me my bookings' }).click();
      await page.getByRole('heading', { name: 'Email me my bookings' }).waitFor();
      await page.getByRole('button', { name: 'Send me the links' }).click();
      await page.getByText('Please fill this in.').waitFor();
      await assertAccessible(page, 'the resend form with its error');
      await page.getByLabel('Email').fill('guestlostlink@example.test');
      await page.getByRole('button', { name: 'Send me the links' }).click();
      await page.getByText(/If guestlostlink@example\.test has upcoming bookings with us/).waitFor();
      await assertAccessible(page, 'the resend form sent');
      await run.app.runJobs();
      const mail = smtp.to('guestlostlink@example.test').at(before);
      assert.ok(mail, 'the mail went out');
      const link = /href="([^"]+\/manage\/[^"]+)"/.exec(mail.html)?.[1];
      assert.ok(link);
      assert.equal(link, booked.body.manageUrl);
      await page.goto(new URL(link).pathname);
      await page.getByRole('heading', { name: 'Lost Link Barre' }).waitFor();
    });
  });

  test('a malformed manage link shows a friendly page that leads to "Email me my bookings"', async (t) => {
    await withPage(run, t, async (page) => {
      for (const token of ['abc', 'x'.repeat(65)]) {
        await page.goto(`/manage/${token}`);
        await page.getByRole('heading', { name: 'This link does not work' }).waitFor();
        assert.match(await page.title(), /^This link does not work · /);
        const text = await page.locator('main').innerText();
        assert.ok(!/characters|token|Too small|invalid/i.test(text), `no validator text: ${text}`);
        assert.equal(await page.getByRole('alert').count(), 0, 'no error box');
        await assertAccessible(page, `a malformed manage link (${token.length} characters)`);
      }
      await page.getByRole('link', { name: 'Email me my bookings' }).click();
      await page.getByRole('heading', { name: 'Email me my bookings' }).waitFor();
    });
  });

  test('confirm dialogs start on the safe choice: Enter keeps, Escape closes, only the button destroys', async (t) => {
    const cls = await createClass(run.admin, { title: 'Careful Pilates', hour: 16 });
    const spare = await createClass(run.admin, { title: 'Spare Pilates', hour: 17 });
    const booked = await run.app.client().post('/api/v1/bookings', { classId: cls.id, guest: guest('careful') });
    const status = async () => (await run.app.client().get(`/api/v1/manage/${booked.body.manageToken}`)).body.status;
    await withPage(run, t, async (page) => {
      await page.goto(`/manage/${booked.body.manageToken}`);
      await page.getByRole('button', { name: 'Cancel booking' }).click();
      const dialog = page.getByRole('dialog', { name: 'Cancel this booking?' });
      await dialog.waitFor();
      assert.deepEqual(await focused(page), ['Keep my booking', true]);
      await assertAccessible(page, 'the cancel booking dialog');
      await page.keyboard.press('Enter');
      await dialog.waitFor({ state: 'detached' });
      assert.equal(await status(), 'confirmed', 'Enter kept the booking');

      await page.getByRole('button', { name: 'Cancel booking' }).click();
      await dialog.waitFor();
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'detached' });
      assert.equal(await status(), 'confirmed', 'Escape kept the booking');
    });

    await withPage(run, t, async (page) => {
      await signIn(page, ADMIN.email, ADMIN.password);
      await page.goto('/admin');
      await page.getByRole('button', { name: 'Cancel class: Careful Pilates' }).click();
      const dialog = page.getByRole('dialog', { name: 'Cancel Careful Pilates?' });
      await dialog.waitFor();
      assert.deepEqual(await focused(page), ['Keep the class', true]);
      await assertAccessible(page, 'the cancel class dialog');
      await dialog.getByLabel(/Message to the people booked/).fill('Teacher ill');
      await page.keyboard.press('Enter');
      assert.equal(await dialog.isVisible(), true, 'Enter in the reason field does not cancel the class');
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'detached' });
      assert.equal((await run.app.client().get(`/api/v1/classes/${cls.id}`)).body.status, 'scheduled');

      assert.equal(await page.getByRole('button', { name: 'Delete: Careful Pilates' }).count(), 0, 'a booked class');
      await page.getByRole('button', { name: 'Delete: Spare Pilates' }).click();
      await page.getByRole('dialog', { name: 'Delete Spare Pilates?' }).waitFor();
      assert.deepEqual((await focused(page))[1], true);
      await assertAccessible(page, 'the delete class dialog');
      assert.notEqual((await focused(page))[0], 'Delete class', 'the focus is not on the destructive button');
      await page.keyboard.press('Enter');
      await page.getByRole('dialog').waitFor({ state: 'detached' });
      assert.equal((await run.app.client().get(`/api/v1/classes/${spare.id}`)).status, 200, 'Enter deleted nothing');
    });
  });
});

describe('the dashboard on a phone (390 × 844)', { skip: browserSkipReason() }, () => {
  let run: BrowserRun;
  before(async () => {
    run = await startBrowserRun();
    // Long names and addresses, and an ordinary one, in tables that were wider than the screen.
    const people = [
      {
        name: 'Maximiliana Konstantinopoulou-Lindqvist',
        email: 'maximiliana.konstantinopoulou@a-very-long-domain-name.example.test',
      },
      { name: 'Ann Short', email: 'ann.short@example.test' },
    ];
    for (const [n, who] of people.entries()) {
      const cls = await createClass(run.admin, { title: `Phone Admin Reformer Intermediate ${n}`, hour: 8 + n });
      assert.equal((await run.app.client().post('/api/v1/bookings', { classId: cls.id, guest: who })).status, 201);
    }
  });
  after(() => run?.close());

  test('classes, customers, invoices and pricing fit the screen; the menu leads to another section', async (t) => {
    await withPage(
      run,
      t,
      async (page) => {
        await signIn(page, ADMIN.email, ADMIN.password);
        for (const [path, heading] of [
          ['/admin', 'Classes'],
          ['/admin/customers', 'Customers'],
          ['/admin/invoices', 'Invoices'],
          ['/admin/pricing', 'Pricing'],
        ] as const) {
          await page.goto(path);
          await page.getByRole('heading', { name: heading, level: 1 }).waitFor();
          await assertNoSidewaysScroll(page);
          // One menu button where the tabs wrapped to five rows.
          assert.equal(await page.locator('.admin-tabs').isVisible(), false);
          const menu = await page.locator('.admin-menu summary').boundingBox();
          assert.ok(menu && menu.height < 60, `the menu is one row: ${JSON.stringify(menu)}`);
          await page.waitForLoadState('networkidle');
          await assertAccessible(page, `${path} on a phone`);
        }

        // A class's actions are on the screen, not cut off at the right of a table.
        await page.goto('/admin');
        const cancel = page.getByRole('button', { name: 'Cancel class: Phone Admin Reformer Intermediate 0' });
        await cancel.waitFor();
        const box = await cancel.boundingBox();
        assert.ok(box && box.x >= 0 && box.x + box.width <= 390, `the button is on the screen: ${JSON.stringify(box)}`);

        // An ordinary email stays on one line; only one longer than the card breaks.
        await page.goto('/admin/customers');
        await page.getByText('ann.short@example.test', { exact: true }).waitFor();
        // How many lines the text `email` takes on the screen.
        const lines = (email: string) =>
          page.evaluate<number>(`(() => {
            // The innermost element that shows the address (it may be in parts), its lines of text.
            const shows = (el) => el.textContent === ${JSON.stringify(email)};
            const holder = [...document.querySelectorAll('main *')].find(
              (el) => shows(el) && ![...el.children].some(shows),
            );
            if (!holder) return 0;
            const walker = document.createTreeWalker(holder, NodeFilter.SHOW_TEXT);
            const tops = new Set();
            while (walker.nextNode()) {
              const range = document.createRange();
              range.selectNodeContents(walker.currentNode);
              for (const rect of range.getClientRects()) tops.add(Math.round(rect.top));
            }
            return tops.size;
          })()`);
        assert.equal(await lines('ann.short@example.test'), 1, 'an ordinary email on one line');
        const long = await lines('maximiliana.konstantinopoulou@a-very-long-domain-name.example.test');
        assert.ok(long >= 1 && long <= 3, `a long email takes ${long} lines`);

        // The sections are one menu: open it, go to another section.
        await page.locator('.admin-menu summary').click();
        await page.getByRole('navigation', { name: 'Dashboard sections' }).waitFor();
        await assertAccessible(page, 'the dashboard menu open on a phone');
        await page
          .getByRole('navigation', { name: 'Dashboard sections' })
          .getByRole('link', { name: 'Invoices' })
          .click();
        await page.waitForURL(/\/admin\/invoices$/);
        await page.getByRole('heading', { name: 'Invoices', level: 1 }).waitFor();
        assert.equal(
          await page.getByRole('navigation', { name: 'Dashboard sections' }).isVisible(),
          false,
          'the menu is closed on the new page',
        );
      },
      PHONE,
    );
  });
});
