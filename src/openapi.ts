// The OpenAPI document as a contract. Routes declare their shapes (zod), a summary, a description and
// tags; everything else an integrator needs is derived here, in one place, so that a new route is
// documented completely without hand work: its operationId (from method and path), its security
// (from src/access.ts), the error answers it can give (one Error schema; the status codes follow from
// its access rule, its input, its path parameters, its rate limit, and the machine codes its
// description names), the headers the API reads, and names for its success answers.
// `npm test` lints the result with Redocly and Spectral (scripts/openapi.ts).
import { STATUS_CODES } from 'node:http';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';
import { type Access, routeAccess, scopeFor } from './access.ts';
import { errorStatus, type ErrorCode } from './platform/errors.ts';

type Json = Record<string, unknown>;
type TransformInput = Parameters<typeof jsonSchemaTransform>[0];
type DocumentInput = Parameters<typeof jsonSchemaTransformObject>[0];

const API_PREFIX = '/api/v1';
/** What the route transform learns from the route itself, passed to the document transform. */
const ROUTE_FACTS = 'x-slotwise-route';

interface RouteFacts {
  access: Access;
  scope: string | null;
  /** Counted by a rate limit: the shared counters' `limit`, sign-in and reset throttling, link guessing. */
  limited: boolean;
  csrf: boolean;
}

/** Sign-in and password-reset requests are counted in PostgreSQL by the auth service, not by route config. */
const throttledByAuth = new Set(['POST /auth/sign-in', 'POST /auth/password-reset']);

const tagDescriptions: Record<string, string> = {
  auth: 'Accounts, sessions and password resets. A session is a cookie; changes made with it need `X-CSRF-Token`.',
  profile: "The signed-in person's own profile, password, email and personal data.",
  users: 'People with an account in the organisation, and their roles (admins only).',
  'api keys': 'Keys for integrations, with scopes; the secret is shown once.',
  organisation: "The organisation's public details and settings.",
  catalogue: 'Locations, providers, services and their working hours: what can be booked, and where.',
  classes: 'Dated classes with a number of spots, and class types.',
  bookings:
    'Holds, quotes and bookings of classes and appointments; cancelling and rescheduling, by account or by manage link.',
  payments: 'Card and manual payments, refunds, and payments that could not become a booking.',
  invoices: 'Invoices, credit notes and their PDFs.',
  credits: 'Prepaid packages and the credits they grant.',
  loyalty: 'Loyalty points, rewards and their redemptions.',
  cards: "A customer's saved payment cards.",
  pricing: 'Tax rates, surcharges, the service area, promo codes and price settings.',
  'cancellation policies': 'Deadlines, fees and refunds when a booking is cancelled.',
  customers: 'Customers of the organisation, as staff see them.',
  calendar: 'iCalendar feeds and files: per customer, per provider, the public timetable.',
  exports: 'CSV and JSON exports of payments, bookings and customers.',
  audit: 'The audit log: who changed what, and when.',
  webhooks: 'Signed outgoing webhooks: endpoints and their deliveries.',
  jobs: 'The job queue behind mails and integrations.',
  operations: 'Health and readiness checks, and the integrity report.',
  // Areas added in parallel (issues 12 and 13): named here so their routes need no hand work.
  analytics: "The business's numbers for a period: bookings, revenue, fill rate, funnel.",
  waitlist: 'Waiting lists for full classes, and the spots offered from them.',
  schedules: 'Recurring class series and schedule templates.',
  attendance: 'Class rosters and attendance.',
  'rate limits': "The organisation's rate-limit settings.",
  platform: 'Organisations of a deployment, for its operator.',
};

/** Codes every route with input can answer with 400, whatever it says. */
const inputCodes: ErrorCode[] = ['validation_failed', 'invalid_json'];

