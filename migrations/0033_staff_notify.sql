-- Staff notification mail (issue 12, "the studio gets no mail when someone books or cancels"). On by
-- default: a small studio expects to hear of a booking without having to find a switch first.
ALTER TABLE organisations
  ADD COLUMN staff_notify boolean NOT NULL DEFAULT true,
  -- One address the admin typed (a shared inbox, the front desk); null: every admin's own address.
  ADD COLUMN staff_notify_to text CHECK (length(staff_notify_to) BETWEEN 3 AND 320);
