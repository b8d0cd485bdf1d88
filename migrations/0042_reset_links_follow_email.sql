-- A password reset link was mailed to an address: once the account's address changes, the link
-- must not open the account any more (the owner often moves because the old mailbox is lost).
-- The trigger of migration 0005 voided reset links on a new password only; it now also fires on
-- a new address, including the anonymised one an account deletion writes.
DROP TRIGGER users_password_changed ON users;
CREATE TRIGGER users_credentials_changed
  AFTER UPDATE OF password_hash, email ON users
  FOR EACH ROW WHEN (OLD.password_hash IS DISTINCT FROM NEW.password_hash OR OLD.email IS DISTINCT FROM NEW.email)
  EXECUTE FUNCTION users_void_reset_tokens();