/** Request body examples of the main flows, by operation. Redocly checks them against the schemas. */
const requestExamples: Record<string, Record<string, { summary: string; value: Json }>> = {
  'POST /holds': {
    class: {
      summary: 'Hold two spots in a class',
      value: { classId: '0b9c8a3e-3f2d-4a51-9a57-1c2e4f6a8b10', spots: 2 },
    },
    appointment: {
      summary: 'Hold an appointment slot with any free provider',
      value: { serviceId: '5d1f0c2a-7e4b-4c39-8f61-2a3b4c5d6e7f', start: '2027-03-14T09:00:00Z' },
    },
  },
  'POST /quotes': {
    class: {
      summary: 'The price of two spots, with a promo code',
      value: { classId: '0b9c8a3e-3f2d-4a51-9a57-1c2e4f6a8b10', spots: 2, promoCode: 'SPRING10' },
    },
    atHome: {
      summary: "An appointment at the customer's, placed by postcode",
      value: {
        serviceId: '5d1f0c2a-7e4b-4c39-8f61-2a3b4c5d6e7f',
        start: '2027-03-14T09:00:00Z',
        place: { postcode: '11122' },
      },
    },
  },
  'POST /bookings': {
    guestByCard: {
      summary: 'A guest books a class and pays by card',
      value: {
        classId: '0b9c8a3e-3f2d-4a51-9a57-1c2e4f6a8b10',
        spots: 1,
        guest: { name: 'Alex Andersson', email: 'alex@example.com', locale: 'sv' },
        paymentMethod: 'card',
        expectedTotal: 18500,
      },
    },
    heldAppointment: {
      summary: 'Book a held appointment, to be paid at the venue',
      value: {
        holdId: '9e8d7c6b-5a49-4382-9170-6f5e4d3c2b1a',
        guest: { name: 'Alex Andersson', email: 'alex@example.com' },
        paymentMethod: 'venue',
      },
    },
  },
  'POST /payments/confirm': {
    afterCard: {
      summary: 'After Stripe.js confirmed the card payment',
      value: { paymentIntentId: 'pi_3PqRsTuVwXyZ0123' },
    },
  },
};

const methodOf = (route: TransformInput['route']): string => {
  const methods = (Array.isArray(route.method) ? route.method : [route.method]).filter((m) => m !== 'HEAD');
  return String(methods[0] ?? 'GET').toUpperCase();
};

function factsOf(route: TransformInput['route'], url: string): RouteFacts {
  const method = methodOf(route);
  const config = (route.config ?? {}) as { limit?: unknown; csrf?: boolean };
  if (!url.startsWith(`${API_PREFIX}/`)) return { access: 'public', scope: null, limited: false, csrf: false };
  const path = url.slice(API_PREFIX.length);
  const key = `${method} ${path}`;
  const access = routeAccess[key] ?? 'admin';
  return {
    access,
    scope: scopeFor(method, path),
    limited: config.limit !== undefined || access === 'token' || throttledByAuth.has(key),
    csrf: config.csrf !== false && method !== 'GET',
  };
}

/** `POST /api/v1/bookings/{bookingId}/cancel` → `postBookingsByBookingIdCancel`: stable, and unique per route. */
export function operationIdOf(method: string, path: string): string {
  const words = path
    .replace(/^\/api\/v1(?=\/)/, '')
    .split('/')
    .filter(Boolean)
    .flatMap((segment) => {
      const param = /^[{:](\w+)}?$/.exec(segment);
      const parts = (param ? ['by', param[1] ?? ''] : segment.split(/[^A-Za-z0-9]+/)).filter(Boolean);
      return parts.map((part) => part.charAt(0).toUpperCase() + part.slice(1));
    });
  return method.toLowerCase() + words.join('');
}

/**
 * "Try it" on the docs page with a session: the browser sends the session cookie by itself, and this
 * adds the session's CSRF token to changes, as the web app does. Runs in the browser (swagger-ui
 * awaits it; @fastify/swagger-ui ships its source), so it uses nothing from this module. A call
 * authorised with an API key needs no token and gets none.
 */
