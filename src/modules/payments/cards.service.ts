/**
 * Saved cards: a Stripe Customer per customer account and organisation, made when first needed; a
 * SetupIntent for the browser to save a card with Stripe.js; the cards listed, removed and made the
 * default; and a saved card named for a payment. Stripe holds the cards: what we keep
 * (`saved_cards`) is what the portal shows, refreshed from Stripe when listed and by its webhooks.
 * Whose a card is, is always asked of Stripe (the card's customer), never taken from the client.
 */
import type Stripe from 'stripe';
import { type CardGateway, isKeptServerError, isMissingAtProvider } from '../../platform/card-gateway.ts';
import { type RequestContext, requireUser } from '../../platform/context.ts';
import { type Db, transaction } from '../../platform/db.ts';
import { DomainError } from '../../platform/errors.ts';
import { recordAudit } from '../audit/audit.service.ts';
import {
  deleteCustomerRow,
  ensureCustomerRow,
  findCardCustomer,
  findCustomerRow,
  findCustomerRowByStripeId,
  lockCustomerRow,
  nextCustomerAttempt,
  replaceCards,
  selectCards,
  setStripeCustomerId,
} from './cards.repo.ts';
import type { SavedCardRow, StripeCustomerRow } from './cards.tables.ts';

/** A saved card a payment is to be made with: the card and the Customer it belongs to. */
export interface SavedCardRef {
  customerId: string;
  paymentMethodId: string;
}

const cardIdPattern = /^pm_[A-Za-z0-9]+$/;

function gatewayOf(gateway: CardGateway | null): CardGateway {
  if (!gateway) throw new DomainError('payments_disabled');
  return gateway;
}

/** Stripe did not answer as it should: no card was saved, changed or charged. */
function unavailable(error: unknown): never {
  if (error instanceof DomainError) throw error;
  throw new DomainError('payment_provider_unavailable', {}, undefined, error);
}

/**
 * The account's Stripe Customer, made on first need. The mapping row is committed first and the
 * Customer is made with a key derived from it, so two first requests at once make one Customer: both
 * read the one row (unique per organisation and account), send the same key, and Stripe answers both
 * with the same Customer. After a server error Stripe keeps under the key, the next request moves to
 * the next key.
 */
async function stripeCustomerFor(db: Db, gateway: CardGateway, ctx: RequestContext): Promise<StripeCustomerRow> {
  const user = requireUser(ctx);
  const row = await ensureCustomerRow(db, ctx.org.id, user.id);
  if (row.stripeCustomerId) return row;
  try {
    const id = await gateway.createCustomer({
      rowId: row.id,
      orgId: ctx.org.id,
      userId: user.id,
      email: user.email,
      name: user.name,
      attempt: row.providerAttempt,
    });
    await setStripeCustomerId(db, row.id, id);
  } catch (error) {
    if (isKeptServerError(error)) await nextCustomerAttempt(db, row.id, row.providerAttempt);
    unavailable(error);
  }
  const made = await findCustomerRow(db, ctx.org.id, user.id);
  if (!made?.stripeCustomerId) throw new Error(`no Stripe Customer recorded for ${row.id}`);
  return made;
}

/** A SetupIntent that saves a card to the caller's Customer; the browser confirms it with Stripe.js. */
export async function startCardSetup(db: Db, cardGateway: CardGateway | null, ctx: RequestContext) {
  requireUser(ctx);
  const gateway = gatewayOf(cardGateway);
  const customer = await stripeCustomerFor(db, gateway, ctx);
  const intent = await gateway
    .createSetupIntent({ customerId: customer.stripeCustomerId!, orgId: ctx.org.id, userId: customer.userId })
    .catch(unavailable);
  return { setupIntentId: intent.id, clientSecret: intent.clientSecret, publishableKey: gateway.publishableKey };
}

export function toCardDto(card: SavedCardRow) {
  return {
    id: card.paymentMethodId,
    brand: card.brand,
    last4: card.last4,
    expMonth: card.expMonth,
    expYear: card.expYear,
    isDefault: card.isDefault,
  };
}

/**
 * Reads a Customer's cards and default from Stripe and stores them as the portal shows them. A
 * Customer deleted at Stripe takes its mapping (and so its cards) with it. Returns what is stored.
 */
export async function refreshCards(db: Db, gateway: CardGateway, stripeCustomerId: string): Promise<SavedCardRow[]> {
  const customer = await gateway.retrieveCustomer(stripeCustomerId);
  const methods = customer.deleted ? [] : await gateway.listCards(stripeCustomerId);
  return transaction(db, async (tx) => {
    const row = await lockCustomerRow(tx, stripeCustomerId);
    if (!row) return [];
    if (customer.deleted) {
      await deleteCustomerRow(tx, stripeCustomerId);
      return [];
    }
    await replaceCards(
      tx,
      row.orgId,
      stripeCustomerId,
      methods.flatMap((method) => cardValues(customer, method)),
    );
    return selectCards(tx, stripeCustomerId);
  });
}

function cardValues(customer: Stripe.Customer, method: Stripe.PaymentMethod) {
  if (!method.card) return [];
  const preferred = customer.invoice_settings.default_payment_method;
  const defaultId = typeof preferred === 'string' ? preferred : (preferred?.id ?? null);
  return [
    {
      paymentMethodId: method.id,
      stripeCustomerId: customer.id,
      brand: method.card.brand,
      last4: method.card.last4,
      expMonth: method.card.exp_month,
      expYear: method.card.exp_year,
      isDefault: method.id === defaultId,
    },
  ];
}

