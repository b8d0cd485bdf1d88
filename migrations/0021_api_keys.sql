-- API keys for integrators (issue 13): an admin makes a key with scopes; the secret is shown once and
-- only its SHA-256 is kept. A call with a key is audited with the key as the actor.
CREATE TABLE api_keys (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  org_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
  -- The first characters of the secret, shown in lists so a person can tell keys apart.
  prefix text NOT NULL,
  token_hash text NOT NULL UNIQUE,
  scopes text[] NOT NULL CHECK (
    cardinality(scopes) BETWEEN 1 AND 5
    AND scopes <@ ARRAY['read', 'bookings:write', 'catalogue:write', 'payments:write', 'admin']::text[]
  ),
  created_by uuid NOT NULL REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  last_used_at timestamptz,
  revoked_at timestamptz
);
CREATE INDEX api_keys_of_org ON api_keys (org_id, created_at DESC);

ALTER TABLE audit_log DROP CONSTRAINT audit_log_actor_type_check;
ALTER TABLE audit_log ADD CONSTRAINT audit_log_actor_type_check
  CHECK (actor_type IN ('user', 'guest', 'system', 'api_key'));
-- The key's name at the time of the call (a key's name is what a person recognises).
ALTER TABLE audit_log ADD COLUMN actor_label text;
