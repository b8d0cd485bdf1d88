import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { eq, sql } from 'drizzle-orm';
import { type Database, type Db, preparedOn, transaction } from '../../src/platform/db.ts';
import { organisations } from '../../src/modules/orgs/orgs.tables.ts';
import { openTestDatabase, testDbKind } from '../support/database.ts';

// A query built once per process (preparedOn, platform/db.ts) runs on the handle it is asked for:
// the pool, or the connection of the transaction it is used in, whichever handle built it.

let database: Database;

before(async () => {
  database = await openTestDatabase();
});
after(() => database.close());

const orgBySlug = (db: Db) =>
  preparedOn(db, 'test_org_by_slug', (name) =>
    db
      .select({ id: organisations.id, name: organisations.name })
      .from(organisations)
      .where(eq(organisations.slug, sql.placeholder('slug')))
      .prepare(name),
  );

async function insertOrg(db: Db, slug: string): Promise<string> {
  const [row] = await db
    .insert(organisations)
    .values({
      slug,
      name: `Org ${slug}`,
      timeZone: 'Europe/Stockholm',
      currency: 'SEK',
      defaultLocale: 'en',
      cancellationDeadlineHours: 24,
      isDefault: false,
    })
    .returning({ id: organisations.id });
  if (!row) throw new Error('no organisation inserted');
  return row.id;
}

test('a query built inside one transaction answers on the pool, and inside another on its connection', async () => {
  // Built first inside a transaction that then commits: its connection is gone (PGlite) or back in the pool.
  const first = await transaction(database.db, async (tx) => {
    const id = await insertOrg(tx, 'prepared-first');
    const [row] = await orgBySlug(tx).execute({ slug: 'prepared-first' });
    assert.equal(row?.id, id, 'the building transaction sees its own row');
    return id;
  });
  const [onPool] = await orgBySlug(database.db).execute({ slug: 'prepared-first' });
  assert.equal(onPool?.id, first, 'the pool sees the committed row');

  // Another transaction's uncommitted row is seen only by a query that runs on that transaction. On a
  // server, the connection that built the query is held by a transaction of its own meanwhile (the pool
  // hands out the connection released last), so that this one runs on another.
  let release = () => {};
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  const holder =
    testDbKind() === 'postgres'
      ? transaction(database.db, async (tx) => {
          await tx.execute(sql`SELECT 1`);
          await held;
        })
      : Promise.resolve();
  const rolledBack = new Error('rolled back on purpose');
  try {
    await assert.rejects(
      transaction(database.db, async (tx) => {
        const id = await insertOrg(tx, 'prepared-second');
        const [seen] = await orgBySlug(tx).execute({ slug: 'prepared-second' });
        assert.equal(seen?.id, id, 'the query runs on this transaction: its uncommitted row is there');
        throw rolledBack;
      }),
      (error) => {
        if (error !== rolledBack) throw error;
        return true;
      },
    );
  } finally {
    release();
    await holder;
  }
  const afterRollback = await orgBySlug(database.db).execute({ slug: 'prepared-second' });
  assert.deepEqual(afterRollback, [], 'the rolled-back row was never written outside its transaction');
});

test('one query answers each call with its own parameters, interleaved on the pool and in a transaction', async () => {
  const ids = new Map<string, string>();
  for (const slug of ['prepared-a', 'prepared-b', 'prepared-c']) ids.set(slug, await insertOrg(database.db, slug));
  for (const slug of ['prepared-c', 'prepared-a', 'prepared-b']) {
    const [onPool] = await orgBySlug(database.db).execute({ slug });
    assert.equal(onPool?.id, ids.get(slug), `the pool finds ${slug}`);
    const inTx = await transaction(database.db, async (tx) => (await orgBySlug(tx).execute({ slug }))[0]);
    assert.equal(inTx?.id, ids.get(slug), `a transaction finds ${slug}`);
  }
  assert.deepEqual(
    await orgBySlug(database.db).execute({ slug: 'prepared-none' }),
    [],
    'an unknown slug finds nothing',
  );
});
