import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { lastWriteFailure, sqlState } from '../../platform/db.ts';
import { DomainError } from '../../platform/errors.ts';
import { type ProcessState, RUNNER_STALLED_AFTER_MS } from '../../platform/lifecycle.ts';
import { type Metrics, tokenMatches } from '../../platform/metrics.ts';
import { knownMigrations } from '../../platform/migrate.ts';
import type { Services } from '../../platform/services.ts';
import type { ZodApp } from '../../platform/http.ts';
import { appliedMigrations, readOperationalState } from './health.repo.ts';

/**
 * How long a write that failed for want of resources keeps the process not ready when no write
 * commits after it. A committed write clears it at once; the window lets a process that a load
 * balancer took out of rotation (and so gets no writes) come back to try again.
 */
export const WRITE_FAILURE_WINDOW_MS = 30_000;

const healthSchema = z
  .object({
    status: z.enum(['ok', 'unavailable']),
    database: z.object({ kind: z.enum(['pglite', 'postgres']), ok: z.boolean(), durationMs: z.number() }),
    uptimeSeconds: z.number(),
  })
  .meta({ id: 'Health' });

const readinessSchema = z
  .object({
    status: z.enum(['ready', 'not_ready']),
    failing: z
      .array(z.enum(['database', 'writes', 'migrations', 'jobs', 'shutdown']))
      .describe('The checks that failed'),
    checks: z.object({
      database: z.string().describe('ok, or why it could not be read'),
      writes: z
        .string()
        .describe(
          `ok, or failing: a write failed for want of resources (full disk, no memory or connections) within the last ${WRITE_FAILURE_WINDOW_MS / 1000} s and none has committed since`,
        ),
      migrations: z.string().describe('ok, or the versions missing'),
      jobs: z.string().describe('ok, stalled, stopped, or not run in this process'),
      shutdown: z.string().describe('no, or draining after SIGTERM'),
    }),
  })
  .meta({ id: 'Readiness' });

const PING_TIMEOUT_MS = 2_000;

/** The promise's outcome, or a rejection once `ms` have passed (the work itself goes on). */
function within<T>(promise: Promise<T>, ms: number): Promise<T> {
  return Promise.race([
    promise,
    new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms).unref()),
  ]);
}

