// npm run db:migrate — applies pending migrations to the configured database and exits.
import { loadConfig } from '../src/platform/config.ts';
import { openDatabase } from '../src/platform/db.ts';
import { migrate } from '../src/platform/migrate.ts';

const config = loadConfig();
const database = await openDatabase(config.database);
try {
  const applied = await migrate(database);
  process.stdout.write(applied.length ? `Applied: ${applied.join(', ')}\n` : 'The database is up to date.\n');
} finally {
  await database.close();
}
