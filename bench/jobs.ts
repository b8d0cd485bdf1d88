/**
 * Job outbox benchmark: `npm run bench:jobs [-- --jobs=2000 --mail-jobs=500 --concurrency=4 --batch=100]`.
 *
 * On the embedded database (PGlite, in memory) by default; with DATABASE_URL set (a postgres:// URL
 * of a role that may create databases, meant to be on loopback) on a throwaway database created
 * there, migrated, and dropped at the end, also on failure or Ctrl-C.
 *
 * Two phases, each: enqueue the jobs in transactions of `batch` jobs (as a booking writes its
 * jobs in its own transaction), then start one JobRunner with `concurrency` and wait until every
 * job is done.
 *
 *   no-op   a handler that does nothing: the cost of the outbox itself (claim with FOR UPDATE
 *           SKIP LOCKED, run, record the outcome).
 *   mail    password-reset mails (queued with queuePasswordReset) run by the real handler
 *           registry (createJobRunner): re-read the organisation and the user, render the mail
 *           in both parts, send it through createMailer's SMTP transport (nodemailer) to a local
 *           SMTP server (smtp-server) on 127.0.0.1, which must receive each mail exactly once.
 *
 * It prints the enqueue rate, the run rate (jobs/s from the runner's start until the last job is
 * done), p50/p99 of enqueue-to-done latency, and the no-op : mail ratio. The latency runs from the
 * commit of a job's enqueue transaction to its finish; every job is queued before the runner starts,
 * so it includes the wait behind the jobs ahead of it (a backlog drained at full speed), not the
 * latency of a lone job (that is bounded by the runner's poll interval). The SMTP server, the runner
 * and (by default) the database share this one process. Bounded by --timeout seconds per phase;
 * exit code 1 on a timeout, a job that did not end done, or a mail missing or delivered twice.
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { asc, eq, sql } from 'drizzle-orm';
import pino from 'pino';
import { createJobRunner } from '../src/jobs.ts';
import { insertUser } from '../src/modules/auth/auth.repo.ts';
import { mailJobs } from '../src/modules/notifications/notifications.service.ts';
import { ensureDefaultOrganisation } from '../src/modules/orgs/orgs.service.ts';
import { systemClock } from '../src/platform/clock.ts';
import { loadConfig } from '../src/platform/config.ts';
import { type Db, transaction } from '../src/platform/db.ts';
import {
  JobRunner,
  type JobRunnerOptions,
  defaultRunnerOptions,
  enqueue,
  enqueueJob,
  jobs,
} from '../src/platform/jobs.ts';
import { createMailer } from '../src/platform/mail.ts';
import { migrate } from '../src/platform/migrate.ts';
import { TestSmtpServer } from '../test/support/smtp.ts';
import {
  UsageError,
  alignRow,
  createCleanup,
  openBenchDatabase,
  parseIntOptions,
  percentile,
  serverUrlFromEnv,
} from './support.ts';

function parseOptions() {
  const options = parseIntOptions({
    jobs: { default: 2000, min: 1, max: 100_000 },
    'mail-jobs': { default: 500, min: 1, max: 20_000 },
    concurrency: { default: defaultRunnerOptions.concurrency, min: 1, max: 256 },
    batch: { default: 100, min: 1, max: 1_000 },
    pool: { default: 10, min: 1, max: 200 },
    timeout: { default: 120, min: 5, max: 3_600 },
  });
  const { 'mail-jobs': mailJobs, timeout, ...rest } = options;
  return { ...rest, mailJobs, timeoutMs: timeout * 1_000 };
}

interface PhaseResult {
  jobs: number;
  enqueuePerSecond: number;
  runPerSecond: number;
  p50: number;
  p99: number;
}

/**
 * Enqueues `count` jobs through `enqueueOne` in transactions of `batch`, then runs them with
 * `runner` until all of them (found by `kind`) are done.
 */
