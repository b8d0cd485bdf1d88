// Who may call each API route at all, decided before the request body is read. The services still
// check what they always checked (the role, and that a booking or invoice is the caller's own); this
// gate is the second lock on the door: a route cannot be added without saying who may call it (the
// app refuses to start), and a service that forgot its check is still closed to the wrong caller.
// An anonymous caller of a closed route gets 401 before validation, so the route's schema is not
// explained to someone who may not use it.
import type { FastifyInstance, FastifyReply, FastifyRequest, RouteOptions } from 'fastify';
import { countWrongLink, refuseWhileGuessing } from './modules/auth/link-guessing.ts';
import type { Clock } from './platform/clock.ts';
import type { Db } from './platform/db.ts';
import { type ApiScope, type RequestContext, requireRole, requireUser } from './platform/context.ts';
import { DomainError } from './platform/errors.ts';

/**
 * `public`: anyone (what it shows is public);
 * `token`: anyone holding the secret token in the URL; wrong tokens are counted per client address
 * and, past a limit, refused for a while (modules/auth/link-guessing.ts);
 * `account`: any signed-in user (the service checks it is their own);
 * `staff`, `admin`: that role or higher.
 */
export type Access = 'public' | 'token' | 'account' | 'staff' | 'admin';

const gates: Record<Exclude<Access, 'public' | 'token'>, (ctx: RequestContext) => unknown> = {
  account: requireUser,
  staff: (ctx) => requireRole(ctx, 'staff'),
  admin: (ctx) => requireRole(ctx, 'admin'),
};

