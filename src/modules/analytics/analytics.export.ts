/**
 * Each analytics table as CSV, by the rules of the statements exports (RFC 4180, CRLF, UTF-8 with a BOM,
 * text cells that a spreadsheet would run as a formula made plain, amounts as decimals with a point),
 * with headers in the reader's language. Ratios are decimals (0.8125), not percentages, so that a
 * spreadsheet can compute with them.
 */
import { DateTime } from 'luxon';
import type { Locale } from '../../platform/i18n.ts';
import { csvText, decimalAmount } from '../statements/statements.export.ts';
import type { AnalyticsRows, AnalyticsTable } from './analytics.schema.ts';
import type { AnalyticsAnswer } from './analytics.service.ts';

type Kind = 'text' | 'count' | 'money' | 'ratio' | 'minutes' | 'instant' | 'label';
type Label = Record<Locale, string>;

interface Column {
  key: string;
  kind: Kind;
  label: Label;
}

const col = (key: string, kind: Kind, en: string, sv: string): Column => ({ key, kind, label: { en, sv } });

const date = col('date', 'text', 'Date', 'Datum');
const currency = col('currency', 'text', 'Currency', 'Valuta');
const payments = col('payments', 'count', 'Payments', 'Betalningar');
const gross = col('gross', 'money', 'Paid', 'Betalt');
const refunded = col('refunded', 'money', 'Refunded', 'Återbetalt');
const net = col('net', 'money', 'Net', 'Netto');
const method = col('method', 'label', 'Method', 'Betalsätt');

const columns: Record<AnalyticsTable, Column[]> = {
  bookings: [
    date,
    col('classes', 'count', 'Class bookings', 'Klassbokningar'),
    col('appointments', 'count', 'Appointments', 'Tidsbokningar'),
    col('cancelled', 'count', 'Cancelled', 'Avbokade'),
    col('noShows', 'count', 'No-shows', 'Uteblivna'),
  ],
  'revenue-by-method': [method, currency, payments, gross, refunded, net],
  'revenue-by-item': [
    col('kind', 'label', 'Type', 'Typ'),
    col('name', 'text', 'Name', 'Namn'),
    currency,
    payments,
    gross,
    refunded,
    net,
  ],
  'fill-rate': [
    col('title', 'text', 'Class', 'Klass'),
    col('startsAt', 'instant', 'Starts', 'Börjar'),
    col('spots', 'count', 'Spots', 'Platser'),
    col('booked', 'count', 'Booked', 'Bokade'),
    col('attended', 'count', 'Attended', 'Närvarande'),
    col('fillRate', 'ratio', 'Fill rate', 'Beläggning'),
    col('classId', 'text', 'Id', 'Id'),
  ],
  utilisation: [
    col('name', 'text', 'Provider', 'Utförare'),
    col('workingMinutes', 'minutes', 'Working minutes', 'Arbetsminuter'),
    col('bookedMinutes', 'minutes', 'Booked minutes', 'Bokade minuter'),
    col('utilisation', 'ratio', 'Utilisation', 'Beläggning'),
    col('providerId', 'text', 'Id', 'Id'),
  ],
  payments: [
    method,
    col('started', 'count', 'Started', 'Påbörjade'),
    col('succeeded', 'count', 'Succeeded', 'Genomförda'),
    col('failed', 'count', 'Failed', 'Misslyckade'),
    col('cancelled', 'count', 'Cancelled', 'Avbrutna'),
    col('pending', 'count', 'Pending', 'Väntande'),
    col('successRate', 'ratio', 'Success rate', 'Andel genomförda'),
  ],
  funnel: [
    date,
    col('pageViews', 'count', 'Page views', 'Sidvisningar'),
    col('checkoutsStarted', 'count', 'Checkouts started', 'Påbörjade kassor'),
    col('booked', 'count', 'Booked online', 'Bokade online'),
  ],
  customers: [
    col('newCustomers', 'count', 'New customers', 'Nya kunder'),
    col('returningCustomers', 'count', 'Returning customers', 'Återkommande kunder'),
  ],
  balances: [
    col('credits', 'count', 'Credits outstanding', 'Utestående klipp'),
    col('creditCustomers', 'count', 'Customers with credits', 'Kunder med klipp'),
    col('points', 'count', 'Points outstanding', 'Utestående poäng'),
    col('pointCustomers', 'count', 'Customers with points', 'Kunder med poäng'),
  ],
};

const labels: Record<string, Label> = {
  card: { en: 'Card', sv: 'Kort' },
  swish: { en: 'Swish', sv: 'Swish' },
  bank_transfer: { en: 'Bank transfer', sv: 'Banköverföring' },
  class: { en: 'Class', sv: 'Klass' },
  service: { en: 'Service', sv: 'Tjänst' },
  package: { en: 'Credit package', sv: 'Klippkort' },
};

const BOM = '\uFEFF';
const CRLF = '\r\n';

function cell(kind: Kind, value: unknown, row: Record<string, unknown>, locale: Locale, zone: string): string {
  if (value === null || value === undefined) return '';
  switch (kind) {
    case 'money':
      return decimalAmount(value as number, (row.currency as string | undefined) ?? null);
    case 'count':
      return String(value);
    case 'minutes':
      return String(Math.round(value as number));
    case 'ratio':
      return (value as number).toFixed(4);
    case 'instant':
      return DateTime.fromISO(value as string, { zone: 'utc' })
        .setZone(zone)
        .toFormat('yyyy-MM-dd HH:mm');
    case 'label':
      return csvText(labels[value as string]?.[locale] ?? (value as string));
    default:
      return csvText(value as string);
  }
}

/** The whole table as one CSV text (a period's table is at most a few thousand lines). */
export function analyticsCsv<T extends AnalyticsTable>(table: T, answer: AnalyticsAnswer<T>, locale: Locale): string {
  const cols = columns[table];
  const header = cols.map((c) =>
    csvText(c.kind === 'instant' ? `${c.label[locale]} (${answer.timeZone})` : c.label[locale]),
  );
  const lines = answer.rows.map((row: AnalyticsRows[T]) => {
    const record = row as Record<string, unknown>;
    return cols.map((c) => cell(c.kind, record[c.key], record, locale, answer.timeZone)).join(',');
  });
  return BOM + [header.join(','), ...lines].map((line) => line + CRLF).join('');
}
