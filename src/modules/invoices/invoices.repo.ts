import { type SQL, and, asc, desc, eq, gte, inArray, lte, ne, notInArray, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db.ts';
import { customers } from '../customers/customers.tables.ts';
import { type InvoiceLineRow, type InvoiceRow, type InvoiceStatus, invoiceLines, invoices } from './invoices.tables.ts';

export type NewInvoiceRow = Omit<typeof invoices.$inferInsert, 'number'>;
export type NewInvoiceLineRow = Omit<typeof invoiceLines.$inferInsert, 'orgId' | 'invoiceId' | 'position'>;

/**
 * Inserts an invoice (with its id chosen by the caller) and its lines; the database gives it the
 * organisation's next number. The lines go first (their foreign key is checked at the commit): the
 * invoice's insert takes the organisation's counter row, which every other issue of the organisation
 * waits for until this transaction ends, so the less that follows it the better.
 */
export async function insertInvoice(
  db: Db,
  values: NewInvoiceRow & { id: string },
  lines: NewInvoiceLineRow[],
): Promise<InvoiceRow> {
  await db
    .insert(invoiceLines)
    .values(lines.map((line, position) => ({ ...line, orgId: values.orgId, invoiceId: values.id, position })));
  // The number column is NOT NULL and filled by the BEFORE INSERT trigger; drizzle wants a value.
  const [row] = await db
    .insert(invoices)
    .values({ ...values, number: sql`NULL` as unknown as number })
    .returning();
  if (!row) throw new Error('invoice insert returned nothing');
  return row;
}

export async function findInvoice(db: Db, orgId: string, id: string, lock = false): Promise<InvoiceRow | undefined> {
  const query = db
    .select()
    .from(invoices)
    .where(and(eq(invoices.orgId, orgId), eq(invoices.id, id)));
  const [row] = lock ? await query.for('update') : await query;
  return row;
}

export async function selectLines(db: Db, orgId: string, invoiceId: string): Promise<InvoiceLineRow[]> {
  return db
    .select()
    .from(invoiceLines)
    .where(and(eq(invoiceLines.orgId, orgId), eq(invoiceLines.invoiceId, invoiceId)))
    .orderBy(asc(invoiceLines.position));
}

/** The booking's invoice or receipt that still stands (not credited or void), if any. */
export async function findLiveInvoiceOfBooking(db: Db, orgId: string, bookingId: string) {
  const [row] = await db
    .select({ id: invoices.id, number: invoices.number })
    .from(invoices)
    .where(
      and(
        eq(invoices.orgId, orgId),
        eq(invoices.bookingId, bookingId),
        ne(invoices.kind, 'credit_note'),
        notInArray(invoices.status, ['credited', 'void']),
      ),
    );
  return row;
}

export async function findCreditNoteOf(db: Db, orgId: string, invoiceId: string) {
  const [row] = await db
    .select({ id: invoices.id })
    .from(invoices)
    .where(and(eq(invoices.orgId, orgId), eq(invoices.creditsInvoiceId, invoiceId)));
  return row;
}

export async function setInvoiceStatus(
  db: Db,
  orgId: string,
  id: string,
  changes: { status: InvoiceStatus; paidAmount?: number; paidAt?: Date | null },
): Promise<InvoiceRow> {
  const [row] = await db
    .update(invoices)
    .set(changes)
    .where(and(eq(invoices.orgId, orgId), eq(invoices.id, id)))
    .returning();
  if (!row) throw new Error(`invoice ${id} vanished during update`);
  return row;
}

export async function findCustomer(db: Db, orgId: string, id: string) {
  const [row] = await db
    .select()
    .from(customers)
    .where(and(eq(customers.orgId, orgId), eq(customers.id, id)));
  return row;
}

export interface InvoiceFilter {
  status?: InvoiceStatus | undefined;
  customerId?: string | undefined;
  /** Issue dates, inclusive, 'YYYY-MM-DD'. */
  from?: string | undefined;
  to?: string | undefined;
  /** Only invoices of the customers this account is. */
  userId?: string | undefined;
  limit: number;
  offset: number;
}

/** Newest first: by issue date, then number. */
export async function selectInvoices(db: Db, orgId: string, filter: InvoiceFilter): Promise<InvoiceRow[]> {
  const conditions: SQL[] = [eq(invoices.orgId, orgId)];
  if (filter.status) conditions.push(eq(invoices.status, filter.status));
  if (filter.customerId) conditions.push(eq(invoices.customerId, filter.customerId));
  if (filter.from) conditions.push(gte(invoices.issueDate, filter.from));
  if (filter.to) conditions.push(lte(invoices.issueDate, filter.to));
  if (filter.userId) {
    const mine = db
      .select({ id: customers.id })
      .from(customers)
      .where(and(eq(customers.orgId, orgId), eq(customers.userId, filter.userId)));
    conditions.push(inArray(invoices.customerId, mine));
  }
  return db
    .select()
    .from(invoices)
    .where(and(...conditions))
    .orderBy(desc(invoices.issueDate), desc(invoices.number))
    .limit(filter.limit)
    .offset(filter.offset);
}
