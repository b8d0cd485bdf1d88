import { randomBytes } from 'node:crypto';
import {
  type OrgContext,
  type RequestContext,
  type SessionUser,
  orgAddress,
  requireUser,
} from '../../platform/context.ts';
import { type Db, transaction } from '../../platform/db.ts';
import { DomainError } from '../../platform/errors.ts';
import { hashToken, newToken } from '../../platform/tokens.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { enqueue } from '../../platform/jobs.ts';
import type { Role } from './auth.tables.ts';
import {
  type UserRow,
  countAdmins,
  deleteSession,
  deleteUserSessions,
  findSessionUser,
  findUserByEmail,
  findUserById,
  clearThrottle,
  lockThrottle,
  pruneThrottle,
  refundThrottle,
  saveThrottle,
  insertResetToken,
  insertSession,
  insertUser,
  listUsers,
  lockAdmins,
  updateUser,
} from './auth.repo.ts';
import type { SignUpInput } from './auth.schema.ts';
import { hashPassword, verifyPassword } from './password.ts';
import {
  type ThrottleRule,
  decideThrottle,
  resetRequestPerAccount,
  resetRequestPerAddress,
  signInPerAccount,
  signInPerAddress,
} from './throttle.ts';
import { consumeToken, findTokenOwner } from './single-use-tokens.ts';

export const SESSION_TTL_MS = 30 * 24 * 3600 * 1000;
const RESET_TTL_MS = 3600 * 1000;

export const toUserDto = (user: UserRow | SessionUser) => ({
  id: user.id,
  email: user.email,
  name: user.name,
  role: user.role,
  locale: user.locale,
});

export interface NewSession {
  token: string;
  csrfToken: string;
  user: UserRow;
}

async function startSession(tx: Db, ctx: RequestContext, user: UserRow, now: Date): Promise<NewSession> {
  const token = newToken();
  const csrfToken = newToken();
  await insertSession(tx, {
    orgId: ctx.org.id,
    userId: user.id,
    tokenHash: hashToken(token),
    csrfToken,
    ip: ctx.ip,
    userAgent: ctx.userAgent?.slice(0, 500) ?? null,
    expiresAt: new Date(now.getTime() + SESSION_TTL_MS),
  });
  return { token, csrfToken, user };
}

export async function signUp(db: Db, ctx: RequestContext, input: SignUpInput, now: Date): Promise<NewSession> {
  const passwordHash = await hashPassword(input.password);
  return transaction(db, async (tx) => {
    const session = await createAccountIn(
      tx,
      ctx,
      { email: input.email, name: input.name, passwordHash, role: 'customer', locale: input.locale ?? ctx.locale },
      now,
    );
    if (!session) throw new DomainError('email_taken');
    return session;
  });
}

/**
 * In the caller's transaction: a new account, audited as made by no one (there was no one to be
 * signed in as), and its first session; undefined when the address has an account already.
 */
export async function createAccountIn(
  tx: Db,
  ctx: RequestContext,
  account: { email: string; name: string; passwordHash: string; role: Role; locale: 'en' | 'sv' | null },
  now: Date,
): Promise<NewSession | undefined> {
  const user = await insertUser(tx, { orgId: ctx.org.id, ...account });
  if (!user) return undefined;
  await recordAudit(
    tx,
    { ...ctx, user: null },
    { action: 'user.created', entityType: 'user', entityId: user.id, after: toUserDto(user) },
  );
  return startSession(tx, ctx, user, now);
}

export async function signIn(
  db: Db,
  ctx: RequestContext,
  input: { email: string; password: string },
  now: Date,
): Promise<NewSession> {
  const byAddress = `sign-in address ${ctx.ip ?? 'unknown'}`;
  const byAccount = `sign-in account ${input.email}`;
  // Counted before the password is checked, so that parallel guesses cannot all slip through.
  await throttle(db, ctx.org.id, byAddress, signInPerAddress, now);
  await throttle(db, ctx.org.id, byAccount, signInPerAccount, now);
  const user = await findUserByEmail(db, ctx.org.id, input.email);
  if (!(await verifyPassword(user?.passwordHash, input.password)) || !user) {
    throw new DomainError('invalid_credentials');
  }
  return transaction(db, async (tx) => {
    await refundThrottle(tx, ctx.org.id, byAddress);
    await clearThrottle(tx, ctx.org.id, byAccount);
    return startSession(tx, ctx, user, now);
  });
}

