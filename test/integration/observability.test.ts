// GET /metrics (Prometheus text, bearer token), liveness and readiness, on the real app and database.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import pino from 'pino';
import { buildApp } from '../../src/app.ts';
import { loadConfig } from '../../src/platform/config.ts';
import { type Database, openDatabase, queryRows, transaction } from '../../src/platform/db.ts';
import { createProcessState } from '../../src/platform/lifecycle.ts';
import { type Client, type TestApp, TestClock, classInput, guest, startTestApp } from '../support/app.ts';
import { createServerDatabase, testDbKind } from '../support/database.ts';

const TOKEN = 'metrics-token-0123456789abcdef';

interface Sample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

/** The samples of a Prometheus text exposition. */
function parseMetrics(text: string): Sample[] {
  const samples: Sample[] = [];
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    const match = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    assert.ok(match, `a sample line: ${line}`);
    const labels: Record<string, string> = {};
    for (const label of (match[2] ?? '').matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)) labels[label[1]!] = label[2]!;
    samples.push({ name: match[1]!, labels, value: Number(match[3]) });
  }
  return samples;
}

/** The value of the one sample with this name and (at least) these labels; undefined when there is none. */
function sampleValue(samples: Sample[], name: string, labels: Record<string, string> = {}): number | undefined {
  const found = samples.filter(
    (s) => s.name === name && Object.entries(labels).every(([key, value]) => s.labels[key] === value),
  );
  assert.ok(found.length <= 1, `one sample of ${name} ${JSON.stringify(labels)}, found ${found.length}`);
  return found[0]?.value;
}

