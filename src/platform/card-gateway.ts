import { createRequire } from 'node:module';
import type Stripe from 'stripe';

/**
 * The card provider behind one small adapter: Stripe through its official SDK. Every call that
 * creates something carries an idempotency key derived from our own row, so a retry after a lost
 * answer can never charge or refund twice.
 */
export interface CardGateway {
  publishableKey: string;
  createIntent(input: {
    paymentId: string;
    /** What the payment pays for: a booking, or a package purchase. */
    bookingId: string | null;
    packagePurchaseId: string | null;
    orgId: string;
    amount: number;
    currency: string;
    description: string;
    email: string;
    /** Which idempotency key: 0 for the first, one more after each server error Stripe kept under a key. */
    attempt: number;
    /** A saved card of this Stripe Customer: the intent is confirmed with it at once, server-side. */
    savedCard?: { customerId: string; paymentMethodId: string } | null;
  }): Promise<{ id: string; clientSecret: string }>;
  /** The intent made for our payment, if any: found by its metadata among intents created since `since`. */
  findIntent(paymentId: string, since: Date): Promise<Stripe.PaymentIntent | null>;
  retrieveIntent(id: string): Promise<Stripe.PaymentIntent>;
  cancelIntent(id: string): Promise<void>;
  createRefund(input: {
    refundId: string;
    paymentIntentId: string;
    amount: number;
    attempt: number;
  }): Promise<Stripe.Refund>;
  /** The refund made for our refund row, if any: its metadata names it. Keys expire after 24 hours; this does not. */
  findRefund(paymentIntentId: string, refundId: string): Promise<Stripe.Refund | null>;
  retrieveRefund(id: string): Promise<Stripe.Refund>;
  /** Every refund of the intent, newest first (ours and those made in Stripe's dashboard). */
  listRefunds(paymentIntentId: string): Promise<Stripe.Refund[]>;
  /** Verifies the signature on the raw body; throws if it does not match. */
  verifyWebhook(rawBody: string, signature: string): Stripe.Event;

  // Saved cards: one Stripe Customer per account and organisation, its card PaymentMethods.
  /** The Customer for our mapping row `rowId`: the key is derived from the row, so racing first requests get one. */
  createCustomer(input: {
    rowId: string;
    orgId: string;
    userId: string;
    email: string;
    name: string;
    attempt: number;
  }): Promise<string>;
  retrieveCustomer(id: string): Promise<Stripe.Customer | Stripe.DeletedCustomer>;
  setDefaultCard(customerId: string, paymentMethodId: string): Promise<void>;
  /** The customer's cards, newest first. */
  listCards(customerId: string): Promise<Stripe.PaymentMethod[]>;
  retrievePaymentMethod(id: string): Promise<Stripe.PaymentMethod>;
  detachPaymentMethod(id: string): Promise<void>;
  /** A SetupIntent that saves a card to the customer, for the browser to confirm with Stripe.js. */
  createSetupIntent(input: { customerId: string; orgId: string; userId: string }): Promise<{
    id: string;
    clientSecret: string;
  }>;
  retrieveSetupIntent(id: string): Promise<Stripe.SetupIntent>;
}

/**
 * What kind of Stripe error this is, by the SDK's own `type` (its error classes set it to their
 * name). The SDK is loaded only where Stripe is configured (createStripeClient), so these checks do
 * not reach for its classes.
 */
export function stripeErrorOf(error: unknown): { type: string; code?: string; statusCode?: number } | null {
  if (typeof error !== 'object' || error === null) return null;
  const { type, code, statusCode } = error as { type?: unknown; code?: unknown; statusCode?: unknown };
  if (typeof type !== 'string' || !type.startsWith('Stripe')) return null;
  return {
    type,
    ...(typeof code === 'string' ? { code } : {}),
    ...(typeof statusCode === 'number' ? { statusCode } : {}),
  };
}

/** A card the bank refused (a saved card confirmed server-side): the customer should hear so. */
export function isCardDeclined(error: unknown): boolean {
  return stripeErrorOf(error)?.type === 'StripeCardError';
}

/** Stripe's answer for something that does not exist (or no longer): a card id, a customer. */
export function isMissingAtProvider(error: unknown): boolean {
  const stripeError = stripeErrorOf(error);
  return stripeError?.type === 'StripeInvalidRequestError' && stripeError.code === 'resource_missing';
}

/** A server error Stripe keeps under the idempotency key: retrying with that key can only replay it. */
export function isKeptServerError(error: unknown): boolean {
  const stripeError = stripeErrorOf(error);
  return stripeError?.type === 'StripeAPIError' && (stripeError.statusCode ?? 0) >= 500;
}

/** Key number 0 is the key used before this counter existed, so that retries of old rows still match. */
const keyFor = (base: string, attempt: number) => (attempt === 0 ? base : `${base}-retry-${attempt}`);

export interface StripeSettings {
  secretKey: string;
  webhookSecret: string;
  publishableKey: string;
  /** Another API address, e.g. a local Stripe-shaped server: http://127.0.0.1:12111 */
  apiUrl: string | null;
}

