import { z } from 'zod';
import type { ZodApp } from '../../platform/http.ts';
import type { Services } from '../../platform/services.ts';
import { analyticsCsv } from './analytics.export.ts';
import { analyticsAnswerSchema, analyticsTables, funnelEventSchema, periodQuerySchema } from './analytics.schema.ts';
import { countFunnelEvent, readTable } from './analytics.service.ts';
import { FunnelTally } from './analytics.tally.ts';

const descriptions: Record<(typeof analyticsTables)[number], string> = {
  bookings:
    'Bookings per local day by kind (class or appointment), by the day they were made (by anyone, for any day), ' +
    'with how many of them were cancelled later or ended as no-shows.',
  'revenue-by-method':
    'Money paid and refunded through Slotwise by payment method: a payment on the day it succeeded, a refund on the day it was settled.',
  'revenue-by-item': 'Money paid and refunded by what it paid for: classes by title, services, credit packages.',
  'fill-rate': 'Each class of the period: spots offered, booked and attended.',
  utilisation: "Each provider's booked minutes against their working minutes (weekly hours, date overrides, time off).",
  payments: 'Payments started in the period by method and outcome, with the success rate of those that ended.',
  funnel:
    'Page views and checkouts started (counted by the server, per day, nobody identified) against the bookings ' +
    'guests and customers made themselves (not by staff, an API key or the demo data).',
  customers: 'Customers with a booking made in the period: new (their first booking), or returning.',
  balances: 'Credits and loyalty points customers hold now (the period does not apply).',
};

export function analyticsRoutes(app: ZodApp, { db, clock, logger }: Services): void {
  const tally = new FunnelTally(db, logger);
  // Closing the app (SIGTERM, main.ts) writes what this process counted, before the pool closes.
  app.addHook('onClose', () => tally.close());
  // The funnel as read from this process includes its own latest counts; another process's, within
  // FUNNEL_FLUSH_MS (the README says so).
  const read = async (...args: Parameters<typeof readTable>) => {
    if (args[3] === 'funnel') await tally.flush();
    return readTable(...args);
  };

  for (const table of analyticsTables) {
    app.get(
      `/analytics/${table}`,
      {
        schema: {
          tags: ['analytics'],
          summary: `Analytics: ${table.replaceAll('-', ' ')} (staff)`,
          description: `${descriptions[table]} Days are the organisation's local days; at most a year per request.`,
          querystring: periodQuerySchema,
          response: { 200: analyticsAnswerSchema(table) },
        },
      },
      async (request) => read(db, clock, request.ctx, table, request.query),
    );

    app.get(
      `/analytics/${table}/export`,
      {
        schema: {
          tags: ['analytics'],
          summary: `Analytics: ${table.replaceAll('-', ' ')} as a CSV download (staff)`,
          description: `${descriptions[table]} Headers in the caller's language; amounts as decimals.`,
          querystring: periodQuerySchema,
          produces: ['text/csv'],
        },
      },
      async (request, reply) => {
        const answer = await read(db, clock, request.ctx, table, request.query);
        return reply
          .type('text/csv; charset=utf-8')
          .header('content-disposition', `attachment; filename="analytics-${table}-${answer.from}-${answer.to}.csv"`)
          .send(analyticsCsv(table, answer, request.ctx.locale));
      },
    );
  }

  app.post(
    '/analytics/events',
    {
      // Counting a page view is no change a forged request could abuse beyond what anyone may do anonymously.
      config: { csrf: false },
      schema: {
        tags: ['analytics'],
        summary: 'Count one step of the booking funnel (public; no cookie, no personal data)',
        description:
          "Adds one to today's counter of the step for the organisation, written within a few seconds. Nothing " +
          'about the caller is stored; the web app sends it when a booking page or a checkout opens. 429 ' +
          'rate_limited past 120 a minute from one client address (counted in memory, per process).',
        body: funnelEventSchema,
        response: { 204: z.undefined() },
      },
    },
    async (request, reply) => {
      countFunnelEvent(tally, clock, request.ctx, request.body.step);
      return reply.status(204).send();
    },
  );
}
