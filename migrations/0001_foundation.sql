-- Slotwise foundation: organisations, accounts, classes, bookings, audit log, idempotency.
-- Every business row carries org_id; child rows reference their parent through (org_id, id)
-- so that a row can never point at another organisation's data.

CREATE TABLE organisations (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  slug text NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9][a-z0-9-]{1,62}$'),
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  time_zone text NOT NULL DEFAULT 'Europe/Stockholm',
  currency char(3) NOT NULL DEFAULT 'SEK' CHECK (currency ~ '^[A-Z]{3}$'),
  default_locale text NOT NULL DEFAULT 'en' CHECK (default_locale IN ('en', 'sv')),
  cancellation_deadline_hours integer NOT NULL DEFAULT 24 CHECK (cancellation_deadline_hours BETWEEN 0 AND 8760),
  is_default boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now()
);
-- At most one organisation answers requests that do not name one.
CREATE UNIQUE INDEX organisations_one_default ON organisations (is_default) WHERE is_default;

CREATE TABLE users (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  org_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  email text NOT NULL CHECK (email = lower(email) AND length(email) BETWEEN 3 AND 320),
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  password_hash text NOT NULL,
  role text NOT NULL DEFAULT 'customer' CHECK (role IN ('customer', 'staff', 'admin')),
  locale text CHECK (locale IN ('en', 'sv')),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (org_id, email),
  UNIQUE (org_id, id)
);

CREATE TABLE sessions (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  org_id uuid NOT NULL,
  user_id uuid NOT NULL,
  token_hash text NOT NULL UNIQUE,
  csrf_token text NOT NULL,
  ip text,
  user_agent text,
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  FOREIGN KEY (org_id, user_id) REFERENCES users (org_id, id) ON DELETE CASCADE
);
CREATE INDEX sessions_user ON sessions (org_id, user_id);

CREATE TABLE password_reset_tokens (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  org_id uuid NOT NULL,
  user_id uuid NOT NULL,
  token_hash text NOT NULL UNIQUE,
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  used_at timestamptz,
  FOREIGN KEY (org_id, user_id) REFERENCES users (org_id, id) ON DELETE CASCADE
);

-- A customer is whoever books: a guest known by email, or an account (user_id set).
-- Guest history is not merged into an account without a verified email.
CREATE TABLE customers (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  org_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  user_id uuid,
  email text NOT NULL CHECK (email = lower(email) AND length(email) BETWEEN 3 AND 320),
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  locale text CHECK (locale IN ('en', 'sv')),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (org_id, id),
  FOREIGN KEY (org_id, user_id) REFERENCES users (org_id, id) ON DELETE SET NULL (user_id)
);
CREATE UNIQUE INDEX customers_one_per_user ON customers (org_id, user_id) WHERE user_id IS NOT NULL;
CREATE UNIQUE INDEX customers_one_guest_per_email ON customers (org_id, email) WHERE user_id IS NULL;

CREATE TABLE classes (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  org_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
  description text NOT NULL DEFAULT '',
  instructor_name text NOT NULL DEFAULT '',
  location text NOT NULL DEFAULT '',
  starts_at timestamptz NOT NULL,
  ends_at timestamptz NOT NULL,
  max_spots integer NOT NULL CHECK (max_spots > 0),
  max_spots_per_customer integer NOT NULL DEFAULT 1,
  price_amount integer NOT NULL CHECK (price_amount >= 0),
  currency char(3) NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
  status text NOT NULL DEFAULT 'scheduled' CHECK (status IN ('scheduled', 'cancelled')),
  -- Maintained by the bookings trigger below. The CHECK is the database's own guarantee
  -- against overbooking: no code path can commit more active spots than max_spots.
  spots_taken integer NOT NULL DEFAULT 0,
  cancelled_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (org_id, id),
  CONSTRAINT classes_ends_after_start CHECK (ends_at > starts_at),
  CONSTRAINT classes_spots_per_customer CHECK (max_spots_per_customer BETWEEN 1 AND max_spots),
  CONSTRAINT classes_capacity CHECK (spots_taken BETWEEN 0 AND max_spots)
);
CREATE INDEX classes_org_start ON classes (org_id, starts_at);

