import {
  bookingHasPayment,
  bookingSnapshot,
  findBookingView,
  selectBookingViews,
  toBookingDto,
} from '../payments/booking-views.ts';
/**
 * Checkout: the flows that cross bookings and money, and the only module that calls both. Booking
 * reserves capacity (bookings) and opens the payment (payments) in one transaction; cancelling a
 * booking or a class settles its payment (a refund, or the end of a hold) in the cancellation's
 * transaction. Settling a payment into its booking (a card, Swish or transfer that succeeds, fails
 * or runs out of time) is in checkout.settlement.ts, and Stripe's events in checkout.stripe-events.ts.
 * Lock order everywhere: class, then booking, then payment (payments.locks.ts).
 */
import { randomUUID } from 'node:crypto';
import { type CardGateway, isCardDeclined } from '../../platform/card-gateway.ts';
import { type RequestContext, hasRole, requireRole, requireUser } from '../../platform/context.ts';
import { type Db, StaleRead, inOneStatement, transaction, violatedConstraint } from '../../platform/db.ts';
import { DomainError } from '../../platform/errors.ts';
import { offersPaymentMethod } from '../orgs/orgs.service.ts';
import { type IdempotencyRequest, type StoredResponse, runIdempotent } from '../../platform/idempotency.ts';
import { dropReminder, enqueue, enqueueWebhookEvent } from '../../platform/jobs.ts';
import { type WriteBatch, withWriteBatch } from '../../platform/write-batch.ts';
import { parseDateBoundary } from '../../platform/time.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { fillProfileFromBooking } from '../auth/profile.service.ts';
import { manageToken, manageUrl } from '../bookings/bookings.dto.ts';
import { queueBookingCancelled, queueBookingConfirmed } from '../bookings/bookings.outbox.ts';
import { queueInvoiceByPolicy } from '../invoices/invoices.service.ts';
import { takeHold } from '../bookings/bookings.holds.ts';
import { lockBooking } from '../bookings/bookings.locks.ts';
import {
  type ClassToBook,
  cancelActiveBookingsOfClass,
  deleteBookingRow,
  findBooking,
  findClassToBook,
  insertBooking,
  insertBookingIfRoom,
  releaseExpiredClassHolds,
  updateBookingRow,
} from '../bookings/bookings.repo.ts';
import { asSlotTaken, lockFreeProviders, planTime, rangeLiteral } from '../bookings/bookings.time.ts';
import { type BookedParts, booked } from '../bookings/bookings.what.ts';
import { type CustomerRow, guestCustomerInsert } from '../customers/customers.repo.ts';
import { findLocation } from '../locations/locations.repo.ts';
import { type CreditTarget, bookingHoldsCredits, returnCredits, spendCredits } from '../credits/credits.service.ts';
import { decideCancellation } from '../policies/policies.rules.ts';
import { policyFor } from '../policies/policies.service.ts';
import type {
  BookingCreateInput,
  BookingCreatedDto,
  BookingDto,
  BookingListQuery,
  CheckoutDto,
} from '../bookings/bookings.schema.ts';
import { type BookingRef, bookingCustomer, canSee, checkBookable, contextFor } from '../bookings/bookings.service.ts';
import { type BookingRow, type HoldRow, noAppointment } from '../bookings/bookings.tables.ts';
import { findClass, updateClassRow } from '../classes/classes.repo.ts';
import { classDto } from '../classes/classes.service.ts';
import type { ClassDto } from '../classes/classes.schema.ts';
import { findPayment, findPaymentById } from '../payments/payments.repo.ts';
import {
  ensureCardIntent,
  openPayment,
  paymentInstructions,
  settleCancelledBooking,
} from '../payments/payments.service.ts';
import type { PaymentRow } from '../payments/payments.tables.ts';
import { type SavedCardRef, savedCardToPay } from '../payments/cards.service.ts';
import type { StoredQuote } from '../pricing/pricing.repo.ts';
import {
  type PlaceInput,
  type Priced,
  type PricedItem,
  checkPromoForCustomer,
  priceItem,
  resolvePlace,
  recordPromoUse,
  saveBookingQuote,
  storedQuoteOf,
} from '../pricing/pricing.quotes.ts';
import type { Geocoder } from '../../platform/geocoding.ts';
import { refundAsCredit } from './checkout.credit-refunds.ts';
import { abandonPayment, releaseLapsedHoldsOfClass } from './checkout.settlement.ts';

export interface CheckoutDeps {
  now: Date;
  publicUrl: string;
  /** Signs manage links (platform/tokens.ts serverKey). */
  tokenKey: Buffer;
  cardGateway: CardGateway | null;
  /** Places a customer's address on the map for the travel fee; null when GEOCODER_URL is unset. */
  geocoder?: Geocoder | null;
  /** The saved card a card booking is paid with, checked before the transaction. */
  savedCard?: SavedCardRef | null;
}

/** What pricing needs to know of a booking request besides what is booked. */
interface PriceRequest {
  promoCode: string | undefined;
  place: PlaceInput;
}

