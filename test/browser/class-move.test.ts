import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { ADMIN } from '../support/app.ts';
import {
  type BrowserRun,
  assertAccessible,
  bookAsGuest,
  assertNoSidewaysScroll,
  browserSkipReason,
  createClass,
  signIn,
  startBrowserRun,
  withPage,
} from './harness.ts';

describe('a customer moves a class booking in the web app', { skip: browserSkipReason() }, () => {
  let run: BrowserRun;
  before(async () => {
    run = await startBrowserRun();
  });
  after(async () => {
    await run?.close();
  });

  test('from the manage page to another class of its type, the dearer price said before confirming', async (t) => {
    const type = await run.admin.post('/api/v1/class-types', { name: 'Vinyasa' });
    assert.equal(type.status, 201, JSON.stringify(type.body));
    const ofType = async (title: string, hour: number, fields: { price?: number; maxSpots?: number } = {}) => {
      const cls = await createClass(run.admin, { title, hour, ...fields });
      const typed = await run.admin.patch(`/api/v1/classes/${cls.id}`, { classTypeId: type.body.id });
      assert.equal(typed.status, 200, JSON.stringify(typed.body));
      return cls;
    };
    const from = await ofType('Vinyasa Morning', 8);
    const to = await ofType('Vinyasa Evening', 19, { price: 20000 });
    const full = await ofType('Vinyasa Noon', 12, { maxSpots: 1 });
    await createClass(run.admin, { title: 'Pottery Evening', hour: 20 });
    await bookAsGuest(run, full.id, 'Nora Noon');
    const token = (await bookAsGuest(run, from.id, 'Maja Mover')).manageToken as string;

    await withPage(
      run,
      t,
      async (page) => {
        await page.goto(`/manage/${token}`);
        await page.getByRole('heading', { name: 'Change the class' }).waitFor();
        await page.getByRole('button', { name: 'Choose another class' }).click();
        const choices = page.getByRole('list', { name: 'Classes you can move to' });
        await choices.waitFor();
        const listed = await choices.getByRole('button').allInnerTexts();
        assert.ok(
          listed.some((text) => text.includes('Vinyasa Evening')),
          `another class of its type is offered: ${listed}`,
        );
        assert.ok(!listed.some((text) => text.includes('Pottery')), `a class of another type is not: ${listed}`);
        assert.ok(!listed.some((text) => text.includes('Vinyasa Morning')), 'its own class is not offered');
        assert.equal(
          await choices.getByRole('button', { name: /Vinyasa Noon/ }).isDisabled(),
          true,
          'a full class cannot be chosen',
        );
        await assertNoSidewaysScroll(page);
        await assertAccessible(page, 'the classes to move to, on a phone');

        await choices.getByRole('button', { name: /Vinyasa Evening/ }).click();
        const dialog = page.getByRole('dialog');
        await dialog.getByText(/The new class costs .*50.* more/).waitFor();
        assert.match(await dialog.innerText(), /19:00–19:45 \(Europe\/Stockholm\)/);
        await dialog.getByRole('button', { name: 'Yes, move it' }).click();
        await page.getByText('Your booking has been moved to the new time.').waitFor();
        assert.match(await page.locator('.facts').innerText(), /19:00–19:45 \(Europe\/Stockholm\)/);
      },
      { viewport: { width: 390, height: 844 }, mobile: true },
    );

    const moved = (await run.app.client().get(`/api/v1/manage/${token}`)).body;
    assert.equal(moved.class.id, to.id, 'the same booking, in the class chosen');
    assert.deepEqual([moved.price.amount, moved.due.amount], [20000, 20000]);
  });

  test('staff move a booking from the class page to a class with room, the new price said first', async (t) => {
    const from = await createClass(run.admin, { title: 'Desk Morning', hour: 9 });
    await createClass(run.admin, { title: 'Desk Full', hour: 11, maxSpots: 1 });
    const to = await createClass(run.admin, { title: 'Desk Evening', hour: 17, price: 12000 });
    const { body: classes } = await run.admin.get('/api/v1/classes?limit=200');
    const full = classes.classes.find((cls: { title: string }) => cls.title === 'Desk Full');
    await bookAsGuest(run, full.id, 'Fia Full');
    const created = await bookAsGuest(run, from.id, 'Dan Desk');

    await withPage(run, t, async (page) => {
      await signIn(page, ADMIN.email, ADMIN.password);
      await page.goto(`/admin/classes/${from.id}`);
      await page.getByRole('button', { name: 'Move: Dan Desk' }).click();
      const dialog = page.getByRole('dialog');
      const select = dialog.getByLabel('To the class');
      const fullOption = select.locator('option', { hasText: 'Desk Full' });
      assert.equal(await fullOption.isDisabled(), true, 'a full class cannot be chosen');
      assert.equal(await select.locator('option', { hasText: 'Desk Morning' }).count(), 0, 'nor its own class');
      const evening = await select.locator('option', { hasText: 'Desk Evening' }).getAttribute('value');
      assert.equal(evening, to.id);
      await select.selectOption(to.id);
      await dialog.getByText(/The price becomes .*120\.00/).waitFor();
      await assertAccessible(page, 'the move dialog');
      await dialog.getByRole('button', { name: 'Move booking' }).click();
      await page.getByText('The booking of Dan Desk is moved to Desk Evening.').waitFor();
      // It left this class: its row goes once the list is read again.
      await page.getByRole('button', { name: 'Move: Dan Desk' }).waitFor({ state: 'detached' });
    });

    const moved = (await run.app.client().get(`/api/v1/manage/${created.manageToken}`)).body;
    assert.equal(moved.class.id, to.id);
    assert.equal(moved.price.amount, 12000);
  });
});
