import { type RequestContext, requireRole } from '../../platform/context.ts';
import { type Db, transaction } from '../../platform/db.ts';
import { DomainError } from '../../platform/errors.ts';
import { type JobRow, dismissJob, retryJob } from '../../platform/jobs.ts';
import { recordAudit } from '../audit/audit.service.ts';

/**
 * An admin queues a dead or cancelled job again. Audited like every staff change: a retried mail or
 * webhook goes out again, and the log says who sent it.
 */
export async function retryJobAs(db: Db, ctx: RequestContext, jobId: number): Promise<JobRow> {
  return changeJobAs(db, ctx, 'job.retried', async (tx) => {
    const row = await retryJob(tx, ctx.org.id, jobId);
    if (row === 'overtaken') throw new DomainError('job_overtaken');
    if (!row) throw new DomainError('job_not_retryable');
    return row;
  });
}

/** An admin sets a dead job aside (it leaves the failed list, unsent); audited like a retry. */
export async function dismissJobAs(db: Db, ctx: RequestContext, jobId: number): Promise<JobRow> {
  return changeJobAs(db, ctx, 'job.dismissed', async (tx) => {
    const row = await dismissJob(tx, ctx.org.id, jobId);
    if (!row) throw new DomainError('job_not_dismissible');
    return row;
  });
}

async function changeJobAs(
  db: Db,
  ctx: RequestContext,
  action: string,
  change: (tx: Db) => Promise<JobRow>,
): Promise<JobRow> {
  requireRole(ctx, 'admin');
  return transaction(db, async (tx) => {
    const row = await change(tx);
    // The audit log names entities by uuid and a job's id is a number: the entry is the organisation's.
    await recordAudit(tx, ctx, {
      action,
      entityType: 'organisation',
      entityId: ctx.org.id,
      after: { jobId: row.id, kind: row.kind, status: row.status },
    });
    return row;
  });
}
