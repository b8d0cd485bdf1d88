import { integer, pgTable, text, timestamp, uuid, primaryKey } from 'drizzle-orm/pg-core';

/** Messages staff sent to everyone booked on a class (migration 0024); counted for the hourly limit. */
export const rosterMessages = pgTable(
  'roster_messages',
  {
    id: uuid('id').notNull().defaultRandom(),
    orgId: uuid('org_id').notNull(),
    classId: uuid('class_id').notNull(),
    subject: text('subject').notNull(),
    body: text('body').notNull(),
    sentBy: uuid('sent_by'),
    recipients: integer('recipients').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.orgId, table.id] })],
);
