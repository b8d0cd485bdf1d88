-- Analytics (issue 13): the booking funnel, counted on the server. One row per organisation, local day
-- and step, incremented in place: the table grows by at most two rows a day per organisation however
-- many requests arrive, and nothing in it says who the visitor was (no address, no cookie, no agent).
-- The last step, "booked", is read from the bookings themselves and is not counted here.
CREATE TABLE analytics_funnel_days (
  org_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  day date NOT NULL,
  step text NOT NULL CHECK (step IN ('page_view', 'checkout_started')),
  count bigint NOT NULL DEFAULT 0 CHECK (count >= 0),
  PRIMARY KEY (org_id, day, step)
);
