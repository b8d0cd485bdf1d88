import type { FastifyReply, FastifyRequest } from 'fastify';
import type { App } from '../../platform/http.ts';
import { type Metrics, runMeasured } from '../../platform/metrics.ts';

const BOOKINGS_ROUTE = '/api/v1/bookings';
const HOLDS_ROUTE = '/api/v1/holds';

/**
 * Counts every request by route template (a 404 that matched no route is `unmatched`: raw URLs would
 * make a series per probe), and bookings and holds as their routes answer them — from the route and the
 * answer alone, so that the checkout code stays free of metrics. Installed on the root instance before
 * any route, so that every route gets the hooks.
 */
export function instrumentHttp(app: App, metrics: Metrics): void {
  app.addHook('onRequest', (_request, _reply, done) => runMeasured(metrics, Date.now(), done));
  // Before serialisation, the answer is still the object the route built: nothing to parse back.
  app.addHook('preSerialization', (request, reply, payload, done) => {
    if (request.method === 'POST') countBookingAnswer(metrics, request, reply, payload);
    done(null, payload);
  });
  app.addHook('onResponse', (request, reply, done) => {
    metrics.httpDuration.observe(
      { method: request.method, route: request.routeOptions.url ?? 'unmatched', status_code: String(reply.statusCode) },
      reply.elapsedTime / 1000,
    );
    done();
  });
}

function countBookingAnswer(metrics: Metrics, request: FastifyRequest, reply: FastifyReply, payload: unknown): void {
  const route = request.routeOptions.url;
  if ((route !== BOOKINGS_ROUTE && route !== HOLDS_ROUTE) || typeof payload !== 'object' || payload === null) return;
  const status = reply.statusCode;
  // A 200 is the customer's existing booking, a replayed 201 an answer already counted.
  if (status < 400 && (status !== 201 || reply.hasHeader('idempotent-replayed'))) return;
  const body = payload as { kind?: unknown; booking?: { kind?: unknown }; error?: { code?: unknown } };
  if (status === 201) {
    const kind = String((route === BOOKINGS_ROUTE ? body.booking?.kind : body.kind) ?? 'unknown');
    (route === BOOKINGS_ROUTE ? metrics.bookingsCreated : metrics.holdsCreated).inc({ kind });
    return;
  }
  metrics.bookingsRefused.inc({
    operation: route === BOOKINGS_ROUTE ? 'booking' : 'hold',
    kind: requestedKind(request.body),
    reason: typeof body.error?.code === 'string' ? body.error.code : String(status),
  });
}

/** What the request asked for; a booking that names only a hold says neither. */
function requestedKind(body: unknown): string {
  const fields = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
  if (fields.classId !== undefined) return 'class';
  if (fields.serviceId !== undefined) return 'appointment';
  return 'unknown';
}