describe('/metrics', () => {
  let t: TestApp;
  let admin: Client;

  before(async () => {
    t = await startTestApp({ env: { METRICS_TOKEN: TOKEN } });
    admin = await t.admin();
    const settings = await admin.patch('/api/v1/organisation', {
      paymentMethods: ['swish', 'venue'],
      swishNumber: '123 456 78 90',
    });
    assert.equal(settings.status, 200, JSON.stringify(settings.body));
  });
  after(() => t.close());

  const scrape = async () => {
    const response = await t.app.inject({ url: '/metrics', headers: { authorization: `Bearer ${TOKEN}` } });
    assert.equal(response.statusCode, 200, response.body);
    assert.match(String(response.headers['content-type']), /^text\/plain; version=0\.0\.4/);
    return parseMetrics(response.body);
  };

  test('refused without a token, with a wrong one, and with another scheme; nothing is leaked', async () => {
    for (const authorization of [undefined, `Bearer ${TOKEN}x`, 'Bearer short', `Basic ${TOKEN}`, `Bearer`]) {
      const response = await t.app.inject({ url: '/metrics', headers: authorization ? { authorization } : {} });
      assert.equal(response.statusCode, 401, `${authorization}: ${response.body}`);
      assert.equal(response.json().error.code, 'unauthenticated');
      assert.equal(response.headers['www-authenticate'], 'Bearer realm="metrics"');
      assert.doesNotMatch(response.body, /slotwise_|process_/);
    }
  });

  test('a booking, a refused booking, a hold, a refused hold, a 404 and a Swish payment settled show with route templates', async () => {
    const cls = (await admin.post('/api/v1/classes', classInput({ maxSpots: 1 }, t.clock.now()))).body;
    const before = await scrape();
    const booked = await t.client().post('/api/v1/bookings', { classId: cls.id, guest: guest(1) });
    assert.equal(booked.status, 201, JSON.stringify(booked.body));
    const full = await t.client().post('/api/v1/bookings', { classId: cls.id, guest: guest(2) });
    assert.equal(full.status, 409);
    assert.equal(full.body.error.code, 'capacity_full');
    const missingId = randomUUID();
    const missing = await t.client().get(`/api/v1/classes/${missingId}`);
    assert.equal(missing.status, 404);
    // A GET that no API route takes falls to the web app's catch-all; other methods match no route.
    const nowhere = await t.client().get(`/api/v1/no-such-route/${missingId}`);
    assert.equal(nowhere.status, 404);
    const nowhereToPost = await t.client().post(`/api/v1/no-such-route/${missingId}`, {});
    assert.equal(nowhereToPost.status, 404);

    const heldClass = (await admin.post('/api/v1/classes', classInput({ maxSpots: 1 }, t.clock.now()))).body;
    const held = await t.client().post('/api/v1/holds', { classId: heldClass.id, spots: 1 });
    assert.equal(held.status, 201, JSON.stringify(held.body));
    const heldAlready = await t.client().post('/api/v1/holds', { classId: heldClass.id, spots: 1 });
    assert.equal(heldAlready.status, 409, JSON.stringify(heldAlready.body));

    const swishClass = (await admin.post('/api/v1/classes', classInput({ maxSpots: 5 }, t.clock.now()))).body;
    const pending = await t.client().post('/api/v1/bookings', {
      classId: swishClass.id,
      guest: guest(3),
      paymentMethod: 'swish',
    });
    assert.equal(pending.status, 201, JSON.stringify(pending.body));
    const paid = await admin.post(`/api/v1/payments/${pending.body.payment.id}/mark-paid`, {});
    assert.equal(paid.status, 200, JSON.stringify(paid.body));

    const after = await scrape();
    const delta = (name: string, labels: Record<string, string>) =>
      (sampleValue(after, name, labels) ?? 0) - (sampleValue(before, name, labels) ?? 0);
    assert.equal(delta('slotwise_bookings_created_total', { kind: 'class' }), 2);
    assert.equal(
      delta('slotwise_bookings_refused_total', { operation: 'booking', kind: 'class', reason: 'capacity_full' }),
      1,
    );
    assert.equal(delta('slotwise_holds_created_total', { kind: 'class' }), 1);
    assert.equal(
      delta('slotwise_bookings_refused_total', {
        operation: 'hold',
        kind: 'class',
        reason: heldAlready.body.error.code,
      }),
      1,
    );
    const requests = (method: string, route: string, status: string) =>
      delta('slotwise_http_request_duration_seconds_count', { method, route, status_code: status });
    assert.equal(requests('GET', '/api/v1/classes/:classId', '404'), 1);
    assert.equal(requests('GET', '/*', '404'), 1);
    assert.equal(requests('POST', 'unmatched', '404'), 1);
    assert.equal(
      delta('slotwise_http_request_duration_seconds_count', {
        method: 'POST',
        route: '/api/v1/bookings',
        status_code: '409',
      }),
      1,
    );
    assert.ok(
      after.every((s) => !Object.values(s.labels).some((value) => value.includes(missingId))),
      'no raw URL in any label',
    );
    assert.equal(delta('slotwise_settlement_seconds_count', { method: 'swish' }), 1);
    assert.equal(sampleValue(after, 'slotwise_payments', { method: 'swish', status: 'succeeded' }), 1);
    assert.equal(sampleValue(after, 'slotwise_database_up'), 1);
    assert.equal(sampleValue(after, 'slotwise_unbookable_payments', { status: 'open' }), 0);
    // The process's own numbers, from this app's registry.
    assert.ok((sampleValue(after, 'process_resident_memory_bytes') ?? 0) > 0);
    assert.ok(sampleValue(after, 'nodejs_eventloop_lag_seconds') !== undefined);
    assert.equal(sampleValue(after, 'slotwise_db_pool_connections_max'), t.database.kind === 'pglite' ? 1 : 20);
  });

  test('a dead job, a due job and the oldest due age; the job durations of the runner', async () => {
    // A kind nobody handles goes dead on its first attempt. Due a second ago: the runner compares with
    // its clock in whole milliseconds, the database's now() has microseconds.
    await t.database.db.execute(sql`
      INSERT INTO jobs (org_id, kind, payload, status, attempts, max_attempts, run_at)
      VALUES (${t.org.id}, 'test.nobody_handles', '{}', 'pending', 0, 3, now() - interval '1 second')`);
    // Other jobs of the earlier tests may come due again meanwhile (a retry); only this kind is asserted.
    assert.ok((await t.runJobs()) >= 1);
    await t.database.db.execute(sql`
      INSERT INTO jobs (org_id, kind, payload, status, attempts, max_attempts, run_at)
      VALUES (${t.org.id}, 'test.waiting', '{}', 'pending', 0, 3, now() - interval '90 seconds')`);
    const samples = await scrape();
    assert.equal(sampleValue(samples, 'slotwise_jobs', { kind: 'test.nobody_handles', state: 'dead' }), 1);
    assert.equal(sampleValue(samples, 'slotwise_jobs', { kind: 'test.waiting', state: 'due' }), 1);
    assert.ok((sampleValue(samples, 'slotwise_jobs_oldest_due_age_seconds') ?? 0) >= 90);
    assert.equal(
      sampleValue(samples, 'slotwise_job_duration_seconds_count', { kind: 'test.nobody_handles', outcome: 'dead' }),
      1,
    );
  });

  test('with the database gone the scrape still answers, without the database series', async () => {
    // Its own app on its own database, since this one gets closed.
    const own = await startTestApp({ env: { METRICS_TOKEN: TOKEN } });
    await own.database.close();
    const scrapeOwn = () => own.app.inject({ url: '/metrics', headers: { authorization: `Bearer ${TOKEN}` } });
    for (let i = 0; i < 2; i++) {
      const response = await scrapeOwn();
      assert.equal(response.statusCode, 200, response.body);
      const samples = parseMetrics(response.body);
      assert.equal(sampleValue(samples, 'slotwise_database_up'), 0);
      assert.equal(samples.filter((s) => s.name === 'slotwise_jobs').length, 0);
      assert.ok(sampleValue(samples, 'process_resident_memory_bytes'));
    }
    assert.equal(
      own.logs.filter((line) => String(line.msg).startsWith('metrics: the database')).length,
      1,
      'logged once',
    );
    await own.app.close();
  });
});

