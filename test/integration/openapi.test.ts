// The API document as a contract: what src/openapi.ts derives for every operation, checked against the
// app's own tables (src/access.ts, the error codes) rather than against a copy of them. The linters run
// as a step of `npm test` (scripts/openapi.ts --lint); this checks what they cannot know.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { committedClientTypes, generateClientTypes } from '../../scripts/openapi.ts';
import { routeAccess, scopeFor } from '../../src/access.ts';
import { API_PREFIX } from '../../src/app.ts';
import { type TestApp, startTestApp } from '../support/app.ts';

type Json = Record<string, unknown>;
interface Operation {
  operationId?: string;
  security?: Json[];
  parameters?: Json[];
  requestBody?: unknown;
  responses: Record<string, { description: string; content?: Record<string, { schema?: Json }> }>;
  tags?: string[];
}

let t: TestApp;
let document: { paths: Record<string, Record<string, Operation>>; components: Json; tags: Json[] };
const operations: { method: string; path: string; op: Operation }[] = [];

before(async () => {
  t = await startTestApp();
  document = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
  for (const [path, item] of Object.entries(document.paths)) {
    for (const [method, op] of Object.entries(item)) operations.push({ method: method.toUpperCase(), path, op });
  }
});
after(() => t?.close());

const keyOf = (method: string, path: string) =>
  `${method} ${path.slice(API_PREFIX.length).replace(/\{(\w+)\}/g, ':$1')}`;
const errorRef = { $ref: '#/components/schemas/Error' };
const errorCodes = (op: Operation, status: number) => op.responses[String(status)]?.description ?? '';

test('every operation has a unique camelCase operationId derived from its method and path', () => {
  const ids = operations.map(({ op }) => op.operationId);
  assert.ok(
    ids.every((id) => typeof id === 'string' && /^[a-z]+[A-Za-z0-9]*$/.test(id)),
    'camelCase ids',
  );
  assert.equal(new Set(ids).size, ids.length, 'unique ids');
  const cancel = document.paths['/api/v1/bookings/{bookingId}/cancel']?.post;
  assert.equal(cancel?.operationId, 'postBookingsByBookingIdCancel');
});

test("each operation's security is its access rule: a session, or a key with the scope the gate checks", () => {
  for (const { method, path, op } of operations) {
    if (!path.startsWith(`${API_PREFIX}/`)) {
      assert.deepEqual(op.security, path.startsWith('/api/platform/') ? [{ platformToken: [] }] : [], path);
      continue;
    }
    const key = keyOf(method, path);
    const access = routeAccess[key];
    const scope = scopeFor(method, key.split(' ')[1] ?? '');
    const schemes = scope === null ? [{ session: [] }] : [{ session: [] }, { apiKey: [scope] }];
    if (access === 'public' || access === 'token') {
      assert.deepEqual(op.security, scope === null ? [] : [{}, ...schemes], key);
    } else {
      assert.deepEqual(op.security, schemes, key);
      assert.match(errorCodes(op, 401), /`unauthenticated`/, key);
    }
  }
});

test('error answers: one Error schema, 400 where there is input, 404 with path parameters, 503 everywhere', () => {
  const error = (document.components.schemas as Json).Error as Json;
  assert.deepEqual((error.required as string[]).sort(), ['error']);
  for (const { method, path, op } of operations) {
    if (!path.startsWith(`${API_PREFIX}/`)) continue;
    const where = `${method} ${path}`;
    const statuses = Object.keys(op.responses).map(Number);
    for (const status of statuses.filter((s) => s >= 400)) {
      assert.deepEqual(op.responses[String(status)]?.content?.['application/json']?.schema, errorRef, where);
    }
    if (op.requestBody || (op.parameters ?? []).some((p) => p.in === 'query' || p.in === 'path')) {
      assert.match(errorCodes(op, 400), /`validation_failed`/, where);
    }
    if (path.includes('{')) assert.match(errorCodes(op, 404), /`not_found`/, where);
    assert.match(errorCodes(op, 503), /`database_unavailable`/, where);
    for (const response of Object.values(op.responses)) assert.notEqual(response.description, 'Default Response');
  }
  const booking = document.paths['/api/v1/bookings']?.post as Operation;
  assert.match(errorCodes(booking, 409), /`capacity_full`.*`price_changed`/);
  assert.match(errorCodes(booking, 422), /`idempotency_key_reused`/);
  // Wrong manage links are counted per address, and refused past a limit.
  assert.match(errorCodes(document.paths['/api/v1/manage/{token}']?.get as Operation, 429), /`rate_limited`/);
});

