import { hostname } from 'node:os';
import { randomBytes, randomUUID } from 'node:crypto';
import { type SQL, and, asc, desc, eq, gt, gte, inArray, isNull, lt, lte, not, notExists, or, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { bigint, integer, jsonb, pgTable, text, timestamp, uuid, primaryKey } from 'drizzle-orm/pg-core';
import type { Logger } from 'pino';
import type { Clock } from './clock.ts';
import type { OrgContext } from './context.ts';
import { type Db, isDatabaseUnavailable } from './db.ts';
import { type JobKind, type JobPayloads, type WebhookEventType, reminderKey, reminderRunAt } from './job-types.ts';
import { type Metrics, runMeasured } from './metrics.ts';

export const jobStatuses = ['pending', 'running', 'done', 'dead', 'cancelled'] as const;
export type JobStatus = (typeof jobStatuses)[number];

export const jobs = pgTable(
  'jobs',
  {
    id: bigint('id', { mode: 'number' }).generatedAlwaysAsIdentity(),
    orgId: uuid('org_id').notNull(),
    kind: text('kind').notNull(),
    payload: jsonb('payload').notNull(),
    status: text('status', { enum: jobStatuses }).notNull(),
    attempts: integer('attempts').notNull(),
    maxAttempts: integer('max_attempts').notNull(),
    runAt: timestamp('run_at', { withTimezone: true }).notNull(),
    lockedBy: text('locked_by'),
    lockedUntil: timestamp('locked_until', { withTimezone: true }),
    lastError: text('last_error'),
    dedupeKey: text('dedupe_key'),
    orderKey: text('order_key'),
    result: text('result'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
  },
  (table) => [primaryKey({ columns: [table.orgId, table.id] })],
);

export type JobRow = typeof jobs.$inferSelect;

export interface NewJob {
  orgId: string;
  kind: string;
  /** Ids, not copies of state: the handler re-reads what it needs when it runs. */
  payload: Record<string, unknown>;
  runAt?: Date;
  maxAttempts?: number;
  /** One waiting job per key: enqueueing again moves the pending one to the new time. */
  dedupeKey?: string;
  /** Jobs of one key run one at a time, in the order they were queued (migrations/0039). */
  orderKey?: string;
}

/**
 * Jobs gathered in the caller's transaction and written together, in one statement, with the other
 * writes of its WriteBatch (platform/write-batch.ts): a booking queues three or four jobs, one round
 * trip each before. Everything else about them is as if each were enqueued alone, in the same transaction.
 */
export class JobBatch {
  readonly jobs = new Map<string, NewJob>();
  private added = 0;
  constructor(readonly tx: Db) {}
  /** Keyed jobs by their key (a later one replaces it, as the upsert would), others each their own. */
  add(job: NewJob): void {
    this.added += 1;
    this.jobs.set(job.dedupeKey ? `key:${job.dedupeKey}` : `job:${this.added}`, job);
  }
  /** The INSERT of the batch's jobs, to send in a statement of the caller's (null if none); the batch is empty after. */
  takeInsert(): SQL | null {
    const list = [...this.jobs.values()];
    this.jobs.clear();
    return list.length === 0 ? null : jobsInsert(list);
  }
}

/** Where a job is written: straight into a transaction, or into a batch that is written at its end. */
export type JobSink = Db | JobBatch;

/** The transaction behind a sink, for reads and for what cannot wait for the batch. */
export const sinkDb = (sink: JobSink): Db => (sink instanceof JobBatch ? sink.tx : sink);

/**
 * Writes jobs in the caller's transaction: if the transaction rolls back, they never existed; if it
 * commits, a runner will run each at least once. A job with a dedupe key moves the pending one with
 * that key to its own time and payload (a job without a key never conflicts: the index is partial).
 */
async function insertJobs(tx: Db, list: NewJob[]): Promise<void> {
  if (list.length === 0) return;
  await tx.execute(jobsInsert(list));
}

/**
 * The INSERT of jobs, their rows as one JSON parameter: a booking's four or five jobs would otherwise
 * be some eighty parameters for the query builder to walk and the driver to send, on every booking.
 * A job without a time runs from now, cut to the millisecond: a runner's clock has no finer grain, and
 * one asking for what is due within the same millisecond would otherwise find it not yet due.
 */
function jobsInsert(list: NewJob[]): SQL {
  const rows = list.map((job) => ({
    org_id: job.orgId,
    kind: job.kind,
    payload: job.payload,
    max_attempts: job.maxAttempts ?? 8,
    run_at: job.runAt ?? null,
    dedupe_key: job.dedupeKey ?? null,
    order_key: job.orderKey ?? null,
  }));
  return sql`INSERT INTO jobs (org_id, kind, payload, status, attempts, max_attempts, run_at, dedupe_key, order_key)
    SELECT j.org_id, j.kind, j.payload, 'pending', 0, j.max_attempts, coalesce(j.run_at, date_trunc('milliseconds', now())), j.dedupe_key, j.order_key
      FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb)
        AS j (org_id uuid, kind text, payload jsonb, max_attempts integer, run_at timestamptz, dedupe_key text, order_key text)
    ON CONFLICT (org_id, dedupe_key) WHERE dedupe_key IS NOT NULL AND status = 'pending'
    DO UPDATE SET run_at = excluded.run_at, payload = excluded.payload, updated_at = now()`;
}

/** Writes a job in the caller's transaction, or adds it to the caller's batch. */
export async function enqueueJob(sink: JobSink, job: NewJob): Promise<void> {
  if (!(sink instanceof JobBatch)) return insertJobs(sink, [job]);
  // One statement cannot touch a row twice: the batch keeps one job per key.
  sink.add(job);
}

/** A job set aside: it will not run, and counts as finished (pruneFinishedJobs). */
const cancelledNow = { status: 'cancelled', finishedAt: sql`now()`, updatedAt: sql`now()` } as const;

/** Cancels the pending webhook deliveries' jobs of these deliveries (their endpoint went away). */
export async function cancelDeliveryJobs(tx: Db, orgId: string, deliveryIds: string[]): Promise<void> {
  if (deliveryIds.length === 0) return;
  await tx
    .update(jobs)
    .set(cancelledNow)
    .where(
      and(
        eq(jobs.orgId, orgId),
        eq(jobs.kind, 'webhook.deliver'),
        eq(jobs.status, 'pending'),
        inArray(sql`${jobs.payload}->>'deliveryId'`, deliveryIds),
      ),
    );
}

const cancelKeyed = (db: Db, orgId: string, dedupeKey: string) =>
  db
    .update(jobs)
    .set(cancelledNow)
    .where(and(eq(jobs.orgId, orgId), eq(jobs.dedupeKey, dedupeKey), eq(jobs.status, 'pending')));

/** Cancels the pending job with this key, if any (a reminder for a booking that was cancelled). */
export async function cancelJob(sink: JobSink, orgId: string, dedupeKey: string): Promise<void> {
  if (sink instanceof JobBatch) sink.jobs.delete(`key:${dedupeKey}`);
  await cancelKeyed(sinkDb(sink), orgId, dedupeKey);
}

/** cancelJob's update, for a batch of writes (platform/write-batch.ts) that enqueues no job of this key. */
export function jobCancel(db: Db, orgId: string, dedupeKey: string): SQL {
  return cancelKeyed(db, orgId, dedupeKey).getSQL();
}

export interface EnqueueOptions {
  runAt?: Date;
  maxAttempts?: number;
  /** One waiting job per key: enqueueing again moves the pending one to the new time. */
  dedupeKey?: string;
  /** Jobs of one key run one at a time, in the order they were queued (migrations/0039). */
  orderKey?: string;
}

/**
 * Enqueues a job of one of the kinds in the outbox contract (`job-types.ts`), in the caller's
 * transaction, with the payload that kind carries. This is how a service reaches a side effect.
 */
export async function enqueue<K extends JobKind>(
  tx: JobSink,
  orgId: string,
  kind: K,
  payload: JobPayloads[K],
  options: EnqueueOptions = {},
): Promise<void> {
  await enqueueJob(tx, { orgId, kind, payload: { ...payload }, ...options });
}

/**
 * Records an outgoing webhook event in the caller's transaction: its id and time are fixed now and
 * its data is the state now (an event is a fact). The database fans it out on insert into one
 * delivery per subscribed endpoint and a 'webhook.deliver' job each (migrations/0009), so every
 * retry of a delivery carries the same event; an event no endpoint listens to costs nothing.
 */
export async function enqueueWebhookEvent(
  tx: JobSink,
  orgId: string,
  type: WebhookEventType,
  data: Record<string, unknown>,
  now: Date,
): Promise<void> {
  await enqueue(tx, orgId, 'webhook.event', { id: randomUUID(), type, createdAt: now.toISOString(), data });
}

/** Schedules (or moves) the reminder of a booking; drops it when the start is too close for one. */
export async function scheduleReminder(
  tx: JobSink,
  org: Pick<OrgContext, 'id' | 'reminderHours'>,
  booking: { id: string; startsAt: Date },
  now: Date,
): Promise<void> {
  if (org.reminderHours === 0) return;
  const runAt = reminderRunAt(booking.startsAt, org.reminderHours, now);
  if (!runAt) {
    await cancelJob(tx, org.id, reminderKey(booking.id));
    return;
  }
  await enqueue(
    tx,
    org.id,
    'mail.booking_reminder',
    { bookingId: booking.id },
    { runAt, dedupeKey: reminderKey(booking.id) },
  );
}

/** Drops the pending reminder of a booking (cancelled or deleted), if any. */
export async function dropReminder(tx: Db, orgId: string, bookingId: string): Promise<void> {
  await cancelJob(tx, orgId, reminderKey(bookingId));
}

/**
 * Whether a job of one of these kinds for this booking is still waiting or running (not yet done,
 * dead or cancelled). Reads only unfinished jobs, which the `jobs_org_status` index keeps few.
 */
export async function hasUnfinishedJob(db: Db, orgId: string, kinds: JobKind[], bookingId: string): Promise<boolean> {
  const rows = await db
    .select({ id: jobs.id })
    .from(jobs)
    .where(
      and(
        eq(jobs.orgId, orgId),
        inArray(jobs.status, ['pending', 'running']),
        inArray(jobs.kind, kinds),
        sql`${jobs.payload}->>'bookingId' = ${bookingId}`,
      ),
    )
    .limit(1);
  return rows.length > 0;
}

/** The organisation's jobs, newest first, each saying whether a later job of its key has overtaken it. */
export async function listJobs(db: Db, orgId: string, filter: { status?: JobStatus; limit: number }) {
  const conditions: SQL[] = [eq(jobs.orgId, orgId)];
  if (filter.status) conditions.push(eq(jobs.status, filter.status));
  return db
    .select({ job: jobs, overtaken: overtaken(db) })
    .from(jobs)
    .where(and(...conditions))
    .orderBy(desc(jobs.id))
    .limit(filter.limit);
}

const queuedAgain = {
  status: 'pending',
  attempts: 0,
  runAt: sql`now()`,
  lockedBy: null,
  lockedUntil: null,
  finishedAt: null,
  result: null,
  updatedAt: sql`now()`,
} as const;

/** The jobs of the same order key as `jobs`' row queued before or after it, in one of `statuses`. */
function othersOfKey(db: Db, which: 'earlier' | 'later', statuses: JobStatus[]) {
  const other = alias(jobs, which);
  return db
    .select({ one: sql`1` })
    .from(other)
    .where(
      and(
        eq(other.orgId, jobs.orgId),
        eq(other.orderKey, jobs.orderKey),
        which === 'earlier' ? lt(other.id, jobs.id) : gt(other.id, jobs.id),
        inArray(other.status, statuses),
      ),
    );
}

/**
 * A job of an order key that a later job of its key has overtaken (run, or running): queued again, it
 * would reach the customer after a newer mail about the same booking ("confirmed" after "cancelled").
 * It stays as it is. A later job still waiting goes after it, as queued.
 */
const overtaken = (db: Db) => sql<boolean>`exists ${othersOfKey(db, 'later', ['done', 'running'])}`;

/**
 * Puts a dead (or cancelled) job back in the queue with a fresh set of attempts; `overtaken` when a
 * later job of its order key has already run, undefined when there is no such dead or cancelled job.
 */
export async function retryJob(db: Db, orgId: string, id: number): Promise<JobRow | 'overtaken' | undefined> {
  const [row] = await db
    .update(jobs)
    .set(queuedAgain)
    .where(and(eq(jobs.orgId, orgId), eq(jobs.id, id), inArray(jobs.status, ['dead', 'cancelled']), not(overtaken(db))))
    .returning();
  if (row) return row;
  const [left] = await db
    .select({ id: jobs.id })
    .from(jobs)
    .where(and(eq(jobs.orgId, orgId), eq(jobs.id, id), inArray(jobs.status, ['dead', 'cancelled'])));
  return left ? 'overtaken' : undefined;
}

/**
 * Sets a dead job aside for good (cancelled, finished now): the admin has dealt with it otherwise, or
 * a later job of its booking has overtaken it. It leaves the failed list, may still be retried, and
 * is pruned with the other finished jobs. Undefined when there is no such dead job.
 */
export async function dismissJob(db: Db, orgId: string, id: number): Promise<JobRow | undefined> {
  const [row] = await db
    .update(jobs)
    .set(cancelledNow)
    .where(and(eq(jobs.orgId, orgId), eq(jobs.id, id), eq(jobs.status, 'dead')))
    .returning();
  return row;
}

/**
 * Every dead job (of one organisation, or all) back in the queue, but those a later job of their order
 * key has overtaken: the operator's `slotwise jobs retry-dead`.
 */
export async function retryDeadJobs(
  db: Db,
  orgId: string | null,
): Promise<{ orgId: string; id: number; kind: string }[]> {
  const conditions: SQL[] = [eq(jobs.status, 'dead'), not(overtaken(db))];
  if (orgId) conditions.push(eq(jobs.orgId, orgId));
  return db
    .update(jobs)
    .set(queuedAgain)
    .where(and(...conditions))
    .returning({ orgId: jobs.orgId, id: jobs.id, kind: jobs.kind });
}

/** Finished jobs are kept a month for the admin's view, then removed. */
export async function pruneFinishedJobs(db: Db, now: Date): Promise<void> {
  await db
    .delete(jobs)
    .where(
      and(
        inArray(jobs.status, ['done', 'cancelled']),
        lt(jobs.finishedAt, new Date(now.getTime() - 30 * 24 * 3600_000)),
      ),
    );
}

/** A failure that retrying cannot fix (the job's data is invalid): the job goes dead at once. */
export class PermanentJobError extends Error {}

/**
 * Thrown by a handler whose job must wait for another (a mail that should go first): retried like a
 * failure, with the same back-off and attempts, but logged as the wait it is, without a stack.
 */
export class JobNotReady extends Error {}

/** Runs one job. Returns an optional note for the record (e.g. why there was nothing to do). */
// biome-ignore lint/suspicious/noConfusingVoidType: a handler with nothing to note may simply not return
export type JobHandler = (job: JobRow) => Promise<string | undefined | void>;

export interface JobRunnerOptions {
  /** How many jobs one runner works on at once. */
  concurrency: number;
  pollIntervalMs: number;
  /**
   * How long a claim lasts without renewal. A live runner renews it every `heartbeatMs`, so a job
   * may run longer than this; a runner that dies (kill -9, power loss) frees its jobs for another
   * runner once it runs out.
   */
  leaseMs: number;
  heartbeatMs: number;
  /** A handler that takes longer fails its attempt (and is retried). */
  jobTimeoutMs: number;
  retryBaseMs: number;
  retryMaxMs: number;
  /** The longest pause between attempts to reach the database while it is unavailable. */
  outageRetryMaxMs: number;
}

export const defaultRunnerOptions: JobRunnerOptions = {
  concurrency: 4,
  pollIntervalMs: 500,
  leaseMs: 15_000,
  heartbeatMs: 5_000,
  jobTimeoutMs: 2 * 60_000,
  retryBaseMs: 10_000,
  retryMaxMs: 60 * 60_000,
  outageRetryMaxMs: 5_000,
};

/** Exponential back-off with ±20% jitter, so that failed jobs do not retry in lockstep. */
export function retryDelayMs(
  attempts: number,
  options: Pick<JobRunnerOptions, 'retryBaseMs' | 'retryMaxMs'>,
  random = Math.random,
): number {
  const base = Math.min(options.retryMaxMs, options.retryBaseMs * 2 ** Math.max(0, attempts - 1));
  return Math.round(base * (0.8 + 0.4 * random()));
}

/**
 * Claims due jobs with FOR UPDATE SKIP LOCKED, so that any number of runners in any number of
 * processes never run one job at the same time, and runs their handlers outside any transaction.
 * While the database is unreachable it pauses, and resumes by itself when it is back.
 */
export class JobRunner {
  readonly id = `${hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;
  private readonly options: JobRunnerOptions;
  private running = false;
  private stopping = false;
  private paused = false;
  private loop: Promise<void> | undefined;
  private wake: (() => void) | undefined;
  private polledAt: number | null = null;

  constructor(
    private readonly db: Db,
    private readonly handlers: Record<string, JobHandler>,
    private readonly clock: Clock,
    private readonly logger: Logger,
    options: Partial<JobRunnerOptions> = {},
    private readonly metrics: Metrics | null = null,
  ) {
    const leaseMs = options.leaseMs ?? defaultRunnerOptions.leaseMs;
    // A heartbeat that is not faster than the lease cannot keep it.
    const heartbeatMs = options.heartbeatMs ?? Math.min(defaultRunnerOptions.heartbeatMs, Math.floor(leaseMs / 3));
    this.options = { ...defaultRunnerOptions, ...options, leaseMs, heartbeatMs };
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.stopping = false;
    this.loop = this.poll();
  }

  /** Stops claiming new jobs and waits for the ones in hand. */
  async stop(): Promise<void> {
    this.running = false;
    this.stopping = true;
    this.wake?.();
    await this.loop;
  }

  /** When the poll loop last went round (epoch ms); null while it is not running. Readiness watches it. */
  get lastPollAt(): number | null {
    return this.running ? this.polledAt : null;
  }

  /** Looks for due jobs now rather than at the next poll. */
  nudge(): void {
    this.wake?.();
  }

  /**
   * Keeps up to `concurrency` jobs in hand: claims as many as there are free slots, and claims again
   * as soon as one finishes, so a slow job never holds up the jobs behind it.
   */
  private async poll(): Promise<void> {
    const inFlight = new Set<Promise<void>>();
    let failures = 0;
    while (this.running) {
      this.polledAt = Date.now();
      const free = this.options.concurrency - inFlight.size;
      let claimed: JobRow[] = [];
      if (free > 0) {
        try {
          claimed = await this.claim(free);
          failures = 0;
          this.noteReachable();
        } catch (error) {
          failures++;
          if (isDatabaseUnavailable(error)) this.noteUnavailable(error);
          else this.logger.error({ err: error }, 'job runner: claiming jobs failed');
        }
      }
      for (const job of claimed) {
        const run = this.run(job).finally(() => {
          inFlight.delete(run);
          this.wake?.();
        });
        inFlight.add(run);
      }
      if (failures > 0) {
        // Back off while the database is away, rather than logging and retrying every poll.
        await this.sleep(
          Math.min(this.options.outageRetryMaxMs, this.options.pollIntervalMs * 2 ** Math.min(failures - 1, 10)),
        );
      } else if (claimed.length === 0 || claimed.length === free) {
        await this.sleep();
      }
    }
    await Promise.all(inFlight);
  }

  /**
   * Whichever of the runner's own queries finds the database gone (a claim, or recording the outcome
   * of a job in hand, which may be all it does while every slot is busy) pauses it, said once; the
   * first that succeeds again resumes it.
   */
  private noteUnavailable(error: unknown): void {
    if (this.paused) return;
    this.paused = true;
    this.logger.warn({ err: error }, 'job runner paused: the database is unavailable');
  }

  private noteReachable(): void {
    if (!this.paused) return;
    this.paused = false;
    this.logger.info('job runner resumed: the database is reachable again');
  }

  private sleep(ms = this.options.pollIntervalMs): Promise<void> {
    return new Promise<void>((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        resolve();
      }
      this.wake = () => {
        this.wake = undefined;
        done();
      };
    });
  }

  /** Claims and runs one batch of due jobs, waiting for all of them; returns how many ran. */
  async runDue(): Promise<number> {
    const claimed = await this.claim(this.options.concurrency);
    await Promise.all(claimed.map((job) => this.run(job)));
    return claimed.length;
  }

  private async claim(limit: number): Promise<JobRow[]> {
    const now = this.clock.now();
    const leaseEnd = new Date(now.getTime() + this.options.leaseMs);
    // A job whose runner died on every attempt (it crashes its process, say) must not be claimed
    // forever: once its attempts are used up and its lease has run out, it is dead.
    await this.db
      .update(jobs)
      .set({
        status: 'dead',
        lastError: 'its runner stopped (lease ran out) on every attempt',
        lockedBy: null,
        lockedUntil: null,
        finishedAt: now,
        updatedAt: now,
      })
      .where(and(eq(jobs.status, 'running'), lt(jobs.lockedUntil, now), gte(jobs.attempts, jobs.maxAttempts)));
    // A job with an order key waits for every earlier job of its key to finish (done, dead or
    // cancelled). A concurrent claim skips the earlier one (locked) and finds it still waiting here, so
    // two runners never run two jobs of one key at once either.
    const nothingBefore = or(isNull(jobs.orderKey), notExists(othersOfKey(this.db, 'earlier', ['pending', 'running'])));
    const due = this.db
      .select({ id: jobs.id })
      .from(jobs)
      .where(
        and(
          or(
            and(eq(jobs.status, 'pending'), lte(jobs.runAt, now)),
            and(eq(jobs.status, 'running'), lt(jobs.lockedUntil, now), lt(jobs.attempts, jobs.maxAttempts)),
          ),
          nothingBefore,
        ),
      )
      .orderBy(asc(jobs.runAt), asc(jobs.id))
      .limit(limit)
      .for('update', { skipLocked: true });
    return this.db
      .update(jobs)
      .set({
        status: 'running',
        attempts: sql`${jobs.attempts} + 1`,
        lockedBy: this.id,
        lockedUntil: leaseEnd,
        updatedAt: now,
      })
      .where(inArray(jobs.id, due))
      .returning();
  }

  /** Runs one claimed job and records its outcome; never rejects. */
  private async run(job: JobRow): Promise<void> {
    const log = this.logger.child({ jobId: job.id, kind: job.kind, attempt: job.attempts });
    const handler = this.handlers[job.kind];
    const heartbeat = setInterval(() => void this.renewLease(job, log), this.options.heartbeatMs);
    const started = performance.now();
    let outcome: Outcome;
    try {
      if (!handler) throw new PermanentJobError(`no handler for job kind ${job.kind}`);
      // The job was written when its cause was reported (a Stripe event, say): a settlement it makes
      // is measured from then.
      const result = await withTimeout(
        runMeasured(this.metrics, job.createdAt.getTime(), () => handler(job)),
        this.options.jobTimeoutMs,
      );
      outcome = { status: 'done', result: result ?? null, lastError: job.lastError };
      log.debug({ result }, 'job done');
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      if (error instanceof PermanentJobError || job.attempts >= job.maxAttempts) {
        outcome = { status: 'dead', lastError: message };
        log.error({ err: error }, 'job failed for good');
      } else {
        const runAt = new Date(this.clock.now().getTime() + retryDelayMs(job.attempts, this.options));
        outcome = { status: 'pending', lastError: message, runAt };
        if (error instanceof JobNotReady) log.info({ waitingFor: message, retryAt: runAt }, 'job waits; will retry');
        else log.warn({ err: error, retryAt: runAt }, 'job failed; will retry');
      }
    }
    this.metrics?.jobDuration.observe(
      { kind: job.kind, outcome: outcome.status === 'pending' ? 'retry' : outcome.status },
      (performance.now() - started) / 1000,
    );
    try {
      await this.record(job, outcome, log);
    } finally {
      clearInterval(heartbeat);
    }
  }

  /** Extends the lease of a job in hand, so that only a runner that has died loses its jobs. */
  private async renewLease(job: JobRow, log: Logger): Promise<void> {
    const now = this.clock.now();
    try {
      const renewed = await this.db
        .update(jobs)
        .set({ lockedUntil: new Date(now.getTime() + this.options.leaseMs) })
        .where(and(eq(jobs.id, job.id), eq(jobs.status, 'running'), eq(jobs.lockedBy, this.id)))
        .returning({ id: jobs.id });
      if (renewed.length === 0) log.warn('job lease lost: another runner may have taken the job');
    } catch (error) {
      log.warn({ err: error }, 'job lease not renewed');
    }
  }

  /**
   * Records the outcome, retrying while the database is away: the job has run, and giving up
   * would run it again once its lease ran out. The heartbeat keeps the lease meanwhile, as far as it
   * can. Gives up only when the runner is stopping, or after a few leases' time.
   */
  private async record(job: JobRow, outcome: Outcome, log: Logger): Promise<void> {
    const giveUpAt = Date.now() + 4 * this.options.leaseMs;
    for (let attempt = 1; ; attempt++) {
      try {
        await this.finish(job, outcome);
        if (attempt > 1) log.info({ status: outcome.status }, 'job outcome recorded after the database came back');
        this.noteReachable();
        return;
      } catch (error) {
        if (this.stopping || Date.now() >= giveUpAt) {
          log.error(
            { err: error, status: outcome.status },
            'could not record the outcome of a job; it runs again when its lease runs out',
          );
          return;
        }
        if (attempt === 1) log.warn({ err: error }, 'recording a job outcome failed; retrying');
        if (isDatabaseUnavailable(error)) this.noteUnavailable(error);
        await new Promise((resolve) =>
          setTimeout(resolve, Math.min(this.options.outageRetryMaxMs, 100 * 2 ** Math.min(attempt, 10))),
        );
      }
    }
  }

  /** Records the outcome, but only while this runner still holds the job. */
  private async finish(job: JobRow, outcome: Outcome): Promise<void> {
    const now = this.clock.now();
    const terminal = outcome.status !== 'pending';
    await this.db
      .update(jobs)
      .set({
        status: outcome.status,
        lastError: outcome.lastError,
        result: outcome.result ?? null,
        lockedBy: null,
        lockedUntil: null,
        updatedAt: now,
        ...(outcome.runAt ? { runAt: outcome.runAt } : {}),
        ...(terminal ? { finishedAt: now } : {}),
      })
      .where(and(eq(jobs.id, job.id), eq(jobs.status, 'running'), eq(jobs.lockedBy, this.id)));
  }
}

interface Outcome {
  status: JobStatus;
  lastError: string | null;
  result?: string | null;
  runAt?: Date;
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
