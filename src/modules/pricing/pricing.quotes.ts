/**
 * Quotes: gathers what the engine needs (the organisation's tax setting and rates, the item's rate and
 * deposit, surcharges and holidays, the service area, a promo code checked for validity) and lets the
 * pure engine price it. `POST /quotes` answers it as it is; checkout books at it (checkout.service.ts) and
 * stores it with the booking.
 */
import type { RequestContext } from '../../platform/context.ts';
import { type Db, violatedConstraint } from '../../platform/db.ts';
import { DomainError } from '../../platform/errors.ts';
import type { Geocoder } from '../../platform/geocoding.ts';
import type { WriteBatch } from '../../platform/write-batch.ts';
import type { ClassRow } from '../classes/classes.tables.ts';
import { findClass } from '../classes/classes.repo.ts';
import { findLocation } from '../locations/locations.repo.ts';
import { findService } from '../services/services.repo.ts';
import type { ServiceRow } from '../services/services.tables.ts';
import { type Place, type Quote, type QuoteInput, computeQuote, normalisePostcode } from './pricing.engine.ts';
import {
  countCustomerBookings,
  countCustomerPromoUses,
  findPromo,
  findPromoByCode,
  findServiceArea,
  findTaxRate,
  hasServiceArea,
  bookingQuoteInserts,
  insertPromoUse,
  lockPromoRoom,
  replaceBookingQuote,
  findStoredQuote,
  selectHolidays,
  selectSurcharges,
} from './pricing.repo.ts';
import type { BookingPricingDto } from '../bookings/bookings.schema.ts';
import { cancellationDeadline } from '../bookings/bookings.dto.ts';
import { policyFor } from '../policies/policies.service.ts';
import type { QuoteDto, QuoteRequest } from './pricing.schema.ts';
import type { StoredQuote } from './pricing.repo.ts';
import { toAdjustment, toSurchargeDto } from './pricing.service.ts';
import type { BookingPriceLineRow, PromoCodeRow } from './pricing.tables.ts';

/** What is priced: spots in a class, or a service at a start. */
export type PricedItem =
  | { kind: 'class'; cls: ClassRow; spots: number }
  | { kind: 'appointment'; service: ServiceRow; start: Date };

/** Where an at-customer service happens, as the request gave it: a pin, a postcode, or an address placed (or not). */
export type PlaceInput = { lat: number; lon: number } | { postcode: string } | { unplaced: true } | null;

export interface Priced {
  quote: Quote;
  /** The code the quote applied (null when none was given, or the order is under its minimum). */
  promo: PromoCodeRow | null;
}

/**
 * Where the customer is, before any transaction: a pin or postcode as given, else the address placed
 * on the map by the geocoder (a network call, so never inside a transaction), else "unplaced" — the
 * quote then says the address could not be placed rather than guess.
 */
export async function resolvePlace(
  input: { place?: QuoteRequest['place']; address?: string | undefined },
  geocoder: Geocoder | null,
): Promise<PlaceInput> {
  const { place, address } = input;
  // The fee is for the address the visit goes to: a postcode or a pin sent beside it must be that
  // address's. A postcode must be written in the address; a pin gives way to the geocoder's reading of
  // the address where there is a geocoder (without one, a pin is taken as sent).
  if (place && 'postcode' in place && address && !writtenIn(address, place.postcode)) {
    throw new DomainError('postcode_not_in_address');
  }
  if (place && 'lat' in place && address && geocoder) {
    return (await geocoder.lookup(address)) ?? { unplaced: true };
  }
  if (place) return place;
  if (!address) return null;
  const found = geocoder ? await geocoder.lookup(address) : null;
  return found ?? { unplaced: true };
}

/** Whether the postcode is in the address, blanks and case aside ("114 55" in "Storgatan 1, 11455 Stockholm"). */
const writtenIn = (address: string, postcode: string) =>
  normalisePostcode(address).includes(normalisePostcode(postcode));

function toPlace(place: PlaceInput): Place {
  if (!place || 'unplaced' in place) return { kind: 'unplaced' };
  if ('postcode' in place) return { kind: 'postcode', postcode: place.postcode };
  return { kind: 'coordinates', lat: place.lat, lon: place.lon };
}

