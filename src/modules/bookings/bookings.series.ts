/**
 * Editing a recurring series reaches into bookings (a moved class tells its customers), so it is served
 * here: each occurrence goes through the single-class path (`changeClass`), all in one transaction.
 */
import { type RequestContext, requireUser } from '../../platform/context.ts';
import { parseDateBoundary } from '../../platform/time.ts';
import { type Db, transaction } from '../../platform/db.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { findClass } from '../classes/classes.repo.ts';
import { classZone } from '../classes/classes.service.ts';
import type { ClassDto } from '../classes/classes.schema.ts';
import type { SeriesEditInput } from '../classes/series.schema.ts';
import { repattern, retimed, scopeTargets, seriesRowChanges } from '../classes/series.service.ts';
import { DomainError } from '../../platform/errors.ts';
import { changeClass } from './bookings.classes.ts';
import { selectBookedClassIds } from './bookings.repo.ts';

export async function editSeries(
  db: Db,
  ctx: RequestContext,
  classId: string,
  input: SeriesEditInput,
  now: Date,
): Promise<{ seriesId: string | null; classes: ClassDto[] }> {
  const fields = seriesRowChanges(ctx, input.changes);
  return transaction(db, async (tx) => {
    if (input.scope === 'this') {
      const row = await findClass(tx, ctx.org.id, classId);
      if (!row) throw new DomainError('class_not_found');
      // One class's new time of day is on its own clock: its location's, else the organisation's.
      const zone = await classZone(tx, ctx, fields.locationId === undefined ? row.locationId : fields.locationId);
      const changes = { ...fields, ...retimed(row, zone, input.changes) };
      return { seriesId: row.seriesId, classes: [await changeClass(tx, ctx, classId, changes, now, 'single')] };
    }
    const { series, classes } = await scopeTargets(tx, ctx, classId, input.scope, now, true);
    await repattern(tx, ctx, series, input.changes);
    const changed: ClassDto[] = [];
    for (const row of classes) {
      const changes = { ...fields, ...retimed(row, series.timeZone, input.changes) };
      changed.push(await changeClass(tx, ctx, row.id, changes, now, 'series'));
    }
    await recordAudit(tx, ctx, {
      action: 'class_series.updated',
      entityType: 'class_series',
      entityId: series.id,
      after: { scope: input.scope, changes: input.changes, classIds: changed.map((dto) => dto.id) },
    });
    return { seriesId: series.id, classes: changed };
  });
}

/**
 * The classes between two local dates that the signed-in account has booked: only ids, only the
 * caller's, so a public week page can mark them without learning anything about anyone else.
 */
export async function listBookedClassIds(
  db: Db,
  ctx: RequestContext,
  query: { from: string; to: string },
): Promise<string[]> {
  const user = requireUser(ctx);
  const zone = ctx.org.timeZone;
  const from = parseDateBoundary(query.from, zone, 'from');
  const to = parseDateBoundary(query.to, zone, 'to', true);
  if (to <= from || to.getTime() - from.getTime() > 62 * 24 * 3600_000) {
    throw new DomainError('validation_failed', {}, [
      { in: 'querystring', path: 'to', message: 'must be after from, at most about two months later' },
    ]);
  }
  return selectBookedClassIds(db, ctx.org.id, user.id, from, to);
}
