-- Issue 10's leftovers: refund as credit, no-show fees, refunds of package payments.

-- A policy says where a cancellation's refund goes: back by the original method ('card': a card
-- refund, or the admin queue for Swish and transfers) or as credits for the same kind of booking,
-- valid credit_validity_days. A no-show keeps everything paid unless the policy names a fee, in which
-- case the fee is kept and the rest goes back as a cancellation's refund would.
ALTER TABLE cancellation_policies
  ADD COLUMN refund_to text NOT NULL DEFAULT 'card' CHECK (refund_to IN ('card', 'credit')),
  ADD COLUMN credit_validity_days integer NOT NULL DEFAULT 365 CHECK (credit_validity_days BETWEEN 1 AND 3650),
  ADD COLUMN no_show_fee_kind text CHECK (no_show_fee_kind IN ('fixed', 'percent')),
  ADD COLUMN no_show_fee_value integer CHECK (no_show_fee_value BETWEEN 0 AND 100000000),
  ADD CONSTRAINT cancellation_policies_no_show_fee CHECK (
    (no_show_fee_kind IS NULL) = (no_show_fee_value IS NULL)
    AND (no_show_fee_kind IS DISTINCT FROM 'percent' OR no_show_fee_value <= 10000));

-- What of a payment became credits (refund as credit): settled money, like refunded and retained,
-- so that refunded + retained + credited never exceeds what was paid.
ALTER TABLE payments ADD COLUMN credited_amount bigint NOT NULL DEFAULT 0;
ALTER TABLE payments DROP CONSTRAINT payments_retained_limit;
ALTER TABLE payments ADD CONSTRAINT payments_settled_limit
  CHECK (retained_amount >= 0 AND credited_amount >= 0 AND refunded_amount + retained_amount + credited_amount <= amount);

-- A no-show's refund of a Swish or transfer payment waits on the admin queue like a cancellation's;
-- a late payment whose booking cannot take its promo use back (the code's limit is reached) is
-- unbookable.
ALTER TABLE unbookable_payments DROP CONSTRAINT unbookable_payments_reason_check;
ALTER TABLE unbookable_payments ADD CONSTRAINT unbookable_payments_reason_check CHECK (reason IN (
  'class_full', 'class_cancelled', 'class_started', 'already_booked', 'booking_cancelled', 'mismatch',
  'slot_taken', 'appointment_started', 'nothing_due', 'no_show', 'promo_exhausted'));
