/**
 * The pricing engine: what is booked, when, where and with which promo code → a quote with its lines,
 * tax, total and deposit. Pure: plain data in, plain data out; no database, no clock (the caller passes
 * `now`), no randomness, so the same input always gives the same quote and a stored quote can be
 * recomputed to see whether the price moved.
 *
 * Money is integer minor units (öre, cents) throughout. Rounding rule: every line that is a share of
 * another amount (a percent surcharge, a percent discount, the tax, a percent deposit) is rounded once,
 * half away from zero, to the minor unit; the arithmetic behind it is exact (BigInt), so 0.5 öre is
 * never at the mercy of a binary fraction. Totals are sums of rounded lines, so the lines always add up.
 *
 * The order of the calculation:
 * 1. base = unitAmount × quantity;
 * 2. travel fee (a distance band, or a postcode zone) when the service happens at the customer's place;
 * 3. surcharges whose rule matches the start's local wall time in `timeZone`, each a percent of the base
 *    line or a fixed amount;
 * 4. subtotal = base + travel + surcharges; the promo takes its share of the subtotal, only when the
 *    subtotal reaches the promo's minimum order, and never more than the subtotal;
 * 5. tax on what is left after the discount: carved out of it when prices include tax, added to it when not;
 * 6. the deposit is a share of the total, between 0 and the total; the rest is due later.
 */
import { DateTime, IANAZone } from 'luxon';
import { DomainError } from '../../platform/errors.ts';

export interface TaxRateRule {
  name: string;
  /** 2500 = 25 % */
  basisPoints: number;
}

export type Adjustment = { kind: 'percent'; basisPoints: number } | { kind: 'fixed'; amount: number };

export interface SurchargeRule {
  id: string;
  name: string;
  when:
    | { kind: 'weekly'; weekdays: number[]; from: string | null; until: string | null } // ISO weekday 1=Mon..7=Sun; 'HH:MM' local, null = whole day; until may be '24:00'
    | { kind: 'holiday' } // the local start date is in QuoteInput.holidays
    | { kind: 'short_notice'; withinMinutes: number }; // starts within this many minutes of now
  /** percent of the base line (unit × quantity), or a fixed amount once per booking */
  adjustment: Adjustment;
}

export interface ServiceArea {
  centre: { lat: number; lon: number } | null;
  /** ascending by upToKm; a distance within a band costs fixedAmount + perKmAmount × whole km beyond the previous band's upToKm (rounded up); beyond the last band: out_of_service_area */
  bands: { upToKm: number; fixedAmount: number; perKmAmount: number }[];
  /** longest matching prefix wins; no match → out_of_service_area when the place is a postcode */
  postcodeZones: { prefix: string; amount: number }[];
}

export type Place =
  | { kind: 'coordinates'; lat: number; lon: number }
  | { kind: 'postcode'; postcode: string }
  | { kind: 'unplaced' }; // an address no geocoder could place

export interface PromoRule {
  code: string;
  adjustment: Adjustment;
  minimumOrder: number;
}

export interface QuoteInput {
  /** ISO 4217, upper case */
  currency: string;
  pricesIncludeTax: boolean;
  item: { kind: 'class' | 'appointment'; label: string; unitAmount: number; quantity: number };
  /** null: no VAT line */
  taxRate: TaxRateRule | null;
  /** epoch ms */
  startsAt: number;
  /** epoch ms */
  now: number;
  /** IANA, the location's or the organisation's */
  timeZone: string;
  /** 'YYYY-MM-DD' local dates */
  holidays: string[];
  surcharges: SurchargeRule[];
  /**
   * null: not at the customer's address. `kept`: the fee a booking was priced with, for a booking moved
   * to another time — the trip is the same, so its fee is not priced again against a redrawn area.
   */
  travel: { area: ServiceArea; place: Place } | { kept: { amount: number; ref: string | null } } | null;
  /** already looked up and checked for validity/limits by the caller */
  promo: PromoRule | null;
  /** of the total */
  deposit: Adjustment | null;
}

export interface QuoteLine {
  kind: 'base' | 'travel' | 'surcharge' | 'discount';
  label: string;
  quantity: number;
  unitAmount: number;
  /** as entered (inclusive or exclusive of tax per pricesIncludeTax); discount lines negative */
  amount: number;
  /** surcharge id, promo code, postcode zone prefix, … */
  ref: string | null;
}

