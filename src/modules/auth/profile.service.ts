import { type RequestContext, orgAddress, requireUser } from '../../platform/context.ts';
import { type Db, transaction, violatedConstraint } from '../../platform/db.ts';
import { DomainError } from '../../platform/errors.ts';
import { enqueue } from '../../platform/jobs.ts';
import { hashToken, newToken } from '../../platform/tokens.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { type UserRow, findUserByEmail, findUserById, updateUser, deleteUserSessions } from './auth.repo.ts';
import { toUserDto } from './auth.service.ts';
import { hashPassword, verifyPassword } from './password.ts';
import { findPendingEmail, replaceEmailChangeToken, setUserEmail, updateProfileRow } from './profile.repo.ts';
import { phoneSchema } from '../../platform/schemas.ts';
import type { ProfileUpdate } from './profile.schema.ts';
import { consumeToken, findTokenOwner } from './single-use-tokens.ts';

/** A confirmation link is good for a day: long enough to reach another mailbox, short for a stolen one. */
const EMAIL_CHANGE_TTL_MS = 24 * 3600_000;

const toProfileDto = (user: UserRow, pendingEmail: string | null) => ({
  id: user.id,
  email: user.email,
  pendingEmail,
  name: user.name,
  phone: user.phone,
  address: user.address,
  locale: user.locale,
  notifications: { reminders: user.notifyReminders, invoices: user.notifyInvoices, news: user.notifyNews },
});

async function loadUser(db: Db, ctx: RequestContext, lock = false): Promise<UserRow> {
  const user = await findUserById(db, ctx.org.id, requireUser(ctx).id, lock);
  if (!user) throw new DomainError('user_not_found');
  return user;
}

/** The signed-in user's password, checked before a change that an open session alone must not allow. */
export async function checkPassword(db: Db, ctx: RequestContext, password: string): Promise<UserRow> {
  const user = await loadUser(db, ctx);
  if (!(await verifyPassword(user.passwordHash, password))) throw new DomainError('wrong_password');
  return user;
}

export async function getProfile(db: Db, ctx: RequestContext, now: Date) {
  const user = await loadUser(db, ctx);
  return toProfileDto(user, await findPendingEmail(db, ctx.org.id, user.id, now));
}

export async function updateProfile(db: Db, ctx: RequestContext, changes: ProfileUpdate, now: Date) {
  return transaction(db, async (tx) => {
    const before = await loadUser(tx, ctx, true);
    const { notifications, ...details } = changes;
    const after = await updateProfileRow(tx, ctx.org.id, before.id, {
      ...details,
      ...(notifications?.reminders === undefined ? {} : { notifyReminders: notifications.reminders }),
      ...(notifications?.invoices === undefined ? {} : { notifyInvoices: notifications.invoices }),
      ...(notifications?.news === undefined ? {} : { notifyNews: notifications.news }),
    });
    return auditProfileChange(tx, ctx, before, after, now);
  });
}

/** Audits a change of the profile (before and after, with any address change waiting); answers the profile. */
async function auditProfileChange(tx: Db, ctx: RequestContext, before: UserRow, after: UserRow, now: Date) {
  const pending = await findPendingEmail(tx, ctx.org.id, before.id, now);
  await recordAudit(tx, ctx, {
    action: 'user.profile_updated',
    entityType: 'user',
    entityId: before.id,
    before: toProfileDto(before, pending),
    after: toProfileDto(after, pending),
  });
  return toProfileDto(after, pending);
}

/**
 * A signed-in customer's booking gives the phone and address of their profile where it has none, in
 * the booking's transaction (`tx`), audited as a profile change. A value the profile has already is
 * replaced only when the customer asked (`replace`): a one-off address (a visit at a summer house) must
 * not overwrite the one they keep. A phone the profile would refuse (a booking takes any line) is left out.
 */
export async function fillProfileFromBooking(
  tx: Db,
  ctx: RequestContext,
  given: { phone: string | null; address: string | null },
  replace: boolean,
  now: Date,
): Promise<void> {
  const before = await loadUser(tx, ctx, true);
  const phone = given.phone && phoneSchema.safeParse(given.phone).success ? given.phone : null;
  const takes = (had: string | null, value: string | null): value is string =>
    value !== null && value !== had && (had === null || replace);
  const changes = {
    ...(takes(before.phone, phone) ? { phone } : {}),
    ...(takes(before.address, given.address) ? { address: given.address } : {}),
  };
  if (Object.keys(changes).length === 0) return;
  await auditProfileChange(tx, ctx, before, await updateProfileRow(tx, ctx.org.id, before.id, changes), now);
}

