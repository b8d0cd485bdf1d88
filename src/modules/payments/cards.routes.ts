import type { Services } from '../../platform/services.ts';
import type { ZodApp } from '../../platform/http.ts';
import { cardParams, cardSetupSchema, savedCardsSchema } from './cards.schema.ts';
import { listMyCards, makeDefaultCard, removeMyCard, startCardSetup } from './cards.service.ts';

const tags = ['cards'];

export function cardRoutes(app: ZodApp, { db, cardGateway }: Services): void {
  app.post(
    '/me/cards/setup',
    {
      schema: {
        tags,
        summary:
          'Start saving a card: a SetupIntent for Stripe.js (signed in; makes my Stripe Customer when first needed)',
        response: { 200: cardSetupSchema },
      },
    },
    async (request) => startCardSetup(db, cardGateway, request.ctx),
  );

  app.get(
    '/me/cards',
    {
      schema: {
        tags,
        summary: 'My saved cards: brand, last four digits, expiry and which is the default (read from Stripe)',
        response: { 200: savedCardsSchema },
      },
    },
    async (request) => ({ cards: await listMyCards(db, cardGateway, request.ctx) }),
  );

  app.delete(
    '/me/cards/:cardId',
    {
      schema: {
        tags,
        summary: 'Remove one of my saved cards; answers the cards left (404 card_not_found for any other card)',
        params: cardParams,
        response: { 200: savedCardsSchema },
      },
    },
    async (request) => ({ cards: await removeMyCard(db, cardGateway, request.ctx, request.params.cardId) }),
  );

  app.post(
    '/me/cards/:cardId/default',
    {
      schema: {
        tags,
        summary: 'Make one of my saved cards the default; answers my cards',
        params: cardParams,
        response: { 200: savedCardsSchema },
      },
    },
    async (request) => ({ cards: await makeDefaultCard(db, cardGateway, request.ctx, request.params.cardId) }),
  );
}
