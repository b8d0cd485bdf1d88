import Stripe from 'stripe';

/**
 * The card provider behind one small adapter: Stripe through its official SDK. Every call that
 * creates something carries an idempotency key derived from our own row, so a retry after a lost
 * answer can never charge or refund twice.
 */
export interface CardGateway {
  publishableKey: string;
  createIntent(input: {
    paymentId: string;
    bookingId: string;
    orgId: string;
    amount: number;
    currency: string;
    description: string;
    email: string;
  }): Promise<{ id: string; clientSecret: string }>;
  retrieveIntent(id: string): Promise<Stripe.PaymentIntent>;
  cancelIntent(id: string): Promise<void>;
  createRefund(input: { refundId: string; paymentIntentId: string; amount: number }): Promise<Stripe.Refund>;
  retrieveRefund(id: string): Promise<Stripe.Refund>;
  /** Verifies the signature on the raw body; throws if it does not match. */
  verifyWebhook(rawBody: string, signature: string): Stripe.Event;
}

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
  return new Stripe(settings.secretKey, {
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
      const intent = await stripe.paymentIntents.create(
        {
          amount: input.amount,
          currency: input.currency.toLowerCase(),
          description: input.description,
          receipt_email: input.email,
          automatic_payment_methods: { enabled: true },
          metadata: { payment_id: input.paymentId, booking_id: input.bookingId, org_id: input.orgId },
        },
        { idempotencyKey: `slotwise-payment-${input.paymentId}` },
      );
      if (!intent.client_secret) throw new Error(`PaymentIntent ${intent.id} has no client secret`);
      return { id: intent.id, clientSecret: intent.client_secret };
    },
    retrieveIntent: (id) => stripe.paymentIntents.retrieve(id),
    async cancelIntent(id) {
      await stripe.paymentIntents.cancel(id, { cancellation_reason: 'abandoned' });
    },
    createRefund: (input) =>
      stripe.refunds.create(
        { payment_intent: input.paymentIntentId, amount: input.amount, metadata: { refund_id: input.refundId } },
        { idempotencyKey: `slotwise-refund-${input.refundId}` },
      ),
    retrieveRefund: (id) => stripe.refunds.retrieve(id),
    verifyWebhook: (rawBody, signature) => stripe.webhooks.constructEvent(rawBody, signature, settings.webhookSecret),
  };
}
