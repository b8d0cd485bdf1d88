-- A class placed at one of the organisation's locations and given no place text of its own shows the
-- location's name: customers read `location`, and a class made from a series or a template with only
-- the location chosen used to show no place at all. Set when the class is written; a text of its own
-- (or one set later) is kept.
CREATE FUNCTION classes_name_their_place() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.location = '' AND NEW.location_id IS NOT NULL THEN
    SELECT name INTO NEW.location FROM locations WHERE org_id = NEW.org_id AND id = NEW.location_id;
    NEW.location := coalesce(NEW.location, '');
  END IF;
  RETURN NEW;
END $$;

CREATE TRIGGER classes_name_their_place BEFORE INSERT OR UPDATE OF location, location_id ON classes
  FOR EACH ROW EXECUTE FUNCTION classes_name_their_place();

UPDATE classes c SET location = l.name
  FROM locations l
 WHERE l.org_id = c.org_id AND l.id = c.location_id AND c.location = '';
