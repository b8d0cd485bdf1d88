import { randomUUID } from 'node:crypto';
import Fastify, {
  LogController,
  type FastifyBaseLogger,
  type FastifyError,
  type FastifyInstance,
  type FastifyReply,
  type FastifyRequest,
  type RawServerDefault,
} from 'fastify';
import { type IncomingMessage, STATUS_CODES, type ServerResponse } from 'node:http';
import { BlockList, type Socket, isIPv4, isIPv6 } from 'node:net';
import {
  hasZodFastifySchemaValidationErrors,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import type { Logger } from 'pino';
import type { z } from 'zod';
import type { TrustProxy } from './config.ts';
import { isDatabaseUnavailable } from './db.ts';
import { fieldMessage } from './field-messages.ts';
import { DomainError, type ErrorCode, errorStatus } from './errors.ts';
import { type Locale, errorMessage, negotiateLocale, withContact } from './i18n.ts';
import { type IdempotencyRequest, type StoredResponse, hashBody, parseIdempotencyKey } from './idempotency.ts';
import { requestScope } from './process-guards.ts';
import { malformedPart } from './schemas.ts';
import { serializerCompiler } from './serialize.ts';

/** The longest path part (an id, a token) a route takes; a longer one is 414 uri_too_long. */
const MAX_PATH_PART = 100;

/**
 * The answer for a path no route takes. A route whose parameter is over-long is not taken, so the
 * request lands here (a GET, on the web app's catch-all) rather than at the router's own 414: the
 * over-long part is named the same way wherever it lands.
 */
export function routeNotFound(url: string): DomainError {
  const parts = (url.split('?', 1)[0] ?? '').split('/');
  return new DomainError(parts.some((part) => part.length > MAX_PATH_PART) ? 'uri_too_long' : 'route_not_found');
}

export type App = FastifyInstance;
export type ZodApp = FastifyInstance<
  RawServerDefault,
  IncomingMessage,
  ServerResponse,
  FastifyBaseLogger,
  ZodTypeProvider
>;

export const REQUEST_ID_HEADER = 'x-request-id';
const REQUEST_ID_PATTERN = /^[\w.:-]{1,128}$/;
export const BODY_LIMIT = 64 * 1024;

/** Fastify's own error codes for bad requests, mapped to ours. */
const fastifyCodes: Record<string, ErrorCode> = {
  FST_ERR_CTP_BODY_TOO_LARGE: 'payload_too_large',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'unsupported_media_type',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'validation_failed',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'invalid_json',
  FST_ERR_CTP_INVALID_JSON_BODY: 'invalid_json',
  FST_ERR_VALIDATION: 'validation_failed',
  FST_ERR_BAD_URL: 'bad_request',
  FST_ERR_ASYNC_CONSTRAINT: 'bad_request',
  FST_ERR_MAX_PARAM_LENGTH: 'uri_too_long',
};

export interface HttpOptions {
  logger: Logger;
  trustProxy: TrustProxy;
  /** Old addresses that still answer, rewritten before routing. */
  rewriteUrl?: (url: string) => string;
  /**
   * In development, one line per finished request at debug instead of two at info: the startup
   * banner and the log stay readable while the web app fetches.
   */
  quietRequests?: boolean;
  /**
   * The most a client may take to send a whole request, headers and body (default 30 s): a slow
   * sender (one byte every few seconds) is answered 408 and its connection closed, rather than held
   * open until the process runs out of sockets.
   */
  requestTimeoutMs?: number;
}

const REQUEST_TIMEOUT_MS = 30_000;

/** Loopback and private ranges: where a reverse proxy in front of Slotwise would connect from. */
const privateRanges = new BlockList();
for (const [network, prefix] of [
  ['127.0.0.0', 8],
  ['10.0.0.0', 8],
  ['172.16.0.0', 12],
  ['192.168.0.0', 16],
] as const)
  privateRanges.addSubnet(network, prefix, 'ipv4');
privateRanges.addSubnet('fc00::', 7, 'ipv6');
privateRanges.addAddress('::1', 'ipv6');

const nearby = (address: string | undefined): boolean => {
  if (!address) return false;
  const v4 = address.startsWith('::ffff:') ? address.slice(7) : address;
  return isIPv4(v4) ? privateRanges.check(v4, 'ipv4') : isIPv6(address) && privateRanges.check(address, 'ipv6');
};

export function createHttpServer({
  logger,
  trustProxy,
  rewriteUrl,
  quietRequests,
  requestTimeoutMs = REQUEST_TIMEOUT_MS,
}: HttpOptions): App {
  const app: App = Fastify({
    // Fastify's own default (0) would switch off Node's limit on slow requests altogether. Node looks
    // for requests past it on an interval, so the cut comes within one more interval.
    requestTimeout: requestTimeoutMs,
    http: {
      headersTimeout: Math.min(requestTimeoutMs, 60_000),
      connectionsCheckingInterval: Math.min(Math.ceil(requestTimeoutMs / 3), 10_000),
    },
    loggerInstance: logger as FastifyBaseLogger,
    // A number of proxies: the addresses those hops added are believed, the client's own entries not.
    trustProxy: typeof trustProxy === 'number' ? (_address: string, hop: number) => hop < trustProxy : trustProxy,
    bodyLimit: BODY_LIMIT,
    // Fastify would take the header as it comes; genReqId reads it and accepts only safe tokens.
    requestIdHeader: false,
    genReqId: (req) => {
      const incoming = req.headers[REQUEST_ID_HEADER];
      return typeof incoming === 'string' && REQUEST_ID_PATTERN.test(incoming) ? incoming : randomUUID();
    },
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: MAX_PATH_PART },
    // Errors met before routing (a bad percent-escape, an over-long path parameter) answer like any other.
    frameworkErrors: (error, request, reply) => sendError(request, reply, error),
    clientErrorHandler: answerClientError,
    ...(rewriteUrl ? { rewriteUrl: (req: IncomingMessage) => rewriteUrl(req.url ?? '/') } : {}),
    logController: new LogController({ disableRequestLogging: quietRequests === true }),
  });
  if (quietRequests) {
    app.addHook('onResponse', async (request, reply) => {
      request.log.debug(
        { method: request.method, url: request.url, status: reply.statusCode, ms: Math.round(reply.elapsedTime) },
        'request completed',
      );
    });
  }
  app.setValidatorCompiler((route: Parameters<typeof validatorCompiler>[0]) => {
    const validate = validatorCompiler(route);
    return (data: unknown) => {
      const malformed = malformedPart(data);
      if (malformed === null) return validate(data);
      const details = [{ in: route.httpPart ?? 'body', ...malformed }];
      return { error: new DomainError('validation_failed', {}, details) };
    };
  });
  app.setSerializerCompiler(serializerCompiler);

  // Callback hooks, not async ones: they run on every request, and an async hook costs a promise each.
  let proxyTold = trustProxy !== false;
  app.addHook('onRequest', (request, reply, done) => {
    reply.header(REQUEST_ID_HEADER, request.id);
    if (!proxyTold && request.headers['x-forwarded-for'] !== undefined && nearby(request.socket.remoteAddress)) {
      proxyTold = true;
      request.log.warn(
        { from: request.socket.remoteAddress },
        'requests arrive through a proxy (X-Forwarded-For from a private address) but TRUST_PROXY is off: every client counts as the proxy for rate limits and the audit log, so one client can lock out all. Set TRUST_PROXY (README, Configuration)',
      );
    }
    requestScope.run({ requestId: request.id }, done);
  });

  app.setNotFoundHandler((request, reply) => sendError(request, reply, routeNotFound(request.url)));
  app.setErrorHandler((error: FastifyError, request, reply) => sendError(request, reply, error));
  return app;
}

