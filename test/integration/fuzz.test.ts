// Walks the OpenAPI document and throws generated input, mostly shaped like each operation's
// schema with bad values mixed in, at every operation as every role. Whatever comes in, the
// answer is never a 5xx and every error has the documented shape and request id.
//
// The run is bounded (FUZZ_RUNS, default 600 random requests plus a sweep of every operation
// and role) and prints its seed; replay a failure with FUZZ_SEED=<seed>.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import fc from 'fast-check';
import type { LightMyRequestResponse } from 'fastify';
import { type Client, type TestApp, classInput, guest, startTestApp } from '../support/app.ts';
import type { Json } from '../support/json.ts';

const SEED = Number(process.env.FUZZ_SEED ?? Math.floor(Math.random() * 2 ** 31));
const RUNS = Number(process.env.FUZZ_RUNS ?? 600);
// Answers that mean "not available on this deployment", not a failure: card payments are not configured here.
const ALLOWED_5XX = new Set(['payments_disabled']);

type Schema = Record<string, Json>;
type Role = 'anonymous' | 'customer' | 'staff' | 'admin';
const ROLES: Role[] = ['anonymous', 'customer', 'staff', 'admin'];

interface Operation {
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  path: string;
  pathParams: { name: string; schema: Schema }[];
  query: { name: string; schema: Schema; required: boolean }[];
  body: Schema | null;
}

interface Input {
  path: Record<string, string>;
  query: Record<string, string>;
  body: unknown;
  headers: Record<string, string>;
}

let t: TestApp;
const clients = new Map<Role, Client | null>();
let operations: Operation[] = [];
let components: Record<string, Schema> = {};
/** Ids that exist, so that some generated requests get past "not found". */
const knownIds: string[] = [];

before(async () => {
  t = await startTestApp();
  const admin = await t.admin();
  const customer = t.client();
  assert.equal((await customer.signUp('fuzz-customer@example.test')).status, 201);
  const staff = t.client();
  assert.equal((await staff.signUp('fuzz-staff@example.test')).status, 201);
  const staffId = (await staff.get('/api/v1/me')).body.id;
  assert.equal((await admin.patch(`/api/v1/users/${staffId}`, { role: 'staff' })).status, 200);
  clients.set('anonymous', null).set('customer', customer).set('staff', staff).set('admin', admin);

  const cls = await admin.post('/api/v1/classes', classInput({ maxSpots: 100 }));
  const booking = await t.client().post('/api/v1/bookings', { classId: cls.body.id, guest: guest('fuzz') });
  knownIds.push(cls.body.id, booking.body.booking.id, staffId);

  const document = JSON.parse((await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).body);
  components = document.components?.schemas ?? {};
  operations = readOperations(document);
  assert.ok(operations.length > 30, `the OpenAPI document lists ${operations.length} operations`);
  console.log(`fuzz: ${operations.length} operations, seed ${SEED} (replay: FUZZ_SEED=${SEED}), ${RUNS} runs`);
});
after(() => t?.close());

function readOperations(document: Schema): Operation[] {
  const found: Operation[] = [];
  for (const [path, item] of Object.entries<Schema>(document.paths)) {
    for (const [method, operation] of Object.entries<Schema>(item)) {
      if (!['get', 'post', 'patch', 'put', 'delete'].includes(method)) continue;
      const parameters: Schema[] = operation.parameters ?? [];
      found.push({
        method: method.toUpperCase() as Operation['method'],
        path,
        pathParams: parameters.filter((p) => p.in === 'path').map((p) => ({ name: p.name, schema: p.schema ?? {} })),
        query: parameters
          .filter((p) => p.in === 'query')
          .map((p) => ({ name: p.name, schema: p.schema ?? {}, required: Boolean(p.required) })),
        body: operation.requestBody?.content?.['application/json']?.schema ?? null,
      });
    }
  }
  return found;
}

