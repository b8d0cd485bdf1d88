/**
 * The reads behind the payment history and the exports. Every query is one page in keyset order
 * (newest first, ties broken by id), so an export of any size is read a page at a time and no
 * statement holds a connection (or, on the embedded database, the only connection) while the
 * answer travels to a slow client.
 */
import { type SQL, sql } from 'drizzle-orm';
import { type Db, queryRows } from '../../platform/db.ts';

/** Where the previous page ended: the sort instant as PostgreSQL printed it (microseconds kept) and the row's uuid. */
export interface Keyset {
  at: string;
  id: string;
}

export interface Range {
  /** Inclusive. */
  from?: Date | undefined;
  /** Exclusive. */
  to?: Date | undefined;
}

export interface HistoryQuery extends Range {
  /** Only the customers this account is; absent: the whole organisation. */
  userId?: string | undefined;
  status?: string | undefined;
  method?: string | undefined;
  kind?: string | undefined;
  after?: Keyset | undefined;
  limit: number;
}

export interface HistoryRow {
  entry_id: string;
  kind: 'payment' | 'refund' | 'credit_use' | 'credit_return';
  occurred_at: string;
  amount: string | number | null;
  currency: string | null;
  credits: string | number | null;
  method: 'card' | 'swish' | 'bank_transfer' | 'venue' | 'credits';
  status: 'pending' | 'succeeded' | 'failed' | 'cancelled';
  title: string | null;
  starts_at: string | null;
  time_zone: string | null;
  booking_id: string | null;
  package_purchase_id: string | null;
  payment_id: string | null;
  invoice_id: string | null;
  customer_name: string | null;
  customer_email: string | null;
}

