// A throwaway PostgreSQL server from Debian's binaries, for `npm test` (when DATABASE_URL is not
// set) and for the fault tests that must stop and restart a server of their own. Plain JavaScript:
// scripts/test.mjs imports it without tsx.
import { execFile, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

export const PG_BIN = process.env.PG_BIN ?? '/usr/lib/postgresql/15/bin';
/** PostgreSQL refuses to run as root: as root, the server runs as this system user (as in .ci/run). */
export const PG_OS_USER = 'slotwiseci';

const run = promisify(execFile);

/**
 * Which server `npm test` runs the integration tests on, from DATABASE_URL: its server when it names
 * one; none when it is set but empty or blank (the embedded database only, as the app reads it then);
 * unset, a throwaway one started here.
 */
export function serverRunFor(databaseUrl) {
  if (databaseUrl === undefined) return { kind: 'throwaway' };
  const url = databaseUrl.trim();
  return url === '' ? { kind: 'none' } : { kind: 'given', url };
}

/** Whether a throwaway server can be started here. */
export function canStartPostgres() {
  return existsSync(path.join(PG_BIN, 'initdb')) && existsSync(path.join(PG_BIN, 'pg_ctl'));
}

function asServerUser(command, args) {
  const isRoot = process.getuid?.() === 0;
  return isRoot ? ['runuser', ['-u', PG_OS_USER, '--', command, ...args]] : [command, args];
}

function ensureServerUser() {
  if (process.getuid?.() !== 0) return;
  if (spawnSync('id', ['-u', PG_OS_USER], { stdio: 'ignore' }).status === 0) return;
  const made = spawnSync('useradd', ['--system', '--no-create-home', '--shell', '/usr/sbin/nologin', PG_OS_USER], {
    encoding: 'utf8',
  });
  // Another process may have created it meanwhile (exit code 9: the user exists).
  if (made.status !== 0 && made.status !== 9) throw new Error(`useradd ${PG_OS_USER} failed: ${made.stderr}`);
}

/** A free port on loopback, for a server that must be told its port before it starts. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * initdb + start on 127.0.0.1 on a free port, trust authentication, tuned for tests (no fsync).
 * Returns the server's URL (database `postgres`, user `slotwise`) and how to stop, start, restart
 * and remove it. The server is stopped when this process exits, however it exits.
 */
export async function startThrowawayPostgres({ maxConnections = 400 } = {}) {
  if (!canStartPostgres()) throw new Error(`PostgreSQL binaries not found in ${PG_BIN}`);
  ensureServerUser();
  const dir = mkdtempSync(path.join(os.tmpdir(), 'slotwise-pg-'));
  if (process.getuid?.() === 0) spawnSync('chown', [PG_OS_USER, dir]);
  const dataDir = path.join(dir, 'data');
  const port = await freePort();
  const pg = async (command, args) => {
    const [file, fileArgs] = asServerUser(path.join(PG_BIN, command), args);
    await run(file, fileArgs, { maxBuffer: 16 * 1024 * 1024 });
  };
  const serverOptions = [
    `-p ${port}`,
    `-k ${dir}`,
    '-c listen_addresses=127.0.0.1',
    `-c max_connections=${maxConnections}`,
    '-c fsync=off',
    '-c synchronous_commit=off',
    '-c full_page_writes=off',
  ].join(' ');
  await pg('initdb', ['-D', dataDir, '-U', 'slotwise', '--auth=trust', '--no-sync']);

  let removed = false;
  const stopNow = () => {
    if (removed) return;
    removed = true;
    const [file, args] = asServerUser(path.join(PG_BIN, 'pg_ctl'), ['-D', dataDir, '-m', 'immediate', 'stop']);
    spawnSync(file, args, { stdio: 'ignore' });
    rmSync(dir, { recursive: true, force: true });
  };
  process.once('exit', stopNow);

  const server = {
    url: `postgres://slotwise@127.0.0.1:${port}/postgres`,
    port,
    /** Starts the server again after stop(); resolves once it accepts connections. */
    start: () => pg('pg_ctl', ['-D', dataDir, '-l', path.join(dir, 'server.log'), '-w', '-o', serverOptions, 'start']),
    /** A fast shutdown: open connections are terminated (57P01), as by `pg_ctl stop -m fast`. */
    stop: () => pg('pg_ctl', ['-D', dataDir, '-m', 'fast', '-w', 'stop']),
    /** `pg_ctl restart -m fast`: what an operator does, and what the fault tests do under load. */
    restart: () =>
      pg('pg_ctl', [
        '-D',
        dataDir,
        '-l',
        path.join(dir, 'server.log'),
        '-m',
        'fast',
        '-w',
        '-o',
        serverOptions,
        'restart',
      ]),
    /** Stops the server and deletes its files. */
    async remove() {
      process.off('exit', stopNow);
      stopNow();
    },
  };
  try {
    await server.start();
  } catch (error) {
    await server.remove();
    throw error;
  }
  return server;
}
