// The business's contact email and phone: set on the Settings page, and offered as mailto: and tel:
// links where a customer is told to contact the business (the confirmation, a booking too late to
// cancel online). Without them the pages name the business only.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { ADMIN, classInput } from '../support/app.ts';
import {
  type BrowserRun,
  assertAccessible,
  bookAsGuest,
  browserSkipReason,
  createClass,
  signIn,
  startBrowserRun,
  withPage,
} from './harness.ts';

describe('the business contact details on the pages', { skip: browserSkipReason() }, () => {
  let run: BrowserRun;
  before(async () => {
    run = await startBrowserRun();
  });
  after(async () => {
    await run?.close();
  });

  /** A guest's booking of a class starting in three hours: too late to cancel online (24 hours). */
  async function lateBooking(name: string): Promise<string> {
    const start = new Date(run.app.clock.now().getTime() + 3 * 3600_000);
    start.setUTCMinutes(0, 0, 0);
    const cls = await run.admin.post(
      '/api/v1/classes',
      classInput({ startsAt: start.toISOString(), endsAt: new Date(start.getTime() + 3600_000).toISOString() }),
    );
    assert.equal(cls.status, 201, JSON.stringify(cls.body));
    return (await bookAsGuest(run, cls.body.id, name)).manageToken;
  }

  test('without contact details, a late booking says "Contact {org}" with no links', async (t) => {
    const token = await lateBooking('No Links');
    await withPage(run, t, async (page) => {
      await page.goto(`/manage/${token}`);
      await page.getByText("It's too late to cancel online").waitFor();
      assert.equal(await page.locator('a[href^="mailto:"], a[href^="tel:"]').count(), 0);
    });
  });

  test('an admin sets them in Settings; the confirmation and a late booking link to them', async (t) => {
    await withPage(run, t, async (page) => {
      await signIn(page, ADMIN.email, ADMIN.password);
      await page.goto('/admin/settings');
      await page.getByLabel('Contact phone').fill('call me');
      await page.getByRole('button', { name: 'Save settings' }).click();
      await page.getByText('digits, spaces, brackets and dashes').waitFor();
      await page.getByLabel('Contact email').fill('desk@studio.test');
      await page.getByLabel('Contact phone').fill('08-123 45 67');
      await page.getByRole('button', { name: 'Save settings' }).click();
      await page.getByText('Settings saved.').waitFor();
    });
    const org = (await run.app.client().get('/api/v1/organisation')).body;
    assert.equal(org.contactEmail, 'desk@studio.test');
    assert.equal(org.contactPhone, '08-123 45 67');

    const cls = await createClass(run.admin, { title: 'Contact Pilates' });
    await withPage(run, t, async (page) => {
      await page.goto(`/classes/${cls.id}`);
      await page.getByLabel('Name').fill('Ada Contact');
      await page.getByLabel('Email').fill('ada-contact@example.test');
      await page.getByRole('button', { name: 'Confirm booking' }).click();
      await page.getByText("You're booked!").waitFor();
      const booked = page.locator('.notice-success');
      await booked.getByText('Questions? Contact').waitFor();
      assert.equal(
        await booked.getByRole('link', { name: 'desk@studio.test' }).getAttribute('href'),
        'mailto:desk@studio.test',
      );
      assert.equal(await booked.getByRole('link', { name: '08-123 45 67' }).getAttribute('href'), 'tel:081234567');
      await assertAccessible(page, 'the confirmation with contact links');
    });

    const token = await lateBooking('Late Links');
    await withPage(run, t, async (page) => {
      await page.goto(`/manage/${token}`);
      const late = page.locator('.notice-info', { hasText: "It's too late to cancel online" });
      await late.waitFor();
      assert.equal(
        await late.getByRole('link', { name: 'desk@studio.test' }).getAttribute('href'),
        'mailto:desk@studio.test',
      );
      assert.equal(await late.getByRole('link', { name: '08-123 45 67' }).getAttribute('href'), 'tel:081234567');
    });
  });
});
