import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { type Database, openDatabase, queryRows } from '../../src/platform/db.ts';
import { createServerDatabase, testDbKind } from '../support/database.ts';

// Statements the app repeats go to a PostgreSQL server as named prepared statements (platform/db.ts),
// parsed and planned once per connection; statements used once or twice stay unnamed.
const skip = testDbKind() !== 'postgres' ? 'prepared statements are the PostgreSQL server pool’s' : false;

let database: Database;
let unprepared: Database;
let drop: () => Promise<void>;
let url: string;

before(async () => {
  if (skip) return;
  const server = process.env.DATABASE_URL ?? '';
  const created = await createServerDatabase(server, 'slotwise_test', process.env.TEST_PG_TEMPLATE);
  drop = created.drop;
  url = created.url;
  // One connection: what the statements prepared on it shows is what every query here went through.
  database = await openDatabase({ kind: 'postgres', url: created.url, poolMax: 1 });
  unprepared = await openDatabase({ kind: 'postgres', url: created.url, poolMax: 1, preparedStatements: false });
});
after(async () => {
  if (skip) return;
  await database.close();
  await unprepared.close();
  await drop();
});

/** The texts prepared on the pool's one connection that contain `marker`. */
async function preparedWith(marker: string, on: Database = database): Promise<string[]> {
  const rows = await queryRows<{ statement: string }>(
    on.db,
    sql`SELECT statement FROM pg_prepared_statements WHERE statement LIKE ${`%${marker}%`} AND statement NOT LIKE '%pg_prepared_statements%'`,
  );
  return rows.map((row) => row.statement);
}

test('a statement is prepared from its third use on, once, and answers as before', { skip }, async () => {
  const answers: number[] = [];
  for (let i = 1; i <= 2; i++) {
    const [row] = await queryRows<{ n: number }>(database.db, sql`SELECT ${i}::int * 2 AS n, 'repeated' AS tag`);
    answers.push(row?.n ?? Number.NaN);
  }
  assert.deepEqual(await preparedWith('repeated'), [], 'not prepared after two uses');
  for (let i = 3; i <= 6; i++) {
    const [row] = await queryRows<{ n: number }>(database.db, sql`SELECT ${i}::int * 2 AS n, 'repeated' AS tag`);
    answers.push(row?.n ?? Number.NaN);
  }
  assert.deepEqual(answers, [2, 4, 6, 8, 10, 12], 'each use answers with its own parameters');
  assert.equal((await preparedWith('repeated')).length, 1, 'prepared once, then reused');
});

test('a statement used once is not prepared', { skip }, async () => {
  const marker = `once_${Date.now()}`;
  const [row] = await queryRows<{ tag: string }>(database.db, sql`SELECT ${sql.raw(`'${marker}'`)} AS tag`);
  assert.equal(row?.tag, marker);
  assert.deepEqual(await preparedWith(marker), [], 'a text used once stays unnamed');
});

test('a prepared statement that fails leaves the connection usable', { skip }, async () => {
  for (let i = 0; i < 4; i++) {
    await assert.rejects(
      queryRows(database.db, sql`SELECT 1 / ${i - i}::int AS boom, 'failing' AS tag`),
      (error: Error & { cause?: { code?: string } }) => error.cause?.code === '22012',
      'division by zero, every time',
    );
  }
  const [row] = await queryRows<{ ok: number }>(database.db, sql`SELECT ${1}::int AS ok, 'after failing' AS tag`);
  assert.equal(row?.ok, 1, 'the connection still answers');
});

test('with DATABASE_PREPARED_STATEMENTS=false nothing is prepared, not even a query given a name', {
  skip,
}, async () => {
  const named = unprepared.db
    .select({ n: sql<number>`${sql.placeholder('n')}::int + 1`, tag: sql<string>`'named here'` })
    .from(sql`(SELECT 1) AS one`)
    .prepare('named_by_the_caller');
  for (let i = 0; i < 4; i++) {
    const [row] = await queryRows<{ n: number }>(unprepared.db, sql`SELECT ${i}::int AS n, 'unprepared' AS tag`);
    assert.equal(row?.n, i);
    const [prepared] = await named.execute({ n: i });
    assert.equal(prepared?.n, i + 1);
  }
  assert.deepEqual(await preparedWith('unprepared', unprepared), [], 'repeated, yet unnamed');
  assert.deepEqual(await preparedWith('named here', unprepared), [], "the caller's name dropped");
});

test('a connection plans its statements again as it is used: a plan made on an empty table does not outlive its growth', {
  skip,
}, async () => {
  // A connection of its own, so that its count of statements starts here.
  const own = await openDatabase({ kind: 'postgres', url, poolMax: 1 });
  const name = `grown_${Date.now()}`;
  const table = sql.raw(name);
  try {
    await own.db.execute(sql`CREATE TEMP TABLE ${table} (id int PRIMARY KEY, grp int NOT NULL)`);
    await own.db.execute(sql`CREATE INDEX ON ${table} (grp)`);
    // Empty, and known to be: every plan reads it whole, which costs nothing.
    await own.db.execute(sql`ANALYZE ${table}`);
    const look = (grp: number) => queryRows(own.db, sql`SELECT id FROM ${table} WHERE grp = ${grp}`);
    for (let grp = 0; grp < 10; grp++) await look(grp);
    // Grown past what a scan of the whole table is worth, with no statistics gathered since.
    await own.db.execute(sql`INSERT INTO ${table} SELECT g, g FROM generate_series(1, 20000) AS g`);
    /** Index scans of the table so far, as the connection's own statistics report them. */
    const indexScans = async () => {
      await own.db.execute(sql`SELECT pg_stat_force_next_flush()`);
      const [row] = await queryRows<{ scans: number }>(
        own.db,
        sql`SELECT coalesce(idx_scan, 0)::int AS scans FROM pg_stat_all_tables WHERE relid = ${`pg_temp.${name}`}::regclass`,
      );
      return row?.scans ?? Number.NaN;
    };
    for (let grp = 0; grp < 5; grp++) await look(grp);
    assert.equal(await indexScans(), 0, 'the plan made on the empty table still reads it whole');
    for (let grp = 0; grp < 300; grp++) {
      const rows = await look(grp);
      assert.equal(rows.length, grp === 0 ? 0 : 1, 'each look answers with its own row');
    }
    assert.ok((await indexScans()) > 0, 'past its 256th statement the connection planned again, for the grown table');
  } finally {
    await own.close();
  }
});

test('plans dropped while a transaction has already failed leave it to roll back, and the connection answers after', {
  skip,
}, async () => {
  // Three connections, each one statement further along, so that on one of them the statement
  // that drops the plans is queued right before a failed transaction's ROLLBACK.
  for (let lead = 0; lead < 3; lead++) {
    const own = await openDatabase({ kind: 'postgres', url, poolMax: 1 });
    try {
      for (let i = 0; i < 240 + lead; i++) await queryRows(own.db, sql`SELECT ${i}::int AS n, 'counting' AS tag`);
      for (let attempt = 0; attempt < 8; attempt++) {
        await assert.rejects(
          own.db.transaction(async (tx) => {
            await tx.execute(sql`SELECT 1 / ${0}::int AS boom`);
          }),
          (error: Error & { cause?: { code?: string } }) => error.cause?.code === '22012',
          'the transaction fails on its statement, not on anything else',
        );
      }
      const [row] = await queryRows<{ ok: number }>(own.db, sql`SELECT ${lead}::int AS ok, 'after' AS tag`);
      assert.equal(row?.ok, lead, 'the connection answers');
    } finally {
      await own.close();
    }
  }
});
