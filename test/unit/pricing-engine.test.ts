// The pricing engine on worked examples, each small enough to check by hand: Swedish VAT inclusive and
// exclusive, surcharges on the local wall time (a DST weekend in Stockholm, a window to 24:00, short
// notice, holidays), travel by distance band and by postcode zone, promo minimum order, percent and fixed
// promos and deposits, and the rounding rule (half away from zero, once per line).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  type Adjustment,
  computeQuote,
  distanceKm,
  type Place,
  type Quote,
  type QuoteInput,
  type ServiceArea,
  type SurchargeRule,
} from '../../src/modules/pricing/pricing.engine.ts';
import { DomainError } from '../../src/platform/errors.ts';

const STOCKHOLM = 'Europe/Stockholm';
const at = (iso: string) => Date.parse(iso);
const DAY = 86_400_000;
/** A Wednesday, 10:00 in Stockholm (CET). */
const WEDNESDAY_10 = at('2026-01-14T10:00:00+01:00');

const vat = (basisPoints: number) => ({ name: `VAT ${basisPoints / 100} %`, basisPoints });
const percent = (basisPoints: number): Adjustment => ({ kind: 'percent', basisPoints });
const fixed = (amount: number): Adjustment => ({ kind: 'fixed', amount });

function quote(overrides: Partial<QuoteInput> = {}): Quote {
  return computeQuote({
    currency: 'SEK',
    pricesIncludeTax: true,
    item: { kind: 'appointment', label: 'Notary visit', unitAmount: 100_000, quantity: 1 },
    taxRate: null,
    startsAt: WEDNESDAY_10,
    now: WEDNESDAY_10 - 7 * DAY,
    timeZone: STOCKHOLM,
    holidays: [],
    surcharges: [],
    travel: null,
    promo: null,
    deposit: null,
    ...overrides,
  });
}

const item = (unitAmount: number, quantity = 1): QuoteInput['item'] => ({
  kind: 'appointment',
  label: 'Notary visit',
  unitAmount,
  quantity,
});

function assertCode(fn: () => unknown, code: string): DomainError {
  try {
    fn();
  } catch (error) {
    assert.ok(error instanceof DomainError, `expected a DomainError, got ${String(error)}`);
    assert.equal(error.code, code);
    return error;
  }
  assert.fail(`expected ${code}`);
}

const surchargeAmounts = (q: Quote) => q.lines.filter((l) => l.kind === 'surcharge').map((l) => [l.ref, l.amount]);

