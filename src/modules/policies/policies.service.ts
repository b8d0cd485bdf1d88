/**
 * Cancellation policies: the organisation's default and overrides per service or class type, kept
 * by admins (audited), and the policy that applies to one booking (policies.rules.ts decides what a
 * cancellation costs under it).
 */
import { type OrgContext, type RequestContext, requireRole } from '../../platform/context.ts';
import { type Db, transaction } from '../../platform/db.ts';
import { DomainError } from '../../platform/errors.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { requireClassType } from '../classes/classes.service.ts';
import { findService } from '../services/services.repo.ts';
import { deletePolicyRow, selectPolicies, selectPoliciesFor, upsertPolicy } from './policies.repo.ts';
import { type Policy, policyOf } from './policies.rules.ts';
import type { PolicyDto, PolicyInput } from './policies.schema.ts';
import type { CancellationPolicyRow } from './policies.tables.ts';

const toPolicyDto = (row: CancellationPolicyRow): PolicyDto => ({
  id: row.id,
  serviceId: row.serviceId,
  classTypeId: row.classTypeId,
  freeHours: row.freeHours,
  lateAction: row.lateAction,
  lateFee: row.lateFeeKind && row.lateFeeValue !== null ? { kind: row.lateFeeKind, value: row.lateFeeValue } : null,
  refundTo: row.refundTo,
  creditValidityDays: row.creditValidityDays,
  noShowFee:
    row.noShowFeeKind && row.noShowFeeValue !== null ? { kind: row.noShowFeeKind, value: row.noShowFeeValue } : null,
});

export async function listPolicies(db: Db, ctx: RequestContext): Promise<PolicyDto[]> {
  requireRole(ctx, 'staff');
  return (await selectPolicies(db, ctx.org.id)).map(toPolicyDto);
}

export async function setPolicy(db: Db, ctx: RequestContext, input: PolicyInput): Promise<PolicyDto> {
  requireRole(ctx, 'admin');
  return transaction(db, async (tx) => {
    if (input.serviceId && !(await findService(tx, ctx.org.id, input.serviceId)))
      throw new DomainError('service_not_found');
    if (input.classTypeId) await requireClassType(tx, ctx.org.id, input.classTypeId);
    const row = await upsertPolicy(tx, {
      orgId: ctx.org.id,
      serviceId: input.serviceId ?? null,
      classTypeId: input.classTypeId ?? null,
      freeHours: input.freeHours,
      lateAction: input.lateAction,
      lateFeeKind: input.lateFee?.kind ?? null,
      lateFeeValue: input.lateFee?.value ?? null,
      refundTo: input.refundTo,
      creditValidityDays: input.creditValidityDays,
      noShowFeeKind: input.noShowFee?.kind ?? null,
      noShowFeeValue: input.noShowFee?.value ?? null,
    });
    const dto = toPolicyDto(row);
    await recordAudit(tx, ctx, {
      action: 'cancellation_policy.set',
      entityType: 'cancellation_policy',
      entityId: row.id,
      after: dto,
    });
    return dto;
  });
}

export async function deletePolicy(db: Db, ctx: RequestContext, id: string): Promise<void> {
  requireRole(ctx, 'admin');
  await transaction(db, async (tx) => {
    const row = await deletePolicyRow(tx, ctx.org.id, id);
    if (!row) throw new DomainError('not_found');
    await recordAudit(tx, ctx, {
      action: 'cancellation_policy.deleted',
      entityType: 'cancellation_policy',
      entityId: id,
      before: toPolicyDto(row),
    });
  });
}

/** The policy that applies to a booking of this service or class type. */
export async function policyFor(
  db: Db,
  org: OrgContext,
  what: { serviceId: string | null; classTypeId: string | null },
): Promise<Policy> {
  return policyOf(await selectPoliciesFor(db, org.id, what), what, org.cancellationDeadlineHours);
}
