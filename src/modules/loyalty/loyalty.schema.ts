import { z } from 'zod';
import { lineSchema } from '../../platform/schemas.ts';
import { pointsKinds, promoKinds, redemptionStatuses, rewardKinds } from './loyalty.tables.ts';

export const loyaltySettingsSchema = z
  .object({
    enabled: z.boolean(),
    pointsPerUnitBp: z
      .number()
      .int()
      .describe(
        'Points per whole currency unit paid, in basis points (10000 = 1 point per unit); a payment earns the result rounded down',
      ),
  })
  .meta({ id: 'LoyaltySettings' });

export const loyaltySettingsInputSchema = z
  .strictObject({
    enabled: z.boolean(),
    pointsPerUnitBp: z.number().int().min(0).max(1_000_000),
  })
  .partial()
  .refine((value) => Object.keys(value).length > 0, 'send at least one field to change');

const rewardFields = {
  name: lineSchema(200),
  description: z.string().trim().max(2000),
  costPoints: z.number().int().min(1).max(100_000_000),
  stock: z.number().int().min(0).max(1_000_000).nullable().describe('Null: unlimited'),
  active: z.boolean(),
  kind: z
    .enum(rewardKinds)
    .describe('What redeeming issues: a single-use promo code, credits, or a product that staff hand over'),
  promo: z
    .strictObject({
      kind: z.enum(promoKinds),
      value: z.number().int().min(1).max(100_000_000).describe('Percent in basis points, or fixed minor units'),
      validDays: z.number().int().min(1).max(3650).nullable().default(null),
    })
    .nullable()
    .describe('Kind promo: the code it issues'),
  credits: z
    .strictObject({
      credits: z.number().int().min(1).max(10_000),
      validDays: z.number().int().min(1).max(3650).nullable().default(null),
    })
    .nullable()
    .describe('Kind credits: the credits it grants (they pay for anything)'),
};

export const rewardCreateSchema = z.strictObject({
  ...rewardFields,
  description: rewardFields.description.default(''),
  stock: rewardFields.stock.default(null),
  active: rewardFields.active.default(true),
  promo: rewardFields.promo.default(null),
  credits: rewardFields.credits.default(null),
});

export const rewardUpdateSchema = z
  .strictObject(rewardFields)
  .partial()
  .refine((value) => Object.keys(value).length > 0, 'send at least one field to change');

export const rewardSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    description: z.string(),
    costPoints: z.number().int(),
    stock: z.number().int().nullable(),
    active: z.boolean(),
    kind: z.enum(rewardKinds),
    promo: z
      .object({ kind: z.enum(promoKinds), value: z.number().int(), validDays: z.number().int().nullable() })
      .nullable(),
    credits: z.object({ credits: z.number().int(), validDays: z.number().int().nullable() }).nullable(),
  })
  .meta({ id: 'LoyaltyReward' });

export const redemptionSchema = z
  .object({
    id: z.uuid(),
    rewardId: z.uuid(),
    rewardName: z.string(),
    kind: z.enum(rewardKinds),
    points: z.number().int(),
    status: z.enum(redemptionStatuses),
    customerId: z.uuid(),
    customerName: z.string(),
    promoCode: z.string().nullable().describe('The single-use code issued, for a promo reward'),
    creditGrantId: z.uuid().nullable(),
    createdAt: z.iso.datetime(),
    fulfilledAt: z.iso.datetime().nullable(),
    cancelledAt: z.iso.datetime().nullable(),
  })
  .meta({ id: 'LoyaltyRedemption' });

export const pageQuerySchema = z.strictObject({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});

export const redemptionsQuerySchema = pageQuerySchema.extend({
  status: z.enum(redemptionStatuses).optional(),
});

export const pointsSchema = z
  .object({
    enabled: z.boolean(),
    balance: z.number().int(),
    pending: z
      .number()
      .int()
      .describe(
        'Points in the balance that cannot be spent yet: those earned on bookings that have not begun (free once the booking begins) ' +
          'and, of those earned on a package, the share of its credits not used yet (free as they are used, or when they expire)',
      ),
    ledger: z.object({
      entries: z.array(
        z.object({
          id: z.uuid(),
          kind: z.enum(pointsKinds),
          delta: z.number().int(),
          shortfall: z.number().int().describe('A refund: points that could not be taken back (already spent)'),
          reason: z.string(),
          paymentId: z.uuid().nullable(),
          redemptionId: z.uuid().nullable(),
          createdAt: z.iso.datetime(),
        }),
      ),
      total: z.number().int(),
      limit: z.number().int(),
      offset: z.number().int(),
    }),
    redemptions: z.array(redemptionSchema),
  })
  .meta({ id: 'LoyaltyPoints' });

export const myLoyaltySchema = pointsSchema
  .extend({ rewards: z.array(rewardSchema).describe('The active rewards') })
  .meta({ id: 'MyLoyalty' });

export const redeemInputSchema = z.strictObject({ rewardId: z.uuid() });

export const pointsAdjustSchema = z.strictObject({
  delta: z
    .number()
    .int()
    .min(-1_000_000)
    .max(1_000_000)
    .refine((value) => value !== 0, 'must not be zero')
    .describe('Points to give (positive) or take (negative); never below zero'),
  reason: z.string().trim().min(1).max(500),
});

export type LoyaltySettingsInput = z.infer<typeof loyaltySettingsInputSchema>;
export type RewardCreateInput = z.infer<typeof rewardCreateSchema>;
export type RewardUpdateInput = z.infer<typeof rewardUpdateSchema>;
export type RewardDto = z.infer<typeof rewardSchema>;
export type RedemptionDto = z.infer<typeof redemptionSchema>;
export type PointsDto = z.infer<typeof pointsSchema>;
export type PointsAdjustInput = z.infer<typeof pointsAdjustSchema>;
