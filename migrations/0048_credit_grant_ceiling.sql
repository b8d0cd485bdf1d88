-- A hand grant of credits gives them away for nothing, and one call could give 10,000. One adjustment
-- now gives at most 100 credits (the API refuses more first; see MAX_CREDIT_GRANT in
-- credits.schema.ts). NOT VALID: a larger grant made before this stays as history, and every new
-- ledger row is checked.
ALTER TABLE credit_ledger
  ADD CONSTRAINT credit_ledger_adjustment_ceiling CHECK (kind <> 'adjustment' OR delta <= 100) NOT VALID;
