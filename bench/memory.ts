/**
 * Where the embedded server's memory goes: `node --expose-gc --import tsx bench/memory.ts [--dir=PATH]`.
 *
 * Opens the embedded database (PGlite) in a fresh data directory on disk, as a newcomer's first start
 * does, builds the app in this process, books a rush of 300 guests on one class at the same instant and
 * reads the class list and detail 1,000 times, printing after each step the resident set and its parts:
 * V8's heap, memory outside it (`external`, which holds PGlite's WebAssembly memory) and the size of
 * each WebAssembly memory PGlite made (`gone` once collected). No network, no database server.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { buildApp } from '../src/app.ts';
import { ensureAdmin } from '../src/modules/auth/auth.service.ts';
import { ensureDefaultOrganisation } from '../src/modules/orgs/orgs.service.ts';
import { systemClock } from '../src/platform/clock.ts';
import { loadConfig } from '../src/platform/config.ts';
import { openDatabase } from '../src/platform/db.ts';
import { migrate } from '../src/platform/migrate.ts';
import { ADMIN, formatTable } from './support.ts';

// Every WebAssembly memory made from here on, held weakly so that measuring keeps none alive.
type WasmMemory = { buffer: ArrayBuffer };
const wasm = (globalThis as unknown as { WebAssembly: { Memory: new (descriptor: unknown) => WasmMemory } })
  .WebAssembly;
const memories: WeakRef<WasmMemory>[] = [];
const NativeMemory = wasm.Memory;
wasm.Memory = function Memory(descriptor: unknown) {
  const memory = new NativeMemory(descriptor);
  memories.push(new WeakRef(memory));
  return memory;
} as unknown as typeof wasm.Memory;

const rows: string[][] = [];
const mb = (bytes: number) => (bytes / 1048576).toFixed(0);
function step(label: string) {
  (globalThis as { gc?: () => void }).gc?.();
  const usage = process.memoryUsage();
  const wasm = memories.map((ref) => {
    const memory = ref.deref();
    return memory ? mb(memory.buffer.byteLength) : 'gone';
  });
  rows.push([
    label,
    mb(usage.rss),
    mb(usage.heapUsed),
    mb(usage.heapTotal),
    mb(usage.external),
    wasm.join(' + ') || '-',
  ]);
}

async function main(): Promise<number> {
  const given = process.argv.find((arg) => arg.startsWith('--dir='))?.slice('--dir='.length);
  const dataDir = given ?? fs.mkdtempSync(path.join(os.tmpdir(), 'slotwise-memory-'));
  step('modules loaded');
  const database = await openDatabase({ kind: 'pglite', dataDir });
  step('database open');
  try {
    await migrate(database);
    const org = await ensureDefaultOrganisation(database.db);
    await ensureAdmin(database.db, org, ADMIN);
    const config = loadConfig({
      NODE_ENV: 'production',
      LOG_LEVEL: 'warn',
      DEMO_DATA: 'false',
      PUBLIC_URL: 'http://slotwise.test',
      DATA_DIR: dataDir,
    });
    const app = await buildApp({
      config,
      database,
      db: database.db,
      clock: systemClock,
      logger: pino({ level: 'warn' }),
      cardGateway: null,
    });
    await app.ready();
    step('app ready');
    const signIn = await app.inject({ method: 'POST', url: '/api/v1/auth/sign-in', payload: ADMIN });
    const cookie = String(signIn.headers['set-cookie']).split(';')[0] ?? '';
    const startsAt = new Date(Date.now() + 7 * 86_400_000);
    const created = await app.inject({
      method: 'POST',
      url: '/api/v1/classes',
      headers: { cookie, 'x-csrf-token': (signIn.json() as { csrfToken: string }).csrfToken },
      payload: {
        title: 'Opening rush',
        startsAt: startsAt.toISOString(),
        endsAt: new Date(startsAt.getTime() + 3_600_000).toISOString(),
        maxSpots: 250,
        price: { amount: 15000 },
      },
    });
    const classId = (created.json() as { id: string }).id;
    const answers = await Promise.all(
      Array.from({ length: 300 }, (_, i) =>
        app.inject({
          method: 'POST',
          url: '/api/v1/bookings',
          payload: { classId, guest: { name: `Guest ${i}`, email: `rush-${i}@example.test` } },
        }),
      ),
    );
    const booked = answers.filter((answer) => answer.statusCode === 201).length;
    step(`rush of 300 (${booked} booked)`);
    for (let i = 0; i < 1000; i++) {
      await app.inject({ method: 'GET', url: i % 2 === 0 ? '/api/v1/classes' : `/api/v1/classes/${classId}` });
    }
    step('1,000 reads');
    await app.close();
  } finally {
    await database.close();
    if (!given) fs.rmSync(dataDir, { recursive: true, force: true });
  }
  process.stdout.write(
    formatTable(['step', 'rss MB', 'heap used', 'heap total', 'external', 'WebAssembly memories MB'], rows),
  );
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`bench/memory: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
