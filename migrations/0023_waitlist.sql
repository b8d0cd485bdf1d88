-- The waitlist of a full class (issue 12). A person joins once per class; when a spot frees, the first
-- in line is offered it: the offer is a class hold in their name, so the booking core's capacity check
-- (spots_taken, which counts holds) already keeps it for them, and their claim books it through the
-- normal checkout by taking that hold.
--
-- What must hold is held here, not in the application:
--  * fair order: entries are offered by `position` (an identity: first joined, first offered);
--  * one entry per person per class (a partial unique index), offered at most once (a transition trigger);
--  * no spot idle while someone waits: a deferred trigger on classes offers freed spots at the commit
--    of whatever freed them (a cancellation, a lapsed hold or pending booking, capacity raised), under the
--    class row lock that transaction already holds — so the net change counts: a claim that takes its
--    hold and books in one transaction frees nothing;
--  * an offered spot is for the person offered: while anyone waits, a class booking or hold that is not
--    the offer's own is not inserted (a BEFORE INSERT trigger that skips the row, which the booking core
--    reads as "no room": 409 capacity_full), so nobody takes a spot freed in their own transaction
--    (an expired checkout hold released just before the insert) ahead of the line.

ALTER TABLE organisations ADD COLUMN waitlist_offer_minutes integer NOT NULL DEFAULT 120
  CONSTRAINT organisations_waitlist_offer_minutes CHECK (waitlist_offer_minutes BETWEEN 5 AND 10080);

