-- Invitations to the team: an admin names an address and a role (admin or staff); the mailed link
-- gives that role to the account of that address, made on the spot when there is none. Only the
-- hash of the link's token is kept. Used once; a new invitation to the same address voids the open
-- one, so at most one link per address works at a time.
CREATE TABLE team_invitations (
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  org_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  email text NOT NULL CHECK (email = lower(email) AND length(email) BETWEEN 3 AND 320),
  role text NOT NULL CHECK (role IN ('admin', 'staff')),
  token_hash text NOT NULL,
  invited_by uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  accepted_at timestamptz,
  accepted_by uuid,
  revoked_at timestamptz,
  PRIMARY KEY (org_id, id),
  UNIQUE (org_id, token_hash),
  FOREIGN KEY (org_id, invited_by) REFERENCES users (org_id, id) ON DELETE SET NULL (invited_by),
  FOREIGN KEY (org_id, accepted_by) REFERENCES users (org_id, id) ON DELETE SET NULL (accepted_by),
  CHECK (accepted_at IS NULL OR revoked_at IS NULL)
);
CREATE UNIQUE INDEX team_invitations_one_open ON team_invitations (org_id, email)
  WHERE accepted_at IS NULL AND revoked_at IS NULL;
