import { createHash } from 'node:crypto';
import { and, eq, lt } from 'drizzle-orm';
import { integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { Db } from './db.ts';
import { DomainError } from './errors.ts';

export const idempotencyKeys = pgTable(
  'idempotency_keys',
  {
    orgId: uuid('org_id').notNull(),
    scope: text('scope').notNull(),
    key: text('key').notNull(),
    requestHash: text('request_hash').notNull(),
    responseStatus: integer('response_status').notNull(),
    responseBody: jsonb('response_body').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.orgId, table.scope, table.key] })],
);

/** A client's promise that requests with this key are retries of one request. */
export interface IdempotencyRequest {
  /** Method, route and caller: one key means one thing per caller and endpoint. */
  scope: string;
  key: string;
  requestHash: string;
}

export interface StoredResponse<T> {
  status: number;
  body: T;
  replayed: boolean;
}

const KEY_PATTERN = /^[\x21-\x7e]{8,255}$/;

export function parseIdempotencyKey(header: string | string[] | undefined): string | null {
  if (header === undefined) return null;
  const value = Array.isArray(header) ? header[0] : header;
  if (value === undefined || !KEY_PATTERN.test(value)) throw new DomainError('idempotency_key_invalid');
  return value;
}

/** A stable hash of a JSON body: key order does not matter. */
export function hashBody(body: unknown): string {
  return createHash('sha256').update(canonicalJson(body)).digest('base64url');
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : 1));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

/**
 * Runs `create` at most once per key, inside the caller's transaction. The key row is inserted
 * first: a concurrent retry blocks on its unique index until this transaction ends, then reads
 * the stored response. If this transaction rolls back, the key is free again.
 */
export async function runIdempotent<T>(
  tx: Db,
  orgId: string,
  request: IdempotencyRequest | null,
  create: () => Promise<{ status: number; body: T }>,
): Promise<StoredResponse<T>> {
  if (!request) return { ...(await create()), replayed: false };
  const where = and(
    eq(idempotencyKeys.orgId, orgId),
    eq(idempotencyKeys.scope, request.scope),
    eq(idempotencyKeys.key, request.key),
  );
  const claimed = await tx
    .insert(idempotencyKeys)
    .values({
      orgId,
      scope: request.scope,
      key: request.key,
      requestHash: request.requestHash,
      responseStatus: 0,
      responseBody: {},
    })
    .onConflictDoNothing()
    .returning({ key: idempotencyKeys.key });
  if (claimed.length === 0) {
    const [stored] = await tx.select().from(idempotencyKeys).where(where);
    if (!stored) throw new DomainError('idempotency_key_in_use');
    if (stored.requestHash !== request.requestHash) throw new DomainError('idempotency_key_reused');
    return { status: stored.responseStatus, body: stored.responseBody as T, replayed: true };
  }
  const result = await create();
  await tx.update(idempotencyKeys).set({ responseStatus: result.status, responseBody: result.body }).where(where);
  return { ...result, replayed: false };
}

/** Keys are kept for a day, as Stripe keeps its own: long enough for any client's retries. */
export const IDEMPOTENCY_KEY_TTL_MS = 24 * 3600_000;

export async function pruneIdempotencyKeys(db: Db, now: Date): Promise<void> {
  await db
    .delete(idempotencyKeys)
    .where(lt(idempotencyKeys.createdAt, new Date(now.getTime() - IDEMPOTENCY_KEY_TTL_MS)));
}
