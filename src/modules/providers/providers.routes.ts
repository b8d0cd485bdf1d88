import { z } from 'zod';
import type { Services } from '../../platform/services.ts';
import { requireRole } from '../../platform/context.ts';
import { type ZodApp, idempotencyOf, sendStored } from '../../platform/http.ts';
import { idParam } from '../../platform/schemas.ts';
import {
  dateOverrideInputSchema,
  dateOverrideSchema,
  dateRangeQuerySchema,
  localDateSchema,
  providerCreateSchema,
  providerListQuerySchema,
  providerSchema,
  providerUpdateSchema,
  timeOffCreateSchema,
  timeOffSchema,
  weeklyHoursInputSchema,
  weeklyHoursSchema,
} from './providers.schema.ts';
import {
  createProvider,
  createTimeOff,
  deleteProvider,
  deleteTimeOff,
  getProvider,
  getWeeklyHours,
  listOverrides,
  listProviders,
  listTimeOff,
  putOverride,
  putWeeklyHours,
  removeOverride,
  updateProvider,
} from './providers.service.ts';

const providerParam = idParam('providerId');
const overrideParams = z.strictObject({ providerId: z.uuid(), date: localDateSchema });
const timeOffParams = z.strictObject({ providerId: z.uuid(), timeOffId: z.uuid() });
const tags = ['catalogue'];

export function providerRoutes(app: ZodApp, { db, clock }: Services): void {
  app.get(
    '/providers',
    {
      schema: {
        tags,
        summary: 'Providers (public: active ones, name and bio only; staff: all, with account link and services)',
        querystring: providerListQuerySchema,
        response: { 200: z.object({ providers: z.array(providerSchema) }) },
      },
    },
    async (request) => ({ providers: await listProviders(db, request.ctx, request.query.active) }),
  );

  app.get(
    '/providers/:providerId',
    {
      schema: {
        tags,
        summary: 'One provider (public view unless staff)',
        params: providerParam,
        response: { 200: providerSchema },
      },
    },
    async (request) => getProvider(db, request.ctx, request.params.providerId),
  );

  app.post(
    '/providers',
    {
      schema: {
        tags,
        summary: 'Add a provider (admin). Supports Idempotency-Key.',
        body: providerCreateSchema,
        response: { 201: providerSchema },
      },
    },
    async (request, reply) => {
      requireRole(request.ctx, 'admin');
      return sendStored(reply, await createProvider(db, request.ctx, request.body, idempotencyOf(request)));
    },
  );

  app.patch(
    '/providers/:providerId',
    {
      schema: {
        tags,
        summary: 'Change a provider (admin)',
        params: providerParam,
        body: providerUpdateSchema,
        response: { 200: providerSchema },
      },
    },
    async (request) => {
      requireRole(request.ctx, 'admin');
      return updateProvider(db, request.ctx, request.params.providerId, request.body);
    },
  );

  app.delete(
    '/providers/:providerId',
    {
      schema: {
        tags,
        summary:
          'Delete a provider with its schedule (admin); 409 provider_in_use when bookings name it (deactivate it instead)',
        params: providerParam,
        response: { 204: z.undefined() },
      },
    },
    async (request, reply) => {
      requireRole(request.ctx, 'admin');
      await deleteProvider(db, request.ctx, request.params.providerId);
      return reply.code(204).send();
    },
  );

  app.get(
    '/providers/:providerId/hours',
    {
      schema: {
        tags,
        summary: "Weekly hours, local times in the provider's zone (staff)",
        params: providerParam,
        response: { 200: weeklyHoursSchema },
      },
    },
    async (request) => {
      requireRole(request.ctx, 'staff');
      return getWeeklyHours(db, request.ctx, request.params.providerId);
    },
  );

  app.put(
    '/providers/:providerId/hours',
    {
      schema: {
        tags,
        summary: 'Replace the whole week of hours at once (admin); overlapping intervals: 409 schedule_overlap',
        params: providerParam,
        body: weeklyHoursInputSchema,
        response: { 200: weeklyHoursSchema },
      },
    },
    async (request) => {
      requireRole(request.ctx, 'admin');
      return putWeeklyHours(db, request.ctx, request.params.providerId, request.body);
    },
  );

  app.get(
    '/providers/:providerId/overrides',
    {
      schema: {
        tags,
        summary: 'Date overrides: other hours on a date, or closed (staff)',
        params: providerParam,
        querystring: dateRangeQuerySchema,
        response: { 200: z.object({ overrides: z.array(dateOverrideSchema) }) },
      },
    },
    async (request) => {
      requireRole(request.ctx, 'staff');
      return {
        overrides: await listOverrides(db, request.ctx, request.params.providerId, request.query, clock.now()),
      };
    },
  );

  app.put(
    '/providers/:providerId/overrides/:date',
    {
      schema: {
        tags,
        summary: 'Set the hours of one local date; no intervals closes it (admin)',
        params: overrideParams,
        body: dateOverrideInputSchema,
        response: { 200: dateOverrideSchema },
      },
    },
    async (request) => {
      requireRole(request.ctx, 'admin');
      return putOverride(db, request.ctx, request.params.providerId, request.params.date, request.body);
    },
  );

  app.delete(
    '/providers/:providerId/overrides/:date',
    {
      schema: {
        tags,
        summary: 'Back to the weekly hours on that date (admin)',
        params: overrideParams,
        response: { 204: z.undefined() },
      },
    },
    async (request, reply) => {
      requireRole(request.ctx, 'admin');
      await removeOverride(db, request.ctx, request.params.providerId, request.params.date);
      return reply.code(204).send();
    },
  );

  app.get(
    '/providers/:providerId/time-off',
    {
      schema: {
        tags,
        summary: 'Time off from now or in a date range, with notes (staff)',
        params: providerParam,
        querystring: dateRangeQuerySchema,
        response: { 200: z.object({ timeOff: z.array(timeOffSchema) }) },
      },
    },
    async (request) => {
      requireRole(request.ctx, 'staff');
      return { timeOff: await listTimeOff(db, request.ctx, request.params.providerId, request.query, clock.now()) };
    },
  );

  app.post(
    '/providers/:providerId/time-off',
    {
      schema: {
        tags,
        summary: 'Block time off (admin, or the staff member linked to the provider). Supports Idempotency-Key.',
        params: providerParam,
        body: timeOffCreateSchema,
        response: { 201: timeOffSchema },
      },
    },
    async (request, reply) => {
      requireRole(request.ctx, 'staff');
      const stored = await createTimeOff(
        db,
        request.ctx,
        request.params.providerId,
        request.body,
        idempotencyOf(request),
      );
      return sendStored(reply, stored);
    },
  );

  app.delete(
    '/providers/:providerId/time-off/:timeOffId',
    {
      schema: {
        tags,
        summary: 'Remove time off (admin, or the staff member linked to the provider)',
        params: timeOffParams,
        response: { 204: z.undefined() },
      },
    },
    async (request, reply) => {
      requireRole(request.ctx, 'staff');
      await deleteTimeOff(db, request.ctx, request.params.providerId, request.params.timeOffId);
      return reply.code(204).send();
    },
  );
}
