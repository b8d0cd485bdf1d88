import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../src/platform/db.ts';
import { ADMIN, type Client } from '../support/app.ts';
import type { Json } from '../support/json.ts';
import {
  type BrowserRun,
  assertAccessible,
  assertNoSidewaysScroll,
  browserSkipReason,
  dayFromNow,
  insertBegunAppointment,
  signIn,
  startBrowserRun,
  withPage,
} from './harness.ts';
import { chooseDay, chooseZone, dayName } from './slot-picker.ts';

const ZONE = 'Europe/Stockholm';

/** The free slots of one Stockholm day for one provider, by their local start ("13:00"). */
async function freeSlots(
  client: Client,
  serviceId: string,
  day: string,
  providerId: string,
): Promise<Map<string, Json>> {
  const query = new URLSearchParams({ from: day, to: day, timeZone: ZONE, provider: providerId });
  const answer = await client.get(`/api/v1/services/${serviceId}/slots?${query}`);
  assert.equal(answer.status, 200, JSON.stringify(answer.body));
  return new Map(answer.body.slots.map((slot: Json) => [slot.startLocal.slice(11, 16), slot]));
}

/** A provider working 09:00–17:00 in Stockholm every day, and an hour's remote service only they give. */
async function providerAndService(
  admin: Client,
  names: { provider: string; service: string },
): Promise<{ providerId: string; serviceId: string }> {
  const provider = await admin.post('/api/v1/providers', { name: names.provider, bio: 'Physio', timeZone: ZONE });
  assert.equal(provider.status, 201, JSON.stringify(provider.body));
  const providerId = provider.body.id as string;
  const hours = await admin.request('PUT', `/api/v1/providers/${providerId}/hours`, {
    intervals: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, start: '09:00', end: '17:00' })),
  });
  assert.equal(hours.status, 200, JSON.stringify(hours.body));
  const service = await admin.post('/api/v1/services', {
    name: names.service,
    durationMinutes: 60,
    price: { amount: 95000 },
    where: { mode: 'remote' },
    providerIds: [providerId],
  });
  assert.equal(service.status, 201, JSON.stringify(service.body));
  return { providerId, serviceId: service.body.id as string };
}

