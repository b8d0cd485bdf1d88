/**
 * How a row of the personal-data export reads: the repo reads every column of a table (to_jsonb, so a
 * column added later is not forgotten), and each column is declared here as kept under an English
 * camelCase name, an instant (ISO 8601 in the business's time zone, with its offset), an amount
 * (`{ amount, currency }`), or left out, with why. A column nobody declared yet is kept under its
 * camelCase name, so the export stays complete; a test fails until it is declared.
 */
import { DateTime } from 'luxon';

type Field =
  | { kind: 'keep'; as: string }
  | { kind: 'time'; as: string }
  | { kind: 'money'; as: string; currency: string }
  | { kind: 'rows'; as: string; fields: Fields }
  | { kind: 'omit'; why: string };

export type Fields = Record<string, Field>;

const camel = (column: string) => column.replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase());

/** Columns kept under their camelCase name. */
export const keep = (...columns: string[]): Fields =>
  Object.fromEntries(columns.map((column) => [column, { kind: 'keep', as: camel(column) }]));
export const rename = (as: string): Field => ({ kind: 'keep', as });
/** Instants, under their camelCase name. */
export const times = (...columns: string[]): Fields =>
  Object.fromEntries(columns.map((column) => [column, { kind: 'time', as: camel(column) }]));
/** An amount in minor units with the currency of the row's `currency` column (left out on its own). */
export const money = (as: string, currency = 'currency'): Field => ({ kind: 'money', as, currency });
export const omit = (why: string, ...columns: string[]): Fields =>
  Object.fromEntries(columns.map((column) => [column, { kind: 'omit', why }]));

/** The organisation is named once, at the top of the export. */
const ORG = omit('the organisation, named at the top of the export', 'org_id');
/** Every amount carries it. */
const CURRENCY = omit('carried by each amount', 'currency');

export const accountFields: Fields = {
  ...ORG,
  ...keep('id', 'email', 'name', 'role', 'locale', 'phone', 'address'),
  notify_reminders: rename('reminderMails'),
  notify_invoices: rename('invoiceMails'),
  notify_news: rename('newsMails'),
  ...times('created_at', 'updated_at', 'anonymised_at'),
  ...omit('a secret, not data about the person', 'password_hash'),
};

export const sessionFields: Fields = {
  ...ORG,
  ...omit('the account: the one this export is about', 'user_id'),
  ...omit('secrets of the session, not data about the person', 'token_hash', 'csrf_token'),
  ...keep('id', 'user_agent'),
  ip: rename('ipAddress'),
  ...times('created_at', 'expires_at'),
};

export const customerFields: Fields = {
  ...ORG,
  ...keep('id', 'email', 'name', 'locale'),
  user_id: rename('accountId'),
  ...times('created_at', 'updated_at', 'anonymised_at'),
  ...omit('a secret, not data about the person', 'legacy_calendar_token_hash'),
  ...omit('a counter that retires old calendar links, not data about the person', 'feed_version'),
};

export const bookingFields: Fields = {
  ...ORG,
  ...CURRENCY,
  ...keep('id', 'spots', 'status', 'payment_method', 'source', 'cancelled_by', 'video_url'),
  cancel_reason: rename('cancellationReason'),
  customer_address: rename('address'),
  customer_phone: rename('phone'),
  customer_notes: rename('notes'),
  ...times('created_at', 'updated_at', 'cancelled_at', 'hold_expires_at', 'starts_at', 'ends_at', 'checked_in_at'),
  finished_at: { kind: 'time', as: 'completedAt' },
  price_amount: money('price'),
  no_show_fee_amount: money('noShowFee'),
  // What was booked and with whom, by name (read with the row): the business's own ids say nothing to
  // the person, and a provider's id is someone else's.
  ...keep('class_title', 'service_name', 'provider_name', 'location_name'),
  ...omit(
    'named instead (className, serviceName, providerName, locationName)',
    'class_id',
    'service_id',
    'provider_id',
    'location_id',
  ),
  ...omit('the customer: the one this export is about', 'customer_id'),
  ...omit('the same as startsAt and endsAt', 'blocked'),
  ...omit('a secret, not data about the person', 'legacy_manage_token_hash'),
};

export const packagePurchaseFields: Fields = {
  ...ORG,
  ...CURRENCY,
  ...keep('id', 'method', 'status', 'credits', 'validity_days', 'scope', 'scope_ids', 'credits_per_booking'),
  package_name: rename('packageName'),
  price_amount: money('price'),
  ...times('created_at', 'updated_at'),
  ...omit('named instead (packageName)', 'package_id'),
  ...omit('the customer: the one this export is about', 'customer_id'),
  ...omit("the staff member who sold it: someone else's id", 'sold_by'),
};

export const paymentFields: Fields = {
  ...ORG,
  ...CURRENCY,
  ...keep('id', 'booking_id', 'package_purchase_id', 'method', 'status', 'reference', 'failure_reason', 'purpose'),
  ...keep('saved_card_id', 'stripe_customer_id'),
  provider_ref: rename('cardPaymentId'),
  provider_attempt: rename('cardPaymentAttempt'),
  amount: money('amount'),
  refunded_amount: money('refunded'),
  retained_amount: money('retained'),
  credited_amount: money('credited'),
  repriced_amount: money('repriced'),
  ...times('created_at', 'updated_at', 'succeeded_at'),
  ...omit('a secret of the card checkout, not data about the person', 'client_secret'),
};

export const refundFields: Fields = {
  ...ORG,
  ...CURRENCY,
  ...keep('id', 'payment_id', 'status', 'reason', 'failure_reason'),
  provider_ref: rename('cardRefundId'),
  provider_attempt: rename('cardRefundAttempt'),
  amount: money('amount'),
  ...times('created_at', 'updated_at', 'settled_at'),
  ...omit("the staff member who made it: someone else's id", 'created_by'),
};

