import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import type { Services } from '../../platform/services.ts';
import { requireRole, requireUser } from '../../platform/context.ts';
import type { ZodApp } from '../../platform/http.ts';
import { idParam } from '../../platform/schemas.ts';
import { clearSessionCookie, sessionCookie } from './auth.context.ts';
import {
  passwordResetConfirmSchema,
  passwordResetRequestSchema,
  sessionSchema,
  signInSchema,
  signUpSchema,
  userSchema,
  userUpdateSchema,
  meUpdateSchema,
  usersQuerySchema,
} from './auth.schema.ts';
import {
  type NewSession,
  SESSION_TTL_MS,
  changeRole,
  listOrganisationUsers,
  requestPasswordReset,
  resetPassword,
  signIn,
  signOut,
  signUp,
  toUserDto,
  updateMe,
} from './auth.service.ts';

/** Sets the cookie of a new session; answers what the client needs of it (the user and the CSRF token). */
export function setSessionCookie(reply: FastifyReply, session: NewSession, config: { cookieSecure: boolean }) {
  const { name, options } = sessionCookie(config);
  reply.setCookie(name, session.token, { ...options, maxAge: SESSION_TTL_MS / 1000 });
  return { user: toUserDto(session.user), csrfToken: session.csrfToken };
}

export function authRoutes(app: ZodApp, services: Services): void {
  const { db, clock, config } = services;

  app.get(
    '/auth/session',
    {
      schema: {
        tags: ['auth'],
        summary: 'The signed-in user and CSRF token, or nulls',
        response: { 200: sessionSchema },
      },
    },
    async (request) => {
      const user = request.ctx.user;
      return { user: user ? toUserDto(user) : null, csrfToken: user?.csrfToken ?? null };
    },
  );

  app.post(
    '/auth/sign-up',
    {
      config: { csrf: false, limit: 'account' },
      schema: {
        tags: ['auth'],
        summary: 'Create a customer account and sign in',
        body: signUpSchema,
        response: { 201: sessionSchema },
      },
    },
    async (request, reply) => {
      const session = await signUp(db, request.ctx, request.body, clock.now());
      return reply.code(201).send(setSessionCookie(reply, session, config));
    },
  );

  app.post(
    '/auth/sign-in',
    {
      config: { csrf: false },
      schema: {
        tags: ['auth'],
        summary: 'Sign in with email and password',
        body: signInSchema,
        response: { 200: sessionSchema },
      },
    },
    async (request, reply) => setSessionCookie(reply, await signIn(db, request.ctx, request.body, clock.now()), config),
  );

  app.post(
    '/auth/sign-out',
    { schema: { tags: ['auth'], summary: 'End this session', response: { 204: z.undefined() } } },
    async (request, reply) => {
      await signOut(db, request.ctx);
      clearSessionCookie(reply, config);
      return reply.code(204).send();
    },
  );

  app.post(
    '/auth/password-reset',
    {
      config: { csrf: false },
      schema: {
        tags: ['auth'],
        summary: 'Mail a password reset link (answers 202 whether or not the account exists)',
        body: passwordResetRequestSchema,
        response: { 202: z.object({ accepted: z.literal(true) }) },
      },
    },
    async (request, reply) => {
      await requestPasswordReset(db, request.ctx, request.body.email, {
        publicUrl: config.publicUrl,
        now: clock.now(),
      });
      return reply.code(202).send({ accepted: true as const });
    },
  );

  app.post(
    '/auth/password-reset/confirm',
    {
      config: { csrf: false, limit: 'account' },
      schema: {
        tags: ['auth'],
        summary: 'Choose a new password with the mailed token; ends all sessions',
        body: passwordResetConfirmSchema,
        response: { 204: z.undefined() },
      },
    },
    async (request, reply) => {
      await resetPassword(db, request.ctx, request.body, clock.now());
      return reply.code(204).send();
    },
  );

  app.get(
    '/users',
    {
      schema: {
        tags: ['users'],
        summary: 'Accounts of this organisation, by role or by email address (admin)',
        querystring: usersQuerySchema,
        response: { 200: z.object({ users: z.array(userSchema) }) },
      },
    },
    async (request) => {
      requireRole(request.ctx, 'admin');
      return { users: await listOrganisationUsers(db, request.ctx, request.query) };
    },
  );

  app.patch(
    '/users/:userId',
    {
      schema: {
        tags: ['users'],
        summary: "Change an account's role (admin)",
        params: idParam('userId'),
        body: userUpdateSchema,
        response: { 200: userSchema },
      },
    },
    async (request) => {
      requireRole(request.ctx, 'admin');
      return changeRole(db, request.ctx, request.params.userId, request.body.role);
    },
  );

  app.patch(
    '/me',
    {
      schema: {
        tags: ['auth'],
        summary: "Change the signed-in user's name or language (mails and messages follow the language)",
        body: meUpdateSchema,
        response: { 200: userSchema },
      },
    },
    async (request) => updateMe(db, request.ctx, request.body),
  );

  app.get(
    '/me',
    { schema: { tags: ['auth'], summary: 'The signed-in user', response: { 200: userSchema } } },
    async (request) => toUserDto(requireUser(request.ctx)),
  );
}
