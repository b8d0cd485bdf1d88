-- Hardening (issue 8), security part.

-- A new password voids every outstanding reset link, whichever code path changes it: an older
-- mailed link must not reopen the account after its owner has chosen a new password.
CREATE FUNCTION users_void_reset_tokens() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE password_reset_tokens SET used_at = now()
   WHERE org_id = NEW.org_id AND user_id = NEW.id AND used_at IS NULL;
  RETURN NEW;
END $$;
CREATE TRIGGER users_password_changed
  AFTER UPDATE OF password_hash ON users
  FOR EACH ROW WHEN (OLD.password_hash IS DISTINCT FROM NEW.password_hash)
  EXECUTE FUNCTION users_void_reset_tokens();

-- Sign-in and reset-request counters, shared by every app process. One row per (organisation,
-- what is counted): a client address or an account. Rows are locked while a request decides.
CREATE TABLE auth_throttle (
  org_id uuid NOT NULL,
  key text NOT NULL,
  window_started_at timestamptz NOT NULL,
  attempts integer NOT NULL CHECK (attempts >= 0),
  last_attempt_at timestamptz,
  PRIMARY KEY (org_id, key)
);
CREATE INDEX auth_throttle_window ON auth_throttle (window_started_at);

-- Manage links and calendar feeds no longer store their secret. New links are signed
-- (HMAC of the booking or customer id with the server's key, src/platform/tokens.ts) and stored
-- nowhere; the links already mailed keep working through the SHA-256 of their token (base64url,
-- as hashToken writes it), so a database leak hands out neither.
ALTER TABLE bookings RENAME COLUMN manage_token TO legacy_manage_token_hash;
ALTER TABLE bookings ALTER COLUMN legacy_manage_token_hash DROP NOT NULL;
UPDATE bookings
   SET legacy_manage_token_hash =
       translate(rtrim(encode(sha256(convert_to(legacy_manage_token_hash, 'UTF8')), 'base64'), '='), '+/', '-_');
ALTER TABLE customers RENAME COLUMN calendar_token TO legacy_calendar_token_hash;
UPDATE customers
   SET legacy_calendar_token_hash =
       translate(rtrim(encode(sha256(convert_to(legacy_calendar_token_hash, 'UTF8')), 'base64'), '='), '+/', '-_')
 WHERE legacy_calendar_token_hash IS NOT NULL;
