-- Every primary and unique key leads with org_id (issue 13), so the schema can be distributed by
-- organisation (Citus needs the distribution column in every unique key). Tables written before that
-- rule were keyed by `id` alone, most with a second unique key (org_id, id) for their foreign keys:
-- that pair becomes the primary key. Lookups by id alone (the job runner, a signed link, a Stripe
-- reference) keep a plain index, which Citus allows; the index count of the hot tables is unchanged.
-- Constraint names are kept: the code maps unique violations by name.

-- Foreign keys that named a parent by id alone now name it by (org_id, id), like all the others.
ALTER TABLE provider_claims DROP CONSTRAINT provider_claims_booking_id_fkey,
  ADD CONSTRAINT provider_claims_booking_id_fkey FOREIGN KEY (org_id, booking_id)
    REFERENCES bookings (org_id, id) ON DELETE CASCADE;
ALTER TABLE provider_claims DROP CONSTRAINT provider_claims_hold_id_fkey,
  ADD CONSTRAINT provider_claims_hold_id_fkey FOREIGN KEY (org_id, hold_id)
    REFERENCES holds (org_id, id) ON DELETE CASCADE;
ALTER TABLE api_keys DROP CONSTRAINT api_keys_created_by_fkey,
  ADD CONSTRAINT api_keys_created_by_fkey FOREIGN KEY (org_id, created_by) REFERENCES users (org_id, id);
ALTER TABLE roster_messages DROP CONSTRAINT roster_messages_sent_by_fkey,
  ADD CONSTRAINT roster_messages_sent_by_fkey FOREIGN KEY (org_id, sent_by)
    REFERENCES users (org_id, id) ON DELETE SET NULL (sent_by);

/**
 * Makes `key_columns` the primary key of `tbl`, dropping the old one and the (org_id, id) unique key it
 * makes redundant. Foreign keys pointing at the table are set aside and put back unchanged: they name
 * (org_id, …), which the new primary key serves.
 */
CREATE FUNCTION pg_temp.rekey(tbl text, key_columns text) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  fk record;
  restore text[] := '{}';
  stmt text;
BEGIN
  FOR fk IN
    SELECT c.conname, c.conrelid::regclass::text AS child, pg_get_constraintdef(c.oid) AS def
      FROM pg_constraint c
     WHERE c.contype = 'f' AND c.confrelid = tbl::regclass
  LOOP
    restore := restore || format('ALTER TABLE %s ADD CONSTRAINT %I %s', fk.child, fk.conname, fk.def);
    EXECUTE format('ALTER TABLE %s DROP CONSTRAINT %I', fk.child, fk.conname);
  END LOOP;
  EXECUTE format('ALTER TABLE %I DROP CONSTRAINT %I', tbl, tbl || '_pkey');
  EXECUTE format('ALTER TABLE %I DROP CONSTRAINT IF EXISTS %I', tbl, tbl || '_org_id_id_key');
  EXECUTE format('ALTER TABLE %I ADD CONSTRAINT %I PRIMARY KEY (%s)', tbl, tbl || '_pkey', key_columns);
  FOREACH stmt IN ARRAY restore LOOP
    EXECUTE stmt;
  END LOOP;
END $$;

-- Tables keyed by id: (org_id, id), with a plain index on id where something looks a row up by id
-- alone. The append-only ledgers and the audit log are read per organisation only.
SELECT pg_temp.rekey(tbl, 'org_id, id')
  FROM unnest(ARRAY[
    'api_keys', 'audit_log', 'bookings', 'cancellation_policies', 'class_series', 'class_templates',
    'class_types', 'classes', 'credit_grants', 'credit_ledger', 'customers', 'email_change_tokens', 'holds',
    'invoice_lines', 'invoices', 'jobs', 'locations', 'loyalty_ledger', 'loyalty_redemptions',
    'loyalty_rewards', 'package_purchases', 'packages', 'password_reset_tokens', 'payments', 'promo_codes',
    'promo_uses', 'provider_claims', 'provider_date_overrides', 'provider_override_intervals',
    'provider_time_off', 'provider_weekly_hours', 'providers', 'refunds', 'roster_messages', 'services',
    'sessions', 'stripe_customers', 'surcharge_rules', 'tax_rates', 'unbookable_payments', 'users',
    'waitlist_entries', 'webhook_deliveries', 'webhook_endpoints'
  ]) AS tbl;

