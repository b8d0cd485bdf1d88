-- Jobs that must run one after another, in the order they were queued: the mails about one booking
-- ("New booking" before "Cancelled", the confirmation before the cancellation). A runner claims such
-- a job only when no earlier job of its key is still waiting or running (jobs.ts, claim), so a
-- failing mail holds back the later ones of its booking until it is sent or dead, and no others.
ALTER TABLE jobs ADD COLUMN order_key text;
CREATE INDEX jobs_in_order ON jobs (org_id, order_key, id)
  WHERE order_key IS NOT NULL AND status IN ('pending', 'running');
