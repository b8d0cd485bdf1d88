import { and, asc, eq, gt, lt, ne, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db.ts';
import { type Role, authThrottle, passwordResetTokens, sessions, users } from './auth.tables.ts';
import type { ThrottleState } from './throttle.ts';

export type UserRow = typeof users.$inferSelect;

export async function findUserByEmail(db: Db, orgId: string, email: string): Promise<UserRow | undefined> {
  const [row] = await db
    .select()
    .from(users)
    .where(and(eq(users.orgId, orgId), eq(users.email, email)));
  return row;
}

export async function findUserById(db: Db, orgId: string, id: string, lock = false): Promise<UserRow | undefined> {
  const query = db
    .select()
    .from(users)
    .where(and(eq(users.orgId, orgId), eq(users.id, id)));
  const [row] = lock ? await query.for('update') : await query;
  return row;
}

export async function insertUser(db: Db, values: typeof users.$inferInsert): Promise<UserRow | undefined> {
  const [row] = await db.insert(users).values(values).onConflictDoNothing().returning();
  return row;
}

export async function updateUser(
  db: Db,
  orgId: string,
  id: string,
  changes: Partial<Pick<UserRow, 'role' | 'passwordHash' | 'name' | 'locale'>>,
): Promise<UserRow> {
  const [row] = await db
    .update(users)
    .set({ ...changes, updatedAt: new Date() })
    .where(and(eq(users.orgId, orgId), eq(users.id, id)))
    .returning();
  if (!row) throw new Error(`user ${id} vanished during update`);
  return row;
}

export async function listUsers(
  db: Db,
  orgId: string,
  filter: { role?: Role | undefined; email?: string | undefined },
): Promise<UserRow[]> {
  return db
    .select()
    .from(users)
    .where(
      and(
        eq(users.orgId, orgId),
        filter.role ? eq(users.role, filter.role) : undefined,
        filter.email ? eq(users.email, filter.email) : undefined,
      ),
    )
    .orderBy(asc(users.email))
    .limit(1000);
}

/** Locks the organisation's admins, so that two demotions cannot both pass the last-admin check. */
export async function lockAdmins(db: Db, orgId: string): Promise<UserRow[]> {
  return db
    .select()
    .from(users)
    .where(and(eq(users.orgId, orgId), eq(users.role, 'admin')))
    .orderBy(asc(users.id))
    .for('update');
}

export async function countAdmins(db: Db, orgId: string): Promise<number> {
  const rows = await db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.orgId, orgId), eq(users.role, 'admin')))
    .limit(1);
  return rows.length;
}

export async function insertSession(db: Db, values: typeof sessions.$inferInsert): Promise<void> {
  await db.insert(sessions).values(values);
}

export async function findSessionUser(db: Db, orgId: string, tokenHash: string, now: Date) {
  const [row] = await db
    .select({ session: sessions, user: users })
    .from(sessions)
    .innerJoin(users, and(eq(users.orgId, sessions.orgId), eq(users.id, sessions.userId)))
    .where(and(eq(sessions.orgId, orgId), eq(sessions.tokenHash, tokenHash), gt(sessions.expiresAt, now)));
  return row;
}

export async function deleteSession(db: Db, orgId: string, sessionId: string): Promise<void> {
  await db.delete(sessions).where(and(eq(sessions.orgId, orgId), eq(sessions.id, sessionId)));
}

export async function deleteUserSessions(db: Db, orgId: string, userId: string, exceptId?: string): Promise<void> {
  await db
    .delete(sessions)
    .where(
      and(eq(sessions.orgId, orgId), eq(sessions.userId, userId), exceptId ? ne(sessions.id, exceptId) : undefined),
    );
}

export async function insertResetToken(db: Db, values: typeof passwordResetTokens.$inferInsert): Promise<void> {
  await db.insert(passwordResetTokens).values(values);
}

/** The counter for `key`, created if new and locked until the transaction ends. */
export async function lockThrottle(db: Db, orgId: string, key: string, now: Date): Promise<ThrottleState> {
  await db
    .insert(authThrottle)
    .values({ orgId, key, windowStartedAt: now, attempts: 0, lastAttemptAt: null })
    .onConflictDoNothing();
  const [row] = await db
    .select()
    .from(authThrottle)
    .where(and(eq(authThrottle.orgId, orgId), eq(authThrottle.key, key)))
    .for('update');
  if (!row) throw new Error(`throttle row ${key} vanished`);
  return row;
}

export async function saveThrottle(db: Db, orgId: string, key: string, state: ThrottleState): Promise<void> {
  await db
    .update(authThrottle)
    .set(state)
    .where(and(eq(authThrottle.orgId, orgId), eq(authThrottle.key, key)));
}

/** The counter for `key` as it stands, without locking it. */
export async function peekThrottle(db: Db, orgId: string, key: string): Promise<ThrottleState | undefined> {
  const [row] = await db
    .select()
    .from(authThrottle)
    .where(and(eq(authThrottle.orgId, orgId), eq(authThrottle.key, key)));
  return row;
}

/** Gives back one attempt (a sign-in that succeeded is not a guess). */
export async function refundThrottle(db: Db, orgId: string, key: string): Promise<void> {
  await db
    .update(authThrottle)
    .set({ attempts: sql`greatest(${authThrottle.attempts} - 1, 0)` })
    .where(and(eq(authThrottle.orgId, orgId), eq(authThrottle.key, key)));
}

export async function clearThrottle(db: Db, orgId: string, key: string): Promise<void> {
  await db.delete(authThrottle).where(and(eq(authThrottle.orgId, orgId), eq(authThrottle.key, key)));
}

export async function pruneThrottle(db: Db, before: Date): Promise<void> {
  await db.delete(authThrottle).where(lt(authThrottle.windowStartedAt, before));
}
