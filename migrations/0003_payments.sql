-- Payments: checkouts that hold a spot, card payments through Stripe, manual methods (Swish, bank
-- transfer) marked paid by staff, refunds, and the queue of payments that could not become bookings.
-- Money is integer minor units with a currency. "Paid" is derived from payment and refund rows.

ALTER TABLE organisations
  ADD COLUMN payment_methods text[] NOT NULL DEFAULT '{card,swish,venue}'
    CHECK (payment_methods <@ '{card,swish,bank_transfer,venue}'::text[]),
  ADD COLUMN hold_minutes integer NOT NULL DEFAULT 10 CHECK (hold_minutes BETWEEN 1 AND 1440),
  ADD COLUMN manual_payment_hours integer NOT NULL DEFAULT 24 CHECK (manual_payment_hours BETWEEN 1 AND 720),
  ADD COLUMN swish_number text,
  ADD COLUMN bank_account text,
  -- What happens to a payment that succeeds when its booking cannot be made: refund it at once,
  -- or queue it for an admin to decide.
  ADD COLUMN unbookable_payment_policy text NOT NULL DEFAULT 'refund' CHECK (unbookable_payment_policy IN ('refund', 'queue'));

ALTER TABLE bookings DROP CONSTRAINT bookings_payment_method_check;
ALTER TABLE bookings ADD CONSTRAINT bookings_payment_method_check
  CHECK (payment_method IN ('venue', 'free', 'card', 'swish', 'bank_transfer'));
-- A pending booking holds its spots until this moment (checkout or payment deadline).
ALTER TABLE bookings ADD COLUMN hold_expires_at timestamptz;
ALTER TABLE bookings ADD CONSTRAINT bookings_pending_has_hold CHECK (status <> 'pending' OR hold_expires_at IS NOT NULL);
CREATE INDEX bookings_holds ON bookings (hold_expires_at) WHERE status = 'pending';

CREATE TABLE payments (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  org_id uuid NOT NULL,
  booking_id uuid NOT NULL,
  method text NOT NULL CHECK (method IN ('card', 'swish', 'bank_transfer')),
  amount integer NOT NULL CHECK (amount > 0),
  currency char(3) NOT NULL,
  status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'succeeded', 'failed', 'cancelled')),
  -- Stripe's PaymentIntent id for cards; the reference the customer writes for manual methods.
  provider_ref text UNIQUE,
  client_secret text,
  reference text,
  failure_reason text,
  -- Kept by the refunds trigger; the CHECK makes refunding more than was paid impossible.
  refunded_amount integer NOT NULL DEFAULT 0,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  succeeded_at timestamptz,
  UNIQUE (org_id, id),
  UNIQUE (org_id, reference),
  -- Deferred: a checkout writes its payment before the statement that locks the class and inserts
  -- the booking, so that the lock is held as briefly as possible.
  FOREIGN KEY (org_id, booking_id) REFERENCES bookings (org_id, id) ON DELETE RESTRICT DEFERRABLE INITIALLY DEFERRED,
  CONSTRAINT payments_refund_limit CHECK (refunded_amount BETWEEN 0 AND amount)
);
-- One live payment per booking.
CREATE UNIQUE INDEX payments_one_live_per_booking ON payments (booking_id) WHERE status IN ('pending', 'succeeded');
CREATE INDEX payments_org_created ON payments (org_id, created_at DESC);

CREATE TABLE refunds (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  org_id uuid NOT NULL,
  payment_id uuid NOT NULL,
  amount integer NOT NULL CHECK (amount > 0),
  currency char(3) NOT NULL,
  status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'succeeded', 'failed')),
  reason text NOT NULL,
  provider_ref text UNIQUE,
  failure_reason text,
  created_by uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  settled_at timestamptz,
  UNIQUE (org_id, id),
  FOREIGN KEY (org_id, payment_id) REFERENCES payments (org_id, id) ON DELETE RESTRICT
);
CREATE INDEX refunds_payment ON refunds (payment_id);

-- Pending and succeeded refunds count against the payment; a failed one gives the money back.
CREATE FUNCTION refunds_maintain_refunded_amount() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  old_amount integer := 0;
  new_amount integer := 0;
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') AND OLD.status <> 'failed' THEN old_amount := OLD.amount; END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') AND NEW.status <> 'failed' THEN new_amount := NEW.amount; END IF;
  IF new_amount <> old_amount THEN
    UPDATE payments SET refunded_amount = refunded_amount + new_amount - old_amount
    WHERE id = COALESCE(CASE WHEN TG_OP = 'DELETE' THEN OLD.payment_id ELSE NEW.payment_id END, OLD.payment_id);
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER refunds_refunded_amount
  AFTER INSERT OR UPDATE OF status, amount OR DELETE ON refunds
  FOR EACH ROW EXECUTE FUNCTION refunds_maintain_refunded_amount();

-- Each Stripe event is processed once, whatever the number of deliveries.
CREATE TABLE stripe_events (
  id text PRIMARY KEY,
  org_id uuid REFERENCES organisations (id) ON DELETE CASCADE,
  type text NOT NULL,
  received_at timestamptz NOT NULL DEFAULT now(),
  processed_at timestamptz
);

-- A payment that succeeded but could not become a booking: never left to chance.
CREATE TABLE unbookable_payments (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  org_id uuid NOT NULL,
  payment_id uuid NOT NULL UNIQUE,
  booking_id uuid NOT NULL,
  reason text NOT NULL CHECK (reason IN ('class_full', 'class_cancelled', 'class_started', 'already_booked', 'booking_cancelled', 'mismatch')),
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'refunding', 'refunded', 'booked')),
  created_at timestamptz NOT NULL DEFAULT now(),
  resolved_at timestamptz,
  resolved_by uuid,
  FOREIGN KEY (org_id, payment_id) REFERENCES payments (org_id, id) ON DELETE RESTRICT
);
CREATE INDEX unbookable_payments_org ON unbookable_payments (org_id, status, created_at DESC);
