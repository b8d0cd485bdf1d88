import { z } from 'zod';
import type { Services } from '../../platform/services.ts';
import type { ZodApp } from '../../platform/http.ts';
import { serverKey } from '../../platform/tokens.ts';
import {
  customerFeed,
  manageIcs,
  myFeedUrl,
  providerFeed,
  providerFeedLink,
  replaceMyFeed,
  replaceProviderFeed,
  scheduleFeed,
} from './calendar.service.ts';
import { manageTokenParams } from '../bookings/bookings.schema.ts';

const ICS = 'text/calendar; charset=utf-8';

/**
 * The feeds' addresses before they moved under /calendar/feeds/: they had the shape of
 * /calendar/{orgSlug}/classes.ics, so an organisation called `customers` or `providers` could not have its
 * timetable. Calendars keep polling the address they were given, so the old form still answers. A feed
 * file is a token of at least 20 characters, never `classes.ics`: one address never means both.
 */
export function legacyFeedUrl(url: string): string {
  const match = /^\/api\/v1\/calendar\/(customers|providers)\/([\w-]{20,100}\.ics(?:\?.*)?)$/.exec(url);
  return match ? `/api/v1/calendar/feeds/${match[1]}/${match[2]}` : url;
}

export function calendarRoutes(app: ZodApp, { db, clock, config }: Services): void {
  const links = { publicUrl: config.publicUrl, tokenKey: serverKey(config), mailFrom: config.mail.from };
  app.get(
    '/calendar/feeds/customers/:file',
    {
      schema: {
        tags: ['calendar'],
        summary:
          "A customer's bookings as an iCalendar feed (secret URL from GET /me/calendar or the confirmation mail)",
        params: z.strictObject({ file: z.string().regex(/^[\w-]{20,100}\.ics$/, 'must be <token>.ics') }),
      },
    },
    async (request, reply) => {
      const token = request.params.file.slice(0, -'.ics'.length);
      return reply.type(ICS).send(await customerFeed(db, token, links, clock.now()));
    },
  );

  app.get(
    '/manage/:token/booking.ics',
    {
      schema: {
        tags: ['calendar'],
        summary: 'One booking as an iCalendar file (add to calendar), by its manage token',
        params: manageTokenParams,
      },
    },
    async (request, reply) =>
      reply
        .type(ICS)
        .header('content-disposition', 'attachment; filename="booking.ics"')
        .send(await manageIcs(db, request.ctx, request.params.token, links)),
  );

  app.get(
    '/calendar/feeds/providers/:file',
    {
      schema: {
        tags: ['calendar'],
        summary:
          "A provider's own appointments as an iCalendar feed (secret URL from GET /providers/{id}/calendar-link)",
        params: z.strictObject({ file: z.string().regex(/^[\w-]{20,100}\.ics$/, 'must be <token>.ics') }),
      },
    },
    async (request, reply) => {
      const token = request.params.file.slice(0, -'.ics'.length);
      return reply.type(ICS).send(await providerFeed(db, token, links, clock.now()));
    },
  );

  app.get(
    '/providers/:providerId/calendar-link',
    {
      schema: {
        tags: ['calendar'],
        summary: "The address of a provider's calendar feed (the provider's own staff account, or an admin)",
        params: z.strictObject({ providerId: z.uuid() }),
        response: { 200: z.object({ url: z.string() }) },
      },
    },
    async (request) => ({ url: await providerFeedLink(db, request.ctx, request.params.providerId, links) }),
  );

  app.post(
    '/providers/:providerId/calendar-link/replace',
    {
      schema: {
        tags: ['calendar'],
        summary: "Replace a provider's calendar feed address",
        description:
          'The old address opens nothing from now on (404), wherever it was pasted; calendars subscribed to it must subscribe to the new one. For the provider’s own staff account, or an admin. Audited as `provider.feed_replaced`.',
        params: z.strictObject({ providerId: z.uuid() }),
        response: { 200: z.object({ url: z.string() }) },
      },
    },
    async (request) => ({ url: await replaceProviderFeed(db, request.ctx, request.params.providerId, links) }),
  );

  app.get(
    '/calendar/:orgSlug/classes.ics',
    {
      schema: {
        tags: ['calendar'],
        summary: "An organisation's timetable as an iCalendar feed (public)",
        params: z.strictObject({ orgSlug: z.string().regex(/^[a-z0-9][a-z0-9-]{1,62}$/) }),
      },
    },
    async (request, reply) =>
      reply.type(ICS).send(await scheduleFeed(db, request.params.orgSlug, config.publicUrl, clock.now())),
  );

  app.get(
    '/me/calendar',
    {
      schema: {
        tags: ['calendar'],
        summary: "The address of the signed-in customer's calendar feed",
        response: { 200: z.object({ url: z.string() }) },
      },
    },
    async (request) => ({ url: await myFeedUrl(db, request.ctx, links) }),
  );

  app.post(
    '/me/calendar/replace',
    {
      schema: {
        tags: ['calendar'],
        summary: "Replace the signed-in customer's calendar feed address",
        description:
          'For an address shared by mistake: the old one opens nothing from now on (404); calendars subscribed to it must subscribe to the new one. Audited as `customer.feed_replaced`.',
        response: { 200: z.object({ url: z.string() }) },
      },
    },
    async (request) => ({ url: await replaceMyFeed(db, request.ctx, links) }),
  );
}
