-- The dashboard's setup checklist for an organisation that starts empty: when an admin put it away.
-- Null while it is shown (until every step is done); it is the organisation's, not one admin's, so
-- that a second admin is not asked again to set up a business that is already running.
ALTER TABLE organisations ADD COLUMN setup_dismissed_at timestamptz;
