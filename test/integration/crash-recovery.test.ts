// Fault test: the real server process (src/main.ts) on the embedded database (PGlite) in a
// DATA_DIR of its own, killed with SIGKILL in the middle of a booking rush and started again on the
// same directory. The killed process's lock is taken over; every booking answered 201 before the kill
// is there and confirmed; nothing is overbooked; the integrity report is empty; and the class fills
// to exactly its capacity afterwards, the next booking refused with 409 capacity_full, never a 5xx.
// A PostgreSQL server keeps its data outside the app process: this file is for the embedded database.
import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { ADMIN, classInput, guest } from '../support/app.ts';
import { testDbKind } from '../support/database.ts';
import type { Json } from '../support/json.ts';
import { freePort } from '../support/throwaway-postgres.mjs';

const skip =
  testDbKind() === 'postgres' ? 'kills the process that holds the embedded database (PGlite): embedded only' : false;

const root = fileURLToPath(new URL('../../', import.meta.url));
const CAPACITY = 40;
const RUSH = 150;
const CLIENTS = 20;
/** The kill comes as the reply that makes this many acknowledged bookings arrives. */
const KILL_AFTER = 12;
/** A bound against hangs: far above what one booking takes. */
const REQUEST_LIMIT_MS = 15_000;
/**
 * Bounds against a start that hangs, not timings: alone the whole file takes about 15 s, but a first
 * start (initdb and every migration) on two busy cores beside other test files has taken 30 s.
 */
const START_LIMIT_MS = 60_000;
const FILE_LIMIT_MS = 150_000;

