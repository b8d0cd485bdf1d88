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
