import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, beforeEach, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { and, asc, eq, sql } from 'drizzle-orm';
import pino from 'pino';
import { mailJobs } from '../../src/modules/notifications/notifications.service.ts';
import { type Clock, systemClock } from '../../src/platform/clock.ts';
import { type Database, type Db, openDatabase, transaction } from '../../src/platform/db.ts';
import {
  type JobHandler,
  JobNotReady,
  type JobRow,
  JobRunner,
  type JobRunnerOptions,
  type NewJob,
  PermanentJobError,
  defaultRunnerOptions,
  enqueueJob,
  jobs,
  pruneFinishedJobs,
  retryDeadJobs,
} from '../../src/platform/jobs.ts';
import { type TestApp, classInput, guest, startTestApp } from '../support/app.ts';
import { testDbKind } from '../support/database.ts';
import { TestSmtpServer } from '../support/smtp.ts';

const CHILD_SCRIPT = fileURLToPath(new URL('../support/job-runner-child.ts', import.meta.url));
const HANG_JOB = 'test.hang'; // the child's only handler
const postgresOnly =
  testDbKind() === 'postgres'
    ? false
    : 'needs a PostgreSQL server: the embedded database lives inside one process, so no second process can open it';

const silent = pino({ level: 'silent' });

let t: TestApp;
let smtp: TestSmtpServer;
let db: Db;

before(async () => {
  smtp = await new TestSmtpServer().start();
  // Back-off of seconds rather than the helper's milliseconds: the tests move the clock past each
  // retry, so a quick loop of runJobs() cannot burn through every attempt while SMTP is down.
  t = await startTestApp({ smtpUrl: smtp.url, runner: { retryBaseMs: 1_000, retryMaxMs: 8_000 } });
  db = t.database.db;
  // These tests count the jobs a booking makes; the studio's own notice has its tests (staff-notify.test.ts).
  const off = await (await t.admin()).patch('/api/v1/organisation/staff-notifications', { enabled: false });
  assert.equal(off.status, 200, JSON.stringify(off.body));
});
after(async () => {
  await t.close();
  await smtp.stop();
});
// A runner claims every due job whatever its kind (and buries kinds it has no handler for), so
// each test starts from an empty queue.
beforeEach(async () => {
  await db.execute(sql`DELETE FROM jobs`);
});

function runner(
  handlers: Record<string, JobHandler>,
  options: Partial<JobRunnerOptions> = {},
  clock: Clock = t.clock,
  on = db,
) {
  return new JobRunner(on, handlers, clock, silent, {
    concurrency: 4,
    pollIntervalMs: 20,
    leaseMs: 60_000,
    retryBaseMs: 1_000,
    retryMaxMs: 60_000,
    ...options,
  });
}

/** Enqueues one job in a transaction of its own and returns its row. */
async function enqueue(job: Omit<NewJob, 'orgId'>): Promise<JobRow> {
  const tag = `${job.kind}:${Math.random().toString(36).slice(2)}`;
  await transaction(db, (tx) => enqueueJob(tx, { orgId: t.org.id, ...job, payload: { ...job.payload, tag } }));
  const [row] = await db.select().from(jobs).where(sql`${jobs.payload}->>'tag' = ${tag}`);
  assert.ok(row, 'the job was written');
  return row;
}

async function jobRow(id: number): Promise<JobRow> {
  const [row] = await db.select().from(jobs).where(eq(jobs.id, id));
  assert.ok(row, `job ${id} exists`);
  return row;
}

async function drain(r: JobRunner): Promise<number> {
  let total = 0;
  for (let ran = await r.runDue(); ran > 0; ran = await r.runDue()) total += ran;
  return total;
}

/** Moves the test clock just past the job's next run. */
function advancePast(row: JobRow) {
  t.clock.advance(Math.max(0, row.runAt.getTime() - t.clock.now().getTime()) + 1);
}