/** Values that once broke something, or could: NUL, lone surrogates, far dates, huge numbers, wrong types. */
const badValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(
    'a\u0000b',
    '\u0000',
    'x\ud83d',
    '\udc00y',
    '0000-01-01',
    '0001-01-01',
    '9999-12-31',
    '9999-12-31T22:00:00Z',
    '2027-05-01T10:00+25:00',
    '2027-02-30',
    '',
    ' ',
    '%zz',
    '../../etc/passwd',
    "'; DROP TABLE bookings; --",
    '__proto__',
    '1e309',
    'NaN',
    '-1',
  ),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ minLength: 250, maxLength: 6000, unit: 'binary-ascii' }),
  fc.constantFrom(2 ** 31, 2 ** 31 - 1, 2 ** 53, -(2 ** 31) - 1, 1e308, -1, 0, 0.5, 100_000_000),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.string({ maxLength: 5 }), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 5 }), fc.string({ maxLength: 5 }), { maxKeys: 2 }),
);

function resolve(schema: Schema): Schema {
  const ref: unknown = schema.$ref;
  if (typeof ref === 'string') return resolve(components[ref.replace('#/components/schemas/', '')] ?? {});
  return schema;
}

/** A value shaped like the schema, with bad values mixed in at every level. */
function value(schema: Schema, depth = 0): fc.Arbitrary<unknown> {
  return fc.oneof({ arbitrary: shaped(resolve(schema), depth), weight: 4 }, { arbitrary: badValue, weight: 1 });
}

function shaped(schema: Schema, depth: number): fc.Arbitrary<unknown> {
  const choices: Schema[] | undefined = schema.anyOf ?? schema.oneOf;
  if (choices) return fc.oneof(...choices.map((choice) => value(choice, depth + 1)));
  if (Array.isArray(schema.enum)) return fc.constantFrom(...schema.enum);
  if (schema.const !== undefined) return fc.constant(schema.const);
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  switch (type) {
    case 'string':
      if (schema.format === 'uuid') return fc.oneof(fc.uuid(), fc.constantFrom(...knownIds));
      if (schema.format === 'email') return fc.emailAddress();
      if (typeof schema.pattern === 'string') return fc.stringMatching(new RegExp(schema.pattern));
      return fc.string({ minLength: schema.minLength ?? 0, maxLength: Math.min(schema.maxLength ?? 60, 60) });
    case 'integer':
      return fc.integer({ min: schema.minimum ?? -1000, max: Math.min(schema.maximum ?? 100_000, 2 ** 31) });
    case 'number':
      return fc.double({ noNaN: true });
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'array':
      return depth > 3 ? fc.constant([]) : fc.array(value(schema.items ?? {}, depth + 1), { maxLength: 3 });
    case 'object': {
      if (depth > 3) return fc.constant({});
      const properties: Record<string, Schema> = schema.properties ?? {};
      const shape = Object.fromEntries(Object.entries(properties).map(([key, item]) => [key, value(item, depth + 1)]));
      return fc.record(shape, { requiredKeys: [] });
    }
    default:
      return badValue;
  }
}

/** Query and path values travel as text. */
const asText = (item: unknown): string => (typeof item === 'string' ? item : (JSON.stringify(item) ?? ''));

/** Percent-encodes, keeping lone surrogates as the invalid UTF-8 a raw client could send. */
function encode(text: string): string {
  try {
    return encodeURIComponent(text);
  } catch {
    return text
      .replace(/[\ud800-\udfff]/g, '\u0000')
      .split('\u0000')
      .map(encodeURIComponent)
      .join('%ED%A0%BD');
  }
}

const headerValue = fc.oneof(
  fc.constantFrom('', 'a', 'nope', 'sv', 'en;q=0', '*', 'x'.repeat(300), 'default', '../x'),
  fc.string({ unit: 'grapheme-ascii', maxLength: 30 }),
);

