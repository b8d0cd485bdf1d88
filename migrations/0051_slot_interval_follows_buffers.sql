-- A service that sets no interval between start times gets its length plus both buffers
-- (defaultSlotIntervalMinutes in availability.ts), worked out when slots are read, so that it follows
-- a later change of the length or the buffers. Until now the length alone was written into the row, and
-- with a buffer that offered starts the first booking then blocked (60 minutes with 15 after: 9:00,
-- 10:00, … and 10:00 gone once 9:00 is booked). NULL: not set.
ALTER TABLE services ALTER COLUMN slot_interval_minutes DROP NOT NULL;

-- An interval equal to the length is what the default wrote (the form sent it for an empty field too);
-- without buffers nothing changes, with them the starts no longer block each other. A service whose
-- interval differs from its length set it, and keeps it.
UPDATE services SET slot_interval_minutes = NULL WHERE slot_interval_minutes = duration_minutes;
