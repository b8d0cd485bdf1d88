import { AsyncLocalStorage } from 'node:async_hooks';
import { createHash, timingSafeEqual } from 'node:crypto';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/**
 * The process's Prometheus metrics. Each app (and its job runner) gets its own registry rather than
 * prom-client's global one: the tests build many apps in one process, and the global registry refuses a
 * second metric of the same name. Metric names are documented in the README ("Monitoring").
 */
export interface Metrics {
  registry: Registry;
  httpDuration: Histogram<'method' | 'route' | 'status_code'>;
  bookingsCreated: Counter<'kind'>;
  bookingsRefused: Counter<'operation' | 'kind' | 'reason'>;
  holdsCreated: Counter<'kind'>;
  settlement: Histogram<'method'>;
  jobDuration: Histogram<'kind' | 'outcome'>;
  /** Filled at scrape time from one statement (health.repo.ts); reset when the database does not answer. */
  database: {
    up: Gauge;
    connectionsInUse: Gauge;
    connectionsWaiting: Gauge;
    connectionsMax: Gauge;
    jobs: Gauge<'kind' | 'state'>;
    oldestDueJobAge: Gauge;
    payments: Gauge<'method' | 'status'>;
    refunds: Gauge<'method' | 'status'>;
    unbookablePayments: Gauge<'status'>;
  };
}

export function createMetrics(): Metrics {
  const registry = new Registry();
  // Event-loop lag, memory, CPU, handles and GC of this process, in prom-client's standard names.
  collectDefaultMetrics({ register: registry });
  const registers = [registry];
  return {
    registry,
    httpDuration: new Histogram({
      name: 'slotwise_http_request_duration_seconds',
      help: 'HTTP requests by method, route template (never the raw URL) and status',
      labelNames: ['method', 'route', 'status_code'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers,
    }),
    bookingsCreated: new Counter({
      name: 'slotwise_bookings_created_total',
      help: 'Bookings created (POST /api/v1/bookings answered 201), by kind',
      labelNames: ['kind'],
      registers,
    }),
    bookingsRefused: new Counter({
      name: 'slotwise_bookings_refused_total',
      help: 'Bookings and holds refused, by operation (booking or hold), kind and the error code answered',
      labelNames: ['operation', 'kind', 'reason'],
      registers,
    }),
    holdsCreated: new Counter({
      name: 'slotwise_holds_created_total',
      help: 'Holds created (POST /api/v1/holds answered 201), by kind',
      labelNames: ['kind'],
      registers,
    }),
    settlement: new Histogram({
      name: 'slotwise_settlement_seconds',
      help: 'From the report of a payment (the request or Stripe event that carries it) to its booking confirmed',
      labelNames: ['method'],
      buckets: [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300, 900],
      registers,
    }),
    jobDuration: new Histogram({
      name: 'slotwise_job_duration_seconds',
      help: 'Background job attempts run by this process, by kind and outcome (done, retry, dead)',
      labelNames: ['kind', 'outcome'],
      buckets: [0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 120],
      registers,
    }),
    database: {
      up: new Gauge({
        name: 'slotwise_database_up',
        help: '1 when the scrape could read the database, 0 when it could not (the database series are then absent)',
        registers,
      }),
      connectionsInUse: new Gauge({
        name: 'slotwise_db_pool_connections_in_use',
        help: 'Database connections checked out of the pool (the embedded database: its one connection)',
        registers,
      }),
      connectionsWaiting: new Gauge({
        name: 'slotwise_db_pool_waiting',
        help: 'Callers waiting for a database connection',
        registers,
      }),
      connectionsMax: new Gauge({
        name: 'slotwise_db_pool_connections_max',
        help: 'The pool size (DATABASE_POOL_MAX; 1 for the embedded database)',
        registers,
      }),
      jobs: new Gauge({
        name: 'slotwise_jobs',
        help: 'Background jobs in the outbox by kind and state: due (waiting for a runner), scheduled (later), running, dead',
        labelNames: ['kind', 'state'],
        registers,
      }),
      oldestDueJobAge: new Gauge({
        name: 'slotwise_jobs_oldest_due_age_seconds',
        help: 'How long the oldest due job has waited for a runner (0 when none waits)',
        registers,
      }),
      payments: new Gauge({
        name: 'slotwise_payments',
        help: 'Payments in the database by method and status (pending, succeeded, failed, cancelled)',
        labelNames: ['method', 'status'],
        registers,
      }),
      refunds: new Gauge({
        name: 'slotwise_refunds',
        help: 'Refunds in the database by payment method and status (pending, succeeded, failed)',
        labelNames: ['method', 'status'],
        registers,
      }),
      unbookablePayments: new Gauge({
        name: 'slotwise_unbookable_payments',
        help: 'Payments that could not become a booking and are not resolved yet, by status (open: waiting for an admin; refunding)',
        labelNames: ['status'],
        registers,
      }),
    },
  };
}

/**
 * The piece of work (an HTTP request, a job) that code runs for, and when it reached this process: a
 * settlement deep inside checkout observes its latency without being handed the metrics.
 */
const workScope = new AsyncLocalStorage<{ metrics: Metrics; startedAt: number }>();

/** Runs `fn` as work that reached the process at `startedAt` (epoch ms). */
export function runMeasured<T>(metrics: Metrics | null, startedAt: number, fn: () => T): T {
  return metrics ? workScope.run({ metrics, startedAt }, fn) : fn();
}

/**
 * A payment's booking is confirmed: the time since its report reached the process. Called inside the
 * settlement's transaction, so a transaction that then fails is counted all the same (rare, and a
 * latency, not a count that must reconcile).
 */
export function observeSettlement(method: string): void {
  const scope = workScope.getStore();
  scope?.metrics.settlement.observe({ method }, Math.max(0, Date.now() - scope.startedAt) / 1000);
}

/** Compares a presented bearer token with the configured one in time that does not depend on where they differ. */
export function tokenMatches(presented: string, expected: string): boolean {
  // Hashing first makes both sides the same length, so not even the length leaks through timing.
  const digest = (value: string) => createHash('sha256').update(value).digest();
  return timingSafeEqual(digest(presented), digest(expected));
}
