// Fault test: the real server process (src/main.ts) on a PostgreSQL server that this file owns,
// restarted under booking load and stopped under a running job. The process must not exit; every
// request answers 201/409 or 503 database_unavailable, never 500 and never a hang; bookings
// succeed again by themselves once the server is back; nothing is overbooked or lost.
import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs/promises';
import http from 'node:http';
import type net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { testDbKind } from '../support/database.ts';
import { TestSmtpServer } from '../support/smtp.ts';
import {
  PG_BIN,
  type ThrowawayPostgres,
  canStartPostgres,
  freePort,
  startThrowawayPostgres,
} from '../support/throwaway-postgres.mjs';
import type { Json } from '../support/json.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const ADMIN = { email: 'admin@example.test', password: 'admin-password-1' };
/** A bound against hangs, far above the few seconds an outage answer may take. */
const REQUEST_LIMIT_MS = 15_000;

const skip =
  testDbKind() !== 'postgres'
    ? 'restarts a PostgreSQL server of its own: runs in the PostgreSQL server run of npm test'
    : !canStartPostgres() && process.env.CI !== 'true'
      ? `no PostgreSQL binaries in ${PG_BIN} to start a server of its own (CI has them and never skips this)`
      : false;

interface Answer {
  status: number;
  body: Json;
}

let server: ThrowawayPostgres;
let smtp: TestSmtpServer;
let child: ChildProcess;
let baseUrl: string;
let dataDir: string;
const logs: Record<string, Json>[] = [];
let exited: { code: number | null; signal: string | null } | null = null;
let cookie = '';
let csrf = '';

