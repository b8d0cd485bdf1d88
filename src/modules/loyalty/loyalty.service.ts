/**
 * Loyalty: customers earn points on what they pay, and spend them on rewards. Every change is a row
 * in the points ledger; a trigger moves the customer's balance by its delta and a CHECK keeps the
 * balance at zero or more, so no code path (nor raw SQL) can spend points that are not there. Every
 * change first takes the customer's balance row lock; a redemption then takes the reward's row lock
 * (balance → reward → credit balance, always in that order), which is what holds stock and balance
 * under concurrency.
 *
 * A payment earns once (a unique index on the earn row's payment), when it settles into a booking;
 * a refund takes back the same share of those points once (a unique index on the refund), never
 * below zero: what was already spent is recorded as the take-back's shortfall.
 */
import { randomInt } from 'node:crypto';
import { type RequestContext, requireRole, requireUser } from '../../platform/context.ts';
import { type Db, transaction } from '../../platform/db.ts';
import type { WriteBatch } from '../../platform/write-batch.ts';
import { DomainError } from '../../platform/errors.ts';
import { type JobHandler, PermanentJobError, enqueue } from '../../platform/jobs.ts';
import { recordAudit } from '../audit/audit.service.ts';
import {
  insertGrant,
  insertLedgerRows as insertCreditRows,
  lockBalance as lockCredits,
} from '../credits/credits.repo.ts';
import { findAccountCustomer, findCustomer } from '../customers/customers.repo.ts';
import { findPaymentById, findRefund, selectRefunds } from '../payments/payments.repo.ts';
import type { PaymentRow } from '../payments/payments.tables.ts';
import { orgContextOf } from '../payments/payments.locks.ts';
import { insertPromo } from '../pricing/pricing.repo.ts';
import {
  deleteReward,
  findBalance,
  pendingPoints,
  findEarnRate,
  findEarning,
  findRedemption,
  findReward,
  findSettings,
  insertPoints,
  insertRedemption,
  insertReward,
  lockBalance,
  moveStock,
  pointsOffLedger,
  type RedemptionWithCode,
  rewardHasRedemptions,
  selectLedger,
  selectRedemptions,
  selectRewards,
  takenBackFor,
  updateRedemption,
  updateReward,
  upsertSettings,
} from './loyalty.repo.ts';
import type {
  LoyaltySettingsInput,
  PointsAdjustInput,
  PointsDto,
  RedemptionDto,
  RewardCreateInput,
  RewardDto,
  RewardUpdateInput,
} from './loyalty.schema.ts';
import type { PointsRow, RedemptionStatus, RewardRow } from './loyalty.tables.ts';

type Page = { limit: number; offset: number };

// Settings

const defaults = { enabled: false, pointsPerUnitBp: 10_000 };

async function settingsOf(db: Db, orgId: string) {
  const row = await findSettings(db, orgId);
  return row ? { enabled: row.enabled, pointsPerUnitBp: row.pointsPerUnitBp } : defaults;
}

export async function getLoyaltySettings(db: Db, ctx: RequestContext) {
  requireRole(ctx, 'staff');
  return settingsOf(db, ctx.org.id);
}

export async function putLoyaltySettings(db: Db, ctx: RequestContext, input: LoyaltySettingsInput) {
  requireRole(ctx, 'admin');
  return transaction(db, async (tx) => {
    const before = await settingsOf(tx, ctx.org.id);
    const row = await upsertSettings(tx, ctx.org.id, { ...before, ...input });
    const after = { enabled: row.enabled, pointsPerUnitBp: row.pointsPerUnitBp };
    await recordAudit(tx, ctx, {
      action: 'loyalty.settings.changed',
      entityType: 'organisation',
      entityId: ctx.org.id,
      before,
      after,
    });
    return after;
  });
}

/**
 * Points for an amount in minor units: whole currency units × the rate in basis points / 10000,
 * rounded down (a payment of 149,50 kr at one point per krona earns 149).
 */
export function pointsFor(amount: number, currency: string, pointsPerUnitBp: number): number {
  const digits = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits;
  return Number((BigInt(amount) * BigInt(pointsPerUnitBp)) / (10n ** BigInt(digits ?? 2) * 10_000n));
}

