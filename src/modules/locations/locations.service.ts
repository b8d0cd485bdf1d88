import type { RequestContext } from '../../platform/context.ts';
import { type Db, refuseIfReferenced, transaction } from '../../platform/db.ts';
import { DomainError } from '../../platform/errors.ts';
import { type IdempotencyRequest, runIdempotent } from '../../platform/idempotency.ts';
import { recordAudit } from '../audit/audit.service.ts';
import {
  deleteLocationRow,
  findLocation,
  insertLocation,
  selectLocations,
  updateLocationRow,
} from './locations.repo.ts';
import type { LocationCreateInput, LocationDto, LocationUpdateInput } from './locations.schema.ts';
import type { LocationRow, NewLocationRow } from './locations.tables.ts';

export function toLocationDto(row: LocationRow): LocationDto {
  return {
    id: row.id,
    name: row.name,
    address: { lines: row.addressLines, postalCode: row.postalCode, city: row.city, country: row.country },
    timeZone: row.timeZone,
    coordinates: row.latitude === null || row.longitude === null ? null : { lat: row.latitude, lng: row.longitude },
  };
}

function toRowChanges(input: LocationUpdateInput): Partial<NewLocationRow> {
  const { address, coordinates, ...rest } = input;
  return {
    ...rest,
    ...(address === undefined
      ? {}
      : {
          addressLines: address.lines,
          postalCode: address.postalCode,
          city: address.city,
          country: address.country,
        }),
    ...(coordinates === undefined ? {} : { latitude: coordinates?.lat ?? null, longitude: coordinates?.lng ?? null }),
  };
}

/** For the other catalogue modules: a location of the caller's organisation, or `location_not_found`. */
export async function requireLocation(db: Db, orgId: string, locationId: string): Promise<LocationRow> {
  const row = await findLocation(db, orgId, locationId);
  if (!row) throw new DomainError('location_not_found', {}, { locationId });
  return row;
}

export async function createLocation(
  db: Db,
  ctx: RequestContext,
  input: LocationCreateInput,
  idempotency: IdempotencyRequest | null,
) {
  const values = {
    ...toRowChanges(input),
    timeZone: input.timeZone ?? ctx.org.timeZone,
    orgId: ctx.org.id,
  } as NewLocationRow;
  return transaction(db, (tx) =>
    runIdempotent(tx, ctx.org.id, idempotency, async () => {
      const dto = toLocationDto(await insertLocation(tx, values));
      await recordAudit(tx, ctx, { action: 'location.created', entityType: 'location', entityId: dto.id, after: dto });
      return { status: 201, body: dto };
    }),
  );
}

export async function updateLocation(
  db: Db,
  ctx: RequestContext,
  locationId: string,
  input: LocationUpdateInput,
): Promise<LocationDto> {
  return transaction(db, async (tx) => {
    const before = await findLocation(tx, ctx.org.id, locationId, true);
    if (!before) throw new DomainError('location_not_found');
    const dto = toLocationDto(await updateLocationRow(tx, ctx.org.id, locationId, toRowChanges(input)));
    await recordAudit(tx, ctx, {
      action: 'location.updated',
      entityType: 'location',
      entityId: locationId,
      before: toLocationDto(before),
      after: dto,
    });
    return dto;
  });
}

/** A location that a service, class or opening hour names is kept: the foreign keys refuse, we say why. */
export async function deleteLocation(db: Db, ctx: RequestContext, locationId: string): Promise<void> {
  await transaction(db, async (tx) => {
    const row = await findLocation(tx, ctx.org.id, locationId, true);
    if (!row) throw new DomainError('location_not_found');
    await deleteLocationRow(tx, ctx.org.id, locationId).catch(
      refuseIfReferenced(() => new DomainError('location_in_use')),
    );
    await recordAudit(tx, ctx, {
      action: 'location.deleted',
      entityType: 'location',
      entityId: locationId,
      before: toLocationDto(row),
    });
  });
}

export async function listLocations(db: Db, ctx: RequestContext): Promise<LocationDto[]> {
  return (await selectLocations(db, ctx.org.id)).map(toLocationDto);
}

export async function getLocation(db: Db, ctx: RequestContext, locationId: string): Promise<LocationDto> {
  const row = await findLocation(db, ctx.org.id, locationId);
  if (!row) throw new DomainError('location_not_found');
  return toLocationDto(row);
}