export function createStripeClient(
  settings: Pick<StripeSettings, 'secretKey' | 'apiUrl'>,
  extra: Stripe.StripeConfig = {},
): Stripe {
  const api = settings.apiUrl ? new URL(settings.apiUrl) : null;
  // Loaded here, not at the top: a server without Stripe keys (the embedded demo) never needs the SDK.
  const StripeSdk = createRequire(import.meta.url)('stripe') as typeof Stripe;
  return new StripeSdk(settings.secretKey, {
    maxNetworkRetries: 2,
    timeout: 20_000,
    telemetry: false,
    ...(api
      ? {
          host: api.hostname,
          port: Number(api.port || (api.protocol === 'https:' ? 443 : 80)),
          protocol: api.protocol.replace(':', '') as 'http' | 'https',
        }
      : {}),
    ...extra,
  });
}

export function stripeGateway(
  stripe: Stripe,
  settings: Pick<StripeSettings, 'webhookSecret' | 'publishableKey'>,
): CardGateway {
  return {
    publishableKey: settings.publishableKey,
    async createIntent(input) {
      const saved = input.savedCard;
      const create = () =>
        stripe.paymentIntents.create(
          {
            amount: input.amount,
            currency: input.currency.toLowerCase(),
            description: input.description,
            receipt_email: input.email,
            // A saved card is confirmed here, with the customer present: a card needs no redirect, and a
            // challenge (3-D Secure) is left to Stripe.js with the client secret.
            ...(saved
              ? {
                  customer: saved.customerId,
                  payment_method: saved.paymentMethodId,
                  confirm: true,
                  automatic_payment_methods: { enabled: true, allow_redirects: 'never' as const },
                }
              : { automatic_payment_methods: { enabled: true } }),
            metadata: {
              payment_id: input.paymentId,
              org_id: input.orgId,
              // Stripe drops metadata keys whose value is empty: only the one that is set is sent.
              ...(input.bookingId ? { booking_id: input.bookingId } : {}),
              ...(input.packagePurchaseId ? { package_purchase_id: input.packagePurchaseId } : {}),
            },
          },
          { idempotencyKey: keyFor(`slotwise-payment-${input.paymentId}`, input.attempt) },
        );
      const intent = await create();
      if (!intent.client_secret) throw new Error(`PaymentIntent ${intent.id} has no client secret`);
      return { id: intent.id, clientSecret: intent.client_secret };
    },
    async findIntent(paymentId, since) {
      // A minute of slack for clocks; the list is newest first and auto-paginates.
      const created = { gte: Math.floor(since.getTime() / 1000) - 60 };
      for await (const intent of stripe.paymentIntents.list({ created, limit: 100 })) {
        if (intent.metadata.payment_id === paymentId) return intent;
      }
      return null;
    },
    retrieveIntent: (id) => stripe.paymentIntents.retrieve(id),
    async cancelIntent(id) {
      await stripe.paymentIntents.cancel(id, { cancellation_reason: 'abandoned' });
    },
    createRefund: (input) =>
      stripe.refunds.create(
        { payment_intent: input.paymentIntentId, amount: input.amount, metadata: { refund_id: input.refundId } },
        { idempotencyKey: keyFor(`slotwise-refund-${input.refundId}`, input.attempt) },
      ),
    async findRefund(paymentIntentId, refundId) {
      for await (const refund of stripe.refunds.list({ payment_intent: paymentIntentId, limit: 100 })) {
        if (refund.metadata?.refund_id === refundId) return refund;
      }
      return null;
    },
    retrieveRefund: (id) => stripe.refunds.retrieve(id),
    async listRefunds(paymentIntentId) {
      const all: Stripe.Refund[] = [];
      for await (const refund of stripe.refunds.list({ payment_intent: paymentIntentId, limit: 100 })) all.push(refund);
      return all;
    },
    verifyWebhook: (rawBody, signature) => stripe.webhooks.constructEvent(rawBody, signature, settings.webhookSecret),
    async createCustomer(input) {
      const customer = await stripe.customers.create(
        {
          email: input.email,
          name: input.name,
          metadata: { org_id: input.orgId, user_id: input.userId },
        },
        { idempotencyKey: keyFor(`slotwise-customer-${input.rowId}`, input.attempt) },
      );
      return customer.id;
    },
    retrieveCustomer: (id) => stripe.customers.retrieve(id),
    async setDefaultCard(customerId, paymentMethodId) {
      await stripe.customers.update(customerId, { invoice_settings: { default_payment_method: paymentMethodId } });
    },
    async listCards(customerId) {
      const cards: Stripe.PaymentMethod[] = [];
      for await (const method of stripe.customers.listPaymentMethods(customerId, { type: 'card', limit: 100 })) {
        cards.push(method);
      }
      return cards;
    },
    retrievePaymentMethod: (id) => stripe.paymentMethods.retrieve(id),
    async detachPaymentMethod(id) {
      await stripe.paymentMethods.detach(id);
    },
    async createSetupIntent(input) {
      const intent = await stripe.setupIntents.create({
        customer: input.customerId,
        allowed_payment_method_types: ['card'],
        metadata: { org_id: input.orgId, user_id: input.userId },
      });
      if (!intent.client_secret) throw new Error(`SetupIntent ${intent.id} has no client secret`);
      return { id: intent.id, clientSecret: intent.client_secret };
    },
    retrieveSetupIntent: (id) => stripe.setupIntents.retrieve(id),
  };
}
