/**
 * Stripe's webhooks: verified, recorded once, reconciled from Stripe's own state. A PaymentIntent's
 * event is settled into its booking (applyIntent), so this lives in checkout; a refund's event only
 * touches money and is reconciled by payments (reconcileRefund).
 */

import type Stripe from 'stripe';
import { z } from 'zod';
import { type Db, transaction } from '../../platform/db.ts';
import { DomainError } from '../../platform/errors.ts';
import { type JobHandler, enqueue } from '../../platform/jobs.ts';
import type { CardGateway } from '../../platform/card-gateway.ts';
import {
  findPaymentById,
  findPaymentByIntent,
  markStripeEventProcessed,
  recordStripeEvent,
  stripeEventProcessed,
} from '../payments/payments.repo.ts';
import { paymentJobs } from '../payments/payments.locks.ts';
import { reconcileRefund, reconcileRefundsOfIntent } from '../payments/refunds.service.ts';
import { cardEventCustomer, customerOrg, refreshCards } from '../payments/cards.service.ts';
import { applyIntent, organisationOf, paymentOfIntent, settleIntent } from './checkout.settlement.ts';

/**
 * A Stripe webhook: verify the signature on the raw body and record the event id once, whatever the
 * number of deliveries. A PaymentIntent that reached an end state (succeeded, canceled) is settled
 * from the signed event itself, in the transaction that records it: an end state cannot be out of
 * date, so the common case asks Stripe nothing and needs no job. Any other event, or one whose
 * settling failed, is recorded with a job that reconciles it, and that work is tried at once; there
 * the event body is only a trigger and the handler re-reads the object from Stripe.
 */
export async function receiveStripeEvent(
  db: Db,
  gateway: CardGateway,
  rawBody: string,
  signature: string | undefined,
  now: () => Date,
): Promise<{ duplicate: boolean }> {
  let verified: unknown;
  try {
    if (!signature) throw new Error('no signature');
    verified = gateway.verifyWebhook(rawBody, signature);
  } catch (error) {
    // The SDK checks the signature first and parses the body after: a signed body that is not JSON fails there.
    throw new DomainError(error instanceof SyntaxError ? 'malformed_event' : 'invalid_signature');
  }
  // Signed, so from someone holding the webhook secret; still read only in the shape Stripe sends.
  if (!eventShape.safeParse(verified).success) throw new DomainError('malformed_event');
  const event = verified as Stripe.Event;
  const settled = await settleFinalIntent(db, event, now);
  if (settled !== undefined) return { duplicate: !settled };
  const object = event.data.object as {
    id?: string;
    refunds?: { data?: { id: string }[] };
    payment_intent?: string | { id: string } | null;
  };
  const customerId = isCardEvent(event.type) ? await cardEventCustomer(db, event) : null;
  const work = {
    eventId: event.id,
    type: event.type,
    objectId: object.id ?? null,
    refundIds: object.refunds?.data?.map((r) => r.id) ?? [],
    paymentIntentId:
      typeof object.payment_intent === 'string' ? object.payment_intent : (object.payment_intent?.id ?? null),
    customerId,
  };
  const orgId = customerId ? await customerOrg(db, customerId) : await eventOrg(db, event);
  const fresh = await transaction(db, async (tx) => {
    if (!(await recordStripeEvent(tx, { id: event.id, type: event.type }, { processed: false }))) return false;
    // Jobs belong to an organisation; an event we cannot place has nothing of ours to reconcile.
    if (orgId) await enqueue(tx, orgId, paymentJobs.stripeEvent, work, { maxAttempts: 10 });
    return true;
  });
  if (!fresh) return { duplicate: true };
  await processStripeEvent(db, gateway, work, now).catch(() => {});
  return { duplicate: false };
}

/**
 * Settles a payment_intent event whose intent is in an end state, recording the event in the same
 * transaction: true if settled here, false for a repeated delivery, undefined if the event is not
 * such a one or settling it failed (the caller then records it with a job).
 */
async function settleFinalIntent(db: Db, event: Stripe.Event, now: () => Date): Promise<boolean | undefined> {
  if (!event.type.startsWith('payment_intent.')) return undefined;
  const intent = event.data.object as Stripe.PaymentIntent;
  if (intent.object !== 'payment_intent' || !finalStates.has(intent.status) || !intent.metadata) return undefined;
  try {
    const payment = await paymentOfIntent(db, intent);
    if (!payment) return undefined;
    const org = await organisationOf(db, payment);
    return await transaction(db, async (tx) => {
      if (!(await recordStripeEvent(tx, { id: event.id, type: event.type }, { processed: true }))) return false;
      await settleIntent(tx, org, payment, intent, now);
      return true;
    });
  } catch {
    return undefined;
  }
}