/**
 * A promo code as the customer typed it, checked for what does not depend on who books: it exists and
 * is active, it is valid now, it applies to this item, and uses are left. The per-customer rules are
 * checked at booking, under the customer's row lock (`checkPromoForCustomer`).
 */
async function usablePromo(
  db: Db,
  org: { id: string; currency: string },
  code: string,
  item: PricedItem,
  now: Date,
): Promise<PromoCodeRow> {
  const orgId = org.id;
  const promo = await findPromoByCode(db, orgId, code);
  if (!promo?.active) throw new DomainError('promo_not_found');
  if ((promo.validFrom && now < promo.validFrom) || (promo.validUntil && now >= promo.validUntil)) {
    throw new DomainError('promo_expired');
  }
  if (!promoCovers(promo, item)) throw new DomainError('promo_not_applicable');
  // An amount off, or a minimum order, is in the organisation's currency: not for an item priced in another.
  const itemCurrency = item.kind === 'class' ? item.cls.currency : item.service.currency;
  if ((promo.adjustmentKind === 'fixed' || promo.minimumOrder > 0) && itemCurrency !== org.currency) {
    throw new DomainError('promo_not_applicable');
  }
  if (promo.maxUses !== null && promo.usesCount >= promo.maxUses) throw new DomainError('promo_exhausted');
  return promo;
}

/** Whether a code is for this item: everything, its kind (classes, appointments), or it by name. */
function promoCovers(promo: PromoCodeRow, item: PricedItem): boolean {
  return (
    promo.appliesTo === 'all' ||
    (promo.appliesTo === 'classes' && item.kind === 'class') ||
    (promo.appliesTo === 'services' && item.kind === 'appointment') ||
    (promo.appliesTo === 'listed' &&
      (item.kind === 'class' ? promo.classIds.includes(item.cls.id) : promo.serviceIds.includes(item.service.id)))
  );
}

/** The rules that depend on the customer; the caller holds the customer's row lock, so they hold until commit. */
export async function checkPromoForCustomer(
  tx: Db,
  orgId: string,
  promo: PromoCodeRow,
  customerId: string,
): Promise<void> {
  if (promo.firstBookingOnly && (await countCustomerBookings(tx, orgId, customerId)) > 0) {
    throw new DomainError('promo_not_applicable', {}, { reason: 'first_booking_only' });
  }
  if (
    promo.maxUsesPerCustomer !== null &&
    (await countCustomerPromoUses(tx, promo.id, customerId)) >= promo.maxUsesPerCustomer
  ) {
    throw new DomainError('promo_exhausted', {}, { reason: 'per_customer_limit' });
  }
}

/**
 * The price of an item, as the engine computes it from the organisation's pricing. The organisation's
 * own settings come with the request's organisation (cached like the rest of it, see resolveOrganisation):
 * a booking no longer reads the organisation row.
 */
export async function priceItem(
  db: Db,
  ctx: RequestContext,
  item: PricedItem,
  options: { promoCode?: string | undefined; place: PlaceInput; now: Date },
): Promise<Priced> {
  const orgId = ctx.org.id;
  const pricing = item.kind === 'class' ? item.cls : item.service;
  const promo = options.promoCode ? await usablePromo(db, ctx.org, options.promoCode, item, options.now) : null;
  const input: QuoteInput = {
    currency: item.kind === 'class' ? item.cls.currency : item.service.currency,
    pricesIncludeTax: ctx.org.pricesIncludeTax,
    item:
      item.kind === 'class'
        ? { kind: 'class', label: item.cls.title, unitAmount: item.cls.priceAmount, quantity: item.spots }
        : { kind: 'appointment', label: item.service.name, unitAmount: item.service.priceAmount, quantity: 1 },
    taxRate: await taxTerms(db, ctx, pricing.taxRateId),
    startsAt: (item.kind === 'class' ? item.cls.startsAt : item.start).getTime(),
    now: options.now.getTime(),
    // Surcharges are for appointments (a class's price is set per class, weekend or not).
    ...(await timeTerms(db, ctx, item.kind === 'appointment' ? item.service : null)),
    travel: await travelFor(db, orgId, item, options.place),
    promo: promoTerms(promo),
    deposit: depositTerms(pricing),
  };
  const quote = computeQuote(input);
  return { quote, promo: quote.promoApplied ? promo : null };
}

