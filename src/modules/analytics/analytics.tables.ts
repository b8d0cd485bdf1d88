import { bigint, date, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';

/** The booking funnel's counters: one row per organisation, local day and step (migration 0025). */
export const analyticsFunnelDays = pgTable(
  'analytics_funnel_days',
  {
    orgId: uuid('org_id').notNull(),
    day: date('day').notNull(),
    step: text('step', { enum: ['page_view', 'checkout_started'] }).notNull(),
    count: bigint('count', { mode: 'number' }).notNull().default(0),
  },
  (table) => [primaryKey({ columns: [table.orgId, table.day, table.step] })],
);
