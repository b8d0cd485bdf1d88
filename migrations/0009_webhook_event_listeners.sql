-- Outgoing webhook events travel as outbox jobs ('webhook.event'), whose handler records one
-- delivery per subscribed endpoint. An event that no active endpoint of the organisation listens
-- to is dropped here, on insert, so that it costs no job (and the booking that raised it knows
-- nothing of webhook endpoints).
CREATE FUNCTION jobs_drop_unheard_webhook_events() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF EXISTS (
    SELECT 1 FROM webhook_endpoints e
    WHERE e.org_id = NEW.org_id AND e.active AND e.events && ARRAY[NEW.payload->>'type', '*']
  ) THEN
    RETURN NEW;
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER jobs_webhook_event_listeners
  BEFORE INSERT ON jobs
  FOR EACH ROW WHEN (NEW.kind = 'webhook.event')
  EXECUTE FUNCTION jobs_drop_unheard_webhook_events();
