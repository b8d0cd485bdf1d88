// Properties of the pricing engine (fast-check) over random items, VAT rates, prices inclusive and
// exclusive, surcharge rules, zones with DST changes, travel areas and places, promos and deposits:
// the lines add up to the total, the deposit and the rest add up to the total, every amount is a whole
// number, the tax is the rounded exact share (checked in integers, not by the engine's own rounding),
// the same input gives the same quote, and a free item with nothing added costs nothing.
//
//   PRICING_SEED=123 PRICING_RUNS=5000 node scripts/test.mjs pricing-engine.property
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import {
  type Adjustment,
  computeQuote,
  type Place,
  type Quote,
  type QuoteInput,
  type ServiceArea,
  type SurchargeRule,
} from '../../src/modules/pricing/pricing.engine.ts';
import { DomainError } from '../../src/platform/errors.ts';

const seed = process.env.PRICING_SEED ? Number(process.env.PRICING_SEED) : Date.now() % 2 ** 31;
const numRuns = process.env.PRICING_RUNS ? Number(process.env.PRICING_RUNS) : 1000;

const DAY = 86_400_000;
const ZONES = ['Europe/Stockholm', 'America/New_York', 'UTC', 'Asia/Kolkata', 'Australia/Lord_Howe'];
const B = 10_000n;

const hhmm = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

const adjustmentArb: fc.Arbitrary<Adjustment> = fc.oneof(
  fc.record({ kind: fc.constant('percent' as const), basisPoints: fc.integer({ min: 0, max: 20_000 }) }),
  fc.record({ kind: fc.constant('fixed' as const), amount: fc.integer({ min: 0, max: 2_000_000 }) }),
);

const windowArb = fc
  .tuple(fc.option(fc.integer({ min: 0, max: 1439 })), fc.option(fc.integer({ min: 1, max: 1440 })))
  .filter(([from, until]) => (from ?? 0) !== (until ?? 1440))
  .map(([from, until]) => ({ from: from === null ? null : hhmm(from), until: until === null ? null : hhmm(until) }));

const surchargeArb: fc.Arbitrary<SurchargeRule> = fc.record({
  id: fc.uuid(),
  name: fc.string({ minLength: 1, maxLength: 20 }),
  when: fc.oneof(
    fc
      .tuple(fc.uniqueArray(fc.integer({ min: 1, max: 7 }), { maxLength: 7 }), windowArb)
      .map(([weekdays, window]) => ({ kind: 'weekly' as const, weekdays, ...window })),
    fc.constant({ kind: 'holiday' as const }),
    fc.record({ kind: fc.constant('short_notice' as const), withinMinutes: fc.integer({ min: 0, max: 7 * 24 * 60 }) }),
  ),
  adjustment: adjustmentArb,
});

const centre = { lat: 59.3293, lon: 18.0686 };

const areaArb: fc.Arbitrary<ServiceArea> = fc.record({
  centre: fc.option(fc.constant(centre), { freq: 4 }),
  bands: fc
    .uniqueArray(fc.integer({ min: 1, max: 200_000 }), { maxLength: 4 })
    .map((edges) => edges.sort((a, b) => a - b))
    .chain((edges) =>
      fc.tuple(
        ...edges.map((metres) =>
          fc.record({
            upToKm: fc.constant(metres / 1000),
            fixedAmount: fc.integer({ min: 0, max: 100_000 }),
            perKmAmount: fc.integer({ min: 0, max: 2_000 }),
          }),
        ),
      ),
    ),
  postcodeZones: fc.array(
    fc.record({ prefix: fc.stringMatching(/^[0-9]{0,2}$/), amount: fc.integer({ min: 0, max: 100_000 }) }),
    { maxLength: 4 },
  ),
});

