import { DateTime } from 'luxon';
import { type RequestContext, hasRole, requireRole } from '../../platform/context.ts';
import { type Db, refuseIfReferenced, transaction, violatedConstraint } from '../../platform/db.ts';
import { DomainError } from '../../platform/errors.ts';
import { type IdempotencyRequest, runIdempotent } from '../../platform/idempotency.ts';
import { parseDateTime } from '../../platform/time.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { findUserById } from '../auth/auth.repo.ts';
import { requireLocation } from '../locations/locations.service.ts';
import {
  type NewInterval,
  deleteOverride,
  deleteProviderRow,
  deleteTimeOffRow,
  findProvider,
  insertOverride,
  insertProvider,
  insertTimeOff,
  replaceWeeklyHours,
  selectOverrides,
  selectProviders,
  selectServiceIdsByProvider,
  selectTimeOff,
  selectWeeklyHours,
  updateProviderRow,
} from './providers.repo.ts';
import type {
  DateOverrideDto,
  DateOverrideInput,
  DateRangeQuery,
  ProviderCreateInput,
  ProviderDto,
  ProviderUpdateInput,
  TimeOffCreateInput,
  TimeOffDto,
  WeeklyHoursDto,
  WeeklyHoursInput,
} from './providers.schema.ts';
import type { NewProviderRow, ProviderRow, TimeOffRow } from './providers.tables.ts';

/** Public: who the provider is, nothing that reaches a person (no account, no email). */
function toPublicProviderDto(row: ProviderRow): ProviderDto {
  return { id: row.id, name: row.name, bio: row.bio, active: row.active };
}

function toStaffProviderDto(row: ProviderRow, serviceIds: string[]): ProviderDto {
  return { ...toPublicProviderDto(row), userId: row.userId, timeZone: row.timeZone, serviceIds };
}

const toTimeOffDto = (row: TimeOffRow): TimeOffDto => ({
  id: row.id,
  startsAt: row.startsAt.toISOString(),
  endsAt: row.endsAt.toISOString(),
  note: row.note,
});

const fieldError = (path: string, message: string, where = 'body') =>
  new DomainError('validation_failed', {}, [{ in: where, path, message }]);

export async function requireProvider(
  tx: Db,
  ctx: RequestContext,
  providerId: string,
  lock = false,
): Promise<ProviderRow> {
  const row = await findProvider(tx, ctx.org.id, providerId, lock);
  if (!row) throw new DomainError('provider_not_found');
  return row;
}

/** A provider's account must be staff or admin of the same organisation, and be no other provider. */
async function checkLinkedAccount(tx: Db, ctx: RequestContext, userId: string | null | undefined): Promise<void> {
  if (!userId) return;
  // The lock keeps the role from being lowered to customer while the link is made.
  const user = await findUserById(tx, ctx.org.id, userId, true);
  if (!user) throw new DomainError('user_not_found', {}, { userId });
  if (user.role !== 'staff' && user.role !== 'admin') throw new DomainError('provider_account_not_staff');
}

const accountTaken = (error: unknown): never => {
  if (violatedConstraint(error) === 'providers_one_per_user') throw new DomainError('provider_account_taken');
  throw error;
};

export async function createProvider(
  db: Db,
  ctx: RequestContext,
  input: ProviderCreateInput,
  idempotency: IdempotencyRequest | null,
) {
  return transaction(db, (tx) =>
    runIdempotent(tx, ctx.org.id, idempotency, async () => {
      await checkLinkedAccount(tx, ctx, input.userId);
      const row = await insertProvider(tx, {
        ...input,
        timeZone: input.timeZone ?? ctx.org.timeZone,
        orgId: ctx.org.id,
      }).catch(accountTaken);
      const dto = toStaffProviderDto(row, []);
      await recordAudit(tx, ctx, { action: 'provider.created', entityType: 'provider', entityId: row.id, after: dto });
      return { status: 201, body: dto };
    }),
  );
}

export async function updateProvider(
  db: Db,
  ctx: RequestContext,
  providerId: string,
  input: ProviderUpdateInput,
): Promise<ProviderDto> {
  return transaction(db, async (tx) => {
    const before = await requireProvider(tx, ctx, providerId, true);
    await checkLinkedAccount(tx, ctx, input.userId);
    const after = await updateProviderRow(tx, ctx.org.id, providerId, input as Partial<NewProviderRow>).catch(
      accountTaken,
    );
    const serviceIds = (await selectServiceIdsByProvider(tx, ctx.org.id, [providerId])).get(providerId) ?? [];
    const dto = toStaffProviderDto(after, serviceIds);
    await recordAudit(tx, ctx, {
      action: 'provider.updated',
      entityType: 'provider',
      entityId: providerId,
      before: toStaffProviderDto(before, serviceIds),
      after: dto,
    });
    return dto;
  });
}

/**
 * Removes the provider with its schedule and its place in services' provider lists. A provider with
 * bookings is kept (their history names it): 409 provider_in_use, deactivate it instead.
 */
