/**
 * Class changes that reach into the class's bookings, so they are served here (bookings may read
 * classes; classes knows nothing of bookings): moving a class moves its bookings' reminders, and a
 * class with bookings is never deleted. Cancelling a class also refunds, so it is in checkout.
 */
import type { RequestContext } from '../../platform/context.ts';
import { type Db, transaction, violatedConstraint } from '../../platform/db.ts';
import { DomainError } from '../../platform/errors.ts';
import { scheduleReminder } from '../../platform/jobs.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { deleteClassRow, findClass, updateClassRow } from '../classes/classes.repo.ts';
import type { ClassDto, ClassUpdateInput } from '../classes/classes.schema.ts';
import { checkClassShape, requireClassType, toClassDto, toRowChanges } from '../classes/classes.service.ts';
import { requireLocation } from '../locations/locations.service.ts';
import { countBookingsOfClass, selectActiveBookingIds } from './bookings.repo.ts';

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
    if (changes.classTypeId) await requireClassType(tx, ctx.org.id, changes.classTypeId);
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
