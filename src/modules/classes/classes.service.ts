import { type RequestContext, requireRole } from '../../platform/context.ts';
import { type Db, transaction, violatedConstraint } from '../../platform/db.ts';
import { DomainError } from '../../platform/errors.ts';
import { type IdempotencyRequest, runIdempotent } from '../../platform/idempotency.ts';
import { parseDateBoundary, parseDateTime, toLocalIso } from '../../platform/time.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { selectLocationZones } from '../locations/locations.repo.ts';
import { requireLocation } from '../locations/locations.service.ts';
import { selectProvidersByIds } from '../providers/providers.repo.ts';
import { requireProvider } from '../providers/providers.service.ts';
import type {
  ClassCreateInput,
  ClassDto,
  ClassListQuery,
  ClassTypeDto,
  ClassTypeInput,
  ClassUpdateInput,
} from './classes.schema.ts';
import type { ClassRow, ClassTypeRow } from './classes.tables.ts';
import {
  type NewClassRow,
  deleteClassTypeRow,
  findClass,
  findClassType,
  insertClass,
  insertClassType,
  selectClassTypes,
  selectTeachingProviderIds,
  selectClasses,
  updateClassTypeRow,
} from './classes.repo.ts';

export function toClassDto(row: ClassRow, timeZone: string): ClassDto {
  const spotsLeft = Math.max(0, row.maxSpots - row.spotsTaken);
  return {
    id: row.id,
    title: row.title,
    description: row.description,
    instructorName: row.instructorName,
    location: row.location,
    locationId: row.locationId,
    classTypeId: row.classTypeId,
    providerId: row.providerId,
    seriesId: row.seriesId,
    seriesException: row.seriesException,
    startsAt: row.startsAt.toISOString(),
    endsAt: row.endsAt.toISOString(),
    startsAtLocal: toLocalIso(row.startsAt, timeZone),
    endsAtLocal: toLocalIso(row.endsAt, timeZone),
    timeZone,
    maxSpots: row.maxSpots,
    maxSpotsPerCustomer: row.maxSpotsPerCustomer,
    spotsLeft,
    soldOut: row.status === 'scheduled' && spotsLeft === 0,
    price: { amount: row.priceAmount, currency: row.currency },
    status: row.status,
    cancelledAt: row.cancelledAt?.toISOString() ?? null,
  };
}

/**
 * The zone a class's local times are in: its location's when it has one (a studio abroad), else the
 * organisation's. One read for a whole list.
 */
export async function classZones(db: Db, ctx: RequestContext, rows: readonly Pick<ClassRow, 'locationId'>[]) {
  const zones = await selectLocationZones(
    db,
    ctx.org.id,
    rows.map((row) => row.locationId),
  );
  return (row: Pick<ClassRow, 'locationId'>) => (row.locationId && zones.get(row.locationId)) || ctx.org.timeZone;
}

/** The zone of a class at `locationId` (see classZones). */
export async function classZone(db: Db, ctx: RequestContext, locationId: string | null): Promise<string> {
  return (await classZones(db, ctx, [{ locationId }]))({ locationId });
}

/** A class's answer with its times in its own zone (see classZones). */
export async function classDto(db: Db, ctx: RequestContext, row: ClassRow): Promise<ClassDto> {
  return toClassDto(row, (await classZones(db, ctx, [row]))(row));
}

const fieldError = (path: string, message: string) =>
  new DomainError('validation_failed', {}, [{ in: 'body', path, message }]);

/** Rules every version of a class obeys; the table's CHECKs back them. */
export function checkClassShape(
  row: Pick<NewClassRow, 'startsAt' | 'endsAt' | 'maxSpots' | 'maxSpotsPerCustomer'>,
): void {
  if (row.endsAt <= row.startsAt) throw fieldError('endsAt', 'must be after startsAt');
  if ((row.maxSpotsPerCustomer ?? 1) > row.maxSpots) {
    throw fieldError('maxSpotsPerCustomer', 'cannot be more than maxSpots');
  }
}

/**
 * The row changes of a class's input. A time without an offset is wall-clock time where the class
 * happens: in the zone of its location (the one given, else `currentLocationId`), else the
 * organisation's, as the class's answer shows it.
 */
export async function toRowChanges(
  db: Db,
  ctx: RequestContext,
  input: ClassUpdateInput,
  currentLocationId: string | null = null,
): Promise<Partial<NewClassRow>> {
  const { startsAt, endsAt, price, ...rest } = input;
  const zone =
    startsAt === undefined && endsAt === undefined
      ? ctx.org.timeZone
      : await classZone(db, ctx, input.locationId === undefined ? currentLocationId : input.locationId);
  return {
    ...rest,
    ...(startsAt === undefined ? {} : { startsAt: parseDateTime(startsAt, zone, 'startsAt') }),
    ...(endsAt === undefined ? {} : { endsAt: parseDateTime(endsAt, zone, 'endsAt') }),
    ...(price === undefined ? {} : { priceAmount: price.amount, currency: price.currency ?? ctx.org.currency }),
  };
}

export async function createClass(
  db: Db,
  ctx: RequestContext,
  input: ClassCreateInput,
  idempotency: IdempotencyRequest | null,
) {
  return transaction(db, (tx) =>
    runIdempotent(tx, ctx.org.id, idempotency, async () => {
      const values = { ...(await toRowChanges(tx, ctx, input)), orgId: ctx.org.id } as NewClassRow;
      checkClassShape(values);
      await requireClassRefs(tx, ctx, values);
      const row = await insertClass(tx, values);
      const dto = await classDto(tx, ctx, row);
      await recordAudit(tx, ctx, { action: 'class.created', entityType: 'class', entityId: row.id, after: dto });
      return { status: 201, body: dto };
    }),
  );
}

