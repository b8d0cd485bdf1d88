import { sql } from 'drizzle-orm';
import { integer, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { type Db, queryRows } from './db.ts';

/**
 * Rate-limit counters in PostgreSQL (rate_limit_counters, migrations/0026), so that every app process
 * counts against the same numbers without a server of their own. Windows are fixed (aligned to the
 * epoch): a count is one upsert, and a window's row is forgotten once it ended.
 */

export const RATE_LIMIT_WINDOW_MS = 15 * 60_000;

/** One row per organisation, bucket, key and window; written by the upserts below. */
export const rateLimitCounters = pgTable(
  'rate_limit_counters',
  {
    orgId: uuid('org_id').notNull(),
    bucket: text('bucket').notNull(),
    key: text('key').notNull(),
    windowStart: timestamp('window_start', { withTimezone: true }).notNull(),
    count: integer('count').notNull(),
  },
  (table) => [primaryKey({ columns: [table.orgId, table.bucket, table.key, table.windowStart] })],
);

export interface Counted {
  key: string;
  /** The most this key may count in a window; the request that goes over is refused. */
  max: number;
}

const windowOf = (now: Date) => new Date(Math.floor(now.getTime() / RATE_LIMIT_WINDOW_MS) * RATE_LIMIT_WINDOW_MS);

/** Whether `key` is counted for the first time in this window (one upsert; the row is the memory). */
export async function firstInWindow(db: Db, orgId: string, bucket: string, key: string, now: Date): Promise<boolean> {
  const [row] = await queryRows<{ count: number }>(
    db,
    sql`INSERT INTO rate_limit_counters (org_id, bucket, key, window_start, count)
        VALUES (${orgId}::uuid, ${bucket}, ${key}, ${windowOf(now).toISOString()}::timestamptz, 1)
        ON CONFLICT (org_id, bucket, key, window_start) DO UPDATE SET count = rate_limit_counters.count + 1
        RETURNING count`,
  );
  return row?.count === 1;
}

export type RateDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/**
 * Counts one request against every key, in one statement, and says whether each stayed within its
 * maximum. A refused request is counted too: hammering does not earn a shorter wait. Keys are upserted
 * in sorted order, so two requests sharing some keys lock them in the same order and never deadlock.
 */
export async function countRequest(
  db: Db,
  orgId: string,
  bucket: string,
  keys: Counted[],
  now: Date,
): Promise<RateDecision> {
  if (keys.length === 0) return { allowed: true };
  const windowStart = windowOf(now);
  const sorted = [...keys].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const values = sql.join(
    sorted.map((k) => sql`(${orgId}::uuid, ${bucket}, ${k.key}, ${windowStart.toISOString()}::timestamptz, 1)`),
    sql`, `,
  );
  const rows = await queryRows<{ key: string; count: number }>(
    db,
    sql`INSERT INTO rate_limit_counters (org_id, bucket, key, window_start, count) VALUES ${values}
        ON CONFLICT (org_id, bucket, key, window_start) DO UPDATE SET count = rate_limit_counters.count + 1
        RETURNING key, count`,
  );
  const over = rows.some((row) => row.count > (sorted.find((k) => k.key === row.key)?.max ?? Number.POSITIVE_INFINITY));
  if (!over) return { allowed: true };
  const retryAfterMs = windowStart.getTime() + RATE_LIMIT_WINDOW_MS - now.getTime();
  return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(retryAfterMs / 1000)) };
}

/** Windows that ended say nothing any more. */
export async function pruneRateLimitCounters(db: Db, now: Date): Promise<void> {
  await db.execute(
    sql`DELETE FROM rate_limit_counters WHERE window_start < ${new Date(now.getTime() - RATE_LIMIT_WINDOW_MS).toISOString()}::timestamptz`,
  );
}
