-- A class taught by a provider takes that provider's time, as an appointment does: the brief's rule
-- that a provider never has two overlapping sessions held only among appointments, so a provider
-- could be booked for a 1:1 in the middle of the class they teach (and a class could be published
-- over an appointment). The class's claim sits in provider_claims beside bookings' and holds', under
-- the same exclusion constraint, kept by a trigger that fires only when the teacher, the times or the
-- status change (never on a booking's spots). Slots read the claims, so they leave the class out.
ALTER TABLE provider_claims ADD COLUMN class_id uuid;
ALTER TABLE provider_claims DROP CONSTRAINT provider_claims_one_owner;
ALTER TABLE provider_claims
  ADD CONSTRAINT provider_claims_one_owner CHECK (num_nonnulls(booking_id, hold_id, class_id) = 1),
  ADD CONSTRAINT provider_claims_class_id_key UNIQUE (org_id, class_id),
  ADD CONSTRAINT provider_claims_class_id_fkey FOREIGN KEY (org_id, class_id)
    REFERENCES classes (org_id, id) ON DELETE CASCADE;

CREATE FUNCTION classes_maintain_claim() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.provider_id IS NULL OR NEW.status = 'cancelled' THEN
    DELETE FROM provider_claims WHERE org_id = NEW.org_id AND class_id = NEW.id;
    RETURN NULL;
  END IF;
  INSERT INTO provider_claims (org_id, provider_id, during, class_id)
  VALUES (NEW.org_id, NEW.provider_id, tstzrange(NEW.starts_at, NEW.ends_at), NEW.id)
  ON CONFLICT (org_id, class_id) DO UPDATE
    SET provider_id = EXCLUDED.provider_id, during = EXCLUDED.during
    WHERE (provider_claims.provider_id, provider_claims.during)
      IS DISTINCT FROM (EXCLUDED.provider_id, EXCLUDED.during);
  RETURN NULL;
END $$;
CREATE TRIGGER classes_maintain_claim
  AFTER INSERT OR UPDATE OF provider_id, starts_at, ends_at, status ON classes
  FOR EACH ROW EXECUTE FUNCTION classes_maintain_claim();

-- Coming classes already taught by a provider claim their time where nothing else holds it yet; one
-- that overlaps an appointment made before this migration is left for staff to sort out.
INSERT INTO provider_claims (org_id, provider_id, during, class_id)
SELECT org_id, provider_id, tstzrange(starts_at, ends_at), id
  FROM classes
 WHERE provider_id IS NOT NULL AND status <> 'cancelled' AND ends_at > now()
ON CONFLICT DO NOTHING;