export async function listClasses(db: Db, ctx: RequestContext, query: ClassListQuery, now: Date): Promise<ClassDto[]> {
  const zone = ctx.org.timeZone;
  const from = query.from ? parseDateBoundary(query.from, zone, 'from') : now;
  const to = query.to ? parseDateBoundary(query.to, zone, 'to', true) : undefined;
  if (to && to <= from) {
    throw new DomainError('validation_failed', {}, [{ in: 'querystring', path: 'to', message: 'must be after from' }]);
  }
  const rows = await selectClasses(db, ctx.org.id, {
    from,
    to,
    status: query.status,
    limit: query.limit,
    providerId: query.providerId,
    locationId: query.locationId,
    classTypeId: query.classTypeId,
    seriesId: query.seriesId,
  });
  const zoneOf = await classZones(db, ctx, rows);
  return rows.map((row) => toClassDto(row, zoneOf(row)));
}

export async function getClass(db: Db, ctx: RequestContext, classId: string): Promise<ClassDto> {
  const row = await findClass(db, ctx.org.id, classId);
  if (!row) throw new DomainError('class_not_found');
  return classDto(db, ctx, row);
}

/** The location, class type and provider a class names are this organisation's, or a 404. */
export async function requireClassRefs(
  tx: Db,
  ctx: RequestContext,
  refs: { locationId?: string | null; classTypeId?: string | null; providerId?: string | null },
): Promise<void> {
  if (refs.locationId) await requireLocation(tx, ctx.org.id, refs.locationId);
  if (refs.classTypeId) await requireClassType(tx, ctx.org.id, refs.classTypeId);
  if (refs.providerId) await requireProvider(tx, ctx, refs.providerId);
}

// Class types: a label on classes (yoga, reformer, …) that credit packages can be limited to.

const toClassTypeDto = (row: ClassTypeRow): ClassTypeDto => ({
  id: row.id,
  name: row.name,
  createdAt: row.createdAt.toISOString(),
});

/** A class type of this organisation, or a 404: a class or package cannot name another's. */
export async function requireClassType(tx: Db, orgId: string, id: string): Promise<ClassTypeRow> {
  const row = await findClassType(tx, orgId, id);
  if (!row) throw new DomainError('class_type_not_found');
  return row;
}

/**
 * The timetable's instructors: active providers named on a class still to come, by name. The week
 * page's filter offers these, not every provider (a cleaner who is only booked for visits teaches
 * nothing, and a filter on them would find no class).
 */
export async function listInstructors(db: Db, ctx: RequestContext, now: Date): Promise<{ id: string; name: string }[]> {
  const ids = await selectTeachingProviderIds(db, ctx.org.id, now);
  const rows = await selectProvidersByIds(db, ctx.org.id, ids);
  return rows
    .filter((row) => row.active)
    .map((row) => ({ id: row.id, name: row.name }))
    .sort((a, b) => a.name.localeCompare(b.name, ctx.locale) || a.id.localeCompare(b.id));
}

export async function listClassTypes(db: Db, ctx: RequestContext): Promise<ClassTypeDto[]> {
  return (await selectClassTypes(db, ctx.org.id)).map(toClassTypeDto);
}

/** Two types of one name would be indistinguishable in a package's scope: the unique index refuses it. */
const nameTaken = (error: unknown): never => {
  if (violatedConstraint(error) === 'class_types_name')
    throw new DomainError('validation_failed', {}, [
      { in: 'body', path: 'name', message: 'a class type has this name' },
    ]);
  throw error;
};

export async function createClassType(db: Db, ctx: RequestContext, input: ClassTypeInput): Promise<ClassTypeDto> {
  requireRole(ctx, 'admin');
  return transaction(db, async (tx) => {
    const dto = toClassTypeDto(await insertClassType(tx, { orgId: ctx.org.id, name: input.name }).catch(nameTaken));
    await recordAudit(tx, ctx, {
      action: 'class_type.created',
      entityType: 'class_type',
      entityId: dto.id,
      after: dto,
    });
    return dto;
  });
}

export async function updateClassType(
  db: Db,
  ctx: RequestContext,
  id: string,
  input: ClassTypeInput,
): Promise<ClassTypeDto> {
  requireRole(ctx, 'admin');
  return transaction(db, async (tx) => {
    const before = toClassTypeDto(await requireClassType(tx, ctx.org.id, id));
    const dto = toClassTypeDto(await updateClassTypeRow(tx, ctx.org.id, id, input.name).catch(nameTaken));
    await recordAudit(tx, ctx, {
      action: 'class_type.updated',
      entityType: 'class_type',
      entityId: id,
      before,
      after: dto,
    });
    return dto;
  });
}

/** Its classes become untyped (the foreign key clears their type); packages that name it keep the id and match nothing. */
export async function deleteClassType(db: Db, ctx: RequestContext, id: string): Promise<void> {
  requireRole(ctx, 'admin');
  await transaction(db, async (tx) => {
    const before = toClassTypeDto(await requireClassType(tx, ctx.org.id, id));
    await deleteClassTypeRow(tx, ctx.org.id, id);
    await recordAudit(tx, ctx, { action: 'class_type.deleted', entityType: 'class_type', entityId: id, before });
  });
}