const placeArb: fc.Arbitrary<Place> = fc.oneof(
  fc.record({
    kind: fc.constant('coordinates' as const),
    lat: fc.double({ min: 58.5, max: 60.5, noNaN: true }),
    lon: fc.double({ min: 16.5, max: 19.5, noNaN: true }),
  }),
  fc.record({ kind: fc.constant('postcode' as const), postcode: fc.stringMatching(/^[0-9]{3} ?[0-9]{2}$/) }),
  fc.constant({ kind: 'unplaced' as const }),
);

const inputArb: fc.Arbitrary<QuoteInput> = fc
  .record({
    pricesIncludeTax: fc.boolean(),
    unitAmount: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 10_000_000 })),
    quantity: fc.integer({ min: 1, max: 50 }),
    kind: fc.constantFrom('class' as const, 'appointment' as const),
    taxRate: fc.option(
      fc.oneof(fc.constantFrom(0, 600, 1200, 2500), fc.integer({ min: 0, max: 10_000 })).map((basisPoints) => ({
        name: 'VAT',
        basisPoints,
      })),
    ),
    // 2020 to 2030: DST changes in every zone of the list that has them
    startsAt: fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2030, 0, 1) }),
    notice: fc.integer({ min: 0, max: 30 * DAY }),
    timeZone: fc.constantFrom(...ZONES),
    holidayOffsets: fc.array(fc.integer({ min: -1, max: 1 }), { maxLength: 2 }),
    surcharges: fc.array(surchargeArb, { maxLength: 4 }),
    travel: fc.option(fc.record({ area: areaArb, place: placeArb }), { freq: 2 }),
    promo: fc.option(
      fc.record({ code: fc.constantFrom('SPRING', 'TEN'), adjustment: adjustmentArb, minimumOrder: fc.nat(500_000) }),
    ),
    deposit: fc.option(adjustmentArb),
  })
  .map((r) => ({
    currency: 'SEK',
    pricesIncludeTax: r.pricesIncludeTax,
    item: { kind: r.kind, label: 'Item', unitAmount: r.unitAmount, quantity: r.quantity },
    taxRate: r.taxRate,
    startsAt: r.startsAt,
    now: r.startsAt - r.notice,
    timeZone: r.timeZone,
    // Around the start's UTC date, so that whether it is the local date depends on the zone.
    holidays: r.holidayOffsets.map((offset) => new Date(r.startsAt + offset * DAY).toISOString().slice(0, 10)),
    surcharges: r.surcharges,
    travel: r.travel,
    promo: r.promo,
    deposit: r.deposit,
  }));

/** The quote, or the refusal a travel place may get; any other error fails the property. */
function quoteOrRefusal(input: QuoteInput): Quote | DomainError {
  try {
    return computeQuote(input);
  } catch (error) {
    assert.ok(error instanceof DomainError, `unexpected ${String(error)}`);
    assert.ok(input.travel !== null, `${error.code} without travel`);
    assert.ok(['out_of_service_area', 'address_not_placed'].includes(error.code), error.code);
    return error;
  }
}

/** 2·|tax·d − n| ≤ d, and a tie goes away from zero: `tax` is n / d rounded half away from zero. */
function assertRoundedShare(tax: number, n: bigint, d: bigint, what: string) {
  const diff = BigInt(tax) * d - n;
  const twice = 2n * (diff < 0n ? -diff : diff);
  assert.ok(twice <= d, `${what}: ${tax} is not ${n}/${d} rounded`);
  if (twice === d) assert.ok(diff > 0n, `${what}: a tie must round up`);
}

