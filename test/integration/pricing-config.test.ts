import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { type Client, type TestApp, classInput, startTestApp } from '../support/app.ts';

let t: TestApp;
let admin: Client;
before(async () => {
  t = await startTestApp();
  admin = await t.admin();
});
after(() => t.close());

const rows = async <Row>(query: string): Promise<Row[]> =>
  ((await t.database.db.execute(sql.raw(query))) as unknown as { rows: Row[] }).rows;
const count = async (table: string): Promise<number> =>
  (await rows<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`))[0]?.n ?? 0;
const audited = async (action: string): Promise<number> =>
  (await rows<{ n: number }>(`SELECT count(*)::int AS n FROM audit_log WHERE action = '${action}'`))[0]?.n ?? 0;

async function customer(email: string): Promise<Client> {
  const client = t.client();
  assert.equal((await client.signUp(email)).status, 201);
  return client;
}

describe('tax rates and settings', () => {
  test('every organisation starts with the Swedish rates and no default; new ones too', async () => {
    const list = await admin.get('/api/v1/pricing/tax-rates');
    assert.equal(list.status, 200);
    assert.deepEqual(
      list.body.taxRates.map((rate: { basisPoints: number }) => rate.basisPoints),
      [0, 600, 1200, 2500],
    );
    assert.deepEqual((await admin.get('/api/v1/pricing/settings')).body, {
      pricesIncludeTax: true,
      defaultTaxRateId: null,
    });
    const other = await t.createOrg('second-shop', 'admin@second.test');
    assert.equal(
      (await rows<{ n: number }>(`SELECT count(*)::int AS n FROM tax_rates WHERE org_id = '${other.id}'`))[0]?.n,
      4,
    );
  });

  test('admins add, rename and delete rates; a rate in use is kept; every change audited', async () => {
    const created = await admin.post('/api/v1/pricing/tax-rates', { name: 'Reduced', basisPoints: 1000 });
    assert.equal(created.status, 201);
    const id = created.body.id as string;
    assert.equal((await admin.post('/api/v1/pricing/tax-rates', { name: 'Reduced', basisPoints: 5 })).status, 400);
    const renamed = await admin.patch(`/api/v1/pricing/tax-rates/${id}`, { name: 'Reduced rate' });
    assert.equal(renamed.body.name, 'Reduced rate');
    const settings = await admin.patch('/api/v1/pricing/settings', { defaultTaxRateId: id, pricesIncludeTax: false });
    assert.deepEqual(settings.body, { defaultTaxRateId: id, pricesIncludeTax: false });
    const inUse = await admin.delete(`/api/v1/pricing/tax-rates/${id}`);
    assert.equal(inUse.status, 409);
    assert.equal(inUse.body.error.code, 'tax_rate_in_use');
    await admin.patch('/api/v1/pricing/settings', { defaultTaxRateId: null, pricesIncludeTax: true });
    assert.equal((await admin.delete(`/api/v1/pricing/tax-rates/${id}`)).status, 204);
    assert.equal((await admin.delete(`/api/v1/pricing/tax-rates/${id}`)).body.error.code, 'tax_rate_not_found');
    const unknown = await admin.patch('/api/v1/pricing/settings', { defaultTaxRateId: crypto.randomUUID() });
    assert.equal(unknown.status, 404);
    assert.equal(unknown.body.error.code, 'tax_rate_not_found');
    for (const action of ['tax_rate.created', 'tax_rate.updated', 'tax_rate.deleted']) {
      assert.equal(await audited(action), 1, action);
    }
    assert.equal(await audited('organisation.pricing_updated'), 2);
  });

  test('a class and a service take a tax rate and a deposit', async () => {
    const cls = await admin.post('/api/v1/classes', classInput());
    const path = `/api/v1/pricing/classes/${cls.body.id}`;
    assert.deepEqual((await admin.get(path)).body, { taxRateId: null, deposit: { kind: 'none' } });
    const [rate] = (await admin.get('/api/v1/pricing/tax-rates')).body.taxRates;
    const set = await admin.request('PUT', path, {
      taxRateId: rate.id,
      deposit: { kind: 'percent', basisPoints: 3000 },
    });
    assert.equal(set.status, 200, JSON.stringify(set.body));
    assert.deepEqual(set.body, { taxRateId: rate.id, deposit: { kind: 'percent', basisPoints: 3000 } });
    for (const bad of [
      { taxRateId: null, deposit: { kind: 'percent', basisPoints: 10001 } },
      { taxRateId: null, deposit: { kind: 'fixed', amount: 0 } },
      { taxRateId: null, deposit: { kind: 'fixed', amount: 1.5 } },
      { taxRateId: null },
    ]) {
      assert.equal((await admin.request('PUT', path, bad)).status, 400, JSON.stringify(bad));
    }
    const missing = await admin.request('PUT', `/api/v1/pricing/services/${crypto.randomUUID()}`, {
      taxRateId: null,
      deposit: { kind: 'none' },
    });
    assert.equal(missing.body.error.code, 'service_not_found');
    assert.equal(await audited('class.pricing_updated'), 1);
  });

  test('only admins read or change pricing', async () => {
    const someone = await customer('pricing-customer@example.test');
    for (const path of ['/api/v1/pricing/settings', '/api/v1/pricing/tax-rates', '/api/v1/pricing/promo-codes']) {
      assert.equal((await someone.get(path)).status, 403, path);
      assert.equal((await t.client().get(path)).status, 401, path);
    }
    assert.equal((await someone.post('/api/v1/pricing/tax-rates', { name: 'Mine', basisPoints: 1 })).status, 403);
  });
});

describe('holidays, surcharges and the service area', () => {
  test('holidays replace as a list, each date once', async () => {
    const set = await admin.request('PUT', '/api/v1/pricing/holidays', {
      holidays: [
        { date: '2026-12-25', name: 'Juldagen' },
        { date: '2026-12-24', name: 'Julafton' },
      ],
    });
    assert.equal(set.status, 200);
    assert.deepEqual(
      (await admin.get('/api/v1/pricing/holidays')).body.holidays.map((day: { date: string }) => day.date),
      ['2026-12-24', '2026-12-25'],
    );
    for (const bad of [
      [{ date: '2026-02-30', name: 'x' }],
      [
        { date: '2026-12-24', name: 'a' },
        { date: '2026-12-24', name: 'b' },
      ],
      [{ date: '1066-10-14', name: 'Hastings' }],
    ]) {
      assert.equal((await admin.request('PUT', '/api/v1/pricing/holidays', { holidays: bad })).status, 400);
    }
    assert.equal(await count('holidays'), 2);
  });

  test('surcharge rules: weekly windows, holidays, short notice; bad shapes refused', async () => {
    const weekend = await admin.post('/api/v1/pricing/surcharges', {
      name: 'Weekend',
      when: { kind: 'weekly', weekdays: [7, 6, 6], from: null, until: null },
      adjustment: { kind: 'percent', basisPoints: 2000 },
    });
    assert.equal(weekend.status, 201, JSON.stringify(weekend.body));
    assert.deepEqual(weekend.body.when, { kind: 'weekly', weekdays: [6, 7], from: null, until: null });
    const evening = await admin.post('/api/v1/pricing/surcharges', {
      name: 'Evening',
      when: { kind: 'weekly', weekdays: [1, 2, 3, 4, 5], from: '18:00', until: '24:00' },
      adjustment: { kind: 'fixed', amount: 10000 },
    });
    assert.equal(evening.status, 201);
    const before = await count('surcharge_rules');
    for (const when of [
      { kind: 'weekly', weekdays: [], from: null, until: null },
      { kind: 'weekly', weekdays: [8], from: null, until: null },
      { kind: 'weekly', weekdays: [1], from: '18:00', until: '18:00' },
      { kind: 'weekly', weekdays: [1], from: '24:00', until: null },
      { kind: 'short_notice', withinMinutes: 0 },
      { kind: 'yearly' },
    ]) {
      const refused = await admin.post('/api/v1/pricing/surcharges', {
        name: 'Bad',
        when,
        adjustment: { kind: 'fixed', amount: 100 },
      });
      assert.equal(refused.status, 400, JSON.stringify(when));
    }
    assert.equal(await count('surcharge_rules'), before);
    const replaced = await admin.request('PUT', `/api/v1/pricing/surcharges/${evening.body.id}`, {
      name: 'Short notice',
      when: { kind: 'short_notice', withinMinutes: 120 },
      adjustment: { kind: 'fixed', amount: 5000 },
      active: false,
    });
    assert.deepEqual(replaced.body.when, { kind: 'short_notice', withinMinutes: 120 });
    assert.equal((await admin.delete(`/api/v1/pricing/surcharges/${weekend.body.id}`)).status, 204);
    assert.deepEqual(
      (await admin.get('/api/v1/pricing/surcharges')).body.surcharges.map((rule: { name: string }) => rule.name),
      ['Short notice'],
    );
  });

  test('the service area: bands ascend, postcode prefixes normalised', async () => {
    const area = {
      centre: { lat: 59.3293, lon: 18.0686 },
      bands: [
        { upToKm: 10, fixedAmount: 0, perKmAmount: 0 },
        { upToKm: 50, fixedAmount: 10000, perKmAmount: 500 },
      ],
      postcodeZones: [
        { prefix: '11', amount: 0 },
        { prefix: '16 4', amount: 15000 },
      ],
    };
    const set = await admin.request('PUT', '/api/v1/pricing/service-area', area);
    assert.equal(set.status, 200, JSON.stringify(set.body));
    assert.deepEqual(set.body.postcodeZones, [
      { prefix: '11', amount: 0 },
      { prefix: '164', amount: 15000 },
    ]);
    assert.deepEqual((await admin.get('/api/v1/pricing/service-area')).body, set.body);
    for (const bad of [
      { ...area, bands: [...area.bands].reverse() },
      { ...area, centre: { lat: 91, lon: 0 } },
      { ...area, postcodeZones: [{ prefix: '1-1', amount: 0 }] },
      { ...area, postcodeZones: [{ prefix: '11', amount: -1 }] },
    ]) {
      assert.equal((await admin.request('PUT', '/api/v1/pricing/service-area', bad)).status, 400);
    }
    assert.equal(await count('service_area_bands'), 2);
  });
});

describe('promo codes', () => {
  test('codes are unique whatever their case, and the window and targets are checked', async () => {
    const created = await admin.post('/api/v1/pricing/promo-codes', {
      code: 'Summer10',
      adjustment: { kind: 'percent', basisPoints: 1000 },
      maxUses: 10,
    });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    assert.equal(created.body.usesCount, 0);
    assert.deepEqual(created.body.appliesTo, { kind: 'all' });
    const twin = await admin.post('/api/v1/pricing/promo-codes', {
      code: 'SUMMER10',
      adjustment: { kind: 'fixed', amount: 100 },
    });
    assert.equal(twin.status, 400);
    const before = await count('promo_codes');
    for (const bad of [
      { code: 'a', adjustment: { kind: 'fixed', amount: 100 } },
      { code: 'has space', adjustment: { kind: 'fixed', amount: 100 } },
      { code: 'PCT', adjustment: { kind: 'percent', basisPoints: 10001 } },
      {
        code: 'WINDOW',
        adjustment: { kind: 'fixed', amount: 100 },
        validFrom: '2027-01-02T00:00:00Z',
        validUntil: '2027-01-01T00:00:00Z',
      },
      { code: 'LISTED', adjustment: { kind: 'fixed', amount: 100 }, appliesTo: { kind: 'listed' } },
    ]) {
      assert.equal((await admin.post('/api/v1/pricing/promo-codes', bad)).status, 400, JSON.stringify(bad));
    }
    const foreign = await admin.post('/api/v1/pricing/promo-codes', {
      code: 'LISTED',
      adjustment: { kind: 'fixed', amount: 100 },
      appliesTo: { kind: 'listed', classIds: [crypto.randomUUID()] },
    });
    assert.equal(foreign.body.error.code, 'class_not_found');
    assert.equal(await count('promo_codes'), before);
    const changed = await admin.patch(`/api/v1/pricing/promo-codes/${created.body.id}`, { active: false });
    assert.equal(changed.body.active, false);
    assert.equal(await audited('promo_code.updated'), 1);
  });

  test('the database refuses a use past the limit, and a cancelled booking gives its use back', async () => {
    const promo = await admin.post('/api/v1/pricing/promo-codes', {
      code: 'TWICE',
      adjustment: { kind: 'fixed', amount: 100 },
      maxUses: 2,
    });
    const cls = await admin.post('/api/v1/classes', classInput({ price: { amount: 0 }, maxSpots: 5 }));
    const bookingIds: string[] = [];
    for (const n of [1, 2, 3]) {
      const booked = await t.client().post('/api/v1/bookings', {
        classId: cls.body.id,
        guest: { name: `Promo ${n}`, email: `promo${n}@example.test` },
      });
      assert.equal(booked.status, 201, JSON.stringify(booked.body));
      bookingIds.push(booked.body.booking.id as string);
    }
    const use = (bookingId: string) =>
      t.database.db.execute(
        sql.raw(`INSERT INTO promo_uses (org_id, promo_id, booking_id, customer_id)
                 SELECT org_id, '${promo.body.id}', id, customer_id FROM bookings WHERE id = '${bookingId}'`),
      );
    await use(bookingIds[0] ?? '');
    await use(bookingIds[1] ?? '');
    await assert.rejects(use(bookingIds[2] ?? ''), (error: unknown) =>
      JSON.stringify(error, Object.getOwnPropertyNames(error)).includes('promo_codes_uses_within_limit'),
    );
    assert.equal((await admin.get(`/api/v1/pricing/promo-codes/${promo.body.id}`)).body.usesCount, 2);
    const cancelled = await admin.post(`/api/v1/bookings/${bookingIds[0]}/cancel`, {});
    assert.equal(cancelled.status, 200);
    assert.equal((await admin.get(`/api/v1/pricing/promo-codes/${promo.body.id}`)).body.usesCount, 1);
    await use(bookingIds[2] ?? '');
    assert.equal((await admin.get(`/api/v1/pricing/promo-codes/${promo.body.id}`)).body.usesCount, 2);
  });
});
