import { z } from 'zod';
import { type ZodApp, idempotencyOf, sendStored } from '../../platform/http.ts';
import { idParam } from '../../platform/schemas.ts';
import { createGeocoder } from '../../platform/geocoding.ts';
import type { Services } from '../../platform/services.ts';
import { quote } from './pricing.quotes.ts';
import {
  holidaysSchema,
  itemPricingSchema,
  itemPricingUpdateSchema,
  pricingSettingsSchema,
  pricingSettingsUpdateSchema,
  promoCreateSchema,
  promoSchema,
  promoUpdateSchema,
  quoteRequestSchema,
  quoteSchema,
  serviceAreaInputSchema,
  serviceAreaSchema,
  surchargeInputSchema,
  surchargeSchema,
  taxRateCreateSchema,
  taxRateSchema,
  taxRateUpdateSchema,
} from './pricing.schema.ts';
import {
  createPromo,
  createSurcharge,
  createTaxRate,
  deleteSurcharge,
  deleteTaxRate,
  getItemPricing,
  getPricingSettings,
  getPromo,
  getServiceArea,
  listHolidays,
  listPromos,
  listSurcharges,
  listTaxRates,
  replaceSurcharge,
  setHolidays,
  setServiceArea,
  updateItemPricingOf,
  updatePricingSettings,
  updatePromo,
  updateTaxRate,
} from './pricing.service.ts';

const tags = ['pricing'];

/**
 * Quotes for anyone, and the admin's pricing configuration: everything under /pricing is for admins
 * only, and every change is audited.
 */
