import {
  bigint,
  boolean,
  date,
  doublePrecision,
  integer,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';

export const adjustmentKinds = ['percent', 'fixed'] as const;
export const depositKinds = ['none', 'percent', 'fixed'] as const;
export const surchargeKinds = ['weekly', 'holiday', 'short_notice'] as const;
export const promoTargets = ['all', 'classes', 'services', 'listed'] as const;
export const priceLineKinds = ['base', 'travel', 'surcharge', 'discount'] as const;

export const taxRates = pgTable(
  'tax_rates',
  {
    id: uuid('id').notNull().defaultRandom(),
    orgId: uuid('org_id').notNull(),
    name: text('name').notNull(),
    basisPoints: integer('basis_points').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.orgId, table.id] })],
);

export const holidays = pgTable(
  'holidays',
  {
    orgId: uuid('org_id').notNull(),
    day: date('day', { mode: 'string' }).notNull(),
    name: text('name').notNull(),
  },
  (table) => [primaryKey({ columns: [table.orgId, table.day] })],
);

export const surchargeRules = pgTable(
  'surcharge_rules',
  {
    id: uuid('id').notNull().defaultRandom(),
    orgId: uuid('org_id').notNull(),
    name: text('name').notNull(),
    whenKind: text('when_kind', { enum: surchargeKinds }).notNull(),
    weekdays: smallint('weekdays').array().notNull(),
    fromTime: text('from_time'),
    untilTime: text('until_time'),
    withinMinutes: integer('within_minutes'),
    adjustmentKind: text('adjustment_kind', { enum: adjustmentKinds }).notNull(),
    adjustmentValue: integer('adjustment_value').notNull(),
    active: boolean('active').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.orgId, table.id] })],
);

export const serviceAreas = pgTable('service_areas', {
  orgId: uuid('org_id').primaryKey(),
  centreLat: doublePrecision('centre_lat'),
  centreLon: doublePrecision('centre_lon'),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

export const serviceAreaBands = pgTable(
  'service_area_bands',
  {
    orgId: uuid('org_id').notNull(),
    upToKm: integer('up_to_km').notNull(),
    fixedAmount: integer('fixed_amount').notNull(),
    perKmAmount: integer('per_km_amount').notNull(),
  },
  (table) => [primaryKey({ columns: [table.orgId, table.upToKm] })],
);

export const postcodeZones = pgTable(
  'postcode_zones',
  {
    orgId: uuid('org_id').notNull(),
    prefix: text('prefix').notNull(),
    amount: integer('amount').notNull(),
  },
  (table) => [primaryKey({ columns: [table.orgId, table.prefix] })],
);

export const promoCodes = pgTable(
  'promo_codes',
  {
    id: uuid('id').notNull().defaultRandom(),
    orgId: uuid('org_id').notNull(),
    code: text('code').notNull(),
    adjustmentKind: text('adjustment_kind', { enum: adjustmentKinds }).notNull(),
    adjustmentValue: integer('adjustment_value').notNull(),
    validFrom: timestamp('valid_from', { withTimezone: true }),
    validUntil: timestamp('valid_until', { withTimezone: true }),
    appliesTo: text('applies_to', { enum: promoTargets }).notNull(),
    serviceIds: uuid('service_ids').array().notNull(),
    classIds: uuid('class_ids').array().notNull(),
    minimumOrder: integer('minimum_order').notNull(),
    maxUses: integer('max_uses'),
    maxUsesPerCustomer: integer('max_uses_per_customer'),
    firstBookingOnly: boolean('first_booking_only').notNull(),
    active: boolean('active').notNull(),
    usesCount: integer('uses_count').notNull().default(0),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.orgId, table.id] })],
);

export const promoUses = pgTable(
  'promo_uses',
  {
    id: uuid('id').notNull().defaultRandom(),
    orgId: uuid('org_id').notNull(),
    promoId: uuid('promo_id').notNull(),
    bookingId: uuid('booking_id').notNull(),
    customerId: uuid('customer_id').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.orgId, table.id] })],
);

export const bookingQuotes = pgTable(
  'booking_quotes',
  {
    orgId: uuid('org_id').notNull(),
    bookingId: uuid('booking_id').notNull(),
    pricesIncludeTax: boolean('prices_include_tax').notNull(),
    subtotal: bigint('subtotal', { mode: 'number' }).notNull(),
    discount: bigint('discount', { mode: 'number' }).notNull(),
    taxTotal: bigint('tax_total', { mode: 'number' }).notNull(),
    total: bigint('total', { mode: 'number' }).notNull(),
    depositDueNow: bigint('deposit_due_now', { mode: 'number' }).notNull(),
    promoId: uuid('promo_id'),
  },
  (table) => [primaryKey({ columns: [table.orgId, table.bookingId] })],
);

export const bookingPriceLines = pgTable(
  'booking_price_lines',
  {
    orgId: uuid('org_id').notNull(),
    bookingId: uuid('booking_id').notNull(),
    position: smallint('position').notNull(),
    kind: text('kind', { enum: priceLineKinds }).notNull(),
    label: text('label').notNull(),
    quantity: integer('quantity').notNull(),
    unitAmount: bigint('unit_amount', { mode: 'number' }).notNull(),
    amount: bigint('amount', { mode: 'number' }).notNull(),
    ref: text('ref'),
    taxName: text('tax_name'),
    taxBasisPoints: integer('tax_basis_points'),
    taxAmount: bigint('tax_amount', { mode: 'number' }).notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.orgId, table.bookingId, table.position] }),
    primaryKey({ columns: [table.bookingId, table.position] }),
  ],
);

export type TaxRateRow = typeof taxRates.$inferSelect;
export type SurchargeRuleRow = typeof surchargeRules.$inferSelect;
export type PromoCodeRow = typeof promoCodes.$inferSelect;
export type BookingQuoteRow = typeof bookingQuotes.$inferSelect;
export type BookingPriceLineRow = typeof bookingPriceLines.$inferSelect;