export const invoiceLineFields: Fields = {
  ...ORG,
  ...keep('position', 'description', 'quantity'),
  vat_basis_points: rename('vatRateBasisPoints'),
  // Lines carry no currency of their own: their invoice's is added to each line by the repo.
  ...CURRENCY,
  unit_amount: money('unitPrice'),
  amount: money('amount'),
  net_amount: money('net'),
  vat_amount: money('vat'),
  ...omit('the line, inside its invoice', 'id', 'invoice_id'),
};

export const invoiceFields: Fields = {
  ...ORG,
  ...CURRENCY,
  ...keep('id', 'number', 'kind', 'credits_invoice_id', 'status', 'issue_date', 'due_date', 'locale'),
  ...keep('seller', 'buyer', 'prices_include_tax', 'vat_breakdown', 'booking_id', 'payment_id', 'package_purchase_id'),
  net_total: money('netTotal'),
  vat_total: money('vatTotal'),
  gross_total: money('grossTotal'),
  paid_amount: money('paid'),
  ...times('paid_at', 'issued_at'),
  ...omit('the customer: the one this export is about', 'customer_id'),
  lines: { kind: 'rows', as: 'lines', fields: invoiceLineFields },
};

export const creditGrantFields: Fields = {
  ...ORG,
  ...keep('id', 'credits', 'remaining', 'source', 'package_purchase_id', 'payment_id', 'scope', 'scope_ids'),
  ...keep('credits_per_booking'),
  ...times('expires_at', 'created_at'),
  ...omit('the customer: the one this export is about', 'customer_id'),
};

export const creditLedgerFields: Fields = {
  ...ORG,
  ...keep('id', 'grant_id', 'kind', 'delta', 'reason', 'booking_id', 'payment_id'),
  ...times('created_at'),
  ...omit('the customer: the one this export is about', 'customer_id'),
  ...omit(
    "who made the change: staff's ids are someone else's (the person's own are in the audit entries)",
    'actor_user_id',
  ),
};

export const auditEntryFields: Fields = {
  ...ORG,
  ...keep('id', 'action', 'entity_type', 'entity_id', 'before', 'after', 'by_you'),
  actor_type: rename('actorType'),
  actor_label: rename('actorName'),
  // Only on entries of the person's own doing: someone else's address, browser and request are theirs.
  ip: rename('ipAddress'),
  ...keep('user_agent', 'request_id'),
  occurred_at: { kind: 'time', as: 'occurredAt' },
  ...omit('who acted, when someone else (staff, a system job): their id is theirs (see byYou)', 'actor_id'),
};

export const waitlistEntryFields: Fields = {
  ...ORG,
  ...keep('id', 'position', 'status', 'booking_id', 'class_title'),
  ...times('joined_at', 'offered_at', 'offer_expires_at', 'ended_at'),
  ...omit('named instead (classTitle)', 'class_id'),
  ...omit('the customer: the one this export is about', 'customer_id'),
  ...omit('the hold of an offered spot: gone once the offer ends, and the offer is here (offeredAt)', 'hold_id'),
};

export const loyaltyLedgerFields: Fields = {
  ...ORG,
  ...keep('id', 'kind', 'delta', 'shortfall', 'reason', 'payment_id', 'refund_id', 'redemption_id'),
  ...times('created_at'),
  ...omit('the customer: the one this export is about', 'customer_id'),
  ...omit("who made the change: staff's ids are someone else's", 'actor_user_id'),
};

export const loyaltyRedemptionFields: Fields = {
  ...ORG,
  ...keep('id', 'reward_name', 'kind', 'points', 'status', 'promo_code_id', 'credit_grant_id'),
  ...times('fulfilled_at', 'cancelled_at', 'created_at', 'updated_at'),
  ...omit('named instead (rewardName)', 'reward_id'),
  ...omit('the customer: the one this export is about', 'customer_id'),
  ...omit("the staff member who handled it: someone else's id", 'handled_by'),
};

export const promoUseFields: Fields = {
  ...ORG,
  ...keep('id', 'booking_id', 'code'),
  ...times('created_at'),
  ...omit('named instead (code)', 'promo_id'),
  ...omit('the customer: the one this export is about', 'customer_id'),
};

export const savedCardFields: Fields = {
  ...ORG,
  ...keep('brand', 'last4', 'stripe_customer_id'),
  payment_method_id: rename('cardId'),
  exp_month: rename('expiryMonth'),
  exp_year: rename('expiryYear'),
  is_default: rename('default'),
  ...times('refreshed_at'),
};

/** A timestamptz as to_jsonb writes it, in the business's zone with its offset. */
export const localInstant = (value: unknown, timeZone: string): unknown => {
  if (typeof value !== 'string') return value;
  const instant = DateTime.fromISO(value, { setZone: true });
  return instant.isValid ? instant.setZone(timeZone).toISO({ suppressMilliseconds: true }) : value;
};

/** One row of the export as the person reads it (see the top of this file). */
export function present(row: Record<string, unknown>, fields: Fields, timeZone: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [column, value] of Object.entries(row)) {
    const field = fields[column] ?? { kind: 'keep', as: camel(column) };
    if (field.kind === 'omit') continue;
    if (field.kind === 'keep') out[field.as] = value;
    else if (field.kind === 'time') out[field.as] = localInstant(value, timeZone);
    else if (field.kind === 'rows')
      out[field.as] = Array.isArray(value)
        ? value.map((nested: Record<string, unknown>) => present(nested, field.fields, timeZone))
        : value;
    else out[field.as] = value === null ? null : { amount: value, currency: row[field.currency] };
  }
  return out;
}
