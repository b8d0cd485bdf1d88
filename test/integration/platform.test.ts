import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { is, sql } from 'drizzle-orm';
import { PgTable, getTableConfig } from 'drizzle-orm/pg-core';
import type { LightMyRequestResponse } from 'fastify';
import { type TestApp, startTestApp } from '../support/app.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

let t: TestApp;
before(async () => {
  t = await startTestApp();
});
after(() => t.close());

const get = (url: string, headers: Record<string, string> = {}) => t.app.inject({ method: 'GET', url, headers });
const json = (response: LightMyRequestResponse) => JSON.parse(response.body);

/** The error envelope: exactly { error: { code, message, requestId, details? } }, requestId equal to the header. */
function assertErrorBody(response: LightMyRequestResponse, status: number, code: string) {
  assert.equal(response.statusCode, status, response.body);
  assert.match(String(response.headers['content-type']), /^application\/json/);
  const body = json(response);
  assert.deepEqual(Object.keys(body), ['error']);
  assert.equal(body.error.code, code);
  assert.equal(typeof body.error.message, 'string');
  assert.ok(body.error.message.length > 0);
  assert.equal(body.error.requestId, response.headers['x-request-id']);
  for (const key of Object.keys(body.error)) assert.ok(['code', 'message', 'requestId', 'details'].includes(key), key);
  return body.error as { code: string; message: string; requestId: string; details?: unknown };
}

