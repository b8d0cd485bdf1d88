import {
  bigint,
  boolean,
  char,
  customType,
  date,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uuid,
  primaryKey,
} from 'drizzle-orm/pg-core';

export const invoiceKinds = ['invoice', 'receipt', 'credit_note'] as const;
export type InvoiceKind = (typeof invoiceKinds)[number];
export const invoiceStatuses = ['open', 'paid', 'overdue', 'void', 'credited'] as const;
export type InvoiceStatus = (typeof invoiceStatuses)[number];

/** The seller as it was when the invoice was issued. */
export interface SellerSnapshot {
  name: string;
  addressLines: string[];
  postcode: string | null;
  city: string | null;
  country: string | null;
  orgNumber: string | null;
  vatNumber: string | null;
  bankAccount: string | null;
  bankgiro: string | null;
  swishNumber: string | null;
  timeZone: string;
}

/** The buyer as they were when the invoice was issued. */
export interface BuyerSnapshot {
  name: string;
  email: string;
  address: string | null;
}

export interface VatRateTotal {
  basisPoints: number;
  net: number;
  vat: number;
}

export const invoices = pgTable(
  'invoices',
  {
    id: uuid('id').notNull().defaultRandom(),
    orgId: uuid('org_id').notNull(),
    /** Assigned by the database (migration 0014's trigger), never by the caller. */
    number: bigint('number', { mode: 'number' }).notNull(),
    kind: text('kind', { enum: invoiceKinds }).notNull(),
    creditsInvoiceId: uuid('credits_invoice_id'),
    status: text('status', { enum: invoiceStatuses }).notNull(),
    issueDate: date('issue_date', { mode: 'string' }).notNull(),
    dueDate: date('due_date', { mode: 'string' }).notNull(),
    currency: char('currency', { length: 3 }).notNull(),
    locale: text('locale', { enum: ['en', 'sv'] }).notNull(),
    customerId: uuid('customer_id'),
    seller: jsonb('seller').$type<SellerSnapshot>().notNull(),
    buyer: jsonb('buyer').$type<BuyerSnapshot>().notNull(),
    pricesIncludeTax: boolean('prices_include_tax').notNull(),
    netTotal: bigint('net_total', { mode: 'number' }).notNull(),
    vatTotal: bigint('vat_total', { mode: 'number' }).notNull(),
    grossTotal: bigint('gross_total', { mode: 'number' }).notNull(),
    vatBreakdown: jsonb('vat_breakdown').$type<VatRateTotal[]>().notNull(),
    paidAmount: bigint('paid_amount', { mode: 'number' }).notNull(),
    paidAt: timestamp('paid_at', { withTimezone: true }),
    bookingId: uuid('booking_id'),
    paymentId: uuid('payment_id'),
    packagePurchaseId: uuid('package_purchase_id'),
    issuedAt: timestamp('issued_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.orgId, table.id] })],
);

export const invoiceLines = pgTable(
  'invoice_lines',
  {
    id: uuid('id').notNull().defaultRandom(),
    orgId: uuid('org_id').notNull(),
    invoiceId: uuid('invoice_id').notNull(),
    position: integer('position').notNull(),
    description: text('description').notNull(),
    quantity: integer('quantity').notNull(),
    unitAmount: bigint('unit_amount', { mode: 'number' }).notNull(),
    amount: bigint('amount', { mode: 'number' }).notNull(),
    vatBasisPoints: integer('vat_basis_points').notNull(),
    netAmount: bigint('net_amount', { mode: 'number' }).notNull(),
    vatAmount: bigint('vat_amount', { mode: 'number' }).notNull(),
  },
  (table) => [primaryKey({ columns: [table.orgId, table.id] })],
);

export type InvoiceRow = typeof invoices.$inferSelect;
export type InvoiceLineRow = typeof invoiceLines.$inferSelect;

/** The last number issued per organisation; written only by the trigger that numbers invoices. */
export const invoiceCounters = pgTable('invoice_counters', {
  orgId: uuid('org_id').primaryKey(),
  lastNumber: bigint('last_number', { mode: 'number' }).notNull(),
});

const bytea = customType<{ data: Buffer; driverData: Uint8Array }>({
  dataType: () => 'bytea',
  // pg answers a Buffer, PGlite a Uint8Array.
  fromDriver: (value) => Buffer.from(value),
});

/** The logo drawn on the organisation's invoices (invoices.logo.ts checks it). */
export const organisationLogos = pgTable('organisation_logos', {
  orgId: uuid('org_id').primaryKey(),
  content: bytea('content').notNull(),
  contentType: text('content_type', { enum: ['image/png', 'image/jpeg'] }).notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
