import type { ApiKeyCaller, OrgContext, RequestContext, SessionUser } from '../../platform/context.ts';
import { requireRole } from '../../platform/context.ts';
import type { Db } from '../../platform/db.ts';
import { DomainError } from '../../platform/errors.ts';
import { hashToken, newToken } from '../../platform/tokens.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { ApiKeyCreateInput } from './api-keys.schema.ts';
import type { ApiKeyRow } from './api-keys.tables.ts';
import {
  findApiKey,
  findLiveApiKey,
  insertApiKey,
  selectApiKeys,
  setApiKeyRevoked,
  touchApiKey,
} from './api-keys.repo.ts';

const SECRET_PREFIX = 'sw_';
const SECRET_PATTERN = /^sw_[A-Za-z0-9_-]{43}$/;

export function toApiKeyDto(row: ApiKeyRow) {
  return {
    id: row.id,
    name: row.name,
    prefix: row.prefix,
    scopes: row.scopes,
    createdAt: row.createdAt.toISOString(),
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
    revokedAt: row.revokedAt?.toISOString() ?? null,
  };
}

/** Keys are made and revoked by a signed-in admin, never by another key. */
function requireAdminSession(ctx: RequestContext) {
  if (ctx.apiKey) throw new DomainError('api_key_not_allowed');
  return requireRole(ctx, 'admin');
}

export async function createApiKey(db: Db, ctx: RequestContext, input: ApiKeyCreateInput) {
  const admin = requireAdminSession(ctx);
  const secret = SECRET_PREFIX + newToken();
  return db.transaction(async (tx) => {
    const row = await insertApiKey(tx, {
      orgId: ctx.org.id,
      name: input.name,
      prefix: secret.slice(0, 10),
      tokenHash: hashToken(secret),
      scopes: input.scopes,
      createdBy: admin.id,
    });
    const key = toApiKeyDto(row);
    await recordAudit(tx, ctx, { action: 'api_key.created', entityType: 'api_key', entityId: row.id, after: key });
    return { key, secret };
  });
}

export async function listApiKeys(db: Db, ctx: RequestContext) {
  requireAdminSession(ctx);
  return (await selectApiKeys(db, ctx.org.id)).map(toApiKeyDto);
}

export async function revokeApiKey(db: Db, ctx: RequestContext, id: string, now: Date) {
  requireAdminSession(ctx);
  return db.transaction(async (tx) => {
    const before = await findApiKey(tx, ctx.org.id, id, true);
    if (!before) throw new DomainError('api_key_not_found');
    if (before.revokedAt) return toApiKeyDto(before);
    const after = toApiKeyDto(await setApiKeyRevoked(tx, id, now));
    await recordAudit(tx, ctx, {
      action: 'api_key.revoked',
      entityType: 'api_key',
      entityId: id,
      before: toApiKeyDto(before),
      after,
    });
    return after;
  });
}

/**
 * The caller behind `Authorization: Bearer <secret>`. A key acts with an admin's rights narrowed by
 * its scopes (the route gate in src/access.ts checks them), in the name of the admin who made it,
 * and only while that person is still an admin here. Anything else is `invalid_api_key`, the same
 * answer for a malformed, unknown, revoked or orphaned key.
 */
export async function resolveApiKey(
  db: Db,
  org: OrgContext,
  authorization: string,
  now: Date,
): Promise<{ user: SessionUser; apiKey: ApiKeyCaller }> {
  const secret = /^Bearer (\S+)$/i.exec(authorization)?.[1];
  if (!secret || !SECRET_PATTERN.test(secret)) throw new DomainError('invalid_api_key');
  const found = await findLiveApiKey(db, org.id, hashToken(secret));
  if (found?.makerRole !== 'admin') throw new DomainError('invalid_api_key');
  await touchApiKey(db, found.key.id, now);
  const { key } = found;
  return {
    user: { id: key.createdBy, email: '', name: key.name, role: 'admin', locale: null, sessionId: '', csrfToken: '' },
    apiKey: { id: key.id, name: key.name, scopes: key.scopes },
  };
}
