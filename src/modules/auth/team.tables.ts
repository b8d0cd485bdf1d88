import { pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';

export const teamRoles = ['admin', 'staff'] as const;
export type TeamRole = (typeof teamRoles)[number];

/** An invitation to the team, mailed to an address (migration 0040); only its token's hash is kept. */
export const teamInvitations = pgTable(
  'team_invitations',
  {
    id: uuid('id').notNull().defaultRandom(),
    orgId: uuid('org_id').notNull(),
    email: text('email').notNull(),
    role: text('role', { enum: teamRoles }).notNull(),
    tokenHash: text('token_hash').notNull(),
    invitedBy: uuid('invited_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    acceptedAt: timestamp('accepted_at', { withTimezone: true }),
    acceptedBy: uuid('accepted_by'),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (table) => [primaryKey({ columns: [table.orgId, table.id] })],
);