// Rewards

const toRewardDto = (row: RewardRow): RewardDto => ({
  id: row.id,
  name: row.name,
  description: row.description,
  costPoints: row.costPoints,
  stock: row.stock,
  active: row.active,
  kind: row.kind,
  promo:
    row.promoKind && row.promoValue !== null
      ? { kind: row.promoKind, value: row.promoValue, validDays: row.promoValidDays }
      : null,
  credits: row.credits !== null ? { credits: row.credits, validDays: row.creditsValidDays } : null,
});

/** A reward issues what its kind says, and only that: promo details for a promo, credits for credits. */
function rewardColumns(reward: Omit<RewardDto, 'id'>) {
  const problem = (path: string, message: string) =>
    new DomainError('validation_failed', {}, [{ in: 'body', path, message }]);
  if ((reward.kind === 'promo') !== (reward.promo !== null))
    throw problem('promo', 'required for a promo reward, and only for one');
  if ((reward.kind === 'credits') !== (reward.credits !== null))
    throw problem('credits', 'required for a credits reward, and only for one');
  if (reward.promo?.kind === 'percent' && reward.promo.value > 10_000)
    throw problem('promo.value', 'a percentage is at most 10000 basis points');
  return {
    name: reward.name,
    description: reward.description,
    costPoints: reward.costPoints,
    stock: reward.stock,
    active: reward.active,
    kind: reward.kind,
    promoKind: reward.promo?.kind ?? null,
    promoValue: reward.promo?.value ?? null,
    promoValidDays: reward.promo?.validDays ?? null,
    credits: reward.credits?.credits ?? null,
    creditsValidDays: reward.credits?.validDays ?? null,
  };
}

export async function listRewards(db: Db, ctx: RequestContext): Promise<RewardDto[]> {
  requireRole(ctx, 'staff');
  return (await selectRewards(db, ctx.org.id, false)).map(toRewardDto);
}

export async function createReward(db: Db, ctx: RequestContext, input: RewardCreateInput): Promise<RewardDto> {
  requireRole(ctx, 'admin');
  const columns = rewardColumns(input);
  return transaction(db, async (tx) => {
    const dto = toRewardDto(await insertReward(tx, { ...columns, orgId: ctx.org.id }));
    await recordAudit(tx, ctx, {
      action: 'loyalty.reward.created',
      entityType: 'loyalty_reward',
      entityId: dto.id,
      after: dto,
    });
    return dto;
  });
}

export async function changeReward(
  db: Db,
  ctx: RequestContext,
  id: string,
  input: RewardUpdateInput,
): Promise<RewardDto> {
  requireRole(ctx, 'admin');
  return transaction(db, async (tx) => {
    const found = await findReward(tx, ctx.org.id, id, true);
    if (!found) throw new DomainError('reward_not_found');
    const before = toRewardDto(found);
    const merged = { ...before, ...input };
    // Changing the kind drops what the old kind issued unless the new one says it again.
    if (input.kind && input.kind !== before.kind) {
      if (input.promo === undefined) merged.promo = null;
      if (input.credits === undefined) merged.credits = null;
    }
    const row = await updateReward(tx, ctx.org.id, id, rewardColumns(merged));
    if (!row) throw new DomainError('reward_not_found');
    const after = toRewardDto(row);
    await recordAudit(tx, ctx, {
      action: 'loyalty.reward.changed',
      entityType: 'loyalty_reward',
      entityId: id,
      before,
      after,
    });
    return after;
  });
}

/** A reward that was ever redeemed stays (its redemptions name it): an admin deactivates it instead. */
export async function removeReward(db: Db, ctx: RequestContext, id: string): Promise<void> {
  requireRole(ctx, 'admin');
  await transaction(db, async (tx) => {
    const found = await findReward(tx, ctx.org.id, id, true);
    if (!found) throw new DomainError('reward_not_found');
    if (await rewardHasRedemptions(tx, ctx.org.id, id)) throw new DomainError('reward_in_use');
    await deleteReward(tx, ctx.org.id, id);
    await recordAudit(tx, ctx, {
      action: 'loyalty.reward.deleted',
      entityType: 'loyalty_reward',
      entityId: id,
      before: toRewardDto(found),
    });
  });
}

