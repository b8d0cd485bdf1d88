import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { type Database, openDatabase } from '../../src/platform/db.ts';
import { migrate } from '../../src/platform/migrate.ts';

export const testDbKind = (): 'pglite' | 'postgres' => (process.env.TEST_DB === 'postgres' ? 'postgres' : 'pglite');

/**
 * A fresh database for one test file: an in-memory PGlite, or a new PostgreSQL database
 * copied from the migrated template that `npm test` prepares (its `url` set, for a second pool or
 * process). Dropped again on close.
 */
export async function openTestDatabase(): Promise<Database & { url?: string }> {
  if (testDbKind() === 'pglite') {
    const database = await openDatabase({ kind: 'pglite', dataDir: null });
    await migrate(database);
    return database;
  }
  const serverUrl = process.env.DATABASE_URL;
  const template = process.env.TEST_PG_TEMPLATE;
  if (!serverUrl || !template)
    throw new Error('TEST_DB=postgres needs DATABASE_URL and TEST_PG_TEMPLATE (run npm test)');
  const created = await createServerDatabase(serverUrl, 'slotwise_test', template);
  const database = await openDatabase({ kind: 'postgres', url: created.url, poolMax: 20 });
  return {
    ...database,
    url: created.url,
    async close() {
      await database.close();
      await created.drop();
    },
  };
}

/** A new, uniquely named database on the server (a copy of `template` if given), and how to drop it. */
export async function createServerDatabase(
  serverUrl: string,
  prefix: string,
  template?: string,
): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `${prefix}_${randomBytes(6).toString('hex')}`;
  await withServer(serverUrl, async (client) => {
    // Two files copying the template at the same moment can collide (55006); try again.
    for (let attempt = 1; ; attempt++) {
      try {
        return await client.query(`CREATE DATABASE ${name}${template ? ` TEMPLATE ${template}` : ''}`);
      } catch (error) {
        if ((error as { code?: string }).code !== '55006' || attempt >= 20) throw error;
        await new Promise((resolve) => setTimeout(resolve, 100 * attempt));
      }
    }
  });
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () =>
      void (await withServer(serverUrl, (client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`))),
  };
}

async function withServer<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}
