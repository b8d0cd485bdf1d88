/** What readiness knows about this process beyond the database (GET /api/health/ready). */
export interface ProcessState {
  /**
   * Set on SIGTERM before the listener closes: readiness answers 503 from then on, so that a load
   * balancer stops sending new requests while the ones in hand finish; a new request gets 503
   * shutting_down with Retry-After, and every answer closes its connection.
   */
  draining: boolean;
  /** The job runner, when this process runs jobs: it must have polled lately. */
  runner: { readonly lastPollAt: number | null } | null;
}

export function createProcessState(): ProcessState {
  return { draining: false, runner: null };
}

/**
 * A runner that has not polled for this long is stuck. It polls every half second, waits at most a
 * few seconds between tries while the database is away, and a claim waits at most for a connection
 * (3 s) and a lock (5 s), so a healthy runner never comes near it.
 */
export const RUNNER_STALLED_AFTER_MS = 30_000;

/**
 * Waits for `work` at most `ms`; true when it finished in time. The work is not cancelled: the caller
 * decides what to cut short (open connections, the pool) when the deadline passes.
 */
export async function finishWithin(ms: number, work: Promise<unknown>): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<false>((resolve) => {
    timer = setTimeout(resolve, ms, false);
  });
  try {
    return await Promise.race([work.then(() => true), deadline]);
  } finally {
    clearTimeout(timer);
  }
}
