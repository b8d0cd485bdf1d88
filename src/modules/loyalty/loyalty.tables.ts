import { boolean, integer, pgTable, text, timestamp, uuid, primaryKey } from 'drizzle-orm/pg-core';

export const rewardKinds = ['promo', 'credits', 'product'] as const;
export type RewardKind = (typeof rewardKinds)[number];
export const promoKinds = ['percent', 'fixed'] as const;
export const redemptionStatuses = ['pending', 'fulfilled', 'cancelled'] as const;
export type RedemptionStatus = (typeof redemptionStatuses)[number];
export const pointsKinds = ['earn', 'refund', 'redeem', 'return', 'adjustment'] as const;

export const loyaltySettings = pgTable('loyalty_settings', {
  orgId: uuid('org_id').primaryKey(),
  enabled: boolean('enabled').notNull(),
  pointsPerUnitBp: integer('points_per_unit_bp').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

export const loyaltyRewards = pgTable(
  'loyalty_rewards',
  {
    id: uuid('id').notNull().defaultRandom(),
    orgId: uuid('org_id').notNull(),
    name: text('name').notNull(),
    description: text('description').notNull(),
    costPoints: integer('cost_points').notNull(),
    stock: integer('stock'),
    active: boolean('active').notNull(),
    kind: text('kind', { enum: rewardKinds }).notNull(),
    promoKind: text('promo_kind', { enum: promoKinds }),
    promoValue: integer('promo_value'),
    promoValidDays: integer('promo_valid_days'),
    credits: integer('credits'),
    creditsValidDays: integer('credits_valid_days'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.orgId, table.id] })],
);

export const loyaltyBalances = pgTable('loyalty_balances', {
  orgId: uuid('org_id').notNull(),
  customerId: uuid('customer_id').notNull(),
  balance: integer('balance').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

export const loyaltyRedemptions = pgTable(
  'loyalty_redemptions',
  {
    id: uuid('id').notNull().defaultRandom(),
    orgId: uuid('org_id').notNull(),
    customerId: uuid('customer_id').notNull(),
    rewardId: uuid('reward_id').notNull(),
    rewardName: text('reward_name').notNull(),
    kind: text('kind', { enum: rewardKinds }).notNull(),
    points: integer('points').notNull(),
    status: text('status', { enum: redemptionStatuses }).notNull(),
    promoCodeId: uuid('promo_code_id'),
    creditGrantId: uuid('credit_grant_id'),
    handledBy: uuid('handled_by'),
    fulfilledAt: timestamp('fulfilled_at', { withTimezone: true }),
    cancelledAt: timestamp('cancelled_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.orgId, table.id] })],
);

export const loyaltyLedger = pgTable(
  'loyalty_ledger',
  {
    id: uuid('id').notNull().defaultRandom(),
    orgId: uuid('org_id').notNull(),
    customerId: uuid('customer_id').notNull(),
    kind: text('kind', { enum: pointsKinds }).notNull(),
    delta: integer('delta').notNull(),
    shortfall: integer('shortfall').notNull().default(0),
    reason: text('reason').notNull(),
    paymentId: uuid('payment_id'),
    refundId: uuid('refund_id'),
    redemptionId: uuid('redemption_id'),
    actorUserId: uuid('actor_user_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.orgId, table.id] })],
);

export type LoyaltySettingsRow = typeof loyaltySettings.$inferSelect;
export type RewardRow = typeof loyaltyRewards.$inferSelect;
export type RedemptionRow = typeof loyaltyRedemptions.$inferSelect;
export type PointsRow = typeof loyaltyLedger.$inferSelect;
