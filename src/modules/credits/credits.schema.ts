import { z } from 'zod';
import { instantInputSchema, lineSchema, moneySchema } from '../../platform/schemas.ts';
import { currencySchema } from '../orgs/orgs.schema.ts';
import { grantSources, ledgerKinds, packageScopes, purchaseMethods, purchaseStatuses } from './credits.tables.ts';

const packageFields = {
  name: lineSchema(200),
  credits: z.number().int().min(1).max(10_000),
  price: z.strictObject({
    amount: z.number().int().min(1).max(100_000_000).describe('Integer minor units'),
    currency: currencySchema.optional().describe("Defaults to the organisation's currency"),
  }),
  validityDays: z.number().int().min(1).max(3650).describe('The credits expire this many days after the purchase'),
  scope: z
    .enum(packageScopes)
    .describe('What the credits pay for: every class, classes of the listed types, the listed services, or anything'),
  scopeIds: z
    .array(z.uuid())
    .max(200)
    .describe('The class type ids (scope class_types) or service ids (scope services)'),
  creditsPerBooking: z.number().int().min(1).max(1000).describe('Credits one booked spot costs'),
  active: z.boolean().describe('Offered for sale'),
};

export const packageCreateSchema = z.strictObject({
  ...packageFields,
  scopeIds: packageFields.scopeIds.default([]),
  creditsPerBooking: packageFields.creditsPerBooking.default(1),
  active: packageFields.active.default(true),
});

export const packageUpdateSchema = z
  .strictObject(packageFields)
  .partial()
  .refine((value) => Object.keys(value).length > 0, 'send at least one field to change');

export const packageSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    credits: z.number().int(),
    price: moneySchema,
    validityDays: z.number().int(),
    scope: z.enum(packageScopes),
    scopeIds: z.array(z.uuid()),
    creditsPerBooking: z.number().int(),
    active: z.boolean(),
  })
  .meta({ id: 'Package' });

export const purchaseInputSchema = z
  .strictObject({
    paymentMethod: z
      .enum(purchaseMethods)
      .describe(
        'Customers: card, swish or bank_transfer (as the organisation offers). Staff: venue, swish, bank_transfer',
      ),
    customerId: z.uuid().optional().describe('Staff: the customer the package is sold to'),
    savedCardId: z
      .string()
      .min(1)
      .max(255)
      .optional()
      .describe(
        "Customers: pay by card with one of my saved cards (GET /me/cards), confirmed at once; paymentMethod 'card'",
      ),
  })
  .superRefine((value, ctx) => {
    if (value.savedCardId !== undefined && (value.paymentMethod !== 'card' || value.customerId !== undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: ['savedCardId'],
        message: "a saved card is the buyer's own and pays by card",
      });
    }
  });

export const purchaseSchema = z
  .object({
    purchase: z.object({
      id: z.uuid(),
      packageId: z.uuid(),
      customerId: z.uuid(),
      status: z.enum(purchaseStatuses),
      method: z.enum(purchaseMethods),
      credits: z.number().int(),
      price: moneySchema,
      createdAt: z.iso.datetime(),
    }),
    payment: z
      .object({
        id: z.uuid(),
        method: z.enum(['card', 'swish', 'bank_transfer', 'venue']),
        status: z.string(),
        amount: moneySchema,
        reference: z.string().nullable().describe('Swish or bank transfer: the message to write with the payment'),
        payTo: z.string().nullable(),
        clientSecret: z.string().nullable().describe('Card: confirm with Stripe.js'),
        publishableKey: z.string().nullable(),
      })
      .nullable()
      .describe('Null when sold at the venue: the credits are granted at once'),
  })
  .meta({ id: 'PackagePurchase' });

export const waitingPurchasesSchema = z
  .object({
    purchases: z.array(
      z.object({
        id: z.uuid(),
        packageName: z.string(),
        credits: z.number().int(),
        method: z.enum(['swish', 'bank_transfer']),
        customer: z.object({ id: z.uuid(), name: z.string(), email: z.string() }),
        amount: moneySchema,
        reference: z.string().nullable().describe('The message the customer was asked to write with the payment'),
        paymentId: z.uuid().describe('Mark it paid with POST /payments/{paymentId}/mark-paid'),
        createdAt: z.iso.datetime(),
      }),
    ),
  })
  .meta({ id: 'WaitingPurchases' });

export const creditsQuerySchema = z.strictObject({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});

export const creditsSchema = z
  .object({
    balance: z.number().int().describe('Credits that can be used now (expired ones excluded)'),
    grants: z.array(
      z.object({
        id: z.uuid(),
        credits: z.number().int(),
        remaining: z.number().int(),
        expiresAt: z.iso.datetime().nullable(),
        expired: z.boolean(),
        source: z.enum(grantSources),
        scope: z.enum(packageScopes),
        scopeIds: z.array(z.uuid()),
        creditsPerBooking: z.number().int(),
        createdAt: z.iso.datetime(),
      }),
    ),
    ledger: z.object({
      entries: z.array(
        z.object({
          id: z.uuid(),
          kind: z.enum(ledgerKinds),
          delta: z.number().int(),
          reason: z.string(),
          grantId: z.uuid(),
          bookingId: z.uuid().nullable(),
          paymentId: z.uuid().nullable(),
          createdAt: z.iso.datetime(),
        }),
      ),
      total: z.number().int(),
      limit: z.number().int(),
      offset: z.number().int(),
    }),
  })
  .meta({ id: 'Credits' });

/**
 * The most credits one hand grant gives. A grant by hand is free credits, so its size is what a slip
 * of the keyboard (or a stolen staff session) can give away at once: 100 covers what a studio really
 * hands out — a ten-class card, a course of twenty, a season's goodwill — and a bigger gift is a few
 * audited grants. The database refuses a larger adjustment too (migration 0048). Taking back is
 * bounded by the balance instead, so that a mistaken package can be taken back whole.
 */
export const MAX_CREDIT_GRANT = 100;
export const MAX_CREDIT_TAKE = 10_000;

export const creditAdjustSchema = z.strictObject({
  delta: z
    .number()
    .int()
    .min(-MAX_CREDIT_TAKE)
    .max(MAX_CREDIT_GRANT, `one grant gives at most ${MAX_CREDIT_GRANT} credits; grant again for more`)
    .refine((value) => value !== 0, 'must not be zero')
    .describe(
      `Credits to grant (positive, at most ${MAX_CREDIT_GRANT} at a time) or take (negative); never below zero`,
    ),
  reason: z.string().trim().min(1).max(500),
  expiresAt: instantInputSchema.optional().describe('A grant: when its credits expire (default never)'),
});

export type PackageCreateInput = z.infer<typeof packageCreateSchema>;
export type PackageUpdateInput = z.infer<typeof packageUpdateSchema>;
export type PackageDto = z.infer<typeof packageSchema>;
export type PurchaseInput = z.infer<typeof purchaseInputSchema>;
export type PurchaseDto = z.infer<typeof purchaseSchema>;
export type CreditsDto = z.infer<typeof creditsSchema>;
export type CreditAdjustInput = z.infer<typeof creditAdjustSchema>;
