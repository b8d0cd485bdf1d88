import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { distanceKm } from '../../src/modules/pricing/pricing.engine.ts';
import { type NominatimServer, startNominatimServer } from '../support/nominatim-server.ts';
import {
  type BrowserRun,
  assertAccessible,
  browserSkipReason,
  dayFromNow,
  startBrowserRun,
  withPage,
} from './harness.ts';
import { chooseDay, chooseZone } from './slot-picker.ts';

const ZONE = 'Europe/Stockholm';
const stockholm = { lat: 59.3293, lon: 18.0686 };
const sodertalje = { lat: 59.1955, lon: 17.6253 };
const ADDRESS = 'Storgatan 9, 151 32 Södertälje';
const FAR = 'Avenyn 1, 411 36 Göteborg';

describe('prices at checkout', { skip: browserSkipReason() }, () => {
  let run: BrowserRun;
  let nominatim: NominatimServer;
  before(async () => {
    nominatim = await startNominatimServer(30 * 60_000);
    nominatim.addPlace(ADDRESS, sodertalje.lat, sodertalje.lon);
    nominatim.addPlace(FAR, 57.6989, 11.9746);
    run = await startBrowserRun({ env: { GEOCODER_URL: nominatim.url } });
  });
  after(async () => {
    await run?.close();
    await nominatim?.close();
  });

  test('a notary visit: the address gives the travel fee, a promo code takes its share, the booking keeps the price', async (t) => {
    const { admin } = run;
    const provider = await admin.post('/api/v1/providers', { name: 'Nora Notary', timeZone: ZONE });
    const intervals = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, start: '09:00', end: '17:00' }));
    await admin.request('PUT', `/api/v1/providers/${provider.body.id}/hours`, { intervals });
    const service = await admin.post('/api/v1/services', {
      name: 'Notary visit',
      durationMinutes: 60,
      price: { amount: 90000 },
      where: { mode: 'at_customer' },
      providerIds: [provider.body.id],
    });
    assert.equal(service.status, 201, JSON.stringify(service.body));
    const area = await admin.request('PUT', '/api/v1/pricing/service-area', {
      centre: stockholm,
      bands: [
        { upToKm: 10, fixedAmount: 0, perKmAmount: 0 },
        { upToKm: 50, fixedAmount: 10000, perKmAmount: 500 },
      ],
      postcodeZones: [],
    });
    assert.equal(area.status, 200, JSON.stringify(area.body));
    const promo = await admin.post('/api/v1/pricing/promo-codes', {
      code: 'NOTARY10',
      adjustment: { kind: 'percent', basisPoints: 1000 },
    });
    assert.equal(promo.status, 201, JSON.stringify(promo.body));
    const metres = Math.round(distanceKm(stockholm, sodertalje) * 1000);
    const fee = 10000 + 500 * Math.ceil((metres - 10000) / 1000);
    const subtotal = 90000 + fee;
    const total = subtotal - Math.round(subtotal / 10);
    const sek = (amount: number) =>
      new RegExp(
        new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'SEK', currencyDisplay: 'code' })
          .format(amount / 100)
          .replace(/\s/g, '\\s')
          .replace('.', '\\.'),
      );

    await withPage(run, t, async (page) => {
      await page.goto(`/services/${service.body.id}`);
      await page.getByRole('heading', { name: 'Choose a time' }).waitFor();
      await chooseZone(page, ZONE);
      await chooseDay(page, dayFromNow(3));
      await assertAccessible(page, 'a day’s free times');
      await page.getByRole('button', { name: '10:00–11:00' }).click();
      await page.getByRole('heading', { name: 'Book this time' }).waitFor();

      // Before an address there is no total the travel fee would change: the base price, and what is to come.
      const beforeTravel = page.getByTestId('total-before-travel');
      assert.match(
        await beforeTravel.innerText(),
        /SEK\s900\.00, plus the travel fee, shown once you enter your address\./,
      );
      assert.equal(await page.locator('.price-breakdown').count(), 0);
      await page.getByLabel('Name').fill('Petra Customer');
      await page.getByLabel('Email').fill('petra@example.test');
      // An address beyond the area: one message, also after trying to book, and still no total.
      await page.getByLabel('Address').fill(FAR);
      await page.getByLabel('Phone').fill('070-765 43 21');
      const outside = page.getByRole('alert').filter({ hasText: 'outside the area we travel to' });
      await outside.waitFor();
      const refused = page.waitForResponse(
        (response) => response.url().includes('/api/v1/bookings') && response.request().method() === 'POST',
      );
      await page.getByRole('button', { name: 'Confirm booking' }).click();
      assert.equal((await refused).status(), 422);
      await page.getByRole('button', { name: 'Confirm booking' }).waitFor();
      assert.equal(await outside.count(), 1, 'the refusal is said once');
      assert.equal(await page.getByRole('alert').count(), 1);
      await beforeTravel.waitFor();
      await page.getByLabel('Address').fill(ADDRESS);
      await page.getByLabel('Phone').fill('070-765 43 21');
      const breakdown = page.locator('.price-breakdown');
      await breakdown.getByText('Travel').waitFor();
      assert.match(await breakdown.innerText(), sek(fee));
      assert.match(await breakdown.innerText(), sek(subtotal));

      await page.getByLabel('Promo code').fill('notary10');
      await page.getByRole('button', { name: 'Apply' }).click();
      await breakdown.getByText('Discount (NOTARY10)').waitFor();
      await assertAccessible(page, 'the checkout with travel fee and discount');
      const shown = await breakdown.innerText();
      assert.match(shown, sek(total));

      await page.getByRole('button', { name: 'Confirm booking' }).click();
      await page.getByText("You're booked!").waitFor();
      await assertAccessible(page, 'the confirmation of an appointment');
    });

    const { body } = await admin.get(`/api/v1/bookings?serviceId=${service.body.id}`);
    const [booking, ...others] = body.bookings;
    assert.equal(others.length, 0);
    assert.deepEqual(booking.price, { amount: total, currency: 'SEK' });
    assert.deepEqual(
      booking.pricing.lines.map((line: { kind: string }) => line.kind),
      ['base', 'travel', 'discount'],
    );
    assert.equal(booking.pricing.promoCode, 'NOTARY10');
  });
});
