import { type SQL, sql } from 'drizzle-orm';
import type { Db } from './db.ts';
import { JobBatch } from './jobs.ts';

/**
 * Writes a transaction must make but whose answers it does not read, sent in one round trip instead
 * of one each: ahead of the transaction's next statement that takes them (`leadingWrites`), as
 * data-modifying CTEs, or alone when the work is done (`withWriteBatch`). PostgreSQL runs every
 * data-modifying CTE to completion, read or not, as part of its statement, so each insert commits or
 * rolls back with the transaction exactly as if it had been sent alone.
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

  /** Sends what is pending, if anything, in one statement. */
  async flush(): Promise<void> {
    const writes = this.take();
    if (writes) await this.tx.execute(sql`WITH ${writes} SELECT 1`);
  }

  /** The pending writes as named CTEs joined by commas (null if none); the batch is empty after. */
  private take(): SQL | null {
    const jobs = this.jobs.takeInsert();
    // PostgreSQL runs the CTEs a statement does not read from last to first (a later one may read an
    // earlier one's RETURNING): listed in reverse, they run in the order they were added, and rows
    // numbered by a sequence (the audit log's ids) follow the order of the calls that made them.
    const writes = (jobs ? [...this.writes, jobs] : [...this.writes]).reverse();
    this.writes.length = 0;
    if (writes.length === 0) return null;
    return sql.join(
      writes.map((write, i) => sql`${sql.raw(`w${i}`)} AS (${write})`),
      sql`, `,
    );
  }
}

/** Runs `fn` with a batch, then sends whatever it left pending, in the same transaction. */
export async function withWriteBatch<T>(tx: Db, fn: (batch: WriteBatch) => Promise<T>): Promise<T> {
  const batch = new WriteBatch(tx);
  const result = await fn(batch);
  await batch.flush();
  return result;
}
