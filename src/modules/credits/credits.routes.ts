import { z } from 'zod';
import type { Services } from '../../platform/services.ts';
import { type ZodApp, idempotencyOf, sendStored } from '../../platform/http.ts';
import { idParam } from '../../platform/schemas.ts';
import {
  creditAdjustSchema,
  creditsQuerySchema,
  creditsSchema,
  packageCreateSchema,
  packageSchema,
  packageUpdateSchema,
  purchaseInputSchema,
  purchaseSchema,
  waitingPurchasesSchema,
} from './credits.schema.ts';
import { adjustCredits, customerCredits, myCredits } from './credits.service.ts';
import {
  createPackage,
  getPackage,
  listPackages,
  listWaitingPurchases,
  purchasePackage,
  updatePackage,
} from './packages.service.ts';

const tags = ['credits'];

export function creditRoutes(app: ZodApp, { db, clock, cardGateway }: Services): void {
  app.get(
    '/packages',
    {
      schema: {
        tags,
        summary: 'Credit packages for sale (public); staff may ask for withdrawn ones too',
        querystring: z.strictObject({
          all: z
            .enum(['true', 'false'])
            .transform((value) => value === 'true')
            .default(false)
            .describe('Staff: include withdrawn packages'),
        }),
        response: { 200: z.object({ packages: z.array(packageSchema) }) },
      },
    },
    async (request) => ({ packages: await listPackages(db, request.ctx, request.query.all) }),
  );

  app.get(
    '/packages/:packageId',
    {
      schema: {
        tags,
        summary: 'One package (public if for sale)',
        params: idParam('packageId'),
        response: { 200: packageSchema },
      },
    },
    async (request) => getPackage(db, request.ctx, request.params.packageId),
  );

  app.post(
    '/packages',
    {
      schema: {
        tags,
        summary: 'Add a credit package (admin)',
        body: packageCreateSchema,
        response: { 201: packageSchema },
      },
    },
    async (request, reply) => reply.code(201).send(await createPackage(db, request.ctx, request.body)),
  );

  app.patch(
    '/packages/:packageId',
    {
      schema: {
        tags,
        summary: 'Change a package for later sales, or withdraw it with active: false (admin)',
        params: idParam('packageId'),
        body: packageUpdateSchema,
        response: { 200: packageSchema },
      },
    },
    async (request) => updatePackage(db, request.ctx, request.params.packageId, request.body),
  );

  app.post(
    '/packages/:packageId/purchase',
    {
      config: { limit: 'public_write', idempotent: true },
      schema: {
        tags,
        summary:
          'Buy a package (signed-in customer), or sell one to a customer (staff). The credits are granted when the payment settles. Supports Idempotency-Key.',
        params: idParam('packageId'),
        body: purchaseInputSchema,
        response: { 201: purchaseSchema },
      },
    },
    async (request, reply) => {
      const stored = await purchasePackage(
        db,
        request.ctx,
        request.params.packageId,
        request.body,
        idempotencyOf(request),
        { now: clock.now(), cardGateway },
      );
      return sendStored(reply, stored);
    },
  );

  app.get(
    '/package-purchases/waiting',
    {
      schema: {
        tags,
        summary: 'Package purchases waiting for a Swish or bank transfer payment (staff)',
        description:
          'Oldest first: who bought what, the amount and the message they were asked to write. When the money is in, `POST /payments/{paymentId}/mark-paid` grants the credits.',
        response: { 200: waitingPurchasesSchema },
      },
    },
    async (request) => listWaitingPurchases(db, request.ctx),
  );

  app.get(
    '/me/credits',
    {
      schema: {
        tags,
        summary: 'My credits: balance, grants with their expiry, and the ledger (newest first, paginated)',
        querystring: creditsQuerySchema,
        response: { 200: creditsSchema },
      },
    },
    async (request) => myCredits(db, request.ctx, request.query, clock.now()),
  );

  app.get(
    '/customers/:customerId/credits',
    {
      schema: {
        tags,
        summary: "A customer's credits (staff)",
        params: idParam('customerId'),
        querystring: creditsQuerySchema,
        response: { 200: creditsSchema },
      },
    },
    async (request) => customerCredits(db, request.ctx, request.params.customerId, request.query, clock.now()),
  );

  app.post(
    '/customers/:customerId/credits/adjust',
    {
      schema: {
        tags,
        summary: 'Grant or take credits by hand, with a reason (staff; audited; never below zero)',
        params: idParam('customerId'),
        body: creditAdjustSchema,
        response: { 200: creditsSchema },
      },
    },
    async (request) => adjustCredits(db, request.ctx, request.params.customerId, request.body, clock.now()),
  );
}
