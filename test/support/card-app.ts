import assert from 'node:assert/strict';
import type Stripe from 'stripe';
import { type Client, type TestApp, type TestAppOptions, startTestApp } from './app.ts';
import { type StripeServer, startStripeServer } from './stripe-server.ts';

/**
 * A test app that takes cards: the official SDK against the local Stripe-shaped server, and the
 * organisation offering card and pay at the venue. One per test file, as every test app.
 */
export interface CardTestApp {
  t: TestApp;
  stripe: StripeServer;
  admin: Client;
  /** Posts an event to the app's webhook route, signed as Stripe signs it, and expects it taken (200). */
  postWebhook(event: Stripe.Event | undefined): Promise<void>;
  /** The app first, then the Stripe server it talks to. */
  close(): Promise<void>;
}

export async function startCardTestApp(options: Omit<TestAppOptions, 'stripe'> = {}): Promise<CardTestApp> {
  const stripe = await startStripeServer();
  const t = await startTestApp({ ...options, stripe }).catch(async (error: unknown) => {
    await stripe.close();
    throw error;
  });
  const close = async () => {
    await t.close();
    await stripe.close();
  };
  const admin = await t.admin();
  const settings = await admin.patch('/api/v1/organisation', { paymentMethods: ['card', 'venue'] });
  if (settings.status !== 200) {
    await close();
    assert.fail(`card payments could not be switched on: ${settings.status} ${JSON.stringify(settings.body)}`);
  }
  return {
    t,
    stripe,
    admin,
    async postWebhook(event) {
      assert.ok(event, 'Stripe made the event');
      const { payload, headers } = stripe.signedPayload(event);
      const response = await t.app.inject({ method: 'POST', url: '/api/v1/stripe/webhook', headers, payload });
      assert.equal(response.statusCode, 200, response.body);
    },
    close,
  };
}
