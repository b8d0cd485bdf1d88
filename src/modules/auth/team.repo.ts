import { and, asc, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../platform/db.ts';
import { users } from './auth.tables.ts';
import { teamInvitations } from './team.tables.ts';

export type InvitationRow = typeof teamInvitations.$inferSelect;

const open = (orgId: string) =>
  and(eq(teamInvitations.orgId, orgId), isNull(teamInvitations.acceptedAt), isNull(teamInvitations.revokedAt));

/** Voids the open invitation of an address, if any: a new one replaces it. */
export async function revokeOpenInvitationOf(db: Db, orgId: string, email: string, now: Date): Promise<void> {
  await db
    .update(teamInvitations)
    .set({ revokedAt: now })
    .where(and(open(orgId), eq(teamInvitations.email, email)));
}

export async function insertInvitation(db: Db, values: typeof teamInvitations.$inferInsert): Promise<InvitationRow> {
  const [row] = await db.insert(teamInvitations).values(values).returning();
  return row as InvitationRow;
}

/** Invitations with the name of who sent each (while that account exists). */
const withSender = (db: Db) =>
  db
    .select({ invitation: teamInvitations, invitedByName: users.name })
    .from(teamInvitations)
    .leftJoin(users, and(eq(users.orgId, teamInvitations.orgId), eq(users.id, teamInvitations.invitedBy)));

/** Open invitations (expired ones too, until someone withdraws or renews them), oldest first, with who sent each. */
export async function listOpenInvitations(db: Db, orgId: string) {
  return withSender(db).where(open(orgId)).orderBy(asc(teamInvitations.createdAt), asc(teamInvitations.id));
}

export async function revokeInvitation(
  db: Db,
  orgId: string,
  id: string,
  now: Date,
): Promise<InvitationRow | undefined> {
  const [row] = await db
    .update(teamInvitations)
    .set({ revokedAt: now })
    .where(and(open(orgId), eq(teamInvitations.id, id)))
    .returning();
  return row;
}

/** The open invitation of a token, locked when `lock` so that two acceptances run one after the other. */
export async function findOpenInvitationByToken(
  db: Db,
  orgId: string,
  tokenHash: string,
  lock = false,
): Promise<InvitationRow | undefined> {
  const query = db
    .select()
    .from(teamInvitations)
    .where(and(open(orgId), eq(teamInvitations.tokenHash, tokenHash)));
  const [row] = lock ? await query.for('update') : await query;
  return row;
}

export async function markInvitationAccepted(db: Db, orgId: string, id: string, userId: string, now: Date) {
  await db
    .update(teamInvitations)
    .set({ acceptedAt: now, acceptedBy: userId })
    .where(and(eq(teamInvitations.orgId, orgId), eq(teamInvitations.id, id)));
}

/** Forgets the invitations of an address (its owner's data is being erased); answers their ids. */
export async function deleteInvitationsOf(db: Db, orgId: string, email: string): Promise<string[]> {
  const rows = await db
    .delete(teamInvitations)
    .where(and(eq(teamInvitations.orgId, orgId), eq(teamInvitations.email, email)))
    .returning({ id: teamInvitations.id });
  return rows.map((row) => row.id);
}

/** An invitation by id, with the name of who sent it: what its mail says. */
export async function findInvitationById(db: Db, orgId: string, id: string) {
  const [row] = await withSender(db).where(and(eq(teamInvitations.orgId, orgId), eq(teamInvitations.id, id)));
  return row;
}