/**
 * Books spots in a class or a provider's time, in one transaction, whatever the payment method. A
 * named hold is taken first (its spots or its time go back into the pool within this transaction,
 * for this booking to take). Then the kind's own path reserves what is booked, and one tail opens the
 * payment, writes the audit entry and the outbox jobs.
 *
 * A card payment's PaymentIntent is created after the commit (no network call inside a
 * transaction); its client secret is added to the answer, also when the answer is a replay.
 */
export async function createBooking(
  db: Db,
  ctx: RequestContext,
  input: BookingCreateInput,
  idempotency: IdempotencyRequest | null,
  given: CheckoutDeps,
): Promise<StoredResponse<BookingCreatedDto>> {
  // Credits pay for a booking whole, at its price in credits: a promo code has no money to take off.
  if (input.paymentMethod === 'credits' && input.promoCode) throw new DomainError('promo_not_applicable');
  const look = { found: await lookAtClass(db, ctx, input, idempotency, given.now) };
  // The address is placed on the map, and a saved card checked with Stripe, before the transaction:
  // no network call inside one.
  const place = input.classId ? null : await resolvePlace(input, given.geocoder ?? null);
  // The card is the signed-in customer's own: staff booking for someone else cannot use theirs.
  if (input.savedCardId !== undefined && input.guest && ctx.user) throw new DomainError('card_not_found');
  const savedCard =
    input.savedCardId === undefined ? null : await savedCardToPay(db, given.cardGateway, ctx, input.savedCardId);
  const deps: CheckoutDeps = { ...given, savedCard };
  const atOnce = await bookClassAtOnce(db, ctx, input, idempotency, look, deps);
  if (atOnce) return withCardSecret(db, withManageLink(atOnce, deps, ctx.org), deps, atOnce.payment);
  const book = (pricing: PriceRequest) =>
    transaction(db, (tx) =>
      runIdempotent<BookingCreatedDto>(tx, ctx.org.id, idempotency, async () => {
        const hold = input.holdId ? await takeHold(tx, ctx.org.id, input.holdId) : null;
        const who = await bookingCustomer(tx, ctx, input);
        if (hold?.classId) {
          return bookClass(tx, ctx, { ...input, classId: hold.classId, spots: hold.spots }, who, pricing, deps);
        }
        if (input.classId) return bookClass(tx, ctx, { ...input, classId: input.classId }, who, pricing, deps, look);
        const request = hold
          ? { serviceId: hold.serviceId, providerId: hold.providerId, start: hold.startsAt, held: hold }
          : { serviceId: input.serviceId, providerId: input.providerId ?? null, start: input.start, held: null };
        if (!request.serviceId || !request.start) throw new Error('booking input without class, service or hold');
        return bookAppointment(
          tx,
          ctx,
          input,
          { ...request, serviceId: request.serviceId, start: new Date(request.start) },
          who,
          pricing,
          deps,
        );
      }),
    );
  let stored: StoredResponse<BookingCreatedDto>;
  try {
    stored = await book({ promoCode: input.promoCode, place });
  } catch (error) {
    // The code ran out since the quote; the customer asked to book at the full price then (which an
    // expectedTotal still guards: it is never charged unseen).
    const exhausted = error instanceof DomainError && error.code === 'promo_exhausted';
    if (!exhausted || !input.withoutPromoIfExhausted || !input.promoCode) throw error;
    stored = await book({ promoCode: undefined, place });
  }
  return withCardSecret(db, withManageLink(stored, deps, ctx.org), deps);
}

/**
 * The class about to be booked, read before the transaction (a committed snapshot, as it would be read
 * inside it): most of a rush is refusals, and a class with no room and nothing that could give a spot
 * back refuses here, in this one read, with no customer row written and rolled back. A committed read
 * that shows no room is the class's state at that instant, as the re-check under the lock would be.
 * A customer who has a booking in it goes on, to hear of it; so does a retry with an Idempotency-Key
 * (its stored answer comes first). Null for a hold (its spots are set aside) and where the customer's
 * details are wrong (the transaction's first step says what is wrong).
 */
async function lookAtClass(
  db: Db,
  ctx: RequestContext,
  input: BookingCreateInput,
  idempotency: IdempotencyRequest | null,
  now: Date,
): Promise<ClassToBook | null> {
  if (!input.classId || input.holdId) return null;
  const who = input.guest
    ? !ctx.user || hasRole(ctx, 'staff')
      ? { email: input.guest.email }
      : null
    : ctx.user
      ? { userId: ctx.user.id }
      : null;
  const found = who ? await findClassToBook(db, ctx.org.id, input.classId, who, now) : undefined;
  if (!found) return null;
  const { cls } = found;
  const roomless = cls.spotsTaken + input.spots > cls.maxSpots;
  const otherwiseBookable =
    cls.status === 'scheduled' && cls.startsAt > now && input.spots <= cls.maxSpotsPerCustomer && !idempotency;
  if (roomless && otherwiseBookable && !found.activeBookingId && !found.expiredHolds && !found.lapsedHolds)
    throw new DomainError('capacity_full', {}, { spotsLeft: cls.maxSpots - cls.spotsTaken });
  return found;
}

