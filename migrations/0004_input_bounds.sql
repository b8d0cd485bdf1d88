-- Money in bigint minor units: a booking's total is its price times its spots, which overflows a
-- 32-bit integer long before it is an absurd amount in a currency with small units.
ALTER TABLE classes ALTER COLUMN price_amount TYPE bigint;
ALTER TABLE bookings ALTER COLUMN price_amount TYPE bigint;
ALTER TABLE payments ALTER COLUMN amount TYPE bigint, ALTER COLUMN refunded_amount TYPE bigint;
-- A column a trigger watches cannot change type, so the trigger is set up again around it.
DROP TRIGGER refunds_refunded_amount ON refunds;
ALTER TABLE refunds ALTER COLUMN amount TYPE bigint;

CREATE OR REPLACE FUNCTION refunds_maintain_refunded_amount() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  old_amount bigint := 0;
  new_amount bigint := 0;
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
