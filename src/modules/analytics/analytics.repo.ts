/**
 * The reads behind the analytics, one statement per table, each grouped in the database (a period of a
 * year is a few hundred rows out, whatever the number of bookings in). Days are the organisation's local
 * days: an instant is turned into its local date by PostgreSQL's `AT TIME ZONE`, so a 23- or 25-hour day
 * is one day like any other. The only writes are the funnel counters.
 */
import { type SQL, sql } from 'drizzle-orm';
import { type Db, queryRows } from '../../platform/db.ts';

/** From inclusive, to exclusive: the first instant of the first day and of the day after the last. */
export interface Period {
  orgId: string;
  zone: string;
  from: Date;
  to: Date;
}

/** Bookings that happened or are to happen: a pending one waits for its payment, a cancelled one is gone. */
const LIVE = sql`('confirmed', 'in_progress', 'completed', 'no_show')`;
const at = (instant: Date) => sql`${instant.toISOString()}::timestamptz`;
const localDay = (column: SQL, zone: string) => sql`to_char((${column}) AT TIME ZONE ${zone}, 'YYYY-MM-DD')`;
const inPeriod = (column: SQL, p: Period) => sql`${column} >= ${at(p.from)} AND ${column} < ${at(p.to)}`;
/** A booking `b` that was made: not a checkout the system ended because its payment never came. */
const MADE = sql`(b.status <> 'cancelled' OR b.cancelled_by IS DISTINCT FROM 'system')`;

export interface BookingDayRow {
  day: string;
  classes: string;
  appointments: string;
  cancelled: string;
  no_shows: string;
}

/**
 * By the day the booking was made, whoever made it (a customer, a guest, staff) and whatever day its class
 * or appointment is on: the bookings that came in that day. Cancelled and no-shows are those of that day's
 * bookings that were cancelled later (by the customer or staff) or not attended. A checkout the system
 * ended (a card or Swish payment that never came) was never a booking; one still waiting for its payment is.
 */
export function selectBookingDays(db: Db, p: Period): Promise<BookingDayRow[]> {
  return queryRows(
    db,
    sql`SELECT ${localDay(sql`b.created_at`, p.zone)} AS day,
          count(*) FILTER (WHERE b.class_id IS NOT NULL) AS classes,
          count(*) FILTER (WHERE b.service_id IS NOT NULL) AS appointments,
          count(*) FILTER (WHERE b.status = 'cancelled') AS cancelled,
          count(*) FILTER (WHERE b.status = 'no_show') AS no_shows
        FROM bookings b
        WHERE b.org_id = ${p.orgId} AND ${inPeriod(sql`b.created_at`, p)} AND ${MADE}
        GROUP BY 1 ORDER BY 1`,
  );
}

/**
 * Money as it moved: a payment on the day it succeeded, a refund on the day it was settled, so a refund
 * of last month's payment lowers this month's net. Only money that went through Slotwise (card, Swish,
 * bank transfer); what a customer pays at the venue is not recorded anywhere.
 */
const MONEY = (p: Period) => sql`
  SELECT p.method, p.currency, p.amount AS gross, 0 AS refunded, 1 AS payments,
         p.booking_id, p.package_purchase_id
    FROM payments p
   WHERE p.org_id = ${p.orgId} AND p.status = 'succeeded' AND ${inPeriod(sql`p.succeeded_at`, p)}
  UNION ALL
  SELECT p.method, r.currency, 0, r.amount, 0, p.booking_id, p.package_purchase_id
    FROM refunds r JOIN payments p ON p.org_id = r.org_id AND p.id = r.payment_id
   WHERE r.org_id = ${p.orgId} AND r.status = 'succeeded' AND ${inPeriod(sql`r.settled_at`, p)}`;

export interface RevenueMethodRow {
  method: string;
  currency: string;
  payments: string;
  gross: string;
  refunded: string;
}

export function selectRevenueByMethod(db: Db, p: Period): Promise<RevenueMethodRow[]> {
  return queryRows(
    db,
    sql`SELECT method, currency, sum(payments) AS payments, sum(gross) AS gross, sum(refunded) AS refunded
          FROM (${MONEY(p)}) m GROUP BY method, currency ORDER BY sum(gross) - sum(refunded) DESC, method`,
  );
}

