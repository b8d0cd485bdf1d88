import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { type Database, queryRows, transaction } from '../../src/platform/db.ts';
import { withWriteBatch } from '../../src/platform/write-batch.ts';
import { openTestDatabase } from '../support/database.ts';

// A transaction's writes sent together (platform/write-batch.ts) happen in the order they were added:
// the audit log, ordered by id, tells a settlement's steps in the order they were taken.

let database: Database;

before(async () => {
  database = await openTestDatabase();
  await database.db.execute(sql`CREATE TABLE batch_log (id bigserial PRIMARY KEY, step text NOT NULL)`);
});
after(async () => {
  await database.db.execute(sql`DROP TABLE batch_log`);
  await database.close();
});

const steps = ['payment.succeeded', 'booking.confirmed', 'points.earned', 'mail.queued'];

test('writes sent alone, ahead of a statement or before its own work, happen in the order they were added', async () => {
  await transaction(database.db, (tx) =>
    withWriteBatch(tx, async (writes) => {
      for (const step of steps) writes.add(sql`INSERT INTO batch_log (step) VALUES (${step})`);
    }),
  );
  await transaction(database.db, (tx) =>
    withWriteBatch(tx, async (writes) => {
      for (const step of steps) writes.add(sql`INSERT INTO batch_log (step) VALUES (${`led ${step}`})`);
      await queryRows(tx, sql`WITH ${writes.leadingWrites()}one AS (SELECT 1) SELECT * FROM one`);
    }),
  );
  await transaction(database.db, (tx) =>
    withWriteBatch(tx, async (writes) => {
      for (const step of steps) writes.add(sql`INSERT INTO batch_log (step) VALUES (${`first ${step}`})`);
      const { ctes, ran } = writes.writesFirst();
      const rows = await queryRows(tx, sql`WITH ${ctes}one AS (SELECT 1 AS one WHERE ${ran}) SELECT one FROM one`);
      assert.equal(rows.length, 1, 'the condition holds once the writes have run');
    }),
  );
  const logged = await queryRows<{ step: string }>(database.db, sql`SELECT step FROM batch_log ORDER BY id`);
  assert.deepEqual(
    logged.map((row) => row.step),
    [...steps, ...steps.map((step) => `led ${step}`), ...steps.map((step) => `first ${step}`)],
  );
});
