/**
 * Exports as text: CSV per RFC 4180 (CRLF, quoted where needed, UTF-8 with a BOM so that spreadsheet
 * programs read Swedish letters right) with headers in the reader's language, or a JSON array. Both are
 * produced a page at a time from the rows the service yields.
 */
import { DateTime } from 'luxon';
import type { Locale } from '../../platform/i18n.ts';
import type { BookingExportRow, CustomerExportRow, HistoryRow } from './statements.repo.ts';
import type { ExportStream, StaffExport } from './statements.service.ts';
import { toEntryDto } from './statements.service.ts';

type AnyExport = ExportStream<HistoryRow> | StaffExport;

const BOM = '\uFEFF';
const CRLF = '\r\n';

/**
 * A text cell. A spreadsheet runs a cell that starts with = + - @ (or a tab or CR before one) as a
 * formula, so a class title or a customer's name chosen to be one is made plain text by a leading
 * apostrophe. Numbers we format ourselves (a negative refund) are not text and keep their sign.
 */
export function csvText(value: string | null | undefined): string {
  if (value === null || value === undefined) return '';
  const plain = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(plain) ? `"${plain.replaceAll('"', '""')}"` : plain;
}

const digitsCache = new Map<string, number>();
function fractionDigits(currency: string): number {
  let digits = digitsCache.get(currency);
  if (digits === undefined) {
    digits = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
    digitsCache.set(currency, digits);
  }
  return digits;
}

/** Integer minor units as a decimal in the currency's unit, with a point: 15050 SEK → "150.50". */
export function decimalAmount(minor: number | string | null, currency: string | null): string {
  if (minor === null || currency === null) return '';
  const value = BigInt(minor);
  const digits = fractionDigits(currency);
  const sign = value < 0n ? '-' : '';
  const text = (value < 0n ? -value : value).toString().padStart(digits + 1, '0');
  return digits === 0 ? `${sign}${text}` : `${sign}${text.slice(0, -digits)}.${text.slice(-digits)}`;
}

const localTime = (iso: string | null, zone: string) =>
  iso ? DateTime.fromISO(iso, { zone: 'utc' }).setZone(zone).toFormat('yyyy-MM-dd HH:mm') : '';

const labels = {
  en: {
    date: 'Date',
    kind: 'Type',
    for: 'For',
    starts: 'Starts',
    amount: 'Amount',
    currency: 'Currency',
    credits: 'Credits',
    method: 'Method',
    status: 'Status',
    booking: 'Booking',
    invoice: 'Invoice',
    id: 'Id',
    customer: 'Customer',
    email: 'Email',
    bookedAt: 'Booked at',
    host: 'Provider or instructor',
    spots: 'Spots',
    price: 'Price',
    source: 'Source',
    cancelledAt: 'Cancelled at',
    name: 'Name',
    language: 'Language',
    account: 'Account',
    created: 'Created',
    yes: 'yes',
    no: 'no',
    kinds: { payment: 'Payment', refund: 'Refund', credit_use: 'Credits used', credit_return: 'Credits returned' },
    statuses: { pending: 'Pending', succeeded: 'Completed', failed: 'Failed', cancelled: 'Cancelled' },
    methods: {
      card: 'Card',
      swish: 'Swish',
      bank_transfer: 'Bank transfer',
      venue: 'At the venue',
      credits: 'Credits',
    },
  },
  sv: {
    date: 'Datum',
    kind: 'Typ',
    for: 'Avser',
    starts: 'Börjar',
    amount: 'Belopp',
    currency: 'Valuta',
    credits: 'Klipp',
    method: 'Betalsätt',
    status: 'Status',
    booking: 'Bokning',
    invoice: 'Faktura',
    id: 'Id',
    customer: 'Kund',
    email: 'E-post',
    bookedAt: 'Bokad',
    host: 'Utförare eller instruktör',
    spots: 'Platser',
    price: 'Pris',
    source: 'Källa',
    cancelledAt: 'Avbokad',
    name: 'Namn',
    language: 'Språk',
    account: 'Konto',
    created: 'Skapad',
    yes: 'ja',
    no: 'nej',
    kinds: {
      payment: 'Betalning',
      refund: 'Återbetalning',
      credit_use: 'Klipp använda',
      credit_return: 'Klipp återförda',
    },
    statuses: { pending: 'Väntar', succeeded: 'Genomförd', failed: 'Misslyckad', cancelled: 'Avbruten' },
    methods: {
      card: 'Kort',
      swish: 'Swish',
      bank_transfer: 'Banköverföring',
      venue: 'På plats',
      credits: 'Klipp',
    },
  },
} satisfies Record<Locale, unknown>;

type Labels = (typeof labels)['en'];

interface Columns<Row> {
  header: (l: Labels, zone: string) => string[];
  cells: (row: Row, l: Labels, zone: string) => string[];
}