interface Server {
  process: ChildProcess;
  output: string;
  exit: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

interface Answer {
  status: number;
  body: Json;
}

let base: string;
let dataDir: string;
let lockPath: string;
let port: number;
const servers: Server[] = [];
let cookie = '';
let csrf = '';

/** Starts src/main.ts on DATA_DIR and the port, and resolves once it listens. */
async function startServer(): Promise<Server> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    PORT: String(port),
    DATA_DIR: dataDir,
    DEMO_DATA: 'false',
    ADMIN_EMAIL: ADMIN.email,
    ADMIN_PASSWORD: ADMIN.password,
    SECRET_KEY: 'a-crash-recovery-secret-key-of-at-least-32-characters',
    LOG_LEVEL: 'info',
    JOBS_IN_PROCESS: 'true',
    PUBLIC_READ_CACHE_MS: '0',
  };
  delete env.DATABASE_URL;
  // node itself runs the server (tsx as a loader, not a wrapper process), so the SIGKILL reaches it.
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: root,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const server: Server = {
    process: child,
    output: '',
    exit: new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal }))),
  };
  servers.push(server);
  const collect = (chunk: Buffer) => {
    server.output += chunk.toString('utf8');
  };
  child.stdout!.on('data', collect);
  child.stderr!.on('data', collect);
  const until = Date.now() + START_LIMIT_MS;
  while (!/Listening on:\s+http:\/\/127\.0\.0\.1:\d+/.test(server.output)) {
    if (child.exitCode !== null || child.signalCode !== null)
      throw new Error(
        `the server exited (${child.exitCode ?? child.signalCode}) before it listened:\n${server.output}`,
      );
    if (Date.now() > until) throw new Error(`the server did not listen within ${START_LIMIT_MS} ms:\n${server.output}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return server;
}

/** One request on a connection of its own (none kept across the kill), as the admin when `signed`. */
function call(method: string, url: string, body?: unknown, signed = false): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const payload = body === undefined ? undefined : JSON.stringify(body);
    const request = http.request(
      {
        host: '127.0.0.1',
        port,
        method,
        path: url,
        agent: false,
        timeout: REQUEST_LIMIT_MS,
        headers: {
          ...(payload === undefined
            ? {}
            : { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) }),
          ...(signed ? { cookie, 'x-csrf-token': csrf } : {}),
        },
      },
      (response) => {
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (text += chunk));
        response.once('error', reject);
        response.once('end', () => {
          const setCookie = response.headers['set-cookie']?.find((line) => line.startsWith('slotwise_session='));
          if (setCookie) cookie = setCookie.split(';')[0]!;
          try {
            resolve({ status: response.statusCode ?? 0, body: text ? JSON.parse(text) : undefined });
          } catch {
            reject(new Error(`not JSON (${response.statusCode}): ${text.slice(0, 200)}`));
          }
        });
      },
    );
    request.once('timeout', () => request.destroy(new Error(`${method} ${url} hung for ${REQUEST_LIMIT_MS} ms`)));
    request.once('error', reject);
    request.end(payload);
  });
}

async function signIn() {
  const signedIn = await call('POST', '/api/v1/auth/sign-in', ADMIN);
  assert.equal(signedIn.status, 200, JSON.stringify(signedIn.body));
  csrf = signedIn.body.csrfToken;
}

/** The class's bookings, as the admin sees them. */
async function bookingsOf(classId: string): Promise<{ id: string; status: string; spots: number; email: string }[]> {
  const listed = await call('GET', `/api/v1/bookings?classId=${classId}&limit=500`, undefined, true);
  assert.equal(listed.status, 200, JSON.stringify(listed.body));
  return listed.body.bookings.map((booking: Json) => ({
    id: booking.id,
    status: booking.status,
    spots: booking.spots,
    email: booking.customer?.email,
  }));
}

const ACTIVE = new Set(['pending', 'confirmed', 'in_progress', 'completed', 'no_show']);
const spotsTaken = (bookings: { status: string; spots: number }[]) =>
  bookings.filter((booking) => ACTIVE.has(booking.status)).reduce((sum, booking) => sum + booking.spots, 0);

/** Log lines of a server at error level or above, or about something nothing caught. */
function troubles(server: Server): string[] {
  // A killed process may have left half a line at the end: only whole lines are read.
  return server.output
    .split('\n')
    .slice(0, -1)
    .filter((line) => line.startsWith('{'))
    .filter((line) => {
      const entry = JSON.parse(line) as { level?: number; msg?: string };
      return (entry.level ?? 0) >= 50 || /unhandled|uncaught/i.test(String(entry.msg));
    });
}

async function assertIntegrityClean(when: string) {
  const report = await call('GET', '/api/v1/integrity', undefined, true);
  assert.equal(report.status, 200, JSON.stringify(report.body));
  const { clean, ...lists } = report.body as Record<string, Json>;
  for (const [name, list] of Object.entries(lists))
    assert.deepEqual(list, [], `${when}: the integrity report lists ${name}: ${JSON.stringify(list)}`);
  assert.equal(clean, true, `${when}: ${JSON.stringify(report.body)}`);
}

describe('the server killed in a booking rush on the embedded database', { skip }, () => {
  before(async () => {
    base = fs.mkdtempSync(path.join(os.tmpdir(), 'slotwise-crash-'));
    dataDir = path.join(base, 'data');
    lockPath = path.join(dataDir, 'pglite.lock');
    port = await freePort();
  });

  after(async () => {
    for (const server of servers) {
      if (server.process.exitCode === null && server.process.signalCode === null) {
        server.process.kill('SIGKILL');
        await server.exit;
      }
    }
    if (base) fs.rmSync(base, { recursive: true, force: true });
  });

  test('SIGKILL mid-rush, restart on the same directory: nothing acknowledged is lost, nothing overbooked, booking goes on', {
    timeout: FILE_LIMIT_MS,
  }, async () => {
    const first = await startServer();
    await signIn();
    const created = await call('POST', '/api/v1/classes', classInput({ maxSpots: CAPACITY }), true);
    assert.equal(created.status, 201, JSON.stringify(created.body));
    const classId: string = created.body.id;

    // The rush: CLIENTS guests at a time, until the kill.
    const acknowledged = new Map<string, string>();
    const answersBeforeKill: string[] = [];
    let unknownOutcome = 0;
    let next = 0;
    let killed = false;
    const client = async () => {
      while (!killed && next < RUSH) {
        const who = guest(`crash${next++}`);
        let answer: Answer;
        try {
          answer = await call('POST', '/api/v1/bookings', { classId, guest: who });
        } catch (error) {
          // Cut off by the kill: it may or may not have been booked, and nobody was told either way.
          if (!killed) throw error;
          unknownOutcome++;
          continue;
        }
        answersBeforeKill.push(`${answer.status} ${answer.body?.error?.code ?? ''}`.trim());
        if (answer.status === 201) {
          acknowledged.set(answer.body.booking.id, who.email);
          if (!killed && acknowledged.size >= KILL_AFTER) {
            killed = true;
            first.process.kill('SIGKILL');
          }
        }
      }
    };
    await Promise.all(Array.from({ length: CLIENTS }, () => client()));
    const { signal } = await first.exit;

    assert.ok(killed, `the rush ended before the kill: ${JSON.stringify(answersBeforeKill)}`);
    assert.equal(signal, 'SIGKILL', 'the server died of the kill, not on its own');
    assert.ok(next < RUSH, `the kill came mid-rush (${next} of ${RUSH} sent)`);
    for (const answer of answersBeforeKill)
      assert.ok(answer === '201' || answer === '409 capacity_full', `an answer before the kill: ${answer}`);
    assert.ok(unknownOutcome > 0, "the kill cut off requests in the server's hands");
    assert.deepEqual(troubles(first), [], 'the first server logged no error before the kill');
    assert.equal(
      fs.readFileSync(lockPath, 'utf8').trim(),
      String(first.process.pid),
      'the killed process left its lock behind',
    );

    // The same directory, the same port: the stale lock is taken over.
    const second = await startServer();
    assert.equal(
      fs.readFileSync(lockPath, 'utf8').trim(),
      String(second.process.pid),
      'the new process holds the lock',
    );
    // The session was made before the kill; it lives in the database and must have survived.
    const me = await call('GET', '/api/v1/me', undefined, true);
    assert.equal(me.status, 200, `the admin's session after the restart: ${JSON.stringify(me.body)}`);
    assert.equal(me.body.email, ADMIN.email);

    const afterCrash = await bookingsOf(classId);
    const byId = new Map(afterCrash.map((booking) => [booking.id, booking]));
    for (const [id, email] of acknowledged) {
      const booking = byId.get(id);
      assert.ok(booking, `booking ${id} (${email}) was answered 201 before the kill and is gone after the restart`);
      assert.equal(booking.status, 'confirmed', `booking ${id} after the restart`);
      assert.equal(booking.email, email, `booking ${id} is still ${email}'s`);
    }
    const emails = afterCrash.map((booking) => booking.email);
    assert.equal(new Set(emails).size, emails.length, `no guest is booked twice: ${JSON.stringify(emails)}`);
    const taken = spotsTaken(afterCrash);
    assert.ok(taken <= CAPACITY, `${taken} spots booked of ${CAPACITY} after the restart`);
    // Those cut off by the kill were either booked or not: at most one booking each.
    assert.ok(
      afterCrash.length <= acknowledged.size + unknownOutcome,
      `${afterCrash.length} bookings, but only ${acknowledged.size} acknowledged and ${unknownOutcome} cut off`,
    );
    const cls = await call('GET', `/api/v1/classes/${classId}`, undefined, true);
    assert.equal(cls.status, 200, JSON.stringify(cls.body));
    assert.equal(cls.body.spotsLeft, CAPACITY - taken, 'the spot count agrees with the bookings after the restart');
    await assertIntegrityClean('after the restart');

    // The rest of the rush, on the restarted server: exactly the spots left are booked.
    const left = CAPACITY - taken;
    const answersAfter: string[] = [];
    let resumed = next;
    const resumedClient = async () => {
      while (resumed < RUSH) {
        const n = resumed++;
        const answer = await call('POST', '/api/v1/bookings', { classId, guest: guest(`crash${n}`) });
        answersAfter.push(`${answer.status} ${answer.body?.error?.code ?? ''}`.trim());
      }
    };
    await Promise.all(Array.from({ length: CLIENTS }, () => resumedClient()));
    const tally = (answers: string[]) => {
      const counts: Record<string, number> = {};
      for (const answer of answers) counts[answer] = (counts[answer] ?? 0) + 1;
      return JSON.stringify(counts);
    };
    assert.equal(
      answersAfter.filter((answer) => answer === '201').length,
      left,
      `${left} spots were left; the answers: ${tally(answersAfter)}`,
    );
    for (const answer of answersAfter)
      assert.ok(answer === '201' || answer === '409 capacity_full', `an answer after the restart: ${answer}`);

    const full = await call('POST', '/api/v1/bookings', { classId, guest: guest('crash-one-too-many') });
    assert.equal(full.status, 409, `one more booking in the full class: ${JSON.stringify(full.body)}`);
    assert.equal(full.body.error.code, 'capacity_full');

    const filled = await bookingsOf(classId);
    assert.equal(spotsTaken(filled), CAPACITY, 'the class is full to exactly its capacity');
    const filledCls = await call('GET', `/api/v1/classes/${classId}`, undefined, true);
    assert.equal(filledCls.body.spotsLeft, 0);
    assert.equal(filledCls.body.soldOut, true);
    for (const id of acknowledged.keys())
      assert.equal(filled.find((booking) => booking.id === id)?.status, 'confirmed', `booking ${id} at the end`);
    await assertIntegrityClean('after the class filled');
    assert.deepEqual(troubles(second), [], 'the restarted server logged no error');
  });
});