export interface RevenueItemRow {
  kind: 'class' | 'service' | 'package';
  name: string;
  currency: string;
  payments: string;
  gross: string;
  refunded: string;
}

/** By what was paid for: classes by title (a weekly class is one line), services and credit packages by name. */
export function selectRevenueByItem(db: Db, p: Period): Promise<RevenueItemRow[]> {
  return queryRows(
    db,
    sql`SELECT CASE WHEN b.class_id IS NOT NULL THEN 'class' WHEN b.service_id IS NOT NULL THEN 'service'
                    ELSE 'package' END AS kind,
               COALESCE(c.title, s.name, pk.name) AS name, m.currency,
               sum(m.payments) AS payments, sum(m.gross) AS gross, sum(m.refunded) AS refunded
          FROM (${MONEY(p)}) m
          LEFT JOIN bookings b ON b.org_id = ${p.orgId} AND b.id = m.booking_id
          LEFT JOIN classes c ON c.org_id = b.org_id AND c.id = b.class_id
          LEFT JOIN services s ON s.org_id = b.org_id AND s.id = b.service_id
          LEFT JOIN package_purchases pp ON pp.org_id = ${p.orgId} AND pp.id = m.package_purchase_id
          LEFT JOIN packages pk ON pk.org_id = pp.org_id AND pk.id = pp.package_id
         GROUP BY 1, 2, 3 ORDER BY sum(m.gross) - sum(m.refunded) DESC, 2`,
  );
}

export interface FillRow {
  class_id: string;
  title: string;
  starts_at: string;
  max_spots: string;
  booked: string;
  attended: string;
}

/** Classes that take place in the period (not cancelled ones): spots of live bookings against the spots offered. */
export function selectFill(db: Db, p: Period): Promise<FillRow[]> {
  return queryRows(
    db,
    sql`SELECT c.id AS class_id, c.title,
               to_char(c.starts_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS starts_at, c.max_spots,
               COALESCE(sum(b.spots) FILTER (WHERE b.status IN ${LIVE}), 0) AS booked,
               COALESCE(sum(b.spots) FILTER (WHERE b.status = 'completed'), 0) AS attended
          FROM classes c
          LEFT JOIN bookings b ON b.org_id = c.org_id AND b.class_id = c.id
         WHERE c.org_id = ${p.orgId} AND c.status = 'scheduled' AND ${inPeriod(sql`c.starts_at`, p)}
         GROUP BY c.org_id, c.id ORDER BY c.starts_at, c.id`,
  );
}

export interface UtilisationRow {
  provider_id: string;
  name: string;
  working_minutes: string;
  booked_minutes: string;
}

/**
 * Working time: each provider-local date around the period takes its date override's intervals if it has
 * one (none: closed), else its weekday's weekly hours; wall times become instants in the provider's zone
 * (so a DST day has 23 or 25 hours of "00:00–24:00"), time off is taken away and the rest is cut to the
 * period, all as multiranges so that nothing is counted twice. Booked time: live appointments, without
 * their buffers, cut to the period.
 */
