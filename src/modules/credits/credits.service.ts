/**
 * Credits: the ledger of a customer's prepaid credits. Every change is a ledger row; a trigger moves
 * the grant's `remaining` and the customer's balance by its delta, and CHECKs keep both at zero or
 * more, so no code path (nor raw SQL) can spend credits that are not there. Every change first takes
 * the customer's balance row lock, which serialises one customer's uses, returns and adjustments.
 *
 * Expiry is decided by the app's clock (`now`, the clock every booking rule uses), at the moment of
 * use, in the statement that picks the grants: an expired grant is never spent, whether or not
 * anything has written it off yet. Under the same lock, credits left on grants that expired are
 * written off with an `expiry` row, so the stored balance catches up whenever the customer's credits
 * are touched.
 */
import { type RequestContext, requireRole, requireUser } from '../../platform/context.ts';
import { type Db, transaction } from '../../platform/db.ts';
import { DomainError } from '../../platform/errors.ts';
import { enqueue, enqueueWebhookEvent } from '../../platform/jobs.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { findAccountCustomer, findCustomer } from '../customers/customers.repo.ts';
import {
  creditIntegrityProblems,
  findBalance,
  insertGrant,
  insertLedgerRows,
  lockBalance,
  selectBookingUses,
  selectGrants,
  selectLapsedGrants,
  selectLedger,
  selectUsableGrants,
} from './credits.repo.ts';
import type { CreditAdjustInput, CreditsDto } from './credits.schema.ts';
import type { CreditGrantRow, CreditLedgerRow, LedgerKind, PackagePurchaseRow } from './credits.tables.ts';

/** What a booking books, as far as a grant's scope is concerned. */
export type CreditTarget = { kind: 'class'; classTypeId: string | null } | { kind: 'appointment'; serviceId: string };

export function grantCovers(grant: Pick<CreditGrantRow, 'scope' | 'scopeIds'>, target: CreditTarget): boolean {
  switch (grant.scope) {
    case 'everything':
      return true;
    case 'all_classes':
      return target.kind === 'class';
    case 'class_types':
      return target.kind === 'class' && target.classTypeId !== null && grant.scopeIds.includes(target.classTypeId);
    case 'services':
      return target.kind === 'appointment' && grant.scopeIds.includes(target.serviceId);
  }
}

interface Actor {
  ctx: RequestContext;
  now: Date;
}

/** Under the balance lock: credits on grants that expired by `now` are written off. */
async function writeOffLapsed(tx: Db, orgId: string, customerId: string, { ctx, now }: Actor): Promise<void> {
  const lapsed = await selectLapsedGrants(tx, orgId, customerId, now);
  await insertLedgerRows(
    tx,
    lapsed.map((grant) => ({
      orgId,
      customerId,
      grantId: grant.id,
      kind: 'expiry' as const,
      delta: -grant.remaining,
      reason: 'expired',
      actorUserId: ctx.user?.id ?? null,
    })),
  );
}

/** Takes `needed` credits from the grants in order, one ledger row per grant touched. */
function take(grants: CreditGrantRow[], needed: number) {
  const parts: { grant: CreditGrantRow; credits: number }[] = [];
  let left = needed;
  for (const grant of grants) {
    if (left === 0) break;
    const credits = Math.min(grant.remaining, left);
    parts.push({ grant, credits });
    left -= credits;
  }
  return parts;
}

const sum = (grants: CreditGrantRow[]) => grants.reduce((total, grant) => total + grant.remaining, 0);

/**
 * In the booking's transaction: pays for `spots` of the target with credits. The price in credits is
 * the first applicable grant's credits per booking (a package's rate) times the spots; the credits
 * come from the grants that cover the target, first to expire first. Short → `insufficient_credits`
 * (the booking's transaction rolls back, so nothing is written); credits that exist but cannot pay
 * for this → `credits_not_applicable`.
 */