function inputOf(operation: Operation): fc.Arbitrary<Input> {
  const path = fc.record(Object.fromEntries(operation.pathParams.map((p) => [p.name, value(p.schema).map(asText)])), {
    requiredKeys: operation.pathParams.map((p) => p.name),
  }) as fc.Arbitrary<Record<string, string>>;
  const query = fc.record(Object.fromEntries(operation.query.map((p) => [p.name, value(p.schema).map(asText)])), {
    requiredKeys: [],
  }) as fc.Arbitrary<Record<string, string>>;
  const body = operation.body ? value(operation.body) : fc.oneof(fc.constant(undefined), badValue);
  const headers = fc.record(
    { 'accept-language': headerValue, 'x-org': headerValue, 'idempotency-key': headerValue },
    { requiredKeys: [] },
  );
  return fc.record({ path, query, body, headers });
}

async function send(operation: Operation, role: Role, input: Input): Promise<LightMyRequestResponse> {
  const url =
    operation.path.replace(/\{(\w+)\}/g, (_, name: string) => encode(input.path[name] ?? '')) +
    (Object.keys(input.query).length === 0
      ? ''
      : `?${Object.entries(input.query)
          .map(([key, item]) => `${key}=${encode(item)}`)
          .join('&')}`);
  const client = clients.get(role);
  return t.app.inject({
    method: operation.method,
    url,
    headers: {
      ...input.headers,
      ...(client?.cookie ? { cookie: client.cookie } : {}),
      ...(client?.csrfToken && operation.method !== 'GET' ? { 'x-csrf-token': client.csrfToken } : {}),
      ...(input.body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(input.body === undefined ? {} : { payload: JSON.stringify(input.body) }),
  });
}

function check(operation: Operation, role: Role, input: Input, response: LightMyRequestResponse): void {
  const where = `${operation.method} ${operation.path} as ${role} with ${JSON.stringify(input)}`;
  const requestId = response.headers['x-request-id'];
  assert.ok(requestId, `no X-Request-Id: ${where}`);
  if (response.statusCode < 400) return;
  let body: Json;
  try {
    body = JSON.parse(response.body);
  } catch {
    assert.fail(`${response.statusCode} without a JSON body (${response.body.slice(0, 200)}): ${where}`);
  }
  assert.deepEqual(Object.keys(body), ['error'], `${response.body.slice(0, 300)}: ${where}`);
  const { code, message, requestId: bodyId } = body.error;
  assert.ok(typeof code === 'string' && typeof message === 'string', `${response.body.slice(0, 300)}: ${where}`);
  assert.equal(bodyId, requestId, where);
  if (response.statusCode >= 500) {
    assert.ok(ALLOWED_5XX.has(code), `${response.statusCode} ${code}: ${where}`);
  }
}

/** Who a request goes as; signing out a shared session would leave the rest of the run anonymous. */
const rolesFor = (operation: Operation): Role[] => (operation.path.endsWith('/auth/sign-out') ? ['anonymous'] : ROLES);

test('every operation as every role, a few generated inputs each', async () => {
  for (const operation of operations) {
    for (const role of rolesFor(operation)) {
      for (const input of fc.sample(inputOf(operation), { seed: SEED, numRuns: 2 })) {
        check(operation, role, input, await send(operation, role, input));
      }
    }
  }
});

test('random operations, roles and inputs', async () => {
  const request = fc
    .nat({ max: operations.length - 1 })
    .chain((index) => {
      const operation = operations[index] as Operation;
      return fc.tuple(fc.constant(operation), fc.constantFrom(...rolesFor(operation)), inputOf(operation));
    })
    .map(([operation, role, input]) => ({ operation, role, input }));
  await fc.assert(
    fc.asyncProperty(request, async ({ operation, role, input }) => {
      check(operation, role, input, await send(operation, role, input));
    }),
    { seed: SEED, numRuns: RUNS, endOnFailure: true },
  );
});
