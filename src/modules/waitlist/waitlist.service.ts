/**
 * The waitlist of a full class. The rules that must hold under any concurrency live in the database
 * (migrations/0023): the order of the line, one entry per person, offers made at the commit that frees a
 * spot, and newcomers kept off a class while anyone waits. This module is the way in (join, see, leave,
 * claim) and the clock's side: an offer's time starts when its job runs and ends when it lapses, both by
 * the app's clock, and a sweep redoes whatever a lost job or a stopped runner left undone.
 *
 * Lock order, as a claim takes them (checkout's: the hold, the customer, the class, then the entry by
 * the booking's trigger): hold → class → entry, in every path here.
 */
import {
  type RequestContext,
  type OrgContext,
  hasRole,
  orgAddress,
  requireRole,
  requireSelf,
  systemContext,
} from '../../platform/context.ts';
import { type Db, transaction } from '../../platform/db.ts';
import { DomainError } from '../../platform/errors.ts';
import type { IdempotencyRequest, StoredResponse } from '../../platform/idempotency.ts';
import { type JobHandler, PermanentJobError, enqueue } from '../../platform/jobs.ts';
import { openSignedToken, signedToken } from '../../platform/tokens.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { findActiveBooking, releaseExpiredClassHolds } from '../bookings/bookings.repo.ts';
import type { BookingCreatedDto } from '../bookings/bookings.schema.ts';
import { findClass } from '../classes/classes.repo.ts';
import type { ClassRow } from '../classes/classes.tables.ts';
import { findAccountCustomer, upsertAccountCustomer, upsertGuestCustomer } from '../customers/customers.repo.ts';
import { findOrganisationById } from '../orgs/orgs.repo.ts';
import { toOrgContext } from '../orgs/orgs.service.ts';
import { orgContextOf } from '../payments/payments.locks.ts';
import { type CheckoutDeps, createBooking } from '../checkout/checkout.service.ts';
import { releaseLapsedHoldsOfClass } from '../checkout/checkout.settlement.ts';
import {
  type EntryView,
  closeClassWaitlist,
  deleteHold,
  findEntry,
  findEntryView,
  insertEntry,
  lockHoldRow,
  offerFreeSpots,
  selectClassEntries,
  selectClassesWithWaiting,
  selectClosedEntryIds,
  selectCustomerEntries,
  selectLapsedOffers,
  selectUnstartedOffers,
  updateEntry,
} from './waitlist.repo.ts';
import type {
  WaitlistClaimInput,
  WaitlistEntryDto,
  WaitlistJoinInput,
  WaitlistStaffEntryDto,
} from './waitlist.schema.ts';

export const WAITLIST_PURPOSE = 'waitlist.entry';

export interface LinkDeps {
  tokenKey: Buffer;
  publicUrl: string;
}

export const waitlistUrl = (publicUrl: string, org: { slug: string }, token: string) =>
  `${orgAddress(publicUrl, org)}/waitlist/${token}`;

/**
 * Where a mail's one-click leave goes. The page at `leavePage` posts the leave itself once it has loaded
 * (a mail scanner that fetches the link changes nothing); `unsubscribeUrl` is the API route that a mail
 * program's List-Unsubscribe-Post (RFC 8058) calls directly.
 */
export const waitlistLeavePage = (publicUrl: string, org: { slug: string }, token: string) =>
  `${waitlistUrl(publicUrl, org, token)}/leave`;
export const waitlistUnsubscribeUrl = (publicUrl: string, token: string) =>
  `${publicUrl}/api/v1/waitlist/${token}/leave`;

/**
 * Until when an offer may be claimed: the organisation's offer time, but never more than half the time
 * left before the class, so that near the start the next in line still gets a chance.
 */
export function offerExpiry(now: Date, offerMinutes: number, startsAt: Date): Date {
  const full = now.getTime() + offerMinutes * 60_000;
  const half = now.getTime() + Math.max(0, startsAt.getTime() - now.getTime()) / 2;
  return new Date(Math.min(full, half));
}