// Earning and taking back

/**
 * In a settlement's transaction, once a payment has become a booking: the customer earns points by
 * the organisation's rate. The earn row is unique per payment, so a webhook retry, a second event
 * or the browser's confirm that reach this again earn nothing.
 */
export async function earnPointsForPayment(
  tx: Db,
  ctx: RequestContext,
  payment: Pick<PaymentRow, 'id' | 'orgId' | 'amount' | 'currency'>,
  customerId: string,
  /** The settlement's pending writes, sent along with the read of the rate. */
  writes?: WriteBatch,
): Promise<void> {
  const settings = (await findEarnRate(tx, payment.orgId, writes)) ?? defaults;
  if (!settings.enabled) return;
  const points = pointsFor(payment.amount, payment.currency, settings.pointsPerUnitBp);
  if (points <= 0) return;
  await lockBalance(tx, payment.orgId, customerId);
  await insertPoints(tx, {
    orgId: payment.orgId,
    customerId,
    kind: 'earn',
    delta: points,
    reason: 'payment',
    paymentId: payment.id,
    actorUserId: ctx.user?.id ?? null,
  });
}

/**
 * A refund succeeded: the payment's points go back in proportion to what has been refunded of it
 * (all refunds so far, so rounding never leaves points behind once all the money is back). Points
 * already spent cannot be taken: the row takes what is left and records the rest as a shortfall.
 */
export async function takeBackPointsForRefund(db: Db, refundId: string): Promise<string> {
  const refund = await findRefund(db, { id: refundId });
  if (!refund) throw new PermanentJobError(`refund ${refundId} not found`);
  if (refund.status !== 'succeeded') return `skipped: refund ${refund.status}`;
  const earning = await findEarning(db, refund.paymentId);
  if (!earning) return 'skipped: the payment earned no points';
  return transaction(db, async (tx) => {
    const balance = await lockBalance(tx, earning.orgId, earning.customerId);
    const payment = await findPaymentById(tx, refund.paymentId);
    if (!payment) throw new PermanentJobError(`refund ${refundId} has no payment`);
    const refunded = (await selectRefunds(tx, payment.id))
      .filter((r) => r.status === 'succeeded')
      .reduce((total, r) => total + r.amount, 0);
    // In BigInt: points × minor units can pass 2^53 for a large payment at a generous rate.
    const due = Number((BigInt(earning.delta) * BigInt(Math.min(refunded, payment.amount))) / BigInt(payment.amount));
    const toTake = due - (await takenBackFor(tx, payment.id));
    if (toTake <= 0) return 'skipped: nothing more to take back';
    const taken = Math.min(toTake, balance);
    const row = await insertPoints(tx, {
      orgId: earning.orgId,
      customerId: earning.customerId,
      kind: 'refund',
      delta: -taken,
      shortfall: toTake - taken,
      reason: 'refund',
      paymentId: payment.id,
      refundId,
    });
    return row ? `took back ${taken} of ${toTake}` : 'skipped: already taken back';
  });
}

export const loyaltyJobs = { refundSettled: 'loyalty.refund_settled' } as const;

export function loyaltyJobHandlers(deps: { db: Db }): Record<(typeof loyaltyJobs)['refundSettled'], JobHandler> {
  return {
    [loyaltyJobs.refundSettled]: async (job) => {
      const refundId = (job.payload as { refundId?: string }).refundId;
      if (!refundId) throw new PermanentJobError('loyalty refund job without refundId');
      return takeBackPointsForRefund(deps.db, refundId);
    },
  };
}

// Redemptions

const iso = (value: Date | string | null) => (value === null ? null : new Date(value).toISOString());

