/** For tests of lock order on a PostgreSQL server: a promise to resolve by hand, and a wait for a lock waiter. */
import { setTimeout as sleep } from 'node:timers/promises';
import { sql } from 'drizzle-orm';
import { type Db, queryRows } from '../../src/platform/db.ts';

export function signal() {
  let resolve: () => void = () => {};
  const promise = new Promise<void>((done) => {
    resolve = done;
  });
  return { promise, resolve };
}

/** Until a session of this database waits for a lock (what pg_stat_activity shows); never resolves once stopped. */
export async function waitForLockWaiter(db: Db, stop: { done: boolean } = { done: false }): Promise<void> {
  while (!stop.done) {
    const [row] = await queryRows<{ n: number }>(
      db,
      sql`SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`,
    );
    if (Number(row?.n) > 0) return;
    await sleep(20);
  }
  await new Promise(() => {});
}