describe('tax', () => {
  test('Swedish 25 %, prices inclusive: the tax is carved out of the price', () => {
    const q = quote({ taxRate: vat(2500) });
    assert.deepEqual(q.taxes, [{ name: 'VAT 25 %', basisPoints: 2500, taxableAmount: 80_000, taxAmount: 20_000 }]);
    assert.equal(q.taxTotal, 20_000);
    assert.equal(q.total, 100_000);
    assert.deepEqual(q.lines, [
      { kind: 'base', label: 'Notary visit', quantity: 1, unitAmount: 100_000, amount: 100_000, ref: null },
    ]);
  });

  test('Swedish 25 %, prices exclusive: the tax is added', () => {
    const q = quote({ taxRate: vat(2500), pricesIncludeTax: false, item: item(80_000) });
    assert.deepEqual(q.taxes, [{ name: 'VAT 25 %', basisPoints: 2500, taxableAmount: 80_000, taxAmount: 20_000 }]);
    assert.equal(q.total, 100_000);
    // 9 999 × 25 % = 2 499.75 → 2 500
    const odd = quote({ taxRate: vat(2500), pricesIncludeTax: false, item: item(9_999) });
    assert.equal(odd.taxTotal, 2_500);
    assert.equal(odd.total, 12_499);
  });

  test('12 %: inclusive 10 000 holds 1 071 (1 071.43); exclusive 12 345 adds 1 481 (1 481.4)', () => {
    const inclusive = quote({ taxRate: vat(1200), item: item(10_000) });
    assert.deepEqual(inclusive.taxes, [
      { name: 'VAT 12 %', basisPoints: 1200, taxableAmount: 8_929, taxAmount: 1_071 },
    ]);
    assert.equal(inclusive.total, 10_000);
    const exclusive = quote({ taxRate: vat(1200), pricesIncludeTax: false, item: item(12_345) });
    assert.equal(exclusive.taxTotal, 1_481);
    assert.equal(exclusive.total, 13_826);
  });

  test('6 %: inclusive 10 000 holds 566 (566.04); exclusive 12 345 adds 741 (740.7)', () => {
    const inclusive = quote({ taxRate: vat(600), item: item(10_000) });
    assert.equal(inclusive.taxTotal, 566);
    assert.equal(inclusive.taxes[0]?.taxableAmount, 9_434);
    const exclusive = quote({ taxRate: vat(600), pricesIncludeTax: false, item: item(12_345) });
    assert.equal(exclusive.taxTotal, 741);
    assert.equal(exclusive.total, 13_086);
  });

  test('0 % still gives a tax line (an invoice names the rate); no rate gives none', () => {
    for (const pricesIncludeTax of [true, false]) {
      const q = quote({ taxRate: vat(0), pricesIncludeTax });
      assert.deepEqual(q.taxes, [{ name: 'VAT 0 %', basisPoints: 0, taxableAmount: 100_000, taxAmount: 0 }]);
      assert.equal(q.total, 100_000);
    }
    const none = quote();
    assert.deepEqual(none.taxes, []);
    assert.equal(none.taxTotal, 0);
  });

  test('tax is on the discounted amount', () => {
    const q = quote({ taxRate: vat(2500), promo: { code: 'HALF', adjustment: percent(5000), minimumOrder: 0 } });
    assert.equal(q.discount, 50_000);
    assert.deepEqual(q.taxes[0], { name: 'VAT 25 %', basisPoints: 2500, taxableAmount: 40_000, taxAmount: 10_000 });
    assert.equal(q.total, 50_000);
  });
});

describe('rounding: half away from zero, once per line', () => {
  test('exactly .5 rounds up, where round-half-even would go down', () => {
    // 10 × 25 % = 2.5 → 3 (half-even: 2)
    assert.equal(quote({ taxRate: vat(2500), pricesIncludeTax: false, item: item(10) }).taxTotal, 3);
    // inclusive 12 % of 42: 42 × 0.12 / 1.12 = 4.5 → 5 (half-even: 4)
    assert.equal(quote({ taxRate: vat(1200), item: item(42) }).taxTotal, 5);
    // a 50 % surcharge on 5 = 2.5 → 3
    const weekday = { kind: 'weekly' as const, weekdays: [3], from: null, until: null };
    const q = quote({ item: item(5), surcharges: [{ id: 's', name: 'S', when: weekday, adjustment: percent(5000) }] });
    assert.deepEqual(surchargeAmounts(q), [['s', 3]]);
    // a 10 % promo on 25 = 2.5 → 3; a 50 % deposit of 5 = 2.5 → 3
    assert.equal(
      quote({ item: item(25), promo: { code: 'P', adjustment: percent(1000), minimumOrder: 0 } }).discount,
      3,
    );
    const deposit = quote({ item: item(5), deposit: percent(5000) });
    assert.equal(deposit.depositDueNow, 3);
    assert.equal(deposit.dueLater, 2);
  });

  test('just under .5 rounds down', () => {
    // 9 998 × 25 % = 2 499.5 → 2 500; 9 997 × 25 % = 2 499.25 → 2 499
    assert.equal(quote({ taxRate: vat(2500), pricesIncludeTax: false, item: item(9_998) }).taxTotal, 2_500);
    assert.equal(quote({ taxRate: vat(2500), pricesIncludeTax: false, item: item(9_997) }).taxTotal, 2_499);
  });
});

