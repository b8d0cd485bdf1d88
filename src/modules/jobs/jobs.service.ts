import { type RequestContext, requireRole } from '../../platform/context.ts';
import { type Db, transaction } from '../../platform/db.ts';
import { DomainError } from '../../platform/errors.ts';
import { type JobRow, retryJob } from '../../platform/jobs.ts';
import { recordAudit } from '../audit/audit.service.ts';

/**
 * An admin queues a dead or cancelled job again. Audited like every staff change: a retried mail or
 * webhook goes out again, and the log says who sent it.
 */
export async function retryJobAs(db: Db, ctx: RequestContext, jobId: number): Promise<JobRow> {
  requireRole(ctx, 'admin');
  return transaction(db, async (tx) => {
    const row = await retryJob(tx, ctx.org.id, jobId);
    if (row === 'overtaken') throw new DomainError('job_overtaken');
    if (!row) throw new DomainError('job_not_retryable');
    // The audit log names entities by uuid and a job's id is a number: the entry is the organisation's.
    await recordAudit(tx, ctx, {
      action: 'job.retried',
      entityType: 'organisation',
      entityId: ctx.org.id,
      after: { jobId: row.id, kind: row.kind, status: row.status },
    });
    return row;
  });
}
