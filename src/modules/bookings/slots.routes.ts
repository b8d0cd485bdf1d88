import { z } from 'zod';
import { type ZodApp, plainJsonSerializer } from '../../platform/http.ts';
import { ReadCache } from '../../platform/read-cache.ts';
import { dateOrDateTimeSchema, idParam } from '../../platform/schemas.ts';
import type { Services } from '../../platform/services.ts';
import { MAX_SLOT_WINDOW_DAYS, canonicalTimeZone, listSlots } from './bookings.slots.ts';

const slotsQuerySchema = z.strictObject({
  from: dateOrDateTimeSchema.describe('First local date (in timeZone), or an instant'),
  to: dateOrDateTimeSchema.describe(
    `Last local date, inclusive, or an instant (exclusive); at most ${MAX_SLOT_WINDOW_DAYS} days after from`,
  ),
  provider: z.uuid().optional().describe('One provider; without it, any provider who offers the service'),
  timeZone: z
    .string()
    .min(1)
    .max(64)
    .transform((zone, ctx) => {
      const canonical = canonicalTimeZone(zone);
      if (canonical === undefined) {
        ctx.addIssue({ code: 'custom', message: 'must be an IANA time zone such as Europe/Stockholm' });
        return z.NEVER;
      }
      return canonical;
    })
    .optional()
    .describe("IANA zone of the dates asked and of the local times answered; default the provider's"),
});

const slotsSchema = z
  .object({
    serviceId: z.uuid(),
    timeZone: z.string().describe('The zone of startLocal and date'),
    slots: z.array(
      z.object({
        start: z.iso.datetime(),
        end: z.iso.datetime(),
        startLocal: z.string().describe('The start with its offset in timeZone, e.g. 2026-03-29T09:00:00+02:00'),
        date: z.string().describe('Local date of the start in timeZone'),
        providerIds: z.array(z.uuid()).describe('The providers free at this start'),
      }),
    ),
    providers: z.array(z.object({ id: z.uuid(), name: z.string() })).describe('Active providers who offer the service'),
  })
  .meta({ id: 'Slots' });

/** The public availability of a service; it reads live bookings and holds, so it is served by bookings. */
export function slotRoutes(app: ZodApp, { db, clock, readCache = new ReadCache(clock, 0) }: Services): void {
  app.get(
    '/services/:serviceId/slots',
    {
      schema: {
        tags: ['catalogue'],
        summary: 'Bookable start times of a service, for one provider or any (public)',
        params: idParam('serviceId'),
        querystring: slotsQuerySchema,
        response: { 200: slotsSchema },
      },
      serializerCompiler: plainJsonSerializer,
    },
    async (request, reply) =>
      readCache.send(request, reply, request.ctx.org.id, () =>
        listSlots(db, request.ctx, request.params.serviceId, request.query, clock.now()),
      ),
  );
}
