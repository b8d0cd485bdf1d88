import { integer, pgTable, text, timestamp, uuid, primaryKey } from 'drizzle-orm/pg-core';

export const customers = pgTable(
  'customers',
  {
    id: uuid('id').notNull().defaultRandom(),
    orgId: uuid('org_id').notNull(),
    userId: uuid('user_id'),
    email: text('email').notNull(),
    name: text('name').notNull(),
    locale: text('locale', { enum: ['en', 'sv'] }),
    /** Only for feed links made before they were signed (migration 0005): the SHA-256 of the token. */
    legacyCalendarTokenHash: text('legacy_calendar_token_hash'),
    /** Signs the calendar feed's address; raised to replace the address (the old one then opens nothing). */
    feedVersion: integer('feed_version').notNull().default(1),
    /** Set when the account's owner deleted it; its calendar feed then answers nothing. */
    anonymisedAt: timestamp('anonymised_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.orgId, table.id] })],
);