describe('surcharges on the local wall time', () => {
  const weekend: SurchargeRule = {
    id: 'weekend',
    name: 'Weekend',
    when: { kind: 'weekly', weekdays: [6, 7], from: null, until: null },
    adjustment: percent(2000),
  };

  test('a weekend surcharge across the DST weekend in Stockholm (clocks forward on Sunday 29 March 2026)', () => {
    const cases: [string, boolean][] = [
      ['2026-03-27T23:59:00+01:00', false], // Friday night
      ['2026-03-28T00:00:00+01:00', true], // Saturday, first minute
      ['2026-03-29T03:00:00+02:00', true], // Sunday, the first minute after the change
      ['2026-03-29T23:59:00+02:00', true], // Sunday, last minute (21:59 UTC)
      // Monday 00:30 CEST is Sunday 22:30 UTC, and Sunday 23:30 at a fixed +01:00: still Monday here.
      ['2026-03-30T00:30:00+02:00', false],
    ];
    for (const [iso, applies] of cases) {
      const q = quote({ startsAt: at(iso), now: at(iso) - 7 * DAY, surcharges: [weekend] });
      assert.deepEqual(surchargeAmounts(q), applies ? [['weekend', 20_000]] : [], iso);
      assert.equal(q.total, applies ? 120_000 : 100_000, iso);
    }
  });

  test('an after-hours window ending at 24:00, and one running past midnight', () => {
    const evening: SurchargeRule = {
      id: 'evening',
      name: 'After hours',
      when: { kind: 'weekly', weekdays: [1, 2, 3, 4, 5], from: '18:00', until: '24:00' },
      adjustment: fixed(15_000),
    };
    const night: SurchargeRule = {
      id: 'night',
      name: 'Night',
      when: { kind: 'weekly', weekdays: [3], from: '22:00', until: '06:00' },
      adjustment: percent(5000),
    };
    const cases: [string, string[]][] = [
      ['2026-01-14T17:59:00+01:00', []],
      ['2026-01-14T18:00:00+01:00', ['evening']],
      ['2026-01-14T22:00:00+01:00', ['evening', 'night']],
      ['2026-01-14T23:59:00+01:00', ['evening', 'night']],
      ['2026-01-15T00:00:00+01:00', []], // Thursday: 24:00 ended Wednesday's window; the night rule is Wednesday's only
      ['2026-01-14T05:59:00+01:00', ['night']], // Wednesday early morning: the wrapped part of Wednesday's rule
      ['2026-01-14T06:00:00+01:00', []],
      ['2026-01-17T19:00:00+01:00', []], // Saturday
    ];
    for (const [iso, ids] of cases) {
      const q = quote({ startsAt: at(iso), now: at(iso) - DAY, surcharges: [evening, night] });
      assert.deepEqual(
        q.lines.filter((l) => l.kind === 'surcharge').map((l) => l.ref),
        ids,
        iso,
      );
    }
    const both = quote({ startsAt: at('2026-01-14T23:00:00+01:00'), now: 0, surcharges: [evening, night] });
    assert.equal(both.subtotal, 100_000 + 15_000 + 50_000);
  });

  test('short notice: less than the window ahead of now, not exactly at it', () => {
    const emergency: SurchargeRule = {
      id: 'emergency',
      name: 'Same day',
      when: { kind: 'short_notice', withinMinutes: 120 },
      adjustment: percent(5000),
    };
    const inside = quote({ now: WEDNESDAY_10 - 119 * 60_000, surcharges: [emergency] });
    assert.deepEqual(surchargeAmounts(inside), [['emergency', 50_000]]);
    const edge = quote({ now: WEDNESDAY_10 - 120 * 60_000, surcharges: [emergency] });
    assert.deepEqual(surchargeAmounts(edge), []);
  });

  test('a holiday is the local date of the start', () => {
    const holiday: SurchargeRule = { id: 'h', name: 'Holiday', when: { kind: 'holiday' }, adjustment: fixed(30_000) };
    const holidays = ['2026-12-24'];
    // 00:30 on Christmas Eve in Stockholm is still 23 December in UTC.
    const eve = quote({ startsAt: at('2026-12-24T00:30:00+01:00'), now: 0, holidays, surcharges: [holiday] });
    assert.deepEqual(surchargeAmounts(eve), [['h', 30_000]]);
    const before = quote({ startsAt: at('2026-12-23T23:30:00+01:00'), now: 0, holidays, surcharges: [holiday] });
    assert.deepEqual(surchargeAmounts(before), []);
  });

  test('a percent surcharge is of the base line (unit × quantity), not of travel', () => {
    const q = quote({
      item: { kind: 'class', label: 'Pilates', unitAmount: 15_000, quantity: 3 },
      startsAt: at('2026-01-17T10:00:00+01:00'),
      surcharges: [weekend],
      travel: {
        area: { centre: null, bands: [], postcodeZones: [{ prefix: '1', amount: 10_000 }] },
        place: { kind: 'postcode', postcode: '111 22' },
      },
    });
    assert.deepEqual(q.lines[0], {
      kind: 'base',
      label: 'Pilates',
      quantity: 3,
      unitAmount: 15_000,
      amount: 45_000,
      ref: null,
    });
    assert.deepEqual(surchargeAmounts(q), [['weekend', 9_000]]);
    assert.equal(q.subtotal, 45_000 + 10_000 + 9_000);
  });
});

