import type { IncomingMessage, ServerResponse } from 'node:http';
import helmet from 'helmet';
import cookie from '@fastify/cookie';
import swagger from '@fastify/swagger';
import swaggerUi, { type FastifySwaggerUiOptions } from '@fastify/swagger-ui';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { auditRoutes } from './modules/audit/audit.routes.ts';
import { calendarRoutes, legacyFeedUrl } from './modules/calendar/calendar.routes.ts';
import { jobRoutes } from './modules/jobs/jobs.routes.ts';
import { webhookRoutes } from './modules/webhooks/webhooks.routes.ts';
import { contextHook } from './modules/auth/auth.context.ts';
import { authRoutes } from './modules/auth/auth.routes.ts';
import { teamRoutes } from './modules/auth/team.routes.ts';
import { withoutGuestNames } from './modules/payments/booking-views.ts';
import { profileRoutes } from './modules/auth/profile.routes.ts';
import { privacyRoutes } from './modules/privacy/privacy.routes.ts';
import { bookingRoutes } from './modules/bookings/bookings.routes.ts';
import { slotRoutes } from './modules/bookings/slots.routes.ts';
import { checkoutRoutes } from './modules/checkout/checkout.routes.ts';
import { lifecycleRoutes } from './modules/checkout/lifecycle.routes.ts';
import { classRoutes } from './modules/classes/classes.routes.ts';
import { seriesRoutes } from './modules/classes/series.routes.ts';
import { instrumentHttp } from './modules/health/health.metrics.ts';
import { healthRoutes } from './modules/health/health.routes.ts';
import { locationRoutes } from './modules/locations/locations.routes.ts';
import { providerRoutes } from './modules/providers/providers.routes.ts';
import { serviceRoutes } from './modules/services/services.routes.ts';
import { organisationRoutes } from './modules/orgs/orgs.routes.ts';
import { rateLimitRoutes } from './modules/orgs/rate-limits.routes.ts';
import { rateLimitHook } from './modules/auth/rate-limits.ts';
import { operatorRoutes } from './modules/operator/operator.routes.ts';
import { webRoutes } from './modules/web/web.routes.ts';
import { pageMetaReader } from './modules/web/web.meta.ts';
import { invoiceRoutes } from './modules/invoices/invoices.routes.ts';
// Imported after the catalogue routes: named schemas enter the OpenAPI document in the order their
// modules load, and web/src/api/schema.d.ts is generated from it.
import { paymentRoutes, stripeWebhookRoutes } from './modules/checkout/payments.routes.ts';
import { dueRoutes } from './modules/checkout/due.routes.ts';
import { creditRoutes } from './modules/credits/credits.routes.ts';
import { loyaltyRoutes } from './modules/loyalty/loyalty.routes.ts';
import { cardRoutes } from './modules/payments/cards.routes.ts';
import { policyRoutes } from './modules/policies/policies.routes.ts';
import { pricingRoutes } from './modules/pricing/pricing.routes.ts';
import { guardRoutes } from './access.ts';
import { docsRequestInterceptor, documentTransform, routeTransform } from './openapi.ts';
import { apiKeyRoutes } from './modules/auth/api-keys.routes.ts';
import { analyticsRoutes } from './modules/analytics/analytics.routes.ts';
import { statementRoutes } from './modules/statements/statements.routes.ts';
import { waitlistRoutes } from './modules/waitlist/waitlist.routes.ts';
import { rosterRoutes } from './modules/roster/roster.routes.ts';
import { staffNoticeRoutes } from './modules/notifications/staff-notices.routes.ts';
import { setupRoutes } from './modules/setup/setup.routes.ts';
import { DomainError } from './platform/errors.ts';
import { type App, createHttpServer } from './platform/http.ts';
import { createProcessState } from './platform/lifecycle.ts';
import { createMetrics } from './platform/metrics.ts';
import { ReadCache } from './platform/read-cache.ts';
import type { Services } from './platform/services.ts';
import { wantsPrettyLogs } from './platform/logger.ts';

