-- Everything the slots of one service depend on, read by one call (bookings.slots-repo.ts).
--
-- A PL/pgSQL function rather than the same statement sent from the app: the statement joins six
-- tables in six subqueries, and planning it cost more than running it (1.6 ms of planning against
-- 0.8 ms of execution on the embedded database). PL/pgSQL keeps each statement's plan for the life
-- of the connection, so a slots request pays for execution only. A later migration that changes a
-- column read here must replace this function.
--
-- Instants come back as epoch milliseconds and rows as JSON arrays, so the driver builds no Date and
-- no row object per row. p_booking / p_hold (nullable) leave out the claim of a booking being moved or
-- of a hold being turned into a booking.
CREATE FUNCTION slot_inputs(
  p_org uuid, p_service uuid,
  p_from timestamptz, p_to timestamptz,
  p_first_date date, p_last_date date,
  p_now timestamptz, p_booking uuid, p_hold uuid
) RETURNS json LANGUAGE plpgsql STABLE AS $fn$
BEGIN
  RETURN (
    WITH linked AS (
      SELECT p.id, p.name, p.time_zone, p.active
      FROM service_providers sp
      JOIN providers p ON p.org_id = sp.org_id AND p.id = sp.provider_id
      WHERE sp.org_id = p_org AND sp.service_id = p_service
    ), active AS (
      SELECT id FROM linked WHERE active
    )
    SELECT json_build_object(
      'service',
      (SELECT json_build_object(
         'id', id, 'active', active, 'durationMinutes', duration_minutes,
         'bufferBeforeMinutes', buffer_before_minutes, 'bufferAfterMinutes', buffer_after_minutes,
         'slotIntervalMinutes', slot_interval_minutes, 'minimumNoticeMinutes', minimum_notice_minutes,
         'maximumDaysAhead', maximum_days_ahead, 'locationMode', location_mode, 'locationId', location_id)
       FROM services WHERE org_id = p_org AND id = p_service),
      'providers',
      (SELECT json_agg(json_build_object('id', id, 'name', name, 'timeZone', time_zone, 'active', active)
                       ORDER BY name, id)
       FROM linked),
      'weekly',
      (SELECT json_agg(json_build_array(provider_id, weekday, start_time, end_time, location_id))
       FROM provider_weekly_hours
       WHERE org_id = p_org AND provider_id IN (SELECT id FROM active)),
      'overrides',
      (SELECT json_agg(json_build_array(o.provider_id, o.date, i.start_time, i.end_time, i.location_id))
       FROM provider_date_overrides o
       LEFT JOIN provider_override_intervals i ON i.org_id = o.org_id AND i.override_id = o.id
       WHERE o.org_id = p_org AND o.provider_id IN (SELECT id FROM active)
         AND o.date BETWEEN p_first_date AND p_last_date),
      'timeOff',
      (SELECT json_agg(json_build_array(
                provider_id,
                (extract(epoch FROM starts_at) * 1000)::float8,
                (extract(epoch FROM ends_at) * 1000)::float8))
       FROM provider_time_off
       WHERE org_id = p_org AND provider_id IN (SELECT id FROM active)
         AND ends_at > p_from AND starts_at < p_to),
      'claims',
      (SELECT json_agg(json_build_array(
                provider_id,
                (extract(epoch FROM lower(during)) * 1000)::float8,
                (extract(epoch FROM upper(during)) * 1000)::float8))
       FROM provider_claims
       WHERE org_id = p_org AND provider_id IN (SELECT id FROM active)
         AND during && tstzrange(p_from, p_to)
         AND (expires_at IS NULL OR expires_at > p_now)
         AND (p_booking IS NULL OR booking_id IS DISTINCT FROM p_booking)
         AND (p_hold IS NULL OR hold_id IS DISTINCT FROM p_hold)))
  );
END
$fn$;
