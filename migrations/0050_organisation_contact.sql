-- How customers reach the business: shown where pages and mails tell them to contact it (a late
-- cancellation, a booking that cannot be moved online), as mailto: and tel: links. Public, like the
-- name: they are the business's own details, not a person's. Null: pages and mails say what they said
-- before (the name; answers to a mail go to the reply-to address).
ALTER TABLE organisations
  ADD COLUMN contact_email text CHECK (length(contact_email) BETWEEN 3 AND 320),
  -- One line: it ends up in mail footers and tel: links.
  ADD COLUMN contact_phone text CHECK (length(contact_phone) BETWEEN 5 AND 40 AND contact_phone !~ '[\r\n]');
