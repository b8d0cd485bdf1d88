/**
 * Payment history and exports: reads payments, refunds, the credit ledger, bookings, invoices and
 * customers, and writes nothing but the audit entry of a staff export. Exports are async generators
 * that fetch one keyset page when the previous one has been taken, so the HTTP layer's back-pressure
 * decides how far ahead of the client the database is read.
 */
import { randomUUID } from 'node:crypto';
import { DateTime } from 'luxon';
import { type RequestContext, requireRole, requireUser } from '../../platform/context.ts';
import { type Db, transaction } from '../../platform/db.ts';
import { DomainError } from '../../platform/errors.ts';
import type { Locale } from '../../platform/i18n.ts';
import { recordAudit } from '../audit/audit.service.ts';
import {
  type BookingExportRow,
  type CustomerExportRow,
  type HistoryQuery,
  type HistoryRow,
  type Keyset,
  type Range,
  selectBookingsPage,
  selectCustomersPage,
  selectHistoryPage,
} from './statements.repo.ts';
import type { ExportFormat, HistoryEntryDto, HistoryFilter } from './statements.schema.ts';

/** Rows per query of an export: large enough to be cheap, small enough to keep memory flat. */
export const EXPORT_PAGE_SIZE = 500;

const KEYSET_AT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

const encodeCursor = (keyset: Keyset) => Buffer.from(`${keyset.at}|${keyset.id}`).toString('base64url');

function decodeCursor(cursor: string): Keyset {
  const [at = '', id = '', ...rest] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  if (rest.length || !KEYSET_AT.test(at) || !UUID.test(id)) {
    throw new DomainError('validation_failed', {}, [
      { in: 'querystring', path: 'cursor', message: 'is not a cursor this list gave' },
    ]);
  }
  return { at, id };
}

/** Local dates (and a year) in the organisation's zone, as instants: from inclusive, to exclusive. */
export function resolveRange(
  filter: { from?: string | undefined; to?: string | undefined; year?: number | undefined },
  zone: string,
): Range {
  if (filter.from && filter.to && filter.from > filter.to) {
    throw new DomainError('validation_failed', {}, [
      { in: 'querystring', path: 'from', message: 'must not be after to' },
    ]);
  }
  const day = (date: string) => DateTime.fromISO(date, { zone }).startOf('day');
  let from = filter.from ? day(filter.from) : undefined;
  let to = filter.to ? day(filter.to).plus({ days: 1 }) : undefined;
  if (filter.year !== undefined) {
    // A year narrows the dates given with it; a year and dates that do not meet select nothing.
    const start = DateTime.fromObject({ year: filter.year, month: 1, day: 1 }, { zone });
    const end = start.plus({ years: 1 });
    from = from && from > start ? from : start;
    to = to && to < end ? to : end;
  }
  return { from: from?.toJSDate(), to: to?.toJSDate() };
}

const num = (value: string | number | null): number | null => (value === null ? null : Number(value));
const instant = (value: string | null): string | null => (value === null ? null : new Date(value).toISOString());

export function toEntryDto(row: HistoryRow): HistoryEntryDto {
  return {
    id: row.entry_id,
    kind: row.kind,
    occurredAt: new Date(row.occurred_at).toISOString(),
    amount: num(row.amount),
    currency: row.currency,
    credits: num(row.credits),
    method: row.method,
    status: row.status,
    title: row.title,
    startsAt: instant(row.starts_at),
    timeZone: row.time_zone,
    bookingId: row.booking_id,
    packagePurchaseId: row.package_purchase_id,
    paymentId: row.payment_id,
    invoiceId: row.invoice_id,
  };
}

function historyQuery(ctx: RequestContext, filter: HistoryFilter): Omit<HistoryQuery, 'limit'> {
  return {
    ...resolveRange(filter, ctx.org.timeZone),
    status: filter.status,
    method: filter.method,
    kind: filter.kind,
  };
}

/** One page of the signed-in customer's history, newest first. */
export async function listMyPayments(
  db: Db,
  ctx: RequestContext,
  query: HistoryFilter & { limit: number; cursor?: string | undefined },
) {
  const user = requireUser(ctx);
  const rows = await selectHistoryPage(db, ctx.org.id, {
    ...historyQuery(ctx, query),
    userId: user.id,
    after: query.cursor ? decodeCursor(query.cursor) : undefined,
    limit: query.limit,
  });
  const last = rows.at(-1);
  return {
    entries: rows.map(toEntryDto),
    nextCursor: rows.length === query.limit && last ? encodeCursor({ at: last.occurred_at, id: last.entry_id }) : null,
  };
}

