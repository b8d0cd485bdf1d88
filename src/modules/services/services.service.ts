import { type RequestContext, hasRole } from '../../platform/context.ts';
import { type Db, refuseIfReferenced, transaction } from '../../platform/db.ts';
import { DomainError } from '../../platform/errors.ts';
import { type IdempotencyRequest, runIdempotent } from '../../platform/idempotency.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { requireLocation } from '../locations/locations.service.ts';
import {
  findProvider,
  replaceProvidersOfService,
  replaceServicesOfProvider,
  selectProviderIdsByService,
  selectProvidersByIds,
  selectServiceIdsByProvider,
} from '../providers/providers.repo.ts';
import {
  deleteServiceRow,
  findService,
  insertService,
  selectServices,
  selectServicesByIds,
  updateServiceRow,
} from './services.repo.ts';
import { defaultSlotIntervalMinutes } from './services.interval.ts';
import type { ServiceCreateInput, ServiceDto, ServiceUpdateInput } from './services.schema.ts';
import type { NewServiceRow, ServiceRow } from './services.tables.ts';

export function toServiceDto(row: ServiceRow, providerIds: string[]): ServiceDto {
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    durationMinutes: row.durationMinutes,
    bufferBeforeMinutes: row.bufferBeforeMinutes,
    bufferAfterMinutes: row.bufferAfterMinutes,
    slotIntervalMinutes: row.slotIntervalMinutes ?? defaultSlotIntervalMinutes(row),
    slotIntervalSet: row.slotIntervalMinutes !== null,
    minimumNoticeMinutes: row.minimumNoticeMinutes,
    maximumDaysAhead: row.maximumDaysAhead,
    price: { amount: row.priceAmount, currency: row.currency },
    where: { mode: row.locationMode, locationId: row.locationId },
    providerIds,
    capacity: row.capacity,
    active: row.active,
  };
}

function toRowChanges(ctx: RequestContext, input: ServiceUpdateInput): Partial<NewServiceRow> {
  const { price, where, providerIds: _providerIds, ...rest } = input;
  return {
    ...rest,
    ...(price === undefined ? {} : { priceAmount: price.amount, currency: price.currency ?? ctx.org.currency }),
    ...(where === undefined
      ? {}
      : { locationMode: where.mode, locationId: where.mode === 'at_location' ? where.locationId : null }),
  };
}

/** Every id must be a provider of this organisation; another organisation's id is simply unknown here. */
async function checkProviders(tx: Db, ctx: RequestContext, providerIds: string[]): Promise<string[]> {
  const unique = [...new Set(providerIds)];
  const found = new Set((await selectProvidersByIds(tx, ctx.org.id, unique)).map((row) => row.id));
  const missing = unique.filter((id) => !found.has(id));
  if (missing.length > 0) throw new DomainError('provider_not_found', {}, { providerIds: missing });
  return unique;
}

async function providerIdsOf(db: Db, ctx: RequestContext, serviceIds: string[]): Promise<Map<string, string[]>> {
  const links = await selectProviderIdsByService(db, ctx.org.id, serviceIds);
  if (hasRole(ctx, 'staff')) return links;
  // The public is offered only providers who take bookings.
  const all = [...new Set([...links.values()].flat())];
  const active = new Set(
    (await selectProvidersByIds(db, ctx.org.id, all)).filter((row) => row.active).map((row) => row.id),
  );
  return new Map([...links].map(([serviceId, ids]) => [serviceId, ids.filter((id) => active.has(id))]));
}

export async function createService(
  db: Db,
  ctx: RequestContext,
  input: ServiceCreateInput,
  idempotency: IdempotencyRequest | null,
) {
  const values = {
    ...toRowChanges(ctx, input),
    // Not set: worked out when read (defaultSlotIntervalMinutes), so it follows the length and buffers.
    slotIntervalMinutes: input.slotIntervalMinutes ?? null,
    orgId: ctx.org.id,
  } as NewServiceRow;
  return transaction(db, (tx) =>
    runIdempotent(tx, ctx.org.id, idempotency, async () => {
      if (values.locationId) await requireLocation(tx, ctx.org.id, values.locationId);
      const providerIds = await checkProviders(tx, ctx, input.providerIds);
      const row = await insertService(tx, values);
      await replaceProvidersOfService(tx, ctx.org.id, row.id, providerIds);
      const dto = toServiceDto(row, providerIds.sort());
      await recordAudit(tx, ctx, { action: 'service.created', entityType: 'service', entityId: row.id, after: dto });
      return { status: 201, body: dto };
    }),
  );
}

