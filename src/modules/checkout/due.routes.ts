/** Paying what is due later (checkout.due.ts): an invoice of mine, a booking's balance, by the manage link. */
import { z } from 'zod';
import type { ZodApp } from '../../platform/http.ts';
import { idParam } from '../../platform/schemas.ts';
import type { Services } from '../../platform/services.ts';
import { serverKey } from '../../platform/tokens.ts';
import { checkoutSchema, manageTokenParams } from '../bookings/bookings.schema.ts';
import { manageRef } from '../bookings/bookings.service.ts';
import { paymentMethods } from '../payments/payments.tables.ts';
import { payBookingBalance, payMyInvoice } from './checkout.due.ts';

const payDueSchema = z.strictObject({
  method: z.enum(paymentMethods),
  expectedAmount: z
    .number()
    .int()
    .min(0)
    .max(100_000_000)
    .optional()
    .describe('The amount due as shown to the customer (minor units); another amount due now is 409 amount_mismatch'),
});

const duePaymentSchema = z
  .object({
    bookingId: z.uuid(),
    invoiceId: z.uuid().nullable().describe("The booking's invoice the payment will be recorded on"),
    payment: checkoutSchema.describe(
      'The open payment of the balance: for a card, the client secret to confirm with Stripe.js; for Swish or a ' +
        'bank transfer, where to pay and the reference. Asking again returns the same open payment.',
    ),
  })
  .meta({ id: 'DuePayment' });

const errors =
  '404 for an invoice or booking that is not yours; 409 invoice_paid, invoice_void (credited or void), ' +
  'nothing_due, amount_mismatch (with details.due), booking_cancelled; 422 payment_method_unavailable; ' +
  '503 payments_disabled (card without Stripe).';

export function dueRoutes(app: ZodApp, { db, config, cardGateway }: Services): void {
  const tokenKey = serverKey(config);
  const deps = { cardGateway };

  app.post(
    '/me/invoices/:invoiceId/pay',
    {
      schema: {
        tags: ['invoices'],
        summary: 'Pay one of my open or overdue invoices: by card (a PaymentIntent for what is due), Swish or bank',
        description: errors,
        params: idParam('invoiceId'),
        body: payDueSchema,
        response: { 200: duePaymentSchema },
      },
    },
    async (request) => payMyInvoice(db, request.ctx, request.params.invoiceId, request.body, deps),
  );

  app.post(
    '/me/bookings/:bookingId/pay',
    {
      schema: {
        tags: ['bookings'],
        summary: "Pay my booking's balance: the rest after a deposit, or what was to be paid at the venue",
        description: errors,
        params: idParam('bookingId'),
        body: payDueSchema,
        response: { 200: duePaymentSchema },
      },
    },
    async (request) => payBookingBalance(db, request.ctx, { id: request.params.bookingId }, request.body, deps),
  );

  app.post(
    '/manage/:token/pay',
    {
      config: { csrf: false, limit: 'public_write' },
      schema: {
        tags: ['bookings'],
        summary: "Pay a booking's balance by its manage token (the link in the mails)",
        description: errors,
        params: manageTokenParams,
        body: payDueSchema,
        response: { 200: duePaymentSchema },
      },
    },
    async (request) =>
      payBookingBalance(db, request.ctx, manageRef(tokenKey, request.params.token), request.body, deps),
  );
}