/** Routes under /api/v1, by method and path as the route declares it. */
export const routeAccess: Record<string, Access> = {
  'GET /auth/session': 'public',
  'POST /auth/sign-up': 'public',
  'POST /auth/sign-in': 'public',
  'POST /auth/sign-out': 'public',
  'POST /auth/password-reset': 'public',
  'POST /auth/password-reset/confirm': 'public',
  'GET /users': 'admin',
  'PATCH /users/:userId': 'admin',
  'GET /team/invitations': 'admin',
  'POST /team/invitations': 'admin',
  'DELETE /team/invitations/:invitationId': 'admin',
  'GET /invitations/:token': 'token',
  'POST /invitations/:token/accept': 'token',
  'GET /me': 'account',
  'PATCH /me': 'account',

  'GET /me/profile': 'account',
  'PATCH /me/profile': 'account',
  'POST /me/password': 'account',
  'POST /me/email': 'account',
  'POST /auth/email-change/confirm': 'public',
  'GET /me/data': 'account',
  'POST /me/guest-bookings/request': 'account',
  'POST /me/guest-bookings/link': 'account',
  'DELETE /me': 'account',

  'GET /organisation': 'public',
  'PATCH /organisation': 'admin',
  'GET /organisation/logo': 'public',
  'PUT /organisation/logo': 'admin',
  'DELETE /organisation/logo': 'admin',

  'GET /classes': 'public',
  'POST /classes': 'admin',
  'GET /classes/:classId': 'public',
  'PATCH /classes/:classId': 'admin',
  'DELETE /classes/:classId': 'admin',
  'POST /classes/:classId/cancel': 'admin',
  'GET /class-types': 'public',
  'GET /class-instructors': 'public',
  'POST /class-types': 'admin',
  'PATCH /class-types/:classTypeId': 'admin',
  'DELETE /class-types/:classTypeId': 'admin',
  'GET /locations': 'public',
  'POST /locations': 'admin',
  'GET /locations/:locationId': 'public',
  'PATCH /locations/:locationId': 'admin',
  'DELETE /locations/:locationId': 'admin',
  'GET /providers': 'public',
  'POST /providers': 'admin',
  'GET /providers/:providerId': 'public',
  'PATCH /providers/:providerId': 'admin',
  'DELETE /providers/:providerId': 'admin',
  'GET /providers/:providerId/hours': 'staff',
  'PUT /providers/:providerId/hours': 'staff',
  'GET /providers/:providerId/overrides': 'staff',
  'PUT /providers/:providerId/overrides/:date': 'staff',
  'DELETE /providers/:providerId/overrides/:date': 'staff',
  'GET /providers/:providerId/time-off': 'staff',
  'POST /providers/:providerId/time-off': 'staff',
  'DELETE /providers/:providerId/time-off/:timeOffId': 'staff',
  'PUT /providers/:providerId/services': 'staff',
  'GET /providers/:providerId/calendar-link': 'account',
  'POST /providers/:providerId/calendar-link/replace': 'account',
  'GET /services': 'public',
  'POST /services': 'admin',
  'GET /services/:serviceId': 'public',
  'PATCH /services/:serviceId': 'admin',
  'DELETE /services/:serviceId': 'admin',
  'GET /services/:serviceId/slots': 'public',

  'POST /holds': 'public',
  'DELETE /holds/:holdId': 'public',
  'POST /quotes': 'public',
  'POST /bookings': 'public',
  'GET /bookings': 'staff',
  'GET /bookings/:bookingId': 'account',
  'DELETE /bookings/:bookingId': 'admin',
  'POST /bookings/:bookingId/cancel': 'account',
  'POST /bookings/:bookingId/reschedule': 'account',
  'POST /bookings/:bookingId/check-in': 'staff',
  'POST /bookings/:bookingId/complete': 'staff',
  'POST /bookings/:bookingId/no-show': 'staff',
  'GET /me/bookings': 'account',
  'GET /manage/:token': 'token',
  'POST /manage/:token/cancel': 'token',
  'POST /manage/:token/reschedule': 'token',
  'GET /manage/:token/booking.ics': 'token',
  'POST /manage-links': 'public',
  'POST /manage/:token/pay': 'token',
  'POST /manage/:token/data-link': 'token',
  'GET /guest-data/:token': 'token',
  'POST /guest-data/:token/erase': 'token',
  'GET /customers': 'staff',
  'GET /customers/:customerId': 'staff',

  'GET /calendar/feeds/customers/:file': 'token',
  'GET /calendar/feeds/providers/:file': 'token',
  'GET /calendar/:orgSlug/classes.ics': 'public',
  'GET /me/calendar': 'account',
  'POST /me/calendar/replace': 'account',

  'GET /audit-log': 'admin',
  'GET /webhooks': 'admin',
  'POST /webhooks': 'admin',
  'PATCH /webhooks/:endpointId': 'admin',
  'DELETE /webhooks/:endpointId': 'admin',
  'GET /webhooks/:endpointId/deliveries': 'admin',
  'GET /jobs': 'admin',
  'POST /jobs/:jobId/retry': 'admin',
  'POST /jobs/:jobId/dismiss': 'admin',

  'POST /payments/confirm': 'public',
  'GET /payments/by-intent/:paymentIntentId': 'public',
  'GET /payments/:paymentId': 'staff',
  'POST /payments/:paymentId/mark-paid': 'staff',
  'POST /payments/:paymentId/refunds': 'admin',
  'GET /unbookable-payments': 'admin',
  'POST /unbookable-payments/:problemId/book': 'admin',
  'GET /integrity': 'admin',

  'POST /bookings/:bookingId/invoice': 'staff',
  'POST /invoices/:invoiceId/credit': 'staff',
  'GET /invoices': 'staff',
  'GET /invoices/:invoiceId': 'account',
  'GET /invoices/:invoiceId/pdf': 'account',
  'GET /me/invoices': 'account',
  'GET /me/invoices/:invoiceId/pdf': 'account',

  'GET /packages': 'public',
  'POST /packages': 'admin',
  'GET /packages/:packageId': 'public',
  'PATCH /packages/:packageId': 'admin',
  'POST /packages/:packageId/purchase': 'account',
  'GET /package-purchases/waiting': 'staff',
  'GET /me/credits': 'account',
  'GET /customers/:customerId/credits': 'staff',
  'POST /customers/:customerId/credits/adjust': 'staff',
  'GET /cancellation-policies': 'staff',
  'PUT /cancellation-policies': 'admin',
  'DELETE /cancellation-policies/:policyId': 'admin',

  'GET /pricing/settings': 'admin',
  'PATCH /pricing/settings': 'admin',
  'GET /pricing/tax-rates': 'admin',
  'POST /pricing/tax-rates': 'admin',
  'PATCH /pricing/tax-rates/:taxRateId': 'admin',
  'DELETE /pricing/tax-rates/:taxRateId': 'admin',
  'GET /pricing/services/:itemId': 'admin',
  'PUT /pricing/services/:itemId': 'admin',
  'GET /pricing/classes/:itemId': 'admin',
  'PUT /pricing/classes/:itemId': 'admin',
  'GET /pricing/holidays': 'admin',
  'PUT /pricing/holidays': 'admin',
  'GET /pricing/surcharges': 'admin',
  'POST /pricing/surcharges': 'admin',
  'PUT /pricing/surcharges/:surchargeId': 'admin',
  'DELETE /pricing/surcharges/:surchargeId': 'admin',
  'GET /pricing/service-area': 'admin',
  'PUT /pricing/service-area': 'admin',
  'GET /pricing/promo-codes': 'admin',
  'POST /pricing/promo-codes': 'admin',
  'GET /pricing/promo-codes/:promoId': 'admin',
  'PATCH /pricing/promo-codes/:promoId': 'admin',

  'GET /api-keys': 'admin',
  'POST /api-keys': 'admin',
  'DELETE /api-keys/:keyId': 'admin',

  'GET /loyalty/settings': 'staff',
  'PATCH /loyalty/settings': 'admin',
  'GET /loyalty/rewards': 'staff',
  'POST /loyalty/rewards': 'admin',
  'PATCH /loyalty/rewards/:rewardId': 'admin',
  'DELETE /loyalty/rewards/:rewardId': 'admin',
  'GET /loyalty/redemptions': 'staff',
  'POST /loyalty/redemptions/:redemptionId/fulfil': 'staff',
  'POST /loyalty/redemptions/:redemptionId/cancel': 'staff',
  'GET /customers/:customerId/loyalty': 'staff',
  'POST /customers/:customerId/loyalty/adjust': 'staff',
  'POST /me/cards/setup': 'account',
  'GET /me/cards': 'account',
  'DELETE /me/cards/:cardId': 'account',
  'POST /me/cards/:cardId/default': 'account',
  'GET /me/payments': 'account',
  'POST /me/invoices/:invoiceId/pay': 'account',
  'POST /me/bookings/:bookingId/pay': 'account',
  'GET /me/payments/export': 'account',
  'GET /exports/payments': 'admin',
  'GET /exports/bookings': 'admin',
  'GET /exports/customers': 'admin',
  // analytics: aggregates only, no personal data, so staff (and API keys with `read`) may read them
  'GET /analytics/bookings': 'staff',
  'GET /analytics/bookings/export': 'staff',
  'GET /analytics/revenue-by-method': 'staff',
  'GET /analytics/revenue-by-method/export': 'staff',
  'GET /analytics/revenue-by-item': 'staff',
  'GET /analytics/revenue-by-item/export': 'staff',
  'GET /analytics/fill-rate': 'staff',
  'GET /analytics/fill-rate/export': 'staff',
  'GET /analytics/utilisation': 'staff',
  'GET /analytics/utilisation/export': 'staff',
  'GET /analytics/payments': 'staff',
  'GET /analytics/payments/export': 'staff',
  'GET /analytics/funnel': 'staff',
  'GET /analytics/funnel/export': 'staff',
  'GET /analytics/customers': 'staff',
  'GET /analytics/customers/export': 'staff',
  'GET /analytics/balances': 'staff',
  'GET /analytics/balances/export': 'staff',
  'POST /analytics/events': 'public',
  'GET /me/loyalty': 'account',
  'POST /me/loyalty/redemptions': 'account',

  // waitlist
  'POST /classes/:classId/waitlist': 'public',
  'GET /classes/:classId/waitlist': 'staff',
  'GET /waitlist/:token': 'token',
  'POST /waitlist/:token/leave': 'token',
  'POST /waitlist/:token/claim': 'token',
  'GET /me/waitlist': 'account',
  // roster (issue 12 "Attendance")
  'GET /classes/:classId/roster': 'staff',
  'GET /classes/:classId/roster/export': 'staff',
  'POST /classes/:classId/roster/messages': 'staff',
  'POST /bookings/:bookingId/undo-check-in': 'staff',
  'POST /bookings/:bookingId/paid-at-venue': 'staff',
  // protect (issue 13): the rate limits' settings, the webhooks dashboard's retry and rotate
  'GET /rate-limits': 'admin',
  'PATCH /rate-limits': 'admin',
  'POST /webhooks/:endpointId/rotate-secret': 'admin',
  'POST /webhooks/:endpointId/deliveries/:deliveryId/retry': 'admin',
  // recurring: series, scope edits and cancels, duplicates, templates, the customer's booked classes
  'POST /series': 'admin',
  'GET /series/:seriesId': 'staff',
  'PATCH /classes/:classId/series': 'admin',
  'POST /classes/:classId/series/cancel': 'admin',
  'POST /classes/:classId/duplicate': 'admin',
  'GET /class-templates': 'staff',
  'POST /class-templates': 'admin',
  'DELETE /class-templates/:templateId': 'admin',
  'POST /class-templates/:templateId/classes': 'admin',
  'GET /me/booked-classes': 'account',
  // notify (issue 12 "Mail"): the staff notification mail's setting
  'GET /organisation/staff-notifications': 'admin',
  'PATCH /organisation/staff-notifications': 'admin',
  // practice: the dashboard's setup checklist for an organisation that starts empty
  'GET /organisation/setup': 'admin',
  'POST /organisation/setup/dismiss': 'admin',
  // ops (issue 13 leftovers): the webhook event names from the server's one list
  'GET /webhooks/events': 'admin',
};

