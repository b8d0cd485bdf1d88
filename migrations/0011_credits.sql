-- Prepaid credits: class types (what a package may be limited to), packages, their purchases (paid
-- through the ordinary payment rows), credit grants and an append-only ledger. The balance of a
-- customer is kept by a trigger from the ledger, and CHECKs make a negative balance or a negative
-- grant impossible whatever the code does.

CREATE TABLE class_types (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  org_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (org_id, id)
);
CREATE UNIQUE INDEX class_types_name ON class_types (org_id, lower(name));

ALTER TABLE classes ADD COLUMN class_type_id uuid;
-- Deleting a class type leaves its classes untyped (only the type column is cleared, not org_id).
ALTER TABLE classes ADD CONSTRAINT classes_class_type_fk
  FOREIGN KEY (org_id, class_type_id) REFERENCES class_types (org_id, id) ON DELETE SET NULL (class_type_id);

CREATE TABLE packages (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  org_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  credits integer NOT NULL CHECK (credits BETWEEN 1 AND 10000),
  price_amount bigint NOT NULL CHECK (price_amount BETWEEN 1 AND 100000000),
  currency char(3) NOT NULL,
  validity_days integer NOT NULL CHECK (validity_days BETWEEN 1 AND 3650),
  -- What the credits pay for: every class, classes of the listed types, the listed services, or
  -- anything bookable. scope_ids holds the class type or service ids.
  scope text NOT NULL CHECK (scope IN ('all_classes', 'class_types', 'services', 'everything')),
  scope_ids uuid[] NOT NULL DEFAULT '{}',
  credits_per_booking integer NOT NULL DEFAULT 1 CHECK (credits_per_booking BETWEEN 1 AND 1000),
  active boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (org_id, id),
  CHECK ((scope IN ('class_types', 'services')) = (cardinality(scope_ids) > 0))
);

-- One sale of a package to a customer, with what was sold fixed at the time of sale: a later change
-- of the package does not change what the customer gets.
CREATE TABLE package_purchases (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  org_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  package_id uuid NOT NULL,
  customer_id uuid NOT NULL,
  method text NOT NULL CHECK (method IN ('card', 'swish', 'bank_transfer', 'venue')),
  status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'paid', 'failed', 'refunded')),
  credits integer NOT NULL CHECK (credits > 0),
  price_amount bigint NOT NULL CHECK (price_amount > 0),
  currency char(3) NOT NULL,
  validity_days integer NOT NULL CHECK (validity_days > 0),
  scope text NOT NULL,
  scope_ids uuid[] NOT NULL,
  credits_per_booking integer NOT NULL CHECK (credits_per_booking > 0),
  sold_by uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (org_id, id),
  FOREIGN KEY (org_id, package_id) REFERENCES packages (org_id, id) ON DELETE RESTRICT,
  FOREIGN KEY (org_id, customer_id) REFERENCES customers (org_id, id) ON DELETE RESTRICT
);
CREATE INDEX package_purchases_customer ON package_purchases (org_id, customer_id, created_at DESC);

-- A payment pays for a booking or for a package purchase, never both, never neither.
ALTER TABLE payments ALTER COLUMN booking_id DROP NOT NULL;
ALTER TABLE payments ADD COLUMN package_purchase_id uuid;
ALTER TABLE payments ADD CONSTRAINT payments_package_purchase_fk
  FOREIGN KEY (org_id, package_purchase_id) REFERENCES package_purchases (org_id, id) ON DELETE RESTRICT;
ALTER TABLE payments ADD CONSTRAINT payments_pays_for_one
  CHECK ((booking_id IS NULL) <> (package_purchase_id IS NULL));
CREATE UNIQUE INDEX payments_one_live_per_purchase ON payments (package_purchase_id)
  WHERE status IN ('pending', 'succeeded');

-- A booking paid with credits has no payment row: its ledger rows are its record.
ALTER TABLE bookings DROP CONSTRAINT bookings_payment_method_check;
ALTER TABLE bookings ADD CONSTRAINT bookings_payment_method_check
  CHECK (payment_method IN ('venue', 'free', 'card', 'swish', 'bank_transfer', 'credits'));

-- One row per customer who ever held credits; its row lock serialises every use of their credits.
CREATE TABLE credit_balances (
  org_id uuid NOT NULL,
  customer_id uuid NOT NULL,
  balance integer NOT NULL DEFAULT 0 CONSTRAINT credit_balances_not_negative CHECK (balance >= 0),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (org_id, customer_id),
  FOREIGN KEY (org_id, customer_id) REFERENCES customers (org_id, id) ON DELETE CASCADE
);

