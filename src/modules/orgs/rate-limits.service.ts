import type { RateLimitSettings, RequestContext } from '../../platform/context.ts';
import { type Db, transaction } from '../../platform/db.ts';
import { DomainError } from '../../platform/errors.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { findOrganisationForUpdate, forgetOrganisations, updateOrganisation } from './orgs.repo.ts';
import { rateLimitsOf } from './orgs.service.ts';

export async function changeRateLimits(
  db: Db,
  ctx: RequestContext,
  changes: Partial<RateLimitSettings>,
): Promise<RateLimitSettings> {
  const changed = await transaction(db, async (tx) => {
    const before = await findOrganisationForUpdate(tx, ctx.org.id);
    if (!before) throw new DomainError('organisation_not_found');
    const after = await updateOrganisation(tx, ctx.org.id, {
      rateLimitWritePerAddress: changes.writePerAddress,
      rateLimitWritePerIdentity: changes.writePerIdentity,
      rateLimitAccountPerAddress: changes.accountPerAddress,
      rateLimitAccountPerIdentity: changes.accountPerIdentity,
      rateLimitHeldSpots: changes.heldSpots,
    });
    await recordAudit(tx, ctx, {
      action: 'organisation.rate_limits_updated',
      entityType: 'organisation',
      entityId: after.id,
      before: rateLimitsOf(before),
      after: rateLimitsOf(after),
    });
    return rateLimitsOf(after);
  });
  // Again after the commit, as changeOrganisation does: a request may have cached the old row meanwhile.
  forgetOrganisations();
  return changed;
}