export interface Quote {
  currency: string;
  pricesIncludeTax: boolean;
  lines: QuoteLine[];
  /** sum of non-discount lines */
  subtotal: number;
  /** ≥ 0, never more than subtotal */
  discount: number;
  /** taxableAmount excludes tax */
  taxes: { name: string; basisPoints: number; taxableAmount: number; taxAmount: number }[];
  taxTotal: number;
  /** what the customer pays in all (tax included) */
  total: number;
  /** = total when no deposit; ≤ total */
  depositDueNow: number;
  /** total − depositDueNow */
  dueLater: number;
  /** false when the order is under minimumOrder */
  promoApplied: boolean;
  /** the distance from the area's centre, in km to the metre, when the travel fee was priced by distance */
  distanceKm?: number;
}

/** The label of the travel line; the web app shows its own words for `kind: 'travel'`. */
const TRAVEL_LABEL = 'Travel';

const MINUTE_MS = 60_000;
const BASIS = 10_000n;
const EARTH_RADIUS_KM = 6371.0088; // the mean radius (IUGG): the haversine error against the ellipsoid stays under 0.5 %

export function computeQuote(input: QuoteInput): Quote {
  checkInput(input);
  const lines: QuoteLine[] = [];

  const base = safe(BigInt(input.item.unitAmount) * BigInt(input.item.quantity), 'item.quantity');
  lines.push({
    kind: 'base',
    label: input.item.label,
    quantity: input.item.quantity,
    unitAmount: input.item.unitAmount,
    amount: base,
    ref: null,
  });

  let distanceKm: number | undefined;
  if (input.travel) {
    // A line even when the band is free: the customer sees that travel was priced, not forgotten.
    const fee: { amount: number; ref: string | null; distanceKm?: number } =
      'kept' in input.travel ? input.travel.kept : travelFee(input.travel.area, input.travel.place);
    distanceKm = fee.distanceKm;
    lines.push({
      kind: 'travel',
      label: TRAVEL_LABEL,
      quantity: 1,
      unitAmount: fee.amount,
      amount: fee.amount,
      ref: fee.ref,
    });
  }

  const local = DateTime.fromMillis(input.startsAt, { zone: input.timeZone });
  input.surcharges.forEach((rule) => {
    if (!surchargeApplies(rule, local, input)) return;
    const amount = applyAdjustment(rule.adjustment, base);
    lines.push({ kind: 'surcharge', label: rule.name, quantity: 1, unitAmount: amount, amount, ref: rule.id });
  });

  const subtotal = safe(
    lines.reduce((sum, line) => sum + BigInt(line.amount), 0n),
    'item',
  );

  const promoApplied = input.promo !== null && subtotal >= input.promo.minimumOrder;
  const discount = input.promo && promoApplied ? clamp(applyAdjustment(input.promo.adjustment, subtotal), subtotal) : 0;
  if (input.promo && promoApplied) {
    // `0 - discount`, not `-discount`: a 0 discount must be +0, or two equal quotes would not be deep-equal.
    const amount = 0 - discount;
    lines.push({
      kind: 'discount',
      label: input.promo.code,
      quantity: 1,
      unitAmount: amount,
      amount,
      ref: input.promo.code,
    });
  }

  const afterDiscount = subtotal - discount;
  const taxes: Quote['taxes'] = [];
  if (input.taxRate) {
    const rate = BigInt(input.taxRate.basisPoints);
    // Inclusive: the price holds the tax, gross × r / (1 + r); exclusive: the tax is added, net × r.
    const taxAmount = input.pricesIncludeTax
      ? roundDiv(BigInt(afterDiscount) * rate, BASIS + rate)
      : roundDiv(BigInt(afterDiscount) * rate, BASIS);
    taxes.push({
      name: input.taxRate.name,
      basisPoints: input.taxRate.basisPoints,
      taxableAmount: input.pricesIncludeTax ? afterDiscount - taxAmount : afterDiscount,
      taxAmount,
    });
  }
  const taxTotal = taxes.reduce((sum, tax) => sum + tax.taxAmount, 0);
  const total = safe(BigInt(afterDiscount) + BigInt(input.pricesIncludeTax ? 0 : taxTotal), 'item');

  const depositDueNow = input.deposit === null ? total : clamp(applyAdjustment(input.deposit, total), total);

  return {
    currency: input.currency,
    pricesIncludeTax: input.pricesIncludeTax,
    lines,
    subtotal,
    discount,
    taxes,
    taxTotal,
    total,
    depositDueNow,
    dueLater: total - depositDueNow,
    promoApplied,
    ...(distanceKm === undefined ? {} : { distanceKm }),
  };
}

/** Great-circle distance in km (haversine, on a sphere of the Earth's mean radius). */
export function distanceKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Strips blanks and upper-cases, so '114 55', '11455' and '114 55 ' are the same postcode. */
export const normalisePostcode = (postcode: string): string => postcode.replace(/\s+/g, '').toUpperCase();