/** Write scopes by the first segment of the path; a change elsewhere needs `admin`. */
const writeScopes: [RegExp, ApiScope][] = [
  [/^\/classes\/[^/]+\/cancel$/, 'bookings:write'],
  [/^\/classes\/[^/]+\/series\/cancel$/, 'bookings:write'],
  [/^\/(series|class-templates)(\/|$)/, 'catalogue:write'],
  [/^\/bookings\/[^/]+\/invoice$/, 'payments:write'],
  // roster: a message to the booked is about bookings; money taken at the desk is a payment
  [/^\/classes\/[^/]+\/roster\/messages$/, 'bookings:write'],
  [/^\/bookings\/[^/]+\/paid-at-venue$/, 'payments:write'],
  // selling a package takes money (or records it taken at the desk) and grants credits
  [/^\/packages\/[^/]+\/purchase$/, 'payments:write'],
  [/^\/(bookings|holds|manage|quotes)(\/|$)/, 'bookings:write'],
  [/^\/(classes\/[^/]+\/)?waitlist(\/|$)/, 'bookings:write'],
  [/^\/(classes|class-types|services|providers|locations|packages)(\/|$)/, 'catalogue:write'],
  [/^\/(payments|unbookable-payments|invoices)(\/|$)/, 'payments:write'],
  [/^\/customers\/[^/]+\/credits\/adjust$/, 'payments:write'],
];

