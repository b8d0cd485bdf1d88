// A phone number to call and an address to find, with one tap: the staff's schedule and the booking's
// facts link a phone with tel: and an address to a map search; a video meeting on the schedule has
// its link to join.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { ADMIN, type Client } from '../support/app.ts';
import type { Json } from '../support/json.ts';
import {
  type BrowserRun,
  assertAccessible,
  browserSkipReason,
  dayFromNow,
  signIn,
  startBrowserRun,
  withPage,
} from './harness.ts';

const ZONE = 'Europe/Stockholm';
const ADDRESS = 'Storgatan 1\n111 22 Stockholm';
const MAP = 'https://www.openstreetmap.org/search?query=Storgatan%201%2C%20111%2022%20Stockholm';
const VIDEO = 'https://meet.example.test/room-42';

/** A guest's booking of the first free time at `time` on `day`, via the API. */
async function book(run: BrowserRun, serviceId: string, day: string, time: string, fields: Record<string, unknown>) {
  const query = new URLSearchParams({ from: day, to: day, timeZone: ZONE });
  const slots = await run.app.client().get(`/api/v1/services/${serviceId}/slots?${query}`);
  const slot = slots.body.slots.find((one: Json) => one.startLocal.slice(11, 16) === time);
  assert.ok(slot, `${time} is free`);
  const created = await run.app.client().post('/api/v1/bookings', { serviceId, start: slot.start, ...fields });
  assert.equal(created.status, 201, JSON.stringify(created.body));
  return created.body as { booking: { id: string }; manageToken: string };
}

describe('phone, map and meeting links', { skip: browserSkipReason() }, () => {
  let run: BrowserRun;
  let admin: Client;
  before(async () => {
    run = await startBrowserRun();
    admin = run.admin;
  });
  after(() => run?.close());

  test("the provider's schedule calls the customer, finds the address on a map and joins the meeting", async (t) => {
    const provider = await admin.post('/api/v1/providers', { name: 'Lina Link', timeZone: ZONE });
    assert.equal(provider.status, 201, JSON.stringify(provider.body));
    const intervals = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, start: '09:00', end: '17:00' }));
    await admin.request('PUT', `/api/v1/providers/${provider.body.id}/hours`, { intervals });
    const service = async (name: string, mode: string) => {
      const created = await admin.post('/api/v1/services', {
        name,
        durationMinutes: 60,
        price: { amount: 0 },
        where: { mode },
        providerIds: [provider.body.id],
      });
      assert.equal(created.status, 201, JSON.stringify(created.body));
      return created.body.id as string;
    };
    const visit = await service('Home visit', 'at_customer');
    const meeting = await service('Video call', 'remote');
    const day = dayFromNow(4);
    const visited = await book(run, visit, day, '09:00', {
      guest: { name: 'Vilma Visit', email: 'vilma@example.test' },
      address: ADDRESS,
      phone: '070-123 45 67',
    });
    const met = await book(run, meeting, day, '13:00', {
      guest: { name: 'Mats Meeting', email: 'mats@example.test' },
      phone: '+46 (0)8 123 456',
    });
    // As the video job leaves a meeting once its room is made.
    await run.app.database.db.execute(sql`UPDATE bookings SET video_url = ${VIDEO} WHERE id = ${met.booking.id}`);

    await withPage(run, t, async (page) => {
      await signIn(page, ADMIN.email, ADMIN.password);
      await page.goto(`/admin/providers/${provider.body.id}/schedule?date=${day}&view=day`);
      const vilma = page.getByRole('row').filter({ hasText: 'Vilma Visit' });
      assert.equal(await vilma.getByRole('link', { name: '070-123 45 67' }).getAttribute('href'), 'tel:0701234567');
      const map = vilma.getByRole('link', { name: /Storgatan 1/ });
      assert.equal(await map.getAttribute('href'), MAP);
      assert.equal(await map.getAttribute('target'), '_blank');
      const mats = page.getByRole('row').filter({ hasText: 'Mats Meeting' });
      assert.equal(await mats.getByRole('link', { name: '+46 (0)8 123 456' }).getAttribute('href'), 'tel:+4608123456');
      const join = mats.getByRole('link', { name: 'Join the video meeting with Mats Meeting' });
      assert.equal(await join.innerText(), 'Join');
      assert.equal(await join.getAttribute('href'), VIDEO);
      await assertAccessible(page, "the provider's day with phone, map and meeting links");
    });

    // The customer's own page of the visit: the address on a map, the phone as given.
    await withPage(run, t, async (page) => {
      await page.goto(`/manage/${visited.manageToken}`);
      const facts = page.locator('.facts');
      assert.equal(await facts.getByRole('link', { name: /Storgatan 1/ }).getAttribute('href'), MAP);
      assert.equal(await facts.getByRole('link', { name: '070-123 45 67' }).getAttribute('href'), 'tel:0701234567');
    });
  });
});
