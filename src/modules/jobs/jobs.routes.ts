import { z } from 'zod';
import type { Services } from '../../platform/services.ts';
import { requireRole } from '../../platform/context.ts';
import type { ZodApp } from '../../platform/http.ts';
import { type JobRow, jobStatuses, listJobs } from '../../platform/jobs.ts';
import { dismissJobAs, retryJobAs } from './jobs.service.ts';

const jobSchema = z
  .object({
    id: z.number().int(),
    kind: z.string(),
    status: z.enum(jobStatuses),
    attempts: z.number().int(),
    maxAttempts: z.number().int(),
    runAt: z.iso.datetime(),
    lastError: z.string().nullable(),
    result: z.string().nullable(),
    createdAt: z.iso.datetime(),
    finishedAt: z.iso.datetime().nullable(),
    overtaken: z
      .boolean()
      .describe(
        'A later job of the same booking (its mails go in order) has already run: retrying this one answers 409 job_overtaken',
      ),
  })
  .meta({ id: 'Job' });

// The payload is left out: it may hold a password reset link.
const toJobDto = (row: JobRow, overtaken = false) => ({
  id: row.id,
  kind: row.kind,
  status: row.status,
  attempts: row.attempts,
  maxAttempts: row.maxAttempts,
  runAt: row.runAt.toISOString(),
  lastError: row.lastError,
  result: row.result,
  createdAt: row.createdAt.toISOString(),
  finishedAt: row.finishedAt?.toISOString() ?? null,
  overtaken,
});

const jobIdParams = z.strictObject({ jobId: z.coerce.number().int().positive() });

export function jobRoutes(app: ZodApp, { db }: Services): void {
  app.get(
    '/jobs',
    {
      schema: {
        tags: ['jobs'],
        summary: 'Background jobs (mail, webhooks), newest first; status=dead lists those that failed for good (admin)',
        querystring: z.strictObject({
          status: z.enum(jobStatuses).optional(),
          limit: z.coerce.number().int().min(1).max(500).default(100),
        }),
        response: { 200: z.object({ jobs: z.array(jobSchema) }) },
      },
    },
    async (request) => {
      requireRole(request.ctx, 'admin');
      return {
        jobs: (await listJobs(db, request.ctx.org.id, request.query)).map(({ job, overtaken }) =>
          toJobDto(job, overtaken),
        ),
      };
    },
  );

  app.post(
    '/jobs/:jobId/retry',
    {
      schema: {
        tags: ['jobs'],
        summary: 'Queue a dead or cancelled job again with fresh attempts (admin)',
        params: jobIdParams,
        response: { 200: jobSchema },
      },
    },
    async (request) => toJobDto(await retryJobAs(db, request.ctx, request.params.jobId)),
  );

  app.post(
    '/jobs/:jobId/dismiss',
    {
      schema: {
        tags: ['jobs'],
        summary:
          'Set a dead job aside without running it (admin): it becomes cancelled, leaves the failed list and is pruned with the other finished jobs',
        params: jobIdParams,
        response: { 200: jobSchema },
      },
    },
    async (request) => toJobDto(await dismissJobAs(db, request.ctx, request.params.jobId)),
  );
}