describe('travel', () => {
  const centre = { lat: 59.3293, lon: 18.0686 }; // Stockholm
  /** A point `km` due north of the centre: along a meridian the haversine distance is exact. */
  const north = (km: number): Place => ({
    kind: 'coordinates',
    lat: centre.lat + (km * 180) / (Math.PI * 6371.0088),
    lon: centre.lon,
  });
  const area: ServiceArea = {
    centre,
    bands: [
      { upToKm: 10, fixedAmount: 0, perKmAmount: 0 },
      { upToKm: 50, fixedAmount: 10_000, perKmAmount: 500 },
    ],
    postcodeZones: [],
  };
  const travelLine = (place: Place, a: ServiceArea = area) => {
    const q = quote({ travel: { area: a, place } });
    return { line: q.lines.find((l) => l.kind === 'travel'), q };
  };

  test('haversine: Stockholm to Gothenburg is about 398 km; a point to itself is 0', () => {
    const d = distanceKm(centre, { lat: 57.7089, lon: 11.9746 });
    assert.ok(d > 395 && d < 400, String(d));
    assert.equal(distanceKm(centre, centre), 0);
  });

  test('bands: free within 10 km (its edge included), then 100 kr + 5 kr per started km beyond 10, none beyond 50', () => {
    assert.equal(travelLine(north(9.9)).line?.amount, 0);
    assert.equal(travelLine(north(10)).line?.amount, 0);
    // 12.3 km: 3 started km beyond 10
    const { line, q } = travelLine(north(12.3));
    assert.deepEqual(line, {
      kind: 'travel',
      label: 'Travel',
      quantity: 1,
      unitAmount: 11_500,
      amount: 11_500,
      ref: null,
    });
    assert.equal(q.distanceKm, 12.3);
    assert.equal(q.total, 111_500);
    assert.equal(travelLine(north(10.001)).line?.amount, 10_500);
    assert.equal(travelLine(north(50)).line?.amount, 10_000 + 40 * 500);
    const error = assertCode(() => travelLine(north(50.2)), 'out_of_service_area');
    assert.deepEqual(error.details, { distanceKm: 50.2, maxKm: 50 });
    assert.equal(error.status, 422);
  });

  test('postcode zones: blanks and case do not matter, the longest prefix wins, no match is outside the area', () => {
    const zones: ServiceArea = {
      centre: null,
      bands: [],
      postcodeZones: [
        { prefix: '11', amount: 20_000 },
        { prefix: '114', amount: 10_000 },
        { prefix: '1', amount: 30_000 },
        { prefix: 'sw1a ', amount: 5_000 },
      ],
    };
    const fee = (postcode: string) => travelLine({ kind: 'postcode', postcode }, zones).line;
    assert.deepEqual(fee('114 55'), {
      kind: 'travel',
      label: 'Travel',
      quantity: 1,
      unitAmount: 10_000,
      amount: 10_000,
      ref: '114',
    });
    assert.equal(fee(' 11455 ')?.amount, 10_000);
    assert.equal(fee('113 22')?.amount, 20_000);
    assert.equal(fee('190 00')?.amount, 30_000);
    assert.equal(fee('sw1a 1aa')?.ref, 'SW1A');
    assert.deepEqual(assertCode(() => fee('200 00'), 'out_of_service_area').details, { postcode: '20000' });
  });

  test('an address that could not be placed is never guessed', () => {
    assertCode(() => travelLine({ kind: 'unplaced' }), 'address_not_placed');
    // A map pin, but an area drawn by postcodes only (no centre, or no bands): no distance to price by.
    const byPostcode: ServiceArea = { centre: null, bands: [], postcodeZones: [{ prefix: '1', amount: 1 }] };
    assertCode(() => travelLine(north(1), byPostcode), 'address_not_placed');
    assertCode(() => travelLine(north(1), { ...byPostcode, centre }), 'address_not_placed');
    // A postcode, but an area drawn by distance only: that needs a geocoder.
    assertCode(() => travelLine({ kind: 'postcode', postcode: '114 55' }), 'address_not_placed');
    assertCode(() => travelLine({ kind: 'postcode', postcode: '  ' }, byPostcode), 'address_not_placed');
  });

  test('coordinates out of range are refused as invalid', () => {
    assertCode(() => travelLine({ kind: 'coordinates', lat: 91, lon: 0 }), 'validation_failed');
    assertCode(() => travelLine({ kind: 'coordinates', lat: 0, lon: Number.NaN }), 'validation_failed');
  });
});

