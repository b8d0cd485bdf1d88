/**
 * Packages: products that grant credits, sold through the ordinary payment rows. A purchase fixes
 * what was sold (credits, validity, scope) on its own row; its payment (card, Swish, bank transfer)
 * names the purchase instead of a booking, and settling that payment grants the credits exactly once
 * (the grant is unique per payment and per purchase, and settlement runs under the payment's row
 * lock). Staff selling at the venue took the money in person: the credits are granted at once.
 */
import { type CardGateway, isCardDeclined } from '../../platform/card-gateway.ts';
import { savedCardToPay } from '../payments/cards.service.ts';
import {
  type RequestContext,
  hasRole,
  requireRole,
  requireSelf,
  requireUser,
  systemContext,
} from '../../platform/context.ts';
import { type Db, transaction } from '../../platform/db.ts';
import { DomainError } from '../../platform/errors.ts';
import { offersPaymentMethod } from '../orgs/orgs.service.ts';
import { type IdempotencyRequest, type StoredResponse, runIdempotent } from '../../platform/idempotency.ts';
import { type JobHandler, PermanentJobError, enqueue } from '../../platform/jobs.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { orgContextOf, paymentJobs } from '../payments/payments.locks.ts';
import { requireClassType } from '../classes/classes.service.ts';
import { findCustomer, upsertAccountCustomer } from '../customers/customers.repo.ts';
import { findPayment, findPaymentById, updatePayment } from '../payments/payments.repo.ts';
import {
  ensureCardIntent,
  openPurchasePayment,
  paymentInstructions,
  refundableOf,
} from '../payments/payments.service.ts';
import type { PaymentRow, RefundRow } from '../payments/payments.tables.ts';
import { openRefund } from '../payments/refunds.service.ts';
import { findService } from '../services/services.repo.ts';
import {
  findPackage,
  findPurchase,
  findPurchaseGrant,
  insertLedgerRows,
  insertPackage,
  lockBalance,
  insertPurchase,
  findWaitingPurchasePayment,
  selectPackages,
  selectWaitingPurchases,
  updatePackageRow,
  updatePurchase,
} from './credits.repo.ts';
import type {
  PackageCreateInput,
  PackageDto,
  PackageUpdateInput,
  PurchaseDto,
  PurchaseInput,
} from './credits.schema.ts';
import { grantPurchase } from './credits.service.ts';
import type { PackagePurchaseRow, PackageRow } from './credits.tables.ts';

export function toPackageDto(row: PackageRow): PackageDto {
  return {
    id: row.id,
    name: row.name,
    credits: row.credits,
    price: { amount: row.priceAmount, currency: row.currency },
    validityDays: row.validityDays,
    scope: row.scope,
    scopeIds: row.scopeIds,
    creditsPerBooking: row.creditsPerBooking,
    active: row.active,
  };
}

const fieldError = (path: string, message: string) =>
  new DomainError('validation_failed', {}, [{ in: 'body', path, message }]);

/** A scope names ids exactly when it limits to class types or services, and only this organisation's. */
async function checkScope(tx: Db, orgId: string, scope: PackageRow['scope'], scopeIds: string[]): Promise<void> {
  const listed = scope === 'class_types' || scope === 'services';
  if (listed && scopeIds.length === 0)
    throw fieldError('scopeIds', `name at least one of the ${scope.replace('_', ' ')}`);
  if (!listed && scopeIds.length > 0) throw fieldError('scopeIds', `must be empty for scope ${scope}`);
  for (const id of new Set(scopeIds)) {
    if (scope === 'class_types') await requireClassType(tx, orgId, id);
    else if (!(await findService(tx, orgId, id))) throw new DomainError('service_not_found');
  }
}

export async function listPackages(db: Db, ctx: RequestContext, all: boolean): Promise<PackageDto[]> {
  // Customers see what is for sale; staff may ask for the withdrawn ones too.
  const rows = await selectPackages(db, ctx.org.id, !(all && hasRole(ctx, 'staff')));
  return rows.map(toPackageDto);
}

export async function getPackage(db: Db, ctx: RequestContext, id: string): Promise<PackageDto> {
  const row = await findPackage(db, ctx.org.id, id);
  if (!row || (!row.active && !hasRole(ctx, 'staff'))) throw new DomainError('package_not_found');
  return toPackageDto(row);
}

