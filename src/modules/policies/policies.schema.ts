import { z } from 'zod';
import { feeKinds, lateActions, refundTargets } from './policies.tables.ts';

const feeSchema = z.strictObject({
  kind: z.enum(feeKinds),
  value: z
    .number()
    .int()
    .min(0)
    .max(100_000_000)
    .describe('Minor units (fixed) or basis points (percent: 2500 = 25 %)'),
});

export const policyInputSchema = z
  .strictObject({
    serviceId: z.uuid().optional().describe('An override for this service'),
    classTypeId: z.uuid().optional().describe('An override for classes of this type'),
    freeHours: z
      .number()
      .int()
      .min(0)
      .max(8760)
      .nullable()
      .default(null)
      .describe("Free until this many hours before the start; null: the organisation's cancellationDeadlineHours"),
    lateAction: z
      .enum(lateActions)
      .describe('After the free period: refuse (customers may not cancel), fee (keep lateFee), no_refund'),
    lateFee: z
      .strictObject({
        kind: z.enum(feeKinds),
        value: z
          .number()
          .int()
          .min(0)
          .max(100_000_000)
          .describe('Minor units (fixed) or basis points (percent: 2500 = 25 %)'),
      })
      .nullable()
      .default(null),
    refundTo: z
      .enum(refundTargets)
      .default('card')
      .describe(
        "Where a cancellation's refund goes: card (the original method: a card refund, or the admin queue for Swish and transfers) or credit (credits for the same service or class type; guests and deposits get money back)",
      ),
    creditValidityDays: z
      .number()
      .int()
      .min(1)
      .max(3650)
      .default(365)
      .describe('How long credits given as a refund last'),
    noShowFee: feeSchema
      .nullable()
      .default(null)
      .describe("Kept of a no-show's payment, the rest refunded; null: a no-show keeps everything paid"),
  })
  .superRefine((value, ctx) => {
    if (value.serviceId && value.classTypeId)
      ctx.addIssue({ code: 'custom', path: ['classTypeId'], message: 'name a service or a class type, not both' });
    if ((value.lateAction === 'fee') !== (value.lateFee !== null))
      ctx.addIssue({ code: 'custom', path: ['lateFee'], message: 'give a fee exactly when lateAction is fee' });
    if (value.noShowFee?.kind === 'percent' && value.noShowFee.value > 10_000)
      ctx.addIssue({
        code: 'custom',
        path: ['noShowFee', 'value'],
        message: 'a percentage is at most 10000 basis points',
      });
    if (value.lateFee?.kind === 'percent' && value.lateFee.value > 10_000)
      ctx.addIssue({
        code: 'custom',
        path: ['lateFee', 'value'],
        message: 'a percentage is at most 10000 basis points',
      });
  });

export const policySchema = z
  .object({
    id: z.uuid(),
    serviceId: z.uuid().nullable(),
    classTypeId: z.uuid().nullable(),
    freeHours: z.number().int().nullable(),
    lateAction: z.enum(lateActions),
    lateFee: z.object({ kind: z.enum(feeKinds), value: z.number().int() }).nullable(),
    refundTo: z.enum(refundTargets),
    creditValidityDays: z.number().int(),
    noShowFee: z.object({ kind: z.enum(feeKinds), value: z.number().int() }).nullable(),
  })
  .meta({ id: 'CancellationPolicy' });

export type PolicyInput = z.infer<typeof policyInputSchema>;
export type PolicyDto = z.infer<typeof policySchema>;