export function selectUtilisation(db: Db, p: Period): Promise<UtilisationRow[]> {
  const lo = at(p.from);
  const hi = at(p.to);
  return queryRows(
    db,
    sql`WITH dates AS (
          SELECT pr.id AS provider_id, pr.time_zone, d::date AS date
            FROM providers pr,
                 generate_series(((${lo} AT TIME ZONE pr.time_zone)::date - 1)::timestamp,
                                 ((${hi} AT TIME ZONE pr.time_zone)::date + 1)::timestamp, interval '1 day') d
           WHERE pr.org_id = ${p.orgId}
        ), intervals AS (
          SELECT d.provider_id, d.time_zone, d.date, i.start_time, i.end_time
            FROM dates d
            JOIN provider_date_overrides o ON o.org_id = ${p.orgId} AND o.provider_id = d.provider_id AND o.date = d.date
            JOIN provider_override_intervals i ON i.org_id = ${p.orgId} AND i.override_id = o.id
          UNION ALL
          SELECT d.provider_id, d.time_zone, d.date, w.start_time, w.end_time
            FROM dates d
            JOIN provider_weekly_hours w ON w.org_id = ${p.orgId} AND w.provider_id = d.provider_id
                                        AND w.weekday = extract(isodow FROM d.date)
           WHERE NOT EXISTS (SELECT 1 FROM provider_date_overrides o
                              WHERE o.org_id = ${p.orgId} AND o.provider_id = d.provider_id AND o.date = d.date)
        ), working AS (
          SELECT provider_id,
                 range_agg(tstzrange((date + start_time::time) AT TIME ZONE time_zone,
                                     (date + end_time::time) AT TIME ZONE time_zone)) AS ranges
            FROM intervals GROUP BY provider_id
        ), time_off AS (
          SELECT provider_id, range_agg(tstzrange(starts_at, ends_at)) AS ranges
            FROM provider_time_off
           WHERE org_id = ${p.orgId} AND ends_at > ${lo} AND starts_at < ${hi}
           GROUP BY provider_id
        ), booked AS (
          SELECT provider_id,
                 sum(extract(epoch FROM least(ends_at, ${hi}) - greatest(starts_at, ${lo}))) / 60 AS minutes
            FROM bookings
           WHERE org_id = ${p.orgId} AND service_id IS NOT NULL AND status IN ${LIVE}
             AND starts_at < ${hi} AND ends_at > ${lo}
           GROUP BY provider_id
        )
        SELECT pr.id AS provider_id, pr.name,
               COALESCE((SELECT sum(extract(epoch FROM upper(r) - lower(r)))
                           FROM unnest((w.ranges - COALESCE(t.ranges, '{}'::tstzmultirange))
                                       * tstzmultirange(tstzrange(${lo}, ${hi}))) r), 0) / 60 AS working_minutes,
               COALESCE(bk.minutes, 0) AS booked_minutes
          FROM providers pr
          LEFT JOIN working w ON w.provider_id = pr.id
          LEFT JOIN time_off t ON t.provider_id = pr.id
          LEFT JOIN booked bk ON bk.provider_id = pr.id
         WHERE pr.org_id = ${p.orgId} AND (pr.active OR bk.minutes > 0)
         ORDER BY pr.name, pr.id`,
  );
}

export interface PaymentOutcomeRow {
  method: string;
  started: string;
  succeeded: string;
  failed: string;
  cancelled: string;
  pending: string;
}

/** Payments started in the period, by how they ended (a payment still open is pending). */
export function selectPaymentOutcomes(db: Db, p: Period): Promise<PaymentOutcomeRow[]> {
  return queryRows(
    db,
    sql`SELECT method, count(*) AS started,
               count(*) FILTER (WHERE status = 'succeeded') AS succeeded,
               count(*) FILTER (WHERE status = 'failed') AS failed,
               count(*) FILTER (WHERE status = 'cancelled') AS cancelled,
               count(*) FILTER (WHERE status = 'pending') AS pending
          FROM payments
         WHERE org_id = ${p.orgId} AND ${inPeriod(sql`created_at`, p)}
         GROUP BY method ORDER BY method`,
  );
}

export interface FunnelRow {
  day: string;
  page_views: string;
  checkouts_started: string;
  booked: string;
}

/**
 * The counters, and the bookings guests and signed-in customers made themselves that day: a booking whose
 * source is a guest or an account, made by a visitor's own request (its `booking.created` audit entry's
 * actor is a guest or a user), so not one made by staff, by an API key or by the system (the demo data),
 * none of which opened a checkout on the booking pages. Checkouts the system ended are not bookings.
 */