export async function createPackage(db: Db, ctx: RequestContext, input: PackageCreateInput): Promise<PackageDto> {
  requireRole(ctx, 'admin');
  return transaction(db, async (tx) => {
    const scopeIds = [...new Set(input.scopeIds)];
    await checkScope(tx, ctx.org.id, input.scope, scopeIds);
    const row = await insertPackage(tx, {
      orgId: ctx.org.id,
      name: input.name,
      credits: input.credits,
      priceAmount: input.price.amount,
      currency: input.price.currency ?? ctx.org.currency,
      validityDays: input.validityDays,
      scope: input.scope,
      scopeIds,
      creditsPerBooking: input.creditsPerBooking,
      active: input.active,
    });
    const dto = toPackageDto(row);
    await recordAudit(tx, ctx, { action: 'package.created', entityType: 'package', entityId: row.id, after: dto });
    return dto;
  });
}

/** Changes apply to later sales only: a purchase keeps what it was sold with. Withdraw with `active: false`. */
export async function updatePackage(
  db: Db,
  ctx: RequestContext,
  id: string,
  input: PackageUpdateInput,
): Promise<PackageDto> {
  requireRole(ctx, 'admin');
  return transaction(db, async (tx) => {
    const before = await findPackage(tx, ctx.org.id, id);
    if (!before) throw new DomainError('package_not_found');
    const { price, scopeIds: ids, ...rest } = input;
    const scope = input.scope ?? before.scope;
    const scopeIds = ids ? [...new Set(ids)] : input.scope && input.scope !== before.scope ? [] : before.scopeIds;
    await checkScope(tx, ctx.org.id, scope, scopeIds);
    const row = await updatePackageRow(tx, ctx.org.id, id, {
      ...rest,
      scopeIds,
      ...(price ? { priceAmount: price.amount, currency: price.currency ?? ctx.org.currency } : {}),
    });
    const dto = toPackageDto(row);
    await recordAudit(tx, ctx, {
      action: 'package.updated',
      entityType: 'package',
      entityId: id,
      before: toPackageDto(before),
      after: dto,
    });
    return dto;
  });
}

export interface PurchaseDeps {
  now: Date;
  cardGateway: CardGateway | null;
}

/**
 * Buys a package: a signed-in customer for themselves (card, Swish or bank transfer, as the
 * organisation offers), or staff for a customer (at the venue, Swish or bank transfer). The purchase
 * and its pending payment are one transaction; the card's PaymentIntent is made after the commit.
 */
export async function purchasePackage(
  db: Db,
  ctx: RequestContext,
  packageId: string,
  input: PurchaseInput,
  idempotency: IdempotencyRequest | null,
  deps: PurchaseDeps,
): Promise<StoredResponse<PurchaseDto>> {
  const staff = input.customerId !== undefined;
  // Bought for oneself unless staff name the customer (an API key is nobody's customer).
  const user = staff ? requireUser(ctx) : requireSelf(ctx);
  if (staff) requireRole(ctx, 'staff');
  const method = input.paymentMethod;
  // Only staff can say the money was taken in person; a customer cannot grant themselves credits.
  if (staff ? method === 'card' : method === 'venue' || !offersPaymentMethod(ctx.org, method))
    throw new DomainError('payment_method_unavailable');
  if (method === 'card' && !deps.cardGateway) throw new DomainError('payments_disabled');
  // Checked with Stripe before the transaction: no network call inside one.
  const savedCard =
    input.savedCardId === undefined ? null : await savedCardToPay(db, deps.cardGateway, ctx, input.savedCardId);
  const stored = await transaction(db, (tx) =>
    runIdempotent<PurchaseDto>(tx, ctx.org.id, idempotency, async () => {
      const pkg = await findPackage(tx, ctx.org.id, packageId);
      if (!pkg?.active) throw new DomainError('package_not_found');
      const customer = input.customerId
        ? await findCustomer(tx, ctx.org.id, input.customerId)
        : await upsertAccountCustomer(tx, ctx.org.id, user);
      if (!customer) throw new DomainError('customer_not_found');
      const purchase = await insertPurchase(tx, {
        orgId: ctx.org.id,
        packageId: pkg.id,
        customerId: customer.id,
        method,
        status: 'pending',
        credits: pkg.credits,
        priceAmount: pkg.priceAmount,
        currency: pkg.currency,
        validityDays: pkg.validityDays,
        scope: pkg.scope,
        scopeIds: pkg.scopeIds,
        creditsPerBooking: pkg.creditsPerBooking,
        soldBy: staff ? user.id : null,
      });
      let payment: PaymentRow | null = null;
      if (method === 'venue') {
        await grantPurchase(tx, { ctx, now: deps.now }, purchase, null);
        await updatePurchase(tx, purchase.id, 'paid');
      } else {
        payment = await openPurchasePayment(tx, ctx.org, purchase, method, savedCard);
        // Swish and transfers: the customer is mailed where to pay, with the message staff match it by.
        if (method === 'swish' || method === 'bank_transfer')
          await enqueue(tx, ctx.org.id, 'mail.package_payment_pending', { purchaseId: purchase.id });
        // A card checkout is finished in the browser or abandoned there: after the hold time a
        // booking would get, the payment is called off (a success that still comes grants anyway).
        if (method === 'card')
          await enqueue(
            tx,
            ctx.org.id,
            paymentJobs.expirePurchase,
            { paymentId: payment.id },
            { runAt: new Date(deps.now.getTime() + ctx.org.holdMinutes * 60_000) },
          );
      }
      const body = purchaseDto(ctx, { ...purchase, status: method === 'venue' ? 'paid' : 'pending' }, payment, deps);
      await recordAudit(tx, ctx, {
        action: 'package.purchased',
        entityType: 'package_purchase',
        entityId: purchase.id,
        after: body.purchase,
      });
      return { status: 201, body };
    }),
  );
  return withCardSecret(db, stored, deps);
}

