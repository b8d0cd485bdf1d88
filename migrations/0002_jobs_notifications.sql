-- Background work from a transactional outbox, mail settings, calendar feeds, outgoing webhooks.

-- A job is written in the same transaction as the change that causes it, so it exists exactly
-- when the change does. Runners claim due jobs with FOR UPDATE SKIP LOCKED and hold them for a
-- lease; a job whose runner died is claimed again when the lease runs out.
CREATE TABLE jobs (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  org_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  kind text NOT NULL,
  payload jsonb NOT NULL DEFAULT '{}',
  status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'running', 'done', 'dead', 'cancelled')),
  attempts integer NOT NULL DEFAULT 0 CHECK (attempts >= 0),
  max_attempts integer NOT NULL DEFAULT 8 CHECK (max_attempts > 0),
  run_at timestamptz NOT NULL DEFAULT now(),
  locked_by text,
  locked_until timestamptz,
  last_error text,
  -- At most one waiting job per key, e.g. one reminder per booking. A running one does not count:
  -- moving a reminder while its old time is being handled queues the new time as a fresh job.
  dedupe_key text,
  result text,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  finished_at timestamptz
);
CREATE INDEX jobs_due ON jobs (run_at, id) WHERE status IN ('pending', 'running');
CREATE INDEX jobs_org_status ON jobs (org_id, status, id DESC);
CREATE UNIQUE INDEX jobs_one_pending_per_key ON jobs (org_id, dedupe_key)
  WHERE dedupe_key IS NOT NULL AND status = 'pending';

ALTER TABLE organisations
  ADD COLUMN mail_from text CHECK (mail_from IS NULL OR length(mail_from) BETWEEN 3 AND 320),
  ADD COLUMN reminder_hours integer NOT NULL DEFAULT 24 CHECK (reminder_hours BETWEEN 0 AND 720);

-- The secret of a customer's personal calendar feed URL.
ALTER TABLE customers ADD COLUMN calendar_token text UNIQUE;

CREATE TABLE webhook_endpoints (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  org_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  url text NOT NULL CHECK (url ~ '^https?://' AND length(url) <= 2000),
  description text NOT NULL DEFAULT '',
  -- Needed in clear to sign deliveries; shown to the admin once, at creation.
  secret text NOT NULL,
  events text[] NOT NULL CHECK (cardinality(events) > 0),
  active boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (org_id, id)
);

CREATE TABLE webhook_deliveries (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  org_id uuid NOT NULL,
  endpoint_id uuid NOT NULL,
  event_id uuid NOT NULL,
  event_type text NOT NULL,
  payload jsonb NOT NULL,
  status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'succeeded', 'failed')),
  attempts integer NOT NULL DEFAULT 0,
  last_status_code integer,
  last_error text,
  created_at timestamptz NOT NULL DEFAULT now(),
  delivered_at timestamptz,
  FOREIGN KEY (org_id, endpoint_id) REFERENCES webhook_endpoints (org_id, id) ON DELETE CASCADE,
  UNIQUE (endpoint_id, event_id)
);
CREATE INDEX webhook_deliveries_endpoint ON webhook_deliveries (org_id, endpoint_id, created_at DESC);
