-- Unique keys on a column that is empty on most rows (a legacy token's hash, a provider's reference
-- not yet known) hold only the rows that have a value (issue 14). As full keys led by org_id they
-- were also an index on org_id alone, and the planner, on a table whose statistics are not yet
-- gathered, took one for a lookup by (org_id, id): every foreign-key check against bookings walked
-- all of the organisation's bookings, each booking in a rush slower than the one before. A NULL never
-- conflicts in a unique key, so the partial key refuses exactly what the full one did; a lookup by the
-- value (col = $1) still uses it. Names are kept: the code maps unique violations by name.
ALTER TABLE bookings DROP CONSTRAINT bookings_manage_token_key;
CREATE UNIQUE INDEX bookings_manage_token_key ON bookings (org_id, legacy_manage_token_hash)
  WHERE legacy_manage_token_hash IS NOT NULL;

ALTER TABLE customers DROP CONSTRAINT customers_calendar_token_key;
CREATE UNIQUE INDEX customers_calendar_token_key ON customers (org_id, legacy_calendar_token_hash)
  WHERE legacy_calendar_token_hash IS NOT NULL;

ALTER TABLE payments DROP CONSTRAINT payments_org_id_reference_key;
CREATE UNIQUE INDEX payments_org_id_reference_key ON payments (org_id, reference) WHERE reference IS NOT NULL;

ALTER TABLE payments DROP CONSTRAINT payments_provider_ref_key;
CREATE UNIQUE INDEX payments_provider_ref_key ON payments (org_id, provider_ref) WHERE provider_ref IS NOT NULL;

ALTER TABLE refunds DROP CONSTRAINT refunds_provider_ref_key;
CREATE UNIQUE INDEX refunds_provider_ref_key ON refunds (org_id, provider_ref) WHERE provider_ref IS NOT NULL;

ALTER TABLE credit_grants DROP CONSTRAINT credit_grants_package_purchase_id_key;
CREATE UNIQUE INDEX credit_grants_package_purchase_id_key ON credit_grants (org_id, package_purchase_id)
  WHERE package_purchase_id IS NOT NULL;

ALTER TABLE credit_grants DROP CONSTRAINT credit_grants_payment_id_key;
CREATE UNIQUE INDEX credit_grants_payment_id_key ON credit_grants (org_id, payment_id) WHERE payment_id IS NOT NULL;

-- A booking's statement carries the writes that go with it (its quote, audit entry, jobs and, for a
-- new guest, the customer row). When the class refuses it under the lock (full, cancelled or gone),
-- the statement must fail rather than commit them without the booking: a statement sent alone (with
-- no transaction around it) commits on its own. This ends it with SQLSTATE SWB01, saying in DETAIL
-- what the lock saw, as JSON; the app reads that and answers the refusal.
CREATE FUNCTION booking_taken_or_refuse(inserted boolean, status text, max_spots integer, spots_taken integer)
RETURNS boolean LANGUAGE plpgsql AS $$
BEGIN
  IF inserted THEN
    RETURN true;
  END IF;
  RAISE EXCEPTION 'the class refused the booking'
    USING ERRCODE = 'SWB01',
          DETAIL = json_build_object(
            'status', status, 'max_spots', max_spots, 'spots_taken', spots_taken, 'inserted', false
          )::text;
END
$$;
