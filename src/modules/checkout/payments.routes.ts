/**
 * The payment routes (/payments, /unbookable-payments, /integrity) and Stripe's webhook. Confirming
 * a card payment, marking one paid, a refund (a full one cancels the booking), booking an unbookable
 * payment and the webhook settle money into bookings, so they are checkout's. The read-only routes
 * beside them (a payment, the poll by intent, the unbookable queue, the integrity report) call
 * payments alone; they stay in this one file so that every payment URL is found in one place and
 * the OpenAPI document keeps its order.
 */
import { z } from 'zod';
import type { Services } from '../../platform/services.ts';
import { type RequestContext, hasRole, requireRole } from '../../platform/context.ts';
import { DomainError } from '../../platform/errors.ts';
import type { App, ZodApp } from '../../platform/http.ts';
import { idParam } from '../../platform/schemas.ts';
import { bookingSchema } from '../bookings/bookings.schema.ts';
import { findBookingViewByIntent, toBookingDto } from '../payments/booking-views.ts';
import {
  integritySchema,
  intentIdSchema,
  paymentSchema,
  refundInputSchema,
  refundSchema,
  settlementSchema,
  unbookableSchema,
} from '../payments/payments.schema.ts';
import { integrityReport, listUnbookable, paymentInfo } from '../payments/payments.service.ts';
import { refundPayment } from './checkout.refunds.ts';
import { bookUnbookable, confirmCardPayment, markPaid } from './checkout.settlement.ts';
import { receiveStripeEvent } from './checkout.stripe-events.ts';
import { creditIntegrity } from '../credits/credits.service.ts';
import { loyaltyIntegrity } from '../loyalty/loyalty.service.ts';
import { unbookableStatuses } from '../payments/payments.tables.ts';
import type { Db } from '../../platform/db.ts';

