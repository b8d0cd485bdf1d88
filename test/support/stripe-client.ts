/**
 * The official Stripe SDK, pointed at the local server from stripe-server.ts, for tests of that server
 * itself. The app under test does not use these options: test/support/app.ts builds its client with
 * production's own `createStripeClient` (retries included) and only the API address changed.
 */
import Stripe from 'stripe';
import type { StripeServer } from './stripe-server.ts';

/**
 * Constructor options for a client of `server`. Defaults chosen for tests:
 * - `maxNetworkRetries: 0` so an injected fault reaches the caller (the SDK's default is 2, with at
 *   least 0.5 s between tries). Note that the SDK still retries a dropped connection once.
 * - `telemetry: false`: no `X-Stripe-Client-Telemetry` header carrying timings of earlier requests.
 * - `timeout: 10_000` ms instead of 80 s, so a 'hang' fault does not stall a test run.
 */
export function stripeClientOptions(server: StripeServer, overrides: Stripe.StripeConfig = {}): Stripe.StripeConfig {
  return {
    host: server.host,
    port: server.port,
    protocol: 'http',
    maxNetworkRetries: 0,
    telemetry: false,
    timeout: 10_000,
    ...overrides,
  };
}

/** `new Stripe(server.secretKey, …)` aimed at the local server. Pass `apiKey` to try a wrong key. */
export function createStripeClient(
  server: StripeServer,
  overrides: Stripe.StripeConfig & { apiKey?: string } = {},
): Stripe {
  const { apiKey = server.secretKey, ...config } = overrides;
  return new Stripe(apiKey, stripeClientOptions(server, config));
}