async function call(method: string, url: string, body?: unknown, signed = false): Promise<Answer> {
  const response = await fetch(`${baseUrl}${url}`, {
    method,
    headers: {
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      ...(signed ? { cookie, 'x-csrf-token': csrf } : {}),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    signal: AbortSignal.timeout(REQUEST_LIMIT_MS),
  });
  const text = await response.text();
  if (response.headers.get('set-cookie')) cookie = response.headers.get('set-cookie')!.split(';')[0]!;
  return { status: response.status, body: text ? JSON.parse(text) : undefined };
}

async function waitUntil(what: string, predicate: () => Promise<boolean> | boolean, timeoutMs = 60_000) {
  const until = Date.now() + timeoutMs;
  while (!(await predicate())) {
    if (exited) throw new Error(`the server exited (${JSON.stringify(exited)}) while waiting until ${what}`);
    if (Date.now() > until) throw new Error(`timed out waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function query<Row>(text: string, params: unknown[] = []): Promise<Row[]> {
  const client = new pg.Client({ connectionString: server.url });
  await client.connect();
  try {
    return (await client.query(text, params)).rows as Row[];
  } finally {
    await client.end();
  }
}

function assertAlive() {
  assert.equal(exited, null, `the server process exited: ${JSON.stringify(exited)}`);
}

const uncaught = () => logs.filter((line) => /unhandled|uncaught/i.test(String(line.msg)));

async function newClass(maxSpots: number): Promise<string> {
  const start = new Date(Date.now() + 7 * 24 * 3600_000);
  start.setUTCMinutes(0, 0, 0);
  const created = await call(
    'POST',
    '/api/v1/classes',
    {
      title: 'Restart drill',
      startsAt: start.toISOString(),
      endsAt: new Date(start.getTime() + 3600_000).toISOString(),
      maxSpots,
      price: { amount: 15000 },
    },
    true,
  );
  assert.equal(created.status, 201, JSON.stringify(created.body));
  return created.body.id;
}

describe('the server survives a PostgreSQL restart', { skip }, () => {
  before(async () => {
    server = await startThrowawayPostgres({ maxConnections: 100 });
    smtp = await new TestSmtpServer().start();
    dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'slotwise-restart-'));
    const port = await freePort();
    baseUrl = `http://127.0.0.1:${port}`;
    child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      cwd: root,
      env: {
        ...process.env,
        NODE_ENV: 'production',
        DATABASE_URL: server.url,
        DATABASE_POOL_MAX: '10',
        PORT: String(port),
        HOST: '127.0.0.1',
        DATA_DIR: dataDir,
        DEMO_DATA: 'false',
        ADMIN_EMAIL: ADMIN.email,
        ADMIN_PASSWORD: ADMIN.password,
        SMTP_URL: smtp.url,
        LOG_LEVEL: 'info',
        JOBS_IN_PROCESS: 'true',
        WEBHOOKS_ALLOW_PRIVATE_NETWORKS: 'true',
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    child.once('exit', (code, signal) => (exited = { code, signal }));
    let pending = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      pending += chunk.toString('utf8');
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) if (line.startsWith('{')) logs.push(JSON.parse(line));
    });
    await waitUntil('the server answers', async () => {
      try {
        return (await fetch(`${baseUrl}/api/health`)).ok;
      } catch {
        return false;
      }
    });
    const signedIn = await call('POST', '/api/v1/auth/sign-in', ADMIN);
    assert.equal(signedIn.status, 200, JSON.stringify(signedIn.body));
    csrf = signedIn.body.csrfToken;
  });

  after(async () => {
    if (child && !exited) {
      const gone = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await gone;
    }
    await smtp?.stop();
    await server?.remove();
    if (dataDir) await fs.rm(dataDir, { recursive: true, force: true });
  });

  test('restarted under booking load: no 500, no exit, bookings resume by themselves, none lost, none overbooked', async () => {
    const maxSpots = 300;
    const classId = await newClass(maxSpots);
    const statuses = new Map<string, number>();
    const acknowledged: string[] = [];
    let guestNo = 0;
    let restarted = false;
    let bookedAfterRestart = 0;
    let stop = false;

    let failure: unknown;
    const worker = async () => {
      try {
        await book();
      } catch (error) {
        failure ??= error;
        stop = true;
      }
    };
    const book = async () => {
      while (!stop) {
        const n = guestNo++;
        const answer = await call('POST', '/api/v1/bookings', {
          classId,
          guest: { name: `Guest ${n}`, email: `restart${n}@example.test` },
        });
        const key = `${answer.status} ${answer.body?.error?.code ?? ''}`.trim();
        statuses.set(key, (statuses.get(key) ?? 0) + 1);
        if (answer.status === 201) {
          acknowledged.push(answer.body.booking.id);
          if (restarted) bookedAfterRestart++;
        } else if (answer.status === 503) {
          assert.equal(answer.body.error.code, 'database_unavailable', JSON.stringify(answer.body));
          // A client retries a little later, as a browser would.
          await new Promise((resolve) => setTimeout(resolve, 20));
        } else {
          assert.equal(answer.status, 409, `unexpected answer ${JSON.stringify(answer)}`);
          assert.equal(answer.body.error.code, 'capacity_full');
          stop = true;
        }
      }
    };

    const workers = Array.from({ length: 8 }, () => worker());
    try {
      await waitUntil('some bookings are in', () => acknowledged.length >= 20 || stop);
      await server.restart();
      restarted = true;
      await waitUntil('bookings succeed again after the restart', () => bookedAfterRestart >= 20 || stop);
    } finally {
      stop = true;
      await Promise.all(workers);
    }
    if (failure) throw failure;
    assertAlive();
    assert.equal(statuses.get('500 internal_error') ?? 0, 0, `answers: ${JSON.stringify([...statuses])}`);

    const [cls] = await query<{ spots_taken: number; max_spots: number }>(
      'SELECT spots_taken, max_spots FROM classes WHERE id = $1',
      [classId],
    );
    const booked = await query<{ id: string }>(
      "SELECT id FROM bookings WHERE class_id = $1 AND status IN ('confirmed', 'pending')",
      [classId],
    );
    assert.ok(booked.length <= maxSpots, `${booked.length} bookings for ${maxSpots} spots`);
    assert.equal(cls!.spots_taken, booked.length, 'the spot count matches the bookings');
    const inDatabase = new Set(booked.map((row) => row.id));
    const lost = acknowledged.filter((id) => !inDatabase.has(id));
    assert.deepEqual(lost, [], 'every acknowledged booking is in the database');
    assert.deepEqual(uncaught(), [], 'nothing went uncaught');
  });

  test('a job that finishes while the database is down is recorded once it is back; requests meanwhile get 503', async () => {
    // A webhook receiver that holds the first delivery until the database is down.
    const deliveries: string[] = [];
    let releaseFirst!: () => void;
    const firstHeld = new Promise<void>((resolve) => (releaseFirst = resolve));
    let firstArrived!: () => void;
    const arrived = new Promise<void>((resolve) => (firstArrived = resolve));
    const receiver = http.createServer((request, response) => {
      request.resume();
      const eventId = String(request.headers['slotwise-event-id']);
      deliveries.push(eventId);
      if (deliveries.length === 1) {
        firstArrived();
        void firstHeld.then(() => response.end('ok'));
      } else {
        response.end('ok');
      }
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    try {
      // The mails of the first test are sent first, so that the runner has free hands to claim
      // with (and to find the database gone) during the outage below.
      await waitUntil('no job is due or running', async () => {
        const [row] = await query<{ n: number }>(
          "SELECT count(*)::int AS n FROM jobs WHERE status = 'running' OR (status = 'pending' AND run_at <= now())",
        );
        return row!.n === 0;
      });
      const receiverUrl = `http://127.0.0.1:${(receiver.address() as net.AddressInfo).port}/hook`;
      const endpoint = await call('POST', '/api/v1/webhooks', { url: receiverUrl, events: ['booking.created'] }, true);
      assert.equal(endpoint.status, 201, JSON.stringify(endpoint.body));
      const classId = await newClass(10);
      const booked = await call('POST', '/api/v1/bookings', {
        classId,
        guest: { name: 'Hook', email: 'hook@example.test' },
      });
      assert.equal(booked.status, 201, JSON.stringify(booked.body));
      await arrived;

      // Counted before the stop: the runner may find the database gone (and say so) while it stops.
      const logsBefore = logs.length;
      await server.stop();
      releaseFirst();
      // The delivery is done; recording it fails until the database is back.
      await waitUntil('the runner fails to record the delivery', () =>
        logs.slice(logsBefore).some((line) => /recording a job outcome failed/.test(String(line.msg))),
      );
      for (const url of ['/api/v1/classes', '/api/health']) {
        const answer = await call('GET', url);
        assert.equal(answer.status, 503, `${url} during the outage: ${JSON.stringify(answer)}`);
      }
      for (let n = 0; n < 5; n++) {
        const answer = await call('POST', '/api/v1/bookings', {
          classId,
          guest: { name: `Outage ${n}`, email: `outage${n}@example.test` },
        });
        assert.equal(answer.status, 503, JSON.stringify(answer));
        assert.equal(answer.body.error.code, 'database_unavailable');
      }
      await waitUntil(
        'the job runner pauses',
        () => logs.slice(logsBefore).some((line) => /job runner paused/.test(String(line.msg))),
        30_000,
      ).catch((error: unknown) => {
        console.log(JSON.stringify(logs.slice(logsBefore), null, 1));
        throw error;
      });
      assertAlive();

      await server.start();
      await waitUntil('a booking succeeds again', async () => {
        const answer = await call('POST', '/api/v1/bookings', {
          classId,
          guest: { name: 'Back', email: 'back@example.test' },
        });
        return answer.status === 201;
      });
      await waitUntil('the job runner resumes', () =>
        logs.slice(logsBefore).some((line) => /job runner resumed/.test(String(line.msg))),
      );
      await waitUntil('the delivery job is recorded as done', async () => {
        const rows = await query<{ status: string }>("SELECT status FROM jobs WHERE kind = 'webhook.deliver'");
        return rows.length > 0 && rows.every((row) => row.status === 'done');
      });
      // Webhooks are at least once: the handler could not record the first answer either, so the
      // retry may deliver the event again, under the same Slotwise-Event-Id for the receiver to drop.
      assert.ok(deliveries.length >= 2, 'the held delivery and the one for the booking after the outage');
      assert.notEqual(deliveries[0], 'undefined', 'deliveries carry an event id');
      assertAlive();
      assert.deepEqual(uncaught(), [], 'nothing went uncaught');
    } finally {
      releaseFirst();
      await new Promise((resolve) => receiver.close(resolve));
    }
  });
});

