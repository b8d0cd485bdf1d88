-- The appointment catalogue: locations, providers with their schedules, and services.
-- Schedules are local wall times "HH:MM" in the provider's zone (so 09:00 stays 09:00 across DST);
-- the availability engine turns them into instants. Intervals of one day never overlap: an exclusion
-- constraint says so, whatever code writes them.

CREATE EXTENSION IF NOT EXISTS btree_gist;

-- Minutes since midnight of a wall time "HH:MM" ("24:00" is 1440); for the overlap constraints.
CREATE FUNCTION wall_minutes(wall text) RETURNS integer
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  RETURN substr(wall, 1, 2)::integer * 60 + substr(wall, 4, 2)::integer;

CREATE TABLE locations (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  org_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  address_lines text[] NOT NULL DEFAULT '{}' CHECK (cardinality(address_lines) <= 4),
  postal_code text NOT NULL DEFAULT '' CHECK (length(postal_code) <= 20),
  city text NOT NULL DEFAULT '' CHECK (length(city) <= 100),
  country text NOT NULL DEFAULT '' CHECK (country = '' OR country ~ '^[A-Z]{2}$'),
  time_zone text NOT NULL CHECK (length(time_zone) BETWEEN 1 AND 64),
  latitude double precision CHECK (latitude BETWEEN -90 AND 90),
  longitude double precision CHECK (longitude BETWEEN -180 AND 180),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (org_id, id),
  CONSTRAINT locations_coordinates_pair CHECK ((latitude IS NULL) = (longitude IS NULL))
);
CREATE INDEX locations_org_name ON locations (org_id, name);

-- A class can name a location; the free-text `location` stays for what a location row does not say.
ALTER TABLE classes ADD COLUMN location_id uuid;
ALTER TABLE classes ADD CONSTRAINT classes_location_fk
  FOREIGN KEY (org_id, location_id) REFERENCES locations (org_id, id) ON DELETE RESTRICT;
CREATE INDEX classes_location ON classes (org_id, location_id) WHERE location_id IS NOT NULL;

CREATE TABLE providers (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  org_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  bio text NOT NULL DEFAULT '' CHECK (length(bio) <= 5000),
  -- The staff account that is this provider (sees their schedule, blocks time off). The role is
  -- checked by the service: a CHECK cannot look at another table.
  user_id uuid,
  time_zone text NOT NULL CHECK (length(time_zone) BETWEEN 1 AND 64),
  active boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (org_id, id),
  FOREIGN KEY (org_id, user_id) REFERENCES users (org_id, id) ON DELETE SET NULL (user_id)
);
CREATE UNIQUE INDEX providers_one_per_user ON providers (org_id, user_id) WHERE user_id IS NOT NULL;
CREATE INDEX providers_org_name ON providers (org_id, name);

