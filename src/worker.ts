// npm run worker: runs background jobs without serving HTTP, for installs that want the work
// apart from the web process (set JOBS_IN_PROCESS=false on the servers). Needs DATABASE_URL: the
// embedded database can only be opened by one process.
import { createJobRunner, startHousekeeping } from './jobs.ts';
import { ConfigError, loadConfig } from './platform/config.ts';
import { systemClock as clock } from './platform/clock.ts';
import { finishWithin } from './platform/lifecycle.ts';
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
  // SIGTERM: claim nothing more, let the jobs in hand finish until the deadline, then close the pool.
  // A job cut short by the deadline runs again once its lease runs out.
  const stop = async (signal: string) => {
    runtime.logger.info({ signal, timeoutMs: config.shutdownTimeoutMs }, 'worker stopping: finishing jobs in hand');
    stopHousekeeping();
    const finished = await finishWithin(config.shutdownTimeoutMs, runner.stop());
    if (!finished) runtime.logger.warn('shutdown deadline passed: stopping with jobs still running');
    // A request or job still holding a connection past the deadline must not hold up the exit too.
    if (finished) await runtime.close();
    else await finishWithin(5_000, runtime.close());
    process.exit(finished ? 0 : 1);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((error: unknown) => {
  process.stderr.write(
    `${error instanceof ConfigError ? error.message : `The worker could not start: ${String(error)}`}\n`,
  );
  process.exit(1);
});
