import { buildApp } from './app.ts';
import { createJobRunner, startHousekeeping } from './jobs.ts';
import { ConfigError, loadConfig } from './platform/config.ts';
import { systemClock as clock } from './platform/clock.ts';
import { installProcessGuards } from './platform/process-guards.ts';
import { openRuntime } from './runtime.ts';
import { serverKey } from './platform/tokens.ts';
import { seedDemoData } from './seed/demo.ts';

async function main(): Promise<void> {
  const config = loadConfig();
  const runtime = await openRuntime(config);
  const { logger, database, mailer, cardGateway, org, admin } = runtime;
  installProcessGuards(logger);
  const { db } = database;
  const seeded = config.demoData
    ? await seedDemoData(db, org, clock.now(), { publicUrl: config.publicUrl, tokenKey: serverKey(config) })
    : null;

  const app = await buildApp({ config, database, db, clock, logger, cardGateway });
  const runner = config.jobsInProcess ? createJobRunner({ config, db, clock, mailer, logger, cardGateway }) : null;
  await app.listen({ host: config.host, port: config.port });
  runner?.start();
  const stopHousekeeping = runner ? startHousekeeping({ db, clock, logger }) : () => {};

  const lines = [
    '',
    `  Slotwise is running: ${config.publicUrl}`,
    `  API docs:            ${config.publicUrl}/api/docs`,
    `  Database:            ${config.database.kind === 'pglite' ? `embedded, in ${config.database.dataDir}` : 'PostgreSQL server'}`,
    `  Mail:                ${config.mail.smtpUrl ? 'sent over SMTP' : `written as .eml files to ${config.mail.dir}`}`,
    `  Background jobs:     ${runner ? 'run in this process' : 'left to `npm run worker`'}`,
    `  Card payments:       ${cardGateway ? 'Stripe' : 'off (set STRIPE_SECRET_KEY, STRIPE_WEBHOOK_SECRET, STRIPE_PUBLISHABLE_KEY)'}`,
  ];
  if (seeded && seeded.classes > 0)
    lines.push(`  Demo classes:        ${seeded.classes} over the coming week, to book at ${config.publicUrl}/`);
  if (seeded && seeded.services > 0) {
    lines.push(
      `  Book a 1:1 session:  ${config.publicUrl}/services (${seeded.services} demo services, ${seeded.providers} providers)`,
    );
    lines.push(`  Providers, hours:    ${config.publicUrl}/admin/providers (sign in as the admin below)`);
  }
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
    stopHousekeeping();
    await runner?.stop();
    await runtime.close();
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
