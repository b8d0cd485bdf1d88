import { type SQL, getTableColumns, getTableName, sql } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Db } from './db.ts';

/**
 * The INSERT of rows of a table, the rows as one JSON parameter (jsonb_array_elements), for the writes
 * a booking sends on its hot path (platform/write-batch.ts). The query builder's INSERT is a parameter
 * and a column name per value, which it walks to make the statement's text on every call: for a
 * booking's quote, price lines, payment and new customer row, most of the app's time for the whole
 * statement (issue 14). Here the text is made once per table and set of columns, and the values go as
 * they are in JSON: numbers, text, booleans and JSON as themselves, a time as its ISO string.
 *
 * The columns are those the first row gives a value (not undefined); a column left out takes its
 * default, as in the query builder's INSERT. Rows that do not all give the same columns, and a column
 * whose value JSON cannot carry (bytes) or that the app fills itself ($defaultFn), go through the
 * query builder's INSERT instead.
 */
export function jsonRowsInsert<T extends PgTable>(db: Db, table: T, rows: T['$inferInsert'][]): SQL {
  const [first] = rows as Record<string, unknown>[];
  if (!first) throw new Error(`no rows to insert into ${getTableName(table)}`);
  const keys = Object.keys(first).filter((key) => first[key] !== undefined);
  const shape = shapeOf(table, keys);
  const sameColumns = (row: Record<string, unknown>) =>
    keys.every((key) => row[key] !== undefined) &&
    Object.keys(row).filter((key) => row[key] !== undefined).length === keys.length;
  if (!shape || !(rows as Record<string, unknown>[]).every(sameColumns)) return db.insert(table).values(rows).getSQL();
  const records = (rows as Record<string, unknown>[]).map((row) => keys.map((key) => row[key]));
  return sql`${sql.raw(shape.head)}${JSON.stringify(records)}${sql.raw(shape.tail)}`;
}

interface Shape {
  head: string;
  tail: string;
}

/** The statement's text around the JSON parameter, per table and columns (a handful per table); null: not in JSON. */
const shapes = new WeakMap<PgTable, Map<string, Shape | null>>();

function shapeOf(table: PgTable, keys: string[]): Shape | null {
  let byKeys = shapes.get(table);
  if (!byKeys) {
    byKeys = new Map();
    shapes.set(table, byKeys);
  }
  const id = keys.join(',');
  let shape = byKeys.get(id);
  if (shape === undefined) {
    shape = makeShape(table, keys);
    byKeys.set(id, shape);
  }
  return shape;
}

/**
 * Each row goes as a JSON array of its values, in the order of `keys`, read back as the record's
 * elements by position (`r->0`, `r->1`, …) and cast to each column's type through its text: an array
 * is a third of the size of an object with the column names, and is parsed as fast.
 */
function makeShape(table: PgTable, keys: string[]): Shape | null {
  const columns = getTableColumns(table) as Record<string, PgColumn>;
  const name = getTableName(table);
  const parts = [];
  for (const [position, key] of keys.entries()) {
    const column = columns[key];
    if (!column) throw new Error(`${name} has no column ${key}`);
    const type = column.getSQLType();
    if (column.defaultFn || column.onUpdateFn || type === 'bytea') return null;
    // A JSON column takes the element as it is; its null is SQL's NULL, as the query builder writes it.
    const value =
      type === 'jsonb' || type === 'json'
        ? `nullif(r->${position}, 'null'::jsonb)::${type}`
        : `(r->>${position})::${type}`;
    parts.push({ quoted: `"${column.name}"`, value });
  }
  return {
    head: `INSERT INTO "${name}" (${parts.map((part) => part.quoted).join(', ')})
    SELECT ${parts.map((part) => part.value).join(', ')} FROM jsonb_array_elements(`,
    tail: '::jsonb) AS r',
  };
}
