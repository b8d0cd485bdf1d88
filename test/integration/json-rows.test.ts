import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { bigint, boolean, date, integer, jsonb, pgTable, smallint, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { tstzrange } from '../../src/modules/bookings/bookings.tables.ts';
import { type Database, queryRows } from '../../src/platform/db.ts';
import { jsonRowsInsert } from '../../src/platform/json-rows.ts';
import { openTestDatabase } from '../support/database.ts';

// Rows written as one JSON parameter (platform/json-rows.ts) are the rows the query builder's INSERT
// writes: each column type the app uses, NULLs, defaults, odd text and the order of several rows.

const kinds = pgTable('json_rows_kinds', {
  tag: text('tag').notNull(),
  id: uuid('id'),
  label: text('label'),
  count: integer('count'),
  big: bigint('big', { mode: 'number' }),
  small: smallint('small'),
  flag: boolean('flag'),
  at: timestamp('at', { withTimezone: true }),
  day: date('day', { mode: 'string' }),
  doc: jsonb('doc'),
  span: tstzrange('span'),
  made: timestamp('made', { withTimezone: true }).notNull().defaultNow(),
  kept: text('kept').notNull().default('the default'),
});

let database: Database;

before(async () => {
  database = await openTestDatabase();
  await database.db.execute(sql`CREATE TABLE json_rows_kinds (
    tag text NOT NULL, id uuid, label text, count integer, big bigint, small smallint, flag boolean,
    at timestamptz, day date, doc jsonb, span tstzrange, made timestamptz NOT NULL DEFAULT now(),
    kept text NOT NULL DEFAULT 'the default')`);
});
after(async () => {
  await database.db.execute(sql`DROP TABLE json_rows_kinds`);
  await database.close();
});

type Row = typeof kinds.$inferInsert;
const rows: Omit<Row, 'tag'>[] = [
  {
    id: '6f1c3c1e-8a5b-4a8e-9a51-2b7e8c1d0f42',
    label: 'Yoga "Flow" — kväll\nåtta\\ta\'s',
    count: -7,
    big: 9_007_199_254_740_991,
    small: 32_000,
    flag: false,
    at: new Date('2031-03-30T00:59:59.123Z'),
    day: '2031-03-30',
    doc: { reason: 'moved', lines: [1, 'två', null], nested: { ok: true } },
    span: '["2031-03-30 01:00:00+00","2031-03-30 02:00:00+00")',
  },
  {
    id: null,
    label: null,
    count: null,
    big: null,
    small: null,
    flag: null,
    at: null,
    day: null,
    doc: null,
    span: null,
  },
  { label: '', doc: ['a', 2], flag: true, kept: 'given' },
];

const written = (prefix: string) =>
  queryRows<Record<string, unknown>>(
    database.db,
    sql`SELECT tag, id, label, count, big, small, flag, at, day::text AS day, doc, doc IS NULL AS doc_null, span::text AS span,
               made = now() AS made_now, kept
          FROM json_rows_kinds WHERE tag LIKE ${`${prefix}%`} ORDER BY tag`,
  );

test('each row reads back as the query builder writes it, and several rows keep their order', async () => {
  for (const [i, row] of rows.entries()) {
    await database.db.insert(kinds).values({ tag: `builder ${i}`, ...row });
    await database.db.execute(jsonRowsInsert(database.db, kinds, [{ tag: `json ${i}`, ...row }]));
  }
  const byBuilder = await written('builder');
  const byJson = await written('json');
  assert.equal(byJson.length, rows.length);
  assert.deepEqual(
    byJson.map(({ tag, ...rest }) => rest),
    byBuilder.map(({ tag, ...rest }) => rest),
  );
  assert.equal(byJson[1]?.doc_null, true, 'a JSON column given null holds SQL NULL, not JSON null');
  assert.equal(byJson[0]?.kept, 'the default', 'a column not given takes its default');

  // Several rows of the same columns in one statement, numbered by a sequence in the order given.
  const same = ['c', 'a', 'b'].map((label, i) => ({ tag: `many ${label}`, label, count: i }));
  await database.db.execute(sql`ALTER TABLE json_rows_kinds ADD COLUMN seq bigserial`);
  await database.db.execute(jsonRowsInsert(database.db, kinds, same));
  const many = await queryRows<{ label: string }>(
    database.db,
    sql`SELECT label FROM json_rows_kinds WHERE tag LIKE 'many%' ORDER BY seq`,
  );
  assert.deepEqual(
    many.map((row) => row.label),
    ['c', 'a', 'b'],
  );
});

test('rows that do not give the same columns go through the query builder, and still write what they give', async () => {
  const mixed: Row[] = [
    { tag: 'mixed 1', label: 'only a label' },
    { tag: 'mixed 2', count: 3, kept: 'given' },
  ];
  await database.db.execute(jsonRowsInsert(database.db, kinds, mixed));
  const back = await queryRows<{ label: string | null; count: number | null; kept: string }>(
    database.db,
    sql`SELECT label, count, kept FROM json_rows_kinds WHERE tag LIKE 'mixed%' ORDER BY tag`,
  );
  assert.deepEqual(back, [
    { label: 'only a label', count: null, kept: 'the default' },
    { label: null, count: 3, kept: 'given' },
  ]);
});