export async function updateService(
  db: Db,
  ctx: RequestContext,
  serviceId: string,
  input: ServiceUpdateInput,
): Promise<ServiceDto> {
  const changes = toRowChanges(ctx, input);
  return transaction(db, async (tx) => {
    const before = await findService(tx, ctx.org.id, serviceId, true);
    if (!before) throw new DomainError('service_not_found');
    const beforeProviders = (await selectProviderIdsByService(tx, ctx.org.id, [serviceId])).get(serviceId) ?? [];
    if (changes.locationId) await requireLocation(tx, ctx.org.id, changes.locationId);
    let providerIds = beforeProviders;
    if (input.providerIds !== undefined) {
      providerIds = (await checkProviders(tx, ctx, input.providerIds)).sort();
      await replaceProvidersOfService(tx, ctx.org.id, serviceId, providerIds);
    }
    const after = await updateServiceRow(tx, ctx.org.id, serviceId, changes);
    const dto = toServiceDto(after, providerIds);
    await recordAudit(tx, ctx, {
      action: 'service.updated',
      entityType: 'service',
      entityId: serviceId,
      before: toServiceDto(before, beforeProviders),
      after: dto,
    });
    return dto;
  });
}

/** A service with bookings is kept (their history names it): 409 service_in_use, deactivate it instead. */
export async function deleteService(db: Db, ctx: RequestContext, serviceId: string): Promise<void> {
  await transaction(db, async (tx) => {
    const row = await findService(tx, ctx.org.id, serviceId, true);
    if (!row) throw new DomainError('service_not_found');
    const providerIds = (await selectProviderIdsByService(tx, ctx.org.id, [serviceId])).get(serviceId) ?? [];
    await deleteServiceRow(tx, ctx.org.id, serviceId).catch(
      refuseIfReferenced(() => new DomainError('service_in_use')),
    );
    await recordAudit(tx, ctx, {
      action: 'service.deleted',
      entityType: 'service',
      entityId: serviceId,
      before: toServiceDto(row, providerIds),
    });
  });
}

/** The public sees active services; staff may list inactive ones too. */
export async function listServices(db: Db, ctx: RequestContext, active: boolean | undefined): Promise<ServiceDto[]> {
  const rows = await selectServices(db, ctx.org.id, hasRole(ctx, 'staff') ? active : true);
  const providers = await providerIdsOf(
    db,
    ctx,
    rows.map((row) => row.id),
  );
  return rows.map((row) => toServiceDto(row, providers.get(row.id) ?? []));
}

export async function getService(db: Db, ctx: RequestContext, serviceId: string): Promise<ServiceDto> {
  const row = await findService(db, ctx.org.id, serviceId);
  if (!row || (!row.active && !hasRole(ctx, 'staff'))) throw new DomainError('service_not_found');
  const providers = await providerIdsOf(db, ctx, [serviceId]);
  return toServiceDto(row, providers.get(serviceId) ?? []);
}

/**
 * Sets which services a provider offers, in one transaction: the provider row is locked, so two
 * admins saving the same provider's list at once apply one after the other, never a mix.
 */
export async function setServicesOfProvider(
  db: Db,
  ctx: RequestContext,
  providerId: string,
  serviceIds: string[],
): Promise<{ providerId: string; serviceIds: string[] }> {
  return transaction(db, async (tx) => {
    if (!(await findProvider(tx, ctx.org.id, providerId, true))) throw new DomainError('provider_not_found');
    const unique = [...new Set(serviceIds)].sort();
    const found = new Set((await selectServicesByIds(tx, ctx.org.id, unique)).map((row) => row.id));
    const missing = unique.filter((id) => !found.has(id));
    if (missing.length > 0) throw new DomainError('service_not_found', {}, { serviceIds: missing });
    const before = (await selectServiceIdsByProvider(tx, ctx.org.id, [providerId])).get(providerId) ?? [];
    await replaceServicesOfProvider(tx, ctx.org.id, providerId, unique);
    await recordAudit(tx, ctx, {
      action: 'provider.services_set',
      entityType: 'provider',
      entityId: providerId,
      before: { serviceIds: before },
      after: { serviceIds: unique },
    });
    return { providerId, serviceIds: unique };
  });
}