/** The caller's saved cards, as Stripe has them now. An account that never saved one has no Customer yet. */
export async function listMyCards(db: Db, cardGateway: CardGateway | null, ctx: RequestContext) {
  const user = requireUser(ctx);
  const row = await findCustomerRow(db, ctx.org.id, user.id);
  if (!row?.stripeCustomerId) return [];
  const gateway = gatewayOf(cardGateway);
  const cards = await refreshCards(db, gateway, row.stripeCustomerId).catch(unavailable);
  return cards.map(toCardDto);
}

/**
 * A card of the caller's, checked with Stripe: the card's customer must be the caller's Customer. Any
 * other card (someone else's, detached, unknown, malformed) is `card_not_found`, the same answer
 * whatever the reason, so that nothing can be learnt about another customer's cards.
 */
async function ownCard(db: Db, gateway: CardGateway | null, ctx: RequestContext, cardId: string) {
  const user = requireUser(ctx);
  if (!cardIdPattern.test(cardId)) throw new DomainError('card_not_found');
  const row = await findCustomerRow(db, ctx.org.id, user.id);
  if (!row?.stripeCustomerId) throw new DomainError('card_not_found');
  const checked = gatewayOf(gateway);
  let method: Stripe.PaymentMethod;
  try {
    method = await checked.retrievePaymentMethod(cardId);
  } catch (error) {
    if (isMissingAtProvider(error)) throw new DomainError('card_not_found');
    unavailable(error);
  }
  const owner = typeof method.customer === 'string' ? method.customer : method.customer?.id;
  if (owner !== row.stripeCustomerId || !method.card) throw new DomainError('card_not_found');
  return { gateway: checked, row: row as StripeCustomerRow & { stripeCustomerId: string }, method };
}

async function auditCardChange(db: Db, ctx: RequestContext, row: StripeCustomerRow, action: string, card: string) {
  await transaction(db, (tx) =>
    recordAudit(tx, ctx, { action, entityType: 'stripe_customer', entityId: row.id, after: { card } }),
  );
}

/** Removes a saved card of the caller's (detached from their Customer at Stripe). */
export async function removeMyCard(db: Db, cardGateway: CardGateway | null, ctx: RequestContext, cardId: string) {
  const { gateway, row } = await ownCard(db, cardGateway, ctx, cardId);
  await gateway.detachPaymentMethod(cardId).catch(unavailable);
  await auditCardChange(db, ctx, row, 'card.removed', cardId);
  const cards = await refreshCards(db, gateway, row.stripeCustomerId).catch(unavailable);
  return cards.map(toCardDto);
}

/** Makes a saved card of the caller's the one chosen first. */
export async function makeDefaultCard(db: Db, cardGateway: CardGateway | null, ctx: RequestContext, cardId: string) {
  const { gateway, row } = await ownCard(db, cardGateway, ctx, cardId);
  await gateway.setDefaultCard(row.stripeCustomerId, cardId).catch(unavailable);
  await auditCardChange(db, ctx, row, 'card.made_default', cardId);
  const cards = await refreshCards(db, gateway, row.stripeCustomerId).catch(unavailable);
  return cards.map(toCardDto);
}

/**
 * A saved card to pay with, checked before the booking's transaction (no network call inside one).
 * Only a signed-in account has saved cards: a guest proves nothing by typing an email.
 */
export async function savedCardToPay(
  db: Db,
  gateway: CardGateway | null,
  ctx: RequestContext,
  cardId: string,
): Promise<SavedCardRef> {
  if (!ctx.user) throw new DomainError('saved_card_requires_account');
  const { row } = await ownCard(db, gateway, ctx, cardId);
  return { customerId: row.stripeCustomerId, paymentMethodId: cardId };
}

/**
 * A Stripe event about a Customer, a SetupIntent or a PaymentMethod: which Customer's cards it
 * concerns. A detached card's event names its old customer only among the previous attributes, and
 * we also know it from the card's stored row.
 */
export async function cardEventCustomer(db: Db, event: Stripe.Event): Promise<string | null> {
  const object = event.data.object as { id?: string; object?: string; customer?: unknown };
  const named = (value: unknown) =>
    typeof value === 'string' ? value : ((value as { id?: string } | null | undefined)?.id ?? null);
  if (event.type.startsWith('customer.') && object.object === 'customer') return object.id ?? null;
  if (event.type.startsWith('setup_intent.') || event.type.startsWith('payment_method.')) {
    const previous = (event.data.previous_attributes ?? {}) as { customer?: unknown };
    const customer = named(object.customer) ?? named(previous.customer);
    if (customer) return customer;
    if (event.type.startsWith('payment_method.') && object.id) return (await findCardCustomer(db, object.id)) ?? null;
  }
  return null;
}

/** The organisation of a Customer of ours, or null (a Customer made by someone else on the same account). */
export async function customerOrg(db: Db, stripeCustomerId: string): Promise<string | null> {
  return (await findCustomerRowByStripeId(db, stripeCustomerId))?.orgId ?? null;
}
