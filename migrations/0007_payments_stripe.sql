-- Stripe keeps a 500 under its idempotency key and replays it to every retry with that key. After
-- such an error the call is retried under a new key derived from this counter (once we have checked
-- that the object was not made), so concurrent callers that saw the same error agree on the next key.
ALTER TABLE payments ADD COLUMN provider_attempt integer NOT NULL DEFAULT 0 CHECK (provider_attempt >= 0);
ALTER TABLE refunds ADD COLUMN provider_attempt integer NOT NULL DEFAULT 0 CHECK (provider_attempt >= 0);
