/**
 * Pieces shared by the benchmark scripts (bench:booking, bench:checkout, bench:jobs): option
 * parsing, the throwaway database, the cleanup that runs on exit and Ctrl-C, signing in as the
 * bench admin, the nearest-rank percentile and the printed tables.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import fs from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { freePort } from '../test/support/throwaway-postgres.mjs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { API_PREFIX } from '../src/app.ts';
import { type Database, openDatabase } from '../src/platform/db.ts';
import type { App } from '../src/platform/http.ts';
import { createServerDatabase } from '../test/support/database.ts';

// -------------------------------------------------------------------------------------------------
// The server as `npm start` runs it
// -------------------------------------------------------------------------------------------------

const root = fileURLToPath(new URL('../', import.meta.url));

/**
 * Compiles the server (scripts/build-server.mjs, as prestart does) and returns what `npm start` runs
 * with the environment `env`: its environment variables and Node's arguments, read from package.json's
 * start script, so that a benchmark measures the server a newcomer starts, flags and all. The shell's
 * `${NAME:+word}` (word if NAME is set and not empty) is expanded against `env`, as sh would.
 */
export function compiledServerCommand(
  env: Record<string, string | undefined>,
  entry: 'main' | 'worker' = 'main',
): { env: Record<string, string>; args: string[] } {
  execFileSync(process.execPath, ['scripts/build-server.mjs'], { cwd: root, stdio: 'inherit' });
  const script = (JSON.parse(readFileSync(`${root}package.json`, 'utf8')) as { scripts: { start: string } }).scripts
    .start;
  const words = script
    .trim()
    .split(/\s+/)
    .map((word) => word.replace(/\$\{(\w+):\+([^}]*)\}/g, (_, name: string, value: string) => (env[name] ? value : '')))
    .filter((word) => word !== '');
  const vars: Record<string, string> = {};
  while (words[0]?.includes('=')) {
    const [name = '', ...value] = (words.shift() as string).split('=');
    vars[name] = value.join('=');
  }
  if (words.shift() !== 'node' || words.at(-1) !== 'dist/server/main.mjs')
    throw new Error(`package.json's start script is not "[VAR=value …] node [flags] dist/server/main.mjs": ${script}`);
  return { env: vars, args: [...words.slice(0, -1), `dist/server/${entry}.mjs`] };
}

// -------------------------------------------------------------------------------------------------
// Options and exit
// -------------------------------------------------------------------------------------------------

/** A mistake in the command line or environment: printed as its message alone, exit code 1. */
export class UsageError extends Error {}

/** An integer `--name=value` option: its default and the range it must lie in. */
export interface IntOption {
  default: number;
  min: number;
  max: number;
}

/**
 * Parses the command line as integer options, checked in the order given; a value that is not an
 * integer in its range throws a UsageError naming the option and its range.
 */
export function parseIntOptions<K extends string>(spec: Record<K, IntOption>): Record<K, number> {
  const names = Object.keys(spec) as K[];
  const { values } = parseArgs({
    options: Object.fromEntries(
      names.map((name) => [name, { type: 'string', default: String(spec[name].default) }]),
    ) as Record<string, { type: 'string'; default: string }>,
  });
  const parsed = {} as Record<K, number>;
  for (const name of names) {
    const { min, max } = spec[name];
    const value = Number(values[name]);
    if (!Number.isInteger(value) || value < min || value > max) {
      throw new UsageError(`--${name} must be an integer from ${min} to ${max}`);
    }
    parsed[name] = value;
  }
  return parsed;
}

/**
 * Exits with the code `main` resolves to; if it throws, prints a UsageError's message alone or any
 * other error after "`label` failed:", and exits with 1.
 */
export function exitWith(main: Promise<number>, label: string): void {
  main.then(
    (code) => process.exit(code),
    (error: unknown) => {
      if (error instanceof UsageError) process.stderr.write(`${error.message}\n`);
      else console.error(`${label} failed:`, error);
      process.exit(1);
    },
  );
}

