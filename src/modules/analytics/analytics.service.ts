/**
 * Analytics for the business: reads bookings, classes, services, providers and their hours, payments,
 * refunds, credits and points, and writes nothing but the funnel counters. A period is a run of the
 * organisation's local days; each table is computed by one statement in the repo and shaped here.
 */
import { DateTime } from 'luxon';
import type { Clock } from '../../platform/clock.ts';
import type { RequestContext } from '../../platform/context.ts';
import type { Db } from '../../platform/db.ts';
import { DomainError } from '../../platform/errors.ts';
import {
  type Period,
  selectBalances,
  selectBookingDays,
  selectCustomerMix,
  selectFill,
  selectFunnel,
  selectPaymentOutcomes,
  selectRevenueByItem,
  selectRevenueByMethod,
  selectUtilisation,
} from './analytics.repo.ts';
import { type AnalyticsRows, type AnalyticsTable, MAX_PERIOD_DAYS, type PeriodQuery } from './analytics.schema.ts';
import type { FunnelTally } from './analytics.tally.ts';

export interface ResolvedPeriod extends Period {
  fromDay: string;
  toDay: string;
  /** Every local day of the period, in order. */
  days: string[];
}

const invalid = (path: string, message: string) =>
  new DomainError('validation_failed', {}, [{ in: 'querystring', path, message }]);

/** Local dates in the organisation's zone as instants; by default the 30 days that end today. */
export function resolvePeriod(query: PeriodQuery, orgId: string, zone: string, now: Date): ResolvedPeriod {
  const day = (value: string, path: string) => {
    const parsed = DateTime.fromISO(value, { zone });
    if (!parsed.isValid) throw invalid(path, 'is not a date');
    return parsed.startOf('day');
  };
  const last = query.to ? day(query.to, 'to') : DateTime.fromJSDate(now, { zone }).startOf('day');
  const first = query.from ? day(query.from, 'from') : last.minus({ days: 29 });
  if (first > last) throw invalid('from', 'must not be after to');
  const days: string[] = [];
  for (let d = first; d <= last; d = d.plus({ days: 1 })) {
    if (days.length === MAX_PERIOD_DAYS) throw invalid('to', `the period may be at most ${MAX_PERIOD_DAYS} days`);
    days.push(d.toISODate() ?? '');
  }
  return {
    orgId,
    zone,
    from: first.toJSDate(),
    // The start of the next local day, whatever the length of the last one (23 or 25 hours at a DST change).
    to: last.plus({ days: 1 }).startOf('day').toJSDate(),
    fromDay: days[0] ?? '',
    toDay: days[days.length - 1] ?? '',
    days,
  };
}

const n = (value: string | number | null | undefined): number => Number(value ?? 0);
const share = (part: number, whole: number): number | null => (whole > 0 ? part / whole : null);

/** Every day of the period, with zeros where the database had nothing. */
function everyDay<Row extends { date: string }>(days: string[], found: Row[], empty: (date: string) => Row): Row[] {
  const byDay = new Map(found.map((row) => [row.date, row]));
  return days.map((date) => byDay.get(date) ?? empty(date));
}

type Loader<T extends AnalyticsTable> = (db: Db, p: ResolvedPeriod, now: Date) => Promise<AnalyticsRows[T][]>;