export async function spendCredits(
  tx: Db,
  actor: Actor,
  use: { customerId: string; bookingId: string; target: CreditTarget; spots: number },
): Promise<{ credits: number }> {
  const orgId = actor.ctx.org.id;
  await lockBalance(tx, orgId, use.customerId);
  await writeOffLapsed(tx, orgId, use.customerId, actor);
  const usable = await selectUsableGrants(tx, orgId, use.customerId, actor.now);
  const applicable = usable.filter((grant) => grantCovers(grant, use.target));
  if (applicable.length === 0 && usable.length > 0) throw new DomainError('credits_not_applicable');
  const needed = (applicable[0]?.creditsPerBooking ?? 1) * use.spots;
  const balance = sum(applicable);
  if (balance < needed) throw new DomainError('insufficient_credits', { balance, needed }, { balance, needed });
  await insertLedgerRows(
    tx,
    take(applicable, needed).map(({ grant, credits }) => ({
      orgId,
      customerId: use.customerId,
      grantId: grant.id,
      kind: 'use' as const,
      delta: -credits,
      reason: 'booking',
      actorUserId: actor.ctx.user?.id ?? null,
      bookingId: use.bookingId,
    })),
  );
  await enqueueWebhookEvent(
    tx,
    orgId,
    'credits.used',
    { customerId: use.customerId, bookingId: use.bookingId, credits: needed },
    actor.now,
  );
  return { credits: needed };
}

/**
 * In a cancellation's transaction: the credits a booking used go back to the grants they came from.
 * A grant that expired meanwhile gets them back and loses them at once (a `return` then an `expiry`
 * row), so the history shows both. A late cancellation's policy may keep some of them. A booking is
 * cancelled once (cancelling again is a no-op), and what came back is not held any more: a second
 * call returns nothing.
 */
export async function returnCredits(
  tx: Db,
  actor: Actor,
  bookingId: string,
  reason: string,
  /** A late cancellation's policy: how many of the credits used to keep (default none). */
  keep: (used: number) => number = () => 0,
): Promise<number> {
  const orgId = actor.ctx.org.id;
  const uses = (await selectBookingUses(tx, orgId, bookingId)).filter((use) => use.held > 0);
  const first = uses[0];
  if (!first) return 0;
  let back = uses.reduce((total, use) => total + use.held, 0);
  back -= keep(back);
  const held = uses.flatMap((use) => {
    const credits = Math.min(use.held, back);
    back -= credits;
    return credits > 0 ? [{ ...use, held: credits }] : [];
  });
  await lockBalance(tx, orgId, first.customerId);
  const rows: {
    orgId: string;
    customerId: string;
    grantId: string;
    kind: LedgerKind;
    delta: number;
    reason: string;
    actorUserId: string | null;
    bookingId: string;
  }[] = [];
  for (const use of held) {
    const row = {
      orgId,
      customerId: use.customerId,
      grantId: use.grantId,
      actorUserId: actor.ctx.user?.id ?? null,
      bookingId,
    };
    rows.push({ ...row, kind: 'return', delta: use.held, reason });
    if (use.expiresAt && use.expiresAt <= actor.now)
      rows.push({ ...row, kind: 'expiry', delta: -use.held, reason: 'expired' });
  }
  await insertLedgerRows(tx, rows);
  const returned = held.reduce((total, use) => total + use.held, 0);
  if (returned > 0) {
    await enqueueWebhookEvent(
      tx,
      orgId,
      'credits.returned',
      { customerId: first.customerId, bookingId, credits: returned, reason },
      actor.now,
    );
  }
  return returned;
}

/**
 * Whether the credits a booking holds may pay for another target (a booking moved elsewhere): every
 * grant they came from must cover it, as it would have to at booking time.
 */
export async function bookingCreditsCover(db: Db, orgId: string, bookingId: string, target: CreditTarget) {
  const uses = (await selectBookingUses(db, orgId, bookingId)).filter((use) => use.held > 0);
  const first = uses[0];
  if (!first) return true;
  const grants = new Map((await selectGrants(db, orgId, first.customerId)).map((grant) => [grant.id, grant]));
  return uses.every((use) => {
    const grant = grants.get(use.grantId);
    return grant !== undefined && grantCovers(grant, target);
  });
}

/** Whether a booking still holds credits it was paid with (used and not returned). */
export async function bookingHoldsCredits(db: Db, orgId: string, bookingId: string): Promise<boolean> {
  return (await selectBookingUses(db, orgId, bookingId)).some((use) => use.held > 0);
}

/**
 * In a package payment's settlement (or a venue sale): the purchase's credits, once. The grant is
 * unique per purchase and per payment, so a second settlement that got this far grants nothing.
 */