const toRedemptionDto = (row: RedemptionWithCode): RedemptionDto => ({
  id: row.id,
  rewardId: row.rewardId,
  rewardName: row.rewardName,
  kind: row.kind,
  points: row.points,
  status: row.status,
  customerId: row.customerId,
  customerName: row.customerName,
  promoCode: row.promoCode,
  creditGrantId: row.creditGrantId,
  createdAt: new Date(row.createdAt).toISOString(),
  fulfilledAt: iso(row.fulfilledAt),
  cancelledAt: iso(row.cancelledAt),
});

async function redemptionDto(db: Db, orgId: string, id: string): Promise<RedemptionDto> {
  const [row] = await selectRedemptions(db, orgId, { id }, { limit: 1, offset: 0 });
  if (!row) throw new DomainError('redemption_not_found');
  return toRedemptionDto(row);
}

/** A code people can type: no 0/O or 1/I to confuse. */
function newPromoCode(): string {
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  return `LOYAL-${Array.from({ length: 10 }, () => alphabet[randomInt(alphabet.length)]).join('')}`;
}

const DAY = 24 * 3600_000;

/** What a promo or credits reward issues, in the redemption's transaction. */
async function issue(tx: Db, ctx: RequestContext, reward: RewardRow, customerId: string, now: Date) {
  const orgId = ctx.org.id;
  if (reward.kind === 'promo' && reward.promoKind && reward.promoValue !== null) {
    const promo = await insertPromo(tx, {
      orgId,
      code: newPromoCode(),
      adjustmentKind: reward.promoKind,
      adjustmentValue: reward.promoValue,
      validFrom: null,
      validUntil: reward.promoValidDays ? new Date(now.getTime() + reward.promoValidDays * DAY) : null,
      appliesTo: 'all',
      serviceIds: [],
      classIds: [],
      minimumOrder: 0,
      maxUses: 1,
      maxUsesPerCustomer: 1,
      firstBookingOnly: false,
      active: true,
    });
    return { promoCodeId: promo.id };
  }
  if (reward.kind === 'credits' && reward.credits !== null) {
    await lockCredits(tx, orgId, customerId);
    const grant = await insertGrant(tx, {
      orgId,
      customerId,
      credits: reward.credits,
      expiresAt: reward.creditsValidDays ? new Date(now.getTime() + reward.creditsValidDays * DAY) : null,
      source: 'adjustment',
      scope: 'everything',
      scopeIds: [],
      creditsPerBooking: 1,
    });
    if (!grant) throw new Error('reward credit grant insert returned nothing');
    await insertCreditRows(tx, [
      {
        orgId,
        customerId,
        grantId: grant.id,
        kind: 'adjustment',
        delta: reward.credits,
        reason: `loyalty reward: ${reward.name}`.slice(0, 500),
        actorUserId: ctx.user?.id ?? null,
      },
    ]);
    return { creditGrantId: grant.id };
  }
  return null;
}

/**
 * A customer spends points on a reward. Under the balance lock and then the reward's row lock: the
 * reward must be active and in stock, the balance must cover it without the points still waiting for
 * their booking to begin (`pendingPoints`); one unit of stock and the points are taken, and a promo code or credits are issued at once (a product waits for staff).
 */
