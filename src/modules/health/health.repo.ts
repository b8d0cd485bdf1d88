import { sql } from 'drizzle-orm';
import { type Db, queryRows } from '../../platform/db.ts';

export interface OperationalState {
  jobs: { kind: string; due: number; scheduled: number; running: number; dead: number }[];
  oldestDueSeconds: number;
  payments: { method: string; status: string; n: number }[];
  refunds: { method: string; status: string; n: number }[];
  unbookable: { status: string; n: number }[];
}

/**
 * Everything /metrics reads from the database, in one statement (one round trip, one snapshot), across
 * every organisation. Finished and cancelled jobs are left out: they are most of the table.
 */
export async function readOperationalState(db: Db): Promise<OperationalState> {
  const [row] = await queryRows<OperationalState>(
    db,
    sql`
      SELECT
        (SELECT coalesce(json_agg(j), '[]'::json) FROM (
           SELECT kind,
                  count(*) FILTER (WHERE status = 'pending' AND run_at <= now())::int AS due,
                  count(*) FILTER (WHERE status = 'pending' AND run_at > now())::int AS scheduled,
                  count(*) FILTER (WHERE status = 'running')::int AS running,
                  count(*) FILTER (WHERE status = 'dead')::int AS dead
             FROM jobs WHERE status IN ('pending', 'running', 'dead') GROUP BY kind) j) AS "jobs",
        (SELECT coalesce(extract(epoch FROM now() - min(run_at)), 0)::float8
           FROM jobs WHERE status = 'pending' AND run_at <= now()) AS "oldestDueSeconds",
        (SELECT coalesce(json_agg(p), '[]'::json) FROM (
           SELECT method, status, count(*)::int AS n FROM payments GROUP BY method, status) p) AS "payments",
        (SELECT coalesce(json_agg(r), '[]'::json) FROM (
           SELECT p.method, r.status, count(*)::int AS n
             FROM refunds r JOIN payments p ON p.org_id = r.org_id AND p.id = r.payment_id GROUP BY p.method, r.status) r) AS "refunds",
        (SELECT coalesce(json_agg(u), '[]'::json) FROM (
           SELECT status, count(*)::int AS n FROM unbookable_payments
            WHERE status IN ('open', 'refunding') GROUP BY status) u) AS "unbookable"
    `,
  );
  return row as OperationalState;
}

/** The migrations recorded as applied; throws 42P01 (undefined_table) on a database never migrated. */
export async function appliedMigrations(db: Db): Promise<Set<string>> {
  const rows = await queryRows<{ version: string }>(db, sql`SELECT version FROM schema_migrations`);
  return new Set(rows.map((row) => row.version));
}
