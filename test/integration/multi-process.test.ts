// Several app processes and a worker against one PostgreSQL, as production runs them: two servers
// (src/main.ts) and a worker (src/worker.ts) as child processes on one database. Nothing here is
// shared in memory, so whatever holds must hold in PostgreSQL. The embedded database opens in one
// process only, so this file runs on the PostgreSQL server alone.
import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { ensureAdmin } from '../../src/modules/auth/auth.service.ts';
import { wrongLinksPerAddress } from '../../src/modules/auth/link-guessing.ts';
import { ensureDefaultOrganisation } from '../../src/modules/orgs/orgs.service.ts';
import { type Database, openDatabase, queryRows, transaction } from '../../src/platform/db.ts';
import { enqueue } from '../../src/platform/jobs.ts';
import { ADMIN, classInput, guest } from '../support/app.ts';
import { createServerDatabase, testDbKind } from '../support/database.ts';
import { TestSmtpServer } from '../support/smtp.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const skip =
  testDbKind() === 'pglite' ? 'the embedded database opens in one process only: runs on the PostgreSQL server' : false;

interface Child {
  process: ChildProcess;
  output: string;
  url?: URL;
}

const children: Child[] = [];
let database: Database;
let dropDatabase = async () => {};
let smtp: TestSmtpServer;
let dataDir: string;
let a: URL;
let b: URL;

function start(script: string, env: Record<string, string>): Child {
  const child: Child = {
    process: spawn(process.execPath, ['--import', 'tsx', script], {
      cwd: root,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    }),
    output: '',
  };
  const collect = (chunk: Buffer) => {
    child.output += chunk.toString('utf8');
  };
  child.process.stdout?.on('data', collect);
  child.process.stderr?.on('data', collect);
  children.push(child);
  return child;
}

