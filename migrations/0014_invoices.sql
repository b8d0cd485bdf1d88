-- Invoices, receipts and credit notes (issue 11), and the seller details they are issued with.
--
-- Swedish bookkeeping wants invoice numbers without gaps per organisation, and an issued invoice
-- never changes: a correction is a credit note that references it. Both rules live here, so that no
-- path through the application (or a raw SQL session) can break them.

ALTER TABLE organisations
  ADD COLUMN legal_name text CHECK (length(legal_name) BETWEEN 1 AND 200),
  ADD COLUMN address_lines text[] NOT NULL DEFAULT '{}' CHECK (cardinality(address_lines) <= 4),
  ADD COLUMN postcode text CHECK (length(postcode) BETWEEN 1 AND 20),
  ADD COLUMN city text CHECK (length(city) BETWEEN 1 AND 100),
  ADD COLUMN country char(2) CHECK (country ~ '^[A-Z]{2}$'),
  ADD COLUMN org_number text CHECK (length(org_number) BETWEEN 1 AND 40),
  ADD COLUMN vat_number text CHECK (length(vat_number) BETWEEN 1 AND 40),
  ADD COLUMN bankgiro text CHECK (length(bankgiro) BETWEEN 1 AND 40),
  ADD COLUMN invoice_due_days integer NOT NULL DEFAULT 30 CHECK (invoice_due_days BETWEEN 0 AND 365),
  ADD COLUMN invoice_policy text NOT NULL DEFAULT 'never'
    CHECK (invoice_policy IN ('at_booking', 'after_completion', 'never'));

-- The last number issued per organisation. The row is taken FOR UPDATE (by the upsert below) in the
-- issuing transaction, so issues of one organisation take their numbers one after another, and a
-- transaction that rolls back takes its increment with it: no gap, no duplicate.
CREATE TABLE invoice_counters (
  org_id uuid PRIMARY KEY REFERENCES organisations (id) ON DELETE CASCADE,
  last_number bigint NOT NULL CHECK (last_number > 0)
);

-- booking_id, payment_id and package_purchase_id are references for finding an invoice, not
-- foreign keys: an invoice stands on its snapshots and outlives what it was issued for (a booking
-- an admin deletes, a package table that other work adds).
CREATE TABLE invoices (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  org_id uuid NOT NULL REFERENCES organisations (id),
  number bigint NOT NULL CHECK (number > 0),
  kind text NOT NULL CHECK (kind IN ('invoice', 'receipt', 'credit_note')),
  credits_invoice_id uuid,
  status text NOT NULL CHECK (status IN ('open', 'paid', 'overdue', 'void', 'credited')),
  issue_date date NOT NULL,
  due_date date NOT NULL CHECK (due_date >= issue_date),
  currency char(3) NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
  locale text NOT NULL CHECK (locale IN ('en', 'sv')),
  customer_id uuid,
  seller jsonb NOT NULL,
  buyer jsonb NOT NULL,
  prices_include_tax boolean NOT NULL,
  net_total bigint NOT NULL,
  vat_total bigint NOT NULL,
  gross_total bigint NOT NULL CHECK (gross_total = net_total + vat_total),
  -- [{ basisPoints, net, vat }] per rate, as printed.
  vat_breakdown jsonb NOT NULL,
  paid_amount bigint NOT NULL DEFAULT 0 CHECK (paid_amount BETWEEN 0 AND greatest(gross_total, 0)),
  paid_at timestamptz,
  booking_id uuid,
  payment_id uuid,
  package_purchase_id uuid,
  issued_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (org_id, id),
  UNIQUE (org_id, number),
  FOREIGN KEY (org_id, customer_id) REFERENCES customers (org_id, id),
  FOREIGN KEY (org_id, credits_invoice_id) REFERENCES invoices (org_id, id),
  -- A credit note, and only a credit note, references the invoice it corrects; it takes money back.
  CHECK ((kind = 'credit_note') = (credits_invoice_id IS NOT NULL)),
  CHECK (CASE WHEN kind = 'credit_note' THEN gross_total <= 0 ELSE gross_total >= 0 END)
);
CREATE INDEX invoices_org_issued ON invoices (org_id, issue_date DESC, number DESC);
CREATE INDEX invoices_customer ON invoices (org_id, customer_id);
-- One live invoice or receipt per booking; a credited (or void) one may be issued again.
CREATE UNIQUE INDEX invoices_one_per_booking ON invoices (org_id, booking_id)
  WHERE booking_id IS NOT NULL AND kind <> 'credit_note' AND status NOT IN ('credited', 'void');
-- One credit note per invoice: it credits the whole invoice.
CREATE UNIQUE INDEX invoices_one_credit_note ON invoices (org_id, credits_invoice_id)
  WHERE credits_invoice_id IS NOT NULL;
-- The overdue check looks for open invoices past their due date.
CREATE INDEX invoices_open_due ON invoices (org_id, due_date) WHERE status = 'open';

