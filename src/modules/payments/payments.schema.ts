import { z } from 'zod';
import { moneySchema } from '../../platform/schemas.ts';
import {
  paymentRowMethods,
  paymentStatuses,
  refundStatuses,
  unbookableReasons,
  unbookableStatuses,
} from './payments.tables.ts';

export const intentIdSchema = z.string().regex(/^pi_[A-Za-z0-9]{8,64}$/, 'must be a PaymentIntent id (pi_…)');

export const paymentSchema = z
  .object({
    id: z.uuid(),
    bookingId: z.uuid().nullable(),
    packagePurchaseId: z.uuid().nullable().describe('Set when the payment buys a package of credits'),
    method: z.enum(paymentRowMethods),
    status: z.enum(paymentStatuses),
    amount: z.number().int().describe('Minor units'),
    currency: z.string(),
    refunded: z.number().int(),
    refundPending: z.number().int(),
    refundable: z.number().int(),
    retained: z.number().int().describe('Kept by a late cancellation or no-show fee'),
    credited: z.number().int().describe('Given back as credits instead of money'),
    reference: z.string().nullable(),
    failureReason: z.string().nullable(),
    createdAt: z.iso.datetime(),
    succeededAt: z.iso.datetime().nullable(),
    refunds: z.array(
      z.object({
        id: z.uuid(),
        amount: z.number().int(),
        status: z.enum(refundStatuses),
        reason: z.string(),
        failureReason: z.string().nullable(),
        createdAt: z.iso.datetime(),
        settledAt: z.iso.datetime().nullable(),
      }),
    ),
  })
  .meta({ id: 'Payment' });

export const refundInputSchema = z.strictObject({
  amount: z
    .number()
    .int()
    .positive()
    .max(100_000_000)
    .optional()
    .describe('Minor units; all that is left when omitted'),
  reason: z.string().trim().min(1).max(500),
});

export const refundSchema = z
  .object({
    id: z.uuid(),
    paymentId: z.uuid(),
    amount: moneySchema,
    status: z.enum(refundStatuses),
    reason: z.string(),
  })
  .meta({ id: 'Refund' });

export const settlementSchema = z
  .object({
    outcome: z.enum(['booked', 'already', 'unbookable', 'credited']),
    bookingId: z.uuid().nullable(),
    packagePurchaseId: z.uuid().optional().describe('A package purchase: its credits were granted'),
    reason: z.enum(unbookableReasons).optional(),
  })
  .meta({ id: 'Settlement' });

export const unbookableSchema = z
  .object({
    id: z.uuid(),
    paymentId: z.uuid(),
    bookingId: z.uuid(),
    reason: z.enum(unbookableReasons),
    status: z.enum(unbookableStatuses),
    method: z.enum(paymentRowMethods),
    amount: z.number().int(),
    currency: z.string(),
    refundable: z.number().int(),
    createdAt: z.iso.datetime(),
    resolvedAt: z.iso.datetime().nullable(),
  })
  .meta({ id: 'UnbookablePayment' });

export const integritySchema = z
  .object({
    clean: z.boolean(),
    paymentsWithoutBookingOrRefund: z.array(
      z.object({ paymentId: z.uuid(), bookingId: z.uuid(), amount: z.number(), refunded: z.number() }),
    ),
    paidBookingsWithoutPayment: z.array(z.object({ bookingId: z.uuid(), paymentMethod: z.string() })),
    refundsStuckPending: z.array(
      z.object({ refundId: z.uuid(), paymentId: z.uuid(), amount: z.number(), createdAt: z.iso.datetime() }),
    ),
    holdsPastExpiry: z.array(z.object({ bookingId: z.uuid(), holdExpiresAt: z.iso.datetime().nullable() })),
    creditBalancesOffLedger: z
      .array(z.object({ customerId: z.uuid(), balance: z.number(), ledgerSum: z.number() }))
      .describe('A stored credit balance that is not the sum of its ledger rows'),
    creditGrantsOffLedger: z.array(z.object({ grantId: z.uuid(), remaining: z.number(), ledgerSum: z.number() })),
    packagePaymentsWithoutCredits: z
      .array(z.object({ paymentId: z.uuid(), packagePurchaseId: z.uuid(), amount: z.number(), refunded: z.number() }))
      .describe('A package paid for with neither its credits granted nor the money refunded'),
    pointsBalancesOffLedger: z
      .array(z.object({ customerId: z.uuid(), balance: z.number(), ledgerSum: z.number() }))
      .describe('A stored loyalty points balance that is not the sum of its ledger rows'),
    creditedPaymentsWithoutGrant: z
      .array(z.object({ paymentId: z.uuid(), credited: z.number() }))
      .describe('Money recorded as given back in credits, with no credits granted for it'),
  })
  .meta({ id: 'IntegrityReport' });