/**
 * The price of a booked appointment at another start (a reschedule): the same service, provider, address
 * and promo code, priced again at the new start's local time — weekend, after-hours, holiday and
 * short-notice surcharges are judged at the new start and `now`. What the customer agreed to that does
 * not depend on the time stays as booked: the base price, the travel fee (the same trip), the tax rate
 * and the promo code, whose use was counted at booking and is neither counted nor checked again. Null
 * for a booking made before prices had lines: its price stays as it is.
 */
export async function repriceAppointment(
  db: Db,
  ctx: RequestContext,
  stored: StoredQuote | undefined,
  service: ServiceRow,
  start: Date,
  now: Date,
): Promise<Priced | null> {
  const base = stored?.lines.find((line) => line.kind === 'base');
  if (!stored || !base) return null;
  const orgId = ctx.org.id;
  const travel = stored.lines.find((line) => line.kind === 'travel');
  const taxed = stored.lines.find((line) => line.taxName !== null && line.taxBasisPoints !== null);
  const promo = stored.quote.promoId ? ((await findPromo(db, orgId, stored.quote.promoId)) ?? null) : null;
  const quote = computeQuote({
    currency: service.currency,
    pricesIncludeTax: stored.quote.pricesIncludeTax,
    item: { kind: 'appointment', label: base.label, unitAmount: base.unitAmount, quantity: base.quantity },
    taxRate: taxed ? { name: taxed.taxName as string, basisPoints: taxed.taxBasisPoints as number } : null,
    startsAt: start.getTime(),
    now: now.getTime(),
    ...(await timeTerms(db, ctx, service)),
    travel: travel ? { kept: { amount: travel.amount, ref: travel.ref } } : null,
    promo: promoTerms(promo),
    deposit: depositTerms(service),
  });
  // The code stays the booking's (its use is not given back) even if the new total is under its minimum.
  return { quote, promo };
}

/**
 * The price of a class booking moved to another class: the new class's price for the same spots, with
 * its tax rate and deposit. The promo code goes along when it is for the new class too (its use was
 * counted at booking and is not counted again); a code for the old class alone does not discount
 * another, so its discount is dropped and the difference is due. Null for a booking made before prices
 * had lines: its price stays as it is.
 */
export async function repriceClassMove(
  db: Db,
  ctx: RequestContext,
  stored: StoredQuote | undefined,
  cls: ClassRow,
  spots: number,
  now: Date,
): Promise<Priced | null> {
  if (!stored?.lines.some((line) => line.kind === 'base')) return null;
  const orgId = ctx.org.id;
  const booked = stored.quote.promoId ? ((await findPromo(db, orgId, stored.quote.promoId)) ?? null) : null;
  const promo = booked && promoCovers(booked, { kind: 'class', cls, spots }) ? booked : null;
  const quote = computeQuote({
    currency: cls.currency,
    pricesIncludeTax: stored.quote.pricesIncludeTax,
    item: { kind: 'class', label: cls.title, unitAmount: cls.priceAmount, quantity: spots },
    taxRate: await taxTerms(db, ctx, cls.taxRateId),
    startsAt: cls.startsAt.getTime(),
    now: now.getTime(),
    ...(await timeTerms(db, ctx, null)),
    travel: null,
    promo: promoTerms(promo),
    deposit: depositTerms(cls),
  });
  return { quote, promo };
}

/** The tax rate an item is priced with: its own, else the organisation's default (none: untaxed). */
async function taxTerms(db: Db, ctx: RequestContext, taxRateId: string | null): Promise<QuoteInput['taxRate']> {
  const id = taxRateId ?? ctx.org.defaultTaxRateId;
  const rate = id ? await findTaxRate(db, ctx.org.id, id) : undefined;
  return rate ? { name: rate.name, basisPoints: rate.basisPoints } : null;
}

/**
 * What judges a start's local time: an appointment's surcharges, the holidays and the zone of the
 * service's location (read only when there are surcharges, the one thing the local time decides); a
 * class (null) has none, and is in the organisation's zone.
 */