export function selectFunnel(db: Db, p: Period, fromDay: string, toDay: string): Promise<FunnelRow[]> {
  return queryRows(
    db,
    sql`SELECT day, sum(page_views) AS page_views, sum(checkouts_started) AS checkouts_started, sum(booked) AS booked
          FROM (
            SELECT to_char(day, 'YYYY-MM-DD') AS day,
                   CASE WHEN step = 'page_view' THEN count ELSE 0 END AS page_views,
                   CASE WHEN step = 'checkout_started' THEN count ELSE 0 END AS checkouts_started,
                   0 AS booked
              FROM analytics_funnel_days
             WHERE org_id = ${p.orgId} AND day BETWEEN ${fromDay}::date AND ${toDay}::date
            UNION ALL
            SELECT ${localDay(sql`b.created_at`, p.zone)}, 0, 0, 1
              FROM bookings b
             WHERE b.org_id = ${p.orgId} AND b.source IN ('guest', 'account')
               AND ${inPeriod(sql`b.created_at`, p)} AND ${MADE}
               AND EXISTS (SELECT 1 FROM audit_log a
                            WHERE a.org_id = b.org_id AND a.entity_type = 'booking' AND a.entity_id = b.id
                              AND a.action = 'booking.created' AND a.actor_type IN ('guest', 'user'))
          ) f
         GROUP BY day ORDER BY day`,
  );
}

export interface CustomerMixRow {
  new_customers: string;
  returning_customers: string;
}

/**
 * Customers who booked in the period (by when they booked; ended checkouts aside): new when they had
 * no such booking before the period, returning when they had.
 */
export async function selectCustomerMix(db: Db, p: Period): Promise<CustomerMixRow> {
  const counted = sql`NOT (status = 'cancelled' AND cancelled_by = 'system')`;
  const [row] = await queryRows<CustomerMixRow>(
    db,
    sql`WITH booked AS (
          SELECT DISTINCT customer_id FROM bookings
           WHERE org_id = ${p.orgId} AND ${inPeriod(sql`created_at`, p)} AND ${counted}
        )
        SELECT count(*) FILTER (WHERE NOT earlier) AS new_customers,
               count(*) FILTER (WHERE earlier) AS returning_customers
          FROM (SELECT EXISTS (SELECT 1 FROM bookings e
                                WHERE e.org_id = ${p.orgId} AND e.customer_id = booked.customer_id
                                  AND e.created_at < ${at(p.from)} AND ${counted}) AS earlier
                  FROM booked) x`,
  );
  return row ?? { new_customers: '0', returning_customers: '0' };
}

export interface BalancesRow {
  credits: string;
  credit_customers: string;
  points: string;
  point_customers: string;
}

/** What customers hold now: credits of grants that have not expired, and loyalty points. */
export async function selectBalances(db: Db, orgId: string, now: Date): Promise<BalancesRow> {
  const [row] = await queryRows<BalancesRow>(
    db,
    sql`SELECT
          (SELECT COALESCE(sum(remaining), 0) FROM credit_grants
            WHERE org_id = ${orgId} AND remaining > 0 AND (expires_at IS NULL OR expires_at > ${at(now)})) AS credits,
          (SELECT count(DISTINCT customer_id) FROM credit_grants
            WHERE org_id = ${orgId} AND remaining > 0 AND (expires_at IS NULL OR expires_at > ${at(now)})) AS credit_customers,
          (SELECT COALESCE(sum(balance), 0) FROM loyalty_balances WHERE org_id = ${orgId}) AS points,
          (SELECT count(*) FROM loyalty_balances WHERE org_id = ${orgId} AND balance > 0) AS point_customers`,
  );
  return row as BalancesRow;
}

export interface FunnelCount {
  orgId: string;
  day: string;
  step: string;
  count: number;
}

/**
 * Adds tallied counts, one statement for all (analytics.tally.ts). The rows go in key order, so two processes
 * flushing the same days lock them in the same order and never deadlock; a row is made on its day's first.
 */
export async function addFunnelCounts(db: Db, counts: FunnelCount[]): Promise<void> {
  if (counts.length === 0) return;
  const sorted = [...counts].sort(
    (a, b) => a.orgId.localeCompare(b.orgId) || a.day.localeCompare(b.day) || a.step.localeCompare(b.step),
  );
  const values = sql.join(
    sorted.map((c) => sql`(${c.orgId}::uuid, ${c.day}::date, ${c.step}, ${c.count}::bigint)`),
    sql`, `,
  );
  await db.execute(
    sql`INSERT INTO analytics_funnel_days (org_id, day, step, count) VALUES ${values}
        ON CONFLICT (org_id, day, step) DO UPDATE SET count = analytics_funnel_days.count + EXCLUDED.count`,
  );
}