async function waitUntil(what: string, predicate: () => Promise<boolean> | boolean, timeoutMs = 20_000) {
  const until = Date.now() + timeoutMs;
  while (!(await predicate())) {
    if (Date.now() > until) throw new Error(`timed out waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** A promise with its resolver, for handlers the test holds open. */
function gate<T = void>() {
  let open!: (value: T) => void;
  const promise = new Promise<T>((resolve) => (open = resolve));
  return { promise, open };
}

const messageIdOf = (jobId: number) => `<job-${jobId}@slotwise>`;
const mailsFor = (jobId: number) => smtp.received.filter((mail) => mail.headers['message-id'] === messageIdOf(jobId));

describe('the outbox writes jobs in the caller transaction', () => {
  test('a rolled-back transaction leaves no job; a committed one runs', async () => {
    const ran: string[] = [];
    const r = runner({ 'test.echo': async (job) => void ran.push((job.payload as { name: string }).name) });

    await assert.rejects(
      transaction(db, async (tx) => {
        await enqueueJob(tx, { orgId: t.org.id, kind: 'test.echo', payload: { name: 'rolled back' } });
        throw new Error('roll back the booking');
      }),
      /roll back the booking/,
    );

    if (t.database.kind === 'postgres') {
      // Until the transaction commits, a runner on another connection cannot see the job.
      await transaction(db, async (tx) => {
        await enqueueJob(tx, { orgId: t.org.id, kind: 'test.echo', payload: { name: 'committed' } });
        assert.equal(await r.runDue(), 0, 'an uncommitted job is not claimed');
      });
    } else {
      await transaction(db, (tx) =>
        enqueueJob(tx, { orgId: t.org.id, kind: 'test.echo', payload: { name: 'committed' } }),
      );
    }

    const rows = await db.select().from(jobs).where(eq(jobs.kind, 'test.echo'));
    assert.deepEqual(
      rows.map((row) => (row.payload as { name: string }).name),
      ['committed'],
    );
    assert.equal(await drain(r), 1);
    assert.deepEqual(ran, ['committed']);
    const done = await jobRow(rows[0]!.id);
    assert.equal(done.status, 'done');
    assert.equal(done.attempts, 1);
    assert.ok(done.finishedAt);
  });
});

describe('retries', () => {
  test('a handler failing 3 times then succeeding runs 4 times, backing off exponentially, and ends done', async () => {
    let runs = 0;
    const r = runner({
      'test.flaky': async () => {
        runs++;
        if (runs <= 3) throw new Error(`flaky failure ${runs}`);
        return 'ok at last';
      },
    });
    const job = await enqueue({ kind: 'test.flaky', payload: {} });

    for (let attempt = 1; attempt <= 3; attempt++) {
      assert.equal(await r.runDue(), 1, `attempt ${attempt} runs`);
      const row = await jobRow(job.id);
      assert.equal(row.status, 'pending');
      assert.equal(row.attempts, attempt);
      assert.equal(row.lastError, `flaky failure ${attempt}`);
      assert.equal(row.lockedBy, null);
      // retryBaseMs * 2^(attempt-1), ±20% jitter; runAt and updatedAt are read from the clock a moment apart.
      const delay = row.runAt.getTime() - row.updatedAt.getTime();
      const base = 1_000 * 2 ** (attempt - 1);
      assert.ok(
        delay >= base * 0.8 - 50 && delay <= base * 1.2,
        `back-off after attempt ${attempt}: ${delay} ms, expected ${base} ms ±20%`,
      );
      assert.equal(await r.runDue(), 0, 'not retried before its time');
      advancePast(row);
    }

    assert.equal(await r.runDue(), 1);
    const row = await jobRow(job.id);
    assert.equal(runs, 4);
    assert.equal(row.status, 'done');
    assert.equal(row.attempts, 4);
    assert.equal(row.result, 'ok at last');
    assert.equal(row.lastError, 'flaky failure 3', 'the last error stays on record');
    assert.ok(row.finishedAt);
  });

  test('a job that must wait (JobNotReady) is retried like a failure, logged as a wait without a stack', async () => {
    const lines: { level: number; msg: string; err?: unknown }[] = [];
    const logger = pino({ level: 'debug' }, { write: (line: string) => void lines.push(JSON.parse(line)) });
    let runs = 0;
    const r = new JobRunner(
      db,
      {
        'test.waits': async () => {
          runs++;
          if (runs === 1) throw new JobNotReady('the mail before it');
          return 'sent';
        },
      },
      t.clock,
      logger,
      { concurrency: 1, pollIntervalMs: 20, leaseMs: 60_000, retryBaseMs: 1_000, retryMaxMs: 60_000 },
    );
    const job = await enqueue({ kind: 'test.waits', payload: {} });
    assert.equal(await r.runDue(), 1);
    const waiting = await jobRow(job.id);
    assert.equal(waiting.status, 'pending', 'waits for a retry');
    assert.equal(waiting.attempts, 1, 'the wait counts as an attempt');
    assert.equal(waiting.lastError, 'the mail before it');
    const logged = lines.find((line) => line.msg === 'job waits; will retry');
    assert.ok(logged, `the wait is logged: ${JSON.stringify(lines)}`);
    assert.equal(logged.level, 30, 'at info, not as a failure');
    assert.equal(logged.err, undefined, 'without an error and its stack');
    assert.equal(
      lines.some((line) => line.msg === 'job failed; will retry'),
      false,
      'no failure logged',
    );
    advancePast(waiting);
    assert.equal(await r.runDue(), 1);
    assert.equal((await jobRow(job.id)).status, 'done');
  });

  test('a handler that always fails goes dead after maxAttempts; admins see it and retry it', async () => {
    let runs = 0;
    let failing = true;
    const r = runner({
      'test.broken': async () => {
        runs++;
        if (failing) throw new Error(`smtp said no (run ${runs})`);
        return 'delivered on the manual retry';
      },
    });
    const job = await enqueue({ kind: 'test.broken', payload: {}, maxAttempts: 3 });

    for (let round = 0; round < 10; round++) {
      await r.runDue();
      const row = await jobRow(job.id);
      if (row.status === 'dead') break;
      advancePast(row);
    }
    const dead = await jobRow(job.id);
    assert.equal(dead.status, 'dead');
    assert.equal(dead.attempts, 3);
    assert.equal(runs, 3);
    assert.equal(dead.lastError, 'smtp said no (run 3)');
    assert.ok(dead.finishedAt);
    t.clock.advance(24 * 3600_000);
    assert.equal(await r.runDue(), 0, 'a dead job is not run again by itself');

    const admin = await t.admin();
    const listed = await admin.get('/api/v1/jobs?status=dead');
    assert.equal(listed.status, 200, JSON.stringify(listed.body));
    const entry = listed.body.jobs.find((j: { id: number }) => j.id === job.id);
    assert.ok(entry, 'the dead job is listed');
    assert.equal(entry.status, 'dead');
    assert.equal(entry.kind, 'test.broken');
    assert.equal(entry.attempts, 3);
    assert.equal(entry.maxAttempts, 3);
    assert.equal(entry.lastError, 'smtp said no (run 3)');
    assert.equal(entry.payload, undefined, 'the payload is not shown');
    assert.ok(listed.body.jobs.every((j: { status: string }) => j.status === 'dead'));

    const customer = t.client();
    await customer.signUp('not-an-admin@example.test', 'Nosy');
    const forbiddenList = await customer.get('/api/v1/jobs?status=dead');
    assert.equal(forbiddenList.status, 403);
    assert.equal(forbiddenList.body.error.code, 'forbidden');
    const forbiddenRetry = await customer.post(`/api/v1/jobs/${job.id}/retry`);
    assert.equal(forbiddenRetry.status, 403);
    assert.equal(forbiddenRetry.body.error.code, 'forbidden');
    assert.equal((await jobRow(job.id)).status, 'dead', 'a refused retry changes nothing');

    failing = false;
    const retried = await admin.post(`/api/v1/jobs/${job.id}/retry`);
    assert.equal(retried.status, 200, JSON.stringify(retried.body));
    assert.equal(retried.body.status, 'pending');
    assert.equal(retried.body.attempts, 0);
    assert.equal(await drain(r), 1);
    const done = await jobRow(job.id);
    assert.equal(runs, 4);
    assert.equal(done.status, 'done');
    assert.equal(done.attempts, 1);
    assert.equal(done.result, 'delivered on the manual retry');

    const again = await admin.post(`/api/v1/jobs/${job.id}/retry`);
    assert.equal(again.status, 404, 'a done job is not retried');
    assert.equal(again.body.error.code, 'job_not_retryable');
  });

  test('a PermanentJobError, or a kind without a handler, goes dead at once', async () => {
    let runs = 0;
    const r = runner({
      'test.invalid': async () => {
        runs++;
        throw new PermanentJobError('the booking id is malformed');
      },
    });
    const invalid = await enqueue({ kind: 'test.invalid', payload: {} });
    const unknown = await enqueue({ kind: 'test.nobody-handles-this', payload: {} });
    assert.equal(await drain(r), 2);
    const row = await jobRow(invalid.id);
    assert.equal(runs, 1);
    assert.equal(row.status, 'dead');
    assert.equal(row.attempts, 1);
    assert.equal(row.maxAttempts, 8);
    assert.equal(row.lastError, 'the booking id is malformed');
    const orphan = await jobRow(unknown.id);
    assert.equal(orphan.status, 'dead');
    assert.match(orphan.lastError ?? '', /no handler for job kind test\.nobody-handles-this/);
  });
});

describe('leases', () => {
  // The lease is kept in clock time and the test clock jumps past it, so the hung runner A is
  // still holding its handler when B claims. A hung runner is frozen as a whole: its heartbeat
  // does not run either (a runner whose handler alone hangs keeps its lease until the job timeout).
  const LEASE_MS = 2_000;
  const FROZEN = { heartbeatMs: 3_600_000, jobTimeoutMs: LEASE_MS / 2 };

  for (const late of ['succeeds', 'times out'] as const) {
    test(`a runner that hangs loses the job when its lease runs out; its late result (${late}) changes nothing`, async () => {
      const started = gate();
      const release = gate<string>();
      const a = runner(
        {
          'test.lease': async () => {
            started.open();
            if (late === 'succeeds') return release.promise;
            return new Promise<string>(() => {});
          },
        },
        { leaseMs: LEASE_MS, concurrency: 1, ...FROZEN },
      );
      let bRuns = 0;
      const b = runner(
        {
          'test.lease': async () => {
            bRuns++;
            return 'done by B';
          },
        },
        { leaseMs: LEASE_MS },
      );
      const job = await enqueue({ kind: 'test.lease', payload: {} });

      const aRun = a.runDue();
      await started.promise;
      const held = await jobRow(job.id);
      assert.equal(held.status, 'running');
      assert.equal(held.lockedBy, a.id);
      assert.equal(held.attempts, 1);
      assert.equal(await b.runDue(), 0, 'B cannot take a job under a live lease');

      t.clock.advance(LEASE_MS + 1);
      assert.equal(await b.runDue(), 1, 'B takes the job once the lease ran out');
      assert.equal(bRuns, 1);
      const byB = await jobRow(job.id);
      assert.equal(byB.status, 'done');
      assert.equal(byB.attempts, 2, "A's lost attempt and B's");
      assert.equal(byB.lockedBy, null);

      // A comes back: with a result, or with the timeout it gives a handler.
      release.open('done by A, too late');
      assert.equal(await aRun, 1);
      const later = await jobRow(job.id);
      assert.deepEqual(later, byB, 'the row stays as B left it');
    });
  }

  test('a job whose lease keeps running out goes dead after maxAttempts instead of being claimed forever', async () => {
    const hung: Promise<number>[] = [];
    const held: (() => void)[] = [];
    const hangingRunner = () =>
      runner(
        {
          'test.poison': () =>
            new Promise<string>((resolve) => {
              held.push(() => resolve('never mind'));
            }),
        },
        { leaseMs: LEASE_MS, concurrency: 1, ...FROZEN },
      );
    const job = await enqueue({ kind: 'test.poison', payload: {}, maxAttempts: 2 });
    try {
      for (let attempt = 1; attempt <= 2; attempt++) {
        hung.push(hangingRunner().runDue());
        await waitUntil(`attempt ${attempt} is claimed`, () => held.length === attempt);
        t.clock.advance(LEASE_MS + 1);
      }
      let lastRuns = 0;
      const last = runner({ 'test.poison': async () => void lastRuns++ }, { leaseMs: LEASE_MS });
      await last.runDue();
      const row = await jobRow(job.id);
      assert.equal(lastRuns, 0, 'a job that has used up its attempts is not run a third time');
      assert.equal(row.status, 'dead');
      assert.equal(row.attempts, 2);
      assert.ok(row.lastError, 'the lost attempts are on record');
    } finally {
      for (const open of held) open();
      await Promise.all(hung);
    }
  });

  test('a live runner renews its lease, so a job that runs longer than the lease stays its own', async () => {
    const started = gate();
    const release = gate<string>();
    const a = runner(
      {
        'test.long': async () => {
          started.open();
          return release.promise;
        },
      },
      { leaseMs: LEASE_MS, heartbeatMs: 20, concurrency: 1 },
    );
    let bRuns = 0;
    const b = runner(
      {
        'test.long': async () => {
          bRuns++;
          return 'done by B';
        },
      },
      { leaseMs: LEASE_MS },
    );
    const job = await enqueue({ kind: 'test.long', payload: {} });

    const aRun = a.runDue();
    await started.promise;
    t.clock.advance(LEASE_MS + 1);
    await waitUntil('A renews its lease past the new time', async () => {
      const { lockedUntil } = await jobRow(job.id);
      return lockedUntil !== null && lockedUntil > t.clock.now();
    });
    assert.equal(await b.runDue(), 0, 'B cannot take a job whose runner is alive');
    release.open('done by A');
    assert.equal(await aRun, 1);
    const row = await jobRow(job.id);
    assert.equal(row.status, 'done');
    assert.equal(row.result, 'done by A');
    assert.equal(row.attempts, 1);
    assert.equal(bRuns, 0);
  });

  test('a job whose process is killed mid-run is picked up after the (short, default) lease', {
    skip: postgresOnly,
  }, async () => {
    // A confirmation mail must not wait minutes after a crash: live runners renew their lease, so
    // it can be short.
    const leaseMs = defaultRunnerOptions.leaseMs;
    assert.ok(leaseMs <= 30_000, `the default lease is ${leaseMs} ms`);
    const url = (t.database as Database & { url?: string }).url;
    assert.ok(url, 'the PostgreSQL test database exposes its url');
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'slotwise-jobs-'));
    const marker = path.join(dir, 'marker.json');
    const job = await enqueue({ kind: HANG_JOB, payload: {} });

    const child = spawn(process.execPath, ['--import', 'tsx', CHILD_SCRIPT, url, marker], {
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    const exited = new Promise<NodeJS.Signals | number | null>((resolve) =>
      child.once('exit', (code, signal) => resolve(signal ?? code)),
    );
    try {
      await waitUntil('the child runs the job', async () => (await fs.stat(marker).catch(() => null)) !== null, 30_000);
      child.kill('SIGKILL');
      assert.equal(await exited, 'SIGKILL');
    } finally {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    }
    const seen = JSON.parse(await fs.readFile(marker, 'utf8')) as { jobId: number; runner: string; pid: number };
    assert.equal(seen.jobId, job.id);
    assert.equal(seen.pid, child.pid);
    await fs.rm(dir, { recursive: true, force: true });

    const orphaned = await jobRow(job.id);
    assert.equal(orphaned.status, 'running', 'the dead process still holds the job');
    assert.equal(orphaned.lockedBy, seen.runner);
    assert.equal(orphaned.attempts, 1);
    assert.ok(orphaned.lockedUntil);

    // A runner on the real clock, as another server process would be.
    let runs = 0;
    const survivor = runner(
      {
        [HANG_JOB]: async () => {
          runs++;
          return 'finished after the crash';
        },
      },
      { leaseMs },
      systemClock,
    );
    assert.ok(
      orphaned.lockedUntil.getTime() - Date.now() <= leaseMs,
      'the lease left is at most one lease, whatever the job has run',
    );
    assert.equal(await survivor.runDue(), 0, 'not taken while the lease lasts');
    let claimedAt = 0;
    await waitUntil(
      'the survivor takes the job',
      async () => {
        const now = Date.now();
        if ((await survivor.runDue()) === 0) return false;
        claimedAt = now;
        return true;
      },
      leaseMs + 10_000,
    );
    assert.ok(claimedAt >= orphaned.lockedUntil.getTime() - 20, 'claimed only once the lease ran out');
    const done = await jobRow(job.id);
    assert.equal(runs, 1);
    assert.equal(done.status, 'done');
    assert.equal(done.attempts, 2);
    assert.equal(done.result, 'finished after the crash');
    assert.equal(done.lockedBy, null);
  });
});

describe('scheduling', () => {
  test('a slow job does not hold up the jobs behind it', async () => {
    const slow = gate<string>();
    let fast = 0;
    const r = runner(
      {
        'test.slow': () => slow.promise,
        'test.fast': async () => void fast++,
      },
      { concurrency: 2, pollIntervalMs: 10 },
    );
    await enqueue({ kind: 'test.slow', payload: {} });
    for (let i = 0; i < 4; i++) await enqueue({ kind: 'test.fast', payload: {} });
    r.start();
    try {
      await waitUntil('the fast jobs are done while the slow one runs', () => fast === 4);
    } finally {
      slow.open('done');
      await r.stop();
    }
  });

  test('moving a job with a dedupe key while it runs keeps the move', async () => {
    const started = gate();
    const first = gate<string>();
    let runs = 0;
    const r = runner({
      'test.remind': async () => {
        runs++;
        if (runs > 1) return 'second';
        started.open();
        return first.promise;
      },
    });
    await enqueue({ kind: 'test.remind', payload: {}, dedupeKey: 'remind:moved' });
    const running = r.runDue();
    await started.promise;
    const movedTo = new Date(t.clock.now().getTime() + 3600_000);
    await transaction(db, (tx) =>
      enqueueJob(tx, {
        orgId: t.org.id,
        kind: 'test.remind',
        payload: { moved: true },
        runAt: movedTo,
        dedupeKey: 'remind:moved',
      }),
    );
    first.open('first');
    await running;
    const live = await db
      .select()
      .from(jobs)
      .where(and(eq(jobs.dedupeKey, 'remind:moved'), eq(jobs.status, 'pending')));
    assert.equal(live.length, 1, 'the moved job is still to come');
    assert.equal(live[0]!.runAt.getTime(), movedTo.getTime());
  });
});

describe('jobs in order (an order key)', () => {
  test('run one at a time in the order queued, without holding up jobs of other keys', async () => {
    const first = gate<string>();
    const started: string[] = [];
    const r = runner(
      {
        'test.ordered': async (job) => {
          const { name } = job.payload as { name: string };
          started.push(name);
          return name === 'a1' ? first.promise : name;
        },
      },
      { concurrency: 4, pollIntervalMs: 10 },
    );
    // Queued together, in one transaction: the key's later jobs are due as soon as its first.
    await transaction(db, async (tx) => {
      for (const [name, orderKey] of [
        ['a1', 'key:a'],
        ['a2', 'key:a'],
        ['b1', 'key:b'],
        ['a3', 'key:a'],
        ['free', undefined],
      ] as const) {
        await enqueueJob(tx, { orgId: t.org.id, kind: 'test.ordered', payload: { name }, orderKey });
      }
    });
    r.start();
    try {
      await waitUntil(
        'the other key and the unkeyed job ran',
        () => started.includes('b1') && started.includes('free'),
      );
      // Two more runDue rounds' worth of polls: a2 still waits for a1, though the runner has room.
      await new Promise((resolve) => setTimeout(resolve, 100));
      assert.deepEqual(
        started.filter((name) => name.startsWith('a')),
        ['a1'],
        'a2 and a3 wait while a1 runs',
      );
      first.open('a1 done');
      await waitUntil('every job ran', () => started.length === 5);
    } finally {
      first.open('a1 done');
      await r.stop();
    }
    assert.deepEqual(
      started.filter((name) => name.startsWith('a')),
      ['a1', 'a2', 'a3'],
    );
  });

  test('a failing job holds back the later ones of its key until it is done; a dead one lets them go', async () => {
    let failures = 2;
    const ran: string[] = [];
    const r = runner({
      'test.ordered': async (job) => {
        const { name } = job.payload as { name: string };
        ran.push(name);
        if (name === 'flaky' && failures-- > 0) throw new Error('SMTP away');
        if (name === 'doomed') throw new PermanentJobError('no such mailbox');
        return name;
      },
    });
    await enqueue({ kind: 'test.ordered', payload: { name: 'flaky' }, orderKey: 'key:c' });
    await enqueue({ kind: 'test.ordered', payload: { name: 'after-flaky' }, orderKey: 'key:c' });
    await enqueue({ kind: 'test.ordered', payload: { name: 'doomed' }, orderKey: 'key:d' });
    await enqueue({ kind: 'test.ordered', payload: { name: 'after-doomed' }, orderKey: 'key:d' });
    await drain(r);
    // The first of each key runs in the first round (in either order), the dead one's follower after it.
    assert.deepEqual([...ran.slice(0, 2)].sort(), ['doomed', 'flaky']);
    assert.deepEqual(ran.slice(2), ['after-doomed'], 'the dead job released its key at once');
    for (let round = 0; round < 2; round++) {
      const [waiting] = await db
        .select()
        .from(jobs)
        .where(and(eq(jobs.orderKey, 'key:c'), eq(jobs.status, 'pending')))
        .orderBy(asc(jobs.id));
      assert.ok(waiting, 'the failed job waits for its retry');
      advancePast(waiting);
      await drain(r);
    }
    assert.deepEqual(ran.slice(3), ['flaky', 'flaky', 'after-flaky'], 'after-flaky waited for both retries');
  });

  test('a dead job a later one of its key has overtaken is not retried; one still ahead of its key is, and goes first', async () => {
    let broken = true;
    const ran: string[] = [];
    const r = runner({
      'test.ordered': async (job) => {
        const { name } = job.payload as { name: string };
        ran.push(name);
        if (broken && name.endsWith('-first')) throw new PermanentJobError('mailbox full');
        return name;
      },
    });
    const overtaken = await enqueue({ kind: 'test.ordered', payload: { name: 'e-first' }, orderKey: 'key:e' });
    await enqueue({ kind: 'test.ordered', payload: { name: 'e-later' }, orderKey: 'key:e' });
    await drain(r);
    assert.deepEqual(ran, ['e-first', 'e-later'], 'the dead job let the later one go');

    const admin = await t.admin();
    const listed = await admin.get('/api/v1/jobs?status=dead');
    assert.equal(listed.status, 200, JSON.stringify(listed.body));
    assert.equal(
      listed.body.jobs.find((job: { id: number }) => job.id === overtaken.id)?.overtaken,
      true,
      'the list says which dead job is overtaken, so the dashboard offers no retry',
    );
    const refused = await admin.post(`/api/v1/jobs/${overtaken.id}/retry`);
    assert.equal(refused.status, 409, JSON.stringify(refused.body));
    assert.equal(refused.body.error.code, 'job_overtaken');
    assert.equal((await jobRow(overtaken.id)).status, 'dead', 'the refused retry changed nothing');
    assert.deepEqual(
      (await retryDeadJobs(db, t.org.id)).filter((job) => job.id === overtaken.id),
      [],
      "the operator's retry of every dead job leaves it too",
    );
    assert.equal((await jobRow(overtaken.id)).status, 'dead');

    // A later job that has not run yet (its key's first went dead first) lets the first be retried,
    // and waits for it again.
    const ahead = await enqueue({ kind: 'test.ordered', payload: { name: 'f-first' }, orderKey: 'key:f' });
    await drain(r);
    await enqueue({ kind: 'test.ordered', payload: { name: 'f-later' }, orderKey: 'key:f' });
    const stillAhead = (await admin.get('/api/v1/jobs?status=dead')).body.jobs.find(
      (job: { id: number }) => job.id === ahead.id,
    );
    assert.equal(stillAhead?.overtaken, false, 'a later job still waiting does not overtake it');
    broken = false;
    const retried = await admin.post(`/api/v1/jobs/${ahead.id}/retry`);
    assert.equal(retried.status, 200, JSON.stringify(retried.body));
    ran.length = 0;
    await drain(r);
    assert.deepEqual(ran, ['f-first', 'f-later'], 'the retried job went before the later one of its key');
  });

  test('an admin dismisses a dead job: it leaves the failed list unsent, audited, and is pruned later', async () => {
    let runs = 0;
    const r = runner({
      'test.dismissed': async () => {
        runs++;
        throw new PermanentJobError('address does not exist');
      },
    });
    const job = await enqueue({ kind: 'test.dismissed', payload: {} });
    const pending = await enqueue({
      kind: 'test.waiting',
      payload: {},
      runAt: new Date(t.clock.now().getTime() + 3600_000),
    });
    await drain(r);
    assert.equal((await jobRow(job.id)).status, 'dead');

    const customer = t.client();
    await customer.signUp('not-an-admin-either@example.test', 'Nosy');
    const forbidden = await customer.post(`/api/v1/jobs/${job.id}/dismiss`);
    assert.equal(forbidden.status, 403);
    assert.equal((await jobRow(job.id)).status, 'dead', 'a refused dismiss changes nothing');

    const admin = await t.admin();
    const dismissed = await admin.post(`/api/v1/jobs/${job.id}/dismiss`);
    assert.equal(dismissed.status, 200, JSON.stringify(dismissed.body));
    assert.equal(dismissed.body.status, 'cancelled');
    const failed = (await admin.get('/api/v1/jobs?status=dead')).body.jobs as { id: number }[];
    assert.ok(!failed.some((listed) => listed.id === job.id), 'no longer among the failed');
    assert.equal(
      (await admin.get('/api/v1/jobs?status=cancelled')).body.jobs.some(
        (listed: { id: number }) => listed.id === job.id,
      ),
      true,
    );
    const audit = await admin.get(`/api/v1/audit-log?entityType=organisation&entityId=${t.org.id}`);
    const entry = audit.body.entries.find(
      (e: { action: string; after: { jobId?: number } }) => e.action === 'job.dismissed' && e.after.jobId === job.id,
    );
    assert.ok(entry, 'the dismissal is in the audit log');
    const waiting = await admin.post(`/api/v1/jobs/${pending.id}/dismiss`);
    assert.equal(waiting.status, 404, 'a job still waiting is not dismissed');
    assert.equal((await jobRow(pending.id)).status, 'pending');
    t.clock.advance(24 * 3600_000);
    await drain(r);
    assert.equal(runs, 1, 'a dismissed job does not run');
    assert.equal((await jobRow(job.id)).status, 'cancelled');

    const again = await admin.post(`/api/v1/jobs/${job.id}/dismiss`);
    assert.equal(again.status, 404, 'only a failed job is dismissed');
    assert.equal(again.body.error.code, 'job_not_dismissible');
    assert.equal((await admin.post('/api/v1/jobs/not-a-number/dismiss')).status, 400);

    await pruneFinishedJobs(db, new Date(Date.now() + 31 * 24 * 3600_000));
    assert.deepEqual(await db.select().from(jobs).where(eq(jobs.id, job.id)), [], 'pruned with the finished jobs');
  });
});

describe('two runners', () => {
  test('1,000 jobs on a server (300 embedded): each completed exactly once', async (ctx) => {
    // The embedded database serialises both runners on its one connection: fewer jobs prove the same
    // there, and keep the file inside its time limit on a loaded machine.
    const JOBS = t.database.kind === 'postgres' ? 1_000 : 300;
    const url = (t.database as Database & { url?: string }).url;
    // On a server each runner gets its own pool, as two processes would; the embedded database
    // has one connection, which both share.
    const pools: Database[] = [];
    if (t.database.kind === 'postgres') {
      assert.ok(url);
      for (let i = 0; i < 2; i++) pools.push(await openDatabase({ kind: 'postgres', url, poolMax: 4 }));
    }
    try {
      const executions = new Map<number, string[]>();
      const handler: JobHandler = async (job) => {
        executions.set(job.id, [...(executions.get(job.id) ?? []), job.lockedBy ?? '?']);
        await new Promise((resolve) => setTimeout(resolve, 1));
      };
      for (let batch = 0; batch < JOBS / 100; batch++) {
        await transaction(db, async (tx) => {
          for (let i = 0; i < 100; i++)
            await enqueueJob(tx, { orgId: t.org.id, kind: 'test.count', payload: { n: batch * 100 + i } });
        });
      }
      const runners = [0, 1].map((i) =>
        runner({ 'test.count': handler }, { concurrency: 8, pollIntervalMs: 10 }, t.clock, pools[i]?.db ?? db),
      );
      const countDone = async () =>
        Number((await db.select({ n: sql<number>`count(*)` }).from(jobs).where(eq(jobs.status, 'done')))[0]?.n);
      try {
        for (const r of runners) r.start();
        // A loaded machine runs them slowly: fail only when the runners stop making progress.
        let done = 0;
        let progressAt = Date.now();
        await waitUntil(
          'all jobs are done (no job finished for 30 s)',
          async () => {
            const now = await countDone();
            if (now !== done) [done, progressAt] = [now, Date.now()];
            else if (Date.now() - progressAt > 30_000) throw new Error(`stuck at ${done} of ${JOBS} jobs done`);
            return now === JOBS;
          },
          Number.POSITIVE_INFINITY,
        );
      } finally {
        await Promise.all(runners.map((r) => r.stop()));
      }

      const rows = await db.select().from(jobs).where(eq(jobs.kind, 'test.count')).orderBy(asc(jobs.id));
      assert.equal(rows.length, JOBS);
      assert.ok(
        rows.every((row) => row.status === 'done' && row.attempts === 1),
        'every job done on its first attempt',
      );
      const twice = [...executions].filter(([, by]) => by.length !== 1);
      assert.deepEqual(twice, [], 'no job ran twice');
      assert.deepEqual(
        rows.map((row) => executions.get(row.id)?.length),
        rows.map(() => 1),
      );
      const share = runners.map((r) => [...executions.values()].filter((by) => by[0] === r.id).length);
      ctx.diagnostic(`jobs per runner: ${share.join(' + ')}`);
      assert.equal(share[0]! + share[1]!, JOBS);
      if (t.database.kind === 'postgres')
        assert.ok(
          share.every((n) => n > 0),
          `both runners did some of the work: ${share}`,
        );
    } finally {
      for (const pool of pools) await pool.close();
    }
  });
});

describe('mail jobs re-read state', () => {
  async function newClass() {
    const admin = await t.admin();
    const response = await admin.post('/api/v1/classes', classInput({}, t.clock.now()));
    assert.equal(response.status, 201, JSON.stringify(response.body));
    return response.body as { id: string; startsAt: string };
  }

  async function jobFor(kind: string, bookingId: string): Promise<JobRow> {
    const [row] = await db
      .select()
      .from(jobs)
      .where(and(eq(jobs.kind, kind), sql`${jobs.payload}->>'bookingId' = ${bookingId}`));
    assert.ok(row, `a ${kind} job for booking ${bookingId}`);
    return row;
  }

  test('the reminder of a cancelled booking is not sent', async () => {
    const cls = await newClass();
    const anon = t.client();
    const booked = await anon.post('/api/v1/bookings', { classId: cls.id, guest: guest('reminder-cancelled') });
    assert.equal(booked.status, 201, JSON.stringify(booked.body));
    const bookingId = booked.body.booking.id as string;
    const reminder = await jobFor(mailJobs.reminder, bookingId);
    assert.equal(reminder.status, 'pending');
    assert.equal(reminder.runAt.getTime(), new Date(cls.startsAt).getTime() - 24 * 3600_000, 'a day before the class');
    assert.equal(await t.runJobs(), 1, 'the confirmation is sent; the reminder waits');
    const confirmation = await jobFor(mailJobs.bookingConfirmed, bookingId);
    assert.equal(mailsFor(confirmation.id).length, 1, 'the confirmation is sent');
    assert.equal((await jobRow(reminder.id)).status, 'pending', 'the reminder waits');

    const cancelled = await anon.post(`/api/v1/manage/${booked.body.manageToken}/cancel`, {});
    assert.equal(cancelled.status, 200);
    assert.equal((await jobRow(reminder.id)).status, 'cancelled', 'the cancellation drops the reminder');

    advancePast(reminder);
    assert.ok(t.clock.now() < new Date(cls.startsAt), 'the class is still ahead');
    assert.equal(await t.runJobs(), 1, 'the cancellation mail only');
    const cancellation = await jobFor(mailJobs.bookingCancelled, bookingId);
    assert.equal(mailsFor(cancellation.id).length, 1);
    assert.equal(mailsFor(reminder.id).length, 0, 'no reminder mail');
    assert.equal((await jobRow(reminder.id)).status, 'cancelled');

    // Even when the reminder runs after all (an admin retries it, or it was claimed just before
    // the cancellation committed), the handler re-reads the booking and sends nothing.
    const admin = await t.admin();
    assert.equal((await admin.post(`/api/v1/jobs/${reminder.id}/retry`)).status, 200);
    assert.equal(await t.runJobs(), 1);
    const skipped = await jobRow(reminder.id);
    assert.equal(skipped.status, 'done');
    assert.match(skipped.result ?? '', /^skipped/);
    assert.equal(mailsFor(reminder.id).length, 0, 'still no reminder mail');
    assert.equal(
      smtp.to('guestreminder-cancelled@example.test').length,
      2,
      'the confirmation and the cancellation only',
    );
  });

  test('a mail job run again after a crash that followed the send does not send the mail twice', async () => {
    const cls = await newClass();
    const booked = await t.client().post('/api/v1/bookings', { classId: cls.id, guest: guest('crash-after-send') });
    assert.equal(booked.status, 201, JSON.stringify(booked.body));
    const confirmation = await jobFor(mailJobs.bookingConfirmed, booked.body.booking.id);
    await t.runJobs();
    assert.equal(mailsFor(confirmation.id).length, 1, 'sent once');

    // What a process killed between the SMTP server's answer and recording the job leaves behind:
    // the job still running under a runner that is gone, its lease about to run out.
    await db
      .update(jobs)
      .set({ status: 'running', lockedBy: 'a-dead-runner', lockedUntil: t.clock.now(), result: null })
      .where(eq(jobs.id, confirmation.id));
    t.clock.advance(1);
    assert.equal(await t.runJobs(), 1, 'another runner takes the job once the lease ran out');
    const row = await jobRow(confirmation.id);
    assert.equal(row.status, 'done');
    assert.equal(row.attempts, 2);
    assert.equal(mailsFor(confirmation.id).length, 1, 'the guest still has one confirmation');
  });

  test('SMTP down for a while: bookings go through at once, and each confirmation arrives exactly once', async () => {
    const cls = await newClass();
    const port = smtp.port;
    const receivedBefore = smtp.received.length;
    await smtp.stop();
    try {
      const bookingIds: string[] = [];
      for (const n of [1, 2, 3]) {
        const booked = await t.client().post('/api/v1/bookings', { classId: cls.id, guest: guest(`outage${n}`) });
        assert.equal(booked.status, 201, JSON.stringify(booked.body));
        bookingIds.push(booked.body.booking.id);
      }
      const confirmations = await Promise.all(bookingIds.map((id) => jobFor(mailJobs.bookingConfirmed, id)));
      // The booking did not wait for the mail: it was left to the outbox, not tried while answering.
      for (const job of confirmations) assert.equal((await jobRow(job.id)).attempts, 0);

      for (let round = 1; round <= 2; round++) {
        assert.equal(await t.runJobs(), 3, `round ${round}: the three confirmations are tried`);
        for (const job of confirmations) {
          const row = await jobRow(job.id);
          assert.equal(row.status, 'pending', 'rescheduled, not dead');
          assert.equal(row.attempts, round);
          assert.match(row.lastError ?? '', /ECONNREFUSED|connect/i);
          assert.ok(row.runAt > t.clock.now(), 'retried later');
        }
        t.clock.advance(10_000);
      }
      assert.equal(smtp.received.length, receivedBefore, 'nothing was delivered');
    } finally {
      await smtp.start();
    }
    assert.equal(smtp.port, port, 'the server is back on the same port');

    const confirmations = await db
      .select()
      .from(jobs)
      .where(eq(jobs.kind, mailJobs.bookingConfirmed))
      .orderBy(asc(jobs.id));
    assert.equal(confirmations.length, 3);
    await waitUntil('every confirmation is sent', async () => {
      await t.runJobs();
      const rows = await Promise.all(confirmations.map((job) => jobRow(job.id)));
      if (rows.every((row) => row.status === 'done')) return true;
      t.clock.advance(10_000);
      return false;
    });
    for (const job of confirmations) {
      const row = await jobRow(job.id);
      assert.equal(row.attempts, 3);
      assert.equal(row.result, 'sent');
      assert.equal(mailsFor(job.id).length, 1, `the confirmation of job ${job.id} arrived exactly once`);
    }
    for (const n of [1, 2, 3]) {
      const mails = smtp.to(`guestoutage${n}@example.test`);
      assert.equal(mails.length, 1, `guest ${n} got one mail`);
      assert.ok(
        mails[0]!.attachments.some((a) => a.filename.endsWith('.ics')),
        'with its calendar attachment',
      );
    }
  });
});
