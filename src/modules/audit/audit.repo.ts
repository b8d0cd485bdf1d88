import { type SQL, and, desc, eq, lt } from 'drizzle-orm';
import type { Db } from '../../platform/db.ts';
import { auditLog } from './audit.tables.ts';

export type AuditRow = typeof auditLog.$inferSelect;
export type NewAuditRow = typeof auditLog.$inferInsert;

export async function insertAuditRow(db: Db, row: NewAuditRow): Promise<void> {
  await db.insert(auditLog).values(row);
}

/** The insert of an audit row, for a write batch. */
export const auditRowInsert = (db: Db, row: NewAuditRow): SQL => db.insert(auditLog).values(row).getSQL();

export interface AuditFilter {
  entityType?: string | undefined;
  entityId?: string | undefined;
  before?: number | undefined;
  limit: number;
}

export async function selectAuditRows(db: Db, orgId: string, filter: AuditFilter): Promise<AuditRow[]> {
  const conditions: SQL[] = [eq(auditLog.orgId, orgId)];
  if (filter.entityType) conditions.push(eq(auditLog.entityType, filter.entityType));
  if (filter.entityId) conditions.push(eq(auditLog.entityId, filter.entityId));
  if (filter.before) conditions.push(lt(auditLog.id, filter.before));
  return db
    .select()
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