/** Waits (polling the output, no time asserted) until the child prints `pattern`. */
async function waitFor(child: Child, pattern: RegExp): Promise<RegExpExecArray> {
  for (;;) {
    const match = pattern.exec(child.output);
    if (match) return match;
    if (child.process.exitCode !== null) throw new Error(`child exited early:\n${child.output}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

before(async () => {
  if (skip) return;
  const created = await createServerDatabase(process.env.DATABASE_URL!, 'slotwise_multi', process.env.TEST_PG_TEMPLATE);
  dropDatabase = created.drop;
  database = await openDatabase({ kind: 'postgres', url: created.url, poolMax: 5 });
  // The organisation and admin exist before the processes start, as after a first start.
  const org = await ensureDefaultOrganisation(database.db);
  await ensureAdmin(database.db, org, ADMIN);
  smtp = await new TestSmtpServer().start();
  dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'slotwise-multi-'));
  const env = {
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    PORT: '0',
    DATABASE_URL: created.url,
    DATABASE_POOL_MAX: '5',
    DATA_DIR: dataDir,
    DEMO_DATA: 'false',
    ADMIN_EMAIL: ADMIN.email,
    ADMIN_PASSWORD: ADMIN.password,
    SECRET_KEY: 'a-shared-secret-key-of-at-least-32-characters',
    SMTP_URL: smtp.url,
    MAIL_FROM: 'Slotwise <studio@example.test>',
    LOG_LEVEL: 'warn',
  };
  // App A also runs jobs; B serves requests only; the worker runs jobs: two runners compete for each job.
  const appA = start('src/main.ts', { ...env, JOBS_IN_PROCESS: 'true' });
  const appB = start('src/main.ts', { ...env, JOBS_IN_PROCESS: 'false' });
  const worker = start('src/worker.ts', { ...env, LOG_LEVEL: 'info' });
  a = new URL((await waitFor(appA, /Listening on:\s+(http:\/\/\S+)/))[1]!);
  b = new URL((await waitFor(appB, /Listening on:\s+(http:\/\/\S+)/))[1]!);
  await waitFor(worker, /worker started/);
});

after(async () => {
  for (const child of children) {
    if (child.process.exitCode === null && child.process.signalCode === null) {
      const exited = new Promise((resolve) => child.process.once('exit', resolve));
      child.process.kill('SIGTERM');
      await exited;
    }
  }
  await database?.close();
  await dropDatabase();
  await smtp?.stop();
  if (dataDir) await fs.rm(dataDir, { recursive: true, force: true });
});

/** A browser-like caller of one process: its cookie and CSRF token, sent back. */
function caller(base: URL) {
  const state = { cookie: '', csrf: '' };
  const call = async (method: string, url: string, body?: unknown) => {
    const response = await fetch(new URL(url, base), {
      method,
      headers: {
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(state.cookie ? { cookie: state.cookie } : {}),
        ...(state.csrf && method !== 'GET' ? { 'x-csrf-token': state.csrf } : {}),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const setCookie = response.headers.get('set-cookie');
    if (setCookie) state.cookie = setCookie.split(';')[0] ?? '';
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : undefined };
  };
  return { state, call };
}

test('a session made on one process works on the other', { skip }, async () => {
  const onA = caller(a);
  const signedIn = await onA.call('POST', '/api/v1/auth/sign-in', ADMIN);
  assert.equal(signedIn.status, 200);
  onA.state.csrf = signedIn.body.csrfToken;
  const onB = caller(b);
  onB.state.cookie = onA.state.cookie;
  onB.state.csrf = onA.state.csrf;
  const me = await onB.call('GET', '/api/v1/me');
  assert.equal(me.status, 200);
  assert.equal(me.body.email, ADMIN.email);
  // A change with A's CSRF token, on B: the token lives with the session in the database.
  const changed = await onB.call('PATCH', '/api/v1/me', { name: 'Admin on B' });
  assert.equal(changed.status, 200);
});

test('a rush on both processes never overbooks, and books every free spot', { skip }, async () => {
  const admin = caller(a);
  const signedIn = await admin.call('POST', '/api/v1/auth/sign-in', ADMIN);
  admin.state.csrf = signedIn.body.csrfToken;
  const spots = 7;
  const cls = await admin.call('POST', '/api/v1/classes', classInput({ maxSpots: spots }));
  assert.equal(cls.status, 201);
  const attempts = 40;
  const answers = await Promise.all(
    Array.from({ length: attempts }, (_, n) =>
      caller(n % 2 === 0 ? a : b).call('POST', '/api/v1/bookings', { classId: cls.body.id, guest: guest(`rush${n}`) }),
    ),
  );
  const booked = answers.filter((answer) => answer.status === 201);
  assert.equal(booked.length, spots, JSON.stringify(answers.filter((x) => x.status !== 201 && x.status !== 409)));
  for (const answer of answers.filter((x) => x.status !== 201)) {
    assert.equal(answer.status, 409);
    assert.equal(answer.body.error.code, 'capacity_full');
  }
  const [row] = await queryRows<{ live: number }>(
    database.db,
    sql`SELECT count(*)::int AS live FROM bookings WHERE class_id = ${cls.body.id} AND status <> 'cancelled'`,
  );
  assert.equal(row?.live, spots);
});

test('wrong-link counts are shared: misses on both processes add up to one limit', { skip }, async () => {
  const wrong = (n: number) => `/api/v1/manage/${'y'.repeat(40)}${String(n).padStart(3, '0')}`;
  for (let n = 0; n < wrongLinksPerAddress.free; n++) {
    const answer = await caller(n % 2 === 0 ? a : b).call('GET', wrong(n));
    assert.equal(answer.status, 404, `miss ${n}`);
  }
  // Each process alone saw half the misses; refused on both all the same.
  for (const base of [a, b]) {
    const refused = await caller(base).call('GET', wrong(999));
    assert.equal(refused.status, 429);
    assert.equal(refused.body.error.code, 'rate_limited');
  }
});

test('each of 200 mail jobs runs once, with two runners competing (app A and the worker)', { skip }, async () => {
  const [org] = await queryRows<{ id: string }>(database.db, sql`SELECT id FROM organisations WHERE is_default`);
  const [admin] = await queryRows<{ id: string }>(
    database.db,
    sql`SELECT id FROM users WHERE org_id = ${org!.id} AND email = ${ADMIN.email}`,
  );
  const count = 200;
  await transaction(database.db, async (tx) => {
    for (let n = 0; n < count; n++)
      await enqueue(tx, org!.id, 'mail.password_reset', { userId: admin!.id, link: `http://slotwise.test/r/${n}` });
  });
  const resets = () => smtp.received.filter((mail) => /slotwise\.test\/r\/\d+/.test(mail.text));
  await smtp.waitFor(() => resets().length >= count, 120_000);
  // Both runners had their chance: the jobs are done, and no late second copy arrives.
  for (;;) {
    const [left] = await queryRows<{ open: number }>(
      database.db,
      sql`SELECT count(*)::int AS open FROM jobs WHERE kind = 'mail.password_reset' AND status NOT IN ('done', 'dead', 'cancelled')`,
    );
    if (left?.open === 0) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const links = resets().map((mail) => /slotwise\.test\/r\/(\d+)/.exec(mail.text)?.[1]);
  assert.equal(links.length, count, 'no mail twice');
  assert.equal(new Set(links).size, count, 'every job once');
});