const historyColumns = (withCustomer: boolean): Columns<HistoryRow> => ({
  header: (l, zone) => [
    `${l.date} (${zone})`,
    l.kind,
    l.for,
    `${l.starts} (${zone})`,
    l.amount,
    l.currency,
    l.credits,
    l.method,
    l.status,
    ...(withCustomer ? [l.customer, l.email] : []),
    l.booking,
    l.invoice,
    l.id,
  ],
  cells: (row, l, zone) => [
    localTime(row.occurred_at, zone),
    csvText(l.kinds[row.kind]),
    csvText(row.title),
    localTime(row.starts_at, zone),
    decimalAmount(row.amount, row.currency),
    csvText(row.currency),
    row.credits === null ? '' : String(row.credits),
    csvText(l.methods[row.method]),
    csvText(l.statuses[row.status]),
    ...(withCustomer ? [csvText(row.customer_name), csvText(row.customer_email)] : []),
    csvText(row.booking_id),
    csvText(row.invoice_id),
    csvText(row.entry_id),
  ],
});

const bookingColumns: Columns<BookingExportRow> = {
  header: (l, zone) => [
    l.booking,
    `${l.starts} (${zone})`,
    `${l.bookedAt} (${zone})`,
    l.status,
    l.for,
    l.host,
    l.customer,
    l.email,
    l.spots,
    l.price,
    l.currency,
    l.method,
    l.source,
    `${l.cancelledAt} (${zone})`,
  ],
  cells: (row, _l, zone) => [
    csvText(row.id),
    localTime(row.starts_at, zone),
    localTime(row.created_at, zone),
    csvText(row.status),
    csvText(row.title),
    csvText(row.provider),
    csvText(row.customer_name),
    csvText(row.customer_email),
    String(row.spots),
    decimalAmount(row.price_amount, row.currency),
    csvText(row.currency),
    csvText(row.payment_method),
    csvText(row.source),
    localTime(row.cancelled_at, zone),
  ],
};

const customerColumns: Columns<CustomerExportRow> = {
  header: (l, zone) => [l.customer, l.name, l.email, l.language, l.account, `${l.created} (${zone})`],
  cells: (row, l, zone) => [
    csvText(row.id),
    csvText(row.name),
    csvText(row.email),
    csvText(row.locale),
    row.has_account ? l.yes : l.no,
    localTime(row.created_at, zone),
  ],
};

const bookingJson = (row: BookingExportRow) => ({
  id: row.id,
  startsAt: row.starts_at && new Date(row.starts_at).toISOString(),
  createdAt: new Date(row.created_at).toISOString(),
  status: row.status,
  title: row.title,
  provider: row.provider,
  customer: { name: row.customer_name, email: row.customer_email },
  spots: row.spots,
  price: { amount: Number(row.price_amount), currency: row.currency },
  paymentMethod: row.payment_method,
  source: row.source,
  cancelledAt: row.cancelled_at && new Date(row.cancelled_at).toISOString(),
});

const customerJson = (row: CustomerExportRow) => ({
  id: row.id,
  name: row.name,
  email: row.email,
  locale: row.locale,
  hasAccount: row.has_account,
  createdAt: new Date(row.created_at).toISOString(),
});

const staffPaymentJson = (row: HistoryRow) => ({
  ...toEntryDto(row),
  customer: row.customer_name === null ? null : { name: row.customer_name, email: row.customer_email },
});

async function* csv<Row>(stream: ExportStream<Row>, columns: Columns<Row>): AsyncGenerator<string> {
  const l = labels[stream.locale];
  yield BOM + columns.header(l, stream.timeZone).map(csvText).join(',') + CRLF;
  for await (const page of stream.pages) {
    let text = '';
    for (const row of page) text += columns.cells(row, l, stream.timeZone).join(',') + CRLF;
    yield text;
  }
}

async function* json<Row>(stream: ExportStream<Row>, toJson: (row: Row) => unknown): AsyncGenerator<string> {
  yield '[';
  let first = true;
  for await (const page of stream.pages) {
    let text = '';
    for (const row of page) {
      text += (first ? '\n' : ',\n') + JSON.stringify(toJson(row));
      first = false;
    }
    yield text;
  }
  yield '\n]\n';
}

/** The export as chunks of text, about a page of rows each. */
export function encodeExport(stream: AnyExport): AsyncGenerator<string> {
  switch (stream.kind) {
    case 'my_payments':
    case 'payments': {
      const rows = stream as ExportStream<HistoryRow>;
      const staff = stream.kind === 'payments';
      return stream.format === 'csv'
        ? csv(rows, historyColumns(staff))
        : json(rows, staff ? staffPaymentJson : toEntryDto);
    }
    case 'bookings': {
      const rows = stream as ExportStream<BookingExportRow>;
      return stream.format === 'csv' ? csv(rows, bookingColumns) : json(rows, bookingJson);
    }
    case 'customers': {
      const rows = stream as ExportStream<CustomerExportRow>;
      return stream.format === 'csv' ? csv(rows, customerColumns) : json(rows, customerJson);
    }
  }
}

export const exportContentType = (format: 'csv' | 'json') =>
  format === 'csv' ? 'text/csv; charset=utf-8' : 'application/json; charset=utf-8';
