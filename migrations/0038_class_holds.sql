-- Whether a class has a pending booking whose hold ran out (findClassToBook, on every booking of a
-- class) is one probe of this index. Without it the planner, on a table whose statistics are not yet
-- gathered, answered it from the class's active bookings by (org_id, class_id) and a filter on status
-- (issue 14): every look at a class walked all of its bookings, each booking in a rush slower than the
-- one before. bookings_holds (by time alone) stays for the sweep of run-out holds across organisations.
CREATE INDEX bookings_class_holds ON bookings (org_id, class_id, hold_expires_at) WHERE status = 'pending';
