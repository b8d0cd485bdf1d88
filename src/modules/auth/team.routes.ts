import { z } from 'zod';
import type { ZodApp } from '../../platform/http.ts';
import { idParam } from '../../platform/schemas.ts';
import type { Services } from '../../platform/services.ts';
import { setSessionCookie } from './auth.routes.ts';
import { sessionSchema } from './auth.schema.ts';
import {
  invitationAcceptSchema,
  invitationCreateSchema,
  invitationSchema,
  invitationTokenParams,
  invitationViewSchema,
} from './team.schema.ts';
import { acceptInvitation, inviteToTeam, listInvitations, viewInvitation, withdrawInvitation } from './team.service.ts';

export function teamRoutes(app: ZodApp, { db, clock, config }: Services): void {
  app.get(
    '/team/invitations',
    {
      schema: {
        tags: ['users'],
        summary: 'Invitations to the team not yet accepted or withdrawn, expired ones too (admin)',
        response: { 200: z.object({ invitations: z.array(invitationSchema) }) },
      },
    },
    async (request) => ({ invitations: await listInvitations(db, request.ctx, clock.now()) }),
  );

  app.post(
    '/team/invitations',
    {
      schema: {
        tags: ['users'],
        summary: 'Invite an address to the team as admin or staff (admin)',
        description:
          'Mails a link that works once, for a week. Inviting an address again voids its earlier link. ' +
          '409 already_on_team when the account of the address is staff or admin already: change its role instead.',
        body: invitationCreateSchema,
        response: { 201: invitationSchema },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await inviteToTeam(db, request.ctx, request.body, { publicUrl: config.publicUrl, now: clock.now() })),
  );

  app.delete(
    '/team/invitations/:invitationId',
    {
      schema: {
        tags: ['users'],
        summary: 'Withdraw an invitation: its link stops working (admin)',
        params: idParam('invitationId'),
        response: { 204: z.undefined() },
      },
    },
    async (request, reply) => {
      await withdrawInvitation(db, request.ctx, request.params.invitationId, clock.now());
      return reply.code(204).send();
    },
  );

  app.get(
    '/invitations/:token',
    {
      schema: {
        tags: ['users'],
        summary: 'An invitation to the team by the token of its mailed link',
        description: '404 invitation_invalid when the link is unknown, used, withdrawn or expired.',
        params: invitationTokenParams,
        response: { 200: invitationViewSchema },
      },
    },
    async (request) => viewInvitation(db, request.ctx, request.params.token, clock.now()),
  );

  app.post(
    '/invitations/:token/accept',
    {
      config: { limit: 'account' },
      schema: {
        tags: ['users'],
        summary: 'Accept an invitation to the team',
        description:
          'Signed in as the invited address: the account takes the role. Not signed in, for an address without ' +
          'an account: send name and password; the account is made with the role and signed in. ' +
          '409 invitation_sign_in when the address has an account (sign in first), invitation_other_account ' +
          'when signed in as another address; 404 invitation_invalid for a link unknown, used, withdrawn or expired.',
        params: invitationTokenParams,
        body: invitationAcceptSchema,
        response: { 200: sessionSchema },
      },
    },
    async (request, reply) => {
      const { user, session } = await acceptInvitation(
        db,
        request.ctx,
        request.params.token,
        request.body,
        clock.now(),
      );
      if (session) return setSessionCookie(reply, session, config);
      return { user, csrfToken: request.ctx.user?.csrfToken ?? null };
    },
  );
}
