import type { RequestContext } from '../../platform/context.ts';
import type { Db } from '../../platform/db.ts';
import { WriteBatch } from '../../platform/write-batch.ts';
import { type AuditFilter, type NewAuditRow, auditRowInsert, insertAuditRow, selectAuditRows } from './audit.repo.ts';

export interface AuditEntry {
  /** Dotted past tense: `booking.created`, `class.cancelled`. */
  action: string;
  entityType: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
}

/**
 * Writes who changed what. Always called with the transaction that makes the change (or its write
 * batch, which sends it in that transaction), so the entry exists exactly when the change does.
 */
export async function recordAudit(sink: Db | WriteBatch, ctx: RequestContext, entry: AuditEntry): Promise<void> {
  const actorType = ctx.apiKey ? 'api_key' : ctx.user ? 'user' : ctx.system ? 'system' : 'guest';
  const row: NewAuditRow = {
    orgId: ctx.org.id,
    actorType,
    actorId: ctx.apiKey?.id ?? ctx.user?.id ?? null,
    actorLabel: ctx.apiKey?.name ?? ctx.operator ?? null,
    ip: ctx.ip,
    userAgent: ctx.userAgent?.slice(0, 500) ?? null,
    requestId: ctx.requestId,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId,
    before: entry.before ?? null,
    after: entry.after ?? null,
  };
  if (sink instanceof WriteBatch) sink.add(auditRowInsert(row));
  else await insertAuditRow(sink, row);
}

export async function listAudit(db: Db, ctx: RequestContext, filter: AuditFilter) {
  const rows = await selectAuditRows(db, ctx.org.id, filter);
  return {
    entries: rows.map(({ entry: row, actorName }) => ({
      id: row.id,
      occurredAt: row.occurredAt.toISOString(),
      // A person's name as it is now; an API key's name as it was.
      actor: { type: row.actorType, id: row.actorId, label: actorName ?? row.actorLabel },
      ip: row.ip,
      userAgent: row.userAgent,
      requestId: row.requestId,
      action: row.action,
      entityType: row.entityType,
      entityId: row.entityId,
      before: row.before,
      after: row.after,
    })),
    nextBefore: rows.length === filter.limit ? (rows.at(-1)?.entry.id ?? null) : null,
  };
}