describe('staff move an appointment from the dashboard', { skip: browserSkipReason() }, () => {
  let run: BrowserRun;
  before(async () => {
    run = await startBrowserRun();
  });
  after(() => run?.close());

  test("from the provider's schedule to another free time, the price said first; a time taken meanwhile is refused", async (t) => {
    const { providerId, serviceId } = await providerAndService(run.admin, {
      provider: 'Olle Ek',
      service: 'Physiotherapy',
    });
    const day = dayFromNow(3);
    const before = await freeSlots(run.app.client(), serviceId, day, providerId);
    const book = async (time: string, name: string, email: string) => {
      const slot = before.get(time);
      assert.ok(slot, `${time} is free on ${day} before the test books it`);
      const created = await run.app.client().post('/api/v1/bookings', {
        serviceId,
        providerId,
        start: slot.start,
        guest: { name, email },
      });
      assert.equal(created.status, 201, JSON.stringify(created.body));
      return created.body.booking as Json;
    };
    const mira = await book('10:00', 'Mira Mover', 'mira-mover@example.test');
    const cancelled = await book('11:00', 'Cid Cancelled', 'cid-cancelled@example.test');
    const cancel = await run.admin.post(`/api/v1/bookings/${cancelled.id}/cancel`, {});
    assert.equal(cancel.status, 200, JSON.stringify(cancel.body));
    // Afternoons cost 20 % more: the move is priced again, and the dialog says so before confirming.
    const afternoons = await run.admin.post('/api/v1/pricing/surcharges', {
      name: 'Afternoon',
      when: { kind: 'weekly', weekdays: [1, 2, 3, 4, 5, 6, 7], from: '12:00', until: '24:00' },
      adjustment: { kind: 'percent', basisPoints: 2000 },
    });
    assert.equal(afternoons.status, 201, JSON.stringify(afternoons.body));
    t.after(() => run.admin.delete(`/api/v1/pricing/surcharges/${afternoons.body.id}`));

    await withPage(run, t, async (page) => {
      await signIn(page, ADMIN.email, ADMIN.password);
      await page.goto(`/admin/providers/${providerId}/schedule?date=${day}&view=day`);
      const miraRow = page.getByRole('row').filter({ hasText: 'Mira Mover' });
      assert.match(await miraRow.innerText(), /10:00–11:00[\s\S]*Physiotherapy[\s\S]*Confirmed/);
      const cidRow = page.getByRole('row').filter({ hasText: 'Cid Cancelled' });
      assert.match(await cidRow.innerText(), /Physiotherapy[\s\S]*Cancelled/, 'its status says it is cancelled');
      assert.equal(
        await page.getByRole('button', { name: 'Move: Cid Cancelled' }).count(),
        0,
        'a cancelled appointment cannot be moved',
      );

      // The dialog is named, starts on its safe button, and Escape gives the focus back to Move.
      const moveMira = page.getByRole('button', { name: 'Move: Mira Mover' });
      await moveMira.click();
      const dialog = page.getByRole('dialog', { name: 'Move the booking of Mira Mover' });
      await dialog.waitFor();
      assert.equal(
        await page.evaluate('document.activeElement?.textContent'),
        'Keep the current time',
        'the focus starts on the button that keeps the appointment where it is',
      );
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'detached' });
      assert.equal(
        await page.evaluate('document.activeElement?.getAttribute("aria-label")'),
        'Move: Mira Mover',
        'closing gives the focus back to the Move button',
      );

      await moveMira.click();
      assert.match(
        await dialog.locator('p').first().innerText(),
        new RegExp(`^Booked for ${dayName(day)}, 10:00–11:00 \\(${ZONE}\\), with Olle Ek\\.$`),
      );
      await dialog.getByRole('button', { name: 'Move booking' }).click();
      await dialog.getByText('Choose a free time first.').waitFor();
      await chooseZone(page, ZONE);
      // The picker opens on the day booked now, not on today.
      await dialog.getByRole('heading', { name: `Free times on ${dayName(day)}` }).waitFor();
      assert.equal(
        await dialog.getByRole('button', { name: dayName(day), exact: true }).getAttribute('aria-pressed'),
        'true',
        "the appointment's day is the one chosen on opening",
      );
      await chooseDay(page, day);
      assert.equal(await dialog.getByRole('button', { name: '10:00–11:00' }).count(), 0, 'its own time is not offered');
      await dialog.getByRole('button', { name: '11:00–12:00' }).waitFor();

      // Someone books 13:00 while staff look at its price: confirming is refused and the times are read again.
      await dialog.getByRole('button', { name: '13:00–14:00' }).click();
      await dialog.getByText(`New time: ${dayName(day)}, 13:00–14:00 (${ZONE}), with Olle Ek.`).waitFor();
      assert.deepEqual(
        await dialog.locator('.slot[aria-pressed="true"]').allInnerTexts(),
        ['13:00'],
        'the time chosen is marked in the list, and only it',
      );
      await dialog.getByText(/^The new time costs .*190\.00 more: the customer owes the difference\.$/).waitFor();
      await assertAccessible(page, 'the appointment move dialog with the new price');
      await book('13:00', 'Quinn Quicker', 'quinn-quicker@example.test');
      const readAgain = page.waitForResponse((response) => response.url().includes(`/services/${serviceId}/slots?`));
      await dialog.getByRole('button', { name: 'Move booking' }).click();
      await dialog.getByRole('alert').filter({ hasText: 'someone else just booked this time' }).waitFor();
      await readAgain;
      await dialog.getByRole('button', { name: '15:00–16:00' }).waitFor();
      assert.equal(await dialog.getByRole('button', { name: '13:00–14:00' }).count(), 0, 'the taken time is gone');
      assert.equal(await dialog.getByText(/^New time:/).count(), 0, 'the refused time is no longer shown as chosen');

      // Someone books 14:00 after the times were read: choosing it is refused by the price check itself.
      await book('14:00', 'Rita Rapid', 'rita-rapid@example.test');
      const readOnceMore = page.waitForResponse((response) => response.url().includes(`/services/${serviceId}/slots?`));
      await dialog.getByRole('button', { name: '14:00–15:00' }).click();
      await readOnceMore;
      await dialog.getByRole('button', { name: '15:00–16:00' }).waitFor();
      assert.equal(await dialog.getByRole('button', { name: '14:00–15:00' }).count(), 0, 'the time taken is gone');
      assert.equal(await dialog.getByText(/^New time:/).count(), 0, 'nothing is shown as chosen');
      await dialog.getByRole('alert').filter({ hasText: 'someone else just booked this time' }).waitFor();

      await dialog.getByRole('button', { name: '15:00–16:00' }).click();
      await dialog.getByText(`New time: ${dayName(day)}, 15:00–16:00 (${ZONE}), with Olle Ek.`).waitFor();
      await dialog.getByText(/^The new time costs .*190\.00 more/).waitFor();
      await dialog.getByRole('button', { name: 'Move booking' }).click();
      await page.getByText(`The booking of Mira Mover is moved to ${dayName(day)}, 15:00–16:00 (${ZONE}).`).waitFor();
      assert.equal(await page.getByRole('dialog').count(), 0, 'the dialog closed');
      // The schedule is read again: the row shows the new time.
      await miraRow.filter({ hasText: '15:00–16:00' }).waitFor();
      assert.equal(await miraRow.filter({ hasText: '10:00–11:00' }).count(), 0, 'no longer at its old time');
      await assertAccessible(page, "the provider's day after the move");
    });

    const moved = await run.admin.get(`/api/v1/bookings/${mira.id}`);
    assert.equal(moved.status, 200, JSON.stringify(moved.body));
    assert.equal(moved.body.status, 'confirmed');
    assert.equal(moved.body.startsAt, before.get('15:00')?.start, 'the same booking, at the time chosen');
    assert.equal(moved.body.startsAtLocal.slice(0, 16), `${day}T15:00`);
    assert.equal(moved.body.appointment.provider.id, providerId);
    assert.equal(moved.body.price.amount, 95000 + 19000, 'priced again at the new time');
    const [row] = await queryRows<{ starts_at: Date; ends_at: Date }>(
      run.app.database.db,
      sql`SELECT starts_at, ends_at FROM bookings WHERE id = ${mira.id}`,
    );
    assert.equal(new Date(row?.starts_at ?? 0).toISOString(), new Date(before.get('15:00')?.start).toISOString());
    assert.equal(new Date(row?.ends_at ?? 0).toISOString(), new Date(before.get('15:00')?.end).toISOString());
    const free = await freeSlots(run.app.client(), serviceId, day, providerId);
    assert.ok(free.has('10:00'), 'the old time is free again');
    assert.ok(!free.has('15:00'), 'the new time is taken');
    assert.ok(!free.has('13:00'), 'the time booked meanwhile stays with its booking');
  });

  test('an appointment that has begun shows no Move action', async (t) => {
    const provider = await run.admin.post('/api/v1/providers', { name: 'Petra Past', bio: 'Therapist' });
    assert.equal(provider.status, 201, JSON.stringify(provider.body));
    const providerId = provider.body.id as string;
    const service = await run.admin.post('/api/v1/services', {
      name: 'Consultation',
      durationMinutes: 30,
      price: { amount: 0 },
      where: { mode: 'remote' },
      providerIds: [providerId],
    });
    assert.equal(service.status, 201, JSON.stringify(service.body));
    const start = await insertBegunAppointment(run, {
      serviceId: service.body.id,
      providerId,
      minutes: 30,
      customer: { name: 'Paul Past', email: 'paul-past@example.test' },
    });
    const startDay = start.toLocaleDateString('sv-SE', { timeZone: ZONE });

    await withPage(run, t, async (page) => {
      await signIn(page, ADMIN.email, ADMIN.password);
      await page.goto(`/admin/providers/${providerId}/schedule?date=${startDay}&view=day`);
      // Its other actions are there, so the row's actions have rendered.
      await page.getByRole('button', { name: 'No-show: Paul Past' }).waitFor();
      assert.equal(
        await page.getByRole('button', { name: 'Move: Paul Past' }).count(),
        0,
        'an appointment that has begun cannot be moved from the dashboard',
      );
    });
  });

  test('on a phone the dialog keeps its month grid and fits the screen', async (t) => {
    const { providerId, serviceId } = await providerAndService(run.admin, {
      provider: 'Pia Phone',
      service: 'Massage',
    });
    const day = dayFromNow(4);
    const ten = (await freeSlots(run.app.client(), serviceId, day, providerId)).get('10:00');
    assert.ok(ten, `10:00 is free on ${day}`);
    const created = await run.app.client().post('/api/v1/bookings', {
      serviceId,
      start: ten.start,
      guest: { name: 'Pelle Phone', email: 'pelle-phone@example.test' },
    });
    assert.equal(created.status, 201, JSON.stringify(created.body));

    await withPage(
      run,
      t,
      async (page) => {
        await signIn(page, ADMIN.email, ADMIN.password);
        await page.goto(`/admin/providers/${providerId}/schedule?date=${day}&view=day`);
        await page.getByRole('button', { name: 'Move: Pelle Phone' }).click();
        const dialog = page.getByRole('dialog', { name: 'Move the booking of Pelle Phone' });
        await chooseDay(page, day);
        // The admin tables become cards on a phone; the dialog is outside them, so the grid stays a grid.
        assert.equal(
          await page.evaluate('getComputedStyle(document.querySelector("dialog .month-grid")).display'),
          'table',
          'the month grid is laid out as a table',
        );
        await dialog.getByRole('button', { name: '14:00–15:00' }).click();
        await dialog.getByText('The price stays the same: SEK 950.00.').waitFor();
        await assertNoSidewaysScroll(page);
        await assertAccessible(page, 'the appointment move dialog on a phone');
      },
      { viewport: { width: 390, height: 844 }, mobile: true },
    );
  });
});
