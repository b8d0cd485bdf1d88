-- The rest of the portal (issue 11): an account's contact details and mail preferences, a change of
-- email address confirmed from the new address, and the mark of an account whose personal data was
-- erased at its owner's request.

ALTER TABLE users
  ADD COLUMN phone text CHECK (length(phone) BETWEEN 1 AND 40),
  ADD COLUMN address text CHECK (length(address) BETWEEN 1 AND 500),
  -- Booking confirmations, cancellations and refunds are always sent: they are the record of a deal.
  ADD COLUMN notify_reminders boolean NOT NULL DEFAULT true,
  ADD COLUMN notify_invoices boolean NOT NULL DEFAULT true,
  ADD COLUMN notify_news boolean NOT NULL DEFAULT false,
  ADD COLUMN anonymised_at timestamptz,
  -- An anonymised account keeps no contact details and no password anyone could sign in with.
  ADD CONSTRAINT users_anonymised_erased CHECK (
    anonymised_at IS NULL OR (password_hash = '!' AND phone IS NULL AND address IS NULL)
  );

-- Set with the account's: the calendar feed of an anonymised customer answers nothing.
ALTER TABLE customers ADD COLUMN anonymised_at timestamptz;

-- An account's customer row carries the name, address and language its booking mails use: it
-- follows the account's, whichever code path changes them.
CREATE FUNCTION users_sync_customer() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE customers SET name = NEW.name, email = NEW.email, locale = NEW.locale, updated_at = now()
   WHERE org_id = NEW.org_id AND user_id = NEW.id AND anonymised_at IS NULL;
  RETURN NEW;
END $$;
CREATE TRIGGER users_sync_customer
  AFTER UPDATE OF name, email, locale ON users
  FOR EACH ROW
  WHEN (OLD.name IS DISTINCT FROM NEW.name OR OLD.email IS DISTINCT FROM NEW.email
        OR OLD.locale IS DISTINCT FROM NEW.locale)
  EXECUTE FUNCTION users_sync_customer();

-- No session for an anonymised account, whichever code path would start one.
CREATE FUNCTION sessions_refuse_anonymised() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM users WHERE org_id = NEW.org_id AND id = NEW.user_id AND anonymised_at IS NOT NULL) THEN
    RAISE EXCEPTION 'account % is anonymised', NEW.user_id USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER sessions_refuse_anonymised
  BEFORE INSERT ON sessions
  FOR EACH ROW EXECUTE FUNCTION sessions_refuse_anonymised();

-- A requested change of address: only the hash of the mailed token is kept; used once, then spent.
CREATE TABLE email_change_tokens (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  org_id uuid NOT NULL,
  user_id uuid NOT NULL,
  new_email text NOT NULL CHECK (new_email = lower(new_email) AND length(new_email) BETWEEN 3 AND 320),
  token_hash text NOT NULL UNIQUE,
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  used_at timestamptz,
  FOREIGN KEY (org_id, user_id) REFERENCES users (org_id, id) ON DELETE CASCADE
);
CREATE INDEX email_change_tokens_user ON email_change_tokens (org_id, user_id);
