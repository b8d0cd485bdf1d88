// npm run worker: runs background jobs without serving HTTP, for installs that want the work
// apart from the web process (set JOBS_IN_PROCESS=false on the servers). Needs DATABASE_URL: the
// embedded database can only be opened by one process.
import { createJobRunner, startHousekeeping } from './jobs.ts';
import { ConfigError, loadConfig } from './platform/config.ts';
import { systemClock as clock } from './platform/clock.ts';
import { installProcessGuards } from './platform/process-guards.ts';
import { openRuntime } from './runtime.ts';

async function main(): Promise<void> {
  const config = loadConfig();
  const runtime = await openRuntime(config);
  installProcessGuards(runtime.logger);
  const runner = createJobRunner({
    config,
    db: runtime.database.db,
    clock,
    mailer: runtime.mailer,
    logger: runtime.logger,
    cardGateway: runtime.cardGateway,
  });
  runner.start();
  const stopHousekeeping = startHousekeeping({ db: runtime.database.db, clock, logger: runtime.logger });
  runtime.logger.info({ runner: runner.id }, 'worker started');
  const stop = async () => {
    stopHousekeeping();
    await runner.stop();
    await runtime.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
}

main().catch((error: unknown) => {
  process.stderr.write(
    `${error instanceof ConfigError ? error.message : `The worker could not start: ${String(error)}`}\n`,
  );
  process.exit(1);
});
