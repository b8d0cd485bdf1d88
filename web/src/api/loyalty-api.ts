/** The loyalty routes, apart from api.ts so that the portal's areas each keep their calls in one place. */
import type { components, paths } from './schema';
import { client, ok } from './client';

type Schemas = components['schemas'];
export type MyLoyalty = Schemas['MyLoyalty'];
export type LoyaltyReward = Schemas['LoyaltyReward'];
export type LoyaltyRedemption = Schemas['LoyaltyRedemption'];
export type LoyaltySettings = Schemas['LoyaltySettings'];
export type RewardInput = NonNullable<
  paths['/api/v1/loyalty/rewards']['post']['requestBody']
>['content']['application/json'];
export type RewardChanges = NonNullable<
  paths['/api/v1/loyalty/rewards/{rewardId}']['patch']['requestBody']
>['content']['application/json'];
export type SettingsChanges = NonNullable<
  paths['/api/v1/loyalty/settings']['patch']['requestBody']
>['content']['application/json'];

const redemption = (redemptionId: string) => ({ params: { path: { redemptionId } } });

export const loyaltyApi = {
  mine: () => ok(client.GET('/api/v1/me/loyalty', { params: { query: {} } })),
  /** Whether the programme runs and the balance, without the history. */
  summary: () => ok(client.GET('/api/v1/me/loyalty', { params: { query: { limit: 1 } } })),
  redeem: (rewardId: string) => ok(client.POST('/api/v1/me/loyalty/redemptions', { body: { rewardId } })),

  settings: () => ok(client.GET('/api/v1/loyalty/settings')),
  updateSettings: (body: SettingsChanges) => ok(client.PATCH('/api/v1/loyalty/settings', { body })),
  rewards: () => ok(client.GET('/api/v1/loyalty/rewards')),
  createReward: (body: RewardInput) => ok(client.POST('/api/v1/loyalty/rewards', { body })),
  updateReward: (rewardId: string, body: RewardChanges) =>
    ok(client.PATCH('/api/v1/loyalty/rewards/{rewardId}', { params: { path: { rewardId } }, body })),
  redemptions: (status?: LoyaltyRedemption['status']) =>
    ok(client.GET('/api/v1/loyalty/redemptions', { params: { query: status ? { status } : {} } })),
  fulfil: (redemptionId: string) =>
    ok(client.POST('/api/v1/loyalty/redemptions/{redemptionId}/fulfil', redemption(redemptionId))),
  cancel: (redemptionId: string) =>
    ok(client.POST('/api/v1/loyalty/redemptions/{redemptionId}/cancel', redemption(redemptionId))),
};
