import { z } from 'zod';
import type { ZodApp } from '../../platform/http.ts';
import type { Services } from '../../platform/services.ts';
import { userSchema } from './auth.schema.ts';
import {
  emailChangeConfirmSchema,
  emailChangeSchema,
  passwordChangeSchema,
  profileSchema,
  profileUpdateSchema,
} from './profile.schema.ts';
import {
  changePassword,
  confirmEmailChange,
  getProfile,
  requestEmailChange,
  updateProfile,
} from './profile.service.ts';

export function profileRoutes(app: ZodApp, services: Services): void {
  const { db, clock, config } = services;

  app.get(
    '/me/profile',
    {
      schema: {
        tags: ['profile'],
        summary: "The signed-in user's details and mail preferences",
        response: { 200: profileSchema },
      },
    },
    async (request) => getProfile(db, request.ctx, clock.now()),
  );

  app.patch(
    '/me/profile',
    {
      schema: {
        tags: ['profile'],
        summary: 'Change name, phone, address, language or which mails to get (the email has its own route)',
        body: profileUpdateSchema,
        response: { 200: profileSchema },
      },
    },
    async (request) => updateProfile(db, request.ctx, request.body, clock.now()),
  );

  app.post(
    '/me/password',
    {
      config: { limit: 'account' },
      schema: {
        tags: ['profile'],
        summary: 'Change the password (the current one required); every other session is signed out',
        body: passwordChangeSchema,
        response: { 204: z.undefined() },
      },
    },
    async (request, reply) => {
      await changePassword(db, request.ctx, request.body);
      return reply.code(204).send();
    },
  );

  app.post(
    '/me/email',
    {
      config: { limit: 'account' },
      schema: {
        tags: ['profile'],
        summary:
          'Ask to change the email address: a link goes to the new address and a notice to the current one; nothing changes until the link is opened',
        body: emailChangeSchema,
        response: { 202: z.object({ pendingEmail: z.string() }) },
      },
    },
    async (request, reply) =>
      reply
        .code(202)
        .send(
          await requestEmailChange(db, request.ctx, request.body, { publicUrl: config.publicUrl, now: clock.now() }),
        ),
  );

  app.post(
    '/auth/email-change/confirm',
    {
      // The mailed link may be opened in a browser that is not signed in: the token is the key.
      config: { csrf: false, limit: 'account' },
      schema: {
        tags: ['profile'],
        summary: 'Confirm a new email address with the mailed token (once, within a day)',
        body: emailChangeConfirmSchema,
        response: { 200: userSchema },
      },
    },
    async (request) => confirmEmailChange(db, request.ctx, request.body.token, clock.now()),
  );
}