export async function docsRequestInterceptor(request: {
  url: string;
  method?: string;
  headers: Record<string, string>;
}): Promise<typeof request> {
  const method = (request.method ?? 'GET').toUpperCase();
  const headers = request.headers;
  const keyed = Object.keys(headers).some((name) => name.toLowerCase() === 'authorization');
  if (method === 'GET' || method === 'HEAD' || keyed || !request.url.includes('/api/v1/')) return request;
  const org = Object.entries(headers).find(([name]) => name.toLowerCase() === 'x-org')?.[1];
  const answer = await fetch('/api/v1/auth/session', {
    credentials: 'same-origin',
    headers: org ? { 'x-org': org } : {},
  });
  const session = answer.ok ? ((await answer.json()) as { csrfToken?: string | null }) : {};
  if (session.csrfToken) headers['X-CSRF-Token'] = session.csrfToken;
  return request;
}

/** The per-route transform: the zod schemas as JSON Schema, plus what the route itself tells. */
export function routeTransform(input: TransformInput): ReturnType<typeof jsonSchemaTransform> {
  const result = jsonSchemaTransform(input);
  const facts = factsOf(input.route, input.url);
  const schema: Json = {
    ...result.schema,
    operationId: operationIdOf(methodOf(input.route), input.url),
    [ROUTE_FACTS]: facts,
  };
  return { ...result, schema };
}

/** The document transform: the named schemas, then everything derived for every operation. */
export function documentTransform(input: DocumentInput): ReturnType<typeof jsonSchemaTransformObject> {
  const document = jsonSchemaTransformObject(input) as Json;
  return completeDocument(document) as ReturnType<typeof jsonSchemaTransformObject>;
}

const codesByStatus = (codes: Iterable<ErrorCode>): Map<number, ErrorCode[]> => {
  const byStatus = new Map<number, ErrorCode[]>();
  for (const code of codes) {
    const status = errorStatus[code];
    byStatus.set(status, [...(byStatus.get(status) ?? []), code]);
  }
  return byStatus;
};

const allCodes = Object.keys(errorStatus) as ErrorCode[];
const codePattern = new RegExp(`\\b(${allCodes.join('|')})\\b`, 'g');

/** The machine codes an operation's summary and description name. */
const namedCodes = (text: string): ErrorCode[] => [...new Set(text.match(codePattern) ?? [])] as ErrorCode[];

const errorResponse = (codes: ErrorCode[], extra?: Json): Json => ({
  description: `${STATUS_CODES[errorStatus[codes[0] as ErrorCode]]}: ${codes.map((c) => `\`${c}\``).join(', ')}`,
  ...extra,
  content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
});

const retryAfter = {
  headers: {
    'Retry-After': { description: 'Seconds to wait before trying again', schema: { type: 'integer', minimum: 0 } },
  },
};

const isOpen = (facts: RouteFacts) => facts.access === 'public' || facts.access === 'token';

/**
 * A closed route needs a session or a key with its scope. An open one needs neither, but a key sent to it
 * is still checked for the scope (a key books as itself, audited by its name), and a session is who books.
 */
const securityOf = (facts: RouteFacts): Json[] => {
  const schemes: Json[] = facts.scope === null ? [{ session: [] }] : [{ session: [] }, { apiKey: [facts.scope] }];
  if (!isOpen(facts)) return schemes;
  return facts.scope === null ? [] : [{}, ...schemes];
};

const whoMayCall: Record<Access, string> = {
  public: 'anyone',
  token: 'anyone holding the secret token in the URL',
  account: 'any signed-in account (its own data only)',
  staff: 'staff and admins',
  admin: 'admins',
};

function accessLine(facts: RouteFacts, onApi: boolean): string {
  const scope = !onApi
    ? ''
    : facts.scope === null
      ? ' Not with an API key.'
      : ` An API key needs the scope \`${facts.scope}\` (or \`admin\`).`;
  return `**Who may call it:** ${whoMayCall[facts.access]}.${scope}`;
}

