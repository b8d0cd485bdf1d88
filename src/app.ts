import cookie from '@fastify/cookie';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { jsonSchemaTransform, jsonSchemaTransformObject, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Logger } from 'pino';
import { auditRoutes } from './modules/audit/audit.routes.ts';
import { calendarRoutes } from './modules/calendar/calendar.routes.ts';
import { jobRoutes } from './modules/jobs/jobs.routes.ts';
import { webhookRoutes } from './modules/webhooks/webhooks.routes.ts';
import { contextHook } from './modules/auth/auth.context.ts';
import { authRoutes } from './modules/auth/auth.routes.ts';
import { bookingRoutes } from './modules/bookings/bookings.routes.ts';
import { classRoutes } from './modules/classes/classes.routes.ts';
import { customerRoutes } from './modules/customers/customers.routes.ts';
import { healthRoutes } from './modules/health/health.routes.ts';
import { locationRoutes } from './modules/locations/locations.routes.ts';
import { providerRoutes } from './modules/providers/providers.routes.ts';
import { serviceRoutes } from './modules/services/services.routes.ts';
import { organisationRoutes } from './modules/orgs/orgs.routes.ts';
import { webRoutes } from './modules/web/web.routes.ts';
import type { CardGateway } from './modules/payments/card-gateway.ts';
import { paymentRoutes, stripeWebhookRoutes } from './modules/payments/payments.routes.ts';
import type { Clock } from './platform/clock.ts';
import { DomainError } from './platform/errors.ts';
import type { Config } from './platform/config.ts';
import type { Database, Db } from './platform/db.ts';
import { type App, createHttpServer } from './platform/http.ts';

/** Everything a route needs, built once at start and passed down explicitly. */
export interface Services {
  config: Config;
  database: Database;
  db: Db;
  clock: Clock;
  logger: Logger;
  /** Card payments; null when Stripe is not configured. */
  cardGateway: CardGateway | null;
}

export const API_PREFIX = '/api/v1';

export async function buildApp(services: Services): Promise<App> {
  const app = createHttpServer({ logger: services.logger, trustProxy: services.config.trustProxy });
  await app.register(cookie);
  // Limits apply where a route asks for one (the sign-in and account routes), per client address.
  await app.register(rateLimit, {
    global: false,
    hook: 'preHandler',
    errorResponseBuilder: (_request, context) =>
      new DomainError('rate_limited', {}, { retryAfterSeconds: Math.ceil(context.ttl / 1000) }),
  });
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Slotwise API',
        version: '1.0.0',
        description:
          'Booking and payments for small service businesses. Errors are `{ "error": { "code", "message", "requestId", "details"? } }`. ' +
          'Send `X-Org: <slug>` to address an organisation other than the default one. Browsers authenticate with the session ' +
          'cookie and send `X-CSRF-Token` on changes. POST endpoints that create things accept `Idempotency-Key`.',
      },
      components: {
        securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'slotwise_session' } },
      },
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  const zodApp = app.withTypeProvider<ZodTypeProvider>();
  healthRoutes(zodApp, services);
  await app.register(
    // biome-ignore lint/nursery/noMisusedPromises: Fastify awaits an async plugin; its type also allows a callback
    async (api) => {
      api.addHook('onRequest', contextHook(services));
      const v1 = api.withTypeProvider<ZodTypeProvider>();
      authRoutes(v1, services);
      organisationRoutes(v1, services);
      classRoutes(v1, services);
      locationRoutes(v1, services);
      providerRoutes(v1, services);
      serviceRoutes(v1, services);
      bookingRoutes(v1, services);
      customerRoutes(v1, services);
      auditRoutes(v1, services);
      calendarRoutes(v1, services);
      webhookRoutes(v1, services);
      jobRoutes(v1, services);
      paymentRoutes(v1, services);
    },
    { prefix: API_PREFIX },
  );
  await app.register(stripeWebhookRoutes(services), { prefix: API_PREFIX });
  await webRoutes(app);
  return app;
}
