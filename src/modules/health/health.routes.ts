import { sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Services } from '../../platform/services.ts';
import type { ZodApp } from '../../platform/http.ts';

const healthSchema = z
  .object({
    status: z.enum(['ok', 'unavailable']),
    database: z.object({ kind: z.enum(['pglite', 'postgres']), ok: z.boolean(), durationMs: z.number() }),
    uptimeSeconds: z.number(),
  })
  .meta({ id: 'Health' });

const PING_TIMEOUT_MS = 2_000;

export function healthRoutes(app: ZodApp, { db, database }: Services): void {
  app.get(
    '/api/health',
    {
      schema: {
        tags: ['operations'],
        summary: 'Liveness and database check; 503 when the database does not answer',
        response: { 200: healthSchema, 503: healthSchema },
      },
    },
    async (_request, reply) => {
      const started = performance.now();
      const ok = await Promise.race([
        db.execute(sql`SELECT 1`).then(
          () => true,
          () => false,
        ),
        new Promise<boolean>((resolve) => setTimeout(resolve, PING_TIMEOUT_MS, false).unref()),
      ]);
      const body = {
        status: ok ? ('ok' as const) : ('unavailable' as const),
        database: { kind: database.kind, ok, durationMs: Math.round((performance.now() - started) * 100) / 100 },
        uptimeSeconds: Math.round(process.uptime()),
      };
      return reply.code(ok ? 200 : 503).send(body);
    },
  );
}