/** An instant as ISO 8601 in UTC with microseconds: exact for the keyset, readable by `new Date`. */
const iso = (column: SQL) => sql`to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

function rangeAndKeyset(at: SQL, id: SQL, query: Range & { after?: Keyset | undefined }): SQL[] {
  const conditions: SQL[] = [];
  if (query.from) conditions.push(sql`${at} >= ${query.from.toISOString()}::timestamptz`);
  if (query.to) conditions.push(sql`${at} < ${query.to.toISOString()}::timestamptz`);
  if (query.after) conditions.push(sql`(${at}, ${id}) < (${query.after.at}::timestamptz, ${query.after.id}::uuid)`);
  return conditions;
}

const where = (conditions: SQL[]) => (conditions.length ? sql`WHERE ${sql.join(conditions, sql` AND `)}` : sql``);

/**
 * Payments, refunds and credit uses and returns as one list. A credit use that drew on several grants
 * is several ledger rows written at one moment; they are one entry here.
 */
export async function selectHistoryPage(db: Db, orgId: string, query: HistoryQuery): Promise<HistoryRow[]> {
  // A customer's rows are found from their customer ids down (bookings, package purchases, ledger), so
  // a page costs what that customer has, not what the organisation has.
  const mine = query.userId
    ? sql`SELECT id FROM customers WHERE org_id = ${orgId} AND user_id = ${query.userId}`
    : undefined;
  const paymentScope = mine
    ? sql`AND (p.booking_id IN (SELECT id FROM bookings WHERE org_id = ${orgId} AND customer_id IN (${mine}))
            OR p.package_purchase_id IN (SELECT id FROM package_purchases WHERE org_id = ${orgId} AND customer_id IN (${mine})))`
    : sql``;
  const ledgerScope = mine ? sql`AND l.customer_id IN (${mine})` : sql``;
  const payer = sql`
        LEFT JOIN bookings b ON b.org_id = p.org_id AND b.id = p.booking_id
        LEFT JOIN package_purchases pp ON pp.org_id = p.org_id AND pp.id = p.package_purchase_id`;
  const conditions = rangeAndKeyset(sql`x.occurred_at`, sql`x.entry_id`, query);
  if (query.status) conditions.push(sql`x.status = ${query.status}`);
  if (query.method) conditions.push(sql`x.method = ${query.method}`);
  if (query.kind) conditions.push(sql`x.kind = ${query.kind}`);
  // Each kind is filtered and cut to a page by itself before the three are merged, so the joins that
  // describe an entry run for a page of rows, not for every row of the customer or organisation.
  const page = (branch: SQL) =>
    sql`(SELECT * FROM (${branch}) x ${where(conditions)} ORDER BY x.occurred_at DESC, x.entry_id DESC LIMIT ${query.limit})`;
  const invoiceOf = (column: SQL) => sql`(SELECT i.id FROM invoices i
             WHERE i.org_id = ${orgId} AND ${column} AND i.kind <> 'credit_note' ORDER BY i.issued_at DESC LIMIT 1)`;
  return queryRows<HistoryRow>(
    db,
    sql`
    WITH e AS (
      ${page(sql`
      SELECT p.id AS entry_id, 'payment' AS kind, coalesce(p.succeeded_at, p.created_at) AS occurred_at,
             p.amount::bigint AS amount, p.currency::text AS currency, NULL::integer AS credits, p.method, p.status,
             p.booking_id, p.package_purchase_id, p.id AS payment_id,
             coalesce(b.customer_id, pp.customer_id) AS customer_id
        FROM payments p ${payer}
       WHERE p.org_id = ${orgId} ${paymentScope}`)}
      UNION ALL
      ${page(sql`
      SELECT r.id AS entry_id, 'refund' AS kind, coalesce(r.settled_at, r.created_at) AS occurred_at,
             -r.amount::bigint AS amount, r.currency::text AS currency, NULL::integer AS credits, p.method, r.status,
             p.booking_id, p.package_purchase_id, p.id AS payment_id, coalesce(b.customer_id, pp.customer_id) AS customer_id
        FROM refunds r JOIN payments p ON p.org_id = r.org_id AND p.id = r.payment_id ${payer}
       WHERE r.org_id = ${orgId} ${paymentScope}`)}
      UNION ALL
      ${page(sql`
      SELECT min(l.id::text)::uuid AS entry_id,
             CASE l.kind WHEN 'use' THEN 'credit_use' ELSE 'credit_return' END AS kind, l.created_at AS occurred_at,
             NULL::bigint AS amount, NULL::text AS currency, sum(l.delta)::integer AS credits, 'credits' AS method,
             'succeeded' AS status, l.booking_id, NULL::uuid AS package_purchase_id, NULL::uuid AS payment_id,
             l.customer_id
        FROM credit_ledger l
       WHERE l.org_id = ${orgId} AND l.kind IN ('use', 'return') ${ledgerScope}
       GROUP BY l.customer_id, l.booking_id, l.kind, l.created_at`)}
    )
    SELECT e.entry_id::text AS entry_id, e.kind, ${iso(sql`e.occurred_at`)} AS occurred_at, e.amount, e.currency,
           e.credits, e.method, e.status, coalesce(c.title, s.name, pk.name) AS title,
           ${iso(sql`coalesce(c.starts_at, b.starts_at)`)} AS starts_at,
           CASE WHEN b.id IS NOT NULL THEN coalesce(lo.time_zone, o.time_zone) END AS time_zone,
           e.booking_id, e.package_purchase_id, e.payment_id,
           coalesce(${invoiceOf(sql`i.booking_id = e.booking_id`)},
                    ${invoiceOf(sql`i.package_purchase_id = e.package_purchase_id`)}) AS invoice_id,
           cu.name AS customer_name, cu.email AS customer_email
      FROM e
      LEFT JOIN bookings b ON b.org_id = ${orgId} AND b.id = e.booking_id
      LEFT JOIN classes c ON c.org_id = ${orgId} AND c.id = b.class_id
      LEFT JOIN locations lo ON lo.org_id = ${orgId} AND lo.id = coalesce(b.location_id, c.location_id)
      JOIN organisations o ON o.id = ${orgId}
      LEFT JOIN services s ON s.org_id = ${orgId} AND s.id = b.service_id
      LEFT JOIN package_purchases pp ON pp.org_id = ${orgId} AND pp.id = e.package_purchase_id
      LEFT JOIN packages pk ON pk.org_id = ${orgId} AND pk.id = pp.package_id
      LEFT JOIN customers cu ON cu.org_id = ${orgId} AND cu.id = e.customer_id
     ORDER BY e.occurred_at DESC, e.entry_id DESC
     LIMIT ${query.limit}`,
  );
}

export interface BookingExportRow {
  id: string;
  sort_at: string;
  starts_at: string | null;
  created_at: string;
  status: string;
  title: string | null;
  provider: string | null;
  spots: number;
  price_amount: string | number;
  currency: string;
  payment_method: string;
  source: string;
  customer_name: string;
  customer_email: string;
  cancelled_at: string | null;
}

/** The organisation's bookings by the start of what they book, newest first. */
export async function selectBookingsPage(
  db: Db,
  orgId: string,
  query: Range & { after?: Keyset | undefined; limit: number },
): Promise<BookingExportRow[]> {
  const at = sql`coalesce(c.starts_at, b.starts_at, b.created_at)`;
  const conditions = [sql`b.org_id = ${orgId}`, ...rangeAndKeyset(at, sql`b.id`, query)];
  return queryRows<BookingExportRow>(
    db,
    sql`
    SELECT b.id::text AS id, ${iso(at)} AS sort_at, ${iso(sql`coalesce(c.starts_at, b.starts_at)`)} AS starts_at,
           ${iso(sql`b.created_at`)} AS created_at, b.status, coalesce(c.title, s.name) AS title,
           coalesce(pr.name, c.instructor_name) AS provider, b.spots, b.price_amount, b.currency, b.payment_method,
           b.source, cu.name AS customer_name, cu.email AS customer_email, ${iso(sql`b.cancelled_at`)} AS cancelled_at
      FROM bookings b
      JOIN customers cu ON cu.org_id = b.org_id AND cu.id = b.customer_id
      LEFT JOIN classes c ON c.org_id = b.org_id AND c.id = b.class_id
      LEFT JOIN services s ON s.org_id = b.org_id AND s.id = b.service_id
      LEFT JOIN providers pr ON pr.org_id = b.org_id AND pr.id = b.provider_id
      ${where(conditions)}
     ORDER BY ${at} DESC, b.id DESC
     LIMIT ${query.limit}`,
  );
}

export interface CustomerExportRow {
  id: string;
  created_at: string;
  name: string;
  email: string;
  locale: string | null;
  has_account: boolean;
}

/** The organisation's customers, newest first. */
export async function selectCustomersPage(
  db: Db,
  orgId: string,
  query: Range & { after?: Keyset | undefined; limit: number },
): Promise<CustomerExportRow[]> {
  const conditions = [sql`org_id = ${orgId}`, ...rangeAndKeyset(sql`created_at`, sql`id`, query)];
  return queryRows<CustomerExportRow>(
    db,
    sql`
    SELECT id::text AS id, ${iso(sql`created_at`)} AS created_at, name, email, locale, user_id IS NOT NULL AS has_account
      FROM customers
      ${where(conditions)}
     ORDER BY created_at DESC, id DESC
     LIMIT ${query.limit}`,
  );
}