/**
 * The common class booking as one statement outside any transaction: a guest (or an account whose
 * customer row is up to date) paying by card, Swish, transfer, at the venue or nothing, with no hold,
 * promo code, saved card or Idempotency-Key, in a class the look found with none of its holds run out
 * and no booking of theirs. The statement writes the guest's customer row if it is new, and under the
 * class lock the booking, its quote, pending payment, audit entry and jobs, or nothing: the guarantees
 * are the transactional path's, and the class lock is held for that statement alone. A card payment's
 * PaymentIntent is created after it, as after the transactional path's commit. Null when the path
 * does not apply, and when the look proves stale (the customer's row or booking written meanwhile):
 * the transactional path then answers.
 */
async function bookClassAtOnce(
  db: Db,
  ctx: RequestContext,
  input: BookingCreateInput,
  idempotency: IdempotencyRequest | null,
  look: { found: ClassToBook | null },
  deps: CheckoutDeps,
): Promise<(StoredResponse<BookingCreatedDto> & Pick<Created, 'payment'>) | null> {
  const { found } = look;
  const plain = input.classId && !input.holdId && !idempotency && !input.promoCode && input.savedCardId === undefined;
  // Credits are spent under the class lock, after the booking's insert: that takes a transaction.
  const uncredited = input.paymentMethod !== 'credits';
  if (!found || !plain || !uncredited || found.activeBookingId || found.expiredHolds || found.lapsedHolds) return null;
  const who = bookerAtOnce(ctx, input, found.customer, deps.now);
  if (!who) return null;
  const classInput = { ...input, classId: found.cls.id };
  const created = await inOneStatement(db, (one) =>
    bookClass(one, ctx, classInput, who, { promoCode: undefined, place: null }, deps, look),
  );
  return created && { ...created, replayed: false };
}

/**
 * Who books on the one-statement path, with nothing to write to their customer row but, for a new
 * guest, the row itself (made here, sent with the booking). Null where the transactional path must
 * decide (it also says what is wrong with the details).
 */
function bookerAtOnce(
  ctx: RequestContext,
  input: BookingCreateInput,
  customer: CustomerRow | null,
  now: Date,
): Who | null {
  const user = ctx.user;
  if (input.guest) {
    // Staff booking for someone takes the transactional path, which looks for their account (bookingCustomer).
    if (user) return null;
    if (customer) return { customer, source: 'guest' };
    const { email, name } = input.guest;
    const row: CustomerRow = {
      id: randomUUID(),
      orgId: ctx.org.id,
      userId: null,
      email,
      name,
      locale: input.guest.locale ?? ctx.locale,
      legacyCalendarTokenHash: null,
      feedVersion: 1,
      anonymisedAt: null,
      createdAt: now,
      updatedAt: now,
    };
    return { customer: row, source: 'guest', unsaved: true };
  }
  // An account's row takes the account's name and email on each booking: here they are unchanged.
  if (!user || !customer || customer.email !== user.email || customer.name !== user.name) return null;
  return { customer, source: 'account' };
}

/** Who books; `unsaved`: a new guest's customer row, written by the booking's statement. */
type Who = Awaited<ReturnType<typeof bookingCustomer>> & { unsaved?: true };
/** The answer, and the pending payment it opened (its row as written), if any. */
type Created = { status: number; body: BookingCreatedDto; payment?: PaymentRow | null };

/**
 * Spots in a class. Everything that does not need the class lock happens before it: validation
 * against a snapshot of the class (usually lookAtClass's), the customer row (whose lock serialises one
 * customer's attempts) and the repeat check. Then the class row lock serialises every booking of the
 * class: one statement takes it, re-checks the status and spots left under it and inserts, so the
 * lock is held only for that statement and the commit. The quote, the pending payment, the audit entry
 * and the outbox jobs ride in that statement (a WriteBatch), and roll back with it if it refuses. The
 * trigger-kept `spots_taken` column and its CHECK make overbooking impossible even for code that skips
 * all this. Held spots whose hold ran out are released first, so an expired hold never refuses anyone.
 */
