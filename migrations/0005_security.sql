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
