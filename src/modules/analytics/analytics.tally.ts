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

/**
 * Beacons one client address may count a minute: far above a venue's guests on one network, far below
 * a script inflating the funnel. Kept in memory, per process, like the tally itself: a database counter
 * would put back the write per page view that the tally took away.
 */
export const BEACONS_PER_ADDRESS_MINUTE = 120;
/** Addresses remembered in one minute; past it, a new address waits for the next minute. */
const ADDRESSES_PER_MINUTE = 100_000;

export class FunnelTally {
  private counts = new Map<string, FunnelCount>();
  /** Flushes run one after another, so close() waits for one already writing. */
  private writing: Promise<void> = Promise.resolve();
  private readonly timer: NodeJS.Timeout;
  private minute = { startedAt: 0, seen: new Map<string, number>() };

  constructor(
    private readonly db: Db,
    private readonly logger: Logger,
    flushMs = FUNNEL_FLUSH_MS,
  ) {
    this.timer = setInterval(() => void this.flush(), flushMs);
    // A pending flush must not keep a process alive that has nothing else to do; close() flushes.
    this.timer.unref();
  }

  /** Whether a beacon from this address counts now, or the address has had its minute's share. */
  admit(address: string, now: Date): boolean {
    // A clock set back (or stepped by NTP) starts a new minute too, rather than refuse until it catches up.
    const elapsed = now.getTime() - this.minute.startedAt;
    if (elapsed >= 60_000 || elapsed < 0) this.minute = { startedAt: now.getTime(), seen: new Map() };
    const seen = this.minute.seen.get(address);
    if (seen === undefined && this.minute.seen.size >= ADDRESSES_PER_MINUTE) return false;
    this.minute.seen.set(address, (seen ?? 0) + 1);
    return (seen ?? 0) < BEACONS_PER_ADDRESS_MINUTE;
  }

  /** Seconds until the current minute's shares are renewed. */
  secondsLeft(now: Date): number {
    return Math.max(1, Math.ceil((this.minute.startedAt + 60_000 - now.getTime()) / 1000));
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
