// Graceful shutdown of the real server process (src/main.ts): on SIGTERM a request in hand finishes,
// new requests are refused, and the process exits 0 within SHUTDOWN_TIMEOUT_MS.
import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs/promises';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { createServerDatabase, testDbKind } from '../support/database.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const ADMIN = { email: 'admin@example.test', password: 'admin-password-1' };
const SHUTDOWN_TIMEOUT_MS = 15_000;

let child: ChildProcess;
let dataDir: string;
let dropDatabase = async () => {};
let output = '';
const outputWaiters: (() => void)[] = [];

/** Resolves with the first match of `pattern` in the child's output, now or once it is printed. */
function waitForOutput(pattern: RegExp, what: string): Promise<RegExpMatchArray> {
  return new Promise((resolve, reject) => {
    const check = () => {
      const match = pattern.exec(output);
      if (match) resolve(match);
      else if (child.exitCode !== null || child.signalCode !== null)
        reject(new Error(`the server exited before ${what}:\n${output}`));
      else outputWaiters.push(check);
    };
    check();
  });
}

/** A GET on a connection of its own (no keep-alive pool): its status, or the connection error's code. */
function getOnNewConnection(url: URL): Promise<number | string> {
  return new Promise((resolve) => {
    const request = http.get(url, { agent: false }, (response) => {
      response.resume();
      response.once('end', () => resolve(response.statusCode ?? 0));
    });
    request.once('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? error.message));
  });
}

const exited = () =>
  new Promise<{ code: number | null; signal: string | null }>((resolve) =>
    child.exitCode !== null || child.signalCode !== null
      ? resolve({ code: child.exitCode, signal: child.signalCode })
      : child.once('exit', (code, signal) => resolve({ code, signal })),
  );

before(async () => {
  dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'slotwise-shutdown-'));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    PORT: '0',
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    DEMO_DATA: 'false',
    ADMIN_EMAIL: ADMIN.email,
    ADMIN_PASSWORD: ADMIN.password,
    LOG_LEVEL: 'info',
    JOBS_IN_PROCESS: 'true',
    SHUTDOWN_TIMEOUT_MS: String(SHUTDOWN_TIMEOUT_MS),
  };
  delete env.DATABASE_URL;
  if (testDbKind() === 'postgres') {
    const created = await createServerDatabase(
      process.env.DATABASE_URL!,
      'slotwise_shutdown',
      process.env.TEST_PG_TEMPLATE,
    );
    env.DATABASE_URL = created.url;
    dropDatabase = created.drop;
  }
  child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: root,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const collect = (chunk: Buffer) => {
    output += chunk.toString('utf8');
    for (const waiter of outputWaiters.splice(0)) waiter();
  };
  child.stdout!.on('data', collect);
  child.stderr!.on('data', collect);
  child.once('exit', () => {
    for (const waiter of outputWaiters.splice(0)) waiter();
  });
});

after(async () => {
  if (child.exitCode === null && child.signalCode === null) {
    child.kill('SIGKILL');
    await exited();
  }
  await dropDatabase();
  await fs.rm(dataDir, { recursive: true, force: true });
});

test('SIGTERM: the request in hand completes with 200, new ones are refused, the process exits 0 in time', async () => {
  const [, url] = await waitForOutput(/Listening on:\s+(http:\/\/\S+)/, 'it listened');
  const base = new URL(url!);
  assert.equal(await getOnNewConnection(new URL('/api/health/ready', base)), 200);

  // A request whose body is still arriving when the signal comes: it is in the server's hands.
  const body = JSON.stringify(ADMIN);
  const socket = net.connect(Number(base.port), base.hostname);
  await new Promise<void>((resolve, reject) => socket.once('connect', resolve).once('error', reject));
  let answer = '';
  socket.on('data', (chunk) => (answer += chunk.toString('utf8')));
  const closed = new Promise<void>((resolve) => socket.once('close', () => resolve()));
  socket.write(
    `POST /api/v1/auth/sign-in HTTP/1.1\r\nHost: ${base.host}\r\nContent-Type: application/json\r\n` +
      `Content-Length: ${Buffer.byteLength(body)}\r\nX-Request-Id: slow-one\r\n\r\n${body.slice(0, 10)}`,
  );
  // Fastify logs each request as its headers arrive.
  await waitForOutput(/"reqId":"slow-one"[^\n]*"msg":"incoming request"/, 'the slow request arrived');

  const signalledAt = Date.now();
  child.kill('SIGTERM');
  await waitForOutput(/shutting down: finishing requests and jobs in hand/, 'it began shutting down');

  // A new connection: refused (or, accepted just before the listener closed, reset), or answered 503.
  const late = await getOnNewConnection(new URL('/api/health/ready', base));
  assert.ok([503, 'ECONNREFUSED', 'ECONNRESET'].includes(late), `a request after SIGTERM got ${late}`);

  socket.write(body.slice(10));
  await closed;
  assert.match(answer, /^HTTP\/1\.1 200 /, answer);
  assert.match(answer, /"csrfToken"/);

  const { code, signal } = await exited();
  assert.equal(signal, null);
  assert.equal(code, 0, output);
  assert.ok(Date.now() - signalledAt < SHUTDOWN_TIMEOUT_MS, 'it stopped before the deadline');
  assert.match(output, /"msg":"stopped"/);
  assert.doesNotMatch(output, /shutdown deadline passed/);
});