async function bookClass(
  tx: Db,
  ctx: RequestContext,
  input: BookingCreateInput & { classId: string },
  { customer, source, unsaved }: Who,
  pricing: PriceRequest,
  deps: CheckoutDeps,
  /** The class as read before the transaction, if it was (lookAtClass); dropped if it proves stale. */
  look: { found: ClassToBook | null } = { found: null },
): Promise<Created> {
  const { now } = deps;
  const found = look.found ?? (await findClassToBook(tx, ctx.org.id, input.classId, { customerId: customer.id }, now));
  if (!found) throw new DomainError('class_not_found');
  const snapshot = found.cls;
  checkBookable(snapshot, input.spots, source, now);
  const item = { kind: 'class' as const, cls: snapshot, spots: input.spots };
  // A class at a location of its own is shown (answer, mails) in that location's zone.
  const location = snapshot.locationId ? ((await findLocation(tx, ctx.org.id, snapshot.locationId)) ?? null) : null;
  const priced = await priceBooking(tx, ctx, item, input.expectedTotal, customer, pricing, now);
  const method = choosePaymentMethod(ctx, priced.quote.total, input.paymentMethod, source, deps.cardGateway !== null);

  const existing = found.activeBookingId ? await findBooking(tx, ctx.org.id, { id: found.activeBookingId }) : undefined;
  if (existing) {
    // A guest proves nothing by typing an email, so a guest's repeat shows no token and no
    // personal data; an account sees its own booking in full.
    const owner = source !== 'guest';
    const payment = owner ? await findPayment(tx, ctx.org.id, { bookingId: existing.id }) : undefined;
    const parts = { booking: existing, cls: snapshot, service: null, provider: null, location };
    return {
      status: 200,
      body: {
        booking: toBookingDto(ctx, { ...parts, customer: owner ? customer : null, payment: payment ?? null }, now),
        alreadyBooked: true,
        manageToken: null,
        manageUrl: null,
        payment: payment?.status === 'pending' ? checkoutDto(ctx, payment, existing, deps) : null,
      },
    };
  }

  // Full at this look, with no run-out hold to give spots back: refused now, rather than after the
  // quote, payment, audit entry and jobs are written and rolled back (most of a rush is refusals). A
  // committed read that shows no room is the class's state at that instant, as the re-check under
  // the lock would be.
  const roomless = snapshot.spotsTaken + input.spots > snapshot.maxSpots;
  if (roomless && !found.expiredHolds && !found.lapsedHolds)
    throw new DomainError('capacity_full', {}, { spotsLeft: snapshot.maxSpots - snapshot.spotsTaken });

  const booking = newBookingRow(ctx, method, source, now, snapshot.startsAt, {
    ...noAppointment,
    classId: snapshot.id,
    customerId: customer.id,
    spots: input.spots,
    // The price is the server's quote: never from the client.
    priceAmount: priced.quote.total,
    currency: snapshot.currency,
  });
  const parts = { booking, cls: snapshot, service: null, provider: null, location };
  const quote = storedQuoteOf(ctx.org.id, booking.id, priced);
  return withWriteBatch(tx, async (writes) => {
    const answer = await openBooking(tx, writes, ctx, parts, customer, snapshot.startsAt, deps, quote);

    if (unsaved) writes.add(guestCustomerInsert(tx, customer));
    if (found.expiredHolds) await releaseExpiredClassHolds(tx, ctx.org.id, snapshot.id, now);
    if (roomless && found.lapsedHolds) await releaseLapsedHoldsOfClass(tx, ctx, snapshot.id, now);
    // The look for this customer's booking above runs before the class is locked: two checkouts of one
    // customer at once both pass it, and the database's one-active-booking key refuses the second. The
    // quote, audit entry and jobs go in the same statement (a refusal rolls them back with the rest).
    const locked = await insertBookingIfRoom(tx, booking, writes).catch((error: unknown) => {
      const violated = violatedConstraint(error);
      const stale = violated === 'bookings_one_active_per_customer' || violated === 'customers_one_guest_per_email';
      if (!stale) throw error;
      // A look from before the transaction can miss this customer's own booking (or, for a new guest,
      // their row) committed since: once more, looking under the customer's lock, to answer with it.
      if (look.found) {
        look.found = null;
        throw new StaleRead();
      }
      throw new DomainError('already_booked');
    });
    if (!locked) throw new DomainError('class_not_found');
    if (locked.status === 'cancelled') throw new DomainError('class_cancelled');
    if (!locked.inserted)
      throw new DomainError('capacity_full', {}, { spotsLeft: locked.maxSpots - locked.spotsTaken });
    if (method === 'credits') await payWithCredits(tx, ctx, parts, now);
    await recordPromoUse(tx, quote, customer.id);
    return answer;
  });
}

/**
 * A provider's time. The catalogue says whether the start can be booked at all (bookings.time.ts);
 * then the candidate providers are locked, the free ones re-checked under the lock and the fairest
 * chosen, and the insert claims the time. The exclusion constraint over provider claims is the
 * guarantee: an overlapping insert that got past everything else still fails, as `slot_taken`.
 */
