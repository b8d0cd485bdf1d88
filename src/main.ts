import { buildApp } from './app.ts';
import { ensureAdmin } from './modules/auth/auth.service.ts';
import { ensureDefaultOrganisation } from './modules/orgs/orgs.service.ts';
import { systemClock } from './platform/clock.ts';
import { ConfigError, loadConfig } from './platform/config.ts';
import { openDatabase } from './platform/db.ts';
import { createLogger } from './platform/logger.ts';
import { logMailer } from './platform/mailer.ts';
import { migrate } from './platform/migrate.ts';
import { seedDemoClasses } from './seed/demo.ts';

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const database = await openDatabase(config.database);
  const applied = await migrate(database);
  if (applied.length > 0) logger.info({ applied }, 'database migrated');

  const { db } = database;
  const org = await ensureDefaultOrganisation(db);
  const admin = await ensureAdmin(db, org, config.admin);
  const seeded = config.demoData ? await seedDemoClasses(db, org, systemClock.now()) : 0;

  const app = await buildApp({ config, database, db, clock: systemClock, mailer: logMailer(logger), logger });
  await app.listen({ host: config.host, port: config.port });

  const lines = [
    '',
    `  Slotwise is running: ${config.publicUrl}`,
    `  API docs:            ${config.publicUrl}/api/docs`,
    `  Database:            ${config.database.kind === 'pglite' ? `embedded, in ${config.database.dataDir}` : 'PostgreSQL server'}`,
  ];
  if (seeded > 0) lines.push(`  Demo data:           ${seeded} classes over the coming week`);
  if (admin) {
    lines.push(`  Admin sign-in:       ${admin.email}`);
    lines.push(
      admin.password
        ? `  Admin password:      ${admin.password}   (shown once: note it now)`
        : '  Admin password:      the one in ADMIN_PASSWORD',
    );
  } else {
    lines.push('  Admin sign-in:       the admin account created on first start');
  }
  process.stdout.write(`${lines.join('\n')}\n\n`);

  const stop = async (signal: string) => {
    logger.info({ signal }, 'shutting down');
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    process.stderr.write(`${error.message}\n`);
  } else {
    process.stderr.write(`Slotwise could not start: ${error instanceof Error ? error.message : String(error)}\n`);
    if (!(error instanceof Error && error.message.includes('in use by another Slotwise process'))) console.error(error);
  }
  process.exit(1);
});