export const API_PREFIX = '/api/v1';

type SwaggerUiInterceptor = NonNullable<NonNullable<FastifySwaggerUiOptions['uiConfig']>['requestInterceptor']>;

export async function buildApp(given: Services): Promise<App> {
  const readCache = given.readCache ?? new ReadCache(given.clock, given.config.publicReadCacheMs);
  const services: Services = { ...given, readCache };
  const app = createHttpServer({
    logger: services.logger,
    trustProxy: services.config.trustProxy,
    rewriteUrl: legacyFeedUrl,
    // A person reading a terminal gets one debug line per request; a deployment's JSON log keeps them at info.
    quietRequests: wantsPrettyLogs(services.config.env, process.stdout),
  });
  const metrics = services.metrics ?? createMetrics();
  const processState = services.processState ?? createProcessState();
  instrumentHttp(app, metrics);
  // While shutting down, every answer closes its connection: an idle keep-alive connection would
  // otherwise hold up the shutdown until its timeout.
  // Any change request (a booking, a webhook, an edit) may change what a public read shows: this
  // process's cached reads go before its answer does, so that the caller's next read sees the change.
  // (Callback hooks on every request: an async one costs a promise each.)
  app.addHook('onSend', (request, reply, payload, done) => {
    if (processState.draining) reply.header('connection', 'close');
    if (request.method !== 'GET' && request.method !== 'HEAD' && request.method !== 'OPTIONS') readCache.invalidate();
    done(null, payload);
  });
  await app.register(cookie);
  const https = services.config.publicUrl.startsWith('https:');
  const headers = securityHeaders(https);
  app.addHook('onRequest', (request, reply, done) => {
    reply.headers(headers);
    // Shutting down, in the last call before the listener closes (main.ts): a new request is refused
    // with 503 and Retry-After, untouched, so that the caller may safely send it again elsewhere.
    // Health routes still answer (readiness says 'draining').
    if (processState.draining && !request.url.startsWith('/api/health')) done(new DomainError('shutting_down'));
    else done();
  });
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Slotwise API',
        version: '1.0.0',
        description:
          'Booking and payments for small service businesses. Errors are `{ "error": { "code", "message", "requestId", "details"? } }` ' +
          '(the Error schema); each operation lists the codes it can answer. Send `X-Org: <slug>` to address an organisation other ' +
          'than the default one. Browsers authenticate with the session cookie and send `X-CSRF-Token` on changes; integrations ' +
          'send `Authorization: Bearer <API key>` instead. POST endpoints that create things accept `Idempotency-Key`.',
        license: { name: 'AGPL-3.0-only', identifier: 'AGPL-3.0-only' },
        contact: { name: 'Slotwise contributors' },
      },
      // Relative: the document and the API are served by the same process, whatever its address.
      servers: [{ url: '/', description: 'This Slotwise server' }],
    },
    transform: routeTransform,
    transformObject: documentTransform,
  });
  // No validator badge: it would load an image from validator.swagger.io, outside the CSP.
  await app.register(swaggerUi, {
    routePrefix: '/api/docs',
    uiConfig: {
      validatorUrl: null,
      persistAuthorization: true,
      // swagger-ui passes a plain request object, not the fetch Request the plugin's types name.
      requestInterceptor: docsRequestInterceptor as unknown as SwaggerUiInterceptor,
    },
  });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  const zodApp = app.withTypeProvider<ZodTypeProvider>();
  healthRoutes(zodApp, services, metrics, processState);
  operatorRoutes(zodApp, services);
  await app.register(
    (api, _options, done) => {
      api.addHook('onRequest', contextHook(services));
      guardRoutes(api, API_PREFIX, services);
      // Routes that name a limit in their config (`config: { limit: 'public_write' }`) are counted in
      // PostgreSQL, shared by every process (auth/rate-limits.ts); sign-in and reset requests have their own.
      api.addHook('preHandler', rateLimitHook(services));
      // API answers are personal more often than not (sessions, manage links, feeds, accounts), and
      // none is worth a stale copy in a shared cache: never store them.
      // A guest's name on file goes only to staff (payments/booking-views.ts).
      api.addHook('preSerialization', (request, _reply, payload, done) =>
        done(
          null,
          withoutGuestNames(request.ctx, payload, { linkHolder: request.routeOptions.config.linkHolder === true }),
        ),
      );
      api.addHook('onSend', (_request, reply, payload, done) => {
        if (!reply.hasHeader('cache-control')) reply.header('cache-control', 'no-store');
        done(null, payload);
      });
      const v1 = api.withTypeProvider<ZodTypeProvider>();
      authRoutes(v1, services);
      teamRoutes(v1, services);
      apiKeyRoutes(v1, services);
      profileRoutes(v1, services);
      privacyRoutes(v1, services);
      organisationRoutes(v1, services);
      rateLimitRoutes(v1, services);
      classRoutes(v1, services);
      seriesRoutes(v1, services);
      locationRoutes(v1, services);
      providerRoutes(v1, services);
      serviceRoutes(v1, services);
      bookingRoutes(v1, services);
      slotRoutes(v1, services);
      checkoutRoutes(v1, services);
      lifecycleRoutes(v1, services);
      auditRoutes(v1, services);
      calendarRoutes(v1, services);
      webhookRoutes(v1, services);
      jobRoutes(v1, services);
      paymentRoutes(v1, services);
      dueRoutes(v1, services);
      invoiceRoutes(v1, services);
      creditRoutes(v1, services);
      cardRoutes(v1, services);
      policyRoutes(v1, services);
      pricingRoutes(v1, services);
      loyaltyRoutes(v1, services);
      statementRoutes(v1, services);
      waitlistRoutes(v1, services);
      rosterRoutes(v1, services);
      analyticsRoutes(v1, services);
      staffNoticeRoutes(v1, services);
      setupRoutes(v1, services);
      done();
    },
    { prefix: API_PREFIX },
  );
  await app.register(stripeWebhookRoutes(services), { prefix: API_PREFIX });
  await webRoutes(app, undefined, pageMetaReader(services.db, services.config.publicUrl));
  return app;
}