ALTER TABLE booking_price_lines DROP CONSTRAINT booking_price_lines_booking_id_fkey;
SELECT pg_temp.rekey('booking_quotes', 'org_id, booking_id');
ALTER TABLE booking_price_lines ADD CONSTRAINT booking_price_lines_booking_id_fkey FOREIGN KEY (org_id, booking_id)
  REFERENCES booking_quotes (org_id, booking_id) ON DELETE CASCADE;
SELECT pg_temp.rekey('booking_price_lines', 'org_id, booking_id, position');
SELECT pg_temp.rekey('saved_cards', 'org_id, payment_method_id');

DO $$
DECLARE
  tbl text;
BEGIN
  FOREACH tbl IN ARRAY ARRAY[
    'api_keys', 'bookings', 'cancellation_policies', 'class_series', 'class_templates', 'class_types',
    'classes', 'credit_grants', 'customers', 'email_change_tokens', 'holds', 'invoice_lines', 'invoices', 'jobs',
    'locations', 'loyalty_redemptions', 'loyalty_rewards', 'package_purchases', 'packages',
    'password_reset_tokens', 'payments', 'promo_codes', 'promo_uses', 'provider_claims',
    'provider_date_overrides', 'provider_override_intervals', 'provider_time_off', 'provider_weekly_hours',
    'providers', 'refunds', 'roster_messages', 'services', 'sessions', 'stripe_customers', 'surcharge_rules',
    'tax_rates', 'unbookable_payments', 'users', 'waitlist_entries', 'webhook_deliveries', 'webhook_endpoints'
  ] LOOP
    EXECUTE format('CREATE INDEX %I ON %I (id)', tbl || '_id', tbl);
  END LOOP;
END $$;

-- The other unique keys gain org_id in front; those looked up without an organisation (a Stripe
-- reference in a webhook, a link made before links were signed) keep a plain index for that.
ALTER TABLE api_keys DROP CONSTRAINT api_keys_token_hash_key,
  ADD CONSTRAINT api_keys_token_hash_key UNIQUE (org_id, token_hash);
ALTER TABLE sessions DROP CONSTRAINT sessions_token_hash_key,
  ADD CONSTRAINT sessions_token_hash_key UNIQUE (org_id, token_hash);
ALTER TABLE email_change_tokens DROP CONSTRAINT email_change_tokens_token_hash_key,
  ADD CONSTRAINT email_change_tokens_token_hash_key UNIQUE (org_id, token_hash);
ALTER TABLE password_reset_tokens DROP CONSTRAINT password_reset_tokens_token_hash_key,
  ADD CONSTRAINT password_reset_tokens_token_hash_key UNIQUE (org_id, token_hash);

ALTER TABLE bookings DROP CONSTRAINT bookings_manage_token_key,
  ADD CONSTRAINT bookings_manage_token_key UNIQUE (org_id, legacy_manage_token_hash);
CREATE INDEX bookings_legacy_manage_token ON bookings (legacy_manage_token_hash)
  WHERE legacy_manage_token_hash IS NOT NULL;
ALTER TABLE customers DROP CONSTRAINT customers_calendar_token_key,
  ADD CONSTRAINT customers_calendar_token_key UNIQUE (org_id, legacy_calendar_token_hash);
CREATE INDEX customers_legacy_calendar_token ON customers (legacy_calendar_token_hash)
  WHERE legacy_calendar_token_hash IS NOT NULL;

ALTER TABLE payments DROP CONSTRAINT payments_provider_ref_key,
  ADD CONSTRAINT payments_provider_ref_key UNIQUE (org_id, provider_ref);
CREATE INDEX payments_provider_ref ON payments (provider_ref) WHERE provider_ref IS NOT NULL;
ALTER TABLE refunds DROP CONSTRAINT refunds_provider_ref_key,
  ADD CONSTRAINT refunds_provider_ref_key UNIQUE (org_id, provider_ref);
CREATE INDEX refunds_provider_ref ON refunds (provider_ref) WHERE provider_ref IS NOT NULL;
-- (org_id, stripe_customer_id) is unique already.
ALTER TABLE stripe_customers DROP CONSTRAINT stripe_customers_stripe_customer_id_key;
CREATE INDEX stripe_customers_stripe_customer ON stripe_customers (stripe_customer_id);
CREATE INDEX saved_cards_payment_method ON saved_cards (payment_method_id);

ALTER TABLE credit_grants DROP CONSTRAINT credit_grants_package_purchase_id_key,
  ADD CONSTRAINT credit_grants_package_purchase_id_key UNIQUE (org_id, package_purchase_id);
ALTER TABLE credit_grants DROP CONSTRAINT credit_grants_payment_id_key,
  ADD CONSTRAINT credit_grants_payment_id_key UNIQUE (org_id, payment_id);
