// The path beyond one database: distributed by organisation (Citus), a table's primary and unique
// keys must contain the distribution column, and lead with it so that one organisation's rows sit
// together; a foreign key between two organisations' tables must name org_id too, so that parent and
// child live on the same node. This reads the migrated schema from pg_index and pg_constraint.
//
// Global tables are allowed, each for its reason. The schema of issues 1–11 was written with `id`
// keys; migration 0036 re-keyed those tables as (org_id, id).
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { type Database, queryRows } from '../../src/platform/db.ts';
import { openTestDatabase } from '../support/database.ts';

/** Tables that belong to no organisation (Citus: reference or local tables), and why. */
const globalTables: Record<string, string> = {
  organisations: 'the list of tenants itself (a reference table); slug and the one default are unique across all',
  schema_migrations: 'which migrations ran: one per database',
  mail_deliveries: "Message-IDs accepted by the SMTP server, checked before a resend: global like the mail server's",
  stripe_events: "Stripe's event ids, recorded once per Stripe account before the organisation is known",
};

/**
 * Keys from a global table into an organisation's table. Citus refuses these (a reference table cannot
 * point at a distributed one): each is named with what it becomes before the schema is distributed.
 */
const globalToTenant: Record<string, string> = {
  organisations_default_tax_rate_fk: 'the default tax rate becomes a flag on tax_rates (one per organisation)',
};

let database: Database;
before(async () => {
  database = await openTestDatabase();
});
after(() => database?.close());

interface Key {
  table: string;
  index: string;
  first: string | null;
  hasOrg: boolean;
}

async function keys(): Promise<Key[]> {
  return queryRows<Key>(
    database.db,
    sql`SELECT t.relname AS "table", i.relname AS "index",
          (SELECT a.attname FROM pg_attribute a WHERE a.attrelid = t.oid AND a.attnum = x.indkey[0]) AS first,
          EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = t.oid AND a.attname = 'org_id') AS "hasOrg"
        FROM pg_index x
        JOIN pg_class t ON t.oid = x.indrelid
        JOIN pg_class i ON i.oid = x.indexrelid
        JOIN pg_namespace n ON n.oid = t.relnamespace
        WHERE n.nspname = 'public' AND t.relkind = 'r' AND (x.indisprimary OR x.indisunique)
        ORDER BY 1, 2`,
  );
}

test("every table's primary and unique keys lead with org_id, but the global tables'", async () => {
  const all = await keys();
  assert.ok(all.length > 50, 'the schema was read');
  const breaking = all
    .filter((key) => !(key.table in globalTables) && key.first !== 'org_id')
    .map((key) => `${key.table}: ${key.index}`);
  assert.deepEqual(breaking, [], 'a key must lead with org_id (or its table be global, with the reason)');
});

test('every table but the global ones has an org_id column', async () => {
  const tables = new Map((await keys()).map((key) => [key.table, key.hasOrg]));
  const without = [...tables].filter(([table, hasOrg]) => !hasOrg && !(table in globalTables)).map(([t]) => t);
  assert.deepEqual(without, [], 'a new table carries org_id');
});

test("a foreign key to an organisation's table names org_id first, on both sides", async () => {
  const foreignKeys = await queryRows<{
    name: string;
    child: string;
    parent: string;
    columns: string[];
    referenced: string[];
  }>(
    database.db,
    sql`SELECT c.conname AS name, child.relname AS child, parent.relname AS parent,
          ARRAY(SELECT a.attname::text FROM unnest(c.conkey) WITH ORDINALITY k(n, i)
                  JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.n ORDER BY k.i) AS columns,
          ARRAY(SELECT a.attname::text FROM unnest(c.confkey) WITH ORDINALITY k(n, i)
                  JOIN pg_attribute a ON a.attrelid = c.confrelid AND a.attnum = k.n ORDER BY k.i) AS referenced
        FROM pg_constraint c
        JOIN pg_class child ON child.oid = c.conrelid
        JOIN pg_class parent ON parent.oid = c.confrelid
        JOIN pg_namespace n ON n.oid = child.relnamespace
        WHERE n.nspname = 'public' AND c.contype = 'f'`,
  );
  assert.ok(foreignKeys.length > 50, 'the foreign keys were read');
  const apart = foreignKeys
    .filter((fk) => !(fk.parent in globalTables) && !(fk.name in globalToTenant))
    .filter((fk) => fk.columns[0] !== 'org_id' || fk.referenced[0] !== 'org_id')
    .map((fk) => `${fk.child}.${fk.name}: (${fk.columns}) -> ${fk.parent} (${fk.referenced})`);
  assert.deepEqual(apart, [], 'a child row must sit with its parent: name (org_id, …) on both sides');
});

test('the global tables exist (an entry for a dropped table is a stale reason)', async () => {
  const tables = new Set((await keys()).map((key) => key.table));
  for (const table of Object.keys(globalTables)) assert.ok(tables.has(table), table);
});