/** What is read of an event here, before any job: ids are strings, metadata values too (as Stripe's always are). */
const stripeId = z.string().min(1).max(255);
const reference = z.union([stripeId, z.looseObject({ id: stripeId })]).nullish();
const eventShape = z.looseObject({
  id: stripeId,
  type: z.string().min(1).max(255),
  data: z.looseObject({
    object: z.looseObject({
      id: stripeId.optional(),
      object: z.string().optional(),
      status: z.string().optional(),
      metadata: z.record(z.string(), z.string()).nullish(),
      customer: reference,
      payment_intent: reference,
      refunds: z.looseObject({ data: z.array(z.looseObject({ id: stripeId })).optional() }).nullish(),
    }),
    previous_attributes: z.looseObject({ customer: reference }).optional(),
  }),
});

const finalStates = new Set<Stripe.PaymentIntent.Status>(['succeeded', 'canceled']);

/** The organisation an event concerns, from the payment or refund it names. */
async function eventOrg(db: Db, event: Stripe.Event): Promise<string | null> {
  const object = event.data.object as {
    id?: string;
    metadata?: Record<string, string>;
    payment_intent?: string | { id: string } | null;
  };
  const intentId = event.type.startsWith('payment_intent.')
    ? object.id
    : typeof object.payment_intent === 'string'
      ? object.payment_intent
      : object.payment_intent?.id;
  const byIntent = intentId ? await findPaymentByIntent(db, intentId) : undefined;
  if (byIntent) return byIntent.orgId;
  const paymentId = object.metadata?.payment_id;
  if (paymentId && /^[0-9a-f-]{36}$/.test(paymentId)) return (await findPaymentById(db, paymentId))?.orgId ?? null;
  return null;
}

interface EventWork {
  eventId: string;
  type: string;
  objectId: string | null;
  refundIds: string[];
  /** The intent a charge or refund event is about (absent from jobs queued before it was kept). */
  paymentIntentId?: string | null;
  /** The Stripe Customer whose saved cards a card event concerns. */
  customerId?: string | null;
}

/** Events that change what the portal shows of saved cards; each refreshes the customer's cards from Stripe. */
const cardEvents = new Set([
  'setup_intent.succeeded',
  'payment_method.attached',
  'payment_method.detached',
  'payment_method.updated',
  'customer.updated',
  'customer.deleted',
]);
const isCardEvent = (type: string) => cardEvents.has(type);

async function processStripeEvent(db: Db, gateway: CardGateway, work: EventWork, now: () => Date): Promise<string> {
  let result = 'ignored';
  if (work.type.startsWith('payment_intent.') && work.objectId) {
    result = (await applyIntent(db, gateway, work.objectId, now))?.outcome ?? 'no change';
  } else if (work.type.startsWith('refund.') && work.objectId) {
    await reconcileRefund(db, gateway, work.objectId, now);
    result = 'refund reconciled';
  } else if (work.type.startsWith('charge.refund')) {
    // Charges in Stripe's current API version do not list their refunds: all of the intent's are read.
    if (work.paymentIntentId) await reconcileRefundsOfIntent(db, gateway, work.paymentIntentId, now);
    else for (const id of work.refundIds) await reconcileRefund(db, gateway, id, now);
    result = 'refunds reconciled';
  } else if (isCardEvent(work.type) && work.customerId) {
    await refreshCards(db, gateway, work.customerId);
    result = 'cards refreshed';
  }
  await markStripeEventProcessed(db, work.eventId);
  return result;
}

export function stripeEventHandler(deps: { db: Db; gateway: CardGateway | null; now: () => Date }): JobHandler {
  return async (job) => {
    if (!deps.gateway) throw new Error('Stripe is not configured');
    // The webhook request itself normally did the work (receiveStripeEvent): the job is there for
    // when it failed. Done once, it would only ask Stripe again for a state it already settled.
    const work = job.payload as unknown as EventWork;
    if (await stripeEventProcessed(deps.db, work.eventId)) return 'already processed';
    return processStripeEvent(deps.db, deps.gateway, work, deps.now);
  };
}
