import {
  bigint,
  boolean,
  char,
  date,
  integer,
  pgTable,
  smallint,
  text,
  timestamp,
  uuid,
  primaryKey,
} from 'drizzle-orm/pg-core';

export const classStatuses = ['scheduled', 'cancelled'] as const;

export const classes = pgTable(
  'classes',
  {
    id: uuid('id').notNull().defaultRandom(),
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
    // Recurring series (migration 0022): the series it belongs to, whether it was edited on its own,
    // and the provider who teaches it (the instructor name stays for display).
    seriesId: uuid('series_id'),
    seriesException: boolean('series_exception').notNull().default(false),
    providerId: uuid('provider_id'),
  },
  (table) => [primaryKey({ columns: [table.orgId, table.id] })],
);

export type ClassRow = typeof classes.$inferSelect;

export const classTypes = pgTable(
  'class_types',
  {
    id: uuid('id').notNull().defaultRandom(),
    orgId: uuid('org_id').notNull(),
    name: text('name').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.orgId, table.id] })],
);

export type ClassTypeRow = typeof classTypes.$inferSelect;

export const classSeries = pgTable(
  'class_series',
  {
    id: uuid('id').notNull().defaultRandom(),
    orgId: uuid('org_id').notNull(),
    weekdays: smallint('weekdays').array().notNull(),
    startTime: text('start_time').notNull(),
    durationMinutes: integer('duration_minutes').notNull(),
    timeZone: text('time_zone').notNull(),
    fromDate: date('from_date', { mode: 'string' }).notNull(),
    untilDate: date('until_date', { mode: 'string' }),
    occurrences: integer('occurrences'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.orgId, table.id] })],
);

export type ClassSeriesRow = typeof classSeries.$inferSelect;

export const classTemplates = pgTable(
  'class_templates',
  {
    id: uuid('id').notNull().defaultRandom(),
    orgId: uuid('org_id').notNull(),
    name: text('name').notNull(),
    title: text('title').notNull(),
    description: text('description').notNull(),
    instructorName: text('instructor_name').notNull(),
    location: text('location').notNull(),
    locationId: uuid('location_id'),
    classTypeId: uuid('class_type_id'),
    providerId: uuid('provider_id'),
    durationMinutes: integer('duration_minutes').notNull(),
    maxSpots: integer('max_spots').notNull(),
    maxSpotsPerCustomer: integer('max_spots_per_customer').notNull(),
    priceAmount: bigint('price_amount', { mode: 'number' }).notNull(),
    currency: char('currency', { length: 3 }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.orgId, table.id] })],
);

export type ClassTemplateRow = typeof classTemplates.$inferSelect;
