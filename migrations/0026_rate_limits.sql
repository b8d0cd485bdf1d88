-- Rate limits shared by every app process (issue 13 "Protection"): one row per (organisation, bucket,
-- what is counted — a client address or an identity —, fixed window), bumped by one upsert per counted
-- request. Windows that ended are removed by housekeeping; nothing else reads them.
CREATE TABLE rate_limit_counters (
  org_id uuid NOT NULL,
  bucket text NOT NULL,
  key text NOT NULL,
  window_start timestamptz NOT NULL,
  count integer NOT NULL CHECK (count > 0),
  PRIMARY KEY (org_id, bucket, key, window_start)
);
CREATE INDEX rate_limit_counters_window ON rate_limit_counters (window_start);

-- The limits, per organisation and per quarter of an hour. Per client address they are generous, since a
-- venue's guests share one address; per identity (an email, an account, a manage link) they are tight.
ALTER TABLE organisations
  ADD COLUMN rate_limit_write_per_address integer NOT NULL DEFAULT 3000
    CHECK (rate_limit_write_per_address BETWEEN 50 AND 100000),
  ADD COLUMN rate_limit_write_per_identity integer NOT NULL DEFAULT 20
    CHECK (rate_limit_write_per_identity BETWEEN 3 AND 1000),
  ADD COLUMN rate_limit_account_per_address integer NOT NULL DEFAULT 300
    CHECK (rate_limit_account_per_address BETWEEN 10 AND 10000),
  ADD COLUMN rate_limit_account_per_identity integer NOT NULL DEFAULT 10
    CHECK (rate_limit_account_per_identity BETWEEN 3 AND 1000);

-- Rotating a webhook endpoint's secret: deliveries are signed with the new secret and, until the grace
-- period ends, also with the previous one (a second v1= in the signature), so receivers can switch over.
ALTER TABLE webhook_endpoints
  ADD COLUMN previous_secret text,
  ADD COLUMN previous_secret_expires_at timestamptz,
  ADD CONSTRAINT webhook_endpoints_previous_secret_check
    CHECK ((previous_secret IS NULL) = (previous_secret_expires_at IS NULL));
