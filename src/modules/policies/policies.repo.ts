import { and, eq, isNull, or, sql } from 'drizzle-orm';
import { type Db, queryRows } from '../../platform/db.ts';
import { type CancellationPolicyRow, cancellationPolicies } from './policies.tables.ts';

export async function selectPolicies(db: Db, orgId: string): Promise<CancellationPolicyRow[]> {
  return db.select().from(cancellationPolicies).where(eq(cancellationPolicies.orgId, orgId)).limit(1000);
}

/** The rows that could apply to one booking: its service's, its class type's, and the default. */
export async function selectPoliciesFor(
  db: Db,
  orgId: string,
  what: { serviceId: string | null; classTypeId: string | null },
): Promise<CancellationPolicyRow[]> {
  const p = cancellationPolicies;
  return db
    .select()
    .from(p)
    .where(
      and(
        eq(p.orgId, orgId),
        or(
          and(isNull(p.serviceId), isNull(p.classTypeId)),
          what.serviceId ? eq(p.serviceId, what.serviceId) : undefined,
          what.classTypeId ? eq(p.classTypeId, what.classTypeId) : undefined,
        ),
      ),
    );
}

/** One policy per target: a second write for the same target replaces the first (the unique index decides). */
export async function upsertPolicy(
  db: Db,
  values: Omit<typeof cancellationPolicies.$inferInsert, 'id' | 'createdAt' | 'updatedAt'>,
): Promise<CancellationPolicyRow> {
  const [written] = await queryRows<{ id: string }>(
    db,
    sql`
      INSERT INTO cancellation_policies (org_id, service_id, class_type_id, free_hours, late_action, late_fee_kind,
        late_fee_value, refund_to, credit_validity_days, no_show_fee_kind, no_show_fee_value)
      VALUES (${values.orgId}, ${values.serviceId ?? null}, ${values.classTypeId ?? null}, ${values.freeHours ?? null},
              ${values.lateAction}, ${values.lateFeeKind ?? null}, ${values.lateFeeValue ?? null},
              ${values.refundTo ?? 'card'}, ${values.creditValidityDays ?? 365}, ${values.noShowFeeKind ?? null},
              ${values.noShowFeeValue ?? null})
      ON CONFLICT (org_id, COALESCE(service_id, class_type_id, '00000000-0000-0000-0000-000000000000'::uuid))
      DO UPDATE SET free_hours = EXCLUDED.free_hours, late_action = EXCLUDED.late_action,
        late_fee_kind = EXCLUDED.late_fee_kind, late_fee_value = EXCLUDED.late_fee_value,
        refund_to = EXCLUDED.refund_to, credit_validity_days = EXCLUDED.credit_validity_days,
        no_show_fee_kind = EXCLUDED.no_show_fee_kind, no_show_fee_value = EXCLUDED.no_show_fee_value, updated_at = now()
      RETURNING id`,
  );
  const [row] = written
    ? await db.select().from(cancellationPolicies).where(eq(cancellationPolicies.id, written.id))
    : [];
  if (!row) throw new Error('policy upsert returned nothing');
  return row;
}

export async function deletePolicyRow(db: Db, orgId: string, id: string): Promise<CancellationPolicyRow | undefined> {
  const [row] = await db
    .delete(cancellationPolicies)
    .where(and(eq(cancellationPolicies.orgId, orgId), eq(cancellationPolicies.id, id)))
    .returning();
  return row;
}