export async function redeemReward(db: Db, ctx: RequestContext, rewardId: string, now: Date): Promise<RedemptionDto> {
  const user = requireUser(ctx);
  const orgId = ctx.org.id;
  const id = await transaction(db, async (tx) => {
    if (!(await settingsOf(tx, orgId)).enabled) throw new DomainError('loyalty_disabled');
    const customer = await findAccountCustomer(tx, orgId, user.id);
    const balance = customer ? await lockBalance(tx, orgId, customer.id) : 0;
    // Read under the balance lock: no earning or take-back for this customer moves meanwhile.
    const pending = customer ? await pendingPoints(tx, orgId, customer.id, now) : 0;
    const reward = await findReward(tx, orgId, rewardId, true);
    if (!reward) throw new DomainError('reward_not_found');
    if (!reward.active) throw new DomainError('reward_inactive');
    if (reward.stock === 0) throw new DomainError('reward_out_of_stock');
    if (!customer || balance - pending < reward.costPoints) {
      const details = { balance: balance - pending, needed: reward.costPoints, pending };
      throw new DomainError('insufficient_points', details, details);
    }
    await moveStock(tx, reward.id, -1);
    const redemption = await insertRedemption(tx, {
      orgId,
      customerId: customer.id,
      rewardId: reward.id,
      rewardName: reward.name,
      kind: reward.kind,
      points: reward.costPoints,
      status: 'pending',
    });
    await insertPoints(tx, {
      orgId,
      customerId: customer.id,
      kind: 'redeem',
      delta: -reward.costPoints,
      reason: `reward: ${reward.name}`.slice(0, 500),
      redemptionId: redemption.id,
      actorUserId: user.id,
    });
    const issued = await issue(tx, ctx, reward, customer.id, now);
    if (issued) await updateRedemption(tx, redemption.id, { ...issued, status: 'fulfilled', fulfilledAt: now });
    await recordAudit(tx, ctx, {
      action: 'loyalty.redeemed',
      entityType: 'loyalty_redemption',
      entityId: redemption.id,
      after: { rewardId: reward.id, points: reward.costPoints, status: issued ? 'fulfilled' : 'pending', ...issued },
    });
    await enqueue(tx, orgId, 'mail.loyalty_redeemed', { redemptionId: redemption.id });
    return redemption.id;
  });
  return redemptionDto(db, orgId, id);
}

/** Staff hand over a product reward. Fulfilling it again is a no-op; a cancelled one cannot be. */
export async function fulfilRedemption(db: Db, ctx: RequestContext, id: string, now: Date): Promise<RedemptionDto> {
  requireRole(ctx, 'staff');
  await transaction(db, async (tx) => {
    const found = await findRedemption(tx, ctx.org.id, id, true);
    if (!found) throw new DomainError('redemption_not_found');
    if (found.status === 'fulfilled') return;
    if (found.status !== 'pending') throw new DomainError('redemption_not_pending');
    await updateRedemption(tx, id, { status: 'fulfilled', fulfilledAt: now, handledBy: ctx.user?.id ?? null });
    await recordAudit(tx, ctx, {
      action: 'loyalty.redemption.fulfilled',
      entityType: 'loyalty_redemption',
      entityId: id,
      before: { status: found.status },
      after: { status: 'fulfilled' },
    });
  });
  return redemptionDto(db, ctx.org.id, id);
}

/**
 * Staff cancel a pending redemption: its points and its unit of stock come back. What was issued at
 * once (a code, credits) cannot be taken back this way, so a fulfilled redemption is refused.
 */
export async function cancelRedemption(db: Db, ctx: RequestContext, id: string, now: Date): Promise<RedemptionDto> {
  requireRole(ctx, 'staff');
  await transaction(db, async (tx) => {
    const found = await findRedemption(tx, ctx.org.id, id, true);
    if (!found) throw new DomainError('redemption_not_found');
    if (found.status === 'cancelled') return;
    if (found.status !== 'pending') throw new DomainError('redemption_not_pending');
    await lockBalance(tx, found.orgId, found.customerId);
    await insertPoints(tx, {
      orgId: found.orgId,
      customerId: found.customerId,
      kind: 'return',
      delta: found.points,
      reason: 'redemption cancelled',
      redemptionId: found.id,
      actorUserId: ctx.user?.id ?? null,
    });
    await moveStock(tx, found.rewardId, 1);
    await updateRedemption(tx, id, { status: 'cancelled', cancelledAt: now, handledBy: ctx.user?.id ?? null });
    await recordAudit(tx, ctx, {
      action: 'loyalty.redemption.cancelled',
      entityType: 'loyalty_redemption',
      entityId: id,
      before: { status: found.status },
      after: { status: 'cancelled', pointsReturned: found.points },
    });
  });
  return redemptionDto(db, ctx.org.id, id);
}

export async function listRedemptions(
  db: Db,
  ctx: RequestContext,
  query: Page & { status?: RedemptionStatus | undefined },
): Promise<RedemptionDto[]> {
  requireRole(ctx, 'staff');
  const { status, ...page } = query;
  return (await selectRedemptions(db, ctx.org.id, { status }, page)).map(toRedemptionDto);
}

