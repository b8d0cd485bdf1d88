import { and, eq, gt, isNull } from 'drizzle-orm';
import type { Db } from '../../platform/db.ts';
import { emailChangeTokens, passwordResetTokens, sessions, users } from './auth.tables.ts';
import type { UserRow } from './auth.repo.ts';

export type ProfileChanges = Partial<
  Pick<UserRow, 'name' | 'locale' | 'phone' | 'address' | 'notifyReminders' | 'notifyInvoices' | 'notifyNews'>
>;

export async function updateProfileRow(db: Db, orgId: string, id: string, changes: ProfileChanges): Promise<UserRow> {
  const [row] = await db
    .update(users)
    .set({ ...changes, updatedAt: new Date() })
    .where(and(eq(users.orgId, orgId), eq(users.id, id)))
    .returning();
  if (!row) throw new Error(`user ${id} vanished during update`);
  return row;
}

export async function setUserEmail(db: Db, orgId: string, id: string, email: string): Promise<UserRow> {
  const [row] = await db
    .update(users)
    .set({ email, updatedAt: new Date() })
    .where(and(eq(users.orgId, orgId), eq(users.id, id)))
    .returning();
  if (!row) throw new Error(`user ${id} vanished during update`);
  return row;
}

/** A newer request replaces an older one: only the last link mailed can change the address. */
export async function replaceEmailChangeToken(
  db: Db,
  values: { orgId: string; userId: string; newEmail: string; tokenHash: string; expiresAt: Date },
  now: Date,
): Promise<void> {
  await db
    .update(emailChangeTokens)
    .set({ usedAt: now })
    .where(
      and(
        eq(emailChangeTokens.orgId, values.orgId),
        eq(emailChangeTokens.userId, values.userId),
        isNull(emailChangeTokens.usedAt),
      ),
    );
  await db.insert(emailChangeTokens).values(values);
}

/** The address waiting for confirmation, if a link is out and still good. */
export async function findPendingEmail(db: Db, orgId: string, userId: string, now: Date): Promise<string | null> {
  const [row] = await db
    .select({ newEmail: emailChangeTokens.newEmail })
    .from(emailChangeTokens)
    .where(
      and(
        eq(emailChangeTokens.orgId, orgId),
        eq(emailChangeTokens.userId, userId),
        isNull(emailChangeTokens.usedAt),
        gt(emailChangeTokens.expiresAt, now),
      ),
    );
  return row?.newEmail ?? null;
}

const ERASED = '!';

/**
 * Replaces the account's personal data by placeholders and ends every way in: sessions, reset
 * and email-change links. The CHECK users_anonymised_erased holds the row to it.
 */
export async function anonymiseUserRow(db: Db, orgId: string, id: string, now: Date): Promise<void> {
  await db.delete(sessions).where(and(eq(sessions.orgId, orgId), eq(sessions.userId, id)));
  await db
    .delete(passwordResetTokens)
    .where(and(eq(passwordResetTokens.orgId, orgId), eq(passwordResetTokens.userId, id)));
  await db.delete(emailChangeTokens).where(and(eq(emailChangeTokens.orgId, orgId), eq(emailChangeTokens.userId, id)));
  await db
    .update(users)
    .set({
      email: anonymisedEmail(id),
      name: ANONYMISED_NAME,
      passwordHash: ERASED,
      phone: null,
      address: null,
      notifyReminders: false,
      notifyInvoices: false,
      notifyNews: false,
      anonymisedAt: now,
      updatedAt: now,
    })
    .where(and(eq(users.orgId, orgId), eq(users.id, id)));
}

export const ANONYMISED_NAME = 'Anonymised';
/** Unique per account (the address is unique per organisation) and under `.invalid`, which never delivers. */
export const anonymisedEmail = (id: string) => `deleted-${id}@anonymised.invalid`;
