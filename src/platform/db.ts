import fs from 'node:fs';
import path from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import { type SQL, sql } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import type pg from 'pg';
import type { Logger } from 'pino';
import { DomainError } from './errors.ts';

/** A drizzle handle or a transaction on it; repositories take either. */
export type Db = PgDatabase<PgQueryResultHKT>;

/** Runs raw multi-statement SQL on one connection; used by the migrator only. */
/** Rows of a raw SQL query; both drivers answer with `{ rows }`. */
export async function queryRows<Row>(db: Db, query: SQL): Promise<Row[]> {
  return ((await db.execute(query)) as unknown as { rows: Row[] }).rows;
}

/** What drizzle keeps of a handle: its session, and the driver's client (a pool, a connection, PGlite). */
const sessionOf = (db: Db) =>
  (db as unknown as { _: { session: { client: unknown; constructor: unknown } } })._.session;

/** Queries built by preparedOn, by the driver's session class (a pool's and its transactions' are one) and name. */
const preparedQueries = new Map<unknown, Map<string, { client: unknown }>>();

/**
 * A query built once per process and driver, kept under `name` (which `prepare` is given for its
 * prepared statement): the query builder's work (for a booking's view, over seven tables' columns)
 * is done once, not on every call. `prepare` builds it on the handle it is first asked for; on any
 * other handle (the pool, a transaction's connection) the same query runs on that handle's client.
 * drizzle's prepared queries keep the client they run on in `client`, on both drivers (the
 * prepared-statements tests run it on both, inside and outside transactions).
 */
export function preparedOn<T extends object>(db: Db, name: string, prepare: (name: string) => T): T {
  const session = sessionOf(db);
  let byName = preparedQueries.get(session.constructor);
  if (!byName) {
    byName = new Map();
    preparedQueries.set(session.constructor, byName);
  }
  let query = byName.get(name);
  if (!query) {
    query = prepare(name) as unknown as { client: unknown };
    if (!('client' in query)) throw new Error(`prepared query ${name} keeps no client`);
    byName.set(name, query);
  }
  return (query.client === session.client ? query : Object.create(query, { client: { value: session.client } })) as T;
}

export interface ScriptSession {
  exec(script: string): Promise<void>;
  query<Row>(text: string, params?: unknown[]): Promise<Row[]>;
}

export interface Database {
  kind: 'pglite' | 'postgres';
  db: Db;
  /** Runs `fn` on one connection inside BEGIN/COMMIT. */
  withScriptSession<T>(fn: (session: ScriptSession) => Promise<T>): Promise<T>;
  /** Connections checked out and callers waiting for one (for /metrics). */
  connections(): { inUse: number; waiting: number; max: number };
  close(): Promise<void>;
}

/** How long a statement waits for a lock before the request is answered `busy`. */
const LOCK_TIMEOUT = '5s';

export type DatabaseOptions =
  | {
      kind: 'postgres';
      url: string;
      poolMax: number;
      /** Repeated statements as named prepared statements (default); off behind a pooler that cannot keep them. */
      preparedStatements?: boolean;
    }
  | { kind: 'pglite'; dataDir: string | null };

/**
 * Each driver is loaded when a database of its kind is opened: the embedded server never loads the
 * PostgreSQL client, nor a server install PGlite (issue 14: the embedded process's memory).
 */
export async function openDatabase(options: DatabaseOptions, logger?: Logger): Promise<Database> {
  return options.kind === 'postgres'
    ? openPostgres(options.url, options.poolMax, options.preparedStatements ?? true, logger)
    : openPglite(options.dataDir);
}

