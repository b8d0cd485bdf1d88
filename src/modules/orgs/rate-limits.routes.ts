import { z } from 'zod';
import { requireRole } from '../../platform/context.ts';
import type { ZodApp } from '../../platform/http.ts';
import type { Services } from '../../platform/services.ts';
import { changeRateLimits } from './rate-limits.service.ts';

const limits = {
  writePerAddress: z
    .number()
    .int()
    .min(50)
    .max(100000)
    .describe(
      'Bookings, holds, quotes and manage-link changes from one client address per 15 minutes; generous, since a venue shares one address',
    ),
  writePerIdentity: z
    .number()
    .int()
    .min(3)
    .max(1000)
    .describe('The same, per email, account or manage link per 15 minutes'),
  accountPerAddress: z
    .number()
    .int()
    .min(10)
    .max(10000)
    .describe('Sign-ups and account changes from one client address per 15 minutes'),
  accountPerIdentity: z.number().int().min(3).max(1000).describe('The same, per email or account per 15 minutes'),
  heldSpots: z
    .number()
    .int()
    .min(1)
    .max(1000)
    .describe('Spots or times one account, or one client address of guests, may keep held at once (POST /holds)'),
};

export const rateLimitsSchema = z.object(limits).meta({ id: 'RateLimits' });
const rateLimitsUpdateSchema = z
  .strictObject(limits)
  .partial()
  .refine((value) => Object.keys(value).length > 0, 'send at least one field to change');

export function rateLimitRoutes(app: ZodApp, { db }: Services): void {
  const tags = ['organisation'];
  app.get(
    '/rate-limits',
    {
      schema: {
        tags,
        summary: "The organisation's rate limits (admin)",
        description: 'Requests allowed per 15 minutes; over a limit answers 429 rate_limited with Retry-After.',
        response: { 200: rateLimitsSchema },
      },
    },
    async (request) => {
      requireRole(request.ctx, 'admin');
      return request.ctx.org.rateLimits;
    },
  );

  app.patch(
    '/rate-limits',
    {
      schema: {
        tags,
        summary: "Change the organisation's rate limits (admin)",
        description: 'Each limit has bounds (400 validation_failed outside them); the change is audited.',
        body: rateLimitsUpdateSchema,
        response: { 200: rateLimitsSchema },
      },
    },
    async (request) => {
      requireRole(request.ctx, 'admin');
      return changeRateLimits(db, request.ctx, request.body);
    },
  );
}
