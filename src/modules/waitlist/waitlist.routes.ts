import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { type ZodApp, idempotencyOf, sendStored } from '../../platform/http.ts';
import { idParam } from '../../platform/schemas.ts';
import type { Services } from '../../platform/services.ts';
import { serverKey } from '../../platform/tokens.ts';
import { bookingCreatedSchema } from '../bookings/bookings.schema.ts';
import {
  waitlistClaimSchema,
  waitlistEntrySchema,
  waitlistJoinSchema,
  waitlistStaffEntrySchema,
  waitlistTokenParams,
} from './waitlist.schema.ts';
import {
  claimOffer,
  getEntry,
  joinWaitlist,
  leaveWaitlist,
  listClassWaitlist,
  listMyEntries,
} from './waitlist.service.ts';

/** The waitlist of a full class: join, see your place, leave, claim an offered spot; staff see the line. */
export function waitlistRoutes(app: ZodApp, { db, clock, config, cardGateway }: Services): void {
  const link = { tokenKey: serverKey(config), publicUrl: config.publicUrl };

  app.post(
    '/classes/:classId/waitlist',
    {
      config: { csrf: false },
      schema: {
        tags: ['waitlist'],
        summary: 'Join the waitlist of a full class, as a guest or signed in',
        description:
          '201 with the entry and its secret link (also mailed). 409 waitlist_class_has_room when the class has ' +
          'spots left (book it instead), already_on_waitlist, already_booked, class_started or class_cancelled.',
        params: idParam('classId'),
        body: waitlistJoinSchema,
        response: { 201: waitlistEntrySchema },
      },
    },
    async (request, reply) => {
      const entry = await joinWaitlist(db, request.ctx, request.params.classId, request.body, {
        ...link,
        now: clock.now(),
      });
      return reply.code(201).send(entry);
    },
  );

  app.get(
    '/classes/:classId/waitlist',
    {
      schema: {
        tags: ['waitlist'],
        summary: "A class's waitlist in line order (staff)",
        description: 'The people waiting and those with an offer outstanding, first in line first.',
        params: idParam('classId'),
        response: { 200: z.array(waitlistStaffEntrySchema) },
      },
    },
    async (request) => listClassWaitlist(db, request.ctx, request.params.classId),
  );

  app.get(
    '/waitlist/:token',
    {
      schema: {
        tags: ['waitlist'],
        summary: 'A place on a waitlist by its secret link: the place in line, or the offer and until when',
        description: 'The link is in the mails sent on joining and on an offer.',
        params: waitlistTokenParams,
        response: { 200: waitlistEntrySchema },
      },
    },
    async (request) => getEntry(db, request.ctx, request.params.token, link),
  );

  // A mail program's one-click unsubscribe (RFC 8058) posts `List-Unsubscribe=One-Click` as a form, to
  // this route: it alone takes form bodies (and ignores them: the token says everything), so its parsers
  // live in a scope of their own.
  app.register((scoped, _options, registered) => {
    scoped.addContentTypeParser(
      ['application/x-www-form-urlencoded', 'multipart/form-data'],
      { parseAs: 'string', bodyLimit: 4096 },
      (_request, _body, done) => done(null, undefined),
    );
    scoped.withTypeProvider<ZodTypeProvider>().post(
      '/waitlist/:token/leave',
      {
        config: { csrf: false },
        schema: {
          tags: ['waitlist'],
          summary: 'Leave the waitlist (an offered spot goes to the next in line)',
          description:
            'Leaving twice answers the entry as it is. Also the List-Unsubscribe-Post target of the waitlist ' +
            'mails (RFC 8058): a form-encoded body is accepted and ignored.',
          params: waitlistTokenParams,
          response: { 200: waitlistEntrySchema },
        },
      },
      async (request) => leaveWaitlist(db, request.ctx, request.params.token, { ...link, now: clock.now() }),
    );
    registered();
  });

  app.post(
    '/waitlist/:token/claim',
    {
      config: { csrf: false },
      schema: {
        tags: ['waitlist'],
        summary: 'Book the spot offered from the waitlist, through the normal checkout. Supports Idempotency-Key.',
        description:
          'Answers like POST /bookings (a payment to complete when the method waits for one). 409 ' +
          'waitlist_offer_expired when its time ran out, waitlist_offer_not_open when nothing is offered; 401 when ' +
          'the entry belongs to an account that is not signed in.',
        params: waitlistTokenParams,
        body: waitlistClaimSchema,
        response: { 200: bookingCreatedSchema, 201: bookingCreatedSchema },
      },
    },
    async (request, reply) => {
      const stored = await claimOffer(db, request.ctx, request.params.token, request.body, idempotencyOf(request), {
        now: clock.now(),
        publicUrl: config.publicUrl,
        tokenKey: link.tokenKey,
        cardGateway,
      });
      return sendStored(reply, stored);
    },
  );

  app.get(
    '/me/waitlist',
    {
      schema: {
        tags: ['waitlist'],
        summary: 'My places on waitlists of classes not yet started, each with its link',
        description: 'For the My bookings page.',
        response: { 200: z.array(waitlistEntrySchema) },
      },
    },
    async (request) => listMyEntries(db, request.ctx, { ...link, now: clock.now() }),
  );
}
