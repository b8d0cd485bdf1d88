import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { ADMIN, classInput, guest } from '../support/app.ts';
import {
  type BrowserRun,
  assertAccessible,
  browserSkipReason,
  createClass,
  signIn,
  startBrowserRun,
  withPage,
} from './harness.ts';

describe('admin dashboard', { skip: browserSkipReason() }, () => {
  let run: BrowserRun;
  before(async () => {
    run = await startBrowserRun();
  });
  after(() => run?.close());

  test('an admin creates a class, which then shows on the booking page', async (t) => {
    const day = new Date(Date.now() + 2 * 24 * 3600_000).toLocaleDateString('sv-SE', { timeZone: 'Europe/Stockholm' });
    await withPage(run, t, async (page) => {
      await signIn(page, ADMIN.email, ADMIN.password);
      await page.getByRole('link', { name: 'New class' }).click();
      await page.getByLabel('Title').fill('Sunset Yoga');
      await page.getByLabel('Instructor').fill('Sara Nilsson');
      await page.getByLabel('Date').fill(day);
      await page.getByLabel('Starts').fill('18:30');
      await page.getByLabel('Ends').fill('19:30');
      await page.getByLabel('Spots', { exact: true }).fill('8');
      // No price typed: not published as free by accident.
      await page.getByRole('button', { name: 'Publish class' }).click();
      await page.getByText('Enter the price, or 0 for a free class.').waitFor();
      await page.getByLabel('Price per spot (SEK)').fill('120,50');
      await assertAccessible(page, 'the new class form filled in');
      await page.getByRole('button', { name: 'Publish class' }).click();

      await page.getByRole('heading', { name: 'Sunset Yoga' }).waitFor();
      const facts = await page.locator('.facts').innerText();
      assert.match(facts, /18:30–19:30/);
      assert.match(facts, /0 of 8/);
      assert.match(facts, /SEK\s120\.50/);
      await assertAccessible(page, 'a class in the dashboard');

      await page.getByRole('link', { name: 'Classes' }).first().click();
      assert.match(
        await page.getByRole('link', { name: /Sunset Yoga/ }).innerText(),
        /18:30–19:30[\s\S]*SEK\s120\.50[\s\S]*8 spots left/,
      );
    });
  });

  test('an admin sees who booked, is not offered to delete a booked class, and cancels it', async (t) => {
    const booked = await createClass(run.admin, { title: 'Busy Pilates' });
    assert.equal(
      (await run.app.client().post('/api/v1/bookings', { classId: booked.id, guest: guest('busy') })).status,
      201,
    );
    const empty = await createClass(run.admin, { title: 'Empty Pilates', hour: 8 });
    await withPage(run, t, async (page) => {
      await signIn(page, ADMIN.email, ADMIN.password);
      await page.getByRole('link', { name: 'Busy Pilates', exact: true }).click();
      const row = page.getByRole('row').filter({ hasText: 'Guest busy' });
      assert.match(await row.innerText(), /guestbusy@example\.test[\s\S]*Confirmed[\s\S]*Pay at the venue/);

      // A booked class is kept for its customers' history: it is cancelled, never offered for deletion.
      assert.equal(await page.getByRole('button', { name: 'Delete: Busy Pilates' }).count(), 0);
      const dialog = page.getByRole('dialog');
      await page.getByRole('button', { name: 'Cancel class: Busy Pilates' }).click();
      await dialog.getByLabel('Message to the people booked').fill('The teacher is ill');
      await assertAccessible(page, 'the cancel class dialog');
      await dialog.getByRole('button', { name: 'Cancel class' }).click();
      await page.getByText('The class is cancelled, and so is its 1 booking.').waitFor();
      await row.getByText('by staff').waitFor();
      assert.match(await row.innerText(), /Cancelled/);

      await page.getByRole('link', { name: 'All classes' }).click();
      await page.getByRole('button', { name: 'Delete: Empty Pilates' }).click();
      await dialog.waitFor();
      await assertAccessible(page, 'the classes list with the delete dialog');
      await dialog.getByRole('button', { name: 'Delete class' }).click();
      await page.getByText('Empty Pilates is deleted.').waitFor();
      await page.getByRole('link', { name: 'Empty Pilates', exact: true }).waitFor({ state: 'detached' });
    });
    assert.equal((await run.admin.get(`/api/v1/classes/${empty.id}`)).status, 404);
  });

  test('the admin changes the settings and finds the change in the audit log', async (t) => {
    await withPage(run, t, async (page) => {
      await signIn(page, ADMIN.email, ADMIN.password);
      await page.getByRole('link', { name: 'Settings' }).click();
      await page.getByLabel('Business name').fill('Studio Norr');
      await page.getByLabel('Cancellation deadline').fill('12');
      await page.getByRole('button', { name: 'Save settings' }).click();
      await page.getByText('Settings saved.').waitFor();
      await assertAccessible(page, 'the settings saved');
      await page.getByRole('link', { name: 'Studio Norr' }).waitFor();

      await page.getByRole('link', { name: 'Audit log' }).click();
      await page.getByLabel('Type').selectOption('organisation');
      await page.getByRole('button', { name: 'Show' }).click();
      await page.getByRole('cell', { name: 'organisation.updated' }).first().waitFor();
      const entry = page.getByRole('row').filter({ hasText: 'organisation.updated' }).first();
      const admin = (await run.admin.get('/api/v1/me')).body;
      assert.match(
        await entry.innerText(),
        new RegExp(`${admin.name}[\\s\\S]*Organisation`),
        'who by name, what by kind',
      );
      // The settings before and after are longer than their box: each scrolls, and a keyboard reaches it.
      await page.getByRole('row').filter({ hasText: 'organisation.updated' }).first().locator('summary').click();
      await page.getByRole('region', { name: 'After: organisation.updated' }).first().waitFor();
      await assertAccessible(page, 'the audit log filtered, with an entry’s changes open');
    });
    const { body } = await run.app.client().get('/api/v1/organisation');
    assert.equal(body.name, 'Studio Norr');
    assert.equal(body.cancellationDeadlineHours, 12);
  });

  test('staff see the dashboard without the admin tools', async (t) => {
    const staff = run.app.client();
    const signedUp = await staff.signUp('stina@example.test', 'Stina Staff', 'staff-password-1');
    assert.equal((await run.admin.patch(`/api/v1/users/${signedUp.body.user.id}`, { role: 'staff' })).status, 200);
    const cls = await createClass(run.admin, { title: 'Staff View Class', hour: 10 });
    assert.equal(
      (await run.app.client().post('/api/v1/bookings', { classId: cls.id, guest: guest('seen-by-staff') })).status,
      201,
    );
    // Stina also gives massages: her own schedule is one click from every page.
    const provider = await run.admin.post('/api/v1/providers', { name: 'Stina Staff', userId: signedUp.body.user.id });
    assert.equal(provider.status, 201, JSON.stringify(provider.body));
    await withPage(run, t, async (page) => {
      await signIn(page, 'stina@example.test', 'staff-password-1');
      await page.getByText('As staff you work with the bookings here').waitFor();
      await page.getByRole('link', { name: 'Open my schedule' }).click();
      await page.getByRole('heading', { name: /Stina Staff/, level: 1 }).waitFor();
      assert.match(page.url(), new RegExp(`/admin/providers/${provider.body.id}/schedule`));
      await page.goto('/admin');
      await page.getByRole('link', { name: 'Staff View Class', exact: true }).waitFor();
      assert.equal(await page.getByRole('link', { name: 'New class' }).count(), 0);
      assert.equal(await page.getByRole('button', { name: /^Delete/ }).count(), 0);
      assert.equal(await page.getByRole('link', { name: 'Audit log' }).count(), 0);
      await assertAccessible(page, 'the dashboard for staff');
      await page.getByRole('link', { name: 'Customers' }).click();
      await page.getByRole('cell', { name: 'Guest seen-by-staff', exact: true }).waitFor();
      await page.goto('/admin/settings');
      await page.getByText('You do not have access to this page.').waitFor();
      await assertAccessible(page, 'a page staff may not open');
      await page.getByRole('link', { name: '← Back to the dashboard' }).click();
      await page.getByRole('link', { name: 'Staff View Class', exact: true }).waitFor();
    });
  });

  test('a payment method ticked but not offered says why at its box, until what it needs is filled in', async (t) => {
    await withPage(run, t, async (page) => {
      await signIn(page, ADMIN.email, ADMIN.password);
      await page.goto('/admin/settings');
      const methods = page.getByRole('group', { name: 'Ways to pay' });
      await methods.getByText('Card — not offered: card payments (Stripe) are not set up on this server').waitFor();
      await methods.getByText('Swish — not offered until the Swish number is filled in below').waitFor();
      assert.equal(await methods.getByText(/Pay at the venue —/).count(), 0, 'nothing missing for the venue');
      await assertAccessible(page, 'payment methods that are not offered');
      await page.getByLabel('Swish number', { exact: true }).fill('123 456 78 90');
      await methods.getByText(/^Swish$/).waitFor();
      assert.equal(await methods.getByText(/Swish —/).count(), 0);
      await methods.getByLabel('Bank transfer').check();
      await methods.getByText('Bank transfer — not offered until the bank account is filled in below').waitFor();
    });
  });

  // Last in the file: it adds a class on another clock, which the tests above do not expect.
  test('the class list names the clock its times are on: once for one zone, on each row for several', async (t) => {
    await createClass(run.admin, { title: 'Clock Pilates' });
    await withPage(run, t, async (page) => {
      await signIn(page, ADMIN.email, ADMIN.password);
      await page.getByText('Times are in the Europe/Stockholm time zone.').waitFor();
      const row = page.getByRole('row').filter({ hasText: 'Clock Pilates' });
      assert.doesNotMatch(await row.innerText(), /Europe\/Stockholm/, 'one zone is named once, above the list');

      const place = await run.admin.post('/api/v1/locations', { name: 'Brooklyn loft', timeZone: 'America/New_York' });
      assert.equal(place.status, 201, JSON.stringify(place.body));
      const far = await run.admin.post(
        '/api/v1/classes',
        classInput({ title: 'Brooklyn Barre', locationId: place.body.id }),
      );
      assert.equal(far.status, 201, JSON.stringify(far.body));
      await page.reload();
      const farRow = page.getByRole('row').filter({ hasText: 'Brooklyn Barre' });
      assert.match(await farRow.innerText(), /\(America\/New_York\)/, 'the far class names its zone');
      assert.match(await row.innerText(), /\(Europe\/Stockholm\)/, 'and so does the home class');
      assert.equal(await page.getByText('Times are in the Europe/Stockholm time zone.').count(), 0);
      await assertAccessible(page, 'the class list across two zones');
    });
  });
});
