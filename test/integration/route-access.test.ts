// Every /api/v1 route in the OpenAPI document, called with made-up ids and an empty body as an
// anonymous caller, a customer and staff: a closed route refuses the wrong caller with 401 or 403
// before it reads the body, whatever the body is. The table it checks against is the app's own
// (src/access.ts), which the app refuses to start without; the authorisation matrix checks the
// answers the right callers get.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, beforeEach, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { type Access, routeAccess, scopeFor } from '../../src/access.ts';
import { API_PREFIX } from '../../src/app.ts';
import { type Client, type TestApp, startTestApp } from '../support/app.ts';

let t: TestApp;
let customer: Client;
let staff: Client;
let readKey: string;
let writeKey: string;
let operations: { method: string; path: string; hasBody: boolean }[] = [];

before(async () => {
  t = await startTestApp();
  const admin = await t.admin();
  customer = t.client();
  assert.equal((await customer.signUp('access-customer@example.test')).status, 201);
  staff = t.client();
  assert.equal((await staff.signUp('access-staff@example.test')).status, 201);
  const staffId = (await staff.get('/api/v1/me')).body.id;
  assert.equal((await admin.patch(`/api/v1/users/${staffId}`, { role: 'staff' })).status, 200);
  readKey = (await admin.post('/api/v1/api-keys', { name: 'Reader', scopes: ['read'] })).body.secret;
  const writes = ['bookings:write', 'catalogue:write', 'payments:write'];
  writeKey = (await admin.post('/api/v1/api-keys', { name: 'Writer', scopes: writes })).body.secret;
  const document = JSON.parse((await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).body);
  for (const [path, item] of Object.entries<Record<string, { requestBody?: unknown }>>(document.paths)) {
    if (!path.startsWith(`${API_PREFIX}/`)) continue;
    for (const [method, operation] of Object.entries(item)) {
      operations.push({ method: method.toUpperCase(), path, hasBody: operation.requestBody !== undefined });
    }
  }
  operations = operations.filter((op) => !op.path.endsWith('/auth/sign-out'));
});
after(() => t?.close());
// Every sweep calls each token route with a made-up token, which the link-guessing guard counts as a
// miss; each test starts with a clean count, so the number of token routes does not decide the answers.
beforeEach(() => t.database.db.execute(sql`DELETE FROM auth_throttle WHERE key LIKE 'link-miss:%'`));

/** Past the gate: any answer but a server error (card payments are not configured here: 503 says so). */
const served = (answer: { status: number; code?: string }) =>
  answer.status < 500 || answer.code === 'payments_disabled';

const keyOf = (op: { method: string; path: string }) =>
  `${op.method} ${op.path.slice(API_PREFIX.length).replace(/\{(\w+)\}/g, ':$1')}`;

/** A value each path parameter accepts, so that a refusal is about the caller, not the URL. */
const sample: Record<string, string> = {
  token: 'a'.repeat(43),
  file: `${'a'.repeat(43)}.ics`,
  orgSlug: 'default',
  date: '2027-01-01',
  paymentIntentId: 'pi_abcdefgh12',
};
const urlOf = (path: string) => path.replace(/\{(\w+)\}/g, (_, name: string) => sample[name] ?? randomUUID());

async function call(op: { method: string; path: string; hasBody: boolean }, caller: Client | string | null) {
  const headers =
    typeof caller === 'string'
      ? { authorization: `Bearer ${caller}` }
      : caller?.cookie
        ? { cookie: caller.cookie, 'x-csrf-token': caller.csrfToken ?? '' }
        : {};
  const response = await t.app.inject({
    method: op.method as 'GET',
    url: urlOf(op.path),
    headers,
    ...(op.hasBody ? { payload: {} } : {}),
  });
  const code = String(response.headers['content-type'] ?? '').includes('json')
    ? response.json().error?.code
    : undefined;
  return { status: response.statusCode, code, where: `${op.method} ${op.path}: ${response.body.slice(0, 200)}` };
}

test('every route in the API document has an access rule, and every rule a route', () => {
  const documented = new Set(operations.map(keyOf));
  const missing = [...documented].filter((key) => !(key in routeAccess));
  assert.deepEqual(missing, [], 'routes without an access rule');
  // Sign-out is left out of the sweep (it would end the callers' sessions), not out of the table.
  const stale = Object.keys(routeAccess).filter((key) => !documented.has(key) && key !== 'POST /auth/sign-out');
  assert.deepEqual(stale, [], 'access rules for routes the document does not list');
});

const rank: Record<Access, number> = { public: 0, token: 0, account: 1, staff: 2, admin: 3 };

describe('a closed route refuses the wrong caller before reading the body', () => {
  test('anonymous: 401 on every route that is not public', async () => {
    for (const op of operations) {
      const access = routeAccess[keyOf(op)] ?? 'admin';
      const answer = await call(op, null);
      if (rank[access] === 0) assert.ok(answer.status !== 401 && served(answer), answer.where);
      else assert.deepEqual([answer.status, answer.code], [401, 'unauthenticated'], answer.where);
    }
  });

  test('a customer: 403 on every staff and admin route, never 401 on an account route', async () => {
    for (const op of operations) {
      const access = routeAccess[keyOf(op)] ?? 'admin';
      const answer = await call(op, customer);
      if (rank[access] >= rank.staff) assert.deepEqual([answer.status, answer.code], [403, 'forbidden'], answer.where);
      else assert.ok(answer.status !== 401 && answer.status !== 403 && served(answer), answer.where);
    }
  });

  test('staff: 403 on every admin route, and past the gate on staff routes', async () => {
    for (const op of operations) {
      const access = routeAccess[keyOf(op)] ?? 'admin';
      const answer = await call(op, staff);
      if (access === 'admin') assert.deepEqual([answer.status, answer.code], [403, 'forbidden'], answer.where);
      else assert.ok(answer.status !== 401 && served(answer), answer.where);
    }
  });
});

describe('an API key passes the gate only with the scope the route needs', () => {
  test('a read key: every GET but the caller-only ones; no change anywhere', async () => {
    for (const op of operations) {
      const needed = scopeFor(op.method, keyOf(op).split(' ')[1] ?? '');
      const answer = await call(op, readKey);
      if (needed === null) assert.deepEqual([answer.status, answer.code], [403, 'api_key_not_allowed'], answer.where);
      else if (needed === 'read') assert.ok(![401, 403].includes(answer.status) && served(answer), answer.where);
      else assert.deepEqual([answer.status, answer.code], [403, 'insufficient_scope'], answer.where);
    }
  });

  test('a key with every write scope but admin: still no admin route', async () => {
    for (const op of operations) {
      const needed = scopeFor(op.method, keyOf(op).split(' ')[1] ?? '');
      const answer = await call(op, writeKey);
      if (needed === null) assert.deepEqual([answer.status, answer.code], [403, 'api_key_not_allowed'], answer.where);
      else if (needed === 'read' || needed === 'admin') {
        assert.deepEqual([answer.status, answer.code], [403, 'insufficient_scope'], answer.where);
      } else assert.ok(![401, 403].includes(answer.status) && served(answer), answer.where);
    }
  });
});
