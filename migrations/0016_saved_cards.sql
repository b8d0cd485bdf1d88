-- Saved cards (issue 11): one Stripe Customer per customer account and organisation, and what the
-- portal shows of its cards. Card numbers never reach us: Stripe keeps the card, we keep its id,
-- brand, last four digits and expiry, refreshed from Stripe (on listing and by its webhooks).

-- The row is written (and committed) before the Customer is created at Stripe, with an idempotency key
-- derived from its id: two racing first requests insert one row (the unique key), use one key, and so
-- get one Customer.
CREATE TABLE stripe_customers (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  org_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  user_id uuid NOT NULL,
  stripe_customer_id text UNIQUE CHECK (stripe_customer_id ~ '^cus_[A-Za-z0-9]+$'),
  -- Which idempotency key: one more after a server error that Stripe keeps under the key.
  provider_attempt integer NOT NULL DEFAULT 0 CHECK (provider_attempt >= 0),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (org_id, user_id),
  UNIQUE (org_id, id),
  UNIQUE (org_id, stripe_customer_id),
  FOREIGN KEY (org_id, user_id) REFERENCES users (org_id, id) ON DELETE CASCADE
);

CREATE TABLE saved_cards (
  payment_method_id text PRIMARY KEY CHECK (payment_method_id ~ '^pm_[A-Za-z0-9]+$'),
  org_id uuid NOT NULL,
  stripe_customer_id text NOT NULL,
  brand text NOT NULL CHECK (length(brand) BETWEEN 1 AND 40),
  last4 text NOT NULL CHECK (last4 ~ '^[0-9]{4}$'),
  exp_month smallint NOT NULL CHECK (exp_month BETWEEN 1 AND 12),
  exp_year smallint NOT NULL CHECK (exp_year BETWEEN 2000 AND 2200),
  is_default boolean NOT NULL DEFAULT false,
  refreshed_at timestamptz NOT NULL DEFAULT now(),
  FOREIGN KEY (org_id, stripe_customer_id) REFERENCES stripe_customers (org_id, stripe_customer_id) ON DELETE CASCADE
);
CREATE INDEX saved_cards_customer ON saved_cards (stripe_customer_id);
CREATE UNIQUE INDEX saved_cards_one_default ON saved_cards (stripe_customer_id) WHERE is_default;

-- A payment made with a saved card names the card and its Customer, so that its PaymentIntent (made
-- after the booking's commit, and again on a retry) is confirmed with that card.
ALTER TABLE payments ADD COLUMN saved_card_id text CHECK (saved_card_id ~ '^pm_[A-Za-z0-9]+$');
ALTER TABLE payments ADD COLUMN stripe_customer_id text;
ALTER TABLE payments ADD CONSTRAINT payments_saved_card_by_card
  CHECK (saved_card_id IS NULL OR (method = 'card' AND stripe_customer_id IS NOT NULL));
