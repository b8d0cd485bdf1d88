import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
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

const PASSWORD = 'portal-password-1';

describe('customer portal', { skip: browserSkipReason() }, () => {
  let run: BrowserRun;
  before(async () => {
    run = await startBrowserRun();
  });
  after(() => run?.close());

  async function customer(email: string, name: string) {
    const client = run.app.client();
    const signedUp = await client.signUp(email, name, PASSWORD);
    assert.equal(signedUp.status, 201, JSON.stringify(signedUp.body));
    return client;
  }

  test('on a phone the portal tabs stay on one line and scroll sideways; the page does not', async (t) => {
    const cls = await createClass(run.admin, { title: 'Portal Yoga', hour: 10 });
    const paula = await customer('paula@example.test', 'Paula Portal');
    assert.equal((await paula.post('/api/v1/bookings', { classId: cls.id })).status, 201);
    await withPage(
      run,
      t,
      async (page) => {
        await signIn(page, 'paula@example.test', PASSWORD);
        const pointsAsked = page.waitForResponse((answer) => answer.url().includes('/me/loyalty?limit=1'));
        await page.goto('/account');
        await page.getByRole('heading', { name: 'Overview' }).waitFor();
        await page.getByTestId('overview-next-booking').getByText('Portal Yoga').waitFor();
        await page
          .getByTestId('overview-due')
          .getByText(/1 booking with SEK\s150\.00 to pay/)
          .waitFor();
        const tabs = page.getByTestId('portal-tabs');
        // The tabs are read once the loyalty answer has been drawn.
        await pointsAsked;
        await page.evaluate('new Promise((drawn) => requestAnimationFrame(drawn))');
        const labels = await tabs.getByRole('link').allInnerTexts();
        // No card payments on this server (no Stripe) and no loyalty programme: no tabs for them.
        assert.deepEqual(labels, ['Overview', 'Bookings', 'Invoices', 'Payments', 'Credits', 'Profile']);
        const box = await tabs.boundingBox();
        assert.ok(box && box.height < 60, `the tabs are one line, not ${box?.height}px of rows`);
        assert.ok(
          await tabs.evaluate((nav) => nav.scrollWidth > nav.clientWidth),
          'the tabs that do not fit scroll sideways',
        );
        await assertNoSidewaysScroll(page);
        await assertAccessible(page, 'the overview on a phone');

        await tabs.getByRole('link', { name: 'Profile' }).click();
        await page.getByRole('heading', { name: 'Profile' }).waitFor();
        assert.equal(await tabs.getByRole('link', { name: 'Profile' }).getAttribute('aria-current'), 'page');
        await assertNoSidewaysScroll(page);
        await assertAccessible(page, 'the profile on a phone');
        await tabs.getByRole('link', { name: 'Bookings' }).click();
        await page.getByRole('listitem').filter({ hasText: 'Portal Yoga' }).waitFor();
        await assertNoSidewaysScroll(page);
        await assertAccessible(page, 'my bookings on a phone');
      },
      { viewport: { width: 390, height: 844 }, mobile: true },
    );
  });

  test('a customer edits the profile and mail preferences; deleting asks first, starting on "keep"', async (t) => {
    await customer('rita@example.test', 'Rita Profile');
    await withPage(run, t, async (page) => {
      await signIn(page, 'rita@example.test', PASSWORD);
      await page.goto('/account/profile');
      const details = page.getByTestId('profile-details');
      await details.getByLabel('Name').fill('Rita Berg');
      await details.getByLabel('Phone').fill('+46 70 111 22 33');
      await details.getByLabel('Address').fill('Storgatan 1, Stockholm');
      await details.getByLabel('Reminders before my bookings').uncheck();
      assert.equal(await details.getByLabel('News and offers').isChecked(), false, 'news is off by default');
      await details.getByRole('button', { name: 'Save' }).click();
      await details.getByText('Saved.').waitFor();

      await page.reload();
      await page.getByTestId('profile-details').getByLabel('Name').waitFor();
      const reloaded = page.getByTestId('profile-details');
      assert.equal(await reloaded.getByLabel('Name').inputValue(), 'Rita Berg');
      assert.equal(await reloaded.getByLabel('Phone').inputValue(), '+46 70 111 22 33');
      assert.equal(await reloaded.getByLabel('Reminders before my bookings').isChecked(), false);

      // A wrong phone is refused by the server with its message, and nothing is saved.
      await reloaded.getByLabel('Phone').fill('call me');
      await reloaded.getByRole('button', { name: 'Save' }).click();
      await reloaded.getByRole('alert').waitFor();
      await assertAccessible(page, 'the profile with the server’s refusal');

      await page.getByRole('button', { name: 'Delete my account' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByRole('heading', { name: 'Delete your account?' }).waitFor();
      assert.equal(
        await page.evaluate<string | null>('document.activeElement?.textContent ?? null'),
        'Keep my account',
        'the focus starts on the safe choice',
      );
      await assertAccessible(page, 'the delete account dialog');
      await dialog.getByRole('button', { name: 'Keep my account' }).click();
      assert.equal(await dialog.count(), 0);
      const me = await (await page.request.get('/api/v1/me/profile')).json();
      assert.equal(me.phone, '+46 70 111 22 33');
      assert.equal(me.notifications.reminders, false);
    });
  });
});
