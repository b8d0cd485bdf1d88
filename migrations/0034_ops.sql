-- The organisation answer says whether a logo exists and which one (issue 13): the web app asked for
-- the logo on every page and got a 404 on a studio without one. The logo rows belong to invoices
-- (layer 6) and the organisation answer to orgs (layer 2), which may not read them; so the version is
-- kept on the organisation row by a trigger on the logo table, in the same transaction as the change.
-- The version is the change's instant in microseconds, and never goes backwards for a replaced logo, so a
-- URL carrying it names one image for ever and may be cached as immutable.
ALTER TABLE organisations ADD COLUMN logo_version bigint;

UPDATE organisations o
   SET logo_version = (extract(epoch FROM l.updated_at) * 1000000)::bigint
  FROM organisation_logos l
 WHERE l.org_id = o.id;

CREATE FUNCTION organisation_logo_version() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    UPDATE organisations SET logo_version = NULL WHERE id = OLD.org_id;
    RETURN OLD;
  END IF;
  UPDATE organisations
     SET logo_version = greatest((extract(epoch FROM clock_timestamp()) * 1000000)::bigint, coalesce(logo_version, 0) + 1)
   WHERE id = NEW.org_id;
  RETURN NEW;
END;
$$;

CREATE TRIGGER organisation_logo_version
  AFTER INSERT OR UPDATE OR DELETE ON organisation_logos
  FOR EACH ROW EXECUTE FUNCTION organisation_logo_version();