describe('promo', () => {
  test('below the minimum order it is not applied; at the minimum it is', () => {
    const promo = { code: 'SPRING', adjustment: percent(1000), minimumOrder: 100_001 };
    const below = quote({ promo });
    assert.equal(below.promoApplied, false);
    assert.equal(below.discount, 0);
    assert.ok(!below.lines.some((l) => l.kind === 'discount'));
    assert.equal(below.total, 100_000);
    const at = quote({ promo: { ...promo, minimumOrder: 100_000 } });
    assert.equal(at.promoApplied, true);
    assert.equal(at.discount, 10_000);
  });

  test('percent of the subtotal (base + travel + surcharges)', () => {
    const q = quote({
      item: item(60_000),
      surcharges: [
        {
          id: 'w',
          name: 'Wednesday',
          when: { kind: 'weekly', weekdays: [3], from: null, until: null },
          adjustment: fixed(20_000),
        },
      ],
      travel: {
        area: { centre: null, bands: [], postcodeZones: [{ prefix: '', amount: 20_000 }] },
        place: { kind: 'postcode', postcode: '99999' },
      },
      promo: { code: 'TEN', adjustment: percent(1000), minimumOrder: 0 },
    });
    assert.equal(q.subtotal, 100_000);
    assert.equal(q.discount, 10_000);
    assert.deepEqual(q.lines.at(-1), {
      kind: 'discount',
      label: 'TEN',
      quantity: 1,
      unitAmount: -10_000,
      amount: -10_000,
      ref: 'TEN',
    });
    assert.equal(q.total, 90_000);
  });

  test('a fixed promo never takes more than the subtotal', () => {
    const q = quote({
      item: item(5_000),
      taxRate: vat(2500),
      promo: { code: 'GIFT', adjustment: fixed(20_000), minimumOrder: 0 },
    });
    assert.equal(q.discount, 5_000);
    assert.equal(q.total, 0);
    assert.equal(q.taxTotal, 0);
    const smaller = quote({ promo: { code: 'GIFT', adjustment: fixed(20_000), minimumOrder: 0 } });
    assert.equal(smaller.discount, 20_000);
    assert.equal(smaller.total, 80_000);
  });
});

describe('deposit', () => {
  test('percent of the total, the rest due later', () => {
    const q = quote({ taxRate: vat(2500), pricesIncludeTax: false, item: item(80_000), deposit: percent(3000) });
    assert.equal(q.total, 100_000);
    assert.equal(q.depositDueNow, 30_000);
    assert.equal(q.dueLater, 70_000);
  });

  test('fixed, and never more than the total; no deposit means all due now', () => {
    const q = quote({ deposit: fixed(20_000) });
    assert.deepEqual([q.depositDueNow, q.dueLater], [20_000, 80_000]);
    const capped = quote({ item: item(15_000), deposit: fixed(20_000) });
    assert.deepEqual([capped.depositDueNow, capped.dueLater], [15_000, 0]);
    const none = quote();
    assert.deepEqual([none.depositDueNow, none.dueLater], [100_000, 0]);
  });
});

