import { bigint, char, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

export const classStatuses = ['scheduled', 'cancelled'] as const;

export const classes = pgTable('classes', {
  id: uuid('id').primaryKey().defaultRandom(),
  orgId: uuid('org_id').notNull(),
  title: text('title').notNull(),
  description: text('description').notNull(),
  instructorName: text('instructor_name').notNull(),
  location: text('location').notNull(),
  locationId: uuid('location_id'),
  classTypeId: uuid('class_type_id'),
  startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
  endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
  maxSpots: integer('max_spots').notNull(),
  maxSpotsPerCustomer: integer('max_spots_per_customer').notNull(),
  priceAmount: bigint('price_amount', { mode: 'number' }).notNull(),
  currency: char('currency', { length: 3 }).notNull(),
  status: text('status', { enum: classStatuses }).notNull(),
  spotsTaken: integer('spots_taken').notNull(),
  cancelledAt: timestamp('cancelled_at', { withTimezone: true }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  // Pricing (migration 0012): the tax rate (null: the organisation's default) and the deposit.
  taxRateId: uuid('tax_rate_id'),
  depositKind: text('deposit_kind', { enum: ['none', 'percent', 'fixed'] })
    .notNull()
    .default('none'),
  depositValue: integer('deposit_value').notNull().default(0),
});

export type ClassRow = typeof classes.$inferSelect;

export const classTypes = pgTable('class_types', {
  id: uuid('id').primaryKey().defaultRandom(),
  orgId: uuid('org_id').notNull(),
  name: text('name').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

export type ClassTypeRow = typeof classTypes.$inferSelect;