/** A class at a location of its own is shown in that location's zone, else in the organisation's. */
function toEntryDto(view: EntryView, org: { slug: string; timeZone: string }, link: LinkDeps | null): WaitlistEntryDto {
  const { entry, cls } = view;
  const zone = view.zone ?? org.timeZone;
  const token = link ? signedToken(link.tokenKey, WAITLIST_PURPOSE, entry.id) : null;
  return {
    id: entry.id,
    status: entry.status,
    place: view.place,
    joinedAt: entry.joinedAt.toISOString(),
    offerExpiresAt: entry.status === 'offered' ? (entry.offerExpiresAt?.toISOString() ?? null) : null,
    class: {
      id: cls.id,
      title: cls.title,
      startsAt: cls.startsAt.toISOString(),
      endsAt: cls.endsAt.toISOString(),
      location: cls.location,
      priceAmount: cls.priceAmount,
      currency: cls.currency,
      timeZone: zone,
    },
    token,
    url: link && token ? waitlistUrl(link.publicUrl, org, token) : null,
  };
}

/**
 * Joins a full class's waitlist, as a guest (name and email) or signed in. A class that only looks full
 * (held spots whose hold ran out, pending bookings past their deadline) gives those back first; a class
 * with room answers 409 waitlist_class_has_room, so the client books instead.
 */
export async function joinWaitlist(
  db: Db,
  ctx: RequestContext,
  classId: string,
  input: WaitlistJoinInput,
  deps: LinkDeps & { now: Date },
): Promise<WaitlistEntryDto> {
  const { now } = deps;
  if (input.guest && ctx.user && !hasRole(ctx, 'staff')) {
    throw new DomainError('validation_failed', {}, [
      { in: 'body', path: 'guest', message: 'you are signed in: join without guest details' },
    ]);
  }
  const user = ctx.user;
  if (!input.guest && !user) {
    throw new DomainError('validation_failed', {}, [
      { in: 'body', path: 'guest', message: 'name and email are needed to join without an account' },
    ]);
  }
  const view = await transaction(db, async (tx) => {
    const snapshot = await findClass(tx, ctx.org.id, classId);
    if (!snapshot) throw new DomainError('class_not_found');
    checkOpen(snapshot, now);
    const customer = input.guest
      ? await upsertGuestCustomer(tx, ctx.org.id, {
          email: input.guest.email,
          name: input.guest.name,
          locale: input.guest.locale ?? ctx.locale,
        })
      : await upsertAccountCustomer(tx, ctx.org.id, requireSelf(ctx));
    if (await findActiveBooking(tx, ctx.org.id, classId, customer.id)) throw new DomainError('already_booked');
    await releaseExpiredClassHolds(tx, ctx.org.id, classId, now);
    await releaseLapsedHoldsOfClass(tx, ctx, classId, now);
    const cls = await findClass(tx, ctx.org.id, classId, true);
    if (!cls) throw new DomainError('class_not_found');
    checkOpen(cls, now);
    const lineExists = (await selectClassEntries(tx, ctx.org.id, classId)).length > 0;
    // Free spots with nobody in line are for booking. (Spots freed just now, in this transaction, go to
    // those already in line at the commit: joining then only takes a place behind them.)
    if (cls.spotsTaken < cls.maxSpots && !lineExists) {
      throw new DomainError('waitlist_class_has_room', {}, { spotsLeft: cls.maxSpots - cls.spotsTaken });
    }
    const entry = await insertEntry(tx, { orgId: ctx.org.id, classId, customerId: customer.id, joinedAt: now });
    if (!entry) throw new DomainError('already_on_waitlist');
    await enqueue(tx, ctx.org.id, 'mail.waitlist_joined', { entryId: entry.id }, { maxAttempts: 5 });
    await recordAudit(tx, ctx, {
      action: 'waitlist.joined',
      entityType: 'waitlist_entry',
      entityId: entry.id,
      after: { classId, customerId: customer.id, position: entry.position },
    });
    return entry.id;
  });
  const joined = await findEntryView(db, view);
  if (!joined) throw new Error(`waitlist entry ${view} vanished after joining`);
  return toEntryDto(joined, ctx.org, deps);
}

