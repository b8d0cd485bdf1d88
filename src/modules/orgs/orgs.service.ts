import {
  DEFAULT_ORG_SLUG,
  type OrgContext,
  type RateLimitSettings,
  type RequestContext,
} from '../../platform/context.ts';
import { type Db, transaction } from '../../platform/db.ts';
import { DomainError } from '../../platform/errors.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { OrganisationUpdate } from './orgs.schema.ts';
import {
  type OrganisationRow,
  findDefaultOrganisation,
  findOrganisationById,
  findOrganisationBySlug,
  findOrganisationForUpdate,
  forgetOrganisations,
  insertOrganisation,
  organisationsGeneration,
  updateOrganisation,
} from './orgs.repo.ts';

export const toOrgContext = (row: OrganisationRow): OrgContext => ({
  id: row.id,
  slug: row.slug,
  name: row.name,
  timeZone: row.timeZone,
  currency: row.currency,
  defaultLocale: row.defaultLocale,
  cancellationDeadlineHours: row.cancellationDeadlineHours,
  reminderHours: row.reminderHours,
  mailFrom: row.mailFrom,
  mailReplyTo: row.mailReplyTo,
  contactEmail: row.contactEmail,
  contactPhone: row.contactPhone,
  accentColor: row.accentColor,
  logoVersion: row.logoVersion === null ? null : String(row.logoVersion),
  paymentMethods: row.paymentMethods,
  holdMinutes: row.holdMinutes,
  slotHoldMinutes: row.slotHoldMinutes,
  manualPaymentHours: row.manualPaymentHours,
  swishNumber: row.swishNumber,
  bankAccount: row.bankAccount,
  unbookablePaymentPolicy: row.unbookablePaymentPolicy,
  legalName: row.legalName,
  addressLines: row.addressLines,
  postcode: row.postcode,
  city: row.city,
  country: row.country,
  orgNumber: row.orgNumber,
  vatNumber: row.vatNumber,
  bankgiro: row.bankgiro,
  invoiceDueDays: row.invoiceDueDays,
  invoicePolicy: row.invoicePolicy,
  waitlistOfferMinutes: row.waitlistOfferMinutes,
  rateLimits: rateLimitsOf(row),
  pricesIncludeTax: row.pricesIncludeTax,
  defaultTaxRateId: row.defaultTaxRateId,
  staffNotify: row.staffNotify,
  staffNotifyTo: row.staffNotifyTo,
});

/**
 * Whether customers are offered a payment method: chosen in the settings and, for Swish and bank
 * transfer, with the number or account to pay to (until that is filled in, the settings page says the
 * method is not offered, and the booking's mail would have nowhere to send the money).
 */
export const offersPaymentMethod = (org: OrgContext, method: OrgContext['paymentMethods'][number]): boolean =>
  org.paymentMethods.includes(method) &&
  (method !== 'swish' || Boolean(org.swishNumber)) &&
  (method !== 'bank_transfer' || Boolean(org.bankAccount));

export const rateLimitsOf = (row: OrganisationRow): RateLimitSettings => ({
  writePerAddress: row.rateLimitWritePerAddress,
  writePerIdentity: row.rateLimitWritePerIdentity,
  accountPerAddress: row.rateLimitAccountPerAddress,
  accountPerIdentity: row.rateLimitAccountPerIdentity,
  heldSpots: row.rateLimitHeldSpots,
});

/**
 * How long this process may answer with an organisation it read before. Every request needs its
 * organisation, and reading it was the largest part of a small public read. A change made through this
 * process is seen at once (`changeOrganisation` forgets the cached copy); one made by another process
 * sharing the database, within this bound (the README says so).
 */
export const ORG_CACHE_MS = 2_000;

interface CachedOrg {
  org: OrgContext;
  readAt: number;
  generation: number;
}

/** Per database handle (a test process opens many), by slug ('' for the default organisation) or `#id`. */
const orgCache = new WeakMap<Db, Map<string, CachedOrg>>();

