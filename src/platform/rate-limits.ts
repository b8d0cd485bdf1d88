import { randomInt } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { integer, pgTable, primaryKey, smallint, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { type Db, queryRows } from './db.ts';

/**
 * Rate-limit counters in PostgreSQL (rate_limit_counters, migrations/0026), so that every app process
 * counts against the same numbers without a server of their own. Windows are fixed (aligned to the
 * epoch): a count is one upsert, and a window's rows are forgotten once it ended.
 *
 * A key may be spread over shards (migrations/0032): a client address is, since a venue's guests all
 * share one, and one row per address made its lock the queue every booking of a rush waited in. A
 * request bumps one shard at random and, in the same statement, adds the other shards as its snapshot
 * sees them. That sum can miss increments still in flight, so once it passes half the maximum the
 * request reads the sum again after its own increment committed: of any two requests, the later one to
 * read sees both, and no more than `max` pass. Below half, a miss would need more than `max / 2`
 * requests of one address inside the database at the same instant (more than the connections of all
 * processes together for the smallest ceiling, 50). Refused requests count too, so in a burst that
 * goes past the ceiling a request may be refused for attempts that came after it; within the ceiling
 * nobody is refused.
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
    shard: smallint('shard').notNull().default(0),
    count: integer('count').notNull(),
  },
  (table) => [primaryKey({ columns: [table.orgId, table.bucket, table.key, table.windowStart, table.shard] })],
);

export interface Counted {
  key: string;
  /** The most this key may count in a window; the request that goes over is refused. */
  max: number;
  /** Rows the key is spread over (1 when absent): for keys that many requests share at once. */
  shards?: number;
}

const windowOf = (now: Date) => new Date(Math.floor(now.getTime() / RATE_LIMIT_WINDOW_MS) * RATE_LIMIT_WINDOW_MS);

/** Whether `key` is counted for the first time in this window (one upsert; the row is the memory). */
export async function firstInWindow(db: Db, orgId: string, bucket: string, key: string, now: Date): Promise<boolean> {
  const [row] = await queryRows<{ count: number }>(
    db,
    sql`INSERT INTO rate_limit_counters (org_id, bucket, key, window_start, count)
        VALUES (${orgId}::uuid, ${bucket}, ${key}, ${windowOf(now).toISOString()}::timestamptz, 1)
        ON CONFLICT (org_id, bucket, key, window_start, shard) DO UPDATE SET count = rate_limit_counters.count + 1
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
  const window = windowStart.toISOString();
  const sorted = [...keys].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const values = sql.join(
    sorted.map(
      (k) =>
        sql`(${orgId}::uuid, ${bucket}, ${k.key}, ${window}::timestamptz, ${randomInt(k.shards ?? 1)}::smallint, 1)`,
    ),
    sql`, `,
  );
  const counted = await queryRows<{ key: string; count: number }>(
    db,
    sql`WITH bumped AS (
          INSERT INTO rate_limit_counters (org_id, bucket, key, window_start, shard, count) VALUES ${values}
          ON CONFLICT (org_id, bucket, key, window_start, shard) DO UPDATE SET count = rate_limit_counters.count + 1
          RETURNING key, shard, count
        )
        SELECT bumped.key, (bumped.count + coalesce((
                 SELECT sum(other.count) FROM rate_limit_counters other
                  WHERE other.org_id = ${orgId}::uuid AND other.bucket = ${bucket} AND other.key = bumped.key
                    AND other.window_start = ${window}::timestamptz AND other.shard <> bumped.shard), 0))::int AS count
          FROM bumped`,
  );
  const maxOf = (key: string) => sorted.find((k) => k.key === key)?.max ?? Number.POSITIVE_INFINITY;
  let over = counted.some((row) => row.count > maxOf(row.key));
  // The sum of a sharded key past half its maximum is read again, now that this request's own count
  // has committed (see the top of this file).
  const recheck = counted
    .filter(
      (row) => !over && (sorted.find((k) => k.key === row.key)?.shards ?? 1) > 1 && row.count > maxOf(row.key) / 2,
    )
    .map((row) => row.key);
  if (recheck.length > 0) {
    const totals = await queryRows<{ key: string; count: number }>(
      db,
      sql`SELECT key, sum(count)::int AS count FROM rate_limit_counters
           WHERE org_id = ${orgId}::uuid AND bucket = ${bucket} AND window_start = ${window}::timestamptz
             AND key IN (${sql.join(
               recheck.map((key) => sql`${key}`),
               sql`, `,
             )})
           GROUP BY key`,
    );
    over = totals.some((row) => row.count > maxOf(row.key));
  }
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