async function timeTerms(
  db: Db,
  ctx: RequestContext,
  service: { locationId: string | null } | null,
): Promise<Pick<QuoteInput, 'timeZone' | 'holidays' | 'surcharges'>> {
  const orgId = ctx.org.id;
  const surcharges = service ? await selectSurcharges(db, orgId, true) : [];
  if (surcharges.length === 0) return { timeZone: ctx.org.timeZone, holidays: [], surcharges: [] };
  const location = service?.locationId ? await findLocation(db, orgId, service.locationId) : undefined;
  return {
    timeZone: location?.timeZone ?? ctx.org.timeZone,
    holidays: (await selectHolidays(db, orgId)).map((day) => day.day),
    surcharges: surcharges.map((row) => {
      const { id, name, when, adjustment } = toSurchargeDto(row);
      return { id, name, when, adjustment };
    }),
  };
}

const depositTerms = (pricing: Pick<ClassRow, 'depositKind' | 'depositValue'>): QuoteInput['deposit'] =>
  pricing.depositKind === 'none' ? null : toAdjustment(pricing.depositKind, pricing.depositValue);

function promoTerms(promo: PromoCodeRow | null): QuoteInput['promo'] {
  if (!promo) return null;
  return {
    code: promo.code,
    adjustment: toAdjustment(promo.adjustmentKind, promo.adjustmentValue),
    minimumOrder: promo.minimumOrder,
  };
}

/** A moved booking's quote, in place of the one it was booked at. */
export async function saveRepricedQuote(tx: Db, stored: StoredQuote): Promise<void> {
  await replaceBookingQuote(tx, stored.quote, stored.lines);
}

/**
 * The travel fee applies to services at the customer's address once the organisation has drawn its
 * service area; before that, such services book at their price as they always did.
 */
async function travelFor(db: Db, orgId: string, item: PricedItem, place: PlaceInput): Promise<QuoteInput['travel']> {
  if (item.kind !== 'appointment' || item.service.locationMode !== 'at_customer') return null;
  if (!(await hasServiceArea(db, orgId))) return null;
  if (!place) throw new DomainError('address_required');
  return { area: await findServiceArea(db, orgId), place: toPlace(place) };
}

/** `POST /quotes`: the price of what the request names, without booking it. Nothing is written. */
export async function quote(
  db: Db,
  ctx: RequestContext,
  input: QuoteRequest,
  deps: { now: Date; geocoder: Geocoder | null },
): Promise<QuoteDto> {
  const item = await itemOf(db, ctx.org.id, input);
  const place = await resolvePlace(input, deps.geocoder);
  const priced = await priceItem(db, ctx, item, { promoCode: input.promoCode, place, now: deps.now });
  return { ...priced.quote, cancellation: await cancellationTerms(db, ctx, item) };
}

/** Until when cancelling what is quoted is free, and what happens after: told before the customer books. */
async function cancellationTerms(db: Db, ctx: RequestContext, item: PricedItem): Promise<QuoteDto['cancellation']> {
  const what =
    item.kind === 'class'
      ? { serviceId: null, classTypeId: item.cls.classTypeId }
      : { serviceId: item.service.id, classTypeId: null };
  const policy = await policyFor(db, ctx.org, what);
  const startsAt = item.kind === 'class' ? item.cls.startsAt : item.start;
  return {
    freeUntil: cancellationDeadline(startsAt, policy.freeHours).toISOString(),
    lateAction: policy.lateAction,
    lateFee: policy.lateAction === 'fee' ? policy.lateFee : null,
  };
}

async function itemOf(db: Db, orgId: string, input: QuoteRequest): Promise<PricedItem> {
  if (input.classId) {
    const cls = await findClass(db, orgId, input.classId);
    if (!cls) throw new DomainError('class_not_found');
    if (cls.status === 'cancelled') throw new DomainError('class_cancelled');
    if (input.spots > cls.maxSpotsPerCustomer)
      throw new DomainError('spots_limit_exceeded', { max: cls.maxSpotsPerCustomer });
    return { kind: 'class', cls, spots: input.spots };
  }
  const service = input.serviceId ? await findService(db, orgId, input.serviceId) : undefined;
  if (!service?.active || !input.start) throw new DomainError('service_not_found');
  return { kind: 'appointment', service, start: new Date(input.start) };
}

/**
 * The rows a booking keeps of its quote. Each line carries its share of the tax: the tax of the whole is
 * what the engine computed (rounded once), spread over the lines in proportion to their amounts, the
 * rounding remainder on the base line, so that the lines' taxes add up to the quote's exactly.
 */