/**
 * The security headers of every answer, decided by helmet once: they depend on nothing in the
 * request, and Fastify's helmet plugin rebuilt helmet's middleware (parsing the policy) per request.
 * The web app loads its own bundle and Stripe.js (scripts and frames from js.stripe.com, 3-D Secure
 * frames from hooks.stripe.com, calls to api.stripe.com), as Stripe documents for CSP; nothing else.
 * Manage and reset tokens travel in page URLs, so no Referer ever leaves the site.
 */
function securityHeaders(https: boolean): Record<string, string> {
  const headers: Record<string, string> = {};
  const collect = {
    setHeader: (name: string, value: string) => {
      headers[name] = value;
    },
    removeHeader: () => {},
  };
  helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        baseUri: ["'self'"],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        formAction: ["'self'"],
        scriptSrc: ["'self'", 'https://js.stripe.com', 'https://*.js.stripe.com'],
        scriptSrcAttr: ["'none'"],
        frameSrc: ['https://js.stripe.com', 'https://*.js.stripe.com', 'https://hooks.stripe.com'],
        connectSrc: ["'self'", 'https://api.stripe.com'],
        imgSrc: ["'self'", 'data:', 'https://*.stripe.com'],
        styleSrc: ["'self'", "'unsafe-inline'"],
        fontSrc: ["'self'", 'data:'],
        ...(https ? { upgradeInsecureRequests: [] } : {}),
      },
    },
    crossOriginOpenerPolicy: { policy: 'same-origin-allow-popups' },
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
    strictTransportSecurity: https ? { maxAge: 365 * 24 * 3600, includeSubDomains: false } : false,
  })({} as IncomingMessage, collect as unknown as ServerResponse, () => {});
  return headers;
}
