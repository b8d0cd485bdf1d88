import { type SQL, type SQLWrapper, and, asc, count, eq, getTableColumns, ne, sql } from 'drizzle-orm';
import type { AnyPgTable } from 'drizzle-orm/pg-core';
import { type Db, preparedOn, queryRows } from '../../platform/db.ts';
import { jsonRowsInsert } from '../../platform/json-rows.ts';
import { bookings } from '../bookings/bookings.tables.ts';
import { classes } from '../classes/classes.tables.ts';
import { organisations } from '../orgs/orgs.tables.ts';
import { services } from '../services/services.tables.ts';
import {
  type BookingPriceLineRow,
  type BookingQuoteRow,
  type PromoCodeRow,
  type SurchargeRuleRow,
  type TaxRateRow,
  bookingPriceLines,
  bookingQuotes,
  holidays,
  postcodeZones,
  promoCodes,
  promoUses,
  serviceAreaBands,
  serviceAreas,
  surchargeRules,
  taxRates,
} from './pricing.tables.ts';

// Tax rates and settings.

export async function selectTaxRates(db: Db, orgId: string): Promise<TaxRateRow[]> {
  return db
    .select()
    .from(taxRates)
    .where(eq(taxRates.orgId, orgId))
    .orderBy(asc(taxRates.basisPoints), asc(taxRates.name));
}

export async function findTaxRate(db: Db, orgId: string, id: string, lock = false): Promise<TaxRateRow | undefined> {
  const query = db
    .select()
    .from(taxRates)
    .where(and(eq(taxRates.orgId, orgId), eq(taxRates.id, id)));
  const [row] = lock ? await query.for('update') : await query;
  return row;
}

export async function insertTaxRate(db: Db, values: typeof taxRates.$inferInsert): Promise<TaxRateRow> {
  const [row] = await db.insert(taxRates).values(values).returning();
  if (!row) throw new Error('tax rate insert returned nothing');
  return row;
}

export async function updateTaxRateRow(
  db: Db,
  orgId: string,
  id: string,
  changes: Partial<typeof taxRates.$inferInsert>,
): Promise<TaxRateRow> {
  const [row] = await db
    .update(taxRates)
    .set({ ...changes, updatedAt: new Date() })
    .where(and(eq(taxRates.orgId, orgId), eq(taxRates.id, id)))
    .returning();
  if (!row) throw new Error(`tax rate ${id} vanished during update`);
  return row;
}

export async function deleteTaxRateRow(db: Db, orgId: string, id: string): Promise<void> {
  await db.delete(taxRates).where(and(eq(taxRates.orgId, orgId), eq(taxRates.id, id)));
}

const orgPricing = {
  pricesIncludeTax: organisations.pricesIncludeTax,
  defaultTaxRateId: organisations.defaultTaxRateId,
};

export async function findOrgPricing(db: Db, orgId: string, lock = false) {
  const query = db.select(orgPricing).from(organisations).where(eq(organisations.id, orgId));
  const [row] = lock ? await query.for('update') : await query;
  if (!row) throw new Error(`organisation ${orgId} has no row`);
  return row;
}

// A service's or class's tax rate and deposit.

export interface ItemPricingRow {
  taxRateId: string | null;
  depositKind: 'none' | 'percent' | 'fixed';
  depositValue: number;
}

const itemTable = (kind: 'service' | 'class') => (kind === 'service' ? services : classes);
const itemPricing = (table: typeof services | typeof classes) => ({
  taxRateId: table.taxRateId,
  depositKind: table.depositKind,
  depositValue: table.depositValue,
});

export async function findItemPricing(
  db: Db,
  orgId: string,
  kind: 'service' | 'class',
  id: string,
  lock = false,
): Promise<ItemPricingRow | undefined> {
  const table = itemTable(kind);
  const query = db
    .select(itemPricing(table))
    .from(table)
    .where(and(eq(table.orgId, orgId), eq(table.id, id)));
  const [row] = lock ? await query.for('update') : await query;
  return row;
}

export async function updateItemPricing(
  db: Db,
  orgId: string,
  kind: 'service' | 'class',
  id: string,
  changes: ItemPricingRow,
): Promise<ItemPricingRow> {
  const table = itemTable(kind);
  const [row] = await db
    .update(table)
    .set(changes)
    .where(and(eq(table.orgId, orgId), eq(table.id, id)))
    .returning(itemPricing(table));
  if (!row) throw new Error(`${kind} ${id} vanished during update`);
  return row;
}