function travelFee(area: ServiceArea, place: Place): { amount: number; ref: string | null; distanceKm?: number } {
  if (place.kind === 'unplaced') throw new DomainError('address_not_placed');
  if (place.kind === 'coordinates') {
    // No centre (or no bands) means the area is drawn by postcodes only. A map pin carries no postcode, and
    // picking the zone "nearest" to a pin would be a guess: the quote says so rather than charge a made-up fee.
    if (!area.centre || area.bands.length === 0)
      throw new DomainError('address_not_placed', {}, { reason: 'no_distance_bands' });
    // Whole metres, so that band edges and "km beyond" are integer arithmetic, free of float noise.
    const metres = Math.round(distanceKm(area.centre, place) * 1000);
    let previousMetres = 0;
    for (const band of area.bands) {
      const upToMetres = Math.round(band.upToKm * 1000);
      if (metres <= upToMetres) {
        const beyondKm = Math.ceil(Math.max(0, metres - previousMetres) / 1000);
        const amount = safe(
          BigInt(band.fixedAmount) + BigInt(band.perKmAmount) * BigInt(beyondKm),
          'travel.area.bands',
        );
        return { amount, ref: null, distanceKm: metres / 1000 };
      }
      previousMetres = upToMetres;
    }
    throw new DomainError('out_of_service_area', {}, { distanceKm: metres / 1000, maxKm: previousMetres / 1000 });
  }
  const postcode = normalisePostcode(place.postcode);
  // An area drawn only by distance cannot price a postcode without a geocoder: not placed, not "outside".
  if (postcode === '' || area.postcodeZones.length === 0)
    throw new DomainError('address_not_placed', {}, { reason: postcode === '' ? 'no_postcode' : 'no_postcode_zones' });
  let best: { prefix: string; amount: number } | null = null;
  for (const zone of area.postcodeZones) {
    const prefix = normalisePostcode(zone.prefix);
    if (postcode.startsWith(prefix) && (best === null || prefix.length > best.prefix.length))
      best = { prefix, amount: zone.amount };
  }
  if (!best) throw new DomainError('out_of_service_area', {}, { postcode });
  return { amount: best.amount, ref: best.prefix };
}

function surchargeApplies(rule: SurchargeRule, local: DateTime, input: QuoteInput): boolean {
  const when = rule.when;
  switch (when.kind) {
    case 'holiday':
      return input.holidays.includes(local.toISODate() as string);
    case 'short_notice':
      // "Within N minutes": a start less than N minutes ahead; one exactly N minutes ahead is not.
      return input.startsAt - input.now < when.withinMinutes * MINUTE_MS;
    case 'weekly': {
      if (!when.weekdays.includes(local.weekday)) return false;
      const minute = local.hour * 60 + local.minute;
      const from = when.from === null ? 0 : (wallMinutes(when.from) as number);
      const until = when.until === null ? 24 * 60 : (wallMinutes(when.until) as number);
      // A window whose end comes before its start runs past midnight (18:00–06:00); both of its parts
      // are judged on the start's own weekday. Seconds are ignored: a start at 17:59:30 is 17:59.
      return from < until ? minute >= from && minute < until : minute >= from || minute < until;
    }
  }
}

/** 'HH:MM' → minutes after midnight; '24:00' is the end of the day; anything else is null. */
function wallMinutes(text: string): number | null {
  const match = /^([01]\d|2[0-4]):([0-5]\d)$/.exec(text);
  if (!match) return null;
  const minutes = Number(match[1]) * 60 + Number(match[2]);
  return minutes <= 24 * 60 ? minutes : null;
}

function applyAdjustment(adjustment: Adjustment, of: number): number {
  return adjustment.kind === 'fixed' ? adjustment.amount : roundDiv(BigInt(of) * BigInt(adjustment.basisPoints), BASIS);
}

const clamp = (amount: number, max: number) => Math.min(Math.max(amount, 0), max);

/** n / d rounded half away from zero, exactly (d > 0). */
function roundDiv(n: bigint, d: bigint): number {
  const negative = n < 0n;
  const magnitude = negative ? -n : n;
  const rounded = (magnitude * 2n + d) / (d * 2n);
  return safe(negative ? -rounded : rounded, 'amount');
}

function safe(value: bigint, path: string): number {
  if (value > BigInt(Number.MAX_SAFE_INTEGER) || value < -BigInt(Number.MAX_SAFE_INTEGER))
    throw invalid(path, 'makes an amount too large to price');
  return Number(value);
}

