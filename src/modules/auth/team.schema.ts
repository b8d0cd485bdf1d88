import { z } from 'zod';
import { emailSchema, nameSchema, passwordSchema } from '../../platform/schemas.ts';
import { teamRoles } from './team.tables.ts';

export const invitationSchema = z
  .object({
    id: z.uuid(),
    email: z.string(),
    role: z.enum(teamRoles),
    invitedBy: z.string().nullable().describe('The name of the admin who sent it, while that account exists'),
    createdAt: z.iso.datetime(),
    expiresAt: z.iso.datetime(),
    expired: z.boolean().describe('Its link no longer works; invite the address again to send a new one'),
  })
  .meta({ id: 'TeamInvitation' });

export const invitationCreateSchema = z.strictObject({
  email: emailSchema,
  role: z.enum(teamRoles),
});

export const invitationTokenParams = z.strictObject({ token: z.string().min(1).max(200) });

export const invitationViewSchema = z
  .object({
    organisation: z.string(),
    email: z.string().describe('The address invited: only the account of this address can accept'),
    role: z.enum(teamRoles),
    expiresAt: z.iso.datetime(),
    hasAccount: z.boolean().describe('An account with this address exists: accept it signed in as that account'),
  })
  .meta({ id: 'TeamInvitationView' });

export const invitationAcceptSchema = z.strictObject({
  name: nameSchema.optional().describe('For a new account: the name to show (needed when there is no account yet)'),
  password: passwordSchema.optional().describe('For a new account: its password (needed when there is no account yet)'),
});