export function paymentRoutes(app: ZodApp, { db, clock, cardGateway }: Services): void {
  const tags = ['payments'];
  const now = () => clock.now();

  /** The booking behind a PaymentIntent, for whoever may see it: an account's only to its owner. */
  async function bookingOfIntent(ctx: RequestContext, database: Db, intentId: string) {
    // Within the caller's organisation only; a package's payment pays for no booking.
    const view = await findBookingViewByIntent(database, ctx.org.id, intentId);
    if (!view) return null;
    if (view.customer.userId && view.customer.userId !== ctx.user?.id && !hasRole(ctx, 'staff')) {
      throw new DomainError('forbidden');
    }
    return toBookingDto(ctx, view, clock.now());
  }

  app.post(
    '/payments/confirm',
    {
      config: { csrf: false },
      schema: {
        tags,
        summary:
          'After Stripe.js reports success: settle the payment from Stripe’s own record (idempotent; the webhook does the same)',
        body: z.strictObject({ paymentIntentId: intentIdSchema }),
        response: { 200: z.object({ settlement: settlementSchema, booking: bookingSchema.nullable() }) },
      },
    },
    async (request) => {
      const settlement = await confirmCardPayment(db, request.ctx, cardGateway, request.body.paymentIntentId, now);
      return { settlement, booking: await bookingOfIntent(request.ctx, db, request.body.paymentIntentId) };
    },
  );

  app.get(
    '/payments/by-intent/:paymentIntentId',
    {
      schema: {
        tags,
        summary:
          'Poll: is the booking of this PaymentIntent confirmed yet? (a guest booking: whoever holds the id; an account booking: its owner)',
        params: z.strictObject({ paymentIntentId: intentIdSchema }),
        response: {
          200: z.object({ found: z.boolean().describe('The booking is confirmed'), booking: bookingSchema }),
        },
      },
    },
    async (request) => {
      const booking = await bookingOfIntent(request.ctx, db, request.params.paymentIntentId);
      if (!booking) throw new DomainError('payment_not_found');
      return { found: booking.status === 'confirmed', booking };
    },
  );

  app.get(
    '/payments/:paymentId',
    {
      schema: {
        tags,
        summary: 'A payment with its refunds: what the refund dialog shows (staff)',
        params: idParam('paymentId'),
        response: { 200: paymentSchema },
      },
    },
    async (request) => paymentInfo(db, request.ctx, request.params.paymentId),
  );

  app.post(
    '/payments/:paymentId/mark-paid',
    {
      schema: {
        tags,
        summary:
          'Staff saw a Swish or bank transfer payment arrive: confirm the booking (re-checks the class if the deadline passed)',
        params: idParam('paymentId'),
        body: z.strictObject({}).default({}),
        response: { 200: settlementSchema },
      },
    },
    async (request) => markPaid(db, request.ctx, request.params.paymentId, clock.now()),
  );

  app.post(
    '/payments/:paymentId/refunds',
    {
      schema: {
        tags,
        summary:
          'Refund all or part of a paid booking (admin); a full refund cancels the booking. A package payment refunds at most its unused share and revokes the credits refunded. Card refunds go through Stripe.',
        params: idParam('paymentId'),
        body: refundInputSchema,
        response: { 201: refundSchema },
      },
    },
    async (request, reply) => {
      const refund = await refundPayment(db, request.ctx, request.params.paymentId, request.body, {
        gateway: cardGateway,
        now: clock.now(),
      });
      return reply.code(201).send({
        id: refund.id,
        paymentId: refund.paymentId,
        amount: { amount: refund.amount, currency: refund.currency },
        status: refund.status,
        reason: refund.reason,
      });
    },
  );

  app.get(
    '/unbookable-payments',
    {
      schema: {
        tags,
        summary: 'Payments that succeeded when their booking could not be made, with the reason (admin)',
        querystring: z.strictObject({ status: z.enum(unbookableStatuses).optional() }),
        response: { 200: z.object({ payments: z.array(unbookableSchema) }) },
      },
    },
    async (request) => ({ payments: await listUnbookable(db, request.ctx, request.query.status) }),
  );

  app.post(
    '/unbookable-payments/:problemId/book',
    {
      schema: {
        tags,
        summary: 'Book the customer anyway, if the class has room now (admin)',
        params: idParam('problemId'),
        body: z.strictObject({}).default({}),
        response: { 200: bookingSchema },
      },
    },
    async (request) =>
      toBookingDto(
        request.ctx,
        await bookUnbookable(db, request.ctx, request.params.problemId, clock.now()),
        clock.now(),
      ),
  );

  app.get(
    '/integrity',
    {
      schema: {
        tags,
        summary: 'Money that is not where it should be; empty in normal operation (admin)',
        response: { 200: integritySchema },
      },
    },
    async (request) => {
      requireRole(request.ctx, 'admin');
      // Money, credits and points each report their own; one report shows them all.
      const money = await integrityReport(db, request.ctx, clock.now());
      const credits = {
        ...(await creditIntegrity(db, request.ctx.org.id)),
        ...(await loyaltyIntegrity(db, request.ctx.org.id)),
      };
      return { ...money, ...credits, clean: money.clean && Object.values(credits).every((list) => list.length === 0) };
    },
  );
}

/**
 * Stripe's webhook. Its signature covers the exact bytes sent, so this route alone reads the body
 * as a string; it needs no session and no organisation header (the payment names its organisation).
 */
export function stripeWebhookRoutes({ db, clock, cardGateway }: Services) {
  return async (app: App) => {
    app.addContentTypeParser('application/json', { parseAs: 'string' }, (_request, body, done) => done(null, body));
    app.post('/stripe/webhook', { schema: { hide: true } }, async (request) => {
      if (!cardGateway) throw new DomainError('payments_disabled');
      const signature = request.headers['stripe-signature'];
      const result = await receiveStripeEvent(
        db,
        cardGateway,
        String(request.body ?? ''),
        typeof signature === 'string' ? signature : undefined,
        () => clock.now(),
      );
      return { received: true, duplicate: result.duplicate };
    });
  };
}