function checkOpen(cls: ClassRow, now: Date) {
  if (cls.status === 'cancelled') throw new DomainError('class_cancelled');
  if (cls.startsAt <= now) throw new DomainError('class_started');
}

/** The entry a token names, and the context of its organisation (an old link without an organisation's address works from anywhere; under another's, not found). */
async function entryByToken(db: Db, callerCtx: RequestContext, token: string, key: Buffer) {
  const id = openSignedToken(key, WAITLIST_PURPOSE, token);
  const view = id ? await findEntryView(db, id) : undefined;
  if (!view) throw new DomainError('waitlist_entry_not_found');
  if (view.entry.orgId === callerCtx.org.id) return { ctx: callerCtx, view };
  if (callerCtx.orgNamed) throw new DomainError('waitlist_entry_not_found');
  const org = await findOrganisationById(db, view.entry.orgId);
  if (!org) throw new DomainError('waitlist_entry_not_found');
  return { ctx: { ...callerCtx, org: toOrgContext(org), user: null }, view };
}

export async function getEntry(db: Db, callerCtx: RequestContext, token: string, link: LinkDeps) {
  const { ctx, view } = await entryByToken(db, callerCtx, token, link.tokenKey);
  return toEntryDto(view, ctx.org, link);
}

/** Leaves the line (an offer held is let go, to the next in line). Leaving twice is a no-op. */
export async function leaveWaitlist(
  db: Db,
  callerCtx: RequestContext,
  token: string,
  link: LinkDeps & { now: Date },
): Promise<WaitlistEntryDto> {
  const { ctx, view } = await entryByToken(db, callerCtx, token, link.tokenKey);
  const { entry } = view;
  await transaction(db, async (tx) => {
    const held = entry.holdId ? await lockHoldRow(tx, entry.holdId) : false;
    await findClass(tx, entry.orgId, entry.classId, true);
    const locked = await findEntry(tx, entry.id, true);
    if (!locked || (locked.status !== 'waiting' && locked.status !== 'offered')) return;
    if (held && locked.status === 'offered' && locked.holdId) await deleteHold(tx, locked.holdId);
    await updateEntry(tx, entry.id, { status: 'left', endedAt: link.now });
    await recordAudit(tx, ctx, {
      action: 'waitlist.left',
      entityType: 'waitlist_entry',
      entityId: entry.id,
      before: { status: locked.status },
      after: { status: 'left' },
    });
  });
  const after = await findEntryView(db, entry.id);
  if (!after) throw new DomainError('waitlist_entry_not_found');
  return toEntryDto(after, ctx.org, link);
}

/**
 * Claims an offered spot through the normal checkout: a booking that names the offer's hold, for the
 * person offered (a guest's entry books as that guest; an account's needs that account signed in), with
 * any payment method a booking may use. The booking's trigger marks the entry claimed in its transaction.
 */