const invalid = (path: string, message: string) =>
  new DomainError('validation_failed', {}, [{ in: 'quote', path, message }]);

const isAmount = (value: number) => Number.isSafeInteger(value) && value >= 0;

/**
 * The caller validates requests and settings with its schemas; this is the last line, so that a bad
 * value stored or sent anyway becomes a 422 naming the field, never NaN in a price or a 500.
 */
function checkInput(input: QuoteInput): void {
  if (!/^[A-Z]{3}$/.test(input.currency)) throw invalid('currency', 'must be an ISO 4217 code in upper case');
  if (!isAmount(input.item.unitAmount)) throw invalid('item.unitAmount', 'must be a whole number ≥ 0');
  if (!Number.isSafeInteger(input.item.quantity) || input.item.quantity < 1)
    throw invalid('item.quantity', 'must be a whole number ≥ 1');
  if (input.taxRate && !isAmount(input.taxRate.basisPoints))
    throw invalid('taxRate.basisPoints', 'must be a whole number ≥ 0');
  if (!Number.isFinite(input.startsAt) || !Number.isFinite(input.now)) throw invalid('startsAt', 'must be an instant');
  // create() keeps one zone per name, its validity found once; isValidZone builds a formatter per call.
  if (!IANAZone.create(input.timeZone).isValid) throw invalid('timeZone', 'is not an IANA time zone');
  const checkAdjustment = (adjustment: Adjustment, path: string) => {
    const value = adjustment.kind === 'fixed' ? adjustment.amount : adjustment.basisPoints;
    if (!isAmount(value)) throw invalid(path, 'must be a whole number ≥ 0');
  };
  input.surcharges.forEach((rule, i) => {
    const path = `surcharges[${i}]`;
    checkAdjustment(rule.adjustment, `${path}.adjustment`);
    const when = rule.when;
    if (when.kind === 'short_notice' && !isAmount(when.withinMinutes))
      throw invalid(`${path}.when.withinMinutes`, 'must be a whole number ≥ 0');
    if (when.kind === 'weekly') {
      if (!when.weekdays.every((day) => Number.isInteger(day) && day >= 1 && day <= 7))
        throw invalid(`${path}.when.weekdays`, 'must be ISO weekdays, 1 (Monday) to 7 (Sunday)');
      const from = when.from === null ? 0 : wallMinutes(when.from);
      const until = when.until === null ? 24 * 60 : wallMinutes(when.until);
      if (from === null || from === 24 * 60) throw invalid(`${path}.when.from`, "must be 'HH:MM', 00:00 to 23:59");
      if (until === null || until === 0) throw invalid(`${path}.when.until`, "must be 'HH:MM', 00:01 to 24:00");
      if (from === until) throw invalid(`${path}.when.until`, 'must differ from from');
    }
  });
  if (input.promo) {
    checkAdjustment(input.promo.adjustment, 'promo.adjustment');
    if (!isAmount(input.promo.minimumOrder)) throw invalid('promo.minimumOrder', 'must be a whole number ≥ 0');
  }
  if (input.deposit) checkAdjustment(input.deposit, 'deposit');
  if (input.travel && 'kept' in input.travel) {
    if (!isAmount(input.travel.kept.amount)) throw invalid('travel.kept.amount', 'must be a whole number ≥ 0');
  } else if (input.travel) {
    const { area, place } = input.travel;
    if (place.kind === 'coordinates' && !isCoordinate(place))
      throw invalid('travel.place', 'lat must be −90 to 90 and lon −180 to 180');
    if (area.centre && !isCoordinate(area.centre))
      throw invalid('travel.area.centre', 'lat must be −90 to 90 and lon −180 to 180');
    area.bands.forEach((band, i) => {
      const previous = i === 0 ? 0 : (area.bands[i - 1] as { upToKm: number }).upToKm;
      if (!Number.isFinite(band.upToKm) || band.upToKm <= previous)
        throw invalid(`travel.area.bands[${i}].upToKm`, 'must be > 0 and ascending');
      if (!isAmount(band.fixedAmount) || !isAmount(band.perKmAmount))
        throw invalid(`travel.area.bands[${i}]`, 'amounts must be whole numbers ≥ 0');
    });
    area.postcodeZones.forEach((zone, i) => {
      if (!isAmount(zone.amount)) throw invalid(`travel.area.postcodeZones[${i}].amount`, 'must be a whole number ≥ 0');
    });
  }
}

const isCoordinate = (point: { lat: number; lon: number }) =>
  Number.isFinite(point.lat) && Number.isFinite(point.lon) && Math.abs(point.lat) <= 90 && Math.abs(point.lon) <= 180;