async function bookAppointment(
  tx: Db,
  ctx: RequestContext,
  input: BookingCreateInput,
  request: { serviceId: string; providerId: string | null; start: Date; held: HoldRow | null },
  { customer, source }: Who,
  pricing: PriceRequest,
  deps: CheckoutDeps,
): Promise<Created> {
  const { now } = deps;
  const plan = await planTime(tx, ctx.org.id, request, now, { held: request.held !== null, staff: source === 'staff' });
  const { service } = plan;
  if (service.locationMode === 'at_customer' && !input.address) throw new DomainError('address_required');
  const customerAddress = service.locationMode === 'at_customer' ? (input.address ?? null) : null;
  // The customer's own booking completes their profile (staff booking for them, or a guest, does not).
  if (source === 'account') {
    await fillProfileFromBooking(
      tx,
      ctx,
      { phone: input.phone ?? null, address: customerAddress },
      input.saveToProfile === true,
      now,
    );
  }
  const item = { kind: 'appointment' as const, service, start: plan.start };
  const priced = await priceBooking(tx, ctx, item, input.expectedTotal, customer, pricing, now);
  const method = choosePaymentMethod(ctx, priced.quote.total, input.paymentMethod, source, deps.cardGateway !== null);
  const location =
    service.locationMode === 'at_location' && service.locationId
      ? ((await findLocation(tx, ctx.org.id, service.locationId)) ?? null)
      : null;
  const booking = newBookingRow(ctx, method, source, now, plan.start, {
    classId: null,
    customerId: customer.id,
    spots: 1,
    priceAmount: priced.quote.total,
    currency: service.currency,
    serviceId: service.id,
    providerId: null,
    startsAt: plan.start,
    endsAt: plan.end,
    blocked: rangeLiteral(plan.blocked),
    locationId: location?.id ?? null,
    customerAddress,
    customerPhone: input.phone ?? null,
    customerNotes: input.notes ?? null,
    videoUrl: null,
    checkedInAt: null,
    finishedAt: null,
  });
  // The providers' locks are held from here to the commit: only the choice and the insert, and the
  // audit entry and event that name the chosen provider, come after them.
  const reserve = async (): Promise<BookedParts> => {
    const [provider] = await lockFreeProviders(tx, ctx.org.id, plan, now).catch((error: unknown) => {
      // The hold lapsed and its time went to someone else meanwhile: say so, rather than "taken".
      if (request.held && error instanceof DomainError && error.code === 'slot_taken')
        throw new DomainError('hold_expired');
      throw error;
    });
    if (!provider) throw new DomainError('slot_taken');
    const taken = { ...booking, providerId: provider.id };
    await insertBooking(tx, taken).catch(asSlotTaken);
    return { booking: taken, cls: null, service, provider, location };
  };
  const quote = storedQuoteOf(ctx.org.id, booking.id, priced);
  const answer = await withWriteBatch(tx, (writes) =>
    openBooking(
      tx,
      writes,
      ctx,
      { booking, cls: null, service, provider: null, location },
      customer,
      plan.start,
      deps,
      quote,
      reserve,
    ),
  );
  await recordPromoUse(tx, quote, customer.id);
  return answer;
}

/**
 * The booking's price, from the engine's quote. The customer's own promo rules are checked here, under
 * the customer's row lock (taken by bookingCustomer), so one customer's racing bookings see each other.
 * A client that shows a price sends its total; another total refuses the booking with the new quote.
 */
async function priceBooking(
  tx: Db,
  ctx: RequestContext,
  item: PricedItem,
  expectedTotal: number | undefined,
  customer: CustomerRow,
  pricing: PriceRequest,
  now: Date,
): Promise<Priced> {
  const priced = await priceItem(tx, ctx, item, { promoCode: pricing.promoCode, place: pricing.place, now });
  if (priced.promo) await checkPromoForCustomer(tx, ctx.org.id, priced.promo, customer.id);
  if (expectedTotal !== undefined && expectedTotal !== priced.quote.total) {
    throw new DomainError('price_changed', {}, { quote: priced.quote });
  }
  return priced;
}

/** The fields every new booking starts with; a pending one holds until its payment deadline or its start. */
function newBookingRow(
  ctx: RequestContext,
  method: BookingRow['paymentMethod'],
  source: BookingRow['source'],
  now: Date,
  startsAt: Date,
  what: Omit<
    BookingRow,
    | 'id'
    | 'orgId'
    | 'status'
    | 'legacyManageTokenHash'
    | 'paymentMethod'
    | 'source'
    | 'createdAt'
    | 'updatedAt'
    | 'cancelledAt'
    | 'cancelledBy'
    | 'cancelReason'
    | 'holdExpiresAt'
    | 'noShowFeeAmount'
  >,
): BookingRow {
  const pending = method !== 'free' && method !== 'venue' && method !== 'credits';
  const holdMs = method === 'card' ? ctx.org.holdMinutes * 60_000 : ctx.org.manualPaymentHours * 3600_000;
  return {
    id: randomUUID(),
    orgId: ctx.org.id,
    status: pending ? 'pending' : 'confirmed',
    legacyManageTokenHash: null,
    paymentMethod: method,
    source,
    createdAt: now,
    updatedAt: now,
    cancelledAt: null,
    cancelledBy: null,
    cancelReason: null,
    holdExpiresAt: pending ? new Date(Math.min(now.getTime() + holdMs, startsAt.getTime())) : null,
    noShowFeeAmount: null,
    ...what,
  };
}

/**
 * The tail both kinds share: the pending payment, the answer, the audit entry and the outbox jobs. The
 * quote, the audit entry and the jobs go into `writes`, to be sent with the caller's next statement.
 */
