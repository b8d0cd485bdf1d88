-- Loyalty: an organisation's earning rule, a catalogue of rewards, and per customer an append-only
-- points ledger whose balance a trigger keeps, with a CHECK that makes a negative balance impossible
-- whatever the code does (the same shape as the credit ledger in 0011).

CREATE TABLE loyalty_settings (
  org_id uuid PRIMARY KEY REFERENCES organisations (id) ON DELETE CASCADE,
  enabled boolean NOT NULL DEFAULT false,
  -- Points per whole currency unit paid, in basis points: 10000 is one point per krona. A payment
  -- earns floor(amount in units × rate / 10000) points, rounded down once per payment.
  points_per_unit_bp integer NOT NULL DEFAULT 10000 CHECK (points_per_unit_bp BETWEEN 0 AND 1000000),
  updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE loyalty_rewards (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  org_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  description text NOT NULL DEFAULT '' CHECK (length(description) <= 2000),
  cost_points integer NOT NULL CHECK (cost_points BETWEEN 1 AND 100000000),
  -- NULL: unlimited. Each redemption takes one under the reward's row lock; the CHECK is the limit.
  stock integer CONSTRAINT loyalty_rewards_stock CHECK (stock >= 0),
  active boolean NOT NULL DEFAULT true,
  -- What redeeming issues: a single-use promo code, credits, or a product that staff hand over.
  kind text NOT NULL CHECK (kind IN ('promo', 'credits', 'product')),
  promo_kind text CHECK (promo_kind IN ('percent', 'fixed')),
  promo_value integer CHECK (promo_value BETWEEN 1 AND 100000000),
  promo_valid_days integer CHECK (promo_valid_days BETWEEN 1 AND 3650),
  credits integer CHECK (credits BETWEEN 1 AND 10000),
  credits_valid_days integer CHECK (credits_valid_days BETWEEN 1 AND 3650),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (org_id, id),
  CONSTRAINT loyalty_rewards_issues CHECK (
    (kind = 'promo') = (promo_kind IS NOT NULL AND promo_value IS NOT NULL)
    AND (kind = 'credits') = (credits IS NOT NULL)
    AND (promo_kind IS DISTINCT FROM 'percent' OR promo_value <= 10000))
);

-- One row per customer who ever held points; its row lock serialises every change to their points.
CREATE TABLE loyalty_balances (
  org_id uuid NOT NULL,
  customer_id uuid NOT NULL,
  balance integer NOT NULL DEFAULT 0 CONSTRAINT loyalty_balances_not_negative CHECK (balance >= 0),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (org_id, customer_id),
  FOREIGN KEY (org_id, customer_id) REFERENCES customers (org_id, id) ON DELETE CASCADE
);

CREATE TABLE loyalty_redemptions (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  org_id uuid NOT NULL,
  customer_id uuid NOT NULL,
  reward_id uuid NOT NULL,
  -- What was redeemed, fixed at the time: a later change of the reward does not change it.
  reward_name text NOT NULL,
  kind text NOT NULL CHECK (kind IN ('promo', 'credits', 'product')),
  points integer NOT NULL CHECK (points > 0),
  status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'fulfilled', 'cancelled')),
  promo_code_id uuid,
  credit_grant_id uuid,
  handled_by uuid,
  fulfilled_at timestamptz,
  cancelled_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (org_id, id),
  FOREIGN KEY (org_id, customer_id) REFERENCES customers (org_id, id) ON DELETE CASCADE,
  FOREIGN KEY (org_id, reward_id) REFERENCES loyalty_rewards (org_id, id) ON DELETE RESTRICT,
  FOREIGN KEY (org_id, promo_code_id) REFERENCES promo_codes (org_id, id) ON DELETE SET NULL (promo_code_id),
  FOREIGN KEY (org_id, credit_grant_id) REFERENCES credit_grants (org_id, id) ON DELETE SET NULL (credit_grant_id)
);
CREATE INDEX loyalty_redemptions_customer ON loyalty_redemptions (org_id, customer_id, created_at DESC);
CREATE INDEX loyalty_redemptions_status ON loyalty_redemptions (org_id, status, created_at DESC);

CREATE TABLE loyalty_ledger (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  org_id uuid NOT NULL,
  customer_id uuid NOT NULL,
  kind text NOT NULL CHECK (kind IN ('earn', 'refund', 'redeem', 'return', 'adjustment')),
  delta integer NOT NULL,
  -- A refund's take-back that found the points already spent: what could not be taken back.
  shortfall integer NOT NULL DEFAULT 0 CHECK (shortfall >= 0),
  reason text NOT NULL CHECK (length(reason) BETWEEN 1 AND 500),
  payment_id uuid,
  refund_id uuid,
  redemption_id uuid,
  actor_user_id uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  FOREIGN KEY (org_id, customer_id) REFERENCES customers (org_id, id) ON DELETE CASCADE,
  FOREIGN KEY (org_id, payment_id) REFERENCES payments (org_id, id) ON DELETE RESTRICT,
  FOREIGN KEY (org_id, refund_id) REFERENCES refunds (org_id, id) ON DELETE RESTRICT,
  FOREIGN KEY (org_id, redemption_id) REFERENCES loyalty_redemptions (org_id, id) ON DELETE CASCADE,
  CHECK (
    (kind IN ('earn', 'return') AND delta > 0)
    OR (kind = 'redeem' AND delta < 0)
    -- A take-back may find nothing left to take: the row records the shortfall alone.
    OR (kind = 'refund' AND delta <= 0 AND (delta < 0 OR shortfall > 0))
    OR (kind = 'adjustment' AND delta <> 0)),
  CHECK (kind = 'refund' OR shortfall = 0)
);
CREATE INDEX loyalty_ledger_customer ON loyalty_ledger (org_id, customer_id, created_at DESC);
-- A payment earns once and a refund takes back once: a webhook retry or a racing settlement that
-- got this far inserts nothing. One redemption is spent once and returned once.
CREATE UNIQUE INDEX loyalty_ledger_earn_once ON loyalty_ledger (payment_id) WHERE kind = 'earn';
CREATE UNIQUE INDEX loyalty_ledger_refund_once ON loyalty_ledger (refund_id) WHERE kind = 'refund';
CREATE UNIQUE INDEX loyalty_ledger_redeem_once ON loyalty_ledger (redemption_id) WHERE kind = 'redeem';
CREATE UNIQUE INDEX loyalty_ledger_return_once ON loyalty_ledger (redemption_id) WHERE kind = 'return';

-- Every ledger row moves the customer's balance by its delta in the inserting statement; the CHECK
-- refuses the row when the balance would go below zero.
CREATE FUNCTION loyalty_ledger_apply() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.delta = 0 THEN RETURN NULL; END IF;
  -- An UPDATE first, not INSERT … ON CONFLICT: the CHECK applies to the proposed row before the
  -- conflict, so a negative delta would be refused even against a positive balance.
  UPDATE loyalty_balances SET balance = balance + NEW.delta, updated_at = now()
  WHERE org_id = NEW.org_id AND customer_id = NEW.customer_id;
  IF NOT FOUND THEN
    INSERT INTO loyalty_balances (org_id, customer_id, balance) VALUES (NEW.org_id, NEW.customer_id, NEW.delta);
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER loyalty_ledger_apply AFTER INSERT ON loyalty_ledger FOR EACH ROW EXECUTE FUNCTION loyalty_ledger_apply();
