// The path beyond one database: distributed by organisation (Citus), a table's primary and unique
// keys must contain the distribution column, and lead with it so that one organisation's rows sit
// together. This reads every primary and unique index of the migrated schema from pg_index.
//
// Global tables are allowed, each for its reason. The schema of issues 1–11 was written with `id`
// keys; those tables are listed below as debt: the test fails on any key that is not listed (a new
// table must lead with org_id), and on a listed one that no longer breaks the rule (the list only
// shrinks). Moving a listed table means re-keying it as (org_id, id) and every foreign key that
// points at it (org_id, x_id), one migration per group of tables.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { type Database, queryRows } from '../../src/platform/db.ts';
import { openTestDatabase } from '../support/database.ts';

/** Tables that belong to no organisation (Citus: reference or local tables), and why. */
const globalTables: Record<string, string> = {
  organisations: 'the list of tenants itself (a reference table); slug and the one default are unique across all',
  schema_migrations: 'which migrations ran: one per database',
  mail_deliveries: "Message-IDs accepted by the SMTP server, checked before a resend: global like the mail server's",
  stripe_events: "Stripe's event ids, recorded once per Stripe account before the organisation is known",
};

/** Keys that do not yet lead with org_id: `table: index` (debt, see above). */
const debt = new Set([
  'api_keys: api_keys_pkey',
  'api_keys: api_keys_token_hash_key',
  'audit_log: audit_log_pkey',
  'booking_price_lines: booking_price_lines_pkey',
  'booking_quotes: booking_quotes_pkey',
  'bookings: bookings_manage_token_key',
  'bookings: bookings_one_active_per_customer',
  'bookings: bookings_pkey',
  'cancellation_policies: cancellation_policies_pkey',
  'class_series: class_series_pkey',
  'class_templates: class_templates_pkey',
  'class_types: class_types_pkey',
  'classes: classes_pkey',
  'credit_grants: credit_grants_package_purchase_id_key',
  'credit_grants: credit_grants_payment_id_key',
  'credit_grants: credit_grants_pkey',
  'credit_ledger: credit_ledger_pkey',
  'customers: customers_calendar_token_key',
  'customers: customers_pkey',
  'email_change_tokens: email_change_tokens_pkey',
  'email_change_tokens: email_change_tokens_token_hash_key',
  'holds: holds_pkey',
  'invoice_lines: invoice_lines_invoice_id_position_key',
  'invoice_lines: invoice_lines_pkey',
  'invoices: invoices_pkey',
  'jobs: jobs_pkey',
  'locations: locations_pkey',
  'loyalty_ledger: loyalty_ledger_earn_once',
  'loyalty_ledger: loyalty_ledger_pkey',
  'loyalty_ledger: loyalty_ledger_redeem_once',
  'loyalty_ledger: loyalty_ledger_refund_once',
  'loyalty_ledger: loyalty_ledger_return_once',
  'loyalty_redemptions: loyalty_redemptions_pkey',
  'loyalty_rewards: loyalty_rewards_pkey',
  'package_purchases: package_purchases_pkey',
  'packages: packages_pkey',
  'password_reset_tokens: password_reset_tokens_pkey',
  'password_reset_tokens: password_reset_tokens_token_hash_key',
  'payments: payments_one_live_per_booking',
  'payments: payments_one_live_per_purchase',
  'payments: payments_one_open_balance',
  'payments: payments_pkey',
  'payments: payments_provider_ref_key',
  'promo_codes: promo_codes_pkey',
  'promo_uses: promo_uses_booking_id_key',
  'promo_uses: promo_uses_pkey',
  'provider_claims: provider_claims_booking_id_key',
  'provider_claims: provider_claims_hold_id_key',
  'provider_claims: provider_claims_pkey',
  'provider_date_overrides: provider_date_overrides_pkey',
  'provider_override_intervals: provider_override_intervals_pkey',
  'provider_time_off: provider_time_off_pkey',
  'provider_weekly_hours: provider_weekly_hours_pkey',
  'providers: providers_pkey',
  'refunds: refunds_pkey',
  'refunds: refunds_provider_ref_key',
  'roster_messages: roster_messages_pkey',
  'saved_cards: saved_cards_one_default',
  'saved_cards: saved_cards_pkey',
  'services: services_pkey',
  'sessions: sessions_pkey',
  'sessions: sessions_token_hash_key',
  'stripe_customers: stripe_customers_pkey',
  'stripe_customers: stripe_customers_stripe_customer_id_key',
  'surcharge_rules: surcharge_rules_pkey',
  'tax_rates: tax_rates_pkey',
  'unbookable_payments: unbookable_payments_payment_id_key',
  'unbookable_payments: unbookable_payments_pkey',
  'users: users_pkey',
  'waitlist_entries: waitlist_entries_pkey',
  'webhook_deliveries: webhook_deliveries_endpoint_id_event_id_key',
  'webhook_deliveries: webhook_deliveries_pkey',
  'webhook_endpoints: webhook_endpoints_pkey',
]);

let database: Database;
before(async () => {
  database = await openTestDatabase();
});
after(() => database?.close());

interface Key {
  table: string;
  index: string;
  first: string | null;
  hasOrg: boolean;
}

async function keys(): Promise<Key[]> {
  return queryRows<Key>(
    database.db,
    sql`SELECT t.relname AS "table", i.relname AS "index",
          (SELECT a.attname FROM pg_attribute a WHERE a.attrelid = t.oid AND a.attnum = x.indkey[0]) AS first,
          EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = t.oid AND a.attname = 'org_id') AS "hasOrg"
        FROM pg_index x
        JOIN pg_class t ON t.oid = x.indrelid
        JOIN pg_class i ON i.oid = x.indexrelid
        JOIN pg_namespace n ON n.oid = t.relnamespace
        WHERE n.nspname = 'public' AND t.relkind = 'r' AND (x.indisprimary OR x.indisunique)
        ORDER BY 1, 2`,
  );
}

test("every table's primary and unique keys lead with org_id, but the global tables and the listed debt", async () => {
  const all = await keys();
  assert.ok(all.length > 50, 'the schema was read');
  const breaking = all
    .filter((key) => !(key.table in globalTables) && key.first !== 'org_id')
    .map((key) => `${key.table}: ${key.index}`);
  const unlisted = breaking.filter((key) => !debt.has(key));
  assert.deepEqual(unlisted, [], 'a new key must lead with org_id (or its table be global, with the reason)');
  const paid = [...debt].filter((key) => !breaking.includes(key));
  assert.deepEqual(paid, [], 'these keys now lead with org_id: take them off the debt list');
});

test('every table but the global ones has an org_id column', async () => {
  const tables = new Map((await keys()).map((key) => [key.table, key.hasOrg]));
  const without = [...tables].filter(([table, hasOrg]) => !hasOrg && !(table in globalTables)).map(([t]) => t);
  // Child rows that reach their organisation through their parent (lines of an invoice, a price line of
  // a booking, …) are the same debt: listed by their keys above, and named here.
  const children = new Set([...debt].map((key) => key.split(':')[0]));
  assert.deepEqual(
    without.filter((table) => !children.has(table)),
    [],
    'a new table carries org_id',
  );
});

test('the global tables exist (an entry for a dropped table is a stale reason)', async () => {
  const tables = new Set((await keys()).map((key) => key.table));
  for (const table of Object.keys(globalTables)) assert.ok(tables.has(table), table);
});
