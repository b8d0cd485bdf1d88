-- Holds were bearer ids with no owner: one script could hold every spot of a class, or every time of
-- a provider's day, over and over. A hold now names who asked for it (the account, or the client
-- address of a guest), so the live spots one holder keeps can be counted and capped.
ALTER TABLE holds ADD COLUMN holder text;
CREATE INDEX holds_live_by_holder ON holds (org_id, holder, expires_at) WHERE holder IS NOT NULL;

-- How many spots or times one holder keeps at once, per organisation (a studio whose guests share one
-- network may want more).
ALTER TABLE organisations
  ADD COLUMN rate_limit_held_spots integer NOT NULL DEFAULT 10 CHECK (rate_limit_held_spots BETWEEN 1 AND 1000);
