import type { OrgContext, RequestContext } from '../../platform/context.ts';
import { type Db, transaction } from '../../platform/db.ts';
import { DomainError } from '../../platform/errors.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { OrganisationUpdate } from './orgs.schema.ts';
import {
  type OrganisationRow,
  findDefaultOrganisation,
  findOrganisationBySlug,
  findOrganisationForUpdate,
  insertOrganisation,
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
  paymentMethods: row.paymentMethods,
  holdMinutes: row.holdMinutes,
  slotHoldMinutes: row.slotHoldMinutes,
  manualPaymentHours: row.manualPaymentHours,
  swishNumber: row.swishNumber,
  bankAccount: row.bankAccount,
  unbookablePaymentPolicy: row.unbookablePaymentPolicy,
});

/** The organisation a request is for: the one it names, else the default one. */
export async function resolveOrganisation(db: Db, slug: string | undefined): Promise<OrgContext> {
  const row = slug ? await findOrganisationBySlug(db, slug) : await findDefaultOrganisation(db);
  if (!row) throw new DomainError('organisation_not_found');
  return toOrgContext(row);
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
  return createOrganisation(db, { slug: 'default', name: 'Slotwise Studio', isDefault: true });
}

export async function changeOrganisation(
  db: Db,
  ctx: RequestContext,
  changes: OrganisationUpdate,
): Promise<OrgContext> {
  return transaction(db, async (tx) => {
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
}
