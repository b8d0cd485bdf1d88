import { readdirSync } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Database } from './db.ts';
import { projectRoot } from './paths.ts';

const migrationsDir = path.join(projectRoot, 'migrations');

/** An arbitrary constant: the advisory lock that serialises migrators across processes. */
const MIGRATION_LOCK = 7_245_001;

/** The versions of the migrations this code expects applied, in order (`0001_foundation`, …). */
export function knownMigrations(): string[] {
  return readdirSync(migrationsDir)
    .filter((name) => name.endsWith('.sql'))
    .sort()
    .map((name) => path.basename(name, '.sql'));
}

/** Applies pending SQL migrations in file-name order, all in one transaction. Returns those applied. */
export async function migrate(database: Database): Promise<string[]> {
  const versions = knownMigrations();
  return database.withScriptSession(async (session) => {
    await session.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await session.exec(
      'CREATE TABLE IF NOT EXISTS schema_migrations (version text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())',
    );
    const done = new Set(
      (await session.query<{ version: string }>('SELECT version FROM schema_migrations')).map((row) => row.version),
    );
    const applied: string[] = [];
    for (const version of versions) {
      if (done.has(version)) continue;
      await session.exec(await fs.readFile(path.join(migrationsDir, `${version}.sql`), 'utf8'));
      await session.query('INSERT INTO schema_migrations (version) VALUES ($1)', [version]);
      applied.push(version);
    }
    return applied;
  });
}

/** The migrations this code expects that the database lacks (all of them on an empty database). */
export async function pendingMigrations(database: Database): Promise<string[]> {
  const done = await database.withScriptSession(async (session) => {
    const [table] = await session.query<{ name: string | null }>(
      "SELECT to_regclass('schema_migrations')::text AS name",
    );
    if (!table?.name) return new Set<string>();
    return new Set(
      (await session.query<{ version: string }>('SELECT version FROM schema_migrations')).map((r) => r.version),
    );
  });
  return knownMigrations().filter((version) => !done.has(version));
}