// Balances

const toPointsEntry = (row: PointsRow) => ({
  id: row.id,
  kind: row.kind,
  delta: row.delta,
  shortfall: row.shortfall,
  reason: row.reason,
  paymentId: row.paymentId,
  redemptionId: row.redemptionId,
  createdAt: row.createdAt.toISOString(),
});

async function pointsOf(db: Db, orgId: string, customerId: string | null, page: Page, now: Date): Promise<PointsDto> {
  const { enabled } = await settingsOf(db, orgId);
  if (!customerId) {
    return { enabled, balance: 0, pending: 0, ledger: { entries: [], total: 0, ...page }, redemptions: [] };
  }
  const { rows, total } = await selectLedger(db, orgId, customerId, page);
  const redemptions = await selectRedemptions(db, orgId, { customerId }, { limit: 100, offset: 0 });
  return {
    enabled,
    balance: await findBalance(db, orgId, customerId),
    pending: await pendingPoints(db, orgId, customerId, now),
    ledger: { entries: rows.map(toPointsEntry), total, ...page },
    redemptions: redemptions.map(toRedemptionDto),
  };
}

export async function myLoyalty(db: Db, ctx: RequestContext, page: Page, now: Date) {
  const user = requireUser(ctx);
  const customer = await findAccountCustomer(db, ctx.org.id, user.id);
  const points = await pointsOf(db, ctx.org.id, customer?.id ?? null, page, now);
  const rewards = points.enabled ? (await selectRewards(db, ctx.org.id, true)).map(toRewardDto) : [];
  return { ...points, rewards };
}

export async function customerLoyalty(db: Db, ctx: RequestContext, customerId: string, page: Page, now: Date) {
  requireRole(ctx, 'staff');
  if (!(await findCustomer(db, ctx.org.id, customerId))) throw new DomainError('customer_not_found');
  return pointsOf(db, ctx.org.id, customerId, page, now);
}

/** Staff give or take points by hand, with a reason; audited; never below zero. */
export async function adjustPoints(
  db: Db,
  ctx: RequestContext,
  customerId: string,
  input: PointsAdjustInput,
  now: Date,
): Promise<PointsDto> {
  requireRole(ctx, 'staff');
  const orgId = ctx.org.id;
  await transaction(db, async (tx) => {
    if (!(await findCustomer(tx, orgId, customerId))) throw new DomainError('customer_not_found');
    const before = await lockBalance(tx, orgId, customerId);
    if (before + input.delta < 0) {
      const details = { balance: before, needed: -input.delta };
      throw new DomainError('insufficient_points', details, details);
    }
    await insertPoints(tx, {
      orgId,
      customerId,
      kind: 'adjustment',
      delta: input.delta,
      reason: input.reason,
      actorUserId: ctx.user?.id ?? null,
    });
    await recordAudit(tx, ctx, {
      action: 'loyalty.points.adjusted',
      entityType: 'customer',
      entityId: customerId,
      before: { balance: before },
      after: { balance: before + input.delta, delta: input.delta, reason: input.reason },
    });
  });
  return pointsOf(db, orgId, customerId, { limit: 50, offset: 0 }, now);
}

/** The loyalty part of the integrity report: empty in normal operation. */
export async function loyaltyIntegrity(db: Db, orgId: string) {
  const off = await pointsOffLedger(db, orgId);
  return {
    pointsBalancesOffLedger: off.map((b) => ({ customerId: b.customer_id, balance: b.balance, ledgerSum: b.ledger })),
  };
}

/** What the redemption mail says: the reward, the points, the code issued, to whom and in which language. */
export async function redemptionForMail(db: Db, orgId: string, redemptionId: string) {
  const [row] = await selectRedemptions(db, orgId, { id: redemptionId }, { limit: 1, offset: 0 });
  if (!row) return null;
  const customer = await findCustomer(db, orgId, row.customerId);
  if (!customer) return null;
  const org = await orgContextOf(db, orgId);
  return { redemption: toRedemptionDto(row), customer, org, balance: await findBalance(db, orgId, row.customerId) };
}
