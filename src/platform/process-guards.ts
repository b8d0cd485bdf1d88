import { AsyncLocalStorage } from 'node:async_hooks';
import type { Logger } from 'pino';
import { isDatabaseUnavailable } from './db.ts';

/**
 * The request a piece of code runs for, so that an error nobody caught can still be logged with
 * its request id (Node keeps the store for `unhandledRejection` and `uncaughtException`).
 */
export const requestScope = new AsyncLocalStorage<{ requestId: string }>();

/**
 * Last-resort handlers: an error nobody caught is logged, with its request id when it came from a
 * request, and never silently. A rejected promise has left nothing half-done that the database
 * does not guard (every change is one transaction), so the process keeps serving. So does an
 * exception from a lost database connection. Any other exception thrown from a callback may have
 * left memory inconsistent: it is logged as fatal and the process ends, for its supervisor to
 * restart it.
 */
export function installProcessGuards(logger: Logger, exit: (code: number) => void = process.exit): void {
  process.on('unhandledRejection', (reason) => {
    logger.error({ err: reason, requestId: requestScope.getStore()?.requestId }, 'unhandled promise rejection');
  });
  process.on('uncaughtException', (error) => {
    const requestId = requestScope.getStore()?.requestId;
    if (isDatabaseUnavailable(error)) {
      logger.error({ err: error, requestId }, 'uncaught database connection error; still serving');
      return;
    }
    logger.fatal({ err: error, requestId }, 'uncaught exception; stopping');
    exit(1);
  });
}