async function openPostgres(
  url: string,
  poolMax: number,
  prepare: boolean,
  logger: Logger | undefined,
): Promise<Database> {
  const [{ default: pgDriver }, { drizzle: drizzlePg }] = await Promise.all([
    import('pg'),
    import('drizzle-orm/node-postgres'),
  ]);
  const pool = new pgDriver.Pool({
    connectionString: url,
    max: poolMax,
    // A request waits at most this long for a connection, then answers 503. A server that refuses
    // connections (down, restarting) fails a connect at once; this bounds the wait for a server that does
    // not answer, and for a pool whose connections are all busy: a burst (fifty invoices that must take
    // their numbers in turn, a class opening) queues here rather than being refused.
    connectionTimeoutMillis: 10_000,
    keepAlive: true,
    // A bounded lock wait for every statement, set once per connection rather than per transaction.
    options: `-c lock_timeout=${LOCK_TIMEOUT}`,
  });
  // A client that loses its connection emits 'error'; with no listener Node ends the process. The pool
  // listens on idle clients only, so every client gets its own listener for the time it is checked out
  // (its pending query fails with the same error, and the pool drops the broken client on release).
  const onLost = (error: Error) => logger?.warn({ err: error }, 'database connection lost');
  const names = prepare ? new StatementNames() : null;
  pool.on('connect', (client) => {
    client.on('error', onLost);
    nameStatements(client, names);
  });
  pool.on('error', () => {});
  const connect = pool.connect.bind(pool);
  pool.connect = ((callback?: Parameters<typeof connect>[0]) =>
    callback ? connect(callback) : connect().then(releaseWhenLost)) as typeof pool.connect;
  return {
    kind: 'postgres',
    db: drizzlePg(pool) as unknown as Db,
    async withScriptSession(fn) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await fn({
          exec: async (script) => void (await client.query(script)),
          query: async (text, params) => (await client.query(text, params)).rows,
        });
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => {});
        throw error;
      } finally {
        client.release();
      }
    },
    connections: () => ({ inUse: pool.totalCount - pool.idleCount, waiting: pool.waitingCount, max: poolMax }),
    close: () => pool.end(),
  };
}

/** A text is prepared under a name from its third use on; at most this many texts are, per process. */
const NAME_FROM_USE = 3;
const MAX_NAMED_STATEMENTS = 500;

/**
 * Which statement texts are sent under a name (one per text, the same on every connection). SQL
 * built from varying parts (a list of ids, a filter) gives texts used once or twice, which stay
 * unnamed: the bound keeps them from filling the server's memory with statements nobody reuses.
 */
class StatementNames {
  private readonly named = new Map<string, string>();
  private readonly uses = new Map<string, number>();

  nameFor(text: string): string | undefined {
    const name = this.named.get(text);
    if (name || this.named.size >= MAX_NAMED_STATEMENTS) return name;
    const used = (this.uses.get(text) ?? 0) + 1;
    if (used < NAME_FROM_USE) {
      if (this.uses.size >= 4 * MAX_NAMED_STATEMENTS) this.uses.clear();
      this.uses.set(text, used);
      return undefined;
    }
    this.uses.delete(text);
    const fresh = `sw_${this.named.size + 1}`;
    this.named.set(text, fresh);
    return fresh;
  }
}

/**
 * A connection's cached plans are dropped (DISCARD PLANS; its prepared statements stay) at its
 * 256th statement, then at every doubling. PostgreSQL re-makes a named statement's plan when the
 * statistics of its tables change, which autovacuum gathers up to a minute after they grew: on a new
 * database filling fast (a new install's first rush, a benchmark) the plan made on empty tables,
 * where every index of a table ties, stayed, and one (a class's look for the booker's active
 * booking) walked all of the organisation's bookings (issue 14). A plan made again sees the
 * tables' size as it is now. Doubling keeps this to a few times in a connection's life.
 */
const REPLAN_FROM_USE = 256;

/**
 * Sends the statements the app repeats (every query drizzle builds is a text with parameters) as
 * prepared statements, named: PostgreSQL parses each once per connection and, once its plan has
 * settled, plans it once too, instead of on every call (issue 14: planning was a third of a booking's
 * look at its class). The driver keeps track of what each connection has prepared. Without `names`
 * (DATABASE_PREPARED_STATEMENTS=false), every statement goes unnamed, also one given a name.
 */
function nameStatements(client: pg.PoolClient, names: StatementNames | null): void {
  const query = client.query.bind(client) as (...args: unknown[]) => unknown;
  let uses = 0;
  let replanAt = REPLAN_FROM_USE;
  client.query = ((config: unknown, ...rest: unknown[]) => {
    if (names && ++uses >= replanAt) {
      replanAt *= 2;
      // Queued ahead of this statement. It fails only in a transaction that already failed (which the
      // caller's ROLLBACK ends) or on a lost connection (which the caller's statement reports).
      (query('DISCARD PLANS') as Promise<unknown>).catch(() => {});
    }
    const { text, name } = (config ?? {}) as { text?: unknown; name?: unknown };
    if (typeof text !== 'string' || (names && name !== undefined) || (!names && name === undefined))
      return query(config, ...rest);
    return query({ ...(config as object), name: names?.nameFor(text) }, ...rest);
  }) as typeof client.query;
}

