import { bigint, pgTable, text, timestamp, uuid, primaryKey } from 'drizzle-orm/pg-core';

export const waitlistStatuses = ['waiting', 'offered', 'claimed', 'lapsed', 'left', 'closed'] as const;

/** A person waiting for a spot in a full class (migrations/0023, which holds the rules). */
export const waitlistEntries = pgTable(
  'waitlist_entries',
  {
    id: uuid('id').notNull().defaultRandom(),
    orgId: uuid('org_id').notNull(),
    classId: uuid('class_id').notNull(),
    customerId: uuid('customer_id').notNull(),
    /** The order of the line: first joined, first offered. */
    position: bigint('position', { mode: 'number' }).notNull().generatedAlwaysAsIdentity(),
    status: text('status', { enum: waitlistStatuses }).notNull(),
    joinedAt: timestamp('joined_at', { withTimezone: true }).notNull(),
    /** The class hold that keeps the offered spot for this entry (never shown: whoever has a hold's id may use it). */
    holdId: uuid('hold_id'),
    offeredAt: timestamp('offered_at', { withTimezone: true }),
    /** Set when the offer is mailed; until then the spot is kept, but the clock has not started. */
    offerExpiresAt: timestamp('offer_expires_at', { withTimezone: true }),
    bookingId: uuid('booking_id'),
    endedAt: timestamp('ended_at', { withTimezone: true }),
  },
  (table) => [primaryKey({ columns: [table.orgId, table.id] })],
);

export type WaitlistEntryRow = typeof waitlistEntries.$inferSelect;
