/**
 * The platform operator's work: creating and listing organisations and their admins, for the CLI
 * (scripts/slotwise.ts) and the platform API (/api/platform). The operator is no user of any
 * organisation, so the audit entries name it by its label (`cli`, `platform api`) as a system actor.
 */
import type { RequestContext } from '../../platform/context.ts';
import { type Db, transaction } from '../../platform/db.ts';
import { DomainError } from '../../platform/errors.ts';
import { retryDeadJobs } from '../../platform/jobs.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { createAdminAccount } from '../auth/auth.service.ts';
import {
  type OrganisationRow,
  findOrganisationById,
  findOrganisationBySlug,
  insertOrganisation,
  listOrganisations,
} from '../orgs/orgs.repo.ts';
import { toOrgContext } from '../orgs/orgs.service.ts';
import type { NewOrganisationRequest } from './operator.schema.ts';

export interface OperatorCaller {
  /** Who acted, as the audit log shows it. */
  operator: string;
  requestId: string;
  ip: string | null;
  userAgent: string | null;
}

const summary = (row: OrganisationRow) => ({
  id: row.id,
  slug: row.slug,
  name: row.name,
  isDefault: row.isDefault,
  timeZone: row.timeZone,
  currency: row.currency,
  defaultLocale: row.defaultLocale,
  createdAt: row.createdAt.toISOString(),
});

const operatorContext = (row: OrganisationRow, caller: OperatorCaller): RequestContext => ({
  org: toOrgContext(row),
  user: null,
  locale: row.defaultLocale,
  requestId: caller.requestId,
  ip: caller.ip,
  userAgent: caller.userAgent,
  system: true,
  operator: caller.operator,
});

/** An organisation and its first admin, together or not at all. A slug in use is refused. */
export async function createOrganisationWithAdmin(db: Db, caller: OperatorCaller, input: NewOrganisationRequest) {
  return transaction(db, async (tx) => {
    const row = await insertOrganisation(tx, {
      slug: input.slug,
      name: input.name,
      timeZone: input.timeZone ?? 'Europe/Stockholm',
      currency: input.currency ?? 'SEK',
      defaultLocale: input.defaultLocale ?? 'en',
      cancellationDeadlineHours: 24,
      isDefault: false,
    });
    // The slug's unique key decides a race between two operators: the loser gets this answer.
    if (!row) throw new DomainError('organisation_exists');
    const ctx = operatorContext(row, caller);
    await recordAudit(tx, ctx, {
      action: 'organisation.created',
      entityType: 'organisation',
      entityId: row.id,
      after: summary(row),
    });
    const admin = await createAdminAccount(tx, ctx, input.adminEmail);
    return { organisation: summary(row), admin: { email: admin.email, password: admin.password } };
  });
}

export async function listAllOrganisations(db: Db) {
  return (await listOrganisations(db)).map(summary);
}

/** Another admin for an organisation, with a generated initial password. */
export async function addOrganisationAdmin(db: Db, caller: OperatorCaller, slug: string, email: string) {
  const row = await findOrganisationBySlug(db, slug);
  if (!row) throw new DomainError('organisation_not_found');
  const admin = await transaction(db, (tx) => createAdminAccount(tx, operatorContext(row, caller), email));
  return { email: admin.email, password: admin.password };
}

/**
 * Dead jobs back in the queue (every organisation's, or one's), audited per organisation with the
 * operator as the actor, in the transaction that requeues them: no job runs again unrecorded. The
 * entry is the organisation's (a job's id is no uuid, which audit entities are) and lists the jobs.
 */
export async function retryDeadJobsAsOperator(db: Db, caller: OperatorCaller, orgId: string | null) {
  return transaction(db, async (tx) => {
    const retried = await retryDeadJobs(tx, orgId);
    const byOrg = new Map<string, typeof retried>();
    for (const job of retried) byOrg.set(job.orgId, [...(byOrg.get(job.orgId) ?? []), job]);
    for (const [id, jobs] of byOrg) {
      const row = await findOrganisationById(tx, id);
      if (!row) continue;
      await recordAudit(tx, operatorContext(row, caller), {
        action: 'jobs.dead_retried',
        entityType: 'organisation',
        entityId: id,
        after: { jobs: jobs.map((job) => ({ id: job.id, kind: job.kind })) },
      });
    }
    return retried;
  });
}
