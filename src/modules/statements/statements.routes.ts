import { Readable } from 'node:stream';
import type { FastifyReply } from 'fastify';
import { DateTime } from 'luxon';
import type { ZodApp } from '../../platform/http.ts';
import type { Services } from '../../platform/services.ts';
import { encodeExport, exportContentType } from './statements.export.ts';
import {
  historyPageSchema,
  myPaymentsExportQuerySchema,
  myPaymentsQuerySchema,
  staffExportQuerySchema,
  type ExportFormat,
} from './statements.schema.ts';
import { exportMyPayments, listMyPayments, startStaffExport } from './statements.service.ts';

/**
 * Sends an export as a stream. The first chunk (headers and the first page) is read before the
 * answer starts, so a failing query is still an error answer; a failure later can only cut the
 * download short, which the client sees as a broken transfer.
 */
async function sendExport(
  reply: FastifyReply,
  file: { name: string; day: string; format: ExportFormat },
  chunks: AsyncGenerator<string>,
) {
  const first = await chunks.next();
  async function* rest() {
    if (!first.done) yield first.value;
    yield* chunks;
  }
  return reply
    .type(exportContentType(file.format))
    .header('content-disposition', `attachment; filename="${file.name}-${file.day}.${file.format}"`)
    .send(Readable.from(rest(), { objectMode: false }));
}

const produces = ['text/csv', 'application/json'];

export function statementRoutes(app: ZodApp, { db, clock }: Services): void {
  // Files are named by the day in the business's zone, the day its people would call today.
  const today = (zone: string) => DateTime.fromJSDate(clock.now(), { zone }).toISODate() ?? '';

  app.get(
    '/me/payments',
    {
      schema: {
        tags: ['payments'],
        summary: "The signed-in customer's payments, refunds and credit uses as one history, newest first",
        description:
          "Keyset pagination: pass the answer's nextCursor as cursor for the next page. Dates are read in the " +
          "organisation's time zone; entries carry instants.",
        querystring: myPaymentsQuerySchema,
        response: { 200: historyPageSchema },
      },
    },
    async (request) => listMyPayments(db, request.ctx, request.query),
  );

  app.get(
    '/me/payments/export',
    {
      schema: {
        tags: ['payments'],
        summary: "The signed-in customer's whole history (same filters) as a CSV or JSON download, streamed",
        querystring: myPaymentsExportQuerySchema,
        produces,
      },
    },
    async (request, reply) => {
      const stream = exportMyPayments(db, request.ctx, request.query);
      const file = { name: 'payments', day: today(request.ctx.org.timeZone), format: request.query.format };
      return sendExport(reply, file, encodeExport(stream));
    },
  );

  for (const what of ['payments', 'bookings', 'customers'] as const) {
    app.get(
      `/exports/${what}`,
      {
        schema: {
          tags: ['exports'],
          summary: `All of the organisation's ${what} as a CSV or JSON download, streamed (admin; audited)`,
          description:
            what === 'bookings'
              ? 'from/to select by the start of the class or appointment.'
              : what === 'customers'
                ? 'from/to select by when the customer was created.'
                : 'from/to select by when the money moved.',
          querystring: staffExportQuerySchema,
          produces,
        },
      },
      async (request, reply) => {
        const stream = await startStaffExport(db, request.ctx, what, request.query);
        const file = { name: what, day: today(request.ctx.org.timeZone), format: request.query.format };
        return sendExport(reply, file, encodeExport(stream));
      },
    );
  }
}
