import { bigint, char, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

export const bookingStatuses = ['pending', 'confirmed', 'cancelled'] as const;
export const paymentMethods = ['venue', 'free', 'card', 'swish', 'bank_transfer'] as const;
export const bookingSources = ['guest', 'account', 'staff'] as const;
export const cancelledByValues = ['customer', 'staff', 'system'] as const;

export const bookings = pgTable('bookings', {
  id: uuid('id').primaryKey().defaultRandom(),
  orgId: uuid('org_id').notNull(),
  classId: uuid('class_id').notNull(),
  customerId: uuid('customer_id').notNull(),
  spots: integer('spots').notNull(),
  status: text('status', { enum: bookingStatuses }).notNull(),
  /** Only for links made before they were signed (migration 0005): the SHA-256 of the token. */
  legacyManageTokenHash: text('legacy_manage_token_hash'),
  priceAmount: bigint('price_amount', { mode: 'number' }).notNull(),
  currency: char('currency', { length: 3 }).notNull(),
  paymentMethod: text('payment_method', { enum: paymentMethods }).notNull(),
  source: text('source', { enum: bookingSources }).notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  cancelledAt: timestamp('cancelled_at', { withTimezone: true }),
  cancelledBy: text('cancelled_by', { enum: cancelledByValues }),
  cancelReason: text('cancel_reason'),
  holdExpiresAt: timestamp('hold_expires_at', { withTimezone: true }),
});

export type BookingRow = typeof bookings.$inferSelect;
