import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { ZodApp } from '../../platform/http.ts';
import { idParam } from '../../platform/schemas.ts';
import type { Services } from '../../platform/services.ts';
import { toInvoiceDto, toInvoiceSummary } from './invoices.dto.ts';
import { invoiceListQuerySchema, invoiceListSchema, invoiceSchema, myInvoicesQuerySchema } from './invoices.schema.ts';
import {
  creditInvoice,
  getInvoice,
  invoicePdf,
  issueBookingInvoice,
  listInvoices,
  listMyInvoices,
  loadInvoiceDocument,
} from './invoices.service.ts';
import type { Db } from '../../platform/db.ts';
import { DomainError } from '../../platform/errors.ts';
import { findLogoWithVersion, removeLogo, setLogo } from './invoices.logo.ts';

async function issuedDto(db: Db, orgId: string, id: string) {
  const doc = await loadInvoiceDocument(db, orgId, id);
  if (!doc) throw new Error(`invoice ${id} vanished after it was issued`);
  return toInvoiceDto(doc);
}

export function invoiceRoutes(app: ZodApp, { db, clock }: Services): void {
  app.put(
    '/organisation/logo',
    {
      schema: {
        tags: ['organisation'],
        summary: 'Set the logo drawn on invoices (admin): a PNG or JPEG of at most 45 000 bytes, base64',
        description: '422 invalid_image when it is neither, or cannot be read in full.',
        body: z.strictObject({ image: z.base64().max(61_000).describe('The image file, base64') }),
        response: { 204: z.undefined() },
      },
    },
    async (request, reply) => {
      await setLogo(db, request.ctx, Buffer.from(request.body.image, 'base64'));
      return reply.code(204).send();
    },
  );

  app.delete(
    '/organisation/logo',
    {
      schema: {
        tags: ['organisation'],
        summary: 'Remove the logo (admin)',
        response: { 204: z.undefined() },
      },
    },
    async (request, reply) => {
      await removeLogo(db, request.ctx);
      return reply.code(204).send();
    },
  );

  app.get(
    '/organisation/logo',
    {
      schema: {
        tags: ['organisation'],
        summary: "The organisation's logo (public), 404 when it has none",
        description:
          "With `v` equal to the organisation's `logoVersion` the answer is cached as immutable (a new logo has " +
          'a new version, so a new URL); without it, or with an older one, it is revalidated by its ETag.',
        querystring: z.strictObject({
          v: z
            .string()
            .regex(/^\d{1,20}$/)
            .optional()
            .describe("The organisation's logoVersion"),
        }),
      },
    },
    async (request, reply) => {
      const logo = await findLogoWithVersion(db, request.ctx.org.id);
      if (!logo) throw new DomainError('not_found');
      const version = String(logo.version);
      const etag = `"${version}"`;
      // The organisation is named by X-Org as often as by the host: a cache must keep one copy per name.
      reply
        .header('vary', 'X-Org')
        .header('etag', etag)
        .header(
          'cache-control',
          request.query.v === version ? 'public, max-age=31536000, immutable' : 'public, no-cache',
        );
      if (request.headers['if-none-match'] === etag) return reply.code(304).send();
      return reply.type(logo.contentType).send(logo.content);
    },
  );

  app.post(
    '/bookings/:bookingId/invoice',
    {
      schema: {
        tags: ['invoices'],
        summary:
          "Issue a booking's invoice (staff): a receipt when it is paid in full, else an invoice for what is due",
        description:
          '409 invoice_exists when the booking has an invoice that stands (credit it first); 409 booking_cancelled; ' +
          '422 nothing_to_invoice for a free booking.',
        params: idParam('bookingId'),
        body: z.strictObject({}).default({}),
        response: { 201: invoiceSchema },
      },
    },
    async (request, reply) => {
      const invoice = await issueBookingInvoice(db, request.ctx, request.params.bookingId, clock.now());
      return reply.code(201).send(await issuedDto(db, request.ctx.org.id, invoice.id));
    },
  );

  app.post(
    '/invoices/:invoiceId/credit',
    {
      schema: {
        tags: ['invoices'],
        summary: 'Credit an invoice or receipt in full (staff): issues a credit note that references it',
        description: '422 credit_note_not_creditable for a credit note; 409 invoice_already_credited.',
        params: idParam('invoiceId'),
        body: z.strictObject({}).default({}),
        response: { 201: invoiceSchema },
      },
    },
    async (request, reply) => {
      const note = await creditInvoice(db, request.ctx, request.params.invoiceId, clock.now());
      return reply.code(201).send(await issuedDto(db, request.ctx.org.id, note.id));
    },
  );

  app.get(
    '/invoices',
    {
      schema: {
        tags: ['invoices'],
        summary: 'Invoices, receipts and credit notes, newest first (staff)',
        querystring: invoiceListQuerySchema,
        response: { 200: invoiceListSchema },
      },
    },
    async (request) => ({ invoices: (await listInvoices(db, request.ctx, request.query)).map(toInvoiceSummary) }),
  );

  app.get(
    '/invoices/:invoiceId',
    {
      schema: {
        tags: ['invoices'],
        summary: 'One invoice with its lines (staff, or the customer it was issued to)',
        params: idParam('invoiceId'),
        response: { 200: invoiceSchema },
      },
    },
    async (request) => toInvoiceDto(await getInvoice(db, request.ctx, request.params.invoiceId)),
  );

  const sendPdf = async (request: FastifyRequest, reply: FastifyReply, invoiceId: string, onlyOwn: boolean) => {
    const { number, pdf } = await invoicePdf(db, request.ctx, invoiceId, onlyOwn);
    return reply
      .type('application/pdf')
      .header('content-disposition', `attachment; filename="invoice-${number}.pdf"`)
      .send(pdf);
  };

  app.get(
    '/invoices/:invoiceId/pdf',
    {
      schema: {
        tags: ['invoices'],
        summary: 'One invoice as a PDF (staff, or the customer it was issued to)',
        params: idParam('invoiceId'),
        produces: ['application/pdf'],
      },
    },
    async (request, reply) => sendPdf(request, reply, request.params.invoiceId, false),
  );

  app.get(
    '/me/invoices',
    {
      schema: {
        tags: ['invoices'],
        summary: "The signed-in customer's invoices, receipts and credit notes, newest first",
        querystring: myInvoicesQuerySchema,
        response: { 200: invoiceListSchema },
      },
    },
    async (request) => ({ invoices: (await listMyInvoices(db, request.ctx, request.query)).map(toInvoiceSummary) }),
  );

  app.get(
    '/me/invoices/:invoiceId/pdf',
    {
      schema: {
        tags: ['invoices'],
        summary: "One of the signed-in customer's invoices as a PDF (another's is 404)",
        params: idParam('invoiceId'),
        produces: ['application/pdf'],
      },
    },
    async (request, reply) => sendPdf(request, reply, request.params.invoiceId, true),
  );
}