/** A new password ends every other session: whoever else knew the old one is signed out. */
export async function changePassword(
  db: Db,
  ctx: RequestContext,
  input: { currentPassword: string; newPassword: string },
): Promise<void> {
  const session = requireUser(ctx);
  await checkPassword(db, ctx, input.currentPassword);
  const passwordHash = await hashPassword(input.newPassword);
  await transaction(db, async (tx) => {
    await loadUser(tx, ctx, true);
    await updateUser(tx, ctx.org.id, session.id, { passwordHash });
    await deleteUserSessions(tx, ctx.org.id, session.id, session.sessionId);
    await recordAudit(tx, ctx, { action: 'user.password_changed', entityType: 'user', entityId: session.id });
  });
}

/**
 * Mails a confirmation link to the new address and a notice to the current one; nothing changes
 * until the link is opened. An address that another account holds is refused with `email_taken`
 * here: the caller is signed in and has just given the password, sign-up already answers the same
 * for anyone, and a link that could never work would only leave the customer waiting.
 */
export async function requestEmailChange(
  db: Db,
  ctx: RequestContext,
  input: { newEmail: string; password: string },
  deps: { publicUrl: string; now: Date },
): Promise<{ pendingEmail: string }> {
  const user = await checkPassword(db, ctx, input.password);
  if (input.newEmail === user.email) throw new DomainError('email_unchanged');
  if (await findUserByEmail(db, ctx.org.id, input.newEmail)) throw new DomainError('email_taken');
  const token = newToken();
  await transaction(db, async (tx) => {
    await loadUser(tx, ctx, true);
    await replaceEmailChangeToken(
      tx,
      {
        orgId: ctx.org.id,
        userId: user.id,
        newEmail: input.newEmail,
        tokenHash: hashToken(token),
        expiresAt: new Date(deps.now.getTime() + EMAIL_CHANGE_TTL_MS),
      },
      deps.now,
    );
    const link = `${orgAddress(deps.publicUrl, ctx.org)}/confirm-email?token=${token}`;
    await enqueue(tx, ctx.org.id, 'mail.email_change_confirm', { userId: user.id, newEmail: input.newEmail, link });
    await enqueue(tx, ctx.org.id, 'mail.email_change_notice', { userId: user.id, newEmail: input.newEmail });
    await recordAudit(tx, ctx, {
      action: 'user.email_change_requested',
      entityType: 'user',
      entityId: user.id,
      after: { newEmail: input.newEmail },
    });
  });
  return { pendingEmail: input.newEmail };
}

/** Opens a mailed link: the address changes once, if the link is unused and unexpired. */
export async function confirmEmailChange(db: Db, ctx: RequestContext, token: string, now: Date) {
  const tokenHash = hashToken(token);
  try {
    return await transaction(db, async (tx) => {
      // The account first, then the token: two confirmations at once run one after the other.
      const owner = await findTokenOwner(tx, 'email_change', ctx.org.id, tokenHash);
      const before = owner ? await findUserById(tx, ctx.org.id, owner, true) : undefined;
      if (!before) throw new DomainError('invalid_email_change_token');
      const claimed = await consumeToken(tx, 'email_change', ctx.org.id, tokenHash, now);
      if (!claimed) throw new DomainError('invalid_email_change_token');
      if (await findUserByEmail(tx, ctx.org.id, claimed.newEmail)) throw new DomainError('email_taken');
      const after = await setUserEmail(tx, ctx.org.id, before.id, claimed.newEmail);
      await recordAudit(tx, ctx, {
        action: 'user.email_changed',
        entityType: 'user',
        entityId: before.id,
        before: { email: before.email },
        after: { email: after.email },
      });
      return toUserDto(after);
    });
  } catch (error) {
    // Taken between the check and the update by a sign-up: the unique index decides.
    if (violatedConstraint(error) === 'users_org_id_email_key') throw new DomainError('email_taken');
    throw error;
  }
}
