import { integer, pgTable, text, timestamp, uuid, primaryKey } from 'drizzle-orm/pg-core';

export const lateActions = ['refuse', 'fee', 'no_refund'] as const;
export const feeKinds = ['fixed', 'percent'] as const;
export const refundTargets = ['card', 'credit'] as const;

export const cancellationPolicies = pgTable(
  'cancellation_policies',
  {
    id: uuid('id').notNull().defaultRandom(),
    orgId: uuid('org_id').notNull(),
    serviceId: uuid('service_id'),
    classTypeId: uuid('class_type_id'),
    freeHours: integer('free_hours'),
    lateAction: text('late_action', { enum: lateActions }).notNull(),
    lateFeeKind: text('late_fee_kind', { enum: feeKinds }),
    lateFeeValue: integer('late_fee_value'),
    /** Where a cancellation's refund goes (migration 0020): the original method, or credits. */
    refundTo: text('refund_to', { enum: refundTargets }).notNull().default('card'),
    creditValidityDays: integer('credit_validity_days').notNull().default(365),
    noShowFeeKind: text('no_show_fee_kind', { enum: feeKinds }),
    noShowFeeValue: integer('no_show_fee_value'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.orgId, table.id] })],
);

export type CancellationPolicyRow = typeof cancellationPolicies.$inferSelect;