function completeDocument(document: Json): Json {
  const paths = document.paths as Record<string, Record<string, Json>>;
  const usedTags = new Set<string>();
  const operationIds = new Map<string, string>();
  for (const [path, item] of Object.entries(paths)) {
    for (const [method, operation] of Object.entries(item)) {
      const facts = (operation[ROUTE_FACTS] as RouteFacts | undefined) ?? {
        access: 'public',
        scope: null,
        limited: false,
        csrf: false,
      };
      delete operation[ROUTE_FACTS];
      const key = `${method.toUpperCase()} ${path}`;
      const id = operation.operationId as string;
      const clash = operationIds.get(id);
      if (clash) throw new Error(`operationId ${id} is derived for both ${clash} and ${key}: rename a path`);
      operationIds.set(id, key);
      for (const tag of (operation.tags as string[] | undefined) ?? []) usedTags.add(tag);
      completeOperation(path, method, operation, facts);
    }
  }
  const components = document.components as Json;
  components.schemas = { ...(components.schemas as Json), Error: errorSchema };
  components.parameters = sharedParameters;
  components.securitySchemes = securitySchemes;
  document.tags = [...usedTags].sort().map((name) => ({
    name,
    description: tagDescriptions[name] ?? `Operations on ${name}.`,
  }));
  delete document.security;
  dropUnusedSchemas(document);
  return document;
}

function completeOperation(path: string, method: string, operation: Json, facts: RouteFacts): void {
  const onApi = path.startsWith(`${API_PREFIX}/`);
  const text = `${operation.summary ?? ''} ${operation.description ?? ''}`;
  operation.description = [operation.description, accessLine(facts, onApi)].filter(Boolean).join('\n\n');
  // The platform operator's routes (outside /api/v1) take its token from the environment.
  operation.security = path.startsWith('/api/platform/') ? [{ platformToken: [] }] : securityOf(facts);

  const parameters = ((operation.parameters as Json[] | undefined) ?? []).slice();
  const hasPathParams = parameters.some((p) => p.in === 'path');
  const hasInput = parameters.length > 0 || operation.requestBody !== undefined;
  const idempotent = /Idempotency-Key/.test(text);
  if (onApi) parameters.push({ $ref: '#/components/parameters/Org' });
  if (onApi && facts.csrf) {
    parameters.push({ $ref: '#/components/parameters/CsrfToken' });
  }
  if (idempotent) parameters.push({ $ref: '#/components/parameters/IdempotencyKey' });
  if (parameters.length > 0) operation.parameters = parameters;

  const examples = requestExamples[`${method.toUpperCase()} ${path.slice(API_PREFIX.length)}`];
  const body = (operation.requestBody as { content?: Record<string, Json> } | undefined)?.content?.['application/json'];
  if (examples && body) body.examples = examples;

  const responses = (operation.responses as Record<string, Json> | undefined) ?? {};
  for (const [status, response] of Object.entries(responses)) {
    if (response.description === 'Default Response') response.description = describeSuccess(status, response);
  }

  // The codes this operation can answer: those every route of its kind can, and those its text names.
  const codes = new Set<ErrorCode>(namedCodes(text));
  if (hasInput || idempotent) for (const code of inputCodes) codes.add(code);
  if (idempotent) {
    codes.add('idempotency_key_invalid');
    codes.add('idempotency_key_in_use');
    codes.add('idempotency_key_reused');
  }
  if (onApi) codes.add('organisation_not_found');
  if (hasPathParams) codes.add('not_found');
  if (path.startsWith('/api/platform/')) {
    codes.add('unauthenticated');
    codes.add('route_not_found');
  }
  if (onApi) {
    // Any key sent is checked, on open routes too.
    codes.add('invalid_api_key');
    codes.add(facts.scope === null ? 'api_key_not_allowed' : 'insufficient_scope');
    if (facts.csrf) codes.add('csrf_failed');
  }
  if (!isOpen(facts)) {
    codes.add('unauthenticated');
    if (facts.access !== 'account') codes.add('forbidden');
  }
  if (facts.limited) codes.add('rate_limited');
  if (onApi) codes.add('database_unavailable');
  if (onApi) codes.add('shutting_down');
  for (const [status, list] of [...codesByStatus(codes)].sort(([a], [b]) => a - b)) {
    if (responses[String(status)]) continue;
    responses[String(status)] = errorResponse(list, status === 429 || status === 503 ? retryAfter : undefined);
  }
  operation.responses = responses;
}