export function healthRoutes(
  app: ZodApp,
  { db, database, config, logger }: Services,
  metrics: Metrics,
  processState: ProcessState,
): void {
  app.get(
    '/api/health',
    {
      schema: {
        tags: ['operations'],
        summary: 'Liveness and database check; 503 when the database does not answer',
        response: { 200: healthSchema, 503: healthSchema },
      },
    },
    async (_request, reply) => {
      const started = performance.now();
      const ok = await within(db.execute(sql`SELECT 1`), PING_TIMEOUT_MS).then(
        () => true,
        () => false,
      );
      const body = {
        status: ok ? ('ok' as const) : ('unavailable' as const),
        database: { kind: database.kind, ok, durationMs: Math.round((performance.now() - started) * 100) / 100 },
        uptimeSeconds: Math.round(process.uptime()),
      };
      return reply.code(ok ? 200 : 503).send(body);
    },
  );

  app.get(
    '/api/health/live',
    {
      schema: {
        tags: ['operations'],
        summary: 'Liveness: the process answers (no database involved). Restart the process when this fails',
        response: { 200: z.object({ status: z.literal('ok') }).meta({ id: 'Liveness' }) },
      },
    },
    async () => ({ status: 'ok' as const }),
  );

  const expected = knownMigrations();
  let readinessSawOutage = false;
  app.get(
    '/api/health/ready',
    {
      schema: {
        tags: ['operations'],
        summary: 'Readiness: send traffic here? 503 names what fails',
        description:
          'Ready when the database answers, no write failed for want of resources (a full disk: the writes answer ' +
          `503 database_unavailable) in the last ${WRITE_FAILURE_WINDOW_MS / 1000} s without one committing since, ` +
          'every migration this code ships is applied, the job runner (when it runs ' +
          'in this process) polled within the last 30 s, and the process is not shutting down. The probe itself only reads.',
        response: { 200: readinessSchema, 503: readinessSchema },
      },
    },
    async (_request, reply) => {
      const checks = {
        database: 'ok',
        writes: 'ok',
        migrations: 'ok',
        jobs: 'not run in this process',
        shutdown: 'no',
      };
      const failing: ('database' | 'writes' | 'migrations' | 'jobs' | 'shutdown')[] = [];
      try {
        const applied = await within(appliedMigrations(db), PING_TIMEOUT_MS);
        const missing = expected.filter((version) => !applied.has(version));
        if (missing.length > 0) {
          checks.migrations = `missing: ${missing.join(', ')}`;
          failing.push('migrations');
        }
      } catch (error) {
        if (sqlState(error) === '42P01') {
          checks.migrations = 'missing: all (the database was never migrated)';
          failing.push('migrations');
        } else {
          // The answer is public: the cause (host names, driver messages) goes to the log only, once per outage.
          checks.database = 'unreachable';
          checks.migrations = 'unknown';
          failing.push('database');
          if (!readinessSawOutage) logger.warn({ err: error }, 'readiness: the database does not answer');
        }
      }
      readinessSawOutage = failing.includes('database');
      // Reads can go on while the disk is full: what the last writes met tells, without a write per probe.
      const failedAt = lastWriteFailure(db);
      if (failedAt !== null && Date.now() - failedAt < WRITE_FAILURE_WINDOW_MS) {
        checks.writes = `failing: a write failed for want of resources ${Math.round((Date.now() - failedAt) / 1000)} s ago`;
        failing.push('writes');
      }
      const runner = processState.runner;
      if (runner) {
        const polledAt = runner.lastPollAt;
        checks.jobs =
          polledAt === null
            ? 'stopped'
            : Date.now() - polledAt > RUNNER_STALLED_AFTER_MS
              ? `stalled: last poll ${Math.round((Date.now() - polledAt) / 1000)} s ago`
              : 'ok';
        if (checks.jobs !== 'ok') failing.push('jobs');
      }
      if (processState.draining) {
        checks.shutdown = 'draining';
        failing.push('shutdown');
      }
      const ready = failing.length === 0;
      return reply.code(ready ? 200 : 503).send({ status: ready ? 'ready' : 'not_ready', failing, checks });
    },
  );

  // Logged once per outage, not once per scrape.
  let databaseDown = false;
  const refreshDatabaseMetrics = async () => {
    const gauges = metrics.database;
    const pool = database.connections();
    gauges.connectionsInUse.set(pool.inUse);
    gauges.connectionsWaiting.set(pool.waiting);
    gauges.connectionsMax.set(pool.max);
    for (const gauge of [gauges.jobs, gauges.payments, gauges.refunds, gauges.unbookablePayments]) gauge.reset();
    try {
      const state = await within(readOperationalState(db), PING_TIMEOUT_MS);
      for (const row of state.jobs) {
        for (const stateName of ['due', 'scheduled', 'running', 'dead'] as const)
          gauges.jobs.set({ kind: row.kind, state: stateName }, row[stateName]);
      }
      gauges.oldestDueJobAge.set(state.oldestDueSeconds);
      for (const row of state.payments) gauges.payments.set({ method: row.method, status: row.status }, row.n);
      for (const row of state.refunds) gauges.refunds.set({ method: row.method, status: row.status }, row.n);
      for (const status of ['open', 'refunding'])
        gauges.unbookablePayments.set({ status }, state.unbookable.find((row) => row.status === status)?.n ?? 0);
      gauges.up.set(1);
      if (databaseDown) logger.info('metrics: the database answers again');
      databaseDown = false;
    } catch (error) {
      // The scrape still answers, with what the process knows about itself; stale database numbers
      // would be worse than none (an alert on dead jobs would keep firing, or stay quiet).
      gauges.up.set(0);
      gauges.oldestDueJobAge.reset();
      if (!databaseDown) logger.warn({ err: error }, 'metrics: the database could not be read; reporting without it');
      databaseDown = true;
    }
  };

  app.get('/metrics', { schema: { hide: true } }, async (request, reply) => {
    const token = config.metricsToken;
    if (token === null) throw new DomainError('route_not_found');
    const match = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.authorization ?? '');
    if (!match?.[1] || !tokenMatches(match[1], token)) {
      reply.header('www-authenticate', 'Bearer realm="metrics"');
      throw new DomainError('unauthenticated');
    }
    await refreshDatabaseMetrics();
    return reply
      .header('cache-control', 'no-store')
      .type(metrics.registry.contentType)
      .send(await metrics.registry.metrics());
  });
}