/**
 * Counts one attempt under `rule`, or refuses with 429 `rate_limited` and how long to wait. In its own
 * transaction, committed before the work it guards, so that parallel attempts all count.
 */
export async function throttle(db: Db, orgId: string, key: string, rule: ThrottleRule, now: Date): Promise<void> {
  const decision = await transaction(db, async (tx) => {
    const decided = decideThrottle(rule, await lockThrottle(tx, orgId, key, now), now);
    if (decided.allowed) await saveThrottle(tx, orgId, key, decided.next);
    return decided;
  });
  if (!decision.allowed) {
    throw new DomainError(
      'rate_limited',
      {},
      { retryAfterSeconds: Math.max(1, Math.ceil(decision.retryAfterMs / 1000)) },
    );
  }
}

/** Counters whose window ended a day ago say nothing any more. */
export async function pruneAuthThrottle(db: Db, now: Date): Promise<void> {
  await pruneThrottle(db, new Date(now.getTime() - 24 * 3600_000));
}

export async function signOut(db: Db, ctx: RequestContext): Promise<void> {
  if (ctx.user) await deleteSession(db, ctx.org.id, ctx.user.sessionId);
}

/** The signed-in user for a session cookie in this organisation, or null. */
export async function resolveSession(db: Db, org: OrgContext, token: string, now: Date): Promise<SessionUser | null> {
  const found = await findSessionUser(db, org.id, hashToken(token), now);
  if (!found) return null;
  const { session, user } = found;
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    locale: user.locale,
    sessionId: session.id,
    csrfToken: session.csrfToken,
  };
}

/** Mails a reset link if the account exists; answers the same either way. */
export async function requestPasswordReset(
  db: Db,
  ctx: RequestContext,
  email: string,
  deps: { publicUrl: string; now: Date },
): Promise<void> {
  // Limited whether or not the account exists, so that the answer says nothing about it.
  await throttle(db, ctx.org.id, `reset address ${ctx.ip ?? 'unknown'}`, resetRequestPerAddress, deps.now);
  await throttle(db, ctx.org.id, `reset account ${email}`, resetRequestPerAccount, deps.now);
  const user = await findUserByEmail(db, ctx.org.id, email);
  if (!user) return;
  const token = newToken();
  await transaction(db, async (tx) => {
    await insertResetToken(tx, {
      orgId: ctx.org.id,
      userId: user.id,
      tokenHash: hashToken(token),
      expiresAt: new Date(deps.now.getTime() + RESET_TTL_MS),
    });
    await enqueue(
      tx,
      ctx.org.id,
      'mail.password_reset',
      { userId: user.id, link: `${orgAddress(deps.publicUrl, ctx.org)}/reset-password?token=${token}` },
      { maxAttempts: 5 },
    );
  });
}

export async function resetPassword(
  db: Db,
  ctx: RequestContext,
  input: { token: string; password: string },
  now: Date,
): Promise<void> {
  const passwordHash = await hashPassword(input.password);
  const tokenHash = hashToken(input.token);
  await transaction(db, async (tx) => {
    // The account row is locked before the token is claimed: two links used at once then run one
    // after the other, and the second finds itself voided by the first's new password.
    const owner = await findTokenOwner(tx, 'password_reset', ctx.org.id, tokenHash);
    if (!owner || !(await findUserById(tx, ctx.org.id, owner, true))) throw new DomainError('invalid_reset_token');
    const claimed = await consumeToken(tx, 'password_reset', ctx.org.id, tokenHash, now);
    if (!claimed) throw new DomainError('invalid_reset_token');
    await updateUser(tx, ctx.org.id, claimed.userId, { passwordHash });
    // A reset means the old password may be known to someone else: end every session.
    await deleteUserSessions(tx, ctx.org.id, claimed.userId);
    await recordAudit(tx, ctx, { action: 'user.password_reset', entityType: 'user', entityId: claimed.userId });
  });
}