export async function grantPurchase(
  tx: Db,
  actor: Actor,
  purchase: PackagePurchaseRow,
  paymentId: string | null,
): Promise<CreditGrantRow | null> {
  const orgId = actor.ctx.org.id;
  await lockBalance(tx, orgId, purchase.customerId);
  const grant = await insertGrant(tx, {
    orgId,
    customerId: purchase.customerId,
    credits: purchase.credits,
    expiresAt: new Date(actor.now.getTime() + purchase.validityDays * 24 * 3600_000),
    source: 'package',
    packagePurchaseId: purchase.id,
    paymentId,
    scope: purchase.scope,
    scopeIds: purchase.scopeIds,
    creditsPerBooking: purchase.creditsPerBooking,
  });
  if (!grant) return null;
  await insertLedgerRows(tx, [
    {
      orgId,
      customerId: purchase.customerId,
      grantId: grant.id,
      kind: 'grant',
      delta: purchase.credits,
      reason: 'package purchase',
      actorUserId: actor.ctx.user?.id ?? null,
      paymentId,
    },
  ]);
  // Only the transaction that inserted the grant gets here, so a webhook delivered twice mails once.
  await enqueue(tx, orgId, 'mail.credits_granted', { purchaseId: purchase.id });
  await enqueueWebhookEvent(
    tx,
    orgId,
    'package.purchased',
    {
      purchaseId: purchase.id,
      packageId: purchase.packageId,
      customerId: purchase.customerId,
      paymentId,
      credits: purchase.credits,
    },
    actor.now,
  );
  await enqueueWebhookEvent(tx, orgId, 'credits.granted', grantEvent(grant, 'package purchase'), actor.now);
  return grant;
}

/** The data of a `credits.granted` webhook event. */
const grantEvent = (grant: CreditGrantRow, reason: string) => ({
  grantId: grant.id,
  customerId: grant.customerId,
  credits: grant.credits,
  source: grant.source,
  reason,
  expiresAt: grant.expiresAt?.toISOString() ?? null,
});

/**
 * Refund as credit, in a cancellation's transaction: the credits that stand for a paid booking,
 * for the same kind of booking, once per payment (the grant is unique per payment), linked to the
 * payment and the booking in the ledger. Returns null when this payment already gave its credits.
 */
export async function grantRefundCredits(
  tx: Db,
  actor: Actor,
  refund: {
    customerId: string;
    paymentId: string;
    bookingId: string;
    credits: number;
    target: CreditTarget;
    validityDays: number;
    reason: string;
  },
): Promise<CreditGrantRow | null> {
  const orgId = actor.ctx.org.id;
  await lockBalance(tx, orgId, refund.customerId);
  const { target } = refund;
  const grant = await insertGrant(tx, {
    orgId,
    customerId: refund.customerId,
    credits: refund.credits,
    expiresAt: new Date(actor.now.getTime() + refund.validityDays * 24 * 3600_000),
    source: 'refund',
    paymentId: refund.paymentId,
    scope: target.kind === 'appointment' ? 'services' : target.classTypeId ? 'class_types' : 'all_classes',
    scopeIds: target.kind === 'appointment' ? [target.serviceId] : target.classTypeId ? [target.classTypeId] : [],
    creditsPerBooking: 1,
  });
  if (!grant) return null;
  await insertLedgerRows(tx, [
    {
      orgId,
      customerId: refund.customerId,
      grantId: grant.id,
      kind: 'grant',
      delta: refund.credits,
      reason: refund.reason,
      actorUserId: actor.ctx.user?.id ?? null,
      paymentId: refund.paymentId,
      bookingId: refund.bookingId,
    },
  ]);
  await enqueueWebhookEvent(tx, orgId, 'credits.granted', grantEvent(grant, refund.reason), actor.now);
  return grant;
}

/**
 * Staff grant or take credits by hand, with a reason; audited. A grant by hand pays for anything and
 * expires when staff say (or never); taking credits takes them like a use, first to expire first,
 * and never more than the customer has.
 */
