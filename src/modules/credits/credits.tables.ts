import { bigint, boolean, char, integer, pgTable, text, timestamp, uuid, primaryKey } from 'drizzle-orm/pg-core';

export const packageScopes = ['all_classes', 'class_types', 'services', 'everything'] as const;
export type PackageScope = (typeof packageScopes)[number];
export const purchaseMethods = ['card', 'swish', 'bank_transfer', 'venue'] as const;
export const purchaseStatuses = ['pending', 'paid', 'failed', 'refunded'] as const;
export const grantSources = ['package', 'adjustment', 'refund'] as const;
export const ledgerKinds = ['grant', 'use', 'return', 'expiry', 'adjustment'] as const;
export type LedgerKind = (typeof ledgerKinds)[number];

export const packages = pgTable(
  'packages',
  {
    id: uuid('id').notNull().defaultRandom(),
    orgId: uuid('org_id').notNull(),
    name: text('name').notNull(),
    credits: integer('credits').notNull(),
    priceAmount: bigint('price_amount', { mode: 'number' }).notNull(),
    currency: char('currency', { length: 3 }).notNull(),
    validityDays: integer('validity_days').notNull(),
    scope: text('scope', { enum: packageScopes }).notNull(),
    scopeIds: uuid('scope_ids').array().notNull(),
    creditsPerBooking: integer('credits_per_booking').notNull(),
    active: boolean('active').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.orgId, table.id] })],
);

export const packagePurchases = pgTable(
  'package_purchases',
  {
    id: uuid('id').notNull().defaultRandom(),
    orgId: uuid('org_id').notNull(),
    packageId: uuid('package_id').notNull(),
    customerId: uuid('customer_id').notNull(),
    method: text('method', { enum: purchaseMethods }).notNull(),
    status: text('status', { enum: purchaseStatuses }).notNull(),
    credits: integer('credits').notNull(),
    priceAmount: bigint('price_amount', { mode: 'number' }).notNull(),
    currency: char('currency', { length: 3 }).notNull(),
    validityDays: integer('validity_days').notNull(),
    scope: text('scope', { enum: packageScopes }).notNull(),
    scopeIds: uuid('scope_ids').array().notNull(),
    creditsPerBooking: integer('credits_per_booking').notNull(),
    soldBy: uuid('sold_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.orgId, table.id] })],
);

export const creditBalances = pgTable('credit_balances', {
  orgId: uuid('org_id').notNull(),
  customerId: uuid('customer_id').notNull(),
  balance: integer('balance').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

export const creditGrants = pgTable(
  'credit_grants',
  {
    id: uuid('id').notNull().defaultRandom(),
    orgId: uuid('org_id').notNull(),
    customerId: uuid('customer_id').notNull(),
    credits: integer('credits').notNull(),
    remaining: integer('remaining').notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }),
    source: text('source', { enum: grantSources }).notNull(),
    packagePurchaseId: uuid('package_purchase_id'),
    paymentId: uuid('payment_id'),
    scope: text('scope', { enum: packageScopes }).notNull(),
    scopeIds: uuid('scope_ids').array().notNull(),
    creditsPerBooking: integer('credits_per_booking').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.orgId, table.id] })],
);

export const creditLedger = pgTable(
  'credit_ledger',
  {
    id: uuid('id').notNull().defaultRandom(),
    orgId: uuid('org_id').notNull(),
    customerId: uuid('customer_id').notNull(),
    grantId: uuid('grant_id').notNull(),
    kind: text('kind', { enum: ledgerKinds }).notNull(),
    delta: integer('delta').notNull(),
    reason: text('reason').notNull(),
    actorUserId: uuid('actor_user_id'),
    bookingId: uuid('booking_id'),
    paymentId: uuid('payment_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.orgId, table.id] })],
);

export type PackageRow = typeof packages.$inferSelect;
export type PackagePurchaseRow = typeof packagePurchases.$inferSelect;
export type CreditGrantRow = typeof creditGrants.$inferSelect;
export type CreditLedgerRow = typeof creditLedger.$inferSelect;
