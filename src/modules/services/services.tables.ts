import { boolean, char, integer, pgTable, text, timestamp, uuid, primaryKey } from 'drizzle-orm/pg-core';

export const locationModes = ['at_location', 'at_customer', 'remote'] as const;

export const services = pgTable(
  'services',
  {
    id: uuid('id').notNull().defaultRandom(),
    orgId: uuid('org_id').notNull(),
    name: text('name').notNull(),
    description: text('description').notNull(),
    durationMinutes: integer('duration_minutes').notNull(),
    bufferBeforeMinutes: integer('buffer_before_minutes').notNull(),
    bufferAfterMinutes: integer('buffer_after_minutes').notNull(),
    // Null: not set, the length and both buffers (migration 0051; defaultSlotIntervalMinutes).
    slotIntervalMinutes: integer('slot_interval_minutes'),
    minimumNoticeMinutes: integer('minimum_notice_minutes').notNull(),
    maximumDaysAhead: integer('maximum_days_ahead').notNull(),
    priceAmount: integer('price_amount').notNull(),
    currency: char('currency', { length: 3 }).notNull(),
    locationMode: text('location_mode', { enum: locationModes }).notNull(),
    locationId: uuid('location_id'),
    capacity: integer('capacity').notNull(),
    active: boolean('active').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    // Pricing (migration 0012): the tax rate (null: the organisation's default) and the deposit.
    taxRateId: uuid('tax_rate_id'),
    depositKind: text('deposit_kind', { enum: ['none', 'percent', 'fixed'] })
      .notNull()
      .default('none'),
    depositValue: integer('deposit_value').notNull().default(0),
  },
  (table) => [primaryKey({ columns: [table.orgId, table.id] })],
);

export type ServiceRow = typeof services.$inferSelect;
export type NewServiceRow = typeof services.$inferInsert;
