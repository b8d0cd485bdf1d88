// A second Slotwise process for the data directory lock test:
//   node --import tsx test/support/open-datadir.ts <dataDir> [once|hold]
// Prints one JSON line: {"ok":true,"pid":...,"rows":...} or {"ok":false,"message":...}.
// "once" (the default) opens the directory, reads from it and closes it again; "hold" keeps it
// open until the process is killed.
import { sql } from 'drizzle-orm';
import { openDatabase } from '../../src/platform/db.ts';

const [dataDir, mode = 'once'] = process.argv.slice(2);
if (!dataDir) {
  process.stderr.write('usage: open-datadir.ts <dataDir> [once|hold]\n');
  process.exit(2);
}

try {
  const database = await openDatabase({ kind: 'pglite', dataDir });
  const result = (await database.db.execute(sql`SELECT count(*)::int AS n FROM pg_class`)) as unknown as {
    rows: { n: number }[];
  };
  process.stdout.write(`${JSON.stringify({ ok: true, pid: process.pid, rows: result.rows[0]?.n })}\n`);
  if (mode === 'hold') {
    setInterval(() => {}, 60_000);
  } else {
    await database.close();
    process.exit(0);
  }
} catch (error) {
  process.stdout.write(
    `${JSON.stringify({ ok: false, message: error instanceof Error ? error.message : String(error) })}\n`,
  );
  process.exit(1);
}