test('the headers the API reads are declared once and used where they apply', () => {
  const parameters = document.components.parameters as Record<string, { name: string }>;
  assert.deepEqual(
    Object.values(parameters)
      .map((p) => p.name)
      .sort(),
    ['Idempotency-Key', 'X-CSRF-Token', 'X-Org'],
  );
  const refs = (method: string, path: string) =>
    (document.paths[path]?.[method]?.parameters ?? []).map((p) => p.$ref).filter(Boolean);
  assert.ok(refs('post', '/api/v1/bookings').includes('#/components/parameters/IdempotencyKey'));
  assert.ok(refs('post', '/api/v1/bookings').includes('#/components/parameters/CsrfToken'));
  assert.ok(!refs('get', '/api/v1/classes').includes('#/components/parameters/CsrfToken'));
  assert.ok(
    operations
      .filter((o) => o.path.startsWith(API_PREFIX))
      .every((o) => refs(o.method.toLowerCase(), o.path).includes('#/components/parameters/Org')),
  );
});

test('no unused schema, every tag described, request examples for the main flows', () => {
  const text = JSON.stringify({ ...document, components: { ...document.components, schemas: {} } });
  const schemas = document.components.schemas as Record<string, unknown>;
  const reached = new Set<string>();
  const visit = (value: string) => {
    for (const [, name] of value.matchAll(/"#\/components\/schemas\/([^"]+)"/g)) {
      if (name && !reached.has(name)) {
        reached.add(name);
        visit(JSON.stringify(schemas[name]));
      }
    }
  };
  visit(text);
  assert.deepEqual(
    Object.keys(schemas).filter((name) => !reached.has(name)),
    [],
  );
  const used = new Set(operations.flatMap(({ op }) => op.tags ?? []));
  assert.deepEqual(document.tags.map((tag) => tag.name).sort(), [...used].sort());
  assert.ok(document.tags.every((tag) => typeof tag.description === 'string' && tag.description !== ''));
  for (const path of ['/api/v1/bookings', '/api/v1/holds', '/api/v1/quotes', '/api/v1/payments/confirm']) {
    const body = document.paths[path]?.post?.requestBody as { content: Record<string, Json> } | undefined;
    assert.ok(Object.keys(body?.content['application/json']?.examples ?? {}).length > 0, path);
  }
});

test("the feeds live where no organisation's slug can reach; their old addresses still answer", async () => {
  const paths = Object.keys(document.paths);
  assert.ok(paths.includes('/api/v1/calendar/feeds/customers/{file}'));
  assert.ok(!paths.some((p) => /^\/api\/v1\/calendar\/(customers|providers)\//.test(p)));

  const customer = t.client();
  assert.equal((await customer.signUp('feed-owner@example.test')).status, 201);
  const feed = new URL((await customer.get('/api/v1/me/calendar')).body.url);
  assert.match(feed.pathname, /^\/api\/v1\/calendar\/feeds\/customers\/[\w-]{20,}\.ics$/);
  const current = await t.app.inject({ method: 'GET', url: feed.pathname });
  assert.equal(current.statusCode, 200);
  const old = await t.app.inject({ method: 'GET', url: feed.pathname.replace('/feeds/', '/') });
  assert.equal(old.statusCode, 200);
  assert.equal(old.body, current.body);

  // An organisation called `customers` has its timetable at the address the old feeds shared.
  await t.createOrg('customers', 'owner@customers.test');
  const timetable = await t.app.inject({ method: 'GET', url: '/api/v1/calendar/customers/classes.ics' });
  assert.equal(timetable.statusCode, 200, timetable.body);
  assert.match(String(timetable.headers['content-type']), /^text\/calendar/);
  assert.match(timetable.body, /Org customers/);
});

test('the TypeScript client types match the document (else run `npm run openapi -- --client`)', async () => {
  assert.ok(
    (await generateClientTypes()) === committedClientTypes(),
    'clients/typescript/src/schema.d.ts is out of date: run `npm run openapi -- --client` and commit it',
  );
});