function purchaseDto(
  ctx: RequestContext,
  purchase: PackagePurchaseRow,
  payment: PaymentRow | null,
  deps: PurchaseDeps,
): PurchaseDto {
  return {
    purchase: {
      id: purchase.id,
      packageId: purchase.packageId,
      customerId: purchase.customerId,
      status: purchase.status,
      method: purchase.method,
      credits: purchase.credits,
      price: { amount: purchase.priceAmount, currency: purchase.currency },
      createdAt: purchase.createdAt.toISOString(),
    },
    payment: payment && paymentInstructions(ctx.org, payment, deps.cardGateway?.publishableKey ?? null),
  };
}

/** The card's client secret, added outside the stored answer (a retry gets it too, from the payment). */
async function withCardSecret(
  db: Db,
  stored: StoredResponse<PurchaseDto>,
  deps: PurchaseDeps,
): Promise<StoredResponse<PurchaseDto>> {
  const checkout = stored.body.payment;
  if (checkout?.method !== 'card' || !deps.cardGateway) return stored;
  const payment = await findPaymentById(db, checkout.id);
  if (payment?.status !== 'pending') return stored;
  try {
    const clientSecret = await ensureCardIntent(db, deps.cardGateway, payment, {
      email: '',
      description: `Package ${stored.body.purchase.credits} credits`,
    });
    return { ...stored, body: { ...stored.body, payment: { ...checkout, clientSecret } } };
  } catch (error) {
    // A saved card the bank refused: the purchase fails at once, and the customer is told why.
    const declined = isCardDeclined(error);
    await transaction(db, (tx) =>
      failPackagePayment(tx, payment, {
        status: 'failed',
        reason: declined ? 'card_declined' : 'provider_unavailable',
      }),
    );
    throw new DomainError(declined ? 'card_declined' : 'payment_provider_unavailable', {}, undefined, error);
  }
}

export type PackageSettlement =
  | { outcome: 'already'; packagePurchaseId: string }
  /** The payment as settled and the buyer, for what else a settled payment earns (loyalty points). */
  | { outcome: 'credited'; packagePurchaseId: string; paid: PaymentRow; customerId: string }
  | { outcome: 'unbookable'; packagePurchaseId: string; reason: 'mismatch' };

/**
 * Money arrived for a package purchase (webhook, browser confirm, or staff marking Swish paid). Under
 * the payment's row lock a settled payment is a no-op; otherwise the payment succeeds and the credits
 * are granted. When the provider's record does not match ours, the money received goes back instead.
 */
export async function settlePackagePayment(
  tx: Db,
  ctx: RequestContext,
  payment: PaymentRow,
  now: Date,
  mismatch: { received: number } | null,
): Promise<PackageSettlement> {
  const purchaseId = payment.packagePurchaseId;
  if (!purchaseId) throw new Error(`payment ${payment.id} buys no package`);
  const locked = await findPayment(tx, payment.orgId, { id: payment.id }, true);
  if (!locked) throw new Error(`payment ${payment.id} vanished`);
  if (locked.status === 'succeeded') return { outcome: 'already', packagePurchaseId: purchaseId };
  const amount = mismatch && mismatch.received > 0 ? mismatch.received : locked.amount;
  const paid = await updatePayment(tx, locked.id, {
    status: 'succeeded',
    succeededAt: now,
    failureReason: mismatch ? 'mismatch' : null,
    amount,
  });
  await recordAudit(tx, ctx, {
    action: 'payment.succeeded',
    entityType: 'payment',
    entityId: locked.id,
    before: { status: locked.status },
    after: {
      status: 'succeeded',
      amount,
      currency: locked.currency,
      method: locked.method,
      packagePurchaseId: purchaseId,
    },
  });
  const purchase = await findPurchase(tx, payment.orgId, purchaseId);
  if (!purchase) throw new Error(`purchase ${purchaseId} vanished`);
  if (mismatch) {
    await openRefund(tx, ctx, paid, amount, 'package payment mismatch', now);
    await updatePurchase(tx, purchaseId, 'refunded');
    return { outcome: 'unbookable', packagePurchaseId: purchaseId, reason: 'mismatch' };
  }
  await grantPurchase(tx, { ctx, now }, purchase, locked.id);
  await updatePurchase(tx, purchaseId, 'paid');
  return { outcome: 'credited', packagePurchaseId: purchaseId, paid, customerId: purchase.customerId };
}

