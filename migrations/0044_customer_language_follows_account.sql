-- An account's customer rows speak its language: booking mails read the customer row's language, and
-- it was copied from the account only when the row was made, so a language chosen later (in the
-- profile, or by switching the page while signed in) left booking mails in the old one while account
-- mails followed. A trigger keeps every customer row of the account in step, whichever code path
-- changes the language; the rows already apart are brought in line.
CREATE FUNCTION users_language_to_customers() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE customers SET locale = NEW.locale, updated_at = now()
   WHERE org_id = NEW.org_id AND user_id = NEW.id AND locale IS DISTINCT FROM NEW.locale;
  RETURN NEW;
END $$;
CREATE TRIGGER users_language_changed
  AFTER UPDATE OF locale ON users
  FOR EACH ROW WHEN (OLD.locale IS DISTINCT FROM NEW.locale AND NEW.locale IS NOT NULL)
  EXECUTE FUNCTION users_language_to_customers();

UPDATE customers c SET locale = u.locale
  FROM users u
 WHERE u.org_id = c.org_id AND u.id = c.user_id AND u.locale IS NOT NULL AND c.locale IS DISTINCT FROM u.locale;
