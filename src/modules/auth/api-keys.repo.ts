import { and, desc, eq, isNull, lt, or } from 'drizzle-orm';
import type { Db } from '../../platform/db.ts';
import { type ApiKeyRow, apiKeys } from './api-keys.tables.ts';
import { users } from './auth.tables.ts';

export async function insertApiKey(db: Db, values: typeof apiKeys.$inferInsert): Promise<ApiKeyRow> {
  const [row] = await db.insert(apiKeys).values(values).returning();
  if (!row) throw new Error('api key insert returned no row');
  return row;
}

export const selectApiKeys = (db: Db, orgId: string): Promise<ApiKeyRow[]> =>
  db.select().from(apiKeys).where(eq(apiKeys.orgId, orgId)).orderBy(desc(apiKeys.createdAt)).limit(200);

export async function findApiKey(db: Db, orgId: string, id: string, lock = false): Promise<ApiKeyRow | undefined> {
  const query = db
    .select()
    .from(apiKeys)
    .where(and(eq(apiKeys.orgId, orgId), eq(apiKeys.id, id)));
  const [row] = lock ? await query.for('update') : await query;
  return row;
}

export async function setApiKeyRevoked(db: Db, id: string, at: Date): Promise<ApiKeyRow> {
  const [row] = await db.update(apiKeys).set({ revokedAt: at }).where(eq(apiKeys.id, id)).returning();
  if (!row) throw new Error('api key vanished under its lock');
  return row;
}

/**
 * The live key with this hash in this organisation, with the role of the admin who made it: a key
 * works only while it is not revoked and its maker is still an admin here.
 */
export async function findLiveApiKey(db: Db, orgId: string, tokenHash: string) {
  const [row] = await db
    .select({ key: apiKeys, makerRole: users.role })
    .from(apiKeys)
    .innerJoin(users, eq(users.id, apiKeys.createdBy))
    .where(and(eq(apiKeys.orgId, orgId), eq(apiKeys.tokenHash, tokenHash), isNull(apiKeys.revokedAt)));
  return row;
}

/** Notes the use, at most once a minute per key, so that a busy integration does not write per call. */
export async function touchApiKey(db: Db, id: string, now: Date): Promise<void> {
  await db
    .update(apiKeys)
    .set({ lastUsedAt: now })
    .where(
      and(eq(apiKeys.id, id), or(isNull(apiKeys.lastUsedAt), lt(apiKeys.lastUsedAt, new Date(now.getTime() - 60_000)))),
    );
}