/** A package payment that will not complete: the payment ends, and so does the purchase. */
export async function failPackagePayment(
  tx: Db,
  payment: PaymentRow,
  outcome: { status: 'failed' | 'cancelled'; reason: string },
): Promise<void> {
  const locked = await findPayment(tx, payment.orgId, { id: payment.id }, true);
  if (locked?.status !== 'pending' || !locked.packagePurchaseId) return;
  await updatePayment(tx, locked.id, { status: outcome.status, failureReason: outcome.reason });
  await updatePurchase(tx, locked.packagePurchaseId, 'failed');
}

/** Whose purchase a payment is: the account that may confirm it (staff may confirm any). */
export async function purchaseOwner(db: Db, orgId: string, purchaseId: string): Promise<string | null> {
  const purchase = await findPurchase(db, orgId, purchaseId);
  const customer = purchase && (await findCustomer(db, orgId, purchase.customerId));
  return customer?.userId ?? null;
}

/**
 * What of a package payment can go back: the unused share. With `paid` for `credits` credits of which
 * `unused` are left (live, not expired), at most paid × unused / credits, rounded down, and never
 * more than is still refundable. Refunding `amount` takes back amount × credits / paid credits,
 * rounded up (all that are left when the whole unused share goes back), so the customer never keeps
 * credits for money returned. Expired credits are worth nothing: they are not refunded.
 */
export function packageRefundRule(
  payment: { paid: number; refundable: number },
  credits: { bought: number; unused: number },
) {
  const refundable = Math.min(payment.refundable, Math.floor((payment.paid * credits.unused) / credits.bought));
  const revoked = (amount: number) =>
    amount >= refundable
      ? credits.unused
      : Math.min(credits.unused, Math.ceil((amount * credits.bought) / payment.paid));
  return { refundable, revoked };
}

/**
 * An admin refunds (part of) a package payment, in checkout's refund transaction: the payment row
 * lock, then the customer's balance lock (the order settlement takes), then the credits that the
 * money stood for are taken back with ledger rows (the grant's CHECK keeps it at zero or more) and
 * the refund is opened. Asking for more than the unused share → `refund_exceeds_payment`.
 */
export async function refundPurchase(
  tx: Db,
  ctx: RequestContext,
  found: PaymentRow,
  input: { amount?: number | undefined; reason: string },
  now: Date,
): Promise<RefundRow> {
  const purchaseId = found.packagePurchaseId;
  if (!purchaseId) throw new Error(`payment ${found.id} buys no package`);
  const payment = await findPayment(tx, ctx.org.id, { id: found.id }, true);
  if (payment?.status !== 'succeeded') throw new DomainError('payment_not_succeeded');
  const purchase = await findPurchase(tx, ctx.org.id, purchaseId);
  if (!purchase) throw new Error(`purchase ${purchaseId} vanished`);
  await lockBalance(tx, ctx.org.id, purchase.customerId);
  const grant = await findPurchaseGrant(tx, ctx.org.id, purchaseId);
  const live = grant && (grant.expiresAt === null || grant.expiresAt > now);
  const unused = live ? grant.remaining : 0;
  const rule = packageRefundRule(
    { paid: payment.amount, refundable: refundableOf(payment) },
    { bought: purchase.credits, unused },
  );
  const amount = input.amount ?? rule.refundable;
  if (rule.refundable === 0 || amount > rule.refundable) {
    throw new DomainError(
      'refund_exceeds_payment',
      { refundable: rule.refundable, currency: payment.currency },
      { refundable: rule.refundable },
    );
  }
  const revoked = rule.revoked(amount);
  if (grant && revoked > 0) {
    await insertLedgerRows(tx, [
      {
        orgId: ctx.org.id,
        customerId: purchase.customerId,
        grantId: grant.id,
        kind: 'adjustment',
        delta: -revoked,
        reason: `package refunded: ${input.reason}`.slice(0, 500),
        actorUserId: ctx.user?.id ?? null,
        paymentId: payment.id,
      },
    ]);
  }
  const refund = await openRefund(tx, ctx, payment, amount, input.reason, now);
  if (unused - revoked === 0) await updatePurchase(tx, purchaseId, 'refunded');
  await recordAudit(tx, ctx, {
    action: 'package.refunded',
    entityType: 'package_purchase',
    entityId: purchaseId,
    before: { status: purchase.status, unusedCredits: unused },
    after: { refunded: amount, currency: payment.currency, creditsRevoked: revoked, reason: input.reason },
  });
  return refund;
}

