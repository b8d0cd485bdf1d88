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
 * requests of one address inside the database at the same instant: a process counts one statement
 * at a time (CountBatches below), of at most MAX_BATCH (20) requests, so missing 25, half the
 * smallest ceiling (50), takes two other processes counting that address at once. Refused requests
 * count too, so in a burst that goes past the ceiling a request may be refused for attempts that came
 * after it; within the ceiling nobody is refused.
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
 * Counts one request against every key and says whether each stayed within its maximum. A refused
 * request is counted too: hammering does not earn a shorter wait.
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
  const counted = await countsOf(db).count({ orgId, bucket, windowStart, keys });
  const over = (key: Counted) => (counted.get(key.key) ?? 0) > key.max;
  // The sum of a sharded key past half its maximum is read again, now that this request's own count
  // has committed (see the top of this file).
  let refused = keys.some(over);
  const recheck = refused
    ? []
    : keys.filter((key) => (key.shards ?? 1) > 1 && (counted.get(key.key) ?? 0) > key.max / 2);
  if (recheck.length > 0) {
    const totals = await queryRows<{ key: string; count: number }>(
      db,
      sql`SELECT key, sum(count)::int AS count FROM rate_limit_counters
           WHERE org_id = ${orgId}::uuid AND bucket = ${bucket} AND window_start = ${windowStart.toISOString()}::timestamptz
             AND key IN (${sql.join(
               recheck.map((key) => sql`${key.key}`),
               sql`, `,
             )})
           GROUP BY key`,
    );
    refused = totals.some((row) => row.count > (recheck.find((key) => key.key === row.key)?.max ?? Infinity));
  }
  if (!refused) return { allowed: true };
  const retryAfterMs = windowStart.getTime() + RATE_LIMIT_WINDOW_MS - now.getTime();
  return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(retryAfterMs / 1000)) };
}

interface CountTask {
  orgId: string;
  bucket: string;
  windowStart: Date;
  keys: Counted[];
}

/** The most requests counted in one statement (the top of this file says why not more). */
const MAX_BATCH = 20;

/**
 * The requests of one process are counted one statement at a time: those that arrive while one is
 * on its way go together in the next. A lone request waits for nothing, and a rush costs a statement
 * per batch instead of one per request (in bench:booking, a third of a booking's round trips).
 */
class CountBatches {
  private waiting: (CountTask & { done(counts: Map<string, number>): void; fail(error: unknown): void })[] = [];
  private sending = false;

  constructor(private readonly db: Db) {}

  /** The request's count of each of its keys, as if the batch's requests were counted one by one. */
  count(task: CountTask): Promise<Map<string, number>> {
    return new Promise((done, fail) => {
      this.waiting.push({ ...task, done, fail });
      if (!this.sending) void this.send();
    });
  }

  private async send(): Promise<void> {
    this.sending = true;
    while (this.waiting.length > 0) {
      const batch = this.waiting.splice(0, MAX_BATCH);
      try {
        const counts = await countBatch(this.db, batch);
        for (const [i, task] of batch.entries()) task.done(counts[i] as Map<string, number>);
      } catch (error) {
        for (const task of batch) task.fail(error);
      }
    }
    this.sending = false;
  }
}

const batchesOf = new WeakMap<Db, CountBatches>();

function countsOf(db: Db): CountBatches {
  let batches = batchesOf.get(db);
  if (!batches) {
    batches = new CountBatches(db);
    batchesOf.set(db, batches);
  }
  return batches;
}

/**
 * One upsert for the whole batch. Each key of each window is one row, one shard chosen at random per
 * batch, bumped by the number of requests that name it; the n-th of them is given the row's count
 * before the bump plus n, with the other shards added as the statement's snapshot sees them. Rows are
 * upserted in one order (the SELECT's), so two statements sharing some never deadlock.
 */
async function countBatch(db: Db, tasks: CountTask[]): Promise<Map<string, number>[]> {
  const rows = new Map<string, CountTask & { key: string; shard: number; n: number; takers: number[] }>();
  tasks.forEach((task, t) => {
    for (const { key, shards } of task.keys) {
      const id = `${task.orgId} ${task.bucket} ${task.windowStart.getTime()} ${key}`;
      const row = rows.get(id) ?? { ...task, key, shard: randomInt(shards ?? 1), n: 0, takers: [] };
      rows.set(id, row);
      row.n += 1;
      row.takers.push(t);
    }
  });
  const input = [...rows.values()].map((row) => ({
    org_id: row.orgId,
    bucket: row.bucket,
    key: row.key,
    window_start: row.windowStart.toISOString(),
    shard: row.shard,
    n: row.n,
  }));
  const bumped = await queryRows<{ orgId: string; bucket: string; key: string; windowMs: number; count: number }>(
    db,
    sql`WITH bumped AS (
          INSERT INTO rate_limit_counters (org_id, bucket, key, window_start, shard, count)
          SELECT org_id, bucket, key, window_start, shard, n
            FROM jsonb_to_recordset(${JSON.stringify(input)}::jsonb)
              AS r (org_id uuid, bucket text, key text, window_start timestamptz, shard smallint, n integer)
           ORDER BY org_id, bucket, key, window_start, shard
          ON CONFLICT (org_id, bucket, key, window_start, shard) DO UPDATE SET count = rate_limit_counters.count + excluded.count
          RETURNING org_id, bucket, key, window_start, shard, count
        )
        SELECT bumped.org_id AS "orgId", bumped.bucket, bumped.key,
               (extract(epoch FROM bumped.window_start) * 1000)::float8 AS "windowMs",
               (bumped.count + coalesce((
                 SELECT sum(other.count) FROM rate_limit_counters other
                  WHERE other.org_id = bumped.org_id AND other.bucket = bumped.bucket AND other.key = bumped.key
                    AND other.window_start = bumped.window_start AND other.shard <> bumped.shard), 0))::int AS count
          FROM bumped`,
  );
  const counts = tasks.map(() => new Map<string, number>());
  for (const found of bumped) {
    const row = rows.get(`${found.orgId} ${found.bucket} ${found.windowMs} ${found.key}`);
    if (!row) throw new Error(`rate limit row ${found.key} was not asked for`);
    for (const [j, t] of row.takers.entries()) counts[t]?.set(row.key, found.count - row.n + j + 1);
  }
  if (bumped.length !== rows.size) throw new Error('a rate limit row was not counted');
  return counts;
}

/** Windows that ended say nothing any more. */
export async function pruneRateLimitCounters(db: Db, now: Date): Promise<void> {
  await db.execute(
    sql`DELETE FROM rate_limit_counters WHERE window_start < ${new Date(now.getTime() - RATE_LIMIT_WINDOW_MS).toISOString()}::timestamptz`,
  );
}