test("the notary's whole quote: travel, weekend, promo, 25 % inclusive and a 30 % deposit", () => {
  const centre = { lat: 59.3293, lon: 18.0686 };
  const q = quote({
    startsAt: at('2026-03-28T11:00:00+01:00'),
    now: at('2026-03-20T09:00:00+01:00'),
    taxRate: vat(2500),
    surcharges: [
      {
        id: 'weekend',
        name: 'Weekend',
        when: { kind: 'weekly', weekdays: [6, 7], from: null, until: null },
        adjustment: percent(2000),
      },
      {
        id: 'sameday',
        name: 'Same day',
        when: { kind: 'short_notice', withinMinutes: 24 * 60 },
        adjustment: percent(5000),
      },
    ],
    travel: {
      area: {
        centre,
        bands: [
          { upToKm: 10, fixedAmount: 0, perKmAmount: 0 },
          { upToKm: 50, fixedAmount: 10_000, perKmAmount: 500 },
        ],
        postcodeZones: [],
      },
      place: { kind: 'coordinates', lat: centre.lat + (12.3 * 180) / (Math.PI * 6371.0088), lon: centre.lon },
    },
    promo: { code: 'WELCOME', adjustment: percent(1000), minimumOrder: 50_000 },
    deposit: percent(3000),
  });
  assert.deepEqual(
    q.lines.map((l) => [l.kind, l.ref, l.amount]),
    [
      ['base', null, 100_000],
      ['travel', null, 11_500],
      ['surcharge', 'weekend', 20_000],
      ['discount', 'WELCOME', -13_150],
    ],
  );
  assert.deepEqual(
    {
      subtotal: q.subtotal,
      discount: q.discount,
      taxTotal: q.taxTotal,
      total: q.total,
      now: q.depositDueNow,
      later: q.dueLater,
    },
    { subtotal: 131_500, discount: 13_150, taxTotal: 23_670, total: 118_350, now: 35_505, later: 82_845 },
  );
  assert.deepEqual(q.taxes, [{ name: 'VAT 25 %', basisPoints: 2500, taxableAmount: 94_680, taxAmount: 23_670 }]);
});

describe('input the engine refuses rather than price', () => {
  test('quantities, amounts, windows and zones', () => {
    assertCode(() => quote({ item: item(100, 0) }), 'validation_failed');
    assertCode(() => quote({ item: item(-1) }), 'validation_failed');
    assertCode(() => quote({ item: item(1.5) }), 'validation_failed');
    assertCode(() => quote({ item: item(Number.MAX_SAFE_INTEGER, 2) }), 'validation_failed');
    assertCode(() => quote({ timeZone: 'Europe/Atlantis' }), 'validation_failed');
    const window = (from: string | null, until: string | null): SurchargeRule[] => [
      { id: 'x', name: 'X', when: { kind: 'weekly', weekdays: [3], from, until }, adjustment: fixed(1) },
    ];
    assertCode(() => quote({ surcharges: window('25:00', null) }), 'validation_failed');
    assertCode(() => quote({ surcharges: window('9:00', null) }), 'validation_failed');
    assertCode(() => quote({ surcharges: window('10:00', '10:00') }), 'validation_failed');
    assertCode(() => quote({ surcharges: window(null, '00:00') }), 'validation_failed');
    const error = assertCode(() => quote({ surcharges: window('24:00', null) }), 'validation_failed');
    assert.deepEqual(error.details, [
      { in: 'quote', path: 'surcharges[0].when.from', message: "must be 'HH:MM', 00:00 to 23:59" },
    ]);
  });

  test('bands must ascend', () => {
    const area: ServiceArea = {
      centre: { lat: 59, lon: 18 },
      bands: [
        { upToKm: 10, fixedAmount: 0, perKmAmount: 0 },
        { upToKm: 10, fixedAmount: 0, perKmAmount: 0 },
      ],
      postcodeZones: [],
    };
    assertCode(
      () => quote({ travel: { area, place: { kind: 'coordinates', lat: 59, lon: 18 } } }),
      'validation_failed',
    );
  });
});
