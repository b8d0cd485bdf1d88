import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Services } from '../../platform/services.ts';
import { DomainError } from '../../platform/errors.ts';
import { negotiateLocale } from '../../platform/i18n.ts';
import { resolveOrganisation } from '../orgs/orgs.service.ts';
import { resolveApiKey } from './api-keys.service.ts';
import { resolveSession } from './auth.service.ts';

/**
 * The session cookie. Served over https it is a `__Host-` cookie: browsers then take it only with
 * `Secure`, from this exact host, for every path, so neither a sibling subdomain nor a plain-http
 * page can plant or overwrite a session.
 */
export function sessionCookie({ cookieSecure }: { cookieSecure: boolean }) {
  return {
    name: cookieSecure ? '__Host-slotwise_session' : 'slotwise_session',
    options: { httpOnly: true, sameSite: 'lax', secure: cookieSecure, path: '/' },
  } as const;
}

/** Ends the session's cookie in the browser (its options must match those it was set with). */
export function clearSessionCookie(reply: FastifyReply, config: { cookieSecure: boolean }) {
  const { name, options } = sessionCookie(config);
  reply.clearCookie(name, options);
}
export const ORG_HEADER = 'x-org';
export const CSRF_HEADER = 'x-csrf-token';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
const SLUG_PATTERN = /^[a-z0-9][a-z0-9-]{1,62}$/;

/**
 * Builds `request.ctx` for every API request: the organisation (named by X-Org, else the
 * default one), the signed-in user of that organisation, and the caller's language. A session
 * of another organisation does not count here. Cookie-authenticated changes need the CSRF token.
 * `Authorization: Bearer <secret>` instead names an API key of the organisation (api-keys.service.ts).
 */
export function contextHook({ db, clock, config }: Services) {
  const cookieName = sessionCookie(config).name;
  return async (request: FastifyRequest, _reply: FastifyReply): Promise<void> => {
    const orgHeader = request.headers[ORG_HEADER];
    if (orgHeader !== undefined && (typeof orgHeader !== 'string' || !SLUG_PATTERN.test(orgHeader))) {
      throw new DomainError('organisation_not_found');
    }
    const org = await resolveOrganisation(db, orgHeader);
    const named = orgHeader === undefined ? {} : { orgNamed: true as const };
    const authorization = request.headers.authorization;
    if (authorization !== undefined) {
      // An integrator's key: no cookie, so no CSRF to guard against.
      const caller = await resolveApiKey(db, org, authorization, clock.now());
      request.ctx = {
        org,
        ...named,
        ...caller,
        locale: negotiateLocale(request.headers['accept-language'], org.defaultLocale),
        requestId: request.id,
        ip: request.ip ?? null,
        userAgent: request.headers['user-agent'] ?? null,
      };
      return;
    }
    const token = request.cookies[cookieName];
    const user = token ? await resolveSession(db, org, token, clock.now()) : null;
    const acceptLanguage = request.headers['accept-language'];
    request.ctx = {
      org,
      ...named,
      user,
      locale: user?.locale ?? negotiateLocale(acceptLanguage, org.defaultLocale),
      requestId: request.id,
      ip: request.ip ?? null,
      userAgent: request.headers['user-agent'] ?? null,
    };
    if (user && !SAFE_METHODS.has(request.method) && request.routeOptions.config.csrf !== false) {
      if (request.headers[CSRF_HEADER] !== user.csrfToken) throw new DomainError('csrf_failed');
    }
  };
}