ALTER TABLE invoice_lines DROP CONSTRAINT invoice_lines_invoice_id_position_key,
  ADD CONSTRAINT invoice_lines_invoice_id_position_key UNIQUE (org_id, invoice_id, position);
ALTER TABLE promo_uses DROP CONSTRAINT promo_uses_booking_id_key,
  ADD CONSTRAINT promo_uses_booking_id_key UNIQUE (org_id, booking_id);
ALTER TABLE provider_claims DROP CONSTRAINT provider_claims_booking_id_key,
  ADD CONSTRAINT provider_claims_booking_id_key UNIQUE (org_id, booking_id);
ALTER TABLE provider_claims DROP CONSTRAINT provider_claims_hold_id_key,
  ADD CONSTRAINT provider_claims_hold_id_key UNIQUE (org_id, hold_id);
ALTER TABLE unbookable_payments DROP CONSTRAINT unbookable_payments_payment_id_key,
  ADD CONSTRAINT unbookable_payments_payment_id_key UNIQUE (org_id, payment_id);
ALTER TABLE webhook_deliveries DROP CONSTRAINT webhook_deliveries_endpoint_id_event_id_key,
  ADD CONSTRAINT webhook_deliveries_endpoint_id_event_id_key UNIQUE (org_id, endpoint_id, event_id);

-- Partial unique indexes: the same rule, rebuilt under their names.
DROP INDEX bookings_one_active_per_customer;
CREATE UNIQUE INDEX bookings_one_active_per_customer ON bookings (org_id, class_id, customer_id)
  WHERE status <> 'cancelled';
DROP INDEX payments_one_live_per_booking;
CREATE UNIQUE INDEX payments_one_live_per_booking ON payments (org_id, booking_id)
  WHERE status IN ('pending', 'succeeded') AND purpose = 'booking';
DROP INDEX payments_one_live_per_purchase;
CREATE UNIQUE INDEX payments_one_live_per_purchase ON payments (org_id, package_purchase_id)
  WHERE status IN ('pending', 'succeeded');
DROP INDEX payments_one_open_balance;
CREATE UNIQUE INDEX payments_one_open_balance ON payments (org_id, booking_id)
  WHERE status = 'pending' AND purpose = 'balance';
DROP INDEX saved_cards_one_default;
CREATE UNIQUE INDEX saved_cards_one_default ON saved_cards (org_id, stripe_customer_id) WHERE is_default;
DROP INDEX loyalty_ledger_earn_once;
CREATE UNIQUE INDEX loyalty_ledger_earn_once ON loyalty_ledger (org_id, payment_id) WHERE kind = 'earn';
DROP INDEX loyalty_ledger_redeem_once;
CREATE UNIQUE INDEX loyalty_ledger_redeem_once ON loyalty_ledger (org_id, redemption_id) WHERE kind = 'redeem';
DROP INDEX loyalty_ledger_refund_once;
CREATE UNIQUE INDEX loyalty_ledger_refund_once ON loyalty_ledger (org_id, refund_id) WHERE kind = 'refund';
DROP INDEX loyalty_ledger_return_once;
CREATE UNIQUE INDEX loyalty_ledger_return_once ON loyalty_ledger (org_id, redemption_id) WHERE kind = 'return';

-- Triggers that found a row by a key that now leads with org_id name the organisation too.
CREATE OR REPLACE FUNCTION bookings_maintain_claim() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.provider_id IS NULL OR NEW.status = 'cancelled' THEN
    DELETE FROM provider_claims WHERE org_id = NEW.org_id AND booking_id = NEW.id;
    RETURN NULL;
  END IF;
  INSERT INTO provider_claims (org_id, provider_id, during, booking_id, expires_at)
  VALUES (NEW.org_id, NEW.provider_id, NEW.blocked, NEW.id,
          CASE WHEN NEW.status = 'pending' THEN NEW.hold_expires_at END)
  ON CONFLICT (org_id, booking_id) DO UPDATE
    SET provider_id = EXCLUDED.provider_id, during = EXCLUDED.during, expires_at = EXCLUDED.expires_at
    WHERE (provider_claims.provider_id, provider_claims.during, provider_claims.expires_at)
      IS DISTINCT FROM (EXCLUDED.provider_id, EXCLUDED.during, EXCLUDED.expires_at);
  RETURN NULL;
END
$$;

CREATE OR REPLACE FUNCTION bookings_release_promo_use() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM promo_uses WHERE org_id = NEW.org_id AND booking_id = NEW.id;
  RETURN NULL;
END
$$;