/**
 * For a route whose answer is built field by field from declared types (no row passed through, so nothing
 * to strip): JSON without the response schema's check. The schema still documents the answer. The slots
 * list uses it: checking several hundred timestamps against the schema was a fifth of its request time.
 */
export const plainJsonSerializer = () => (data: unknown) => JSON.stringify(data);

/** The organisation a request was for, once known (not for a request refused before it was read). */
const requestOrg = (request: FastifyRequest) =>
  (request as { ctx?: { org?: { contactEmail: string | null; contactPhone: string | null } } }).ctx?.org;

/** The one place where an error becomes an HTTP response. */
export function sendError(request: FastifyRequest, reply: FastifyReply, error: unknown): FastifyReply {
  const locale = requestLocale(request);
  // A client that hangs up mid-request makes reading its body fail with ECONNRESET, which must not
  // pass for a lost database connection: it is an incomplete request, and no fault of ours.
  const { code: errorCode, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  const clientGone = request.raw.readableAborted || (errorCode === 'ECONNRESET' && message === 'aborted');
  const { code, params, details } = clientGone ? { code: 'validation_failed' as const } : classify(error, locale);
  const status = errorStatus[code];
  if (clientGone) {
    request.log.info({ err: error }, 'client closed the connection before the answer');
  } else if (status >= 500 && error instanceof DomainError) {
    // Ours on purpose (payments not configured, too busy right now): a state to know about, not a fault.
    request.log.warn({ code }, 'request refused by the server');
  } else if (status >= 500) {
    request.log.error({ err: error, code }, 'request failed');
  } else {
    request.log.info({ code }, 'request refused');
  }
  if (code === 'busy' || code === 'shutting_down') reply.header('retry-after', '1');
  // Framework errors met before the onRequest hooks have not set it yet.
  reply.header(REQUEST_ID_HEADER, request.id);
  const retryAfter = (details as { retryAfterSeconds?: unknown } | undefined)?.retryAfterSeconds;
  if (code === 'rate_limited' && typeof retryAfter === 'number') reply.header('retry-after', String(retryAfter));
  return reply
    .code(status)
    .type('application/json; charset=utf-8')
    .serializer(JSON.stringify)
    .send({
      error: {
        code,
        message: withContact(errorMessage(code, locale, params), code, locale, requestOrg(request)),
        requestId: request.id,
        ...(details === undefined ? {} : { details }),
      },
    });
}

/**
 * Protocol errors (a malformed request line or header, headers over Node's size limit, a
 * timeout) never reach Fastify's request cycle, so the answer is written to the socket here,
 * in the same shape as every other error.
 */
function answerClientError(this: FastifyInstance, error: NodeJS.ErrnoException, socket: Socket): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const code: ErrorCode =
    error.code === 'HPE_HEADER_OVERFLOW'
      ? 'headers_too_large'
      : error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? 'request_timeout'
        : 'bad_request';
  const status = errorStatus[code];
  const requestId = randomUUID();
  // Not the error itself: a parser error carries the request's raw bytes (`rawPacket`), cookies and
  // passwords included.
  this.log.info({ parserCode: error.code, reason: error.message, code, requestId }, 'client error');
  const body = JSON.stringify({ error: { code, message: errorMessage(code, 'en'), requestId } });
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\n` +
        'Content-Type: application/json; charset=utf-8\r\n' +
        `Content-Length: ${Buffer.byteLength(body)}\r\n` +
        `X-Request-Id: ${requestId}\r\n` +
        'Connection: close\r\n\r\n' +
        body,
    );
  }
  socket.destroy(error);
}

function classify(
  error: unknown,
  locale: Locale,
): { code: ErrorCode; params?: Record<string, string | number>; details?: unknown } {
  if (error instanceof DomainError) {
    const details = error.code === 'validation_failed' ? inLanguage(error.details, locale) : error.details;
    return { code: error.code, params: error.params, details };
  }
  if (hasZodFastifySchemaValidationErrors(error)) {
    return {
      code: 'validation_failed',
      details: error.validation.map((issue) => ({
        in: error.validationContext ?? 'body',
        path: issueLocation(issue.instancePath, issue.params),
        message: fieldMessage(issue.message ?? '', locale, zodIssue(issue)),
      })),
    };
  }
  const fastifyCode = (error as FastifyError | undefined)?.code;
  if (fastifyCode && fastifyCodes[fastifyCode]) return { code: fastifyCodes[fastifyCode] };
  if ((error as FastifyError | undefined)?.statusCode === 405) return { code: 'method_not_allowed' };
  if (isDatabaseUnavailable(error)) return { code: 'database_unavailable' };
  return { code: 'internal_error' };
}

/** The zod issue behind a validation error (the type provider moves its code and keeps the rest as params). */
const zodIssue = (error: { keyword: string; message?: string; params: object }) =>
  ({ ...error.params, code: error.keyword, message: error.message ?? '', path: [] }) as unknown as z.core.$ZodIssue;

/** A service's field problems ({path, message}) with each message in the caller's language. */
function inLanguage(details: unknown, locale: Locale): unknown {
  if (!Array.isArray(details)) return details;
  return details.map((detail: unknown) =>
    typeof (detail as { message?: unknown })?.message === 'string'
      ? { ...(detail as object), message: fieldMessage((detail as { message: string }).message, locale) }
      : detail,
  );
}

function issueLocation(instancePath: string, params: unknown): string {
  const base = instancePath.replace(/^\//, '').replaceAll('/', '.');
  const keys = (params as { issue?: { keys?: string[] } } | undefined)?.issue?.keys;
  return keys && keys.length > 0 ? [base, keys.join(',')].filter(Boolean).join('.') : base;
}

/** The caller's language: the signed-in user's choice, else Accept-Language, else the organisation's. */
export function requestLocale(request: FastifyRequest): Locale {
  const ctx = (request as { ctx?: { locale: Locale } }).ctx;
  if (ctx) return ctx.locale;
  const header = request.headers['accept-language'];
  return negotiateLocale(typeof header === 'string' ? header : undefined, 'en');
}

/** The Idempotency-Key of a request, scoped to its route and caller. */
export function idempotencyOf(request: FastifyRequest): IdempotencyRequest | null {
  const key = parseIdempotencyKey(request.headers['idempotency-key']);
  if (!key) return null;
  // A guest is known by their address: someone elsewhere who learns the key and the body must not
  // be handed the first caller's answer (a manage token, a client secret) as a replay.
  const caller = (request as { ctx?: { user: { id: string } | null } }).ctx?.user?.id ?? `anonymous ${request.ip}`;
  return {
    scope: `${request.method} ${request.routeOptions.url} ${caller}`,
    key,
    requestHash: hashBody({ params: request.params, body: request.body }),
  };
}

/** Sends a response that may be a replay of an idempotent request. */
export function sendStored<T>(reply: FastifyReply, stored: StoredResponse<T>): FastifyReply {
  if (stored.replayed) reply.header('idempotent-replayed', 'true');
  return reply.code(stored.status).send(stored.body);
}
