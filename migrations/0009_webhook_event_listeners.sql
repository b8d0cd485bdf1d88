-- Outgoing webhook events travel through the outbox contract as 'webhook.event' jobs (enqueued with
-- the event's id, type, time and data), but they are fanned out where they are written: one delivery
-- per active endpoint subscribed to the type (or to '*') and one 'webhook.deliver' job each, in the
-- transaction of the change that raised the event — so the deliveries exist from its commit, every
-- endpoint sees the same event id, and an event nobody listens to costs nothing. The event row itself
-- is not stored. The services that raise events know nothing of webhook endpoints.
CREATE FUNCTION jobs_fan_out_webhook_event() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  WITH delivery AS (
    INSERT INTO webhook_deliveries (org_id, endpoint_id, event_id, event_type, payload, status, attempts)
    SELECT NEW.org_id, e.id, (NEW.payload->>'id')::uuid, NEW.payload->>'type', NEW.payload, 'pending', 0
    FROM webhook_endpoints e
    WHERE e.org_id = NEW.org_id AND e.active AND e.events && ARRAY[NEW.payload->>'type', '*']
    ORDER BY e.created_at, e.id
    RETURNING id
  )
  INSERT INTO jobs (org_id, kind, payload, status, attempts, max_attempts, run_at)
  SELECT NEW.org_id, 'webhook.deliver', jsonb_build_object('deliveryId', delivery.id), 'pending', 0, 10, now()
  FROM delivery;
  RETURN NULL;
END $$;

CREATE TRIGGER jobs_webhook_event_fan_out
  BEFORE INSERT ON jobs
  FOR EACH ROW WHEN (NEW.kind = 'webhook.event')
  EXECUTE FUNCTION jobs_fan_out_webhook_event();
