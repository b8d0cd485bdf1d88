import { buildApp } from './app.ts';
import { createJobRunner, startHousekeeping } from './jobs.ts';
import { ConfigError, loadConfig } from './platform/config.ts';
import { systemClock as clock } from './platform/clock.ts';
import { createProcessState, finishWithin } from './platform/lifecycle.ts';
import { createMetrics } from './platform/metrics.ts';
import { installProcessGuards } from './platform/process-guards.ts';
import { fileErrorOf } from './platform/db.ts';
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

  // One registry for the server and its job runner; readiness watches the runner and the shutdown.
  const metrics = createMetrics();
  const processState = createProcessState();
  const app = await buildApp({ config, database, db, clock, logger, cardGateway, metrics, processState });
  const runner = config.jobsInProcess
    ? createJobRunner({ config, db, clock, mailer, logger, cardGateway, metrics })
    : null;
  processState.runner = runner;
  runner?.start();
  const address = await app.listen({ host: config.host, port: config.port });
  const stopHousekeeping = runner ? startHousekeeping({ db, clock, logger }) : () => {};

  const lines = [
    '',
    `  Slotwise is running: ${config.publicUrl}`,
    `  Listening on:        ${address}`,
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

  // SIGTERM: readiness answers 503 at once, every answer from then on closes its connection, and a new
  // request is answered 503 shutting_down with Retry-After. The listener stays open for a last call
  // (SHUTDOWN_LAST_CALL_MS) before it closes: closing it at once would make the kernel reset every
  // connection it had accepted but Node had not yet (the listen backlog of a rush), and a reset leaves
  // the caller not knowing whether its request ran; a 503 says it did not. After the last call a new
  // connection is refused (ECONNREFUSED, equally safe to retry); only one that reaches the backlog in
  // the instant between Node's last accept and the close is still reset, which the last call, with the
  // load balancer reading readiness meanwhile, makes rare. Requests and jobs in hand get until the
  // deadline to finish, then the pool closes. Past the deadline the remaining connections are cut and
  // the exit code says so; a job cut short runs again once its lease runs out.
  const stop = async (signal: string) => {
    logger.info({ signal, timeoutMs: config.shutdownTimeoutMs }, 'shutting down: finishing requests and jobs in hand');
    processState.draining = true;
    stopHousekeeping();
    const jobsStopped = runner?.stop();
    const closed = new Promise<void>((resolve) => setTimeout(resolve, config.shutdownLastCallMs)).then(() => {
      logger.info('last call over: the listener closes');
      return app.close();
    });
    const finished = await finishWithin(config.shutdownTimeoutMs, Promise.all([closed, jobsStopped]));
    if (!finished) {
      logger.warn('shutdown deadline passed: closing the connections and jobs still open');
      app.server.closeAllConnections();
    }
    // A request or job still holding a connection past the deadline must not hold up the exit too.
    if (finished) await runtime.close();
    else await finishWithin(5_000, runtime.close());
    logger.info('stopped');
    process.exit(finished ? 0 : 1);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    process.stderr.write(`${error.message}\n`);
  } else {
    const fileError = fileErrorOf(error);
    const reason =
      error instanceof Error
        ? error.message
        : fileError
          ? `the embedded database could not write its files in DATA_DIR (${fileError})`
          : String(error);
    process.stderr.write(`Slotwise could not start: ${reason}\n`);
    if (!(error instanceof Error && error.message.includes('in use by another Slotwise process'))) console.error(error);
  }
  process.exit(1);
});
