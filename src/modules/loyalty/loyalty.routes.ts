import { z } from 'zod';
import type { ZodApp } from '../../platform/http.ts';
import { idParam } from '../../platform/schemas.ts';
import type { Services } from '../../platform/services.ts';
import {
  loyaltySettingsInputSchema,
  loyaltySettingsSchema,
  myLoyaltySchema,
  pageQuerySchema,
  pointsAdjustSchema,
  pointsSchema,
  redeemInputSchema,
  redemptionSchema,
  redemptionsQuerySchema,
  rewardCreateSchema,
  rewardSchema,
  rewardUpdateSchema,
} from './loyalty.schema.ts';
import {
  adjustPoints,
  cancelRedemption,
  changeReward,
  createReward,
  customerLoyalty,
  fulfilRedemption,
  getLoyaltySettings,
  listRedemptions,
  listRewards,
  myLoyalty,
  putLoyaltySettings,
  redeemReward,
  removeReward,
} from './loyalty.service.ts';

const tags = ['loyalty'];

export function loyaltyRoutes(app: ZodApp, { db, clock }: Services): void {
  app.get(
    '/loyalty/settings',
    {
      schema: {
        tags,
        summary: 'Whether loyalty is on and the earning rate (staff)',
        response: { 200: loyaltySettingsSchema },
      },
    },
    async (request) => getLoyaltySettings(db, request.ctx),
  );

  app.patch(
    '/loyalty/settings',
    {
      schema: {
        tags,
        summary: 'Turn loyalty on or off, or set the earning rate (admin; audited)',
        body: loyaltySettingsInputSchema,
        response: { 200: loyaltySettingsSchema },
      },
    },
    async (request) => putLoyaltySettings(db, request.ctx, request.body),
  );

  app.get(
    '/loyalty/rewards',
    {
      schema: {
        tags,
        summary: 'The rewards catalogue, inactive ones too (staff)',
        response: { 200: z.object({ rewards: z.array(rewardSchema) }) },
      },
    },
    async (request) => ({ rewards: await listRewards(db, request.ctx) }),
  );

  app.post(
    '/loyalty/rewards',
    {
      schema: {
        tags,
        summary: 'Add a reward (admin; audited)',
        body: rewardCreateSchema,
        response: { 201: rewardSchema },
      },
    },
    async (request, reply) => reply.code(201).send(await createReward(db, request.ctx, request.body)),
  );

  app.patch(
    '/loyalty/rewards/:rewardId',
    {
      schema: {
        tags,
        summary: 'Change a reward, or withdraw it with active: false (admin; audited)',
        params: idParam('rewardId'),
        body: rewardUpdateSchema,
        response: { 200: rewardSchema },
      },
    },
    async (request) => changeReward(db, request.ctx, request.params.rewardId, request.body),
  );

  app.delete(
    '/loyalty/rewards/:rewardId',
    {
      schema: {
        tags,
        summary: 'Delete a reward never redeemed (admin; audited); 409 reward_in_use otherwise',
        params: idParam('rewardId'),
        response: { 204: z.undefined() },
      },
    },
    async (request, reply) => {
      await removeReward(db, request.ctx, request.params.rewardId);
      return reply.code(204).send();
    },
  );

  app.get(
    '/me/loyalty',
    {
      schema: {
        tags,
        summary: 'My points: balance, ledger (newest first, paginated), the active rewards and my redemptions',
        querystring: pageQuerySchema,
        response: { 200: myLoyaltySchema },
      },
    },
    async (request) => myLoyalty(db, request.ctx, request.query, clock.now()),
  );

  app.post(
    '/me/loyalty/redemptions',
    {
      schema: {
        tags,
        summary:
          'Spend points on a reward: a promo code or credits are issued at once, a product waits for staff. 409 insufficient_points, reward_out_of_stock, reward_inactive, loyalty_disabled',
        body: redeemInputSchema,
        response: { 201: redemptionSchema },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await redeemReward(db, request.ctx, request.body.rewardId, clock.now())),
  );

  app.get(
    '/loyalty/redemptions',
    {
      schema: {
        tags,
        summary: 'Redemptions, newest first (staff)',
        querystring: redemptionsQuerySchema,
        response: { 200: z.object({ redemptions: z.array(redemptionSchema) }) },
      },
    },
    async (request) => ({ redemptions: await listRedemptions(db, request.ctx, request.query) }),
  );

  app.post(
    '/loyalty/redemptions/:redemptionId/fulfil',
    {
      schema: {
        tags,
        summary: 'Mark a pending redemption handed over (staff; audited)',
        params: idParam('redemptionId'),
        response: { 200: redemptionSchema },
      },
    },
    async (request) => fulfilRedemption(db, request.ctx, request.params.redemptionId, clock.now()),
  );

  app.post(
    '/loyalty/redemptions/:redemptionId/cancel',
    {
      schema: {
        tags,
        summary: 'Cancel a pending redemption: its points and stock come back (staff; audited)',
        params: idParam('redemptionId'),
        response: { 200: redemptionSchema },
      },
    },
    async (request) => cancelRedemption(db, request.ctx, request.params.redemptionId, clock.now()),
  );

  app.get(
    '/customers/:customerId/loyalty',
    {
      schema: {
        tags,
        summary: "A customer's points, ledger and redemptions (staff)",
        params: idParam('customerId'),
        querystring: pageQuerySchema,
        response: { 200: pointsSchema },
      },
    },
    async (request) => customerLoyalty(db, request.ctx, request.params.customerId, request.query, clock.now()),
  );

  app.post(
    '/customers/:customerId/loyalty/adjust',
    {
      schema: {
        tags,
        summary: 'Give or take points by hand, with a reason (staff; audited; never below zero)',
        params: idParam('customerId'),
        body: pointsAdjustSchema,
        response: { 200: pointsSchema },
      },
    },
    async (request) => adjustPoints(db, request.ctx, request.params.customerId, request.body, clock.now()),
  );
}