export function storedQuoteOf(orgId: string, bookingId: string, priced: Priced): StoredQuote {
  const { quote, promo } = priced;
  const tax = quote.taxes[0] ?? null;
  const afterDiscount = BigInt(quote.subtotal - quote.discount);
  const shares = quote.lines.map((line) =>
    tax && afterDiscount > 0n ? Number((BigInt(line.amount) * BigInt(tax.taxAmount)) / afterDiscount) : 0,
  );
  const spread = shares.reduce((sum, share) => sum + share, 0);
  if (shares.length > 0) shares[0] = (shares[0] ?? 0) + (quote.taxTotal - spread);
  const lines: BookingPriceLineRow[] = quote.lines.map((line, position) => ({
    orgId,
    bookingId,
    position,
    kind: line.kind,
    label: line.label,
    quantity: line.quantity,
    unitAmount: line.unitAmount,
    amount: line.amount,
    ref: line.ref,
    taxName: tax?.name ?? null,
    taxBasisPoints: tax?.basisPoints ?? null,
    taxAmount: shares[position] ?? 0,
  }));
  return {
    quote: {
      orgId,
      bookingId,
      pricesIncludeTax: quote.pricesIncludeTax,
      subtotal: quote.subtotal,
      discount: quote.discount,
      taxTotal: quote.taxTotal,
      total: quote.total,
      depositDueNow: quote.depositDueNow,
      promoId: promo?.id ?? null,
    },
    lines,
    promoCode: promo?.code ?? null,
  };
}

/**
 * Stores a new booking's quote with the booking's other writes (the foreign key to the booking is
 * deferred, so it may come before the booking's row).
 */
export function saveBookingQuote(batch: WriteBatch, stored: StoredQuote): void {
  for (const insert of bookingQuoteInserts(batch.tx, stored.quote, stored.lines)) batch.add(insert);
}

/**
 * With a promo applied, the booking's use of the code, once the booking's row is in. The use's trigger
 * takes the code's row lock after the class's or the providers' locks (the order every path keeps, a
 * cancellation too), and its CHECK refuses a use past the limit, which the customer hears as
 * `promo_exhausted`.
 */
export async function recordPromoUse(tx: Db, stored: StoredQuote, customerId: string): Promise<void> {
  const { promoId, orgId, bookingId } = stored.quote;
  if (!promoId) return;
  await insertPromoUse(tx, { orgId, promoId, bookingId, customerId }).catch((error: unknown) => {
    if (violatedConstraint(error) === 'promo_codes_uses_within_limit') throw new DomainError('promo_exhausted');
    throw error;
  });
}

/**
 * A booking revived by a late payment gets its promo use back (cancelling it gave the use back, by
 * trigger): under the code's row lock, if the code still has room; otherwise false, and the caller
 * refuses the revival. The CHECK on the count stays the guarantee; the lock makes the answer certain
 * without a failed statement, which would end the settlement's transaction.
 */
export async function retakePromoUse(tx: Db, bookingId: string, orgId: string, customerId: string): Promise<boolean> {
  const stored = await findStoredQuote(tx, orgId, bookingId);
  const promoId = stored?.quote.promoId;
  if (!stored || !promoId) return true;
  if (!(await lockPromoRoom(tx, promoId, customerId))) return false;
  await recordPromoUse(tx, stored, customerId);
  return true;
}

/** A stored quote as the booking's DTO shows it. */
export function toBookingPricing(stored: StoredQuote, currency: string): BookingPricingDto {
  const money = (amount: number) => ({ amount, currency });
  const { quote } = stored;
  return {
    lines: stored.lines.map((line) => ({
      kind: line.kind,
      label: line.label,
      quantity: line.quantity,
      unitAmount: line.unitAmount,
      amount: line.amount,
      ref: line.ref,
      tax:
        line.taxName !== null && line.taxBasisPoints !== null
          ? { name: line.taxName, basisPoints: line.taxBasisPoints, amount: line.taxAmount }
          : null,
    })),
    pricesIncludeTax: quote.pricesIncludeTax,
    subtotal: money(quote.subtotal),
    discount: money(quote.discount),
    taxTotal: money(quote.taxTotal),
    total: money(quote.total),
    depositDueNow: money(quote.depositDueNow),
    promoCode: stored.promoCode,
  };
}
