-- The class roster (issue 12 "Attendance"): a message staff send to everyone booked in a class. The
-- row is the audit trail of what was said and to how many, and the count of recent rows per class is
-- what keeps sending sane (a few messages per class per hour, counted under the class's row lock).
CREATE TABLE roster_messages (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  org_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  class_id uuid NOT NULL,
  subject text NOT NULL CHECK (length(subject) BETWEEN 1 AND 200),
  body text NOT NULL CHECK (length(body) BETWEEN 1 AND 5000),
  sent_by uuid REFERENCES users (id) ON DELETE SET NULL,
  recipients integer NOT NULL CHECK (recipients > 0),
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (org_id, id),
  FOREIGN KEY (org_id, class_id) REFERENCES classes (org_id, id) ON DELETE CASCADE
);
CREATE INDEX roster_messages_of_class ON roster_messages (org_id, class_id, created_at DESC);

-- Money staff take at the desk for what was to be paid at the venue is a payment row like any other
-- (a balance payment, settled by staff at once through mark-paid), so that "paid" stays derived from
-- payment rows. This redefines payments_method_check (from 0003) to allow it.
ALTER TABLE payments DROP CONSTRAINT payments_method_check;
ALTER TABLE payments ADD CONSTRAINT payments_method_check
  CHECK (method IN ('card', 'swish', 'bank_transfer', 'venue'));