export async function claimOffer(
  db: Db,
  callerCtx: RequestContext,
  token: string,
  input: WaitlistClaimInput,
  idempotency: IdempotencyRequest | null,
  deps: CheckoutDeps,
): Promise<StoredResponse<BookingCreatedDto>> {
  const { ctx, view } = await entryByToken(db, callerCtx, token, deps.tokenKey);
  const { entry, customer } = view;
  if (entry.status !== 'offered' || !entry.holdId) {
    throw new DomainError(entry.status === 'lapsed' ? 'waitlist_offer_expired' : 'waitlist_offer_not_open');
  }
  if (entry.offerExpiresAt && entry.offerExpiresAt <= deps.now) throw new DomainError('waitlist_offer_expired');
  const account = customer.userId !== null;
  if (account && ctx.user?.id !== customer.userId) throw new DomainError('unauthenticated');
  const bookCtx = account ? ctx : { ...ctx, user: null };
  const guest = account
    ? undefined
    : { name: customer.name, email: customer.email, ...(customer.locale ? { locale: customer.locale } : {}) };
  try {
    return await createBooking(
      db,
      bookCtx,
      {
        holdId: entry.holdId,
        spots: 1,
        ...(guest ? { guest } : {}),
        ...(input.paymentMethod ? { paymentMethod: input.paymentMethod } : {}),
        ...(input.expectedTotal === undefined ? {} : { expectedTotal: input.expectedTotal }),
        ...(input.promoCode ? { promoCode: input.promoCode } : {}),
      },
      idempotency,
      deps,
    );
  } catch (error) {
    // The offer lapsed between the read above and the booking, and its hold went to the next in line.
    if (error instanceof DomainError && error.code === 'hold_not_found')
      throw new DomainError('waitlist_offer_expired');
    throw error;
  }
}

/** A signed-in customer's places in line (My bookings), each with its link. */
export async function listMyEntries(db: Db, ctx: RequestContext, link: LinkDeps & { now: Date }) {
  if (!ctx.user) throw new DomainError('unauthenticated');
  const customer = await findAccountCustomer(db, ctx.org.id, ctx.user.id);
  if (!customer) return [];
  const rows = await selectCustomerEntries(db, ctx.org.id, customer.id, link.now);
  return rows.map((row) => toEntryDto(row, ctx.org, link));
}

/** A class's line, for staff. */
export async function listClassWaitlist(
  db: Db,
  ctx: RequestContext,
  classId: string,
): Promise<WaitlistStaffEntryDto[]> {
  requireRole(ctx, 'staff');
  const cls = await findClass(db, ctx.org.id, classId);
  if (!cls) throw new DomainError('class_not_found');
  const rows = await selectClassEntries(db, ctx.org.id, classId);
  return rows.map(({ entry, customer, place }) => ({
    id: entry.id,
    status: entry.status,
    place,
    joinedAt: entry.joinedAt.toISOString(),
    offeredAt: entry.offeredAt?.toISOString() ?? null,
    offerExpiresAt: entry.offerExpiresAt?.toISOString() ?? null,
    customer: { id: customer.id, name: customer.name, email: customer.email },
  }));
}

// The clock's side: offers started, lapsed, and the sweep.

/**
 * An offer made by the database starts: its time is set by the app's clock and its mail queued, with a
 * lapse job at its end. A class that started (or was cancelled) meanwhile closes its line instead.
 */
export async function startOffer(db: Db, entryId: string, now: Date): Promise<string> {
  const first = await findEntry(db, entryId);
  if (first?.status !== 'offered' || first.offerExpiresAt) return 'skipped: not a new offer';
  return transaction(db, async (tx) => {
    const cls = await findClass(tx, first.orgId, first.classId, true);
    const entry = await findEntry(tx, entryId, true);
    if (!cls || !entry || entry.status !== 'offered' || entry.offerExpiresAt) return 'skipped: not a new offer';
    if (cls.status !== 'scheduled' || cls.startsAt <= now) {
      await closeClassWaitlist(tx, cls.id);
      return 'closed: the class started';
    }
    const org = await orgContextOf(tx, entry.orgId);
    const expires = offerExpiry(now, org.waitlistOfferMinutes, cls.startsAt);
    await updateEntry(tx, entry.id, { offerExpiresAt: expires });
    await enqueue(tx, entry.orgId, 'mail.waitlist_offer', { entryId }, { maxAttempts: 5 });
    await enqueue(
      tx,
      entry.orgId,
      'waitlist.lapse',
      { entryId },
      { runAt: expires, dedupeKey: `waitlist-lapse:${entryId}` },
    );
    return 'offered';
  });
}

