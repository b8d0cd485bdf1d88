/**
 * axe (WCAG 2.1 A and AA) on the main pages, at desktop width and on a 390 px phone: the week, a class
 * with its checkout form, a guest's manage page, a customer's account overview, every dashboard page
 * with rows in its tables, and the pages in an organisation's own accent colour. Any violation fails,
 * with the rule and the elements it found. The other browser tests check the states they reach.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { ADMIN, guest } from '../support/app.ts';
import {
  type BrowserRun,
  assertAccessible,
  browserSkipReason,
  createClass,
  signIn,
  startBrowserRun,
  withPage,
} from './harness.ts';

const viewports = [
  { name: 'desktop', viewport: { width: 1200, height: 900 }, mobile: false },
  { name: 'phone', viewport: { width: 390, height: 844 }, mobile: true },
];

describe('accessibility (axe, WCAG 2.1 AA)', { skip: browserSkipReason() }, () => {
  let run: BrowserRun;
  let classId: string;
  let manageToken: string;
  let providerId: string;
  before(async () => {
    run = await startBrowserRun();
    const cls = await createClass(run.admin, { title: 'Accessible Yoga' });
    classId = cls.id;
    const booked = await run.app.client().post('/api/v1/bookings', { classId, guest: guest('a11y') });
    assert.equal(booked.status, 201, JSON.stringify(booked.body));
    manageToken = booked.body.manageToken;
    // A row in each dashboard table, so that the tables (and their scrolling wrappers) are there.
    const { admin } = run;
    const location = await admin.post('/api/v1/locations', { name: 'Studio B', timeZone: 'Europe/Stockholm' });
    assert.equal(location.status, 201, JSON.stringify(location.body));
    const provider = await admin.post('/api/v1/providers', { name: 'Alva Access' });
    assert.equal(provider.status, 201, JSON.stringify(provider.body));
    providerId = provider.body.id;
    const made = [
      await admin.post('/api/v1/services', {
        name: 'Accessible massage',
        durationMinutes: 60,
        price: { amount: 50000 },
        where: { mode: 'remote' },
        providerIds: [providerId],
      }),
      await admin.post('/api/v1/packages', {
        name: 'Five classes',
        credits: 5,
        price: { amount: 60000 },
        validityDays: 90,
        scope: 'all_classes',
      }),
      await admin.post('/api/v1/pricing/promo-codes', {
        code: 'ACCESS10',
        adjustment: { kind: 'percent', basisPoints: 1000 },
      }),
      await admin.post('/api/v1/loyalty/rewards', {
        name: 'Water bottle',
        description: 'At the desk',
        costPoints: 100,
        kind: 'product',
        stock: 3,
      }),
      await admin.post('/api/v1/api-keys', { name: 'Accounting', scopes: ['read'] }),
      await admin.post('/api/v1/webhooks', { url: 'https://example.test/hook', events: ['booking.created'] }),
      await admin.post(`/api/v1/bookings/${booked.body.booking.id}/invoice`, {}),
    ];
    for (const answer of made) assert.equal(answer.status, 201, JSON.stringify(answer.body));
  });
  after(() => run?.close());

  for (const { name, viewport, mobile } of viewports) {
    test(`public pages on ${name}: the week, a class and its checkout, a manage page`, async (t) => {
      await withPage(
        run,
        t,
        async (page) => {
          await page.goto('/');
          await page.getByText('Accessible Yoga').first().waitFor();
          await assertAccessible(page, `the week page on ${name}`);
          await page.goto(`/classes/${classId}`);
          await page.getByRole('heading', { name: 'Accessible Yoga' }).waitFor();
          await assertAccessible(page, `the class page and checkout on ${name}`);
          await page.goto(`/manage/${manageToken}`);
          await page.getByText('Accessible Yoga').first().waitFor();
          await assertAccessible(page, `the manage page on ${name}`);
        },
        { viewport, mobile },
      );
    });

    test(`a customer's account overview on ${name}`, async (t) => {
      const email = `a11y-${name}@example.test`;
      assert.equal((await run.app.client().signUp(email)).status, 201);
      await withPage(
        run,
        t,
        async (page) => {
          await signIn(page, email, 'customer-password-1');
          await page.goto('/account');
          await page.getByRole('heading', { level: 1 }).first().waitFor();
          await page.waitForLoadState('networkidle');
          await assertAccessible(page, `the account overview on ${name}`);
        },
        { viewport, mobile },
      );
    });

    test(`the dashboard on ${name}: classes, pricing, settings`, async (t) => {
      await withPage(
        run,
        t,
        async (page) => {
          await signIn(page, ADMIN.email, ADMIN.password);
          for (const path of ['/admin', '/admin/pricing', '/admin/settings']) {
            await page.goto(path);
            await page.getByRole('heading', { level: 1 }).first().waitFor();
            await page.waitForLoadState('networkidle');
            await assertAccessible(page, `${path} on ${name}`);
          }
          // The surcharge form's weekday boxes are boxes, not full-width bars, on any screen.
          await page.goto('/admin/pricing');
          const days = page.getByRole('group', { name: 'Days' }).getByRole('checkbox');
          await days.first().waitFor();
          assert.equal(await days.count(), 7);
          for (const box of await days.all()) {
            const size = await box.boundingBox();
            assert.ok(size && size.width < 40 && size.height < 40, `a weekday box is ${JSON.stringify(size)}`);
          }
        },
        { viewport, mobile },
      );
    });
  }

  // Every page of the dashboard's menu, each with a row or more in its tables: on a phone, a table is
  // cards or scrolls sideways in a wrapper that a keyboard can reach and a screen reader names.
  const dashboardPages = () => [
    '/admin',
    `/admin/classes/${classId}`,
    `/admin/classes/${classId}/roster`,
    '/admin/services',
    '/admin/providers',
    `/admin/providers/${providerId}`,
    `/admin/providers/${providerId}/schedule`,
    '/admin/locations',
    '/admin/customers',
    '/admin/invoices',
    '/admin/credits',
    '/admin/loyalty',
    '/admin/failed-bookings',
    '/admin/integrity',
    '/admin/jobs',
    '/admin/audit',
    '/admin/api-keys',
    '/admin/webhooks',
    '/admin/appointments/new',
  ];
  for (const { name, viewport, mobile } of viewports) {
    test(`every dashboard page on ${name}`, async (t) => {
      await withPage(
        run,
        t,
        async (page) => {
          await signIn(page, ADMIN.email, ADMIN.password);
          for (const path of dashboardPages()) {
            await page.goto(path);
            await page.getByRole('heading', { level: 1 }).first().waitFor();
            await page.waitForLoadState('networkidle');
            await assertAccessible(page, `${path} on ${name}`);
          }
        },
        { viewport, mobile },
      );
    });
  }

  // The API takes any accent with 4.5:1 against white; the shades made from it must keep text readable
  // too, from the darkest accent to one just dark enough.
  for (const accent of ['#000000', '#db2777']) {
    test(`an organisation's accent colour ${accent} keeps every text readable`, async (t) => {
      const set = await run.admin.patch('/api/v1/organisation', { accentColor: accent });
      assert.equal(set.status, 200, JSON.stringify(set.body));
      t.after(async () => {
        assert.equal((await run.admin.patch('/api/v1/organisation', { accentColor: null })).status, 200);
      });
      await withPage(run, t, async (page) => {
        // The class's month (createClass puts it two days ahead), whichever month today is in.
        const day = new Date(Date.now() + 2 * 24 * 3600_000).toLocaleDateString('sv-SE', {
          timeZone: 'Europe/Stockholm',
        });
        await page.goto(`/?view=month&month=${day.slice(0, 7)}`);
        await page.getByText('Accessible Yoga').first().waitFor();
        await assertAccessible(page, `the month with the accent ${accent}`);
        await page.goto(`/classes/${classId}`);
        await page.getByRole('heading', { name: 'Accessible Yoga' }).waitFor();
        await page.getByRole('radio').first().check();
        await assertAccessible(page, `the checkout with the accent ${accent}`);
        await page.goto(`/manage/${manageToken}`);
        await page.getByText('Accessible Yoga').first().waitFor();
        await assertAccessible(page, `the manage page with the accent ${accent}`);
        await signIn(page, ADMIN.email, ADMIN.password);
        await page.goto(`/admin/providers/${providerId}/schedule`);
        await page.getByRole('heading', { level: 1 }).first().waitFor();
        await page.waitForLoadState('networkidle');
        await assertAccessible(page, `a provider's schedule with the accent ${accent}`);
      });
    });
  }

  test('the check fails on a violation, naming the rule and the element', async (t) => {
    await withPage(run, t, async (page) => {
      await page.goto('/');
      await page.waitForLoadState('networkidle');
      await page.evaluate(`document.body.insertAdjacentHTML('beforeend', '<img id="no-alt" src="/nothing.png">')`);
      await assert.rejects(assertAccessible(page, 'a probe'), /image-alt \(critical\)[\s\S]*#no-alt/);
    });
  });
});
