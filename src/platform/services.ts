import type { Logger } from 'pino';
import type { CardGateway } from './card-gateway.ts';
import type { Clock } from './clock.ts';
import type { Config } from './config.ts';
import type { Database, Db } from './db.ts';
import type { ProcessState } from './lifecycle.ts';
import type { Metrics } from './metrics.ts';
import type { ReadCache } from './read-cache.ts';

/**
 * Everything a route needs, built once at start and passed down explicitly. It lives here, below
 * every module, so that a routes file never imports `app.ts` (which imports every routes file).
 */
export interface Services {
  config: Config;
  database: Database;
  db: Db;
  clock: Clock;
  logger: Logger;
  /** Card payments; null when Stripe is not configured. */
  cardGateway: CardGateway | null;
  /** This app's metrics registry; buildApp makes one when none is given (main.ts shares it with the job runner). */
  metrics?: Metrics;
  /** Shutdown and job-runner state for readiness; buildApp makes one when none is given. */
  processState?: ProcessState;
  /** This process's cache of public reads; buildApp makes one, emptied by every change request. */
  readCache?: ReadCache;
}
