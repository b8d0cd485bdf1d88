import type { RequestContext } from '../../platform/context.ts';
import { type Db, transaction, violatedConstraint } from '../../platform/db.ts';
import { DomainError } from '../../platform/errors.ts';
import { type IdempotencyRequest, runIdempotent } from '../../platform/idempotency.ts';
import { enqueueWebhookEvent, scheduleReminder } from '../../platform/jobs.ts';
import { parseDateBoundary, parseDateTime, toLocalIso } from '../../platform/time.ts';
import { recordAudit } from '../audit/audit.service.ts';
import {
  cancelActiveBookingsOfClass,
  countBookingsOfClass,
  selectActiveBookingIds,
} from '../bookings/bookings.repo.ts';
import { bookingSnapshot } from '../bookings/bookings.dto.ts';
import { queueBookingCancelled } from '../bookings/bookings.outbox.ts';
import { settleCancelledBooking } from '../payments/payments.service.ts';
import { requireLocation } from '../locations/locations.service.ts';
import type { ClassCreateInput, ClassDto, ClassListQuery, ClassUpdateInput } from './classes.schema.ts';
import type { ClassRow } from './classes.tables.ts';
import {
  type NewClassRow,
  deleteClassRow,
  findClass,
  insertClass,
  selectClasses,
  updateClassRow,
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

const fieldError = (path: string, message: string) =>
  new DomainError('validation_failed', {}, [{ in: 'body', path, message }]);

/** Rules every version of a class obeys; the table's CHECKs back them. */
function checkClassShape(row: Pick<NewClassRow, 'startsAt' | 'endsAt' | 'maxSpots' | 'maxSpotsPerCustomer'>): void {
  if (row.endsAt <= row.startsAt) throw fieldError('endsAt', 'must be after startsAt');
  if ((row.maxSpotsPerCustomer ?? 1) > row.maxSpots) {
    throw fieldError('maxSpotsPerCustomer', 'cannot be more than maxSpots');
  }
}

function toRowChanges(ctx: RequestContext, input: ClassUpdateInput): Partial<NewClassRow> {
  const zone = ctx.org.timeZone;
  const { startsAt, endsAt, price, ...rest } = input;
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
  const values = { ...toRowChanges(ctx, input), orgId: ctx.org.id } as NewClassRow;
  checkClassShape(values);
  return transaction(db, (tx) =>
    runIdempotent(tx, ctx.org.id, idempotency, async () => {
      if (values.locationId) await requireLocation(tx, ctx.org.id, values.locationId);
      const row = await insertClass(tx, values);
      const dto = toClassDto(row, ctx.org.timeZone);
      await recordAudit(tx, ctx, { action: 'class.created', entityType: 'class', entityId: row.id, after: dto });
      return { status: 201, body: dto };
    }),
  );
}

export async function updateClass(
  db: Db,
  ctx: RequestContext,
  classId: string,
  input: ClassUpdateInput,
  now: Date,
): Promise<ClassDto> {
  const changes = toRowChanges(ctx, input);
  return transaction(db, async (tx) => {
    const before = await findClass(tx, ctx.org.id, classId, true);
    if (!before) throw new DomainError('class_not_found');
    if (before.status === 'cancelled') throw new DomainError('class_cancelled');
    checkClassShape({ ...before, ...changes });
    if (changes.locationId) await requireLocation(tx, ctx.org.id, changes.locationId);
    if (changes.maxSpots !== undefined && changes.maxSpots < before.spotsTaken) {
      throw new DomainError('capacity_below_booked', { taken: before.spotsTaken });
    }
    const after = await updateClassRow(tx, ctx.org.id, classId, changes).catch((error: unknown) => {
      if (violatedConstraint(error) === 'classes_capacity') {
        throw new DomainError('capacity_below_booked', { taken: before.spotsTaken });
      }
      throw error;
    });
    if (after.startsAt.getTime() !== before.startsAt.getTime()) {
      for (const bookingId of await selectActiveBookingIds(tx, ctx.org.id, classId)) {
        await scheduleReminder(tx, ctx.org, { id: bookingId, startsAt: after.startsAt }, now);
      }
    }
    const dto = toClassDto(after, ctx.org.timeZone);
    await recordAudit(tx, ctx, {
      action: 'class.updated',
      entityType: 'class',
      entityId: classId,
      before: toClassDto(before, ctx.org.timeZone),
      after: dto,
    });
    return dto;
  });
}

/** A class with bookings is never deleted: that would erase customers' history. Cancel it instead. */
export async function deleteClass(db: Db, ctx: RequestContext, classId: string): Promise<void> {
  await transaction(db, async (tx) => {
    const row = await findClass(tx, ctx.org.id, classId, true);
    if (!row) throw new DomainError('class_not_found');
    const count = await countBookingsOfClass(tx, ctx.org.id, classId);
    if (count > 0) throw new DomainError('class_has_bookings', { count });
    await deleteClassRow(tx, ctx.org.id, classId);
    await recordAudit(tx, ctx, {
      action: 'class.deleted',
      entityType: 'class',
      entityId: classId,
      before: toClassDto(row, ctx.org.timeZone),
    });
  });
}

export interface CancelledClass {
  class: ClassDto;
  cancelledBookingIds: string[];
}

/** Cancels the class and every active booking in it; already cancelled is a no-op. */
export async function cancelClass(
  db: Db,
  ctx: RequestContext,
  classId: string,
  reason: string | undefined,
  now: Date,
): Promise<CancelledClass> {
  return transaction(db, async (tx) => {
    const before = await findClass(tx, ctx.org.id, classId, true);
    if (!before) throw new DomainError('class_not_found');
    if (before.status === 'cancelled') return { class: toClassDto(before, ctx.org.timeZone), cancelledBookingIds: [] };
    const cancelled = await cancelActiveBookingsOfClass(tx, ctx.org.id, classId, now, reason ?? 'class_cancelled');
    const after = await updateClassRow(tx, ctx.org.id, classId, { status: 'cancelled', cancelledAt: now });
    const dto = toClassDto(after, ctx.org.timeZone);
    await recordAudit(tx, ctx, {
      action: 'class.cancelled',
      entityType: 'class',
      entityId: classId,
      before: { status: before.status, spotsTaken: before.spotsTaken },
      after: { status: after.status, reason: reason ?? null, cancelledBookings: cancelled.length },
    });
    await enqueueWebhookEvent(tx, ctx.org.id, 'class.cancelled', { class: dto, reason: reason ?? null }, now);
    for (const booking of cancelled) {
      await queueBookingCancelled(tx, ctx.org.id, booking.id, 'class_cancelled');
      await settleCancelledBooking(tx, ctx, booking.id, now);
      await enqueueWebhookEvent(
        tx,
        ctx.org.id,
        'booking.cancelled',
        await bookingSnapshot(tx, ctx, booking.id, now),
        now,
      );
      await recordAudit(tx, ctx, {
        action: 'booking.cancelled',
        entityType: 'booking',
        entityId: booking.id,
        before: { status: booking.previousStatus },
        after: { status: 'cancelled', cancelledBy: 'staff', reason: booking.cancelReason },
      });
    }
    return { class: dto, cancelledBookingIds: cancelled.map((booking) => booking.id) };
  });
}

export async function listClasses(db: Db, ctx: RequestContext, query: ClassListQuery, now: Date): Promise<ClassDto[]> {
  const zone = ctx.org.timeZone;
  const from = query.from ? parseDateBoundary(query.from, zone, 'from') : now;
  const to = query.to ? parseDateBoundary(query.to, zone, 'to', true) : undefined;
  if (to && to <= from) {
    throw new DomainError('validation_failed', {}, [{ in: 'querystring', path: 'to', message: 'must be after from' }]);
  }
  const rows = await selectClasses(db, ctx.org.id, { from, to, status: query.status, limit: query.limit });
  return rows.map((row) => toClassDto(row, zone));
}

export async function getClass(db: Db, ctx: RequestContext, classId: string): Promise<ClassDto> {
  const row = await findClass(db, ctx.org.id, classId);
  if (!row) throw new DomainError('class_not_found');
  return toClassDto(row, ctx.org.timeZone);
}