/** The organisation a request is for: the one it names, else the default one. */
export async function resolveOrganisation(db: Db, slug: string | undefined): Promise<OrgContext> {
  const org = await cachedOrganisation(db, slug ?? '', () =>
    slug ? findOrganisationBySlug(db, slug) : findDefaultOrganisation(db),
  );
  if (!org) throw new DomainError('organisation_not_found');
  return org;
}

/**
 * An organisation by its id, from the same cache (within the same bound): for work that names its
 * organisation by id, a payment's settlement from Stripe's webhook. Null if there is none.
 */
export function organisationById(db: Db, id: string): Promise<OrgContext | null> {
  return cachedOrganisation(db, `#${id}`, () => findOrganisationById(db, id));
}

async function cachedOrganisation(
  db: Db,
  key: string,
  read: () => Promise<OrganisationRow | undefined>,
): Promise<OrgContext | null> {
  let cached = orgCache.get(db);
  if (!cached) {
    cached = new Map();
    orgCache.set(db, cached);
  }
  const hit = cached.get(key);
  if (hit && hit.generation === organisationsGeneration() && Date.now() - hit.readAt < ORG_CACHE_MS) return hit.org;
  const generation = organisationsGeneration();
  const row = await read();
  // An unknown organisation is not remembered: it may be created the next moment.
  if (!row) return null;
  // Shared by every request that hits the cache: frozen, so a change to it fails loudly instead of leaking.
  const org = Object.freeze({
    ...toOrgContext(row),
    paymentMethods: Object.freeze([...row.paymentMethods]),
    addressLines: Object.freeze([...row.addressLines]),
    rateLimits: Object.freeze(rateLimitsOf(row)),
  });
  cached.set(key, { org: org as OrgContext, readAt: Date.now(), generation });
  return org as OrgContext;
}

export interface NewOrganisationInput {
  slug: string;
  name: string;
  timeZone?: string;
  currency?: string;
  defaultLocale?: 'en' | 'sv';
  isDefault?: boolean;
}

/** Creates an organisation, or returns the existing one with that slug. */
export async function createOrganisation(db: Db, input: NewOrganisationInput): Promise<OrgContext> {
  const row =
    (await insertOrganisation(db, {
      slug: input.slug,
      name: input.name,
      timeZone: input.timeZone ?? 'Europe/Stockholm',
      currency: input.currency ?? 'SEK',
      defaultLocale: input.defaultLocale ?? 'en',
      cancellationDeadlineHours: 24,
      isDefault: input.isDefault ?? false,
    })) ?? (await findOrganisationBySlug(db, input.slug));
  if (!row) throw new Error(`organisation ${input.slug} could not be created`);
  return toOrgContext(row);
}

/** A single-business install never sees organisations: the first start creates this one. */
export async function ensureDefaultOrganisation(db: Db): Promise<OrgContext> {
  const existing = await findDefaultOrganisation(db);
  if (existing) return toOrgContext(existing);
  return createOrganisation(db, { slug: DEFAULT_ORG_SLUG, name: 'Slotwise Studio', isDefault: true });
}

/** Settings changed through their own routes rather than PATCH /organisation (not public, so not in its answer). */
export interface PrivateOrganisationUpdate {
  staffNotify?: boolean;
  staffNotifyTo?: string | null;
}

export async function changeOrganisation(
  db: Db,
  ctx: RequestContext,
  changes: OrganisationUpdate | PrivateOrganisationUpdate,
): Promise<OrgContext> {
  const changed = await transaction(db, async (tx) => {
    const before = await findOrganisationForUpdate(tx, ctx.org.id);
    if (!before) throw new DomainError('organisation_not_found');
    const after = await updateOrganisation(tx, ctx.org.id, changes);
    await recordAudit(tx, ctx, {
      action: 'organisation.updated',
      entityType: 'organisation',
      entityId: after.id,
      before: toOrgContext(before),
      after: toOrgContext(after),
    });
    return toOrgContext(after);
  });
  // Again after the commit: a request that read the row between the update and the commit kept the old one.
  forgetOrganisations();
  return changed;
}