async function openBooking(
  tx: Db,
  writes: WriteBatch,
  ctx: RequestContext,
  parts: BookedParts,
  customer: CustomerRow,
  startsAt: Date,
  deps: CheckoutDeps,
  /** The quote it is booked at; its deposit (or the whole total) is what is paid now. */
  quote: StoredQuote,
  /** Takes what is booked, when that comes after the rest (an appointment's providers are locked last). */
  reserve?: () => Promise<BookedParts>,
): Promise<Created> {
  const pending = parts.booking.status === 'pending';
  const method = parts.booking.paymentMethod;
  const payment =
    method === 'free' || method === 'venue' || method === 'credits'
      ? null
      : await openPayment(writes, ctx.org, parts.booking, method, quote.quote.depositDueNow, deps.savedCard);
  saveBookingQuote(writes, quote);
  const reserved = reserve ? await reserve() : parts;
  const { booking } = reserved;
  if (method === 'credits' && reserve) await payWithCredits(tx, ctx, reserved, deps.now);
  const dto = toBookingDto(ctx, { ...reserved, customer, payment, quote }, deps.now);
  await recordAudit(writes, ctx, {
    action: 'booking.created',
    entityType: 'booking',
    entityId: booking.id,
    after: dto,
  });
  if (!pending) {
    const { service, provider } = reserved;
    const what =
      service && provider
        ? { kind: 'appointment' as const, providerId: provider.id, remote: service.locationMode === 'remote' }
        : { kind: 'class' as const };
    // The mails, the reminder, the invoice and the webhook event: one INSERT for all of them.
    await queueBookingConfirmed(writes.jobs, ctx.org, { id: booking.id, startsAt, what }, deps.now);
    await queueInvoiceByPolicy(writes.jobs, ctx.org, booking.id, 'booked');
    await enqueueWebhookEvent(writes.jobs, ctx.org.id, 'booking.created', { booking: dto }, deps.now);
  }
  return {
    status: 201,
    body: {
      booking: dto,
      alreadyBooked: false,
      manageToken: null,
      manageUrl: null,
      payment: payment ? checkoutDto(ctx, payment, booking, deps) : null,
    },
    payment,
  };
}

/**
 * Credits are taken after what is booked is reserved (the class row or the providers locked), so the
 * lock order is a cancellation's: what is booked, then the booking, then the customer's credits. A
 * booking paid with credits has no payment row: its ledger rows (naming the booking) are the record,
 * and a short balance rolls the whole booking back.
 */
async function payWithCredits(tx: Db, ctx: RequestContext, { booking, cls }: BookedParts, now: Date) {
  const target: CreditTarget = cls
    ? { kind: 'class', classTypeId: cls.classTypeId }
    : { kind: 'appointment', serviceId: booking.serviceId ?? '' };
  await spendCredits(
    tx,
    { ctx, now },
    { customerId: booking.customerId, bookingId: booking.id, target, spots: booking.spots },
  );
}

/**
 * The manage link is added to the answer here, outside the stored response, so that the
 * idempotency table never holds it: a new booking gets it, and so does a repeat by an account
 * (whose booking shows its customer); a guest's repeat does not.
 */
function withManageLink(stored: StoredResponse<BookingCreatedDto>, deps: CheckoutDeps, org: { slug: string }) {
  if (stored.body.alreadyBooked && !stored.body.booking.customer) return stored;
  const token = manageToken(deps.tokenKey, stored.body.booking.id);
  return { ...stored, body: { ...stored.body, manageToken: token, manageUrl: manageUrl(deps.publicUrl, org, token) } };
}

/** The payment method of a new booking: free costs nothing; otherwise what was asked for, if offered. */
function choosePaymentMethod(
  ctx: RequestContext,
  price: number,
  requested: BookingCreateInput['paymentMethod'],
  source: BookingRow['source'],
  cardEnabled: boolean,
): BookingRow['paymentMethod'] {
  if (price === 0) return 'free';
  // Credits belong to an account: a guest who types an email proves nothing. Staff may spend a
  // customer's credits for them.
  if (requested === 'credits') {
    if (source === 'guest') throw new DomainError('unauthenticated');
    return 'credits';
  }
  const offered = ctx.org.paymentMethods.filter((option) => offersPaymentMethod(ctx.org, option));
  const method = requested ?? (source === 'staff' || offered.includes('venue') ? 'venue' : undefined);
  if (!method) {
    throw new DomainError('validation_failed', {}, [
      { in: 'body', path: 'paymentMethod', message: `choose one of: ${offered.join(', ')}` },
    ]);
  }
  if (method === 'card' && !cardEnabled) throw new DomainError('payments_disabled');
  // Staff may record any manual arrangement; customers choose among what the organisation offers.
  if (source !== 'staff' && !offered.includes(method)) throw new DomainError('payment_method_unavailable');
  if (source === 'staff' && method === 'card') throw new DomainError('payment_method_unavailable');
  return method;
}

function checkoutDto(ctx: RequestContext, payment: PaymentRow, booking: BookingRow, deps: CheckoutDeps): CheckoutDto {
  return {
    ...paymentInstructions(ctx.org, payment, deps.cardGateway?.publishableKey ?? null),
    holdExpiresAt: booking.holdExpiresAt?.toISOString() ?? null,
  };
}

/**
 * Adds the client secret of a card checkout, creating its PaymentIntent after the commit. The payment
 * is read again unless this request just wrote it (`fresh`): a stored answer may be replayed after it
 * was paid or let go.
 */
async function withCardSecret(
  db: Db,
  stored: StoredResponse<BookingCreatedDto>,
  deps: CheckoutDeps,
  fresh: PaymentRow | null = null,
): Promise<StoredResponse<BookingCreatedDto>> {
  const checkout = stored.body.payment;
  if (checkout?.method !== 'card' || checkout.status !== 'pending' || !deps.cardGateway) return stored;
  const payment = fresh ?? (await findPaymentById(db, checkout.id));
  if (payment?.status !== 'pending') return stored;
  try {
    const clientSecret = await ensureCardIntent(db, deps.cardGateway, payment, {
      email: stored.body.booking.customer?.email ?? '',
      description: stored.body.booking.title,
    });
    return { ...stored, body: { ...stored.body, payment: { ...checkout, clientSecret } } };
  } catch (error) {
    // A saved card the bank refused: the booking is let go at once, and the customer told why.
    const declined = isCardDeclined(error);
    await abandonPayment(db, payment.id, declined ? 'card_declined' : 'provider_unavailable', deps.now);
    throw new DomainError(declined ? 'card_declined' : 'payment_provider_unavailable', {}, undefined, error);
  }
}

