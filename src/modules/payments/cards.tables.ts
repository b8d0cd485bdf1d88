import { boolean, integer, pgTable, smallint, text, timestamp, uuid, primaryKey } from 'drizzle-orm/pg-core';

/** One Stripe Customer per account and organisation (migration 0016); the id is null until Stripe made it. */
export const stripeCustomers = pgTable(
  'stripe_customers',
  {
    id: uuid('id').notNull().defaultRandom(),
    orgId: uuid('org_id').notNull(),
    userId: uuid('user_id').notNull(),
    stripeCustomerId: text('stripe_customer_id'),
    providerAttempt: integer('provider_attempt').notNull().default(0),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.orgId, table.id] })],
);

/** What the portal shows of a Customer's cards, as last read from Stripe. */
export const savedCards = pgTable(
  'saved_cards',
  {
    paymentMethodId: text('payment_method_id').notNull(),
    orgId: uuid('org_id').notNull(),
    stripeCustomerId: text('stripe_customer_id').notNull(),
    brand: text('brand').notNull(),
    last4: text('last4').notNull(),
    expMonth: smallint('exp_month').notNull(),
    expYear: smallint('exp_year').notNull(),
    isDefault: boolean('is_default').notNull().default(false),
    refreshedAt: timestamp('refreshed_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.orgId, table.paymentMethodId] })],
);

export type StripeCustomerRow = typeof stripeCustomers.$inferSelect;
export type SavedCardRow = typeof savedCards.$inferSelect;