/** No stack frames, file paths, SQL or driver messages in a response body. */
function assertNoInternals(text: string) {
  assert.doesNotMatch(text, /\bstack\b/i);
  assert.doesNotMatch(text, /\n\s+at /);
  assert.doesNotMatch(text, /\.ts:\d+|node_modules|\/work\//);
  assert.doesNotMatch(
    text,
    /select |from "|is closed|Cannot use a pool|ECONN|Failed query|DrizzleQueryError|caused by/i,
  );
}

describe('GET /api/health', () => {
  test('is 200 with the database reachable', async () => {
    const response = await get('/api/health');
    assert.equal(response.statusCode, 200);
    const body = json(response);
    assert.equal(body.status, 'ok');
    assert.equal(body.database.ok, true);
    assert.equal(body.database.kind, t.database.kind);
    assert.equal(typeof body.database.durationMs, 'number');
    assert.ok(
      Number.isFinite(body.database.durationMs) && body.database.durationMs >= 0,
      String(body.database.durationMs),
    );
    assert.equal(typeof body.uptimeSeconds, 'number');
  });

  describe('with the database gone', () => {
    let broken: TestApp;
    before(async () => {
      broken = await startTestApp();
      const healthy = await broken.app.inject({ method: 'GET', url: '/api/health' });
      assert.equal(healthy.statusCode, 200, 'healthy before the database is closed');
      await broken.database.close();
    });
    after(() => broken.app.close());

    test('health answers 503 unavailable, quickly, without a stack trace', async () => {
      const started = Date.now();
      const response = await broken.app.inject({ method: 'GET', url: '/api/health' });
      assert.ok(Date.now() - started < 5_000, 'answers within the ping timeout');
      assert.equal(response.statusCode, 503, response.body);
      const body = json(response);
      assert.deepEqual(Object.keys(body).sort(), ['database', 'status', 'uptimeSeconds']);
      assert.equal(body.status, 'unavailable');
      assert.equal(body.database.ok, false);
      assert.equal(typeof body.database.durationMs, 'number');
      assertNoInternals(response.body);
      assert.ok(response.headers['x-request-id']);
    });

    test('an API call failing inside answers a generic 5xx error that leaks nothing, and is logged with its request id', async () => {
      for (const [url, locale] of [
        ['/api/v1/classes', 'en'],
        ['/api/v1/organisation', 'sv'],
      ] as const) {
        const response = await broken.app.inject({ method: 'GET', url, headers: { 'accept-language': locale } });
        assert.ok(response.statusCode >= 500, `${url}: ${response.statusCode}`);
        const body = json(response);
        assert.ok(['internal_error', 'database_unavailable'].includes(body.error.code), body.error.code);
        assertErrorBody(response, response.statusCode, body.error.code);
        assert.equal(body.error.details, undefined);
        assertNoInternals(response.body);
        if (body.error.code === 'internal_error') {
          assert.equal(
            body.error.message,
            locale === 'sv'
              ? 'Något gick fel hos oss. Försök igen.'
              : 'Something went wrong on our side. Please try again.',
          );
        }
        const logged = broken.logs.find((line) => line.reqId === body.error.requestId && line.level >= 50);
        assert.ok(logged, 'the failure is logged at error level for operators');
        assert.ok(logged.err, 'with the error itself');
      }
    });
  });
});

describe('request ids', () => {
  test('every response carries a generated x-request-id, different per request', async () => {
    const responses = await Promise.all([
      get('/api/health'),
      get('/api/openapi.json'),
      get('/api/v1/classes'),
      get('/api/no-such-thing'),
      get('/api/v1/classes/not-a-uuid'),
      t.app.inject({
        method: 'POST',
        url: '/api/v1/bookings',
        payload: '{oops',
        headers: { 'content-type': 'application/json' },
      }),
    ]);
    const ids = responses.map((response) => String(response.headers['x-request-id']));
    for (const [i, id] of ids.entries()) assert.match(id, UUID, `response ${i} (${responses[i]!.statusCode})`);
    assert.equal(new Set(ids).size, ids.length);
  });

  test('an incoming valid x-request-id is echoed back and used in error bodies', async () => {
    const id = `edge-proxy.1:${randomUUID()}`;
    const ok = await get('/api/health', { 'x-request-id': id });
    assert.equal(ok.headers['x-request-id'], id);
    const missing = await get('/api/nowhere', { 'x-request-id': id });
    assert.equal(missing.headers['x-request-id'], id);
    assert.equal(assertErrorBody(missing, 404, 'route_not_found').requestId, id);
  });

  test('an incoming x-request-id that is not a safe token is replaced by a generated one', async () => {
    for (const bad of ['has spaces in it', 'x'.repeat(129), '<script>alert(1)</script>', 'a"b', 'semi;colon']) {
      const response = await get('/api/nowhere', { 'x-request-id': bad });
      assert.match(String(response.headers['x-request-id']), UUID, `replaced: ${JSON.stringify(bad)}`);
      assert.equal(json(response).error.requestId, response.headers['x-request-id']);
    }
  });

  test('error bodies have code, message and requestId equal to the header', async () => {
    assertErrorBody(await get('/api/v1/nothing-here'), 404, 'route_not_found');
    const invalid = assertErrorBody(await get('/api/v1/classes/not-a-uuid'), 400, 'validation_failed');
    assert.ok(Array.isArray(invalid.details) && invalid.details.length > 0, 'validation errors say what is wrong');
    assertErrorBody(
      await t.app.inject({
        method: 'POST',
        url: '/api/v1/bookings',
        payload: '{oops',
        headers: { 'content-type': 'application/json' },
      }),
      400,
      'invalid_json',
    );
    assertErrorBody(await get(`/api/v1/classes/${randomUUID()}`), 404, 'class_not_found');
  });
});

describe('API documentation', () => {
  test('GET /api/openapi.json is an OpenAPI 3.1 document of the v1 API', async () => {
    const response = await get('/api/openapi.json');
    assert.equal(response.statusCode, 200);
    assert.match(String(response.headers['content-type']), /^application\/json/);
    const spec = json(response);
    assert.match(spec.openapi, /^3\.1/);
    assert.equal(spec.info.title, 'Slotwise API');
    assert.equal(typeof spec.info.version, 'string');
    for (const p of [
      '/api/health',
      '/api/v1/classes',
      '/api/v1/classes/{classId}',
      '/api/v1/bookings',
      '/api/v1/auth/sign-in',
    ]) {
      assert.ok(spec.paths[p], `paths has ${p}`);
    }
    assert.ok(spec.paths['/api/v1/classes'].get && spec.paths['/api/v1/classes'].post, 'classes: list and create');
    assert.equal(spec.paths['/api/openapi.json'], undefined, 'the document itself is hidden');
    assert.equal(spec.paths['/'], undefined, 'the root redirect is hidden');
    for (const [p, item] of Object.entries<Record<string, { responses?: object }>>(spec.paths)) {
      assert.ok(!p.includes('/:'), `path parameters use {name}: ${p}`);
      for (const [method, operation] of Object.entries(item)) {
        if (['get', 'post', 'patch', 'put', 'delete'].includes(method)) {
          assert.ok(
            operation.responses && Object.keys(operation.responses).length > 0,
            `${method} ${p} documents responses`,
          );
        }
      }
    }
    const schemas = spec.components.schemas;
    assert.ok(schemas.Class, 'components.schemas.Class');
    assert.ok(schemas.Booking, 'components.schemas.Booking');
    for (const field of ['id', 'title', 'startsAt', 'spotsLeft', 'price']) {
      assert.ok(schemas.Class.properties?.[field], `Class.${field}`);
    }
    assert.ok(spec.components.securitySchemes?.session, 'the session cookie scheme is documented');
  });

  test('GET /api/docs serves the Swagger UI page', async () => {
    for (const start of ['/api/docs', '/api/docs/']) {
      let response = await get(start);
      for (let hops = 0; response.statusCode >= 300 && response.statusCode < 400 && hops < 5; hops++) {
        const location = String(response.headers.location);
        response = await get(new URL(location, `http://localhost${start}`).pathname);
      }
      assert.equal(response.statusCode, 200, `${start}: ${response.body.slice(0, 200)}`);
      assert.match(String(response.headers['content-type']), /^text\/html/);
      assert.match(response.body, /<html/i);
      assert.match(response.body, /swagger/i);
    }
  });

  test('GET / answers browsers with the web app (test/integration/web-routes.test.ts has the details)', async () => {
    const response = await get('/', { accept: 'text/html' });
    assert.match(String(response.headers['content-type']), /^text\/html/);
    assert.match(response.body, /<html/i);
  });
});

describe('errors and languages', () => {
  test('an unknown route is 404 route_not_found, for any method', async () => {
    assertErrorBody(await get('/api/v2/classes'), 404, 'route_not_found');
    assertErrorBody(await t.app.inject({ method: 'DELETE', url: '/api/health' }), 404, 'route_not_found');
    assertErrorBody(await t.app.inject({ method: 'POST', url: '/nothing', payload: {} }), 404, 'route_not_found');
  });

  test('messages are English by default and Swedish with Accept-Language: sv', async () => {
    const url = `/api/v1/classes/${randomUUID()}`;
    assert.equal(assertErrorBody(await get(url), 404, 'class_not_found').message, 'This class does not exist.');
    assert.equal(
      assertErrorBody(await get(url, { 'accept-language': 'sv' }), 404, 'class_not_found').message,
      'Passet finns inte.',
    );
    assert.equal(
      assertErrorBody(await get(url, { 'accept-language': 'sv-SE,sv;q=0.9,en;q=0.5' }), 404, 'class_not_found').message,
      'Passet finns inte.',
    );
    assert.equal(
      assertErrorBody(await get(url, { 'accept-language': 'de-DE,de;q=0.9' }), 404, 'class_not_found').message,
      'This class does not exist.',
    );
  });

  test('errors outside the v1 API are localised too', async () => {
    assert.equal(
      assertErrorBody(await get('/api/nowhere', { 'accept-language': 'sv' }), 404, 'route_not_found').message,
      'Den adressen finns inte.',
    );
  });
});

describe('schema drift between migrations and drizzle tables', () => {
  /** Every drizzle table exported by src/modules/*\/*.tables.ts and the platform files that own one. */
  async function drizzleTables(): Promise<PgTable[]> {
    const modulesDir = path.join(root, 'src/modules');
    const files = fs
      .readdirSync(modulesDir, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .flatMap((entry) =>
        fs
          .readdirSync(path.join(modulesDir, entry.name))
          .filter((name) => name.endsWith('.tables.ts'))
          .map((name) => path.join(modulesDir, entry.name, name)),
      );
    files.push(
      path.join(root, 'src/platform/idempotency.ts'),
      path.join(root, 'src/platform/jobs.ts'),
      path.join(root, 'src/platform/mail.ts'),
      path.join(root, 'src/platform/rate-limits.ts'),
    );
    const tables: PgTable[] = [];
    for (const file of files) {
      const exports: Record<string, unknown> = await import(pathToFileURL(file).href);
      for (const value of Object.values(exports)) if (is(value, PgTable)) tables.push(value);
    }
    return tables;
  }

  interface ColumnRow {
    table_name: string;
    column_name: string;
    is_nullable: 'YES' | 'NO';
    data_type: string;
    udt_name: string;
    character_maximum_length: number | null;
  }

  async function databaseColumns(): Promise<Map<string, ColumnRow[]>> {
    const result = (await t.database.db.execute(sql`
      SELECT c.table_name, c.column_name, c.is_nullable, c.data_type, c.udt_name, c.character_maximum_length
      FROM information_schema.columns c
      JOIN information_schema.tables tb ON tb.table_schema = c.table_schema AND tb.table_name = c.table_name
      WHERE c.table_schema = current_schema() AND tb.table_type = 'BASE TABLE'
      ORDER BY c.table_name, c.ordinal_position
    `)) as unknown as { rows: ColumnRow[] };
    const byTable = new Map<string, ColumnRow[]>();
    for (const row of result.rows) {
      const list: ColumnRow[] = byTable.get(row.table_name) ?? [];
      list.push(row);
      byTable.set(row.table_name, list);
    }
    return byTable;
  }

  // Arrays are named by their element's internal name (_int2); drizzle says smallint[].
  const internalNames: Record<string, string> = { int2: 'smallint', int4: 'integer', int8: 'bigint' };
  const sqlType = (row: ColumnRow) =>
    row.data_type === 'ARRAY'
      ? `${internalNames[row.udt_name.replace(/^_/, '')] ?? row.udt_name.replace(/^_/, '')}[]`
      : row.character_maximum_length === null
        ? row.data_type
        : `${row.data_type}(${row.character_maximum_length})`;
  const drizzleType = (type: string) =>
    type.replace(/^char\(/, 'character(').replace(/^varchar\(/, 'character varying(');

  test('the table files are found and export the expected tables', async () => {
    const names = (await drizzleTables()).map((table) => getTableConfig(table).name).sort();
    for (const expected of [
      'organisations',
      'users',
      'sessions',
      'classes',
      'bookings',
      'customers',
      'audit_log',
      'idempotency_keys',
    ]) {
      assert.ok(names.includes(expected), `drizzle defines ${expected}`);
    }
    assert.equal(new Set(names).size, names.length, `no table is defined twice: ${names.join(', ')}`);
  });

  test('every drizzle table has exactly the columns of its migrated table, with the same nullability and types', async () => {
    const tables = await drizzleTables();
    const columns = await databaseColumns();
    for (const table of tables) {
      const config = getTableConfig(table);
      assert.equal(config.schema, undefined, `${config.name} lives in the default schema`);
      const inDatabase = columns.get(config.name);
      assert.ok(inDatabase, `table ${config.name} exists in the migrated database`);
      assert.deepEqual(
        config.columns.map((column) => column.name).sort(),
        inDatabase.map((row) => row.column_name).sort(),
        `columns of ${config.name}`,
      );
      for (const column of config.columns) {
        const row: ColumnRow = inDatabase.find((r) => r.column_name === column.name)!;
        assert.equal(column.notNull, row.is_nullable === 'NO', `${config.name}.${column.name} NOT NULL`);
        assert.equal(drizzleType(column.getSQLType()), sqlType(row), `${config.name}.${column.name} type`);
      }
    }
  });

  test('every migrated table (but the migrations ledger) has a drizzle definition', async () => {
    const defined = new Set((await drizzleTables()).map((table) => getTableConfig(table).name));
    const migrated = [...(await databaseColumns()).keys()].filter((name) => name !== 'schema_migrations');
    assert.deepEqual(
      migrated.filter((name) => !defined.has(name)),
      [],
    );
  });
});
