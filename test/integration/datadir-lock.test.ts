import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { type Database, openDatabase } from '../../src/platform/db.ts';
import { testDbKind } from '../support/database.ts';

// The lock guards the embedded database's directory; a PostgreSQL server run has nothing to test here.
const skip = testDbKind() === 'postgres' ? 'the data directory lock is for the embedded database (PGlite) only' : false;

const root = fileURLToPath(new URL('../../', import.meta.url));
const childScript = fileURLToPath(new URL('../support/open-datadir.ts', import.meta.url));
const IN_USE = /is in use by another Slotwise process/;

interface ChildResult {
  code: number | null;
  result: { ok: boolean; pid?: number; message?: string } | undefined;
  stderr: string;
}

/** Runs the child script once against `dataDir` and waits for it to exit. */
function runChild(dataDir: string): Promise<ChildResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', childScript, dataDir, 'once'], { cwd: root });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      const line = stdout.trim().split('\n').at(-1);
      resolve({ code, result: line ? JSON.parse(line) : undefined, stderr });
    });
  });
}

/** Starts the child script in hold mode; resolves once it has the directory open. */
function holdInChild(dataDir: string): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', childScript, dataDir, 'hold'], { cwd: root });
    let stdout = '';
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
      const line = stdout.split('\n')[0];
      if (stdout.includes('\n') && line) {
        const result = JSON.parse(line);
        if (result.ok) resolve(child);
        else reject(new Error(`the holding child could not open: ${result.message}`));
      }
    });
    child.on('error', reject);
    child.on('exit', (code) => reject(new Error(`the holding child exited early (${code}): ${stdout} ${stderr}`)));
  });
}

const exited = (child: ChildProcess) =>
  new Promise<void>((resolve) =>
    child.exitCode !== null || child.signalCode !== null ? resolve() : child.once('exit', () => resolve()),
  );

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** A pid that no process has right now. */
function deadPid(): number {
  for (const pid of [999_999, 999_998, 888_888, 777_777, 4_000_000]) if (!isAlive(pid)) return pid;
  throw new Error('no free pid found');
}

async function count(database: Database): Promise<number> {
  const result = (await database.db.execute(sql`SELECT count(*)::int AS n FROM lock_probe`)) as unknown as {
    rows: { n: number }[];
  };
  return result.rows[0]!.n;
}

