import { boolean, date, integer, pgTable, primaryKey, smallint, text, timestamp, uuid } from 'drizzle-orm/pg-core';

export const providers = pgTable(
  'providers',
  {
    id: uuid('id').notNull().defaultRandom(),
    orgId: uuid('org_id').notNull(),
    name: text('name').notNull(),
    bio: text('bio').notNull(),
    userId: uuid('user_id'),
    timeZone: text('time_zone').notNull(),
    active: boolean('active').notNull(),
    /** Signs the calendar feed's address; raised to replace the address (the old one then opens nothing). */
    feedVersion: integer('feed_version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.orgId, table.id] })],
);

/** Local wall times "HH:MM" in the provider's zone; `end_time` may be "24:00". */
export const providerWeeklyHours = pgTable(
  'provider_weekly_hours',
  {
    id: uuid('id').notNull().defaultRandom(),
    orgId: uuid('org_id').notNull(),
    providerId: uuid('provider_id').notNull(),
    weekday: smallint('weekday').notNull(),
    startTime: text('start_time').notNull(),
    endTime: text('end_time').notNull(),
    locationId: uuid('location_id'),
  },
  (table) => [primaryKey({ columns: [table.orgId, table.id] })],
);

export const providerDateOverrides = pgTable(
  'provider_date_overrides',
  {
    id: uuid('id').notNull().defaultRandom(),
    orgId: uuid('org_id').notNull(),
    providerId: uuid('provider_id').notNull(),
    date: date('date', { mode: 'string' }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.orgId, table.id] })],
);

export const providerOverrideIntervals = pgTable(
  'provider_override_intervals',
  {
    id: uuid('id').notNull().defaultRandom(),
    orgId: uuid('org_id').notNull(),
    overrideId: uuid('override_id').notNull(),
    startTime: text('start_time').notNull(),
    endTime: text('end_time').notNull(),
    locationId: uuid('location_id'),
  },
  (table) => [primaryKey({ columns: [table.orgId, table.id] })],
);

export const providerTimeOff = pgTable(
  'provider_time_off',
  {
    id: uuid('id').notNull().defaultRandom(),
    orgId: uuid('org_id').notNull(),
    providerId: uuid('provider_id').notNull(),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
    note: text('note').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.orgId, table.id] })],
);

/**
 * Which provider performs which service. Declared here, below services, so that a provider can list
 * its services and the services module writes the links without an arrow pointing up.
 */
export const serviceProviders = pgTable(
  'service_providers',
  {
    orgId: uuid('org_id').notNull(),
    serviceId: uuid('service_id').notNull(),
    providerId: uuid('provider_id').notNull(),
  },
  (table) => [primaryKey({ columns: [table.orgId, table.serviceId, table.providerId] })],
);

export type ProviderRow = typeof providers.$inferSelect;
export type NewProviderRow = typeof providers.$inferInsert;
export type WeeklyHoursRow = typeof providerWeeklyHours.$inferSelect;
export type OverrideIntervalRow = typeof providerOverrideIntervals.$inferSelect;
export type TimeOffRow = typeof providerTimeOff.$inferSelect;