test('without METRICS_TOKEN, /metrics is not there', async () => {
  const t = await startTestApp();
  try {
    const response = await t.app.inject({ url: '/metrics', headers: { authorization: `Bearer ${TOKEN}` } });
    assert.equal(response.statusCode, 404);
    assert.equal(response.json().error.code, 'route_not_found');
  } finally {
    await t.close();
  }
});

describe('liveness and readiness', () => {
  test('ready on a migrated database; a missing migration, then a closed database, fail readiness and not liveness', async () => {
    const t = await startTestApp();
    const ready = await t.client().get('/api/health/ready');
    assert.equal(ready.status, 200, JSON.stringify(ready.body));
    assert.deepEqual(ready.body, {
      status: 'ready',
      failing: [],
      checks: { database: 'ok', writes: 'ok', migrations: 'ok', jobs: 'not run in this process', shutdown: 'no' },
    });

    await t.database.db.execute(sql`DELETE FROM schema_migrations WHERE version = '0013_slot_inputs'`);
    const missing = await t.client().get('/api/health/ready');
    assert.equal(missing.status, 503);
    assert.deepEqual(missing.body.failing, ['migrations']);
    assert.equal(missing.body.checks.migrations, 'missing: 0013_slot_inputs');

    await t.database.close();
    const closed = await t.client().get('/api/health/ready');
    assert.equal(closed.status, 503);
    assert.deepEqual(closed.body.failing, ['database']);
    assert.equal(closed.body.checks.database, 'unreachable', 'no driver message in a public answer');
    assert.equal((await t.client().get('/api/health/ready')).status, 503);
    assert.equal(t.logs.filter((line) => line.msg === 'readiness: the database does not answer').length, 1, 'once');
    const live = await t.client().get('/api/health/live');
    assert.equal(live.status, 200);
    assert.deepEqual(live.body, { status: 'ok' });
    const health = await t.client().get('/api/health');
    assert.equal(health.status, 503, 'the old combined check still says the database is away');
    await t.app.close();
  });

  test('a full disk: a write refused for want of space makes the process not ready until a write commits again', async () => {
    const t = await startTestApp();
    try {
      const admin = await t.admin();
      const ready = () => t.client().get('/api/health/ready');
      // The fault is in the database itself: every update of an organisation meets "disk full" (53100),
      // as a table that cannot grow would answer; reads go on as on a full disk.
      await t.database.db.execute(sql`
        CREATE FUNCTION test_disk_full() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN RAISE EXCEPTION 'could not extend file: No space left on device' USING ERRCODE = 'disk_full'; END $$`);
      await t.database.db.execute(sql`
        CREATE TRIGGER test_disk_full BEFORE UPDATE ON organisations FOR EACH ROW EXECUTE FUNCTION test_disk_full()`);
      assert.equal((await ready()).status, 200, 'nothing has failed yet: the probe itself does not write');

      const refused = await admin.patch('/api/v1/organisation', { name: 'Full Disk Studio' });
      assert.equal(refused.status, 503, JSON.stringify(refused.body));
      assert.equal(refused.body.error.code, 'database_unavailable');
      const notReady = await ready();
      assert.equal(notReady.status, 503, JSON.stringify(notReady.body));
      assert.deepEqual(notReady.body.failing, ['writes']);
      assert.match(notReady.body.checks.writes, /^failing: a write failed for want of resources \d+ s ago$/);
      assert.equal(notReady.body.checks.database, 'ok', 'reads still work');

      // A transaction that commits without writing shows nothing about the disk.
      await transaction(t.database.db, (tx) => queryRows(tx, sql`SELECT 1`));
      assert.equal((await ready()).status, 503, 'a read does not clear it');

      await t.database.db.execute(sql`DROP TRIGGER test_disk_full ON organisations`);
      const written = await admin.patch('/api/v1/organisation', { name: 'Room Again Studio' });
      assert.equal(written.status, 200, JSON.stringify(written.body));
      const again = await ready();
      assert.equal(again.status, 200, JSON.stringify(again.body));
      assert.deepEqual(again.body.failing, []);
      assert.equal(again.body.checks.writes, 'ok');
    } finally {
      await t.close();
    }
  });

  test('a database never migrated is not ready', async () => {
    let database: Database;
    let drop = async () => {};
    if (testDbKind() === 'pglite') {
      database = await openDatabase({ kind: 'pglite', dataDir: null });
    } else {
      const created = await createServerDatabase(process.env.DATABASE_URL!, 'slotwise_unmigrated');
      database = await openDatabase({ kind: 'postgres', url: created.url, poolMax: 2 });
      drop = created.drop;
    }
    const config = loadConfig({ NODE_ENV: 'test', DEMO_DATA: 'false', LOG_LEVEL: 'silent' });
    const app = await buildApp({
      config,
      database,
      db: database.db,
      clock: new TestClock(),
      logger: pino({ level: 'silent' }),
      cardGateway: null,
    });
    try {
      const response = await app.inject({ url: '/api/health/ready' });
      assert.equal(response.statusCode, 503);
      assert.deepEqual(response.json().failing, ['migrations']);
      assert.equal(response.json().checks.database, 'ok');
      assert.equal((await app.inject({ url: '/api/health/live' })).statusCode, 200);
    } finally {
      await app.close();
      await database.close();
      await drop();
    }
  });

  test('the in-process job runner must have polled lately; a draining process is not ready', async () => {
    const processState = createProcessState();
    const t = await startTestApp();
    try {
      const config = loadConfig({ NODE_ENV: 'test', DEMO_DATA: 'false' });
      const app = await buildApp({
        config,
        database: t.database,
        db: t.database.db,
        clock: t.clock,
        logger: pino({ level: 'silent' }),
        cardGateway: null,
        processState,
      });
      const ready = async () => (await app.inject({ url: '/api/health/ready' })).json();
      processState.runner = t.runner;
      assert.deepEqual((await ready()).failing, ['jobs'], 'a runner not started is not alive');
      assert.equal((await ready()).checks.jobs, 'stopped');
      t.runner.start();
      assert.deepEqual((await ready()).failing, []);
      await t.runner.stop();
      assert.equal((await ready()).checks.jobs, 'stopped');
      processState.runner = { lastPollAt: Date.now() - 31_000 };
      assert.match((await ready()).checks.jobs, /^stalled: last poll 31 s ago$/);
      processState.runner = null;
      processState.draining = true;
      const draining = await app.inject({ url: '/api/health/ready' });
      assert.equal(draining.statusCode, 503);
      assert.deepEqual(draining.json().failing, ['shutdown']);
      await app.close();
    } finally {
      await t.close();
    }
  });
});
