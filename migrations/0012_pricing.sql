-- Pricing: tax rates, holidays, surcharge rules, the service area, deposits, promo codes and the
-- price lines each booking keeps. The pure engine (src/modules/pricing/pricing.engine.ts) turns these
-- into a quote; this schema keeps the limits that must hold whatever code writes: a promo code is never
-- used more often than allowed (a trigger-kept count under a CHECK, the count's row lock serialising
-- uses), and a cancelled booking gives its use back (a trigger on the booking's status).

CREATE TABLE tax_rates (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  org_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
  basis_points integer NOT NULL CHECK (basis_points BETWEEN 0 AND 10000), -- 2500 = 25 %
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (org_id, id),
  UNIQUE (org_id, name)
);

-- Prices are entered with tax included (as Swedish consumer prices are) unless the organisation says not.
-- A service or class without a rate of its own is taxed at the organisation's default; no default, no VAT line.
-- A rate in use cannot be deleted (the plain foreign keys refuse): deleting it would change prices quietly.
ALTER TABLE organisations
  ADD COLUMN prices_include_tax boolean NOT NULL DEFAULT true,
  ADD COLUMN default_tax_rate_id uuid,
  ADD CONSTRAINT organisations_default_tax_rate_fk FOREIGN KEY (id, default_tax_rate_id) REFERENCES tax_rates (org_id, id);

-- Deposits: none, a percent of the total (basis points) or a fixed amount, capped at the total by the engine.
ALTER TABLE services
  ADD COLUMN tax_rate_id uuid,
  ADD COLUMN deposit_kind text NOT NULL DEFAULT 'none' CHECK (deposit_kind IN ('none', 'percent', 'fixed')),
  ADD COLUMN deposit_value integer NOT NULL DEFAULT 0,
  ADD CONSTRAINT services_tax_rate_fk FOREIGN KEY (org_id, tax_rate_id) REFERENCES tax_rates (org_id, id),
  ADD CONSTRAINT services_deposit_value CHECK (
    (deposit_kind = 'none' AND deposit_value = 0)
    OR (deposit_kind = 'percent' AND deposit_value BETWEEN 1 AND 10000)
    OR (deposit_kind = 'fixed' AND deposit_value BETWEEN 1 AND 100000000));
ALTER TABLE classes
  ADD COLUMN tax_rate_id uuid,
  ADD COLUMN deposit_kind text NOT NULL DEFAULT 'none' CHECK (deposit_kind IN ('none', 'percent', 'fixed')),
  ADD COLUMN deposit_value integer NOT NULL DEFAULT 0,
  ADD CONSTRAINT classes_tax_rate_fk FOREIGN KEY (org_id, tax_rate_id) REFERENCES tax_rates (org_id, id),
  ADD CONSTRAINT classes_deposit_value CHECK (
    (deposit_kind = 'none' AND deposit_value = 0)
    OR (deposit_kind = 'percent' AND deposit_value BETWEEN 1 AND 10000)
    OR (deposit_kind = 'fixed' AND deposit_value BETWEEN 1 AND 100000000));

-- The Swedish VAT rates as a start, for every organisation (the admin renames, adds or deletes them);
-- none is the default, so existing prices book exactly as before until the admin chooses one.
CREATE FUNCTION organisations_seed_tax_rates() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO tax_rates (org_id, name, basis_points)
  VALUES (NEW.id, 'VAT 25 %', 2500), (NEW.id, 'VAT 12 %', 1200), (NEW.id, 'VAT 6 %', 600), (NEW.id, 'VAT 0 %', 0);
  RETURN NULL;
END
$$;
CREATE TRIGGER organisations_seed_tax_rates AFTER INSERT ON organisations
  FOR EACH ROW EXECUTE FUNCTION organisations_seed_tax_rates();
INSERT INTO tax_rates (org_id, name, basis_points)
SELECT o.id, r.name, r.basis_points
FROM organisations o
CROSS JOIN (VALUES ('VAT 25 %', 2500), ('VAT 12 %', 1200), ('VAT 6 %', 600), ('VAT 0 %', 0)) AS r (name, basis_points);

-- Public holidays the organisation lists, as local dates: the "holiday" surcharge applies on them.
CREATE TABLE holidays (
  org_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  day date NOT NULL,
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
  PRIMARY KEY (org_id, day)
);

-- Surcharges on appointments: by weekday and local time window, on holidays, or at short notice.
CREATE TABLE surcharge_rules (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  org_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
  when_kind text NOT NULL CHECK (when_kind IN ('weekly', 'holiday', 'short_notice')),
  weekdays smallint[] NOT NULL DEFAULT '{}' CHECK (weekdays <@ ARRAY[1, 2, 3, 4, 5, 6, 7]::smallint[]),
  from_time text CHECK (from_time ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'),
  until_time text CHECK (until_time ~ '^(([01][0-9]|2[0-3]):[0-5][0-9]|24:00)$'),
  within_minutes integer CHECK (within_minutes BETWEEN 1 AND 100000),
  adjustment_kind text NOT NULL CHECK (adjustment_kind IN ('percent', 'fixed')),
  adjustment_value integer NOT NULL CHECK (adjustment_value BETWEEN 1 AND 100000000),
  active boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (org_id, id),
  CONSTRAINT surcharge_rules_shape CHECK (
    (when_kind = 'weekly' AND cardinality(weekdays) > 0 AND within_minutes IS NULL
      -- A window whose end comes before its start runs past midnight (18:00–06:00).
      AND (from_time IS NULL OR until_time IS NULL OR from_time <> until_time))
    OR (when_kind = 'holiday' AND cardinality(weekdays) = 0 AND from_time IS NULL AND until_time IS NULL
      AND within_minutes IS NULL)
    OR (when_kind = 'short_notice' AND cardinality(weekdays) = 0 AND from_time IS NULL AND until_time IS NULL
      AND within_minutes IS NOT NULL)),
  CONSTRAINT surcharge_rules_percent CHECK (adjustment_kind <> 'percent' OR adjustment_value <= 10000)
);

-- Where the organisation goes to its customers: a centre with distance bands, and postcode zones.
CREATE TABLE service_areas (
  org_id uuid PRIMARY KEY REFERENCES organisations (id) ON DELETE CASCADE,
  centre_lat double precision CHECK (centre_lat BETWEEN -90 AND 90),
  centre_lon double precision CHECK (centre_lon BETWEEN -180 AND 180),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT service_areas_centre_pair CHECK ((centre_lat IS NULL) = (centre_lon IS NULL))
);
CREATE TABLE service_area_bands (
  org_id uuid NOT NULL REFERENCES service_areas (org_id) ON DELETE CASCADE,
  up_to_km integer NOT NULL CHECK (up_to_km BETWEEN 1 AND 20000),
  fixed_amount integer NOT NULL CHECK (fixed_amount BETWEEN 0 AND 100000000),
  per_km_amount integer NOT NULL CHECK (per_km_amount BETWEEN 0 AND 10000000),
  PRIMARY KEY (org_id, up_to_km)
);
CREATE TABLE postcode_zones (
  org_id uuid NOT NULL REFERENCES service_areas (org_id) ON DELETE CASCADE,
  prefix text NOT NULL CHECK (prefix ~ '^[A-Z0-9]{1,10}$'), -- upper case, without spaces
  amount integer NOT NULL CHECK (amount BETWEEN 0 AND 100000000),
  PRIMARY KEY (org_id, prefix)
);

CREATE TABLE promo_codes (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  org_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  code text NOT NULL CHECK (code ~ '^[A-Za-z0-9_-]{2,40}$'),
  adjustment_kind text NOT NULL CHECK (adjustment_kind IN ('percent', 'fixed')),
  adjustment_value integer NOT NULL CHECK (adjustment_value BETWEEN 1 AND 100000000),
  valid_from timestamptz,
  valid_until timestamptz,
  applies_to text NOT NULL DEFAULT 'all' CHECK (applies_to IN ('all', 'classes', 'services', 'listed')),
  -- For 'listed': the services and classes it applies to (checked to be the organisation's when written).
  service_ids uuid[] NOT NULL DEFAULT '{}' CHECK (cardinality(service_ids) <= 200),
  class_ids uuid[] NOT NULL DEFAULT '{}' CHECK (cardinality(class_ids) <= 200),
  minimum_order integer NOT NULL DEFAULT 0 CHECK (minimum_order BETWEEN 0 AND 100000000),
  max_uses integer CHECK (max_uses BETWEEN 1 AND 10000000),
  max_uses_per_customer integer CHECK (max_uses_per_customer BETWEEN 1 AND 10000),
  first_booking_only boolean NOT NULL DEFAULT false,
  active boolean NOT NULL DEFAULT true,
  -- Kept by the triggers on promo_uses; the CHECK is the limit, whatever the concurrency.
  uses_count integer NOT NULL DEFAULT 0,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (org_id, id),
  CONSTRAINT promo_codes_percent CHECK (adjustment_kind <> 'percent' OR adjustment_value <= 10000),
  CONSTRAINT promo_codes_window CHECK (valid_from IS NULL OR valid_until IS NULL OR valid_from < valid_until),
  CONSTRAINT promo_codes_uses_within_limit CHECK (uses_count >= 0 AND (max_uses IS NULL OR uses_count <= max_uses))
);
-- Codes are typed by people: "summer10" and "SUMMER10" are one code.
CREATE UNIQUE INDEX promo_codes_code ON promo_codes (org_id, lower(code));

CREATE TABLE promo_uses (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  org_id uuid NOT NULL,
  promo_id uuid NOT NULL,
  booking_id uuid NOT NULL UNIQUE,
  customer_id uuid NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  FOREIGN KEY (org_id, promo_id) REFERENCES promo_codes (org_id, id) ON DELETE RESTRICT,
  FOREIGN KEY (org_id, booking_id) REFERENCES bookings (org_id, id) ON DELETE CASCADE,
  FOREIGN KEY (org_id, customer_id) REFERENCES customers (org_id, id) ON DELETE CASCADE
);
CREATE INDEX promo_uses_customer ON promo_uses (promo_id, customer_id);

-- The count moves with the rows; its UPDATE locks the code's row, so concurrent uses of one code
-- queue here and the CHECK refuses the one past the limit.
CREATE FUNCTION promo_uses_count() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    UPDATE promo_codes SET uses_count = uses_count + 1 WHERE id = NEW.promo_id;
  ELSE
    UPDATE promo_codes SET uses_count = uses_count - 1 WHERE id = OLD.promo_id;
  END IF;
  RETURN NULL;
END
$$;
CREATE TRIGGER promo_uses_count AFTER INSERT OR DELETE ON promo_uses
  FOR EACH ROW EXECUTE FUNCTION promo_uses_count();

-- Every way a booking ends up cancelled (by the customer, by staff, with its class, a hold that lapsed)
-- gives its promo use back, here rather than in each of those paths.
CREATE FUNCTION bookings_release_promo_use() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM promo_uses WHERE booking_id = NEW.id;
  RETURN NULL;
END
$$;
CREATE TRIGGER bookings_release_promo_use AFTER UPDATE OF status ON bookings
  FOR EACH ROW WHEN (NEW.status = 'cancelled' AND OLD.status <> 'cancelled')
  EXECUTE FUNCTION bookings_release_promo_use();

-- The quote a booking was made at: its totals (bookings.price_amount stays the total) and, below, its
-- lines with each line's tax, so that invoices can be built from them.
CREATE TABLE booking_quotes (
  org_id uuid NOT NULL,
  booking_id uuid PRIMARY KEY,
  prices_include_tax boolean NOT NULL,
  subtotal bigint NOT NULL CHECK (subtotal >= 0),
  discount bigint NOT NULL CHECK (discount BETWEEN 0 AND subtotal),
  tax_total bigint NOT NULL CHECK (tax_total >= 0),
  total bigint NOT NULL CHECK (total >= 0),
  deposit_due_now bigint NOT NULL CHECK (deposit_due_now BETWEEN 0 AND total),
  promo_id uuid,
  -- Deferred, as a payment's is: checkout writes the quote before it takes the class's or the providers'
  -- locks and inserts the booking, so that those locks are held no longer than they were.
  FOREIGN KEY (org_id, booking_id) REFERENCES bookings (org_id, id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
  FOREIGN KEY (org_id, promo_id) REFERENCES promo_codes (org_id, id) ON DELETE RESTRICT
);

CREATE TABLE booking_price_lines (
  org_id uuid NOT NULL,
  booking_id uuid NOT NULL,
  position smallint NOT NULL CHECK (position BETWEEN 0 AND 100),
  kind text NOT NULL CHECK (kind IN ('base', 'travel', 'surcharge', 'discount')),
  label text NOT NULL CHECK (length(label) BETWEEN 1 AND 200),
  quantity integer NOT NULL CHECK (quantity BETWEEN 1 AND 10000),
  unit_amount bigint NOT NULL,
  amount bigint NOT NULL,
  ref text CHECK (length(ref) <= 100),
  tax_name text CHECK (length(tax_name) <= 100),
  tax_basis_points integer CHECK (tax_basis_points BETWEEN 0 AND 10000),
  tax_amount bigint NOT NULL DEFAULT 0,
  PRIMARY KEY (booking_id, position),
  FOREIGN KEY (booking_id) REFERENCES booking_quotes (booking_id) ON DELETE CASCADE,
  CONSTRAINT booking_price_lines_tax_pair CHECK ((tax_name IS NULL) = (tax_basis_points IS NULL)),
  CONSTRAINT booking_price_lines_discount_sign CHECK ((kind = 'discount') = (amount < 0) OR amount = 0)
);