describe('a server started before its PostgreSQL server', { skip }, () => {
  test('waits for the database, logs that it waits, and serves once it is up', async () => {
    const late = await startThrowawayPostgres({ maxConnections: 50 });
    await late.stop();
    const lateDir = await fs.mkdtemp(path.join(os.tmpdir(), 'slotwise-late-'));
    const port = await freePort();
    const lines: string[] = [];
    let ended: number | null | undefined;
    const early = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      cwd: root,
      env: {
        ...process.env,
        NODE_ENV: 'production',
        DATABASE_URL: late.url,
        PORT: String(port),
        HOST: '127.0.0.1',
        DATA_DIR: lateDir,
        DEMO_DATA: 'false',
        ADMIN_EMAIL: ADMIN.email,
        ADMIN_PASSWORD: ADMIN.password,
        LOG_LEVEL: 'info',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    early.once('exit', (code) => (ended = code));
    early.stdout!.on('data', (chunk: Buffer) => lines.push(chunk.toString('utf8')));
    early.stderr!.on('data', (chunk: Buffer) => lines.push(chunk.toString('utf8')));
    try {
      const until = Date.now() + 30_000;
      while (!lines.join('').includes('waiting for the database server')) {
        assert.equal(ended, undefined, `the server exited instead of waiting: ${lines.join('')}`);
        assert.ok(Date.now() < until, `no word of waiting: ${lines.join('')}`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      await late.start();
      const ready = Date.now() + 60_000;
      for (;;) {
        assert.equal(ended, undefined, `the server exited: ${lines.join('')}`);
        const answer = await fetch(`http://127.0.0.1:${port}/api/health/ready`).catch(() => null);
        if (answer?.ok) break;
        assert.ok(Date.now() < ready, `never ready: ${lines.join('')}`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      const classes = await fetch(`http://127.0.0.1:${port}/api/v1/classes`);
      assert.equal(classes.status, 200, 'migrated and serving');
    } finally {
      if (ended === undefined) {
        early.kill('SIGTERM');
        await new Promise((resolve) => early.once('exit', resolve));
      }
      await late.remove();
      await fs.rm(lateDir, { recursive: true, force: true });
    }
  });
});
