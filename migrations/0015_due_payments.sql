-- Paying what is due (issue 11). Besides the payment it was booked with, a booking may get payments of
-- its balance: the rest after a deposit, or what was to be paid at the venue, often against its invoice.
-- The booking's own payment keeps its rule (one live at a time); a balance payment has its own: at
-- most one open at a time per booking, so a second request to pay finds the first, and a duplicate
-- can arise only as money that arrives for a payment already replaced (settlement refunds it).
ALTER TABLE payments
  ADD COLUMN purpose text NOT NULL DEFAULT 'booking' CHECK (purpose IN ('booking', 'balance')),
  ADD CONSTRAINT payments_balance_of_booking CHECK (purpose = 'booking' OR booking_id IS NOT NULL);

DROP INDEX payments_one_live_per_booking;
CREATE UNIQUE INDEX payments_one_live_per_booking ON payments (booking_id)
  WHERE status IN ('pending', 'succeeded') AND purpose = 'booking';
CREATE UNIQUE INDEX payments_one_open_balance ON payments (booking_id)
  WHERE status = 'pending' AND purpose = 'balance';
CREATE INDEX payments_balance_of_booking_idx ON payments (booking_id) WHERE purpose = 'balance';

-- Money that arrives for a balance already paid (or not matching what Stripe says) is paid back,
-- without touching the booking it was for.
ALTER TABLE unbookable_payments DROP CONSTRAINT unbookable_payments_reason_check;
ALTER TABLE unbookable_payments ADD CONSTRAINT unbookable_payments_reason_check CHECK (reason IN (
  'class_full', 'class_cancelled', 'class_started', 'already_booked', 'booking_cancelled', 'mismatch',
  'slot_taken', 'appointment_started', 'nothing_due'));