/**
 * Cancels a booking; its spots are free again at commit. Customers (and guest token holders)
 * may cancel until the deadline; staff at any time. Cancelling twice is a no-op.
 */
export async function cancelBooking(
  db: Db,
  callerCtx: RequestContext,
  ref: BookingRef,
  reason: string | undefined,
  now: Date,
): Promise<BookingDto> {
  const ctx = await contextFor(db, callerCtx, ref);
  return transaction(db, (tx) => cancelBookingIn(tx, ctx, ref, reason, now));
}

/** The one cancel path, in the caller's transaction: deleting an account cancels its bookings with it. */
export async function cancelBookingIn(
  tx: Db,
  ctx: RequestContext,
  ref: BookingRef,
  reason: string | undefined,
  now: Date,
): Promise<BookingDto> {
  const view = await findBookingView(tx, ctx.org.id, 'id' in ref ? ref : ref.manage);
  if (!view || !canSee(ctx, view, ref)) throw new DomainError('booking_not_found');
  const locked = await lockBooking(tx, ctx.org.id, view.booking.id);
  if (!locked) throw new DomainError('booking_not_found');
  const { booking } = locked;
  const parts = { ...view, ...locked };
  if (booking.status === 'cancelled') return toBookingDto(ctx, parts, now);
  if (booking.status !== 'pending' && booking.status !== 'confirmed') throw new DomainError('invalid_transition');

  const byStaff = 'id' in ref && hasRole(ctx, 'staff');
  // The same policy and rule whoever cancels: free until the policy's deadline, then refused (for
  // customers), a fee kept, or nothing back (policies.rules.ts).
  const policy = await policyFor(tx, ctx.org, {
    serviceId: booking.serviceId,
    classTypeId: parts.cls?.classTypeId ?? null,
  });
  const decision = decideCancellation(policy, {
    startsAt: booked(parts).startsAt,
    now,
    by: byStaff ? 'staff' : 'customer',
  });
  if (decision.kind === 'refused') throw new DomainError('cancellation_deadline_passed', { hours: decision.hours });
  const late = decision.kind === 'late' ? decision : null;
  const after = await updateBookingRow(tx, ctx.org.id, booking.id, {
    status: 'cancelled',
    cancelledAt: now,
    cancelledBy: byStaff ? 'staff' : 'customer',
    cancelReason: reason ?? null,
  });
  await recordAudit(tx, ctx, {
    action: 'booking.cancelled',
    entityType: 'booking',
    entityId: booking.id,
    before: { status: booking.status },
    after: { status: after.status, cancelledBy: after.cancelledBy, reason: after.cancelReason },
  });
  await queueBookingCancelled(tx, ctx.org.id, booking.id, byStaff ? 'staff' : 'customer');
  // Under a refund-as-credit policy the money becomes credits first; what is left (nothing, then)
  // settles as before.
  await refundAsCredit(tx, ctx, parts, policy, late?.keepCredits, now);
  await settleCancelledBooking(tx, ctx, booking.id, now, late?.keepMoney);
  await returnCredits(tx, { ctx, now }, booking.id, 'booking cancelled', late?.keepCredits);
  const dto = toBookingDto(ctx, { ...parts, booking: after, payment: null }, now);
  await enqueueWebhookEvent(tx, ctx.org.id, 'booking.cancelled', { booking: dto }, now);
  return dto;
}

export interface CancelledClass {
  class: ClassDto;
  cancelledBookingIds: string[];
}

/** Cancels the class and every active booking in it; already cancelled is a no-op. */
export async function cancelClass(
  db: Db,
  ctx: RequestContext,
  classId: string,
  reason: string | undefined,
  now: Date,
): Promise<CancelledClass> {
  return transaction(db, (tx) => cancelClassIn(tx, ctx, classId, reason, now));
}

