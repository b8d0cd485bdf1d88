import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../src/platform/db.ts';
import { ADMIN } from '../support/app.ts';
import { TestSmtpServer } from '../support/smtp.ts';
import {
  type BrowserRun,
  assertAccessible,
  assertNoSidewaysScroll,
  bookAsGuest,
  browserSkipReason,
  createClass,
  signIn,
  startBrowserRun,
  withPage,
} from './harness.ts';

describe('customer account', { skip: browserSkipReason() }, () => {
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

  test('a customer signs up, books signed in, finds the booking under my bookings and cancels it', async (t) => {
    await createClass(run.admin, { title: 'Account Yoga', hour: 12, price: 16000 });
    await withPage(run, t, async (page) => {
      await page.goto('/');
      await page.getByRole('link', { name: 'Sign in' }).click();
      await page.getByRole('link', { name: 'Create an account' }).click();
      await page.getByLabel('Name').fill('Cleo Customer');
      await page.getByLabel('Email').fill('cleo@example.test');
      await page.getByLabel('Password').fill('short');
      await page.getByRole('button', { name: 'Create account' }).click();
      await page.getByText('Use at least 10 characters.').waitFor();
      await assertAccessible(page, 'the sign-up form with its error');
      await page.getByLabel('Password').fill('cleo-password-1');
      await page.getByRole('button', { name: 'Create account' }).click();
      // Back where the visitor was, now signed in, and told so once.
      await page.getByRole('button', { name: 'Sign out' }).waitFor();
      await page.getByRole('heading', { name: 'Book a class' }).waitFor();
      await page.getByText('Welcome, Cleo Customer! Your account is ready and you are signed in.').waitFor();
      await page.getByRole('link', { name: 'My account' }).click();
      await page.getByTestId('portal-tabs').getByRole('link', { name: 'Bookings' }).click();
      await page.getByText('You have no upcoming bookings.').waitFor();
      await assertAccessible(page, 'my bookings, empty');

      await page.getByRole('link', { name: 'Classes' }).click();
      await page.getByRole('link', { name: /Account Yoga/ }).click();
      await page.getByText('You are booking as Cleo Customer (cleo@example.test).').waitFor();
      assert.equal(await page.getByLabel('Name').count(), 0, 'no guest details when signed in');
      await assertAccessible(page, 'the checkout signed in');
      await page.getByRole('button', { name: 'Confirm booking' }).click();
      await page.getByText("You're booked!").waitFor();

      await page.getByRole('link', { name: 'My account' }).click();
      await page.getByTestId('portal-tabs').getByRole('link', { name: 'Bookings' }).click();
      const booking = page.getByRole('listitem').filter({ hasText: 'Account Yoga' });
      assert.match(await booking.innerText(), /12:00–12:45[\s\S]*SEK\s160\.00 · Pay at the venue[\s\S]*Confirmed/);
      await booking.getByRole('button', { name: 'Cancel booking' }).click();
      await page.getByRole('dialog').waitFor();
      await assertAccessible(page, 'my bookings with the cancel dialog');
      await page.getByRole('dialog').getByRole('button', { name: 'Yes, cancel it' }).click();
      await page.getByText('Your booking for Account Yoga is cancelled.').waitFor();
      await page.getByRole('link', { name: 'Past' }).click();
      await page.getByText('No past bookings yet.').waitFor();

      await page.getByRole('button', { name: 'Sign out' }).click();
      await page.getByRole('link', { name: 'Sign in' }).waitFor();
      await page.goto('/account');
      await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    });
  });

  test('a guest asks from the booking link for a mailed data link, and erases their details there: asked once, the booking cancelled, the name gone', async (t) => {
    const cls = await createClass(run.admin, { title: 'Erase Me Flow', hour: 9 });
    const booked = await bookAsGuest(run, cls.id, 'Greta Guest');
    await withPage(run, t, async (page) => {
      await page.goto(`/manage/${booked.manageToken}`);
      await page.getByRole('heading', { name: 'Your details' }).waitFor();
      assert.equal(await page.getByRole('button', { name: 'Erase my details' }).count(), 0, 'not by the manage link');
      await page.getByRole('button', { name: 'Email me the link' }).click();
      await page.getByText('We have sent the link to greta-guest@example.test.').waitFor();
    });
    await run.app.runJobs();
    const mail = smtp.to('greta-guest@example.test').find((m) => m.text.includes('/your-data?token='));
    assert.ok(mail, 'the data link is mailed to the guest');
    const link = new URL(/(http\S+\/your-data\?token=[\w-]+)/.exec(mail.text)?.[1] ?? '');
    await withPage(run, t, async (page) => {
      await page.goto(`${link.pathname}${link.search}`);
      await page.getByRole('heading', { name: 'Your details', level: 1 }).waitFor();
      await page.getByRole('button', { name: 'Erase my details' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByText('This cannot be undone.', { exact: false }).waitFor();
      await assertAccessible(page, 'the erase dialog');
      await dialog.getByRole('button', { name: 'Keep them' }).click();
      assert.equal((await run.admin.get(`/api/v1/bookings/${booked.booking.id}`)).body.status, 'confirmed');

      await page.getByRole('button', { name: 'Erase my details' }).click();
      await dialog.getByRole('button', { name: 'Erase my details' }).click();
      await page.getByText('Your details are erased. Upcoming bookings are cancelled.').waitFor();
      await page.goto(`/manage/${booked.manageToken}`);
      await page.getByText('This booking is cancelled.').waitFor();
      assert.equal(await page.getByRole('heading', { name: 'Your details' }).count(), 0);
    });
    const after = await run.admin.get(`/api/v1/bookings/${booked.booking.id}`);
    assert.equal(after.body.status, 'cancelled');
    assert.equal(after.body.customer.name, 'Anonymised');
  });

  test('on a phone, every link of the header is on the screen, Sign out too, for the busiest (staff) menu', async (t) => {
    await withPage(
      run,
      t,
      async (page) => {
        await signIn(page, ADMIN.email, ADMIN.password);
        await page.goto('/');
        const nav = page.getByRole('navigation', { name: 'Main' });
        for (const item of [
          nav.getByRole('link', { name: 'Dashboard' }),
          nav.getByRole('link', { name: 'My account' }),
          nav.getByRole('button', { name: 'Sign out' }),
        ]) {
          const box = await item.boundingBox();
          assert.ok(
            box && box.x >= 0 && box.x + box.width <= 390,
            `${await item.innerText()} at ${JSON.stringify(box)}`,
          );
        }
        await assertNoSidewaysScroll(page);
        await nav.getByRole('button', { name: 'Sign out' }).click();
        await nav.getByRole('link', { name: 'Sign in' }).waitFor();
      },
      { viewport: { width: 390, height: 844 }, mobile: true },
    );
  });

  test('a new account adds the bookings made before it, as a guest, through the mailed link', async (t) => {
    const cls = await createClass(run.admin, { title: 'Before Account Barre', hour: 11 });
    await bookAsGuest(run, cls.id, 'Hedda Early');
    const hedda = run.app.client();
    assert.equal((await hedda.signUp('hedda-early@example.test', 'Hedda Early', 'hedda-password-1')).status, 201);
    await withPage(run, t, async (page) => {
      await signIn(page, 'hedda-early@example.test', 'hedda-password-1');
      await page.goto('/account/bookings');
      await page.getByText('You have no upcoming bookings.').waitFor();
      await page.getByRole('button', { name: 'Mail me the link' }).click();
      await page.getByText('a link to add them is on its way', { exact: false }).waitFor();
      const [job] = await queryRows<{ link: string }>(
        run.app.database.db,
        sql`SELECT payload->>'link' AS link FROM jobs WHERE kind = 'mail.guest_bookings_link' ORDER BY id DESC LIMIT 1`,
      );
      assert.ok(job?.link);
      await page.goto(job.link.slice(job.link.indexOf('/account/')));
      await page.getByRole('heading', { name: 'Add your earlier bookings' }).waitFor();
      await assertAccessible(page, 'the page of the link that adds earlier bookings');
      await page.getByRole('button', { name: 'Add them to my account' }).click();
      await page.getByText('One booking is now in your account.').waitFor();
      await page.getByRole('main').getByRole('link', { name: 'My bookings' }).click();
      await page.getByRole('heading', { name: 'Before Account Barre' }).waitFor();
    });
  });

  test('a wrong password, a forgotten one and a stale reset link get plain answers', async (t) => {
    await withPage(run, t, async (page) => {
      await page.goto('/sign-in');
      await page.getByLabel('Email').fill('nobody@example.test');
      await page.getByLabel('Password').fill('not-the-password');
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.getByText('The email or password is wrong.').waitFor();
      await assertAccessible(page, 'the sign-in form refused');

      await page.getByRole('link', { name: 'Forgot your password?' }).click();
      await page.getByLabel('Email').fill('nobody@example.test');
      await page.getByRole('button', { name: 'Send link' }).click();
      await page.getByText('If there is an account for nobody@example.test, a link is on its way.').waitFor();
      await assertAccessible(page, 'the forgotten password sent');

      await page.goto(`/reset-password?token=${'x'.repeat(40)}`);
      await page.getByLabel('New password', { exact: true }).fill('new-password-1');
      await page.getByLabel('New password again').fill('new-password-2');
      await page.getByRole('button', { name: 'Save password' }).click();
      await page.getByText('The two passwords are not the same.').waitFor();
      await assertAccessible(page, 'the reset form with its error');
      await page.getByLabel('New password again').fill('new-password-1');
      await page.getByRole('button', { name: 'Save password' }).click();
      await page.getByText('This password reset link is invalid or has expired. Ask for a new one.').waitFor();
    });
  });
});
