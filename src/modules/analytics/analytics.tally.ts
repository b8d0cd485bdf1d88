/**
 * The funnel beacon's counts, tallied in this process and written every few seconds. A page view was one
 * upsert on one hot row per organisation and day, taken by every visitor of every process: the busiest
 * write of a busy day, for a number nobody reads by the second. Now a beacon adds one in memory; a flush
 * writes each (organisation, day, step) once with the sum (`addFunnelCounts`), and the app's close flushes
 * what is left, so the counters still add up to the beacons answered. A crash loses at most the last few
 * seconds of page views; never a booking, which is counted from the bookings themselves.
 */
import type { Logger } from 'pino';
import type { Db } from '../../platform/db.ts';
import { type FunnelCount, addFunnelCounts } from './analytics.repo.ts';

export const FUNNEL_FLUSH_MS = 5_000;

export class FunnelTally {
  private counts = new Map<string, FunnelCount>();
  /** Flushes run one after another, so close() waits for one already writing. */
  private writing: Promise<void> = Promise.resolve();
  private readonly timer: NodeJS.Timeout;

  constructor(
    private readonly db: Db,
    private readonly logger: Logger,
    flushMs = FUNNEL_FLUSH_MS,
  ) {
    this.timer = setInterval(() => void this.flush(), flushMs);
    // A pending flush must not keep a process alive that has nothing else to do; close() flushes.
    this.timer.unref();
  }

  add(orgId: string, day: string, step: string): void {
    const key = `${orgId} ${day} ${step}`;
    const entry = this.counts.get(key);
    if (entry) entry.count++;
    else this.counts.set(key, { orgId, day, step, count: 1 });
  }

  /** Writes what was counted so far. A failed write keeps the counts for the next flush. */
  flush(): Promise<void> {
    this.writing = this.writing.then(async () => {
      if (this.counts.size === 0) return;
      const taken = this.counts;
      this.counts = new Map();
      try {
        await addFunnelCounts(this.db, [...taken.values()]);
      } catch (error) {
        for (const [key, entry] of taken) {
          const later = this.counts.get(key);
          if (later) later.count += entry.count;
          else this.counts.set(key, entry);
        }
        this.logger.warn({ err: error }, 'funnel counts not written; kept for the next flush');
      }
    });
    return this.writing;
  }

  async close(): Promise<void> {
    clearInterval(this.timer);
    await this.flush();
  }
}