// Holidays, surcharges and the service area.

export async function selectHolidays(db: Db, orgId: string) {
  return db.select().from(holidays).where(eq(holidays.orgId, orgId)).orderBy(asc(holidays.day));
}

export async function replaceHolidays(db: Db, orgId: string, days: { day: string; name: string }[]): Promise<void> {
  await db.delete(holidays).where(eq(holidays.orgId, orgId));
  if (days.length > 0) await db.insert(holidays).values(days.map((day) => ({ ...day, orgId })));
}

export async function selectSurcharges(db: Db, orgId: string, onlyActive = false): Promise<SurchargeRuleRow[]> {
  const where = onlyActive
    ? and(eq(surchargeRules.orgId, orgId), eq(surchargeRules.active, true))
    : eq(surchargeRules.orgId, orgId);
  return db.select().from(surchargeRules).where(where).orderBy(asc(surchargeRules.createdAt), asc(surchargeRules.id));
}

export async function findSurcharge(db: Db, orgId: string, id: string, lock = false) {
  const query = db
    .select()
    .from(surchargeRules)
    .where(and(eq(surchargeRules.orgId, orgId), eq(surchargeRules.id, id)));
  const [row] = lock ? await query.for('update') : await query;
  return row;
}

export async function insertSurcharge(db: Db, values: typeof surchargeRules.$inferInsert): Promise<SurchargeRuleRow> {
  const [row] = await db.insert(surchargeRules).values(values).returning();
  if (!row) throw new Error('surcharge insert returned nothing');
  return row;
}

export async function updateSurchargeRow(
  db: Db,
  orgId: string,
  id: string,
  changes: Partial<typeof surchargeRules.$inferInsert>,
): Promise<SurchargeRuleRow> {
  const [row] = await db
    .update(surchargeRules)
    .set({ ...changes, updatedAt: new Date() })
    .where(and(eq(surchargeRules.orgId, orgId), eq(surchargeRules.id, id)))
    .returning();
  if (!row) throw new Error(`surcharge ${id} vanished during update`);
  return row;
}

export async function deleteSurchargeRow(db: Db, orgId: string, id: string): Promise<void> {
  await db.delete(surchargeRules).where(and(eq(surchargeRules.orgId, orgId), eq(surchargeRules.id, id)));
}

export interface ServiceAreaRows {
  centre: { lat: number; lon: number } | null;
  bands: { upToKm: number; fixedAmount: number; perKmAmount: number }[];
  postcodeZones: { prefix: string; amount: number }[];
}

/** The organisation's service area; none configured reads as an empty one (every place is outside it). */
export async function findServiceArea(db: Db, orgId: string): Promise<ServiceAreaRows> {
  const [area] = await db.select().from(serviceAreas).where(eq(serviceAreas.orgId, orgId));
  const bands = await db
    .select({
      upToKm: serviceAreaBands.upToKm,
      fixedAmount: serviceAreaBands.fixedAmount,
      perKmAmount: serviceAreaBands.perKmAmount,
    })
    .from(serviceAreaBands)
    .where(eq(serviceAreaBands.orgId, orgId))
    .orderBy(asc(serviceAreaBands.upToKm));
  const zones = await db
    .select({ prefix: postcodeZones.prefix, amount: postcodeZones.amount })
    .from(postcodeZones)
    .where(eq(postcodeZones.orgId, orgId))
    .orderBy(asc(postcodeZones.prefix));
  const centre =
    area && area.centreLat !== null && area.centreLon !== null ? { lat: area.centreLat, lon: area.centreLon } : null;
  return { centre, bands, postcodeZones: zones };
}

/** Whether the organisation has drawn its service area at all (an empty one refuses every place). */
export async function hasServiceArea(db: Db, orgId: string): Promise<boolean> {
  const rows = await db.select({ orgId: serviceAreas.orgId }).from(serviceAreas).where(eq(serviceAreas.orgId, orgId));
  return rows.length > 0;
}

export async function replaceServiceArea(db: Db, orgId: string, area: ServiceAreaRows): Promise<void> {
  const values = { orgId, centreLat: area.centre?.lat ?? null, centreLon: area.centre?.lon ?? null };
  await db
    .insert(serviceAreas)
    .values(values)
    .onConflictDoUpdate({ target: serviceAreas.orgId, set: { ...values, updatedAt: new Date() } });
  await db.delete(serviceAreaBands).where(eq(serviceAreaBands.orgId, orgId));
  await db.delete(postcodeZones).where(eq(postcodeZones.orgId, orgId));
  if (area.bands.length > 0) await db.insert(serviceAreaBands).values(area.bands.map((band) => ({ ...band, orgId })));
  if (area.postcodeZones.length > 0) {
    await db.insert(postcodeZones).values(area.postcodeZones.map((zone) => ({ ...zone, orgId })));
  }
}