/**
 * drizzle's transaction sends BEGIN before its try/finally, so a client whose connection drops
 * right then is never released; a few of those during a server restart would exhaust the pool for
 * good. A checked-out client that loses its connection is therefore handed back (and discarded)
 * at once, and the release that may still come later is ignored.
 */
function releaseWhenLost(client: pg.PoolClient): pg.PoolClient {
  const release = client.release;
  let released = false;
  const releaseOnce = (error?: Error | boolean) => {
    client.off('error', releaseOnce);
    if (released) return;
    released = true;
    release(error);
  };
  client.on('error', releaseOnce);
  client.release = releaseOnce;
  return client;
}

/*
 * PGlite starts PostgreSQL with its stock shared_buffers of 128 MB inside the WebAssembly memory,
 * which grows to hold them and never shrinks: a large share of the embedded server's resident memory. One
 * in-process connection on a small business's data needs far less; 16 MB took the process after a
 * rush of 300 bookings and 1,000 reads from 587 to 448–489 MB (in-memory database, test harness; the
 * rest is Node, the app and the WebAssembly module). The other start parameters are PGlite's own,
 * among them -F: no fsync. A killed process loses nothing the operating system was given; a power cut
 * may lose the last changes (the README says so, and points production at a PostgreSQL server).
 */
async function openPglite(dataDir: string | null): Promise<Database> {
  const [{ PGlite }, { btree_gist }, { drizzle: drizzlePglite }] = await Promise.all([
    import('@electric-sql/pglite'),
    import('@electric-sql/pglite/contrib/btree_gist'),
    import('drizzle-orm/pglite'),
  ]);
  const pgliteDefaults = (PGlite as unknown as { defaultStartParams?: string[] }).defaultStartParams;
  const pgliteStartParams = pgliteDefaults ? { startParams: [...pgliteDefaults, '-c', 'shared_buffers=16MB'] } : {};
  const release = dataDir ? lockDataDir(dataDir) : () => {};
  let client: PGlite;
  try {
    client = await PGlite.create({ ...(dataDir ? { dataDir } : {}), extensions: { btree_gist }, ...pgliteStartParams });
    await client.exec(`SET lock_timeout = '${LOCK_TIMEOUT}'`);
  } catch (error) {
    release();
    throw error;
  }
  return {
    kind: 'pglite',
    db: drizzlePglite(client) as unknown as Db,
    withScriptSession: (fn) =>
      client.transaction((tx) =>
        fn({
          exec: async (script) => void (await tx.exec(script)),
          query: async <Row>(text: string, params?: unknown[]) => (await tx.query<Row>(text, params)).rows,
        }),
      ),
    // One in-process connection that serialises its callers itself: always in use, nobody queued that we can see.
    connections: () => ({ inUse: 1, waiting: 0, max: 1 }),
    async close() {
      await client.close();
      release();
    },
  };
}

/**
 * PGlite has no lock of its own: two processes opening one data directory corrupt it. A pid file
 * guards it, made whole before it appears (written aside, then hard-linked into place, which fails
 * when the file exists), so no one ever reads it half-written. A file left by a dead process is taken
 * over by one starter at a time: the takeover itself is guarded by a second file, and the stale pid
 * is read again under it, so two starters cannot both remove it and both go on.
 */
const heldDataDirs = new Set<string>();

function lockDataDir(dataDir: string): () => void {
  fs.mkdirSync(dataDir, { recursive: true });
  if (heldDataDirs.has(dataDir)) {
    throw new Error(`The database directory ${dataDir} is already open in this process.`);
  }
  const lockPath = path.join(path.dirname(dataDir), `${path.basename(dataDir)}.lock`);
  const mine = `${lockPath}.${process.pid}`;
  fs.writeFileSync(mine, String(process.pid));
  try {
    for (let attempt = 0; attempt < 20; attempt++) {
      try {
        fs.linkSync(mine, lockPath);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
        const owner = lockOwner(lockPath);
        // A lock with our own pid is stale (a restarted container runs as the same pid again):
        // this process's own open directories are refused above.
        if (owner && owner !== process.pid && isAlive(owner)) {
          throw new Error(
            `The database directory ${dataDir} is in use by another Slotwise process (pid ${owner}). ` +
              'Stop it first, or set DATA_DIR to another directory.',
          );
        }
        if (!takeOverStaleLock(lockPath, owner)) pause(50);
        continue;
      }
      const onExit = () => fs.rmSync(lockPath, { force: true });
      process.once('exit', onExit);
      heldDataDirs.add(dataDir);
      return () => {
        process.off('exit', onExit);
        heldDataDirs.delete(dataDir);
        onExit();
      };
    }
  } finally {
    fs.rmSync(mine, { force: true });
  }
  throw new Error(`Could not lock the database directory ${dataDir}.`);
}