/** Every row a keyset query yields, a page at a time. */
async function* pages<Row>(
  fetch: (after: Keyset | undefined) => Promise<Row[]>,
  keyOf: (row: Row) => Keyset,
): AsyncGenerator<Row[]> {
  let after: Keyset | undefined;
  for (;;) {
    const rows = await fetch(after);
    if (rows.length) yield rows;
    const last = rows.at(-1);
    if (rows.length < EXPORT_PAGE_SIZE || !last) return;
    after = keyOf(last);
  }
}

export type ExportKind = 'my_payments' | 'payments' | 'bookings' | 'customers';

export interface ExportStream<Row> {
  kind: ExportKind;
  format: ExportFormat;
  /** The language of the CSV headers. */
  locale: Locale;
  timeZone: string;
  pages: AsyncGenerator<Row[]>;
}

const historyKey = (row: HistoryRow): Keyset => ({ at: row.occurred_at, id: row.entry_id });

/** The signed-in customer's whole history (with the list's filters), for a download. */
export function exportMyPayments(
  db: Db,
  ctx: RequestContext,
  query: HistoryFilter & { format: ExportFormat },
): ExportStream<HistoryRow> {
  const user = requireUser(ctx);
  const base = { ...historyQuery(ctx, query), userId: user.id, limit: EXPORT_PAGE_SIZE };
  return {
    kind: 'my_payments',
    format: query.format,
    locale: ctx.locale,
    timeZone: ctx.org.timeZone,
    pages: pages((after) => selectHistoryPage(db, ctx.org.id, { ...base, after }), historyKey),
  };
}

export type StaffExport = ExportStream<HistoryRow> | ExportStream<BookingExportRow> | ExportStream<CustomerExportRow>;

/**
 * An admin's export of the organisation's payments, bookings or customers. Personal data and money
 * of every customer leave the system here, so only admins may, and the audit log says who took what
 * (written before the first row is read).
 */
export async function startStaffExport(
  db: Db,
  ctx: RequestContext,
  what: 'payments' | 'bookings' | 'customers',
  query: { from?: string | undefined; to?: string | undefined; format: ExportFormat },
) {
  requireRole(ctx, 'admin');
  return openStaffExport(db, ctx, what, query);
}

/** The export itself, for the admin's route above and the operator's `slotwise export` (audited either way). */
export async function openStaffExport(
  db: Db,
  ctx: RequestContext,
  what: 'payments' | 'bookings' | 'customers',
  query: { from?: string | undefined; to?: string | undefined; format: ExportFormat },
) {
  const range = resolveRange(query, ctx.org.timeZone);
  await transaction(db, (tx) =>
    recordAudit(tx, ctx, {
      action: `export.${what}`,
      entityType: 'export',
      // An export is no row of its own; each gets an id so that its entry can be named.
      entityId: randomUUID(),
      after: { what, format: query.format, from: query.from ?? null, to: query.to ?? null },
    }),
  );
  const common = { format: query.format, locale: ctx.locale, timeZone: ctx.org.timeZone };
  const limit = EXPORT_PAGE_SIZE;
  if (what === 'payments') {
    return {
      ...common,
      kind: what,
      pages: pages((after) => selectHistoryPage(db, ctx.org.id, { ...range, after, limit }), historyKey),
    } satisfies ExportStream<HistoryRow>;
  }
  if (what === 'bookings') {
    return {
      ...common,
      kind: what,
      pages: pages(
        (after) => selectBookingsPage(db, ctx.org.id, { ...range, after, limit }),
        (row) => ({ at: row.sort_at, id: row.id }),
      ),
    } satisfies ExportStream<BookingExportRow>;
  }
  return {
    ...common,
    kind: what,
    pages: pages(
      (after) => selectCustomersPage(db, ctx.org.id, { ...range, after, limit }),
      (row) => ({ at: row.created_at, id: row.id }),
    ),
  } satisfies ExportStream<CustomerExportRow>;
}
