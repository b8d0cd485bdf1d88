import { z } from 'zod';
import type { ZodApp } from '../../platform/http.ts';
import type { Services } from '../../platform/services.ts';
import { serverKey } from '../../platform/tokens.ts';
import { clearSessionCookie } from '../auth/auth.context.ts';
import { manageTokenParams } from '../bookings/bookings.schema.ts';
import { manageRef } from '../bookings/bookings.service.ts';
import {
  accountDeleteSchema,
  dataExportSchema,
  dataLinkParams,
  guestEraseSchema,
  guestLinkSchema,
} from './privacy.schema.ts';
import {
  deleteMyAccount,
  eraseGuestData,
  exportGuestData,
  exportMyData,
  linkGuestBookings,
  requestGuestDataLink,
  requestGuestLink,
} from './privacy.service.ts';

export function privacyRoutes(app: ZodApp, services: Services): void {
  const { db, clock, config } = services;
  const tokenKey = serverKey(config);

  app.get(
    '/me/data',
    {
      config: { limit: 'account' },
      schema: {
        tags: ['profile'],
        summary: 'Everything held about the signed-in account in this organisation, as JSON',
        response: { 200: dataExportSchema },
      },
    },
    async (request, reply) => {
      const data = await exportMyData(db, request.ctx, clock.now());
      return reply.header('content-disposition', 'attachment; filename="my-data.json"').send(data);
    },
  );

  app.delete(
    '/me',
    {
      config: { limit: 'account' },
      schema: {
        tags: ['profile'],
        summary:
          'Delete the account (password required): personal data anonymised, future bookings cancelled by the cancellation policy, payments and invoices kept; refused while something is unpaid',
        body: accountDeleteSchema,
        response: { 204: z.undefined() },
      },
    },
    async (request, reply) => {
      await deleteMyAccount(db, request.ctx, request.body.password, clock.now());
      clearSessionCookie(reply, config);
      return reply.code(204).send();
    },
  );

  app.post(
    '/manage/:token/data-link',
    {
      config: { csrf: false, limit: 'public_write' },
      schema: {
        tags: ['profile'],
        summary:
          'Mail the guest behind a manage link a link to their data: a copy of everything held, and erasure (202; the link works that day and the next)',
        description:
          'A manage link does not prove who the guest is (it is handed to whoever booked, with whatever address), so the ' +
          "data is opened only from the guest's mailbox. 409 booking_of_account when the booking was made signed in: " +
          'the account exports its data at GET /me/data.',
        params: manageTokenParams,
        response: { 202: z.object({ accepted: z.literal(true) }) },
      },
    },
    async (request, reply) => {
      await requestGuestDataLink(db, request.ctx, manageRef(tokenKey, request.params.token), {
        tokenKey,
        publicUrl: config.publicUrl,
        now: clock.now(),
      });
      return reply.code(202).send({ accepted: true as const });
    },
  );

  app.get(
    '/guest-data/:token',
    {
      config: { limit: 'public_write' },
      schema: {
        tags: ['profile'],
        summary:
          "Everything held about a guest (bookings made without an account), as JSON, by the mailed data link's token",
        description:
          '404 data_link_invalid when the link is unknown, expired, or its guest erased or joined to an account.',
        params: dataLinkParams,
        response: { 200: dataExportSchema },
      },
    },
    async (request, reply) => {
      const data = await exportGuestData(db, request.ctx, request.params.token, { tokenKey, now: clock.now() });
      return reply.header('content-disposition', 'attachment; filename="my-data.json"').send(data);
    },
  );

  app.post(
    '/guest-data/:token/erase',
    {
      config: { csrf: false, limit: 'public_write' },
      schema: {
        tags: ['profile'],
        summary:
          "Erase a guest by the mailed data link's token: name and email anonymised, future bookings cancelled by the cancellation policy, contact details removed, payments and invoices kept; refused while something is unpaid",
        description:
          '404 data_link_invalid as for the export; 409 account_has_unpaid, cancellation_deadline_passed as for an account.',
        params: dataLinkParams,
        body: guestEraseSchema,
        response: { 204: z.undefined() },
      },
    },
    async (request, reply) => {
      await eraseGuestData(db, request.ctx, request.params.token, { tokenKey, now: clock.now() });
      return reply.code(204).send();
    },
  );

  app.post(
    '/me/guest-bookings/request',
    {
      config: { limit: 'account' },
      schema: {
        tags: ['profile'],
        summary:
          "Mail the account's address a link that adds its bookings made without an account (202 whether or not there are any)",
        response: { 202: z.object({ accepted: z.literal(true) }) },
      },
    },
    async (request, reply) => {
      await requestGuestLink(db, request.ctx, { tokenKey, publicUrl: config.publicUrl });
      return reply.code(202).send({ accepted: true as const });
    },
  );

  app.post(
    '/me/guest-bookings/link',
    {
      config: { limit: 'account' },
      schema: {
        tags: ['profile'],
        summary: 'Add the bookings made as a guest to the signed-in account, with the mailed link’s token',
        description:
          'Credits and points held as the guest move to the account with the bookings. 400 guest_link_invalid when the ' +
          'token is for another account or was used; 409 guest_link_merge_refused when the guest booked a class the ' +
          'account booked too, or waits on the same waitlist (staff join those).',
        body: guestLinkSchema,
        response: { 200: z.object({ bookings: z.number().int().describe('Bookings added to the account') }) },
      },
    },
    async (request) => linkGuestBookings(db, request.ctx, request.body.token, { tokenKey }),
  );
}
