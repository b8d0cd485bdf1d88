import { bigint, char, integer, pgTable, text, timestamp, uuid, primaryKey } from 'drizzle-orm/pg-core';

export const paymentMethods = ['card', 'swish', 'bank_transfer'] as const;
export type PaymentMethod = (typeof paymentMethods)[number];
/**
 * What a payment row may record: the methods a customer pays by, and money staff took at the venue
 * (the roster's "paid at venue", migration 0024), which is settled by staff at once.
 */
export const paymentRowMethods = [...paymentMethods, 'venue'] as const;
export type PaymentRowMethod = (typeof paymentRowMethods)[number];
/** What a payment pays: the booking as it is booked, or later its balance (migration 0015). */
export const paymentPurposes = ['booking', 'balance'] as const;
export const paymentStatuses = ['pending', 'succeeded', 'failed', 'cancelled'] as const;
export const refundStatuses = ['pending', 'succeeded', 'failed'] as const;
export const unbookableReasons = [
  'slot_taken',
  'appointment_started',
  'class_full',
  'class_cancelled',
  'class_started',
  'already_booked',
  'booking_cancelled',
  'mismatch',
  'nothing_due',
  'no_show',
  'promo_exhausted',
] as const;
export type UnbookableReason = (typeof unbookableReasons)[number];
export const unbookableStatuses = ['open', 'refunding', 'refunded', 'booked'] as const;

export const payments = pgTable(
  'payments',
  {
    id: uuid('id').notNull().defaultRandom(),
    orgId: uuid('org_id').notNull(),
    /** What the payment pays for: a booking or a package purchase (exactly one, migration 0011). */
    bookingId: uuid('booking_id'),
    packagePurchaseId: uuid('package_purchase_id'),
    purpose: text('purpose', { enum: paymentPurposes }).notNull().default('booking'),
    method: text('method', { enum: paymentRowMethods }).notNull(),
    amount: bigint('amount', { mode: 'number' }).notNull(),
    currency: char('currency', { length: 3 }).notNull(),
    status: text('status', { enum: paymentStatuses }).notNull(),
    providerRef: text('provider_ref'),
    clientSecret: text('client_secret'),
    reference: text('reference'),
    failureReason: text('failure_reason'),
    refundedAmount: bigint('refunded_amount', { mode: 'number' }).notNull(),
    /** Kept by a late cancellation's fee (migration 0011): settled money that is neither refunded nor booked. */
    retainedAmount: bigint('retained_amount', { mode: 'number' }).notNull().default(0),
    /** Given back as credits instead of money (refund as credit, migration 0020). */
    creditedAmount: bigint('credited_amount', { mode: 'number' }).notNull().default(0),
    /** Of the refunds, what went back because a reschedule lowered the price (migration 0028): no longer paid toward it. */
    repricedAmount: bigint('repriced_amount', { mode: 'number' }).notNull().default(0),
    providerAttempt: integer('provider_attempt').notNull().default(0),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    succeededAt: timestamp('succeeded_at', { withTimezone: true }),
    /** Paid with a saved card (migration 0016): the card and its Stripe Customer. */
    savedCardId: text('saved_card_id'),
    stripeCustomerId: text('stripe_customer_id'),
  },
  (table) => [primaryKey({ columns: [table.orgId, table.id] })],
);

export const refunds = pgTable(
  'refunds',
  {
    id: uuid('id').notNull().defaultRandom(),
    orgId: uuid('org_id').notNull(),
    paymentId: uuid('payment_id').notNull(),
    amount: bigint('amount', { mode: 'number' }).notNull(),
    currency: char('currency', { length: 3 }).notNull(),
    status: text('status', { enum: refundStatuses }).notNull(),
    reason: text('reason').notNull(),
    providerRef: text('provider_ref'),
    failureReason: text('failure_reason'),
    providerAttempt: integer('provider_attempt').notNull().default(0),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    settledAt: timestamp('settled_at', { withTimezone: true }),
  },
  (table) => [primaryKey({ columns: [table.orgId, table.id] })],
);

export const stripeEvents = pgTable('stripe_events', {
  id: text('id').primaryKey(),
  orgId: uuid('org_id'),
  type: text('type').notNull(),
  receivedAt: timestamp('received_at', { withTimezone: true }).notNull().defaultNow(),
  processedAt: timestamp('processed_at', { withTimezone: true }),
});

export const unbookablePayments = pgTable(
  'unbookable_payments',
  {
    id: uuid('id').notNull().defaultRandom(),
    orgId: uuid('org_id').notNull(),
    paymentId: uuid('payment_id').notNull(),
    bookingId: uuid('booking_id').notNull(),
    reason: text('reason', { enum: unbookableReasons }).notNull(),
    status: text('status', { enum: unbookableStatuses }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    resolvedAt: timestamp('resolved_at', { withTimezone: true }),
    resolvedBy: uuid('resolved_by'),
  },
  (table) => [primaryKey({ columns: [table.orgId, table.id] })],
);

export type PaymentRow = typeof payments.$inferSelect;
export type RefundRow = typeof refunds.$inferSelect;
export type UnbookableRow = typeof unbookablePayments.$inferSelect;
