import { DomainError } from './errors.ts';
import type { Locale } from './i18n.ts';

export type Role = 'customer' | 'staff' | 'admin';

/**
 * The slug of the default organisation, made on first start (orgs.service.ts). Slugs never change and
 * are unique, and which organisation is the default never changes either, so the slug names it.
 */
export const DEFAULT_ORG_SLUG = 'default';

/**
 * An organisation's own web address, for every link that leaves in a mail or a calendar entry: the web
 * app at /o/{slug}/ serves that organisation, so a link opens it whatever else the deployment hosts.
 * The default organisation's links are the plain paths the web app serves it at (a single-business
 * install never shows /o/default); every other organisation keeps its prefix.
 */
export const orgAddress = (publicUrl: string, org: { slug: string }): string =>
  org.slug === DEFAULT_ORG_SLUG ? publicUrl : `${publicUrl}/o/${org.slug}`;

export interface OrgContext {
  id: string;
  slug: string;
  name: string;
  timeZone: string;
  currency: string;
  defaultLocale: Locale;
  cancellationDeadlineHours: number;
  /** How long before a class its reminder mail goes out (0: no reminders). */
  reminderHours: number;
  /** Sender address for this organisation's mail; null uses MAIL_FROM. */
  mailFrom: string | null;
  /** Where answers to this organisation's mail go; null: to the sender. */
  mailReplyTo: string | null;
  /** How customers reach the business (public); null: pages and mails name the business only. */
  contactEmail: string | null;
  contactPhone: string | null;
  /** The web app's accent colour (`#rrggbb`); null keeps the default. */
  accentColor: string | null;
  /** Changes with every new logo (a cache key for its URL); null when the organisation has none. */
  logoVersion: string | null;
  paymentMethods: ('card' | 'swish' | 'bank_transfer' | 'venue')[];
  /** How long a card checkout holds its spots. */
  holdMinutes: number;
  /** How long a hold (POST /holds) keeps a slot while the customer checks out. */
  slotHoldMinutes: number;
  /** How long a Swish or bank transfer booking waits for its payment. */
  manualPaymentHours: number;
  swishNumber: string | null;
  bankAccount: string | null;
  unbookablePaymentPolicy: 'refund' | 'queue';
  /** Seller details printed on invoices. */
  legalName: string | null;
  addressLines: string[];
  postcode: string | null;
  city: string | null;
  /** ISO 3166-1 alpha-2. */
  country: string | null;
  orgNumber: string | null;
  vatNumber: string | null;
  bankgiro: string | null;
  invoiceDueDays: number;
  invoicePolicy: 'at_booking' | 'after_completion' | 'never';
  /** How long a freed spot is kept for the first on a class's waitlist (never past half the time left). */
  waitlistOfferMinutes: number;
  /** Requests allowed per quarter of an hour (see platform/rate-limits.ts). */
  rateLimits: RateLimitSettings;
  /** How prices are entered, and the tax rate of items that name none: what every quote starts from. */
  pricesIncludeTax: boolean;
  defaultTaxRateId: string | null;
  /** Whether staff are mailed when a customer books or cancels. */
  staffNotify: boolean;
  /** Where that mail goes; null: to every admin. Not in the public organisation answer. */
  staffNotifyTo: string | null;
}

export interface RateLimitSettings {
  writePerAddress: number;
  writePerIdentity: number;
  accountPerAddress: number;
  accountPerIdentity: number;
  /** Spots or times one customer (an account, or a guest's address) may keep held at once. */
  heldSpots: number;
}

/**
 * What a route counts, named in its config (`config: { limit: 'public_write' }`): `public_write` for a
 * guest's bookings, holds, quotes and manage-link changes, `account` for sign-up and changes to an account.
 */
export type RateLimitBucket = 'public_write' | 'account';

export interface SessionUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  locale: Locale | null;
  sessionId: string;
  csrfToken: string;
}

/** What a service needs to know about the caller: plain data, no HTTP types. */
export interface RequestContext {
  org: OrgContext;
  user: SessionUser | null;
  locale: Locale;
  requestId: string;
  ip: string | null;
  userAgent: string | null;
  /**
   * Set when the request named its organisation (X-Org, which the web app sends under /o/{slug}/): a
   * token of another organisation is then not found there. A request that names none (an old link at
   * the root) still reaches the token's own organisation.
   */
  orgNamed?: true;
  /** Set for work the system does by itself, so the audit log names the system as the actor. */
  system?: true;
  /** Set when the caller is an integrator's API key: the audit log names the key as the actor. */
  apiKey?: ApiKeyCaller;
  /** Set when the platform operator acts (CLI or platform API): the audit log names it as the actor. */
  operator?: string;
}

export const apiScopes = ['read', 'bookings:write', 'catalogue:write', 'payments:write', 'admin'] as const;
export type ApiScope = (typeof apiScopes)[number];

export interface ApiKeyCaller {
  id: string;
  name: string;
  scopes: readonly ApiScope[];
}

const rank: Record<Role, number> = { customer: 0, staff: 1, admin: 2 };

export function requireUser(ctx: RequestContext): SessionUser {
  if (!ctx.user) throw new DomainError('unauthenticated');
  return ctx.user;
}

/**
 * The signed-in person, acting for themselves (booking, buying, joining a waitlist as a customer). An
 * API key acts for the business and is nobody's customer: it names the guest or customer instead.
 */
export function requireSelf(ctx: RequestContext): SessionUser {
  const user = requireUser(ctx);
  if (ctx.apiKey) throw new DomainError('api_key_not_allowed');
  return user;
}

/** Staff may do what staff may do; admins may do everything staff may. */
export function requireRole(ctx: RequestContext, role: Exclude<Role, 'customer'>): SessionUser {
  const user = requireUser(ctx);
  if (rank[user.role] < rank[role]) throw new DomainError('forbidden');
  return user;
}

export const hasRole = (ctx: RequestContext, role: Role): boolean =>
  ctx.user !== null && rank[ctx.user.role] >= rank[role];

/** A context for work the system does by itself (start-up, seeding, jobs). */
export function systemContext(org: OrgContext): RequestContext {
  return { org, user: null, locale: org.defaultLocale, requestId: 'system', ip: null, userAgent: null, system: true };
}

declare module 'fastify' {
  interface FastifyRequest {
    ctx: RequestContext;
  }
  interface FastifyContextConfig {
    /** false on routes that a browser reaches before it has a session token (sign-in, sign-up). */
    csrf?: boolean;
    /** Counted per client address and per identity; 429 rate_limited over the organisation's limits. */
    limit?: RateLimitBucket;
    /**
     * A step of choosing (a price, a held time) rather than a booking: counted per client address only,
     * since one customer trying addresses and times makes many in a few minutes.
     */
    browsing?: boolean;
    /** The route honours Idempotency-Key (a retry replays the stored answer), so a retry counts once against its identity. */
    idempotent?: boolean;
    /** Set by access.ts on routes opened by a secret link: the answer is the link holder's, whoever else is signed in. */
    linkHolder?: boolean;
  }
}