/**
 * The scope an API key needs for a route: `read` for every GET staff may make, a write scope by the
 * path for other methods, `admin` for the rest (admin-only reads such as the organisation's exports
 * included). The caller's own routes (/me, /auth), the keys themselves and a provider's calendar-feed
 * address are for people only: null.
 */
export function scopeFor(method: string, path: string): ApiScope | null {
  if (/^\/(me|auth|api-keys)(\/|$)/.test(path)) return null;
  // A feed address is a standing credential of its own that would outlive the key: for its person only.
  if (/^\/providers\/[^/]+\/calendar-link(\/|$)/.test(path)) return null;
  if (method === 'GET') return routeAccess[`GET ${path}`] === 'admin' ? 'admin' : 'read';
  return writeScopes.find(([pattern]) => pattern.test(path))?.[1] ?? 'admin';
}

function checkScope(ctx: RequestContext, needed: ApiScope | null): void {
  const scopes = ctx.apiKey?.scopes ?? [];
  if (needed === null) throw new DomainError('api_key_not_allowed');
  if (!scopes.includes(needed) && !scopes.includes('admin'))
    throw new DomainError('insufficient_scope', {}, { needed });
}

/**
 * Installs the gate on every route registered in `api` (the /api/v1 scope, after the hook that
 * builds `request.ctx`). A route missing from the table stops the app from starting, and so does an
 * entry naming a route that no longer exists.
 */
export function guardRoutes(api: FastifyInstance, prefix: string, { db, clock }: { db: Db; clock: Clock }): void {
  const seen = new Set<string>();
  api.addHook('onRoute', (route: RouteOptions) => {
    // Fastify adds a HEAD twin to every GET route: it gets its GET's rule.
    const methods = new Set(
      (Array.isArray(route.method) ? route.method : [route.method]).map((m) => (m === 'HEAD' ? 'GET' : m)),
    );
    if (methods.size !== 1) throw new Error(`Route ${route.url} answers several methods: give each its own route`);
    for (const method of methods) {
      const key = `${method} ${route.url.slice(prefix.length)}`;
      const access = routeAccess[key];
      if (!access) throw new Error(`No access rule for ${key}: add it to routeAccess in src/access.ts`);
      seen.add(key);
      const gate = access === 'public' || access === 'token' ? null : gates[access];
      const scope = scopeFor(method, route.url.slice(prefix.length));
      const before = route.preValidation;
      const check = async (request: FastifyRequest) => {
        if (request.ctx.apiKey) checkScope(request.ctx, scope);
        gate?.(request.ctx);
      };
      route.preValidation = before ? [check, ...(Array.isArray(before) ? before : [before])] : check;
      if (access === 'token') {
        guardToken(route, db, clock);
        route.config = { ...route.config, linkHolder: true };
      }
    }
  });
  api.addHook('onReady', async () => {
    const stale = Object.keys(routeAccess).filter((key) => !seen.has(key));
    if (stale.length > 0)
      throw new Error(`routeAccess in src/access.ts names routes that do not exist: ${stale.join(', ')}`);
  });
}

/** A token route refuses an address that guessed too often, and counts each link it did not know. */
function guardToken(route: RouteOptions, db: Db, clock: Clock): void {
  const refuse = async (request: FastifyRequest) => {
    await refuseWhileGuessing(db, request.ctx.org.id, request.ip ?? null, clock.now());
  };
  const count = async (request: FastifyRequest, reply: FastifyReply) => {
    if (reply.statusCode === 404 && request.ctx)
      await countWrongLink(db, request.ctx.org.id, request.ip ?? null, clock.now());
  };
  const before = route.preValidation;
  route.preValidation = [refuse, ...(Array.isArray(before) ? before : before ? [before] : [])];
  const after = route.onSend;
  route.onSend = [count, ...(Array.isArray(after) ? after : after ? [after] : [])];
}