// Promo codes and their uses.

export async function selectPromos(db: Db, orgId: string): Promise<PromoCodeRow[]> {
  return db
    .select()
    .from(promoCodes)
    .where(eq(promoCodes.orgId, orgId))
    .orderBy(asc(sql`lower(${promoCodes.code})`));
}

export async function findPromo(db: Db, orgId: string, id: string, lock = false): Promise<PromoCodeRow | undefined> {
  const query = db
    .select()
    .from(promoCodes)
    .where(and(eq(promoCodes.orgId, orgId), eq(promoCodes.id, id)));
  const [row] = lock ? await query.for('update') : await query;
  return row;
}

export async function findPromoByCode(db: Db, orgId: string, code: string): Promise<PromoCodeRow | undefined> {
  const [row] = await db
    .select()
    .from(promoCodes)
    .where(and(eq(promoCodes.orgId, orgId), eq(sql`lower(${promoCodes.code})`, code.toLowerCase())));
  return row;
}

export async function insertPromo(db: Db, values: typeof promoCodes.$inferInsert): Promise<PromoCodeRow> {
  const [row] = await db.insert(promoCodes).values(values).returning();
  if (!row) throw new Error('promo insert returned nothing');
  return row;
}

export async function updatePromoRow(
  db: Db,
  orgId: string,
  id: string,
  changes: Partial<typeof promoCodes.$inferInsert>,
): Promise<PromoCodeRow> {
  const [row] = await db
    .update(promoCodes)
    .set({ ...changes, updatedAt: new Date() })
    .where(and(eq(promoCodes.orgId, orgId), eq(promoCodes.id, id)))
    .returning();
  if (!row) throw new Error(`promo ${id} vanished during update`);
  return row;
}

/** How often this customer has used the code, in bookings not cancelled (a cancelled one gave its use back). */
export async function countCustomerPromoUses(db: Db, promoId: string, customerId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(promoUses)
    .where(and(eq(promoUses.promoId, promoId), eq(promoUses.customerId, customerId)));
  return row?.n ?? 0;
}

/** The customer's bookings that stand (any kind, any time): a first booking has none. */
export async function countCustomerBookings(db: Db, orgId: string, customerId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(bookings)
    .where(and(eq(bookings.orgId, orgId), eq(bookings.customerId, customerId), ne(bookings.status, 'cancelled')));
  return row?.n ?? 0;
}

/**
 * Records a use. The trigger behind it raises the code's count under the code's row lock, and the
 * count's CHECK refuses the use past the limit (`promo_codes_uses_within_limit`).
 */
/**
 * Takes the code's row lock (the lock the use-count trigger would take, in the same order after the
 * class's or providers') and says whether one more use fits its limits for this customer.
 */
export async function lockPromoRoom(db: Db, promoId: string, customerId: string): Promise<boolean> {
  const rows = await queryRows<{ room: boolean }>(
    db,
    sql`
    SELECT (p.max_uses IS NULL OR p.uses_count < p.max_uses)
       AND (p.max_uses_per_customer IS NULL OR p.max_uses_per_customer >
            (SELECT count(*) FROM promo_uses u WHERE u.promo_id = p.id AND u.customer_id = ${customerId})) AS room
    FROM promo_codes p WHERE p.id = ${promoId} FOR UPDATE`,
  );
  return rows[0]?.room === true;
}

export async function insertPromoUse(
  db: Db,
  values: { orgId: string; promoId: string; bookingId: string; customerId: string },
): Promise<void> {
  await db.insert(promoUses).values(values);
}

// The quote a booking was made at.

export async function insertBookingQuote(
  db: Db,
  quote: typeof bookingQuotes.$inferInsert,
  lines: (typeof bookingPriceLines.$inferInsert)[],
): Promise<void> {
  const insertQuote = db.insert(bookingQuotes).values(quote);
  if (lines.length === 0) {
    await insertQuote;
    return;
  }
  // One round trip: the quote as a data-modifying CTE, which PostgreSQL runs whether or not it is read.
  await db.execute(sql`WITH quote AS (${insertQuote.getSQL()}) ${db.insert(bookingPriceLines).values(lines).getSQL()}`);
}

