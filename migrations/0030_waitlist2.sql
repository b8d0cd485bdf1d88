-- Issue 12, waitlist leftovers: a staff move of a booking into a class (checkout.reschedule.ts) takes a
-- spot as a new booking does, so it keeps the line as 0023's insert guard does, in the same statement.
-- While someone else waits, a booking moved in is refused unless its person holds the class's offer (or is
-- the one waiting); a move by someone in the line ends their entry as claimed, and the offer's hold goes
-- first, so the spot kept for them is the one they take. An insert can be skipped (the booking core reads
-- "no room"); an update cannot, so this raises, under a name the move maps to 409 capacity_full.
CREATE FUNCTION bookings_waitlist_first_in_line_on_move() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  own record;
BEGIN
  IF NEW.class_id IS NULL OR NEW.class_id IS NOT DISTINCT FROM OLD.class_id OR NEW.status = 'cancelled' THEN
    RETURN NEW;
  END IF;
  SELECT id, status, hold_id INTO own FROM waitlist_entries
  WHERE class_id = NEW.class_id AND customer_id = NEW.customer_id AND status IN ('waiting', 'offered');
  IF (own.id IS NULL OR own.status = 'waiting') AND EXISTS (
    SELECT 1 FROM waitlist_entries
    WHERE class_id = NEW.class_id AND status = 'waiting' AND customer_id <> NEW.customer_id
  ) THEN
    RAISE EXCEPTION 'class % has people waiting for its spots', NEW.class_id
      USING ERRCODE = 'check_violation', CONSTRAINT = 'waitlist_first_in_line';
  END IF;
  IF own.id IS NOT NULL THEN
    UPDATE waitlist_entries SET status = 'claimed', booking_id = NEW.id, ended_at = now() WHERE id = own.id;
    IF own.hold_id IS NOT NULL THEN DELETE FROM holds WHERE id = own.hold_id; END IF;
  END IF;
  RETURN NEW;
END
$$;
CREATE TRIGGER bookings_waitlist_first_in_line_on_move BEFORE UPDATE OF class_id ON bookings
  FOR EACH ROW EXECUTE FUNCTION bookings_waitlist_first_in_line_on_move();