CREATE TABLE invoice_lines (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  org_id uuid NOT NULL,
  invoice_id uuid NOT NULL,
  position integer NOT NULL CHECK (position >= 0),
  description text NOT NULL CHECK (length(description) BETWEEN 1 AND 500),
  quantity integer NOT NULL CHECK (quantity <> 0),
  unit_amount bigint NOT NULL,
  -- As entered: inclusive or exclusive of VAT, per the invoice's prices_include_tax.
  amount bigint NOT NULL,
  vat_basis_points integer NOT NULL CHECK (vat_basis_points BETWEEN 0 AND 10000),
  net_amount bigint NOT NULL,
  vat_amount bigint NOT NULL,
  UNIQUE (invoice_id, position),
  -- Deferred: the lines are written before their invoice, so that the invoice's insert, which takes
  -- the organisation's number and holds it until the commit, is the last thing an issue does.
  FOREIGN KEY (org_id, invoice_id) REFERENCES invoices (org_id, id) DEFERRABLE INITIALLY DEFERRED
);

-- The number comes from the counter, never from the caller: whoever inserts, the numbers of an
-- organisation stay 1, 2, 3, … without a gap.
CREATE FUNCTION invoices_take_number() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  INSERT INTO invoice_counters (org_id, last_number) VALUES (NEW.org_id, 1)
  ON CONFLICT (org_id) DO UPDATE SET last_number = invoice_counters.last_number + 1
  RETURNING last_number INTO NEW.number;
  RETURN NEW;
END
$fn$;
CREATE TRIGGER invoices_take_number BEFORE INSERT ON invoices
  FOR EACH ROW EXECUTE FUNCTION invoices_take_number();

-- Issued is final: only the payment state moves (status, paid_amount, paid_at); nothing is deleted.
CREATE FUNCTION invoices_immutable() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  IF TG_OP = 'DELETE' THEN
    RAISE EXCEPTION 'an issued invoice cannot be deleted; issue a credit note' USING ERRCODE = '55000';
  END IF;
  IF to_jsonb(NEW) - 'status' - 'paid_amount' - 'paid_at' IS DISTINCT FROM
     to_jsonb(OLD) - 'status' - 'paid_amount' - 'paid_at' THEN
    RAISE EXCEPTION 'an issued invoice cannot be changed; issue a credit note' USING ERRCODE = '55000';
  END IF;
  RETURN NEW;
END
$fn$;
CREATE TRIGGER invoices_immutable BEFORE UPDATE OR DELETE ON invoices
  FOR EACH ROW EXECUTE FUNCTION invoices_immutable();

CREATE FUNCTION invoice_lines_immutable() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  RAISE EXCEPTION 'the lines of an issued invoice cannot be changed or deleted' USING ERRCODE = '55000';
END
$fn$;
CREATE TRIGGER invoice_lines_immutable BEFORE UPDATE OR DELETE ON invoice_lines
  FOR EACH ROW EXECUTE FUNCTION invoice_lines_immutable();

-- At commit, an invoice has lines and its totals are their sums, so a line added later (which would
-- change what was issued) is refused along with its transaction.
CREATE FUNCTION invoices_check_totals() RETURNS trigger LANGUAGE plpgsql AS $fn$
DECLARE
  -- Through JSON, because PL/pgSQL resolves NEW.<column> against the one table, and this serves two.
  v_invoice uuid := (to_jsonb(NEW) ->> CASE TG_TABLE_NAME WHEN 'invoices' THEN 'id' ELSE 'invoice_id' END)::uuid;
  v_lines bigint;
  v_net bigint;
  v_vat bigint;
  v_row invoices%ROWTYPE;
BEGIN
  SELECT * INTO v_row FROM invoices WHERE id = v_invoice;
  SELECT count(*), coalesce(sum(net_amount), 0), coalesce(sum(vat_amount), 0)
    INTO v_lines, v_net, v_vat FROM invoice_lines WHERE invoice_id = v_invoice;
  IF v_lines = 0 OR v_net <> v_row.net_total OR v_vat <> v_row.vat_total THEN
    RAISE EXCEPTION 'invoice % totals do not match its lines', v_row.number USING ERRCODE = '23514';
  END IF;
  RETURN NULL;
END
$fn$;
CREATE CONSTRAINT TRIGGER invoices_check_totals AFTER INSERT ON invoices
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION invoices_check_totals();
CREATE CONSTRAINT TRIGGER invoice_lines_check_totals AFTER INSERT ON invoice_lines
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION invoices_check_totals();

-- The organisation's logo, drawn on its invoices: a small PNG or JPEG, checked when uploaded. A table
-- of its own, so that reading an organisation (every request does) never reads the image.
CREATE TABLE organisation_logos (
  org_id uuid PRIMARY KEY REFERENCES organisations (id) ON DELETE CASCADE,
  content bytea NOT NULL CHECK (octet_length(content) BETWEEN 8 AND 45000),
  content_type text NOT NULL CHECK (content_type IN ('image/png', 'image/jpeg')),
  updated_at timestamptz NOT NULL DEFAULT now()
);
