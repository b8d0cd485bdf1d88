/**
 * Cancelling a series or one date of it: each occurrence goes through the class cancel path
 * (`cancelClassIn`: bookings cancelled, mails queued, payments refunded once), all in one transaction,
 * so there is no second refund path.
 */
import type { RequestContext } from '../../platform/context.ts';
import { type Db, transaction } from '../../platform/db.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { SeriesCancelInput } from '../classes/series.schema.ts';
import { scopeTargets } from '../classes/series.service.ts';
import { cancelClassIn } from './checkout.service.ts';

export async function cancelSeries(
  db: Db,
  ctx: RequestContext,
  classId: string,
  input: SeriesCancelInput,
  now: Date,
): Promise<{ cancelled: { classId: string; cancelledBookingIds: string[] }[] }> {
  return transaction(db, async (tx) => {
    if (input.scope === 'this') {
      const one = await cancelClassIn(tx, ctx, classId, input.reason, now);
      return { cancelled: [{ classId, cancelledBookingIds: one.cancelledBookingIds }] };
    }
    const { series, classes } = await scopeTargets(tx, ctx, classId, input.scope, now, false);
    // Nothing left to cancel is a no-op, as for a single class: no audit entry for no change.
    if (classes.length === 0) return { cancelled: [] };
    const cancelled = [];
    for (const row of classes) {
      const one = await cancelClassIn(tx, ctx, row.id, input.reason, now);
      cancelled.push({ classId: row.id, cancelledBookingIds: one.cancelledBookingIds });
    }
    await recordAudit(tx, ctx, {
      action: 'class_series.cancelled',
      entityType: 'class_series',
      entityId: series.id,
      after: { scope: input.scope, reason: input.reason ?? null, classIds: cancelled.map((c) => c.classId) },
    });
    return { cancelled };
  });
}