// -------------------------------------------------------------------------------------------------
// Cleanup
// -------------------------------------------------------------------------------------------------

export interface Cleanup {
  /** Registers a step; steps run last-registered first. */
  add(step: () => Promise<unknown>): void;
  /** Runs the steps once (later calls share the first run); a failing step is logged, not thrown. */
  run(): Promise<void>;
}

/** A cleanup registry that also runs on Ctrl-C, then exits with 130. Call run() in a `finally`. */
export function createCleanup(): Cleanup {
  const steps: (() => Promise<unknown>)[] = [];
  let running: Promise<void> | undefined;
  const run = () =>
    (running ??= (async () => {
      for (const step of steps.reverse()) await step().catch((error) => console.error('cleanup failed:', error));
    })());
  process.once('SIGINT', () => void run().then(() => process.exit(130)));
  return { add: (step) => void steps.push(step), run };
}

// -------------------------------------------------------------------------------------------------
// Database and app
// -------------------------------------------------------------------------------------------------

const LOOPBACK = ['127.0.0.1', 'localhost', '::1', '[::1]'];

/** Whether `url` looks like a PostgreSQL server URL. */
export const isPostgresUrl = (url: string): boolean => /^postgres(ql)?:\/\//.test(url);

/** DATABASE_URL if set; a UsageError if it is set but not a postgres:// URL. */
export function serverUrlFromEnv(): string | undefined {
  const serverUrl = process.env.DATABASE_URL;
  if (serverUrl && !isPostgresUrl(serverUrl)) throw new UsageError('DATABASE_URL must be a postgres:// URL');
  return serverUrl;
}

export interface BenchDatabase {
  database: Database;
  /** The throwaway database's URL; undefined on the embedded database. */
  url: string | undefined;
  /** Where the figures come from, for the report's first line. */
  where: string;
}

/**
 * Opens the database a bench runs on: with `serverUrl`, a throwaway database `<prefix>_<random>`
 * created on that server with a pool of `pool` (a note is printed if the server is not on
 * loopback); without it, an in-memory PGlite. Dropping and closing are registered with `cleanup`.
 * Not migrated.
 */
export async function openBenchDatabase(
  serverUrl: string,
  options: { prefix: string; pool: number },
  cleanup: Cleanup,
): Promise<BenchDatabase & { url: string }>;
export async function openBenchDatabase(
  serverUrl: string | undefined,
  options: { prefix: string; pool: number },
  cleanup: Cleanup,
): Promise<BenchDatabase>;
export async function openBenchDatabase(
  serverUrl: string | undefined,
  options: { prefix: string; pool: number },
  cleanup: Cleanup,
): Promise<BenchDatabase> {
  let result: BenchDatabase;
  if (serverUrl) {
    const server = new URL(serverUrl);
    if (!LOOPBACK.includes(server.hostname)) {
      process.stdout.write(`note: ${server.hostname} is not loopback; network latency will be part of the figures\n`);
    }
    const created = await createServerDatabase(serverUrl, options.prefix);
    cleanup.add(created.drop);
    const database = await openDatabase({ kind: 'postgres', url: created.url, poolMax: options.pool });
    const name = new URL(created.url).pathname.slice(1);
    result = {
      database,
      url: created.url,
      where: `PostgreSQL at ${server.host}, throwaway database ${name}, pool of ${options.pool}`,
    };
  } else {
    const database = await openDatabase({ kind: 'pglite', dataDir: null });
    result = {
      database,
      url: undefined,
      where: 'the embedded database (PGlite, in memory; set DATABASE_URL for a PostgreSQL server)',
    };
  }
  cleanup.add(() => result.database.close());
  return result;
}

/** The admin every bench creates with ensureAdmin and signs in as. */
export const ADMIN = { email: 'bench-admin@example.test', password: 'bench-admin-password' };

/** Starts `app` on 127.0.0.1 on a free port; resolves with the base URL of its API. */
export async function listenOnLoopback(app: App): Promise<string> {
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  if (!address || typeof address === 'string') throw new Error('the app is not listening on a TCP port');
  return `http://127.0.0.1:${address.port}${API_PREFIX}`;
}