CREATE TABLE bookings (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  org_id uuid NOT NULL,
  class_id uuid NOT NULL,
  customer_id uuid NOT NULL,
  spots integer NOT NULL DEFAULT 1 CHECK (spots > 0),
  status text NOT NULL CHECK (status IN ('pending', 'confirmed', 'cancelled')),
  manage_token text NOT NULL UNIQUE,
  price_amount integer NOT NULL CHECK (price_amount >= 0),
  currency char(3) NOT NULL,
  payment_method text NOT NULL CHECK (payment_method IN ('venue', 'free')),
  source text NOT NULL CHECK (source IN ('guest', 'account', 'staff')),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  cancelled_at timestamptz,
  cancelled_by text CHECK (cancelled_by IN ('customer', 'staff', 'system')),
  cancel_reason text,
  UNIQUE (org_id, id),
  FOREIGN KEY (org_id, class_id) REFERENCES classes (org_id, id) ON DELETE RESTRICT,
  FOREIGN KEY (org_id, customer_id) REFERENCES customers (org_id, id) ON DELETE RESTRICT,
  CONSTRAINT bookings_cancelled_has_time CHECK ((status = 'cancelled') = (cancelled_at IS NOT NULL))
);
-- One active booking per customer per class: a second attempt finds the first.
CREATE UNIQUE INDEX bookings_one_active_per_customer ON bookings (class_id, customer_id) WHERE status <> 'cancelled';
CREATE INDEX bookings_org_class ON bookings (org_id, class_id);
CREATE INDEX bookings_org_customer ON bookings (org_id, customer_id);
CREATE INDEX bookings_org_created ON bookings (org_id, created_at DESC);

CREATE FUNCTION bookings_maintain_spots_taken() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  old_spots integer := 0;
  new_spots integer := 0;
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') AND OLD.status <> 'cancelled' THEN old_spots := OLD.spots; END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') AND NEW.status <> 'cancelled' THEN new_spots := NEW.spots; END IF;
  IF TG_OP = 'UPDATE' AND OLD.class_id <> NEW.class_id THEN
    UPDATE classes SET spots_taken = spots_taken - old_spots WHERE id = OLD.class_id;
    UPDATE classes SET spots_taken = spots_taken + new_spots WHERE id = NEW.class_id;
  ELSIF TG_OP = 'DELETE' THEN
    UPDATE classes SET spots_taken = spots_taken - old_spots WHERE id = OLD.class_id AND old_spots <> 0;
  ELSIF new_spots <> old_spots THEN
    UPDATE classes SET spots_taken = spots_taken + new_spots - old_spots WHERE id = NEW.class_id;
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER bookings_spots_taken
  AFTER INSERT OR UPDATE OF status, spots, class_id OR DELETE ON bookings
  FOR EACH ROW EXECUTE FUNCTION bookings_maintain_spots_taken();

CREATE TABLE audit_log (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  org_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  occurred_at timestamptz NOT NULL DEFAULT now(),
  actor_type text NOT NULL CHECK (actor_type IN ('user', 'guest', 'system')),
  actor_id uuid,
  ip text,
  user_agent text,
  request_id text,
  action text NOT NULL,
  entity_type text NOT NULL,
  entity_id uuid NOT NULL,
  before jsonb,
  after jsonb
);
CREATE INDEX audit_log_entity ON audit_log (org_id, entity_type, entity_id, id DESC);
CREATE INDEX audit_log_recent ON audit_log (org_id, id DESC);

-- A retried POST with the same key returns the stored response. The row is written in the
-- same transaction as what the request creates, so a concurrent retry waits on the unique key.
CREATE TABLE idempotency_keys (
  org_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  scope text NOT NULL,
  key text NOT NULL,
  request_hash text NOT NULL,
  response_status integer NOT NULL,
  response_body jsonb NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (org_id, scope, key)
);
CREATE INDEX idempotency_keys_created ON idempotency_keys (created_at);
