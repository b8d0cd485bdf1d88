-- A delivery to an endpoint that was disabled ends as 'cancelled' (shown on the webhooks page) instead
-- of staying 'pending' for ever; its queued job is cancelled in the same transaction.
ALTER TABLE webhook_deliveries DROP CONSTRAINT webhook_deliveries_status_check;
ALTER TABLE webhook_deliveries ADD CONSTRAINT webhook_deliveries_status_check
  CHECK (status IN ('pending', 'succeeded', 'failed', 'cancelled'));