/** Signs in as ADMIN through the API; resolves with the session cookie and CSRF token to send. */
export async function signInAdmin(api: string): Promise<{ cookie: string; csrfToken: string }> {
  const signIn = await fetch(`${api}/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(ADMIN),
  });
  if (signIn.status !== 200) throw new Error(`admin sign-in answered ${signIn.status}: ${await signIn.text()}`);
  const { csrfToken } = (await signIn.json()) as { csrfToken: string };
  const cookie = signIn.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .find((c) => c?.startsWith('slotwise_session='));
  if (!cookie) throw new Error('admin sign-in set no session cookie');
  return { cookie, csrfToken };
}

// -------------------------------------------------------------------------------------------------
// Figures and tables
// -------------------------------------------------------------------------------------------------

/** Nearest-rank percentile `p` (0-100) of ascending `sorted`; NaN if it is empty. */
export function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? NaN;
}

/** One table line: the first cell left-aligned, the others right-aligned, to `widths`, joined by `gap`. */
export function alignRow(cells: string[], widths: number[], gap = '  '): string {
  return cells.map((cell, c) => (c === 0 ? cell.padEnd(widths[c] ?? 0) : cell.padStart(widths[c] ?? 0))).join(gap);
}

/**
 * A table with columns as wide as their widest cell: header, a line of dashes, the rows, each line
 * ended by a newline.
 */
export function formatTable(header: string[], rows: string[][]): string {
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((row) => row[c]?.length ?? 0)));
  const lines = [header, widths.map((w) => '-'.repeat(w)), ...rows].map((cells) => alignRow(cells, widths));
  return `${lines.join('\n')}\n`;
}

// -------------------------------------------------------------------------------------------------
// Servers in child processes
// -------------------------------------------------------------------------------------------------

/** A free port on loopback, for a child that must be told its port before it starts. */
export { freePort };

/** Starts a child and waits until `url` answers 200 (at most 60 s). */
export async function startChild(
  args: string[],
  env: Record<string, string | undefined>,
  url: string,
  cleanup: Cleanup,
) {
  const childEnv = { ...process.env, ...env };
  // An undefined value takes the variable away (the embedded database: no DATABASE_URL at all).
  for (const [name, value] of Object.entries(env)) if (value === undefined) delete childEnv[name];
  const child = spawn(process.execPath, args, {
    cwd: root,
    env: childEnv,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  cleanup.add(() => stopChild(child));
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${args.join(' ')} exited with ${child.exitCode}`);
    try {
      const response = await fetch(url);
      if (response.ok) return child;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`${url} did not answer within 60 s`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

export function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
    setTimeout(() => child.kill('SIGKILL'), 10_000).unref();
  });
}

/** Resident memory of a process, in MB (Linux). */
export function residentMb(pid: number | undefined): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1]);
    return kb / 1024;
  } catch {
    return Number.NaN;
  }
}

/**
 * Slotwise compiled and started as `npm start` starts it, in a child process on a free port of
 * loopback, with its demo data in a fresh data directory (removed by `cleanup`) and `env` on top.
 */
export async function startCompiledSlotwise(
  prefix: string,
  env: Record<string, string | undefined>,
  cleanup: Cleanup,
): Promise<{ child: ChildProcess; base: string; api: string }> {
  const port = await freePort();
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), `slotwise-${prefix}-`));
  cleanup.add(() => fs.rm(dataDir, { recursive: true, force: true }));
  const base = `http://127.0.0.1:${port}`;
  const server = compiledServerCommand({ ...process.env, ...env });
  const child = await startChild(
    server.args,
    {
      ...server.env,
      NODE_ENV: 'production',
      LOG_LEVEL: 'warn',
      HOST: '127.0.0.1',
      PORT: String(port),
      PUBLIC_URL: base,
      DATA_DIR: dataDir,
      DEMO_DATA: 'true',
      ...env,
    },
    `${base}/api/health`,
    cleanup,
  );
  return { child, base, api: `${base}/api/v1` };
}
