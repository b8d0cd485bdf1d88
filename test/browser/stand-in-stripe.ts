import type { Page } from 'playwright-core';
import type { StripeServer } from '../support/stripe-server.ts';

/**
 * Stripe.js stands in for itself here (there is no internet): the same global `Stripe` the page loads,
 * whose Payment Element is a plain field and whose confirmPayment makes the PaymentIntent succeed at the
 * local Stripe-shaped server, as the customer's bank would.
 */
const STAND_IN_STRIPE_JS = `
window.Stripe = function () {
  let secret = '';
  return {
    _registerWrapper() {},
    elements(options) {
      secret = options.clientSecret;
      return {
        create() {
          return {
            mount(element) {
              const label = document.createElement('label');
              label.textContent = 'Card number ';
              label.append(document.createElement('input'));
              element.append(label);
            },
            destroy() {},
          };
        },
      };
    },
    async confirmPayment() {
      const id = await window.slotwiseTestPays(secret);
      return { paymentIntent: { id, status: 'succeeded' } };
    },
  };
};`;

/** Serves the stand-in Stripe.js to the page; each card payment succeeds at `stripe` and is passed to `paid`. */
export async function useStandInStripe(
  page: Page,
  stripe: StripeServer,
  paid: (intentId: string) => void = () => {},
): Promise<void> {
  await page.route('https://js.stripe.com/**', (route) =>
    route.fulfill({ contentType: 'text/javascript', body: STAND_IN_STRIPE_JS }),
  );
  await page.exposeFunction('slotwiseTestPays', (secret: string) => {
    const id = secret.split('_secret_')[0]!;
    stripe.succeed(id);
    paid(id);
    return id;
  });
}