/**
 * The hold time of a package's card payment ran out: the payment and the purchase end, and Stripe is
 * asked to cancel the intent. If the customer paid meanwhile, the cancel job finds the intent
 * succeeded and settles it, and a late webhook does too: settlement grants the credits whatever the
 * payment's state, so money is never lost.
 */
export function expirePurchaseHandler(deps: { db: Db; now: () => Date }): JobHandler {
  return async (job) => {
    const paymentId = (job.payload as { paymentId?: string }).paymentId;
    if (!paymentId) throw new PermanentJobError('purchase expiry job without paymentId');
    const payment = await findPaymentById(deps.db, paymentId);
    if (payment?.status !== 'pending' || !payment.packagePurchaseId) return 'skipped: not pending';
    const org = await orgContextOf(deps.db, job.orgId);
    await transaction(deps.db, async (tx) => {
      const locked = await findPayment(tx, job.orgId, { id: paymentId }, true);
      if (locked?.status !== 'pending') return;
      await failPackagePayment(tx, locked, { status: 'cancelled', reason: 'hold_expired' });
      await recordAudit(tx, systemContext(org), {
        action: 'payment.cancelled',
        entityType: 'payment',
        entityId: paymentId,
        before: { status: 'pending' },
        after: { status: 'cancelled', reason: 'hold_expired', packagePurchaseId: locked.packagePurchaseId },
      });
      if (locked.providerRef) await enqueue(tx, job.orgId, paymentJobs.cancelIntent, { paymentId }, { maxAttempts: 5 });
    });
    return 'abandoned';
  };
}

/** What the "credits granted" mail says: the package, its grant as it stands now, and whom to tell. */
export async function purchaseForMail(db: Db, orgId: string, purchaseId: string) {
  const purchase = await findPurchase(db, orgId, purchaseId);
  if (!purchase) return null;
  const [grant, pkg, customer] = await Promise.all([
    findPurchaseGrant(db, orgId, purchaseId),
    findPackage(db, orgId, purchase.packageId),
    findCustomer(db, orgId, purchase.customerId),
  ]);
  if (!grant || !customer) return null;
  const org = await orgContextOf(db, orgId);
  return { purchase, grant, packageName: pkg?.name ?? '', customer, org };
}

/** Staff: the purchases waiting for a Swish or bank transfer payment, to mark paid when the money is in. */
export async function listWaitingPurchases(db: Db, ctx: RequestContext) {
  requireRole(ctx, 'staff');
  const rows = await selectWaitingPurchases(db, ctx.org.id);
  return {
    purchases: rows.map(({ purchase, packageName, customer, payment }) => ({
      id: purchase.id,
      packageName,
      credits: purchase.credits,
      method: purchase.method as 'swish' | 'bank_transfer',
      customer,
      amount: { amount: payment.amount, currency: purchase.currency },
      reference: payment.reference,
      paymentId: payment.id,
      createdAt: purchase.createdAt.toISOString(),
    })),
  };
}

/** What the "pay for your package" mail needs, while the purchase still waits for its payment. */
export async function waitingPurchaseForMail(db: Db, orgId: string, purchaseId: string) {
  const purchase = await findPurchase(db, orgId, purchaseId);
  if (purchase?.status !== 'pending') return null;
  const [payment, pkg, customer] = await Promise.all([
    findWaitingPurchasePayment(db, orgId, purchaseId),
    findPackage(db, orgId, purchase.packageId),
    findCustomer(db, orgId, purchase.customerId),
  ]);
  if (!payment?.reference || !customer || (payment.method !== 'swish' && payment.method !== 'bank_transfer'))
    return null;
  const org = await orgContextOf(db, orgId);
  return { purchase, payment, packageName: pkg?.name ?? '', customer, org };
}