describe('the embedded database directory lock', { skip }, () => {
  let base: string;
  let dataDir: string;
  let lockPath: string;
  const children: ChildProcess[] = [];

  before(() => {
    base = fs.mkdtempSync(path.join(os.tmpdir(), 'slotwise-lock-'));
    dataDir = path.join(base, 'pglite');
    lockPath = path.join(base, 'pglite.lock');
  });
  after(() => {
    for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    fs.rmSync(base, { recursive: true, force: true });
  });

  test('while this process has the directory open, another process is refused; after closing it may open it', async () => {
    const database = await openDatabase({ kind: 'pglite', dataDir });
    try {
      assert.equal(fs.readFileSync(lockPath, 'utf8').trim(), String(process.pid), 'the lock file names this process');
      await database.db.execute(sql`CREATE TABLE lock_probe (x integer)`);
      await database.db.execute(sql`INSERT INTO lock_probe VALUES (1)`);

      const refused = await runChild(dataDir);
      assert.equal(refused.code, 1, refused.stderr);
      assert.equal(refused.result?.ok, false);
      assert.match(refused.result!.message!, IN_USE);
      assert.ok(refused.result!.message!.includes(`(pid ${process.pid})`), refused.result!.message);
      assert.ok(refused.result!.message!.includes(dataDir), 'the message names the directory');

      // The refused process touched neither the lock nor the database.
      assert.equal(fs.readFileSync(lockPath, 'utf8').trim(), String(process.pid));
      assert.equal(await count(database), 1);
    } finally {
      await database.close();
    }
    assert.equal(fs.existsSync(lockPath), false, 'closing removes the lock file');

    const opened = await runChild(dataDir);
    assert.equal(opened.code, 0, `${JSON.stringify(opened.result)} ${opened.stderr}`);
    assert.equal(opened.result?.ok, true);
    assert.equal(fs.existsSync(lockPath), false, 'the child removed its lock file when it closed');
  });

  test('this process is refused while another process holds the directory', async () => {
    const holder = await holdInChild(dataDir);
    children.push(holder);
    try {
      assert.equal(fs.readFileSync(lockPath, 'utf8').trim(), String(holder.pid));
      await assert.rejects(openDatabase({ kind: 'pglite', dataDir }), (error: Error) => {
        assert.match(error.message, IN_USE);
        assert.ok(error.message.includes(`(pid ${holder.pid})`), error.message);
        return true;
      });
      assert.equal(
        fs.readFileSync(lockPath, 'utf8').trim(),
        String(holder.pid),
        'a refused open leaves the lock alone',
      );
    } finally {
      holder.kill('SIGTERM');
      await exited(holder);
    }
  });

  test('a lock file left by a killed process is taken over, and the data is still there', async () => {
    const holder = await holdInChild(dataDir);
    children.push(holder);
    holder.kill('SIGKILL');
    await exited(holder);
    assert.equal(
      fs.readFileSync(lockPath, 'utf8').trim(),
      String(holder.pid),
      'a killed process leaves its lock behind',
    );

    const database = await openDatabase({ kind: 'pglite', dataDir });
    try {
      assert.equal(fs.readFileSync(lockPath, 'utf8').trim(), String(process.pid));
      assert.equal(await count(database), 1);
    } finally {
      await database.close();
    }
    assert.equal(fs.existsSync(lockPath), false);
  });

  test('a stale lock file with a dead pid is taken over', async () => {
    const stale = deadPid();
    fs.writeFileSync(lockPath, String(stale));
    const database = await openDatabase({ kind: 'pglite', dataDir });
    try {
      assert.equal(fs.readFileSync(lockPath, 'utf8').trim(), String(process.pid));
      assert.equal(await count(database), 1);
      // Now that this process holds it, another one is refused again.
      const refused = await runChild(dataDir);
      assert.equal(refused.code, 1, refused.stderr);
      assert.match(refused.result?.message ?? '', IN_USE);
    } finally {
      await database.close();
    }
    assert.equal(fs.existsSync(lockPath), false);
  });

  test('a lock of a process killed but not yet reaped by its parent (a zombie) is taken over at once', async () => {
    // `sleep 0` ends at once; its parent, exec'd into `sleep 3`, never reaps it: a zombie for three seconds.
    const parent = spawn('sh', ['-c', 'sleep 0 & echo $!; exec sleep 3']);
    children.push(parent);
    const zombie = await new Promise<number>((resolve) =>
      parent.stdout?.once('data', (chunk: Buffer) => resolve(Number(chunk.toString().trim()))),
    );
    for (let tries = 0; fs.readFileSync(`/proc/${zombie}/stat`, 'utf8').split(') ')[1]?.[0] !== 'Z'; tries++) {
      assert.ok(tries < 100, 'the child became a zombie');
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    process.kill(zombie, 0); // it still takes a signal, as a live process would
    fs.writeFileSync(lockPath, String(zombie));
    const database = await openDatabase({ kind: 'pglite', dataDir });
    try {
      assert.equal(fs.readFileSync(lockPath, 'utf8').trim(), String(process.pid));
    } finally {
      await database.close();
      parent.kill('SIGKILL');
    }
  });

  test('an empty or unreadable lock file (a crash while writing it) is taken over', async () => {
    for (const content of ['', 'not a pid\n']) {
      fs.writeFileSync(lockPath, content);
      const database = await openDatabase({ kind: 'pglite', dataDir });
      try {
        assert.equal(fs.readFileSync(lockPath, 'utf8').trim(), String(process.pid), JSON.stringify(content));
      } finally {
        await database.close();
      }
    }
  });
});