CREATE TABLE waitlist_entries (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  org_id uuid NOT NULL,
  class_id uuid NOT NULL,
  customer_id uuid NOT NULL,
  position bigint GENERATED ALWAYS AS IDENTITY,
  status text NOT NULL DEFAULT 'waiting'
    CHECK (status IN ('waiting', 'offered', 'claimed', 'lapsed', 'left', 'closed')),
  joined_at timestamptz NOT NULL,
  -- The offer: the hold that keeps the spot, when it was made, and (set when the offer is mailed, by the
  -- application's clock) until when it may be claimed.
  hold_id uuid,
  offered_at timestamptz,
  offer_expires_at timestamptz,
  booking_id uuid,
  ended_at timestamptz,
  UNIQUE (org_id, id),
  FOREIGN KEY (org_id, class_id) REFERENCES classes (org_id, id) ON DELETE CASCADE,
  FOREIGN KEY (org_id, customer_id) REFERENCES customers (org_id, id) ON DELETE RESTRICT,
  CONSTRAINT waitlist_offer_has_hold CHECK (status <> 'offered' OR (hold_id IS NOT NULL AND offered_at IS NOT NULL)),
  CONSTRAINT waitlist_ended_has_time CHECK ((status IN ('waiting', 'offered')) = (ended_at IS NULL))
);
CREATE UNIQUE INDEX waitlist_one_per_customer ON waitlist_entries (org_id, class_id, customer_id)
  WHERE status IN ('waiting', 'offered');
CREATE INDEX waitlist_queue ON waitlist_entries (class_id, position) WHERE status IN ('waiting', 'offered');
CREATE UNIQUE INDEX waitlist_one_offer_per_hold ON waitlist_entries (org_id, hold_id) WHERE hold_id IS NOT NULL;
CREATE INDEX waitlist_org_customer ON waitlist_entries (org_id, customer_id);
CREATE INDEX waitlist_offers_due ON waitlist_entries (offer_expires_at) WHERE status = 'offered';

-- An entry moves forward only: waiting → offered → claimed or lapsed; leaving or closing from either;
-- the last four are final. So nobody is offered twice, and a lapsed offer never comes back.
CREATE FUNCTION waitlist_entries_transition() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.status = OLD.status THEN
    IF OLD.status = 'offered' AND NEW.hold_id IS DISTINCT FROM OLD.hold_id THEN
      RAISE EXCEPTION 'waitlist entry % already has its offer', OLD.id USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
  END IF;
  IF OLD.status = 'waiting' AND NEW.status IN ('offered', 'claimed', 'left', 'closed') THEN RETURN NEW; END IF;
  IF OLD.status = 'offered' AND NEW.status IN ('claimed', 'lapsed', 'left', 'closed') THEN RETURN NEW; END IF;
  RAISE EXCEPTION 'waitlist entry % cannot go from % to %', OLD.id, OLD.status, NEW.status
    USING ERRCODE = 'check_violation';
END
$$;
CREATE TRIGGER waitlist_entries_transition BEFORE UPDATE OF status, hold_id ON waitlist_entries
  FOR EACH ROW EXECUTE FUNCTION waitlist_entries_transition();

-- Offers the class's free spots to the first in line, one spot each: the entry becomes 'offered' and a
-- hold in its name keeps the spot (until the class starts; the offer's own, shorter time is set when the
-- 'waitlist.offer' job mails it, by the application's clock). Called at the commit of anything that
-- freed spots (below) and by the sweep. Takes the class row lock first, then the entries': the lock
-- order of every waitlist path. Returns how many were offered.
CREATE FUNCTION waitlist_offer_free_spots(target uuid) RETURNS integer LANGUAGE plpgsql AS $$
DECLARE
  cls record;
  entry record;
  offer uuid;
  offered integer := 0;
BEGIN
  SELECT id, org_id, status, max_spots, spots_taken, starts_at INTO cls FROM classes WHERE id = target FOR UPDATE;
  IF NOT FOUND OR cls.status <> 'scheduled' OR cls.starts_at <= now() OR cls.spots_taken >= cls.max_spots THEN
    RETURN 0;
  END IF;
  FOR entry IN
    SELECT id FROM waitlist_entries WHERE class_id = target AND status = 'waiting'
    ORDER BY position LIMIT cls.max_spots - cls.spots_taken FOR UPDATE
  LOOP
    offer := gen_random_uuid();
    -- The entry names its hold before the hold exists, so the hold's insert below knows it is an offer.
    UPDATE waitlist_entries SET status = 'offered', hold_id = offer, offered_at = now() WHERE id = entry.id;
    INSERT INTO holds (id, org_id, class_id, spots, expires_at, created_at)
    VALUES (offer, cls.org_id, target, 1, cls.starts_at, now());
    INSERT INTO jobs (org_id, kind, payload, status, attempts, max_attempts, run_at, dedupe_key)
    VALUES (cls.org_id, 'waitlist.offer', jsonb_build_object('entryId', entry.id), 'pending', 0, 8, now(),
            'waitlist-offer:' || entry.id)
    ON CONFLICT (org_id, dedupe_key) WHERE dedupe_key IS NOT NULL AND status = 'pending' DO NOTHING;
    offered := offered + 1;
  END LOOP;
  RETURN offered;
END
$$;

-- A cancelled class ends its waitlist: nobody waits for it, and its offers' holds go.
CREATE FUNCTION waitlist_close_class(target uuid) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  WITH ended AS (
    UPDATE waitlist_entries SET status = 'closed', ended_at = now()
    WHERE class_id = target AND status IN ('waiting', 'offered')
    RETURNING hold_id
  )
  DELETE FROM holds WHERE id IN (SELECT hold_id FROM ended WHERE hold_id IS NOT NULL);
END
$$;

CREATE FUNCTION classes_waitlist_on_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- Most classes have no waitlist: one index probe, and done.
  IF NOT EXISTS (SELECT 1 FROM waitlist_entries WHERE class_id = NEW.id AND status IN ('waiting', 'offered')) THEN
    RETURN NULL;
  END IF;
  IF NEW.status = 'cancelled' THEN
    PERFORM waitlist_close_class(NEW.id);
  ELSE
    PERFORM waitlist_offer_free_spots(NEW.id);
  END IF;
  RETURN NULL;
END
$$;
-- Deferred to the commit: what counts is what the transaction freed in the end, and by then it holds the
-- class row lock (it changed the row), so offers are made in the order of the commits that freed spots.
CREATE CONSTRAINT TRIGGER classes_waitlist_offers AFTER UPDATE OF spots_taken, max_spots, status ON classes
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
  WHEN (NEW.max_spots - NEW.spots_taken > OLD.max_spots - OLD.spots_taken OR NEW.status <> OLD.status)
  EXECUTE FUNCTION classes_waitlist_on_change();

-- While anyone waits, the class's free spots are theirs: a newcomer's booking or hold is skipped (the
-- booking core's INSERT … SELECT then reports no row inserted: "no room"). A booking by someone with an
-- entry ends it as claimed (the offer's hold, if still there, goes: they booked another way).
CREATE FUNCTION bookings_waitlist_first_in_line() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  own record;
BEGIN
  IF NEW.class_id IS NULL OR NEW.status = 'cancelled' THEN RETURN NEW; END IF;
  SELECT id, status, hold_id INTO own FROM waitlist_entries
  WHERE class_id = NEW.class_id AND customer_id = NEW.customer_id AND status IN ('waiting', 'offered');
  IF (own.id IS NULL OR own.status = 'waiting') AND EXISTS (
    SELECT 1 FROM waitlist_entries
    WHERE class_id = NEW.class_id AND status = 'waiting' AND customer_id <> NEW.customer_id
  ) THEN
    RETURN NULL;
  END IF;
  IF own.id IS NOT NULL THEN
    UPDATE waitlist_entries SET status = 'claimed', booking_id = NEW.id, ended_at = now() WHERE id = own.id;
    IF own.hold_id IS NOT NULL THEN DELETE FROM holds WHERE id = own.hold_id; END IF;
  END IF;
  RETURN NEW;
END
$$;
CREATE TRIGGER bookings_waitlist_first_in_line BEFORE INSERT ON bookings
  FOR EACH ROW EXECUTE FUNCTION bookings_waitlist_first_in_line();

CREATE FUNCTION holds_waitlist_first_in_line() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.class_id IS NULL OR EXISTS (SELECT 1 FROM waitlist_entries WHERE hold_id = NEW.id) THEN RETURN NEW; END IF;
  IF EXISTS (SELECT 1 FROM waitlist_entries WHERE class_id = NEW.class_id AND status = 'waiting') THEN
    RETURN NULL;
  END IF;
  RETURN NEW;
END
$$;
CREATE TRIGGER holds_waitlist_first_in_line BEFORE INSERT ON holds
  FOR EACH ROW EXECUTE FUNCTION holds_waitlist_first_in_line();