export async function deleteProvider(db: Db, ctx: RequestContext, providerId: string): Promise<void> {
  await transaction(db, async (tx) => {
    const row = await requireProvider(tx, ctx, providerId, true);
    await deleteProviderRow(tx, ctx.org.id, providerId).catch(
      refuseIfReferenced(() => new DomainError('provider_in_use')),
    );
    await recordAudit(tx, ctx, {
      action: 'provider.deleted',
      entityType: 'provider',
      entityId: providerId,
      before: toStaffProviderDto(row, []),
    });
  });
}

/** Staff see every provider with its account link; the public sees active ones, by name and bio. */
export async function listProviders(db: Db, ctx: RequestContext, active: boolean | undefined): Promise<ProviderDto[]> {
  if (!hasRole(ctx, 'staff')) return (await selectProviders(db, ctx.org.id, true)).map(toPublicProviderDto);
  const rows = await selectProviders(db, ctx.org.id, active);
  const services = await selectServiceIdsByProvider(
    db,
    ctx.org.id,
    rows.map((row) => row.id),
  );
  return rows.map((row) => toStaffProviderDto(row, services.get(row.id) ?? []));
}

export async function getProvider(db: Db, ctx: RequestContext, providerId: string): Promise<ProviderDto> {
  const row = await requireProvider(db, ctx, providerId);
  if (!hasRole(ctx, 'staff')) return toPublicProviderDto(row);
  const services = await selectServiceIdsByProvider(db, ctx.org.id, [providerId]);
  return toStaffProviderDto(row, services.get(providerId) ?? []);
}

// --- schedules ----------------------------------------------------------------------------------------

/**
 * Intervals of one day must not overlap (touching is fine: 09:00–12:00 and 12:00–17:00). Checked here to
 * name the pair; the exclusion constraint holds it for every writer.
 */
function checkNoOverlap<T extends NewInterval>(intervals: T[], dayOf: (interval: T) => string | number): void {
  const sorted = intervals
    .map((interval, index) => ({ interval, index }))
    .sort(
      (a, b) =>
        String(dayOf(a.interval)).localeCompare(String(dayOf(b.interval))) ||
        a.interval.start.localeCompare(b.interval.start),
    );
  for (let i = 1; i < sorted.length; i++) {
    const previous = sorted[i - 1] as (typeof sorted)[number];
    const current = sorted[i] as (typeof sorted)[number];
    if (dayOf(previous.interval) === dayOf(current.interval) && current.interval.start < previous.interval.end) {
      throw new DomainError('schedule_overlap', {}, { intervals: [previous.index, current.index] });
    }
  }
}

const overlapRefused = (error: unknown): never => {
  if (violatedConstraint(error)?.endsWith('_no_overlap')) throw new DomainError('schedule_overlap');
  throw error;
};

async function checkLocations(tx: Db, ctx: RequestContext, intervals: NewInterval[]): Promise<void> {
  const ids = new Set(intervals.map((interval) => interval.locationId).filter((id) => id !== null));
  for (const id of ids) await requireLocation(tx, ctx.org.id, id);
}

export async function getWeeklyHours(db: Db, ctx: RequestContext, providerId: string): Promise<WeeklyHoursDto> {
  const provider = await requireProvider(db, ctx, providerId);
  const rows = await selectWeeklyHours(db, ctx.org.id, providerId);
  return {
    timeZone: provider.timeZone,
    intervals: rows.map((row) => ({
      weekday: row.weekday,
      start: row.startTime,
      end: row.endTime,
      locationId: row.locationId,
    })),
  };
}

/** The whole week at once: the old hours go and the new ones arrive in one transaction, or nothing changes. */
export async function putWeeklyHours(
  db: Db,
  ctx: RequestContext,
  providerId: string,
  input: WeeklyHoursInput,
): Promise<WeeklyHoursDto> {
  checkNoOverlap(input.intervals, (interval) => interval.weekday);
  return transaction(db, async (tx) => {
    await requireProvider(tx, ctx, providerId, true);
    await checkLocations(tx, ctx, input.intervals);
    const before = await getWeeklyHours(tx, ctx, providerId);
    await replaceWeeklyHours(tx, ctx.org.id, providerId, input.intervals).catch(overlapRefused);
    const after = await getWeeklyHours(tx, ctx, providerId);
    await recordAudit(tx, ctx, {
      action: 'provider.hours.replaced',
      entityType: 'provider',
      entityId: providerId,
      before,
      after,
    });
    return after;
  });
}

function toOverrideDto(date: string, intervals: NewInterval[]): DateOverrideDto {
  return {
    date,
    closed: intervals.length === 0,
    intervals: intervals.map(({ start, end, locationId }) => ({ start, end, locationId })),
  };
}

const todayIn = (zone: string, now: Date): string => DateTime.fromJSDate(now, { zone }).toISODate() ?? '';