function checkQuote(input: QuoteInput, quote: Quote) {
  const numbers = [
    quote.subtotal,
    quote.discount,
    quote.taxTotal,
    quote.total,
    quote.depositDueNow,
    quote.dueLater,
    ...quote.lines.flatMap((l) => [l.amount, l.unitAmount, l.quantity]),
    ...quote.taxes.flatMap((t) => [t.taxableAmount, t.taxAmount, t.basisPoints]),
  ];
  for (const n of numbers) assert.ok(Number.isSafeInteger(n), `${n} is not a whole number`);

  const sum = (lines: Quote['lines']) => lines.reduce((s, l) => s + l.amount, 0);
  assert.equal(quote.subtotal, sum(quote.lines.filter((l) => l.kind !== 'discount')));
  assert.equal(sum(quote.lines), quote.subtotal - quote.discount);
  assert.ok(quote.discount >= 0 && quote.discount <= quote.subtotal);
  assert.equal(quote.promoApplied, input.promo !== null && quote.subtotal >= input.promo.minimumOrder);
  if (!quote.promoApplied) assert.equal(quote.discount, 0);

  const afterDiscount = quote.subtotal - quote.discount;
  assert.equal(
    quote.total,
    input.pricesIncludeTax ? quote.subtotal - quote.discount : quote.subtotal - quote.discount + quote.taxTotal,
  );
  assert.equal(
    quote.taxTotal,
    quote.taxes.reduce((s, t) => s + t.taxAmount, 0),
  );
  if (input.taxRate === null) assert.deepEqual(quote.taxes, []);
  else {
    const [tax] = quote.taxes;
    assert.ok(tax && quote.taxes.length === 1);
    const r = BigInt(input.taxRate.basisPoints);
    const amount = BigInt(afterDiscount);
    if (input.pricesIncludeTax) {
      assertRoundedShare(tax.taxAmount, amount * r, B + r, 'inclusive tax');
      assert.equal(tax.taxableAmount + tax.taxAmount, afterDiscount);
    } else {
      assertRoundedShare(tax.taxAmount, amount * r, B, 'exclusive tax');
      assert.equal(tax.taxableAmount, afterDiscount);
    }
  }

  assert.equal(quote.depositDueNow + quote.dueLater, quote.total);
  assert.ok(quote.depositDueNow >= 0 && quote.depositDueNow <= quote.total);
  if (input.deposit === null) assert.equal(quote.depositDueNow, quote.total);
}

test(`every quote adds up, with the tax rounded from the exact share (seed ${seed}, ${numRuns} runs)`, () => {
  console.log(`pricing property: PRICING_SEED=${seed} PRICING_RUNS=${numRuns}`);
  let priced = 0;
  fc.assert(
    fc.property(inputArb, (generated) => {
      // Plain objects (fast-check's records have no prototype), so that a copy is deep-equal to them.
      const input = structuredClone(generated);
      const copy = structuredClone(generated);
      const first = quoteOrRefusal(input);
      assert.deepEqual(input, copy, 'the input is not changed');
      const again = quoteOrRefusal(copy);
      // The same input, the same quote (or the same refusal), deep-equal.
      assert.deepEqual(again, first);
      if (first instanceof DomainError) {
        assert.deepEqual([(again as DomainError).code, (again as DomainError).details], [first.code, first.details]);
        return;
      }
      if (input.travel && 'place' in input.travel && input.travel.place.kind === 'unplaced')
        assert.fail('an unplaced address was priced');
      priced++;
      checkQuote(input, first);
    }),
    { seed, numRuns, includeErrorInReport: true },
  );
  assert.ok(priced > numRuns / 2, `only ${priced} of ${numRuns} inputs were priced`);
});

test(`a free item with no travel and no surcharge costs nothing, whatever the tax, promo and deposit (seed ${seed})`, () => {
  fc.assert(
    fc.property(inputArb, (input) => {
      const quote = computeQuote({
        ...input,
        item: { ...input.item, unitAmount: 0 },
        travel: null,
        surcharges: input.surcharges.filter((rule) => rule.adjustment.kind === 'percent'),
      });
      assert.deepEqual(
        [quote.subtotal, quote.discount, quote.taxTotal, quote.total, quote.depositDueNow, quote.dueLater],
        [0, 0, 0, 0, 0, 0],
      );
    }),
    { seed, numRuns },
  );
});