/** The pid in a lock file; 0 for one that is gone, empty or unreadable (taken over like a dead one). */
function lockOwner(lockPath: string): number {
  try {
    return Number(fs.readFileSync(lockPath, 'utf8').trim()) || 0;
  } catch {
    return 0;
  }
}

/**
 * Removes a lock file still held by the dead `owner`, under the takeover file; false when another
 * starter is taking it over now (a takeover file older than ten seconds is one that died midway).
 */
function takeOverStaleLock(lockPath: string, owner: number): boolean {
  const takeover = `${lockPath}.takeover`;
  try {
    fs.writeFileSync(takeover, String(process.pid), { flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    try {
      if (Date.now() - fs.statSync(takeover).mtimeMs > 10_000) fs.rmSync(takeover, { force: true });
    } catch {
      // Gone meanwhile: the next attempt sees what it left.
    }
    return false;
  }
  try {
    if (lockOwner(lockPath) === owner) fs.rmSync(lockPath, { force: true });
    return true;
  } finally {
    fs.rmSync(takeover, { force: true });
  }
}

/** Blocks this thread for `ms`: only while opening the database, before anything else runs. */
const pause = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

const hasProc = fs.existsSync('/proc/self/stat');

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
  if (!hasProc) return true;
  // Killed but not yet reaped by its parent (a zombie), a process still takes the signal: it is gone
  // all the same, and a restart right after `kill -9` must not wait for the reaping.
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat[stat.lastIndexOf(')') + 2] !== 'Z';
  } catch {
    return false;
  }
}