async function phase(
  db: Db,
  options: { kind: string; count: number; batch: number; timeoutMs: number },
  enqueueOne: (tx: Db, n: number) => Promise<void>,
  runner: JobRunner,
): Promise<PhaseResult> {
  const committedAt = new Map<number, number>();
  const enqueueStart = performance.now();
  for (let first = 0; first < options.count; first += options.batch) {
    const last = Math.min(options.count, first + options.batch);
    await transaction(db, async (tx) => {
      for (let n = first; n < last; n++) await enqueueOne(tx, n);
    });
    const now = Date.now();
    for (let n = first; n < last; n++) committedAt.set(n, now);
  }
  const enqueueSeconds = (performance.now() - enqueueStart) / 1000;

  const countDone = async () =>
    Number(
      (
        await db
          .select({ n: sql<number>`count(*)` })
          .from(jobs)
          .where(sql`${jobs.kind} = ${options.kind} AND ${jobs.status} = 'done'`)
      )[0]?.n,
    );
  const runStart = performance.now();
  const deadline = Date.now() + options.timeoutMs;
  runner.start();
  try {
    while ((await countDone()) < options.count) {
      if (Date.now() > deadline)
        throw new Error(`${options.kind}: not all jobs done within ${options.timeoutMs / 1000} s`);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  } finally {
    await runner.stop();
  }
  const runSeconds = (performance.now() - runStart) / 1000;

  // One writer enqueued them in order, so the n-th job by id is the n-th enqueued.
  const rows = await db
    .select({ status: jobs.status, attempts: jobs.attempts, finishedAt: jobs.finishedAt })
    .from(jobs)
    .where(eq(jobs.kind, options.kind))
    .orderBy(asc(jobs.id));
  const bad = rows.filter((row) => row.status !== 'done' || row.attempts !== 1);
  if (rows.length !== options.count || bad.length > 0) {
    throw new Error(`${options.kind}: ${rows.length} jobs, ${bad.length} not done on their first attempt`);
  }
  const latencies = rows
    .map((row, n) => (row.finishedAt?.getTime() ?? NaN) - (committedAt.get(n) ?? NaN))
    .sort((a, b) => a - b);
  if (latencies.some(Number.isNaN)) throw new Error(`${options.kind}: a job without its enqueue time or finish`);
  return {
    jobs: options.count,
    enqueuePerSecond: options.count / enqueueSeconds,
    runPerSecond: options.count / runSeconds,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
  };
}

async function main(): Promise<number> {
  const options = parseOptions();
  const serverUrl = serverUrlFromEnv();
  const cleanup = createCleanup();

  try {
    const { database, where } = await openBenchDatabase(
      serverUrl,
      { prefix: 'bench_jobs', pool: options.pool },
      cleanup,
    );
    await migrate(database);
    const { db } = database;
    const org = await ensureDefaultOrganisation(db);
    const user = await insertUser(db, {
      orgId: org.id,
      email: 'bench-reader@example.test',
      name: 'Bench Reader',
      passwordHash: 'not-used',
      role: 'customer',
      locale: null,
    });
    if (!user) throw new Error('could not create the bench user');

    const smtp = await new TestSmtpServer().start();
    cleanup.add(() => smtp.stop());
    const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'slotwise-bench-jobs-'));
    cleanup.add(() => fs.rm(dataDir, { recursive: true, force: true }));
    const logger = pino({ level: 'warn' });
    const runnerOptions: Partial<JobRunnerOptions> = { concurrency: options.concurrency };

    process.stdout.write(
      `jobs bench on ${where}\none JobRunner, concurrency ${options.concurrency}; jobs enqueued ${options.batch} per transaction, all before the runner starts\n`,
    );

    const noop = await phase(
      db,
      { kind: 'bench.noop', count: options.jobs, batch: options.batch, timeoutMs: options.timeoutMs },
      (tx) => enqueueJob(tx, { orgId: org.id, kind: 'bench.noop', payload: {} }),
      new JobRunner(db, { 'bench.noop': async () => undefined }, systemClock, logger, runnerOptions),
    );

    const config = loadConfig({
      NODE_ENV: 'production',
      PUBLIC_URL: 'http://127.0.0.1:3000',
      DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
      SMTP_URL: smtp.url,
      MAIL_FROM: 'Slotwise Bench <bench@example.test>',
    });
    const mailer = createMailer({ smtpUrl: config.mail.smtpUrl, mailDir: config.mail.dir, logger, db });
    cleanup.add(async () => mailer.close());
    const mail = await phase(
      db,
      { kind: mailJobs.passwordReset, count: options.mailJobs, batch: options.batch, timeoutMs: options.timeoutMs },
      (tx, n) =>
        enqueue(
          tx,
          org.id,
          'mail.password_reset',
          { userId: user.id, link: `http://127.0.0.1:3000/reset/bench-${n}` },
          { maxAttempts: 5 },
        ),
      createJobRunner({ config, db, clock: systemClock, mailer, logger, cardGateway: null }, runnerOptions),
    );

    const messageIds = new Set(smtp.received.map((m) => m.headers['message-id']));
    if (smtp.received.length !== options.mailJobs || messageIds.size !== options.mailJobs) {
      throw new Error(
        `the SMTP server received ${smtp.received.length} mails (${messageIds.size} distinct), expected ${options.mailJobs}`,
      );
    }

    const widths = [20, 7, 12, 12, 10, 10];
    const row = (label: string, r: PhaseResult) =>
      `${alignRow([label, String(r.jobs), ...[r.enqueuePerSecond, r.runPerSecond, r.p50, r.p99].map((n) => n.toFixed(0))], widths, '')}\n`;
    process.stdout.write(
      `\n${alignRow(['phase', 'jobs', 'enqueue/s', 'run jobs/s', 'p50 ms', 'p99 ms'], widths, '')}\n` +
        row('no-op handler', noop) +
        row('mail over SMTP', mail) +
        `\nno-op : mail run rate = ${(noop.runPerSecond / mail.runPerSecond).toFixed(1)} : 1` +
        `   (every one of the ${options.mailJobs} mails received exactly once)\n` +
        "latency = enqueue commit to job finish, behind a backlog of all the phase's jobs\n",
    );
    return 0;
  } finally {
    await cleanup.run();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`${error instanceof UsageError ? error.message : String((error as Error)?.stack ?? error)}\n`);
    process.exit(1);
  },
);