CREATE TABLE provider_weekly_hours (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  org_id uuid NOT NULL,
  provider_id uuid NOT NULL,
  weekday smallint NOT NULL CHECK (weekday BETWEEN 1 AND 7), -- ISO: 1 = Monday … 7 = Sunday
  start_time text NOT NULL CHECK (start_time ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'),
  end_time text NOT NULL CHECK (end_time ~ '^(([01][0-9]|2[0-3]):[0-5][0-9]|24:00)$'),
  location_id uuid,
  FOREIGN KEY (org_id, provider_id) REFERENCES providers (org_id, id) ON DELETE CASCADE,
  FOREIGN KEY (org_id, location_id) REFERENCES locations (org_id, id) ON DELETE RESTRICT,
  -- Fixed-width "HH:MM" compares as text in time order; "24:00" sorts last.
  CONSTRAINT provider_weekly_hours_end_after_start CHECK (end_time > start_time),
  CONSTRAINT provider_weekly_hours_no_overlap EXCLUDE USING gist (
    provider_id WITH =,
    weekday WITH =,
    int4range(wall_minutes(start_time), wall_minutes(end_time)) WITH &&
  )
);
CREATE INDEX provider_weekly_hours_location ON provider_weekly_hours (org_id, location_id) WHERE location_id IS NOT NULL;

-- A date override replaces the weekly hours of one provider-local date; without intervals the day is closed.
CREATE TABLE provider_date_overrides (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  org_id uuid NOT NULL,
  provider_id uuid NOT NULL,
  date date NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (org_id, id),
  UNIQUE (org_id, provider_id, date),
  FOREIGN KEY (org_id, provider_id) REFERENCES providers (org_id, id) ON DELETE CASCADE
);

CREATE TABLE provider_override_intervals (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  org_id uuid NOT NULL,
  override_id uuid NOT NULL,
  start_time text NOT NULL CHECK (start_time ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'),
  end_time text NOT NULL CHECK (end_time ~ '^(([01][0-9]|2[0-3]):[0-5][0-9]|24:00)$'),
  location_id uuid,
  FOREIGN KEY (org_id, override_id) REFERENCES provider_date_overrides (org_id, id) ON DELETE CASCADE,
  FOREIGN KEY (org_id, location_id) REFERENCES locations (org_id, id) ON DELETE RESTRICT,
  CONSTRAINT provider_override_intervals_end_after_start CHECK (end_time > start_time),
  CONSTRAINT provider_override_intervals_no_overlap EXCLUDE USING gist (
    override_id WITH =,
    int4range(wall_minutes(start_time), wall_minutes(end_time)) WITH &&
  )
);
CREATE INDEX provider_override_intervals_location ON provider_override_intervals (org_id, location_id)
  WHERE location_id IS NOT NULL;

-- Time off is an instant range (a holiday across a DST change is still one range); the note is for staff.
CREATE TABLE provider_time_off (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  org_id uuid NOT NULL,
  provider_id uuid NOT NULL,
  starts_at timestamptz NOT NULL,
  ends_at timestamptz NOT NULL,
  note text NOT NULL DEFAULT '' CHECK (length(note) <= 500),
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (org_id, id),
  FOREIGN KEY (org_id, provider_id) REFERENCES providers (org_id, id) ON DELETE CASCADE,
  CONSTRAINT provider_time_off_ends_after_start CHECK (ends_at > starts_at)
);
CREATE INDEX provider_time_off_range ON provider_time_off (org_id, provider_id, ends_at);

CREATE TABLE services (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  org_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  description text NOT NULL DEFAULT '' CHECK (length(description) <= 5000),
  duration_minutes integer NOT NULL CHECK (duration_minutes BETWEEN 5 AND 1440),
  buffer_before_minutes integer NOT NULL DEFAULT 0 CHECK (buffer_before_minutes BETWEEN 0 AND 720),
  buffer_after_minutes integer NOT NULL DEFAULT 0 CHECK (buffer_after_minutes BETWEEN 0 AND 720),
  slot_interval_minutes integer NOT NULL CHECK (slot_interval_minutes BETWEEN 5 AND 1440),
  minimum_notice_minutes integer NOT NULL DEFAULT 0 CHECK (minimum_notice_minutes BETWEEN 0 AND 525600),
  maximum_days_ahead integer NOT NULL DEFAULT 90 CHECK (maximum_days_ahead BETWEEN 1 AND 730),
  price_amount integer NOT NULL CHECK (price_amount BETWEEN 0 AND 100000000),
  currency char(3) NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
  location_mode text NOT NULL CHECK (location_mode IN ('at_location', 'at_customer', 'remote')),
  location_id uuid,
  -- One customer per appointment; a column so that group appointments can come later without a new shape.
  capacity integer NOT NULL DEFAULT 1 CHECK (capacity = 1),
  active boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (org_id, id),
  FOREIGN KEY (org_id, location_id) REFERENCES locations (org_id, id) ON DELETE RESTRICT,
  CONSTRAINT services_location_matches_mode CHECK ((location_mode = 'at_location') = (location_id IS NOT NULL))
);
CREATE INDEX services_org_name ON services (org_id, name);
CREATE INDEX services_location ON services (org_id, location_id) WHERE location_id IS NOT NULL;

CREATE TABLE service_providers (
  org_id uuid NOT NULL,
  service_id uuid NOT NULL,
  provider_id uuid NOT NULL,
  PRIMARY KEY (org_id, service_id, provider_id),
  FOREIGN KEY (org_id, service_id) REFERENCES services (org_id, id) ON DELETE CASCADE,
  FOREIGN KEY (org_id, provider_id) REFERENCES providers (org_id, id) ON DELETE CASCADE
);
CREATE INDEX service_providers_provider ON service_providers (org_id, provider_id);