/** An offer past its time that was not claimed ends; its spot goes to the next in line at the commit. */
export async function lapseOffer(db: Db, entryId: string, now: Date): Promise<string> {
  const first = await findEntry(db, entryId);
  if (first?.status !== 'offered' || !first.offerExpiresAt || first.offerExpiresAt > now) {
    return 'skipped: not a lapsed offer';
  }
  return transaction(db, async (tx) => {
    const held = first.holdId ? await lockHoldRow(tx, first.holdId) : false;
    await findClass(tx, first.orgId, first.classId, true);
    const entry = await findEntry(tx, entryId, true);
    if (entry?.status !== 'offered' || !entry.offerExpiresAt || entry.offerExpiresAt > now) {
      return 'skipped: claimed meanwhile';
    }
    if (held && entry.holdId) await deleteHold(tx, entry.holdId);
    await updateEntry(tx, entry.id, { status: 'lapsed', endedAt: now });
    await enqueue(tx, entry.orgId, 'mail.waitlist_lapsed', { entryId }, { maxAttempts: 5 });
    return 'lapsed';
  });
}

/**
 * The safety net, whatever was missed (a runner down for a while, a job that died): offers past their
 * time lapse, offers never started start, classes whose spots only look taken give them back and offer
 * them, and the lines of classes that started or were cancelled close. Everything it does is what the
 * jobs and triggers do, under the same locks, so running it at any time is harmless.
 */
export async function sweepWaitlists(db: Db, now: Date, limit = 500) {
  const done = { lapsed: 0, started: 0, offered: 0, closed: 0 };
  for (const { id } of await selectLapsedOffers(db, now, limit)) {
    if ((await lapseOffer(db, id, now)) === 'lapsed') done.lapsed++;
  }
  for (const { id } of await selectUnstartedOffers(db, limit)) {
    if ((await startOffer(db, id, now)) === 'offered') done.started++;
  }
  const orgs = new Map<string, OrgContext>();
  for (const row of await selectClassesWithWaiting(db, limit)) {
    const org = orgs.get(row.org_id) ?? (await orgContextOf(db, row.org_id));
    orgs.set(row.org_id, org);
    await transaction(db, async (tx) => {
      const cls = await findClass(tx, row.org_id, row.id, true);
      if (!cls) return;
      if (cls.status !== 'scheduled' || cls.startsAt <= now) {
        await closeClassWaitlist(tx, cls.id);
        done.closed++;
        return;
      }
      await releaseExpiredClassHolds(tx, row.org_id, cls.id, now);
      await releaseLapsedHoldsOfClass(tx, systemContext(org), cls.id, now);
      done.offered += await offerFreeSpots(tx, cls.id);
    });
  }
  return done;
}

export function waitlistJobHandlers(deps: {
  db: Db;
  now: () => Date;
}): Record<'waitlist.offer' | 'waitlist.lapse', JobHandler> {
  const entryOf = (payload: unknown) => {
    const entryId = (payload as { entryId?: string }).entryId;
    if (!entryId) throw new PermanentJobError('waitlist job without entryId');
    return entryId;
  };
  return {
    'waitlist.offer': (job) => startOffer(deps.db, entryOf(job.payload), deps.now()),
    'waitlist.lapse': (job) => lapseOffer(deps.db, entryOf(job.payload), deps.now()),
  };
}

/** What the waitlist mails need: the entry with its class, customer, organisation and link. */
/** The entries a cancelled class's waitlist had when it closed, to tell each of them. */
export const closedEntriesOfClass = (db: Db, classId: string) => selectClosedEntryIds(db, classId);

export async function entryForMail(db: Db, entryId: string, link: LinkDeps) {
  const view = await findEntryView(db, entryId);
  if (!view) return undefined;
  const org = await orgContextOf(db, view.entry.orgId);
  return { ...view, org, dto: toEntryDto(view, org, link) };
}