export async function adjustCredits(
  db: Db,
  ctx: RequestContext,
  customerId: string,
  input: CreditAdjustInput,
  now: Date,
): Promise<CreditsDto> {
  requireRole(ctx, 'staff');
  const orgId = ctx.org.id;
  const actor = { ctx, now };
  await transaction(db, async (tx) => {
    if (!(await findCustomer(tx, orgId, customerId))) throw new DomainError('customer_not_found');
    const before = await lockBalance(tx, orgId, customerId);
    await writeOffLapsed(tx, orgId, customerId, actor);
    const row = {
      orgId,
      customerId,
      kind: 'adjustment' as const,
      reason: input.reason,
      actorUserId: ctx.user?.id ?? null,
    };
    if (input.delta > 0) {
      const expiresAt = input.expiresAt ? new Date(input.expiresAt) : null;
      if (expiresAt && expiresAt <= now) {
        throw new DomainError('validation_failed', {}, [
          { in: 'body', path: 'expiresAt', message: 'must be in the future' },
        ]);
      }
      const grant = await insertGrant(tx, {
        orgId,
        customerId,
        credits: input.delta,
        expiresAt,
        source: 'adjustment',
        scope: 'everything',
        scopeIds: [],
        creditsPerBooking: 1,
      });
      if (!grant) throw new Error('adjustment grant insert returned nothing');
      await insertLedgerRows(tx, [{ ...row, grantId: grant.id, delta: input.delta }]);
      await enqueueWebhookEvent(tx, orgId, 'credits.granted', grantEvent(grant, input.reason), now);
    } else {
      const usable = await selectUsableGrants(tx, orgId, customerId, now);
      const needed = -input.delta;
      const balance = sum(usable);
      if (balance < needed) throw new DomainError('insufficient_credits', { balance, needed }, { balance, needed });
      await insertLedgerRows(
        tx,
        take(usable, needed).map(({ grant, credits }) => ({ ...row, grantId: grant.id, delta: -credits })),
      );
    }
    await recordAudit(tx, ctx, {
      action: 'credits.adjusted',
      entityType: 'customer',
      entityId: customerId,
      before: { balance: before },
      after: { balance: await findBalance(tx, orgId, customerId), delta: input.delta, reason: input.reason },
    });
  });
  return creditsOf(db, orgId, customerId, { limit: 50, offset: 0 }, now);
}

type Page = { limit: number; offset: number };

/** A customer's credits as they stand at `now`: expired credits count for nothing, written off or not. */
async function creditsOf(db: Db, orgId: string, customerId: string | null, page: Page, now: Date): Promise<CreditsDto> {
  if (!customerId) return { balance: 0, grants: [], ledger: { entries: [], total: 0, ...page } };
  const grants = await selectGrants(db, orgId, customerId);
  const live = (grant: CreditGrantRow) => grant.expiresAt === null || grant.expiresAt > now;
  const { rows, total } = await selectLedger(db, orgId, customerId, page);
  return {
    balance: grants.filter(live).reduce((total, grant) => total + grant.remaining, 0),
    grants: grants.map((grant) => ({
      id: grant.id,
      credits: grant.credits,
      remaining: live(grant) ? grant.remaining : 0,
      expiresAt: grant.expiresAt?.toISOString() ?? null,
      expired: !live(grant),
      source: grant.source,
      scope: grant.scope,
      scopeIds: grant.scopeIds,
      creditsPerBooking: grant.creditsPerBooking,
      createdAt: grant.createdAt.toISOString(),
    })),
    ledger: { entries: rows.map(toLedgerDto), total, ...page },
  };
}

const toLedgerDto = (row: CreditLedgerRow) => ({
  id: row.id,
  kind: row.kind,
  delta: row.delta,
  reason: row.reason,
  grantId: row.grantId,
  bookingId: row.bookingId,
  paymentId: row.paymentId,
  createdAt: row.createdAt.toISOString(),
});

export async function myCredits(db: Db, ctx: RequestContext, page: Page, now: Date): Promise<CreditsDto> {
  const user = requireUser(ctx);
  const customer = await findAccountCustomer(db, ctx.org.id, user.id);
  return creditsOf(db, ctx.org.id, customer?.id ?? null, page, now);
}

export async function customerCredits(
  db: Db,
  ctx: RequestContext,
  customerId: string,
  page: Page,
  now: Date,
): Promise<CreditsDto> {
  requireRole(ctx, 'staff');
  if (!(await findCustomer(db, ctx.org.id, customerId))) throw new DomainError('customer_not_found');
  return creditsOf(db, ctx.org.id, customerId, page, now);
}

/** The credits part of the integrity report: in normal operation every list is empty. */
export async function creditIntegrity(db: Db, orgId: string) {
  const problems = await creditIntegrityProblems(db, orgId);
  return {
    creditBalancesOffLedger: problems.balancesOffLedger.map((b) => ({
      customerId: b.customer_id,
      balance: b.balance,
      ledgerSum: b.ledger,
    })),
    creditGrantsOffLedger: problems.grantsOffLedger.map((g) => ({
      grantId: g.grant_id,
      remaining: g.remaining,
      ledgerSum: g.ledger,
    })),
    packagePaymentsWithoutCredits: problems.uncreditedPayments.map((p) => ({
      paymentId: p.payment_id,
      packagePurchaseId: p.package_purchase_id,
      amount: p.amount,
      refunded: p.refunded_amount,
    })),
    creditedPaymentsWithoutGrant: problems.creditedWithoutGrant.map((p) => ({
      paymentId: p.payment_id,
      credited: p.credited_amount,
    })),
  };
}
