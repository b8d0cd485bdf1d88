import { type SQL, sql } from 'drizzle-orm';
import type { Db } from './db.ts';
import { JobBatch } from './jobs.ts';

/**
 * Writes a transaction must make but whose answers it does not read, sent in one round trip instead
 * of one each: ahead of the transaction's next statement that takes them (`leadingWrites`, or
 * `writesFirst` to have them run before that statement's own work), as data-modifying CTEs, or alone
 * when the work is done (`withWriteBatch`). PostgreSQL runs every data-modifying CTE to completion,
 * read or not, as part of its statement, so each insert commits or rolls back with the transaction
 * exactly as if it had been sent alone.
 *
 * What the batch's statements cannot do is see each other's rows: so it holds inserts of new rows,
 * and updates of rows the transaction has locked and nothing else in the batch (nor the statement it
 * leads) reads or writes; its jobs are one INSERT of a keyed JobBatch (two upserts of one key in one
 * statement would collide instead of merging).
 */
export class WriteBatch {
  readonly jobs: JobBatch;
  private readonly writes: SQL[] = [];
  constructor(readonly tx: Db) {
    this.jobs = new JobBatch(tx);
  }

  add(write: SQL): void {
    this.writes.push(write);
  }

  /**
   * The pending writes as the first entries of a statement's WITH list (`w0 AS (…), w1 AS (…), `, or
   * nothing); the batch is empty after. The caller's statement must run in the batch's transaction.
   */
  leadingWrites(): SQL {
    const writes = this.take();
    return writes ? sql`${writes}, ` : sql``;
  }

  /**
   * The pending writes as the first entries of a statement's WITH list, like `leadingWrites`, and a
   * condition (`ran`) that is true once all of them have run. A statement that puts `ran` in the WHERE
   * of the read that locks makes the writes run before the lock is taken, not after the statement's
   * own work: they then add nothing to the time the lock is held. Each write gets `RETURNING 1` for
   * the condition to count, so none may have a RETURNING of its own. The batch is empty after.
   */
  writesFirst(): { ctes: SQL; ran: SQL } {
    const writes = this.takeList();
    if (writes.length === 0) return { ctes: sql``, ran: sql`true` };
    const names = writes.map((_, i) => `w${i}`);
    return {
      ctes: sql`${sql.join(
        writes.map((write, i) => sql`${sql.raw(names[i] as string)} AS (${write} RETURNING 1)`),
        sql`, `,
      )}, `,
      ran: sql.raw(`${names.map((name) => `(SELECT count(*) FROM ${name})`).join(' + ')} >= 0`),
    };
  }

  /** Sends what is pending, if anything, in one statement. */
  async flush(): Promise<void> {
    const writes = this.take();
    if (writes) await this.tx.execute(sql`WITH ${writes} SELECT 1`);
  }

  /** The pending writes as named CTEs joined by commas (null if none); the batch is empty after. */
  private take(): SQL | null {
    // PostgreSQL runs the CTEs a statement does not read from last to first (a later one may read an
    // earlier one's RETURNING): listed in reverse, they run in the order they were added, and rows
    // numbered by a sequence (the audit log's ids) follow the order of the calls that made them.
    const writes = this.takeList().reverse();
    if (writes.length === 0) return null;
    return sql.join(
      writes.map((write, i) => sql`${sql.raw(`w${i}`)} AS (${write})`),
      sql`, `,
    );
  }

  /** The pending writes in the order they were added, with the jobs last; the batch is empty after. */
  private takeList(): SQL[] {
    const jobs = this.jobs.takeInsert();
    const writes = jobs ? [...this.writes, jobs] : [...this.writes];
    this.writes.length = 0;
    return writes;
  }
}

/** Runs `fn` with a batch, then sends whatever it left pending, in the same transaction. */
export async function withWriteBatch<T>(tx: Db, fn: (batch: WriteBatch) => Promise<T>): Promise<T> {
  const batch = new WriteBatch(tx);
  const result = await fn(batch);
  await batch.flush();
  return result;
}
