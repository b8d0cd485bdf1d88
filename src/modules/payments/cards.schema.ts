import { z } from 'zod';

export const savedCardSchema = z
  .object({
    id: z.string().describe("Stripe's PaymentMethod id (pm_…): what savedCardId names at checkout"),
    brand: z.string().describe('visa, mastercard, amex, …'),
    last4: z.string(),
    expMonth: z.number().int(),
    expYear: z.number().int(),
    isDefault: z.boolean(),
  })
  .meta({ id: 'SavedCard' });

export const savedCardsSchema = z.object({ cards: z.array(savedCardSchema) });

export const cardSetupSchema = z.object({
  setupIntentId: z.string(),
  clientSecret: z.string().describe("For Stripe.js: the card form's confirmSetup"),
  publishableKey: z.string(),
});

export const cardParams = z.strictObject({ cardId: z.string().min(1).max(255) });