function describeSuccess(status: string, response: Json): string {
  const schema = (response.content as Record<string, { schema?: Json }> | undefined)?.['application/json']?.schema;
  const ref = (schema?.$ref ?? (schema?.items as Json | undefined)?.$ref) as string | undefined;
  const name = ref?.split('/').pop();
  const what = name ? (schema?.$ref ? `: a ${name}` : `: a list of ${name}`) : '';
  return `${STATUS_CODES[Number(status)] ?? status}${what}`;
}

const errorSchema = {
  type: 'object',
  description:
    "Every error answer. `code` is stable and meant for programs; `message` is for people, in the caller's language.",
  properties: {
    error: {
      type: 'object',
      properties: {
        code: { type: 'string', enum: allCodes, description: 'The machine code' },
        message: { type: 'string', description: "A message for people, in the caller's language" },
        requestId: { type: 'string', description: 'The request id (also in the X-Request-Id header), for support' },
        details: {
          description: 'More about the refusal where there is more: the fields that failed validation, a new quote…',
        },
      },
      required: ['code', 'message', 'requestId'],
    },
  },
  required: ['error'],
  example: {
    error: {
      code: 'capacity_full',
      message: 'This class is full.',
      requestId: '8f14e45f-ceea-467a-9575-3a5c1f0b8e21',
    },
  },
};

const sharedParameters = {
  Org: {
    name: 'X-Org',
    in: 'header',
    required: false,
    description:
      "The organisation's slug; without it, the default organisation. An unknown slug answers 404 `organisation_not_found`.",
    schema: { type: 'string', pattern: '^[a-z0-9][a-z0-9-]{1,62}$' },
  },
  CsrfToken: {
    name: 'X-CSRF-Token',
    in: 'header',
    required: false,
    description:
      'With a session cookie: the `csrfToken` of the session (GET /auth/session); without it a change answers 403 `csrf_failed`. Not needed with an API key.',
    schema: { type: 'string' },
  },
  IdempotencyKey: {
    name: 'Idempotency-Key',
    in: 'header',
    required: false,
    description:
      'Any unique string (8–255 printable characters). A retry with the same key and body gets the first answer again; the same key with another body answers 422 `idempotency_key_reused`, and while the first is still running 409 `idempotency_key_in_use`.',
    schema: { type: 'string', minLength: 8, maxLength: 255 },
  },
};

const securitySchemes = {
  session: {
    type: 'apiKey',
    in: 'cookie',
    name: 'slotwise_session',
    description:
      'The session cookie set by POST /auth/sign-in (`__Host-slotwise_session` when the server is reached over https); changes also need the `X-CSRF-Token` header',
  },
  apiKey: {
    type: 'http',
    scheme: 'bearer',
    description:
      'An API key made by an admin (`sw_…`), sent as `Authorization: Bearer <key>`. Its scopes are listed per operation; no CSRF token is needed',
  },
  platformToken: {
    type: 'http',
    scheme: 'bearer',
    description: 'The platform operator: `PLATFORM_ADMIN_TOKEN` from the environment (/api/platform only)',
  },
};

/** Schemas nothing reaches from the operations (zod's input twins of output-only shapes, mostly). */
function dropUnusedSchemas(document: Json): void {
  const components = document.components as Json & { schemas: Json };
  const reached = new Set<string>();
  const visit = (value: unknown) => {
    for (const match of JSON.stringify(value ?? null).matchAll(/"#\/components\/schemas\/([^"]+)"/g)) {
      const name = match[1] as string;
      if (reached.has(name)) continue;
      reached.add(name);
      visit(components.schemas[name]);
    }
  };
  visit({ ...document, components: { ...components, schemas: {} } });
  for (const name of Object.keys(components.schemas)) if (!reached.has(name)) delete components.schemas[name];
}