/** The first string `field` along an error and its causes that `accept` takes (drizzle wraps the driver's error). */
function errorField(error: unknown, field: 'code' | 'detail' | 'constraint', accept = (_value: string) => true) {
  for (let current = error, depth = 0; current && depth < 5; depth++) {
    const value = (current as Record<string, unknown>)[field];
    if (typeof value === 'string' && accept(value)) return value;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

/** The SQLSTATE of a database error, looking through drizzle's wrapping. */
export const sqlState = (error: unknown): string | undefined =>
  errorField(error, 'code', (code) => /^[0-9A-Z]{5}$/.test(code));

/** ON DELETE RESTRICT answers 23001; a plain foreign key (NO ACTION) 23503. */
const STILL_REFERENCED = new Set(['23001', '23503']);

/**
 * For a delete's catch: a foreign key that refused it (other rows still name the row) becomes the
 * domain's refusal, anything else is thrown on as it is.
 */
export const refuseIfReferenced =
  (refusal: () => Error) =>
  (error: unknown): never => {
    throw STILL_REFERENCED.has(sqlState(error) ?? '') ? refusal() : error;
  };

/** The DETAIL of a database error, if any. */
export const errorDetail = (error: unknown): string | undefined => errorField(error, 'detail');

/** The constraint named by a database error, if any. */
export const violatedConstraint = (error: unknown): string | undefined => errorField(error, 'constraint');

/**
 * Whether an error means the database cannot be reached at all (connection refused or lost,
 * server shutting down, pool or embedded database closed) or cannot take work for now (its disk is
 * full, it is out of memory or connections: class 53), as opposed to a failing query.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let current = error, depth = 0; current && depth < 5; depth++) {
    const { code, message } = current as { code?: unknown; message?: unknown };
    if (
      typeof code === 'string' &&
      (/^(08|57P0|53)/.test(code) || ['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'ENOSPC'].includes(code))
    ) {
      return true;
    }
    if (
      typeof message === 'string' &&
      /pool after calling end|PGlite is closed|Connection terminated|timeout exceeded when trying to connect|not queryable|no space left on device/i.test(
        message,
      )
    ) {
      return true;
    }
    if (fileErrorOf(current)?.startsWith('ENOSPC')) return true;
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}

/** WASI's numbers for the file errors the embedded database's file system throws (ErrnoError has no message). */
const fileErrors: Record<number, string> = {
  2: 'EACCES: permission denied',
  29: 'EIO: input/output error',
  44: 'ENOENT: no such file or directory',
  51: 'ENOSPC: no space left on device',
  63: 'EPERM: operation not permitted',
  69: 'EROFS: read-only file system',
};

/** What an embedded database's file-system error says, or undefined for any other error. */
export function fileErrorOf(error: unknown): string | undefined {
  const { name, errno } = (error ?? {}) as { name?: unknown; errno?: unknown };
  if (name !== 'ErrnoError' || typeof errno !== 'number') return undefined;
  return fileErrors[errno] ?? `file system error ${errno}`;
}

/**
 * Whether an error means the database could not take a write: its disk is full (53100, or ENOSPC
 * from the embedded database's file system), it is out of memory (53200) or connections (53300).
 * Reads may still work meanwhile, so a readiness probe that only reads would say "ready".
 */
export function isOutOfResources(error: unknown): boolean {
  for (let current = error, depth = 0; current && depth < 5; depth++) {
    const { code, message } = current as { code?: unknown; message?: unknown };
    if (typeof code === 'string' && (/^53/.test(code) || code === 'ENOSPC')) return true;
    if (typeof message === 'string' && /no space left on device/i.test(message)) return true;
    if (fileErrorOf(current)?.startsWith('ENOSPC')) return true;
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}

/**
 * When a unit of work on each database last failed for want of resources (ms since the epoch), until
 * a transaction on it commits a write again. Readiness reads it (`lastWriteFailure`) instead of
 * writing on every probe. Keyed by the database handle, so that two apps in one process (tests) keep
 * their own.
 */
const writeFailures = new WeakMap<object, number>();

/** When a write on `db` last failed for want of resources, or null when one has committed since. */
export const lastWriteFailure = (db: Db): number | null => writeFailures.get(db) ?? null;

function noteFailure(db: Db, error: unknown): void {
  if (isOutOfResources(error)) writeFailures.set(db, Date.now());
}

const RETRYABLE = new Set(['40001', '40P01']); // serialization failure, deadlock detected

/**
 * Thrown inside `transaction` when a row found under its lock is no longer what the locks taken
 * before it were chosen for: the transaction rolls back and runs again, as on a serialization failure.
 */
export class StaleRead extends Error {
  readonly code = '40001';
}
const LOCK_NOT_AVAILABLE = '55P03';

/**
 * Runs `fn` in one transaction (every connection has a bounded lock wait). A lock timeout becomes the
 * retryable `busy` error; serialization failures and deadlocks are retried a few times. A lost
 * connection becomes `database_unavailable` whatever failed last: when the connection drops, the
 * ROLLBACK fails too and its error is the one that surfaces, hiding the original.
 */
export async function transaction<T>(db: Db, fn: (tx: Db) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      // After a failure for want of resources, each transaction asks whether it wrote (it has a
      // transaction id only then): one that commits a write shows the database takes writes again.
      // Otherwise nothing is asked, so a healthy database pays no extra round trip.
      const watching = writeFailures.has(db);
      let wrote = false;
      const result = await db.transaction(async (tx) => {
        const value = await fn(tx as unknown as Db);
        if (watching) {
          const [row] = await queryRows<{ wrote: boolean }>(
            tx as unknown as Db,
            sql`SELECT pg_current_xact_id_if_assigned() IS NOT NULL AS wrote`,
          );
          wrote = row?.wrote === true;
        }
        return value;
      });
      if (wrote) writeFailures.delete(db);
      return result;
    } catch (error) {
      const state = sqlState(error);
      if (state && RETRYABLE.has(state) && attempt < 5) {
        await new Promise((resolve) => setTimeout(resolve, attempt * 10 * Math.random()));
        continue;
      }
      noteFailure(db, error);
      throw ended(error);
    }
  }
}

/**
 * Runs `fn`, whose one write is a single statement, on the pool outside any transaction (the statement
 * commits alone). Answers null where a transaction would run again (a serialization failure, a
 * deadlock, a StaleRead): the caller then takes its transactional path. Errors are those of
 * `transaction`.
 */
export async function inOneStatement<T>(db: Db, fn: (db: Db) => Promise<T>): Promise<T | null> {
  try {
    return await fn(db);
  } catch (error) {
    const state = sqlState(error);
    if (state && RETRYABLE.has(state)) return null;
    noteFailure(db, error);
    throw ended(error);
  }
}

/** What a database error that ends a unit of work is answered as. */
function ended(error: unknown): unknown {
  const state = sqlState(error);
  if (state === LOCK_NOT_AVAILABLE) return new DomainError('busy');
  if (state && RETRYABLE.has(state)) return new DomainError('busy');
  if (isDatabaseUnavailable(error)) return new DomainError('database_unavailable', {}, undefined, error);
  return error;
}
