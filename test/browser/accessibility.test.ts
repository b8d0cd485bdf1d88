/**
 * axe (WCAG 2.1 A and AA) on the main pages, at desktop width and on a 390 px phone: the week, a class
 * with its checkout form, a guest's manage page, a customer's account overview, and the dashboard's
 * classes, pricing and settings. Any violation fails, with the rule and the elements it found.
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
  before(async () => {
    run = await startBrowserRun();
    const cls = await createClass(run.admin, { title: 'Accessible Yoga' });
    classId = cls.id;
    const booked = await run.app.client().post('/api/v1/bookings', { classId, guest: guest('a11y') });
    assert.equal(booked.status, 201, JSON.stringify(booked.body));
    manageToken = booked.body.manageToken;
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

  test('the check fails on a violation, naming the rule and the element', async (t) => {
    await withPage(run, t, async (page) => {
      await page.goto('/');
      await page.waitForLoadState('networkidle');
      await page.evaluate(`document.body.insertAdjacentHTML('beforeend', '<img id="no-alt" src="/nothing.png">')`);
      await assert.rejects(assertAccessible(page, 'a probe'), /image-alt \(critical\)[\s\S]*#no-alt/);
    });
  });
});
