-- The payment history (statements module) finds a customer's payments through their bookings and
-- package purchases, and each entry's invoice through its booking or package purchase. Without these,
-- every page of a customer's history would scan all of the organisation's payments and invoices.
CREATE INDEX payments_booking ON payments (org_id, booking_id) WHERE booking_id IS NOT NULL;
CREATE INDEX payments_package_purchase ON payments (org_id, package_purchase_id) WHERE package_purchase_id IS NOT NULL;
CREATE INDEX invoices_package_purchase ON invoices (org_id, package_purchase_id) WHERE package_purchase_id IS NOT NULL;