export async function updateMe(
  db: Db,
  ctx: RequestContext,
  changes: { name?: string | undefined; locale?: 'en' | 'sv' | undefined },
) {
  const user = requireUser(ctx);
  return transaction(db, async (tx) => {
    const before = await findUserById(tx, ctx.org.id, user.id, true);
    if (!before) throw new DomainError('user_not_found');
    const after = await updateUser(tx, ctx.org.id, user.id, {
      ...(changes.name === undefined ? {} : { name: changes.name }),
      ...(changes.locale === undefined ? {} : { locale: changes.locale }),
    });
    await recordAudit(tx, ctx, {
      action: 'user.updated',
      entityType: 'user',
      entityId: user.id,
      before: toUserDto(before),
      after: toUserDto(after),
    });
    return toUserDto(after);
  });
}

export async function listOrganisationUsers(
  db: Db,
  ctx: RequestContext,
  filter: { role?: Role | undefined; email?: string | undefined },
) {
  return (await listUsers(db, ctx.org.id, filter)).map(toUserDto);
}

export async function changeRole(db: Db, ctx: RequestContext, userId: string, role: Role) {
  return transaction(db, async (tx) => {
    const admins = await lockAdmins(tx, ctx.org.id);
    const before = await findUserById(tx, ctx.org.id, userId, true);
    if (!before) throw new DomainError('user_not_found');
    if (before.role === role) return toUserDto(before);
    if (before.role === 'admin' && admins.length <= 1) throw new DomainError('last_admin');
    const after = await updateUser(tx, ctx.org.id, userId, { role });
    await recordAudit(tx, ctx, {
      action: 'user.role_changed',
      entityType: 'user',
      entityId: userId,
      before: { role: before.role },
      after: { role: after.role },
    });
    return toUserDto(after);
  });
}

/**
 * On first start there is no admin: create one from ADMIN_EMAIL/ADMIN_PASSWORD, or with a
 * generated password that is returned so that the caller can print it once.
 */
export async function ensureAdmin(
  db: Db,
  org: OrgContext,
  configured: { email: string; password: string } | null,
): Promise<{ email: string; password: string | null } | null> {
  if ((await countAdmins(db, org.id)) > 0) return null;
  const email = configured?.email ?? 'admin@slotwise.local';
  const password = configured?.password ?? randomBytes(12).toString('base64url');
  const passwordHash = await hashPassword(password);
  const existing = await findUserByEmail(db, org.id, email);
  if (existing) {
    await updateUser(db, org.id, existing.id, { role: 'admin', passwordHash });
  } else {
    await insertUser(db, { orgId: org.id, email, name: 'Admin', passwordHash, role: 'admin', locale: null });
  }
  return { email, password: configured ? null : password };
}

/**
 * An admin account made by the platform operator (CLI or platform API), with a generated initial
 * password that is returned once for the operator to hand over; it is stored only as a hash. Runs in
 * the caller's transaction, so an organisation and its first admin exist together or not at all.
 */
export async function createAdminAccount(
  tx: Db,
  ctx: RequestContext,
  email: string,
): Promise<{ id: string; email: string; password: string }> {
  const password = randomBytes(12).toString('base64url');
  const user = await insertUser(tx, {
    orgId: ctx.org.id,
    email,
    name: 'Admin',
    passwordHash: await hashPassword(password),
    role: 'admin',
    locale: null,
  });
  if (!user) throw new DomainError('email_taken');
  await recordAudit(tx, ctx, { action: 'user.created', entityType: 'user', entityId: user.id, after: toUserDto(user) });
  return { id: user.id, email: user.email, password };
}
