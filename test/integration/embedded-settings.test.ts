// The embedded database's memory settings (src/platform/db.ts): PGlite's stock 128 MB of shared
// buffers would stay resident in its WebAssembly memory for good.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sql } from 'drizzle-orm';
import { openDatabase } from '../../src/platform/db.ts';

test("the embedded database runs with 16 MB of shared buffers and PGlite's other start parameters", async () => {
  const database = await openDatabase({ kind: 'pglite', dataDir: null });
  try {
    const setting = async (name: string) =>
      ((await database.db.execute(sql.raw(`SHOW ${name}`))) as unknown as { rows: Record<string, string>[] }).rows[0]?.[
        name
      ];
    assert.equal(await setting('shared_buffers'), '16MB');
    assert.equal(await setting('search_path'), 'public', "PGlite's own start parameters are kept");
    assert.equal(await setting('max_worker_processes'), '0');
  } finally {
    await database.close();
  }
});
