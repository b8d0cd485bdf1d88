-- Job leases are short and renewed by a heartbeat (see src/platform/jobs.ts); what changes in the
-- schema is a ledger of mails the SMTP server has accepted. A mail job retried after a crash
-- looks its Message-ID up here and does not send it again. A row is written right after the SMTP
-- server accepts the mail, so a duplicate needs the process to die in between.
CREATE TABLE mail_deliveries (
  message_id text PRIMARY KEY CHECK (length(message_id) BETWEEN 1 AND 998),
  sent_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX mail_deliveries_sent_at ON mail_deliveries (sent_at);
