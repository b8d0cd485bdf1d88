-- Recurring classes (issue 12 "Schedules"): a weekly pattern whose occurrences are ordinary `classes`
-- rows linked by `series_id`, so booking, capacity and cancelling stay exactly as for a single class.
-- The pattern keeps a local wall time in a zone: 18:00 stays 18:00 across a DST change.

CREATE TABLE class_series (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  org_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  -- ISO weekdays: 1 = Monday … 7 = Sunday.
  weekdays smallint[] NOT NULL CHECK (
    cardinality(weekdays) BETWEEN 1 AND 7 AND weekdays <@ ARRAY[1, 2, 3, 4, 5, 6, 7]::smallint[]
  ),
  start_time text NOT NULL CHECK (start_time ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'),
  duration_minutes integer NOT NULL CHECK (duration_minutes BETWEEN 5 AND 1440),
  time_zone text NOT NULL CHECK (length(time_zone) BETWEEN 1 AND 64),
  from_date date NOT NULL,
  -- Either an end date or a number of occurrences; never more than about two years of them.
  until_date date,
  occurrences integer CHECK (occurrences BETWEEN 1 AND 200),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (org_id, id),
  CONSTRAINT class_series_one_end CHECK ((until_date IS NULL) <> (occurrences IS NULL)),
  CONSTRAINT class_series_span CHECK (until_date IS NULL OR until_date BETWEEN from_date AND from_date + 731)
);

-- An occurrence edited on its own is an exception: "edit all" and "this and following" leave it as edited.
-- Instructors can be providers (the appointments' people), so a schedule per instructor exists; the
-- free-text instructor name stays for display and for instructors who are not providers.
ALTER TABLE classes
  ADD COLUMN series_id uuid,
  ADD COLUMN series_exception boolean NOT NULL DEFAULT false,
  ADD COLUMN provider_id uuid,
  ADD CONSTRAINT classes_series_fk FOREIGN KEY (org_id, series_id) REFERENCES class_series (org_id, id) ON DELETE RESTRICT,
  ADD CONSTRAINT classes_provider_fk
    FOREIGN KEY (org_id, provider_id) REFERENCES providers (org_id, id) ON DELETE SET NULL (provider_id),
  ADD CONSTRAINT classes_exception_in_series CHECK (NOT series_exception OR series_id IS NOT NULL);
CREATE INDEX classes_series ON classes (org_id, series_id, starts_at) WHERE series_id IS NOT NULL;
CREATE INDEX classes_provider ON classes (org_id, provider_id, starts_at) WHERE provider_id IS NOT NULL;

-- A named set of class fields to create a class or a series from.
CREATE TABLE class_templates (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  org_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
  description text NOT NULL DEFAULT '' CHECK (length(description) <= 5000),
  instructor_name text NOT NULL DEFAULT '' CHECK (length(instructor_name) <= 200),
  location text NOT NULL DEFAULT '' CHECK (length(location) <= 300),
  location_id uuid,
  class_type_id uuid,
  provider_id uuid,
  duration_minutes integer NOT NULL CHECK (duration_minutes BETWEEN 5 AND 1440),
  max_spots integer NOT NULL CHECK (max_spots BETWEEN 1 AND 10000),
  max_spots_per_customer integer NOT NULL DEFAULT 1,
  price_amount bigint NOT NULL CHECK (price_amount >= 0),
  currency char(3) NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (org_id, id),
  CONSTRAINT class_templates_spots_per_customer CHECK (max_spots_per_customer BETWEEN 1 AND max_spots),
  FOREIGN KEY (org_id, location_id) REFERENCES locations (org_id, id) ON DELETE SET NULL (location_id),
  FOREIGN KEY (org_id, class_type_id) REFERENCES class_types (org_id, id) ON DELETE SET NULL (class_type_id),
  FOREIGN KEY (org_id, provider_id) REFERENCES providers (org_id, id) ON DELETE SET NULL (provider_id)
);
CREATE UNIQUE INDEX class_templates_name ON class_templates (org_id, lower(name));
