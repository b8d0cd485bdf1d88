/**
 * Invitations to the team. An admin names an address and a role; the mailed link gives that role to
 * the account of that address. Whoever opens the link proves the address: a new account made from
 * it needs no other check, and an existing one must be signed in to take the role.
 */
import { type RequestContext, orgAddress } from '../../platform/context.ts';
import { type Db, transaction, violatedConstraint } from '../../platform/db.ts';
import { DomainError } from '../../platform/errors.ts';
import { enqueue } from '../../platform/jobs.ts';
import { hashToken, newToken } from '../../platform/tokens.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { findUserByEmail, findUserById, updateUser } from './auth.repo.ts';
import { type NewSession, createAccountIn, toUserDto } from './auth.service.ts';
import { hashPassword } from './password.ts';
import {
  type InvitationRow,
  findOpenInvitationByToken,
  insertInvitation,
  listOpenInvitations,
  markInvitationAccepted,
  revokeInvitation,
  revokeOpenInvitationOf,
} from './team.repo.ts';
import type { TeamRole } from './team.tables.ts';

/** A week: long enough for someone on holiday, short enough that a forgotten mail goes stale. */
export const INVITATION_TTL_MS = 7 * 24 * 3600 * 1000;

const toInvitationDto = (row: InvitationRow, invitedBy: string | null, now: Date) => ({
  id: row.id,
  email: row.email,
  role: row.role,
  invitedBy,
  createdAt: row.createdAt.toISOString(),
  expiresAt: row.expiresAt.toISOString(),
  expired: row.expiresAt <= now,
});

/**
 * Mails an invitation to `email`; an open one to the same address is voided, so inviting again
 * sends a fresh link. Someone already on the team is refused: change their role in the list.
 */
export async function inviteToTeam(
  db: Db,
  ctx: RequestContext,
  input: { email: string; role: TeamRole },
  deps: { publicUrl: string; now: Date },
) {
  const existing = await findUserByEmail(db, ctx.org.id, input.email);
  if (existing && existing.role !== 'customer') throw new DomainError('already_on_team', { email: input.email });
  const token = newToken();
  const send = () =>
    transaction(db, async (tx) => {
      await revokeOpenInvitationOf(tx, ctx.org.id, input.email, deps.now);
      const invitation = await insertInvitation(tx, {
        orgId: ctx.org.id,
        email: input.email,
        role: input.role,
        tokenHash: hashToken(token),
        invitedBy: ctx.user?.id ?? null,
        expiresAt: new Date(deps.now.getTime() + INVITATION_TTL_MS),
      });
      const link = `${orgAddress(deps.publicUrl, ctx.org)}/join?token=${token}`;
      await enqueue(tx, ctx.org.id, 'mail.team_invitation', { invitationId: invitation.id, link }, { maxAttempts: 5 });
      await recordAudit(tx, ctx, {
        action: 'team.invited',
        entityType: 'team_invitation',
        entityId: invitation.id,
        after: { email: invitation.email, role: invitation.role },
      });
      return invitation;
    });
  // Two invitations to one address at once: the index keeps one open; the later one then voids it, as
  // it would have a moment after.
  const row = await send().catch((error: unknown) => {
    if (violatedConstraint(error) === 'team_invitations_one_open') return send();
    throw error;
  });
  return toInvitationDto(row, ctx.user?.name ?? null, deps.now);
}

export async function listInvitations(db: Db, ctx: RequestContext, now: Date) {
  return (await listOpenInvitations(db, ctx.org.id)).map(({ invitation, invitedByName }) =>
    toInvitationDto(invitation, invitedByName, now),
  );
}

export async function withdrawInvitation(db: Db, ctx: RequestContext, id: string, now: Date): Promise<void> {
  await transaction(db, async (tx) => {
    const row = await revokeInvitation(tx, ctx.org.id, id, now);
    if (!row) throw new DomainError('invitation_not_found');
    await recordAudit(tx, ctx, {
      action: 'team.invitation_withdrawn',
      entityType: 'team_invitation',
      entityId: row.id,
      before: { email: row.email, role: row.role },
    });
  });
}

