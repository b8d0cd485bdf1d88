/**
 * Class changes that reach into the class's bookings, so they are served here (bookings may read
 * classes; classes knows nothing of bookings): moving a class tells its customers and moves their reminders, and a
 * class with bookings is never deleted. Cancelling a class also refunds, so it is in checkout.
 */
import type { RequestContext } from '../../platform/context.ts';
import { type Db, transaction, violatedConstraint } from '../../platform/db.ts';
import { DomainError } from '../../platform/errors.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { type NewClassRow, deleteClassRow, findClass, updateClassRow } from '../classes/classes.repo.ts';
import type { ClassDto, ClassUpdateInput } from '../classes/classes.schema.ts';
import { checkClassShape, classDto, requireClassRefs, toRowChanges } from '../classes/classes.service.ts';
import { queueBookingMoved } from './bookings.outbox.ts';
import { countBookingsOfClass, selectActiveBookingIds } from './bookings.repo.ts';

export async function updateClass(
  db: Db,
  ctx: RequestContext,
  classId: string,
  input: ClassUpdateInput,
  now: Date,
): Promise<ClassDto> {
  return transaction(db, async (tx) => {
    const current = await findClass(tx, ctx.org.id, classId, true);
    if (!current) throw new DomainError('class_not_found');
    const changes = await toRowChanges(tx, ctx, input, current.locationId);
    return changeClass(tx, ctx, classId, changes, now, 'single');
  });
}

/**
 * Changes one class inside the caller's transaction: the one path for a single class and for every
 * occurrence a series edit reaches. A class edited on its own (`single`) that belongs to a series
 * becomes an exception, so a later edit of the whole series leaves it as edited. A move tells each
 * booked customer (the moved mail with a new calendar entry) and moves their reminders.
 */
export async function changeClass(
  tx: Db,
  ctx: RequestContext,
  classId: string,
  changes: Partial<NewClassRow>,
  now: Date,
  how: 'single' | 'series',
): Promise<ClassDto> {
  const before = await findClass(tx, ctx.org.id, classId, true);
  if (!before) throw new DomainError('class_not_found');
  if (before.status === 'cancelled') throw new DomainError('class_cancelled');
  checkClassShape({ ...before, ...changes });
  await requireClassRefs(tx, ctx, changes);
  if (changes.maxSpots !== undefined && changes.maxSpots < before.spotsTaken) {
    throw new DomainError('capacity_below_booked', { taken: before.spotsTaken });
  }
  const marked = how === 'single' && before.seriesId ? { ...changes, seriesException: true } : changes;
  const after = await updateClassRow(tx, ctx.org.id, classId, marked).catch((error: unknown) => {
    if (violatedConstraint(error) === 'classes_capacity') {
      throw new DomainError('capacity_below_booked', { taken: before.spotsTaken });
    }
    throw error;
  });
  if (after.startsAt.getTime() !== before.startsAt.getTime()) {
    for (const bookingId of await selectActiveBookingIds(tx, ctx.org.id, classId)) {
      await queueBookingMoved(tx, ctx.org, { id: bookingId, startsAt: after.startsAt }, now);
    }
  }
  const dto = await classDto(tx, ctx, after);
  await recordAudit(tx, ctx, {
    action: 'class.updated',
    entityType: 'class',
    entityId: classId,
    before: await classDto(tx, ctx, before),
    after: dto,
  });
  return dto;
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
      before: await classDto(tx, ctx, row),
    });
  });
}
