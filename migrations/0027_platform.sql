-- Branding per organisation (issue 13, "Many businesses"). The name, the logo (organisation_logos,
-- 0014) and the sender address (mail_from, which may carry a display name) exist already.
ALTER TABLE organisations
  -- Applied by the web app as its accent colour; the text on it is chosen black or white for contrast.
  ADD COLUMN accent_color text CHECK (accent_color ~ '^#[0-9a-f]{6}$'),
  -- Where a customer's answer to any mail goes (a mailbox someone reads, unlike a no-reply sender).
  ADD COLUMN mail_reply_to text CHECK (length(mail_reply_to) BETWEEN 3 AND 320);
