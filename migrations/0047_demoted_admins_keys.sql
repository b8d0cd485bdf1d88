-- An API key works only while its maker is an admin, and that was read at each call: an admin demoted
-- and later made admin again brought every key they had made back to life, keys that had been judged
-- dead (a person who left, then came back in another role, then was promoted years later). An admin's
-- keys are now revoked for good the moment they stop being an admin, whichever code path does it.
CREATE FUNCTION users_revoke_keys_of_former_admin() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE api_keys SET revoked_at = now()
   WHERE org_id = NEW.org_id AND created_by = NEW.id AND revoked_at IS NULL;
  RETURN NULL;
END $$;
CREATE TRIGGER users_admin_role_lost
  AFTER UPDATE OF role ON users
  FOR EACH ROW WHEN (OLD.role = 'admin' AND NEW.role IS DISTINCT FROM 'admin')
  EXECUTE FUNCTION users_revoke_keys_of_former_admin();

-- Keys already made by someone who is no longer an admin are revoked now.
UPDATE api_keys k SET revoked_at = now()
  FROM users u
 WHERE u.org_id = k.org_id AND u.id = k.created_by AND u.role <> 'admin' AND k.revoked_at IS NULL;