const loaders: { [T in AnalyticsTable]: Loader<T> } = {
  bookings: async (db, p) =>
    everyDay(
      p.days,
      (await selectBookingDays(db, p)).map((r) => ({
        date: r.day,
        classes: n(r.classes),
        appointments: n(r.appointments),
        cancelled: n(r.cancelled),
        noShows: n(r.no_shows),
      })),
      (date) => ({ date, classes: 0, appointments: 0, cancelled: 0, noShows: 0 }),
    ),
  'revenue-by-method': async (db, p) =>
    (await selectRevenueByMethod(db, p)).map((r) => ({
      method: r.method as AnalyticsRows['revenue-by-method']['method'],
      currency: r.currency,
      payments: n(r.payments),
      gross: n(r.gross),
      refunded: n(r.refunded),
      net: n(r.gross) - n(r.refunded),
    })),
  'revenue-by-item': async (db, p) =>
    (await selectRevenueByItem(db, p)).map((r) => ({
      kind: r.kind,
      name: r.name,
      currency: r.currency,
      payments: n(r.payments),
      gross: n(r.gross),
      refunded: n(r.refunded),
      net: n(r.gross) - n(r.refunded),
    })),
  'fill-rate': async (db, p) =>
    (await selectFill(db, p)).map((r) => ({
      classId: r.class_id,
      title: r.title,
      startsAt: r.starts_at,
      spots: n(r.max_spots),
      booked: n(r.booked),
      attended: n(r.attended),
      fillRate: share(n(r.booked), n(r.max_spots)),
    })),
  utilisation: async (db, p) =>
    (await selectUtilisation(db, p)).map((r) => ({
      providerId: r.provider_id,
      name: r.name,
      workingMinutes: n(r.working_minutes),
      bookedMinutes: n(r.booked_minutes),
      utilisation: share(n(r.booked_minutes), n(r.working_minutes)),
    })),
  payments: async (db, p) =>
    (await selectPaymentOutcomes(db, p)).map((r) => ({
      method: r.method as AnalyticsRows['payments']['method'],
      started: n(r.started),
      succeeded: n(r.succeeded),
      failed: n(r.failed),
      cancelled: n(r.cancelled),
      pending: n(r.pending),
      successRate: share(n(r.succeeded), n(r.succeeded) + n(r.failed) + n(r.cancelled)),
    })),
  funnel: async (db, p) =>
    everyDay(
      p.days,
      (await selectFunnel(db, p, p.fromDay, p.toDay)).map((r) => ({
        date: r.day,
        pageViews: n(r.page_views),
        checkoutsStarted: n(r.checkouts_started),
        booked: n(r.booked),
      })),
      (date) => ({ date, pageViews: 0, checkoutsStarted: 0, booked: 0 }),
    ),
  customers: async (db, p) => {
    const row = await selectCustomerMix(db, p);
    return [{ newCustomers: n(row.new_customers), returningCustomers: n(row.returning_customers) }];
  },
  balances: async (db, p, now) => {
    const row = await selectBalances(db, p.orgId, now);
    return [
      {
        credits: n(row.credits),
        creditCustomers: n(row.credit_customers),
        points: n(row.points),
        pointCustomers: n(row.point_customers),
      },
    ];
  },
};

export interface AnalyticsAnswer<T extends AnalyticsTable> {
  from: string;
  to: string;
  timeZone: string;
  currency: string;
  rows: AnalyticsRows[T][];
}

export async function readTable<T extends AnalyticsTable>(
  db: Db,
  clock: Clock,
  ctx: RequestContext,
  table: T,
  query: PeriodQuery,
): Promise<AnalyticsAnswer<T>> {
  const now = clock.now();
  const period = resolvePeriod(query, ctx.org.id, ctx.org.timeZone, now);
  const rows = await (loaders[table] as Loader<T>)(db, period, now);
  return { from: period.fromDay, to: period.toDay, timeZone: ctx.org.timeZone, currency: ctx.org.currency, rows };
}

/**
 * Counts one step of the funnel on today's local date (the day of the view, whenever the tally is written);
 * the caller is not identified or recorded.
 */
export function countFunnelEvent(
  tally: FunnelTally,
  clock: Clock,
  ctx: RequestContext,
  step: 'page_view' | 'checkout_started',
): void {
  const now = clock.now();
  if (!tally.admit(ctx.ip ?? 'unknown', now)) {
    throw new DomainError('rate_limited', {}, { retryAfterSeconds: tally.secondsLeft(now) });
  }
  const day = DateTime.fromJSDate(now, { zone: ctx.org.timeZone }).toISODate() ?? '';
  tally.add(ctx.org.id, day, step);
}