export function pricingRoutes(app: ZodApp, { db, clock, config, logger }: Services): void {
  const geocoder = createGeocoder(config, { logger });
  app.post(
    '/quotes',
    {
      // It writes nothing, but may ask the geocoder: limited per address like the other public writes.
      config: { csrf: false, limit: 'public_write', browsing: true },
      schema: {
        tags: ['bookings'],
        summary: 'The price of a class or an appointment, line by line, without booking it (public)',
        description:
          "Name what is booked as POST /bookings does, with promoCode and, for a service at the customer's, a place " +
          '(a map pin or a postcode) or an address (placed by the geocoder when one is configured). Refusals: 404 ' +
          'promo_not_found, 422 promo_expired, promo_not_applicable, out_of_service_area, address_not_placed, ' +
          'address_required, 409 promo_exhausted, 400 validation_failed. Send the total back as expectedTotal when booking.',
        body: quoteRequestSchema,
        response: { 200: quoteSchema },
      },
    },
    async (request) => quote(db, request.ctx, request.body, { now: clock.now(), geocoder }),
  );

  app.get(
    '/pricing/settings',
    {
      schema: {
        tags,
        summary: 'Whether prices include tax, and the default tax rate (admin)',
        response: { 200: pricingSettingsSchema },
      },
    },
    async (request) => getPricingSettings(db, request.ctx),
  );
  app.patch(
    '/pricing/settings',
    {
      schema: {
        tags,
        summary: 'Change whether prices include tax, or the default tax rate (admin)',
        body: pricingSettingsUpdateSchema,
        response: { 200: pricingSettingsSchema },
      },
    },
    async (request) => updatePricingSettings(db, request.ctx, request.body),
  );

  app.get(
    '/pricing/tax-rates',
    {
      schema: { tags, summary: 'Tax rates (admin)', response: { 200: z.object({ taxRates: z.array(taxRateSchema) }) } },
    },
    async (request) => ({ taxRates: await listTaxRates(db, request.ctx) }),
  );
  app.post(
    '/pricing/tax-rates',
    {
      schema: {
        tags,
        summary: 'Add a tax rate (admin). Supports Idempotency-Key.',
        body: taxRateCreateSchema,
        response: { 201: taxRateSchema },
      },
    },
    async (request, reply) =>
      sendStored(reply, await createTaxRate(db, request.ctx, request.body, idempotencyOf(request))),
  );
  app.patch(
    '/pricing/tax-rates/:taxRateId',
    {
      schema: {
        tags,
        summary: 'Change a tax rate (admin): prices already booked keep their tax lines',
        params: idParam('taxRateId'),
        body: taxRateUpdateSchema,
        response: { 200: taxRateSchema },
      },
    },
    async (request) => updateTaxRate(db, request.ctx, request.params.taxRateId, request.body),
  );
  app.delete(
    '/pricing/tax-rates/:taxRateId',
    {
      schema: {
        tags,
        summary: 'Delete a tax rate nothing uses (admin); otherwise 409 tax_rate_in_use',
        params: idParam('taxRateId'),
        response: { 204: z.undefined() },
      },
    },
    async (request, reply) => {
      await deleteTaxRate(db, request.ctx, request.params.taxRateId);
      return reply.code(204).send();
    },
  );

  const itemParams = idParam('itemId');
  for (const [kind, path] of [
    ['service', '/pricing/services/:itemId'],
    ['class', '/pricing/classes/:itemId'],
  ] as const) {
    app.get(
      path,
      {
        schema: {
          tags,
          summary: `A ${kind}'s tax rate and deposit (admin)`,
          params: itemParams,
          response: { 200: itemPricingSchema },
        },
      },
      async (request) => getItemPricing(db, request.ctx, kind, request.params.itemId),
    );
    app.put(
      path,
      {
        schema: {
          tags,
          summary: `Set a ${kind}'s tax rate and deposit (admin)`,
          params: itemParams,
          body: itemPricingUpdateSchema,
          response: { 200: itemPricingSchema },
        },
      },
      async (request) => updateItemPricingOf(db, request.ctx, kind, request.params.itemId, request.body),
    );
  }

  app.get(
    '/pricing/holidays',
    { schema: { tags, summary: 'Holidays, as local dates (admin)', response: { 200: holidaysSchema } } },
    async (request) => listHolidays(db, request.ctx),
  );
  app.put(
    '/pricing/holidays',
    {
      schema: {
        tags,
        summary: 'Replace the list of holidays (admin); holiday surcharges apply on them',
        body: holidaysSchema,
        response: { 200: holidaysSchema },
      },
    },
    async (request) => setHolidays(db, request.ctx, request.body),
  );

  app.get(
    '/pricing/surcharges',
    {
      schema: {
        tags,
        summary: 'Surcharge rules on appointments (admin)',
        response: { 200: z.object({ surcharges: z.array(surchargeSchema) }) },
      },
    },
    async (request) => ({ surcharges: await listSurcharges(db, request.ctx) }),
  );
  app.post(
    '/pricing/surcharges',
    {
      schema: {
        tags,
        summary: 'Add a surcharge rule (admin). Supports Idempotency-Key.',
        body: surchargeInputSchema,
        response: { 201: surchargeSchema },
      },
    },
    async (request, reply) =>
      sendStored(reply, await createSurcharge(db, request.ctx, request.body, idempotencyOf(request))),
  );
  app.put(
    '/pricing/surcharges/:surchargeId',
    {
      schema: {
        tags,
        summary: 'Replace a surcharge rule (admin)',
        params: idParam('surchargeId'),
        body: surchargeInputSchema,
        response: { 200: surchargeSchema },
      },
    },
    async (request) => replaceSurcharge(db, request.ctx, request.params.surchargeId, request.body),
  );
  app.delete(
    '/pricing/surcharges/:surchargeId',
    {
      schema: {
        tags,
        summary: 'Delete a surcharge rule (admin)',
        params: idParam('surchargeId'),
        response: { 204: z.undefined() },
      },
    },
    async (request, reply) => {
      await deleteSurcharge(db, request.ctx, request.params.surchargeId);
      return reply.code(204).send();
    },
  );

  app.get(
    '/pricing/service-area',
    {
      schema: {
        tags,
        summary: "Where the organisation travels to, for services at the customer's (admin)",
        response: { 200: serviceAreaSchema },
      },
    },
    async (request) => getServiceArea(db, request.ctx),
  );
  app.put(
    '/pricing/service-area',
    {
      schema: {
        tags,
        summary: 'Replace the service area: centre, distance bands and postcode zones (admin)',
        body: serviceAreaInputSchema,
        response: { 200: serviceAreaSchema },
      },
    },
    async (request) => setServiceArea(db, request.ctx, request.body),
  );

  app.get(
    '/pricing/promo-codes',
    {
      schema: {
        tags,
        summary: 'Promo codes with their uses so far (admin)',
        response: { 200: z.object({ promoCodes: z.array(promoSchema) }) },
      },
    },
    async (request) => ({ promoCodes: await listPromos(db, request.ctx) }),
  );
  app.get(
    '/pricing/promo-codes/:promoId',
    {
      schema: {
        tags,
        summary: 'One promo code (admin)',
        params: idParam('promoId'),
        response: { 200: promoSchema },
      },
    },
    async (request) => getPromo(db, request.ctx, request.params.promoId),
  );
  app.post(
    '/pricing/promo-codes',
    {
      schema: {
        tags,
        summary: 'Add a promo code (admin). Supports Idempotency-Key.',
        body: promoCreateSchema,
        response: { 201: promoSchema },
      },
    },
    async (request, reply) =>
      sendStored(reply, await createPromo(db, request.ctx, request.body, idempotencyOf(request))),
  );
  app.patch(
    '/pricing/promo-codes/:promoId',
    {
      schema: {
        tags,
        summary: 'Change a promo code, or deactivate it (admin); codes are never deleted, their uses name them',
        params: idParam('promoId'),
        body: promoUpdateSchema,
        response: { 200: promoSchema },
      },
    },
    async (request) => updatePromo(db, request.ctx, request.params.promoId, request.body),
  );
}
