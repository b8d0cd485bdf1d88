-- Appointments: a booking of a provider's time, in the same bookings table as class spots (decision
-- 0006), slot holds for both kinds, and the lifecycle after confirmation.
--
-- No provider is ever booked twice: every live booking and live hold of a provider's time has a row
-- in provider_claims, kept there by triggers, and one exclusion constraint forbids two claims of one
-- provider whose blocked ranges (the appointment with its buffers) overlap. A hold's claim carries
-- its expiry; an expired claim is removed by whichever insert it stands in the way of, so an expired
-- hold never refuses anyone, job runner or not.

ALTER TABLE organisations
  ADD COLUMN slot_hold_minutes integer NOT NULL DEFAULT 5 CHECK (slot_hold_minutes BETWEEN 1 AND 60);

-- What is booked: a class (spots) or a provider's time (service, provider, start, end).
ALTER TABLE bookings ALTER COLUMN class_id DROP NOT NULL;
ALTER TABLE bookings
  ADD COLUMN service_id uuid,
  ADD COLUMN provider_id uuid,
  ADD COLUMN starts_at timestamptz,
  ADD COLUMN ends_at timestamptz,
  -- The provider's time the appointment takes: from the buffer before its start to the buffer after its end.
  ADD COLUMN blocked tstzrange,
  ADD COLUMN location_id uuid,
  -- On-site services (at the customer's address): where, how to reach them, what to know.
  ADD COLUMN customer_address text CHECK (length(customer_address) <= 500),
  ADD COLUMN customer_phone text CHECK (length(customer_phone) <= 40),
  ADD COLUMN customer_notes text CHECK (length(customer_notes) <= 2000),
  -- Remote services: the meeting link, made by a job after the booking commits.
  ADD COLUMN video_url text CHECK (length(video_url) <= 500),
  ADD COLUMN checked_in_at timestamptz,
  ADD COLUMN finished_at timestamptz,
  ADD CONSTRAINT bookings_service_fk FOREIGN KEY (org_id, service_id) REFERENCES services (org_id, id) ON DELETE RESTRICT,
  ADD CONSTRAINT bookings_provider_fk FOREIGN KEY (org_id, provider_id) REFERENCES providers (org_id, id) ON DELETE RESTRICT,
  ADD CONSTRAINT bookings_location_fk FOREIGN KEY (org_id, location_id) REFERENCES locations (org_id, id) ON DELETE RESTRICT,
  ADD CONSTRAINT bookings_one_kind CHECK (
    (class_id IS NOT NULL AND service_id IS NULL AND provider_id IS NULL AND starts_at IS NULL
      AND ends_at IS NULL AND blocked IS NULL)
    OR (class_id IS NULL AND service_id IS NOT NULL AND provider_id IS NOT NULL AND spots = 1
      AND ends_at > starts_at AND blocked @> tstzrange(starts_at, ends_at)));

-- confirmed → in_progress → completed, or no_show; cancelled from pending or confirmed.
ALTER TABLE bookings DROP CONSTRAINT bookings_status_check;
ALTER TABLE bookings ADD CONSTRAINT bookings_status_check
  CHECK (status IN ('pending', 'confirmed', 'in_progress', 'completed', 'no_show', 'cancelled'));
ALTER TABLE bookings ADD CONSTRAINT bookings_finished_has_time
  CHECK ((status IN ('completed', 'no_show')) = (finished_at IS NOT NULL));

CREATE INDEX bookings_provider_time ON bookings (org_id, provider_id, starts_at) WHERE provider_id IS NOT NULL;
CREATE INDEX bookings_org_starts ON bookings (org_id, starts_at) WHERE starts_at IS NOT NULL;

-- A slot held while the customer checks out: a provider's time, or spots in a class.
CREATE TABLE holds (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  org_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  class_id uuid,
  spots integer NOT NULL DEFAULT 1 CHECK (spots BETWEEN 1 AND 100),
  service_id uuid,
  provider_id uuid,
  starts_at timestamptz,
  ends_at timestamptz,
  blocked tstzrange,
  expires_at timestamptz NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (org_id, id),
  FOREIGN KEY (org_id, class_id) REFERENCES classes (org_id, id) ON DELETE CASCADE,
  FOREIGN KEY (org_id, service_id) REFERENCES services (org_id, id) ON DELETE CASCADE,
  FOREIGN KEY (org_id, provider_id) REFERENCES providers (org_id, id) ON DELETE CASCADE,
  CONSTRAINT holds_one_kind CHECK (
    (class_id IS NOT NULL AND service_id IS NULL AND provider_id IS NULL AND blocked IS NULL)
    OR (class_id IS NULL AND service_id IS NOT NULL AND provider_id IS NOT NULL AND spots = 1
      AND ends_at > starts_at AND blocked @> tstzrange(starts_at, ends_at)))
);
CREATE INDEX holds_class ON holds (class_id, expires_at) WHERE class_id IS NOT NULL;
CREATE INDEX holds_expiry ON holds (expires_at);

-- The provider's time taken by live bookings and live holds; the exclusion constraint is the guarantee.
CREATE TABLE provider_claims (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  org_id uuid NOT NULL,
  provider_id uuid NOT NULL,
  during tstzrange NOT NULL,
  booking_id uuid UNIQUE REFERENCES bookings (id) ON DELETE CASCADE,
  hold_id uuid UNIQUE REFERENCES holds (id) ON DELETE CASCADE,
  -- A hold's end, or a pending booking's payment deadline; null for a booking that is settled.
  expires_at timestamptz,
  CONSTRAINT provider_claims_one_owner CHECK ((booking_id IS NULL) <> (hold_id IS NULL)),
  CONSTRAINT provider_claims_no_overlap EXCLUDE USING gist (provider_id WITH =, during WITH &&)
);
CREATE INDEX provider_claims_expiry ON provider_claims (expires_at) WHERE expires_at IS NOT NULL;

-- An expired claim gives way to the claim it stands in the way of, decided here, at the insert.
CREATE FUNCTION provider_claims_clear_expired() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM provider_claims
  WHERE provider_id = NEW.provider_id AND during && NEW.during AND expires_at <= now() AND id <> NEW.id;
  RETURN NEW;
END
$$;
CREATE TRIGGER provider_claims_clear_expired
  BEFORE INSERT OR UPDATE OF provider_id, during ON provider_claims
  FOR EACH ROW EXECUTE FUNCTION provider_claims_clear_expired();

-- A booking of a provider's time claims it while it is not cancelled; a pending one until its deadline.
CREATE FUNCTION bookings_maintain_claim() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.provider_id IS NULL OR NEW.status = 'cancelled' THEN
    DELETE FROM provider_claims WHERE booking_id = NEW.id;
    RETURN NULL;
  END IF;
  INSERT INTO provider_claims (org_id, provider_id, during, booking_id, expires_at)
  VALUES (NEW.org_id, NEW.provider_id, NEW.blocked, NEW.id,
          CASE WHEN NEW.status = 'pending' THEN NEW.hold_expires_at END)
  ON CONFLICT (booking_id) DO UPDATE
    SET provider_id = EXCLUDED.provider_id, during = EXCLUDED.during, expires_at = EXCLUDED.expires_at
    WHERE (provider_claims.provider_id, provider_claims.during, provider_claims.expires_at)
      IS DISTINCT FROM (EXCLUDED.provider_id, EXCLUDED.during, EXCLUDED.expires_at);
  RETURN NULL;
END
$$;
CREATE TRIGGER bookings_claim
  AFTER INSERT OR UPDATE OF status, provider_id, blocked, hold_expires_at ON bookings
  FOR EACH ROW EXECUTE FUNCTION bookings_maintain_claim();

CREATE FUNCTION holds_maintain() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    IF NEW.provider_id IS NOT NULL THEN
      INSERT INTO provider_claims (org_id, provider_id, during, hold_id, expires_at)
      VALUES (NEW.org_id, NEW.provider_id, NEW.blocked, NEW.id, NEW.expires_at);
    ELSE
      -- Held spots count as taken, so the classes_capacity CHECK covers them too.
      UPDATE classes SET spots_taken = spots_taken + NEW.spots WHERE id = NEW.class_id;
    END IF;
  ELSIF OLD.class_id IS NOT NULL THEN
    UPDATE classes SET spots_taken = spots_taken - OLD.spots WHERE id = OLD.class_id;
  END IF;
  RETURN NULL;
END
$$;
CREATE TRIGGER holds_maintain AFTER INSERT OR DELETE ON holds FOR EACH ROW EXECUTE FUNCTION holds_maintain();

-- A payment for an appointment whose time was taken meanwhile is unbookable too.
ALTER TABLE unbookable_payments DROP CONSTRAINT unbookable_payments_reason_check;
ALTER TABLE unbookable_payments ADD CONSTRAINT unbookable_payments_reason_check CHECK (reason IN (
  'class_full', 'class_cancelled', 'class_started', 'already_booked', 'booking_cancelled', 'mismatch',
  'slot_taken', 'appointment_started'));
