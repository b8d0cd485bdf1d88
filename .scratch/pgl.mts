import { sql } from 'drizzle-orm';
import { openDatabase, queryRows } from '/work/main/src/platform/db.ts';
import { migrate } from '/work/main/src/platform/migrate.ts';
import { countRequest } from '/work/main/src/platform/rate-limits.ts';
const d = await openDatabase({ kind: 'pglite', dataDir: null });
await migrate(d);
const [org] = await queryRows<{ id: string }>(d.db, sql`INSERT INTO organisations (slug, name, time_zone, currency) VALUES ('xstudio','x','Europe/Stockholm','SEK') RETURNING id`).catch(async (e) => { console.error(e.cause?.message); return [] as any; });
async function time(label: string, n: number, fn: (i: number) => Promise<unknown>) {
  for (let i = 0; i < 50; i++) await fn(i);
  const t = performance.now(); for (let i = 0; i < n; i++) await fn(i);
  console.log(label, ((performance.now() - t) / n).toFixed(3), 'ms');
}
await time('select 1', 500, () => queryRows(d.db, sql`SELECT 1`));
await time('select $1', 500, (i) => queryRows(d.db, sql`SELECT ${i}::int`));
if (org) await time('countRequest', 500, () => countRequest(d.db, org.id, 'public_write', [{ key: 'address:1', max: 1e9, shards: 8 }, { key: 'org', max: 1e9 }], new Date()));
await d.close();