/** The class cancel in the caller's transaction: one class or each occurrence of a series goes this way. */
export async function cancelClassIn(
  tx: Db,
  ctx: RequestContext,
  classId: string,
  reason: string | undefined,
  now: Date,
): Promise<CancelledClass> {
  const before = await findClass(tx, ctx.org.id, classId, true);
  if (!before) throw new DomainError('class_not_found');
  if (before.status === 'cancelled') return { class: await classDto(tx, ctx, before), cancelledBookingIds: [] };
  const cancelled = await cancelActiveBookingsOfClass(tx, ctx.org.id, classId, now, reason ?? 'class_cancelled');
  const after = await updateClassRow(tx, ctx.org.id, classId, { status: 'cancelled', cancelledAt: now });
  const dto = await classDto(tx, ctx, after);
  await recordAudit(tx, ctx, {
    action: 'class.cancelled',
    entityType: 'class',
    entityId: classId,
    before: { status: before.status, spotsTaken: before.spotsTaken },
    after: { status: after.status, reason: reason ?? null, cancelledBookings: cancelled.length },
  });
  await enqueueWebhookEvent(tx, ctx.org.id, 'class.cancelled', { class: dto, reason: reason ?? null }, now);
  // The class's row change closed its waitlist (migrations/0023): those who were in line are told too.
  await enqueue(tx, ctx.org.id, 'mail.waitlist_closed', { classId }, { maxAttempts: 5 });
  for (const booking of cancelled) {
    await queueBookingCancelled(tx, ctx.org.id, booking.id, 'class_cancelled');
    await settleCancelledBooking(tx, ctx, booking.id, now);
    await returnCredits(tx, { ctx, now }, booking.id, 'class cancelled');
    await enqueueWebhookEvent(
      tx,
      ctx.org.id,
      'booking.cancelled',
      await bookingSnapshot(tx, ctx, booking.id, now),
      now,
    );
    await recordAudit(tx, ctx, {
      action: 'booking.cancelled',
      entityType: 'booking',
      entityId: booking.id,
      before: { status: booking.previousStatus },
      after: { status: 'cancelled', cancelledBy: 'staff', reason: booking.cancelReason },
    });
  }
  return { class: dto, cancelledBookingIds: cancelled.map((booking) => booking.id) };
}

// Reading and deleting bookings: the booking as seen shows its payment, so these are served here too.

export async function getBooking(db: Db, callerCtx: RequestContext, ref: BookingRef, now: Date): Promise<BookingDto> {
  const ctx = await contextFor(db, callerCtx, ref);
  const view = await findBookingView(db, ctx.org.id, 'id' in ref ? ref : ref.manage);
  // Someone else's booking answers exactly like a missing one: ids reveal nothing.
  if (!view || !canSee(ctx, view, ref)) throw new DomainError('booking_not_found');
  return toBookingDto(ctx, view, now);
}

/** Removes a booking for good (admin). The audit log keeps what it was. */
export async function deleteBooking(db: Db, ctx: RequestContext, bookingId: string, now: Date): Promise<void> {
  requireRole(ctx, 'admin');
  await transaction(db, async (tx) => {
    const view = await findBookingView(tx, ctx.org.id, { id: bookingId });
    if (!view) throw new DomainError('booking_not_found');
    const locked = await lockBooking(tx, ctx.org.id, bookingId);
    if (!locked) throw new DomainError('booking_not_found');
    const { booking } = locked;
    // Money was (or may be) paid for it: deleting would lose the trail from payment to booking,
    // so the admin cancels (and refunds) instead. The locked booking row keeps a payment from
    // appearing meanwhile, and the foreign key refuses the delete regardless.
    if (await bookingHasPayment(tx, ctx.org.id, bookingId)) throw new DomainError('booking_has_payment');
    // Likewise credits: the ledger's use rows name the booking; cancelling gives them back.
    if (await bookingHoldsCredits(tx, ctx.org.id, bookingId)) throw new DomainError('booking_has_payment');
    await deleteBookingRow(tx, ctx.org.id, bookingId);
    await dropReminder(tx, ctx.org.id, bookingId);
    await recordAudit(tx, ctx, {
      action: 'booking.deleted',
      entityType: 'booking',
      entityId: bookingId,
      before: toBookingDto(ctx, { ...view, booking }, now),
    });
  });
}

export async function listBookings(db: Db, ctx: RequestContext, query: BookingListQuery, now: Date) {
  requireRole(ctx, 'staff');
  const zone = ctx.org.timeZone;
  const rows = await selectBookingViews(db, ctx.org.id, {
    classId: query.classId,
    serviceId: query.serviceId,
    providerId: query.providerId,
    kind: query.kind,
    customerId: query.customerId,
    email: query.email,
    status: query.status,
    startFrom: query.from ? parseDateBoundary(query.from, zone, 'from') : undefined,
    startTo: query.to ? parseDateBoundary(query.to, zone, 'to', true) : undefined,
    order: 'created_desc',
    limit: query.limit,
    offset: query.offset,
  });
  return rows.map((row) => toBookingDto(ctx, row, now));
}

/** Every booking of one customer, oldest first: a guest's, for their data rights. */
export async function listCustomerBookings(db: Db, ctx: RequestContext, customerId: string, now: Date) {
  const rows = await selectBookingViews(db, ctx.org.id, { customerId, order: 'class_asc', limit: 500, offset: 0 });
  return rows.map((row) => toBookingDto(ctx, row, now));
}

export async function listMyBookings(
  db: Db,
  ctx: RequestContext,
  query: { when: 'upcoming' | 'past' | 'all'; limit: number },
  now: Date,
) {
  const user = requireUser(ctx);
  const rows = await selectBookingViews(db, ctx.org.id, {
    userId: user.id,
    startFrom: query.when === 'upcoming' ? now : undefined,
    startTo: query.when === 'past' ? now : undefined,
    order: query.when === 'past' ? 'class_desc' : 'class_asc',
    limit: query.limit,
    offset: 0,
  });
  return rows.map((row) => toBookingDto(ctx, row, now));
}
