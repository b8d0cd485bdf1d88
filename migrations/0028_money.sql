-- Issue 10's last pieces: repricing a reschedule, and the no-show fee of a booking not paid in full.

-- Moving a booking to a cheaper time gives the difference back (a card refund). That money no longer
-- counts as paid toward the price, unlike a goodwill refund of a live booking (which is not a debt):
-- moved back to the dearer time, the customer owes the difference again.
ALTER TABLE payments
  ADD COLUMN repriced_amount bigint NOT NULL DEFAULT 0,
  ADD CONSTRAINT payments_repriced_within CHECK (repriced_amount BETWEEN 0 AND amount);

-- A no-show under a policy with a no-show fee owes the fee, not the price: what was not paid yet (at
-- the venue, the rest after a deposit) is due only up to the fee. Null: the booking owes its price.
ALTER TABLE bookings
  ADD COLUMN no_show_fee_amount bigint,
  ADD CONSTRAINT bookings_no_show_fee_within CHECK (no_show_fee_amount BETWEEN 0 AND price_amount);