CREATE TABLE credit_grants (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  org_id uuid NOT NULL,
  customer_id uuid NOT NULL,
  credits integer NOT NULL CHECK (credits > 0),
  remaining integer NOT NULL CONSTRAINT credit_grants_remaining CHECK (remaining BETWEEN 0 AND credits),
  -- NULL: never expires (a manual grant may be given without an end).
  expires_at timestamptz,
  source text NOT NULL CHECK (source IN ('package', 'adjustment', 'refund')),
  package_purchase_id uuid UNIQUE,
  -- One grant per payment: racing settlements of the same payment cannot both grant.
  payment_id uuid UNIQUE,
  scope text NOT NULL CHECK (scope IN ('all_classes', 'class_types', 'services', 'everything')),
  scope_ids uuid[] NOT NULL DEFAULT '{}',
  credits_per_booking integer NOT NULL DEFAULT 1 CHECK (credits_per_booking > 0),
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (org_id, id),
  FOREIGN KEY (org_id, customer_id) REFERENCES customers (org_id, id) ON DELETE CASCADE,
  FOREIGN KEY (org_id, package_purchase_id) REFERENCES package_purchases (org_id, id) ON DELETE RESTRICT,
  FOREIGN KEY (org_id, payment_id) REFERENCES payments (org_id, id) ON DELETE RESTRICT
);
CREATE INDEX credit_grants_customer ON credit_grants (org_id, customer_id, expires_at) WHERE remaining > 0;

CREATE TABLE credit_ledger (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  org_id uuid NOT NULL,
  customer_id uuid NOT NULL,
  grant_id uuid NOT NULL,
  kind text NOT NULL CHECK (kind IN ('grant', 'use', 'return', 'expiry', 'adjustment')),
  delta integer NOT NULL CHECK (delta <> 0),
  reason text NOT NULL CHECK (length(reason) BETWEEN 1 AND 500),
  actor_user_id uuid,
  booking_id uuid,
  payment_id uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  FOREIGN KEY (org_id, grant_id) REFERENCES credit_grants (org_id, id) ON DELETE CASCADE,
  CHECK ((kind IN ('grant', 'return') AND delta > 0) OR (kind IN ('use', 'expiry') AND delta < 0) OR kind = 'adjustment')
);
CREATE INDEX credit_ledger_customer ON credit_ledger (org_id, customer_id, created_at DESC);
CREATE INDEX credit_ledger_booking ON credit_ledger (booking_id) WHERE booking_id IS NOT NULL;

-- A grant is inserted with remaining 0 and its 'grant' ledger row brings it to its credits, so that
-- remaining is always the sum of the grant's ledger rows.
-- Every ledger row moves its grant's remaining credits and the customer's balance by its delta, in
-- the inserting statement; the CHECKs on both refuse the row if either would go below zero.
CREATE FUNCTION credit_ledger_apply() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE credit_grants SET remaining = remaining + NEW.delta WHERE id = NEW.grant_id AND customer_id = NEW.customer_id;
  IF NOT FOUND THEN RAISE EXCEPTION 'credit ledger row names grant % of another customer', NEW.grant_id; END IF;
  -- An UPDATE, not INSERT … ON CONFLICT: the CHECK applies to the proposed row before the conflict,
  -- so a negative delta would be refused even against a positive balance.
  UPDATE credit_balances SET balance = balance + NEW.delta, updated_at = now()
  WHERE org_id = NEW.org_id AND customer_id = NEW.customer_id;
  IF NOT FOUND THEN
    INSERT INTO credit_balances (org_id, customer_id, balance) VALUES (NEW.org_id, NEW.customer_id, NEW.delta);
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER credit_ledger_apply AFTER INSERT ON credit_ledger FOR EACH ROW EXECUTE FUNCTION credit_ledger_apply();

-- Cancellation policies: the organisation's default (no service, no class type) and overrides per
-- service or class type. Until the free period before the start a cancellation is free; after it,
-- the policy refuses a customer's cancellation, keeps a fee (fixed minor units or basis points of
-- what was paid) or refunds nothing. free_hours NULL means the organisation's
-- cancellation_deadline_hours, which stays the default policy's free period.
CREATE TABLE cancellation_policies (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  org_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  service_id uuid,
  class_type_id uuid,
  free_hours integer CHECK (free_hours BETWEEN 0 AND 8760),
  late_action text NOT NULL CHECK (late_action IN ('refuse', 'fee', 'no_refund')),
  late_fee_kind text CHECK (late_fee_kind IN ('fixed', 'percent')),
  late_fee_value integer CHECK (late_fee_value BETWEEN 0 AND 100000000),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (org_id, id),
  CONSTRAINT cancellation_policies_one_target CHECK (service_id IS NULL OR class_type_id IS NULL),
  CONSTRAINT cancellation_policies_fee CHECK (
    (late_action = 'fee') = (late_fee_kind IS NOT NULL AND late_fee_value IS NOT NULL)
    AND (late_fee_kind IS DISTINCT FROM 'percent' OR late_fee_value <= 10000)),
  FOREIGN KEY (org_id, service_id) REFERENCES services (org_id, id) ON DELETE CASCADE,
  FOREIGN KEY (org_id, class_type_id) REFERENCES class_types (org_id, id) ON DELETE CASCADE
);
-- One policy per target (and one default) per organisation.
CREATE UNIQUE INDEX cancellation_policies_target ON cancellation_policies
  (org_id, COALESCE(service_id, class_type_id, '00000000-0000-0000-0000-000000000000'::uuid));

-- What a late cancellation's fee kept of a payment: the rest is refunded, and the money invariant
-- counts the kept part as settled (refunded + retained never exceeds what was paid).
ALTER TABLE payments ADD COLUMN retained_amount bigint NOT NULL DEFAULT 0;
ALTER TABLE payments ADD CONSTRAINT payments_retained_limit
  CHECK (retained_amount >= 0 AND refunded_amount + retained_amount <= amount);
