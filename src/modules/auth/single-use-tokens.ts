import { and, eq, gt, isNull } from 'drizzle-orm';
import type { Db } from '../../platform/db.ts';
import { emailChangeTokens, passwordResetTokens } from './auth.tables.ts';

/** Links mailed to an account that work once before they expire (only their hash is stored). */
const tables = { password_reset: passwordResetTokens, email_change: emailChangeTokens };
type Tables = typeof tables;
export type SingleUseTokenKind = keyof Tables;

/** The account a token was made for, used or not, so the caller can lock it before claiming the token. */
export async function findTokenOwner(
  db: Db,
  kind: SingleUseTokenKind,
  orgId: string,
  tokenHash: string,
): Promise<string | undefined> {
  const table = tables[kind];
  const [row] = await db
    .select({ userId: table.userId })
    .from(table)
    .where(and(eq(table.orgId, orgId), eq(table.tokenHash, tokenHash)));
  return row?.userId;
}

/** Claims an unused, unexpired token exactly once: the row lock of the update decides a race. */
export async function consumeToken<K extends SingleUseTokenKind>(
  db: Db,
  kind: K,
  orgId: string,
  tokenHash: string,
  now: Date,
): Promise<Tables[K]['$inferSelect'] | undefined> {
  const table: Tables[SingleUseTokenKind] = tables[kind];
  const [row] = await db
    .update(table)
    .set({ usedAt: now })
    .where(and(eq(table.orgId, orgId), eq(table.tokenHash, tokenHash), isNull(table.usedAt), gt(table.expiresAt, now)))
    .returning();
  return row as Tables[K]['$inferSelect'] | undefined;
}