export async function listOverrides(
  db: Db,
  ctx: RequestContext,
  providerId: string,
  query: DateRangeQuery,
  now: Date,
): Promise<DateOverrideDto[]> {
  const provider = await requireProvider(db, ctx, providerId);
  const from = query.from ?? todayIn(provider.timeZone, now);
  const to = query.to ?? DateTime.fromISO(from).plus({ years: 1 }).toISODate() ?? from;
  if (to < from) throw fieldError('to', 'must not be before from', 'querystring');
  const rows = await selectOverrides(db, ctx.org.id, providerId, { from, to });
  return rows.map((row) =>
    toOverrideDto(
      row.date,
      row.intervals.map((interval) => ({
        start: interval.startTime,
        end: interval.endTime,
        locationId: interval.locationId,
      })),
    ),
  );
}

/** Sets the hours of one local date (replacing any override of it); no intervals closes the day. */
export async function putOverride(
  db: Db,
  ctx: RequestContext,
  providerId: string,
  date: string,
  input: DateOverrideInput,
): Promise<DateOverrideDto> {
  checkNoOverlap(input.intervals, () => date);
  return transaction(db, async (tx) => {
    await requireProvider(tx, ctx, providerId, true);
    await checkLocations(tx, ctx, input.intervals);
    const [before] = await selectOverrides(tx, ctx.org.id, providerId, { from: date, to: date });
    await deleteOverride(tx, ctx.org.id, providerId, date);
    await insertOverride(tx, ctx.org.id, providerId, date, input.intervals).catch(overlapRefused);
    const dto = toOverrideDto(date, input.intervals);
    await recordAudit(tx, ctx, {
      action: 'provider.override.set',
      entityType: 'provider',
      entityId: providerId,
      before: before ?? null,
      after: dto,
    });
    return dto;
  });
}

export async function removeOverride(db: Db, ctx: RequestContext, providerId: string, date: string): Promise<void> {
  await transaction(db, async (tx) => {
    await requireProvider(tx, ctx, providerId, true);
    const [before] = await selectOverrides(tx, ctx.org.id, providerId, { from: date, to: date });
    if (!before) throw new DomainError('not_found');
    await deleteOverride(tx, ctx.org.id, providerId, date);
    await recordAudit(tx, ctx, {
      action: 'provider.override.removed',
      entityType: 'provider',
      entityId: providerId,
      before,
    });
  });
}

/** Admins manage everyone's time off; a staff member also their own, as the provider they are linked to. */
function requireTimeOffWriter(ctx: RequestContext, provider: ProviderRow): void {
  const user = requireRole(ctx, 'staff');
  if (user.role !== 'admin' && provider.userId !== user.id) throw new DomainError('forbidden');
}

export async function listTimeOff(
  db: Db,
  ctx: RequestContext,
  providerId: string,
  query: DateRangeQuery,
  now: Date,
): Promise<TimeOffDto[]> {
  const provider = await requireProvider(db, ctx, providerId);
  const zone = provider.timeZone;
  const from = query.from ? DateTime.fromISO(query.from, { zone }).toJSDate() : now;
  const to = query.to ? DateTime.fromISO(query.to, { zone }).plus({ days: 1 }).toJSDate() : undefined;
  if (to && to <= from) throw fieldError('to', 'must not be before from', 'querystring');
  return (await selectTimeOff(db, ctx.org.id, providerId, { from, to })).map(toTimeOffDto);
}

export async function createTimeOff(
  db: Db,
  ctx: RequestContext,
  providerId: string,
  input: TimeOffCreateInput,
  idempotency: IdempotencyRequest | null,
) {
  return transaction(db, async (tx) => {
    const provider = await requireProvider(tx, ctx, providerId, true);
    requireTimeOffWriter(ctx, provider);
    const startsAt = parseDateTime(input.startsAt, provider.timeZone, 'startsAt');
    const endsAt = parseDateTime(input.endsAt, provider.timeZone, 'endsAt');
    if (endsAt <= startsAt) throw fieldError('endsAt', 'must be after startsAt');
    return runIdempotent(tx, ctx.org.id, idempotency, async () => {
      const row = await insertTimeOff(tx, { orgId: ctx.org.id, providerId, startsAt, endsAt, note: input.note });
      const dto = toTimeOffDto(row);
      await recordAudit(tx, ctx, {
        action: 'provider.time_off.created',
        entityType: 'provider',
        entityId: providerId,
        after: dto,
      });
      return { status: 201, body: dto };
    });
  });
}

export async function deleteTimeOff(db: Db, ctx: RequestContext, providerId: string, timeOffId: string): Promise<void> {
  await transaction(db, async (tx) => {
    const provider = await requireProvider(tx, ctx, providerId, true);
    requireTimeOffWriter(ctx, provider);
    const row = await deleteTimeOffRow(tx, ctx.org.id, providerId, timeOffId);
    if (!row) throw new DomainError('not_found');
    await recordAudit(tx, ctx, {
      action: 'provider.time_off.deleted',
      entityType: 'provider',
      entityId: providerId,
      before: toTimeOffDto(row),
    });
  });
}
