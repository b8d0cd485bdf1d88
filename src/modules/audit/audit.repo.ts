import { type SQL, and, desc, eq, lt, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db.ts';
import { auditLog } from './audit.tables.ts';

export type AuditRow = typeof auditLog.$inferSelect;
export type NewAuditRow = typeof auditLog.$inferInsert;

export async function insertAuditRow(db: Db, row: NewAuditRow): Promise<void> {
  await db.execute(auditRowInsert(row));
}

/**
 * The insert of an audit row (alone, or for a write batch), the row as one JSON parameter: its before
 * and after are JSON already, and a booking's entry is otherwise a dozen parameters for the query
 * builder to walk on every booking. It is written at the transaction's time, as the column's default.
 */
export function auditRowInsert(row: NewAuditRow): SQL {
  const record = {
    org_id: row.orgId,
    actor_type: row.actorType,
    actor_id: row.actorId ?? null,
    actor_label: row.actorLabel ?? null,
    ip: row.ip ?? null,
    user_agent: row.userAgent ?? null,
    request_id: row.requestId ?? null,
    action: row.action,
    entity_type: row.entityType,
    entity_id: row.entityId,
    before: row.before ?? null,
    after: row.after ?? null,
  };
  return sql`INSERT INTO audit_log (org_id, actor_type, actor_id, actor_label, ip, user_agent, request_id, action,
                                    entity_type, entity_id, before, after)
    SELECT a.org_id, a.actor_type, a.actor_id, a.actor_label, a.ip, a.user_agent, a.request_id, a.action,
           a.entity_type, a.entity_id, a.before, a.after
      FROM jsonb_to_record(${JSON.stringify(record)}::jsonb)
        AS a (org_id uuid, actor_type text, actor_id uuid, actor_label text, ip text, user_agent text,
              request_id text, action text, entity_type text, entity_id uuid, before jsonb, after jsonb)`;
}

export interface AuditFilter {
  entityType?: string | undefined;
  entityId?: string | undefined;
  before?: number | undefined;
  limit: number;
}

/** An entry with the name its person goes by now (a user actor), for people reading the log. */
export type AuditListRow = { entry: AuditRow; actorName: string | null };

export async function selectAuditRows(db: Db, orgId: string, filter: AuditFilter): Promise<AuditListRow[]> {
  const conditions: SQL[] = [eq(auditLog.orgId, orgId)];
  if (filter.entityType) conditions.push(eq(auditLog.entityType, filter.entityType));
  if (filter.entityId) conditions.push(eq(auditLog.entityId, filter.entityId));
  if (filter.before) conditions.push(lt(auditLog.id, filter.before));
  return db
    .select({
      entry: auditLog,
      actorName: sql<string | null>`(SELECT u.name FROM users u
        WHERE ${auditLog.actorType} = 'user' AND u.org_id = ${auditLog.orgId} AND u.id = ${auditLog.actorId})`,
    })
    .from(auditLog)
    .where(and(...conditions))
    .orderBy(desc(auditLog.id))
    .limit(filter.limit);
}

/**
 * Empties the recorded values of an account's own entries (its name, addresses, phone as they were)
 * when it is anonymised; what happened, when and by whom stays.
 */
export async function eraseAuditValues(db: Db, orgId: string, entityType: string, entityId: string): Promise<void> {
  await db
    .update(auditLog)
    .set({ before: null, after: null })
    .where(and(eq(auditLog.orgId, orgId), eq(auditLog.entityType, entityType), eq(auditLog.entityId, entityId)));
}