/** An open, unexpired invitation by its link's token, or 404 `invitation_invalid`. */
async function usableInvitation(db: Db, ctx: RequestContext, token: string, now: Date, lock = false) {
  const row = await findOpenInvitationByToken(db, ctx.org.id, hashToken(token), lock);
  if (!row || row.expiresAt <= now) throw new DomainError('invitation_invalid');
  return row;
}

/** What the link's page shows: who invites whom, as what. */
export async function viewInvitation(db: Db, ctx: RequestContext, token: string, now: Date) {
  const row = await usableInvitation(db, ctx, token, now);
  return {
    organisation: ctx.org.name,
    email: row.email,
    role: row.role,
    expiresAt: row.expiresAt.toISOString(),
    hasAccount: (await findUserByEmail(db, ctx.org.id, row.email)) !== undefined,
  };
}

/**
 * Accepts an invitation once. Signed in, the account must be the invited address's; not signed in,
 * the address must have no account yet, and one is made with the name and password given (and
 * signed in: `session` is then set). An admin invited as staff stays admin: an invitation never
 * lowers a role.
 */
export async function acceptInvitation(
  db: Db,
  ctx: RequestContext,
  token: string,
  input: { name?: string | undefined; password?: string | undefined },
  now: Date,
): Promise<{ user: ReturnType<typeof toUserDto>; session: NewSession | null }> {
  const signedIn = ctx.user;
  if (!signedIn) {
    const missing = (['name', 'password'] as const).filter((field) => input[field] === undefined);
    if (missing.length > 0)
      throw new DomainError(
        'validation_failed',
        {},
        missing.map((path) => ({ in: 'body', path, message: 'required' })),
      );
  }
  const passwordHash = signedIn ? null : await hashPassword(input.password as string);
  try {
    return await transaction(db, async (tx) => {
      const invitation = await usableInvitation(tx, ctx, token, now, true);
      let user = signedIn ? await findUserById(tx, ctx.org.id, signedIn.id, true) : undefined;
      let session: NewSession | null = null;
      if (signedIn) {
        if (!user || user.email !== invitation.email)
          throw new DomainError('invitation_other_account', { email: invitation.email });
        if (user.role !== 'admin' && user.role !== invitation.role) {
          const before = user.role;
          user = await updateUser(tx, ctx.org.id, user.id, { role: invitation.role });
          await recordAudit(tx, ctx, {
            action: 'user.role_changed',
            entityType: 'user',
            entityId: user.id,
            before: { role: before },
            after: { role: user.role },
          });
        }
      } else {
        if (await findUserByEmail(tx, ctx.org.id, invitation.email)) throw new DomainError('invitation_sign_in');
        session =
          (await createAccountIn(
            tx,
            ctx,
            {
              email: invitation.email,
              name: input.name as string,
              passwordHash: passwordHash as string,
              role: invitation.role,
              locale: ctx.locale,
            },
            now,
          )) ?? null;
        if (!session) throw new DomainError('invitation_sign_in');
        user = session.user;
      }
      await markInvitationAccepted(tx, ctx.org.id, invitation.id, user.id, now);
      await recordAudit(
        tx,
        { ...ctx, user: signedIn ?? null },
        {
          action: 'team.invitation_accepted',
          entityType: 'team_invitation',
          entityId: invitation.id,
          after: { userId: user.id, role: user.role },
        },
      );
      return { user: toUserDto(user), session };
    });
  } catch (error) {
    // A sign-up of the same address between the check and the insert: the unique index decides.
    if (violatedConstraint(error) === 'users_org_id_email_key') throw new DomainError('invitation_sign_in');
    throw error;
  }
}