/** The inserts of a new quote and its lines, for a write batch. */
export function bookingQuoteInserts(
  db: Db,
  quote: typeof bookingQuotes.$inferInsert,
  lines: (typeof bookingPriceLines.$inferInsert)[],
): SQL[] {
  const insertQuote = jsonRowsInsert(db, bookingQuotes, [quote]);
  return lines.length === 0 ? [insertQuote] : [insertQuote, jsonRowsInsert(db, bookingPriceLines, lines)];
}

/** A moved booking's quote is replaced whole; its lines go with it (ON DELETE CASCADE). */
export async function replaceBookingQuote(
  db: Db,
  quote: typeof bookingQuotes.$inferInsert,
  lines: (typeof bookingPriceLines.$inferInsert)[],
): Promise<void> {
  await db
    .delete(bookingQuotes)
    .where(and(eq(bookingQuotes.orgId, quote.orgId), eq(bookingQuotes.bookingId, quote.bookingId)));
  await insertBookingQuote(db, quote, lines);
}

export interface StoredQuote {
  quote: BookingQuoteRow;
  lines: BookingPriceLineRow[];
  promoCode: string | null;
}

/**
 * A booking's stored quote as a column of a query over bookings (null for a booking made before
 * prices had lines): the quote, its promo code and its lines in one JSON value, read back through the
 * tables' own column mappings. A booking and its quote are then one read, a list of them too.
 */
export function storedQuoteColumn(orgId: SQLWrapper, bookingId: SQLWrapper) {
  return sql<StoredQuote | null>`(
    SELECT json_build_object(
             'quote', to_json(q),
             'promoCode', pc.code,
             'lines', coalesce((SELECT json_agg(l ORDER BY l.position) FROM booking_price_lines l
                                 WHERE l.org_id = q.org_id AND l.booking_id = q.booking_id), '[]'))
      FROM booking_quotes q LEFT JOIN promo_codes pc ON pc.org_id = q.org_id AND pc.id = q.promo_id
     WHERE q.org_id = ${orgId} AND q.booking_id = ${bookingId})`.mapWith((value: QuoteJson | null) =>
    value === null
      ? null
      : {
          quote: fromJsonRow(bookingQuotes, value.quote),
          promoCode: value.promoCode,
          lines: value.lines.map((line) => fromJsonRow(bookingPriceLines, line)),
        },
  );
}

type JsonRow = Record<string, unknown>;
interface QuoteJson {
  quote: JsonRow;
  promoCode: string | null;
  lines: JsonRow[];
}

/** A row of `table` from its to_json form (keyed by column name), each value as the column maps it. */
function fromJsonRow<Table extends AnyPgTable>(table: Table, json: JsonRow): Table['$inferSelect'] {
  const row: JsonRow = {};
  for (const [key, column] of Object.entries(getTableColumns(table))) {
    const value = json[column.name];
    row[key] = value === null || value === undefined ? null : column.mapFromDriverValue(value);
  }
  return row as Table['$inferSelect'];
}

/**
 * One booking's quote and its lines in one query (the quote's columns on each line), built once
 * (preparedOn): what pricing a booking again starts from. A booking's view reads the same through
 * storedQuoteColumn.
 */
export async function findStoredQuote(db: Db, orgId: string, bookingId: string): Promise<StoredQuote | undefined> {
  const [org, booking] = [sql.placeholder('orgId'), sql.placeholder('bookingId')];
  const query = preparedOn(db, 'booking_quote_lines', (name) =>
    db
      .select({ quote: bookingQuotes, promoCode: promoCodes.code, line: bookingPriceLines })
      .from(bookingQuotes)
      .leftJoin(promoCodes, eq(promoCodes.id, bookingQuotes.promoId))
      .leftJoin(
        bookingPriceLines,
        and(eq(bookingPriceLines.orgId, bookingQuotes.orgId), eq(bookingPriceLines.bookingId, bookingQuotes.bookingId)),
      )
      .where(and(eq(bookingQuotes.orgId, org), eq(bookingQuotes.bookingId, booking)))
      .orderBy(asc(bookingPriceLines.position))
      .prepare(name),
  );
  const rows = await query.execute({ orgId, bookingId });
  const [first] = rows;
  if (!first) return undefined;
  return { quote: first.quote, promoCode: first.promoCode, lines: rows.flatMap(({ line }) => (line ? [line] : [])) };
}
