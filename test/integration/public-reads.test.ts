// Public reads (class list, class detail, slots): ETag and 304 for a client that revalidates, and
// the per-process cache (PUBLIC_READ_CACHE_MS) that must never hide a change from the process that
// made it, and hides another process's change for at most the bound. Two apps on one database stand
// for two processes; the clock is frozen, so "within the bound" is a step of the clock, not a wait.
import assert from 'node:assert/strict';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import pino from 'pino';
import { buildApp } from '../../src/app.ts';
import { loadConfig } from '../../src/platform/config.ts';
import type { App } from '../../src/platform/http.ts';
import { Client, type TestApp, TestClock, classInput, guest, startTestApp } from '../support/app.ts';

/** Stands still unless told to move. */
class FrozenClock extends TestClock {
  at = Date.now();
  override now = () => new Date(this.at);
  override advance(ms: number) {
    this.at += ms;
  }
}

const BOUND_MS = 1000;
const clock = new FrozenClock();
let t: TestApp;
let other: App;

before(async () => {
  t = await startTestApp({ clock, env: { PUBLIC_READ_CACHE_MS: String(BOUND_MS) } });
  const config = loadConfig({
    NODE_ENV: 'test',
    PUBLIC_URL: 'http://slotwise.test',
    DEMO_DATA: 'false',
    DATA_DIR: path.join(os.tmpdir(), 'slotwise-public-reads'),
    PUBLIC_READ_CACHE_MS: String(BOUND_MS),
  });
  other = await buildApp({
    config,
    database: t.database,
    db: t.database.db,
    clock,
    logger: pino({ level: 'silent' }),
    cardGateway: null,
  });
  await other.ready();
});
after(async () => {
  await other.close();
  await t.close();
});

async function newClass(maxSpots = 5) {
  const response = await (await t.admin()).post('/api/v1/classes', classInput({ maxSpots }, clock.now()));
  assert.equal(response.status, 201, JSON.stringify(response.body));
  return response.body as { id: string };
}

const spotsLeft = async (client: Client, classId: string) => {
  const list = await client.get('/api/v1/classes');
  assert.equal(list.status, 200);
  const detail = await client.get(`/api/v1/classes/${classId}`);
  assert.equal(detail.status, 200);
  const listed = list.body.classes.find((c: { id: string }) => c.id === classId);
  assert.equal(listed.spotsLeft, detail.body.spotsLeft, 'the list and the detail agree');
  return detail.body.spotsLeft as number;
};

describe('ETag and 304', () => {
  test('a client that revalidates gets a 304 until the class changes', async () => {
    const cls = await newClass();
    const url = `/api/v1/classes/${cls.id}`;
    const first = await t.client().get(url);
    assert.equal(first.status, 200);
    assert.equal(first.headers['cache-control'], 'public, no-cache');
    assert.match(String(first.headers.vary), /X-Org/);
    const etag = String(first.headers.etag);
    assert.match(etag, /^W\/"[\w-]+"$/);

    const again = await t.client().get(url, { 'if-none-match': etag });
    assert.equal(again.status, 304);
    assert.equal(again.body, undefined);
    const listed = await t.client().get('/api/v1/classes', { 'if-none-match': `"other", ${etag}` });
    assert.equal(listed.status, 200, 'another URL has another tag');

    assert.equal((await t.client().post('/api/v1/bookings', { classId: cls.id, guest: guest('etag') })).status, 201);
    const changed = await t.client().get(url, { 'if-none-match': etag });
    assert.equal(changed.status, 200);
    assert.notEqual(changed.headers.etag, etag);
    assert.equal(changed.body.spotsLeft, 4);
  });

  test('a signed-in caller is answered fresh and privately, never from the shared copy', async () => {
    const admin = await t.admin();
    const response = await admin.get('/api/v1/classes');
    assert.equal(response.status, 200);
    assert.equal(response.headers['cache-control'], 'private, no-cache');
    assert.ok(response.headers.etag);
  });

  test('slots carry a tag as well', async () => {
    const response = await t
      .client()
      .get(`/api/v1/services/${crypto.randomUUID()}/slots?from=2030-01-01&to=2030-01-02`);
    // An unknown service is a 404, never cached or tagged.
    assert.equal(response.status, 404);
    assert.equal(response.headers.etag, undefined);
    assert.equal(response.headers['cache-control'], 'no-store');
  });
});

describe('the cache of public reads across processes', () => {
  test('the process that booked shows it on its next read; another within the bound', async () => {
    const cls = await newClass(5);
    const here = t.client();
    const there = new Client(other);
    assert.equal(await spotsLeft(here, cls.id), 5);
    assert.equal(await spotsLeft(there, cls.id), 5);

    const booked = await here.post('/api/v1/bookings', { classId: cls.id, guest: guest('rush-1') });
    assert.equal(booked.status, 201, JSON.stringify(booked.body));
    assert.equal(await spotsLeft(here, cls.id), 4, 'the booking process reads its own change at once');

    // The other process still answers from its copy (the clock has not moved): this is the cache.
    assert.equal(await spotsLeft(there, cls.id), 5);
    // Signed in, the same process reads the database.
    const admin = new Client(other);
    assert.equal((await admin.signIn('admin@example.test', 'admin-password-1')).status, 200);
    assert.equal((await admin.get(`/api/v1/classes/${cls.id}`)).body.spotsLeft, 4);

    clock.advance(BOUND_MS);
    assert.equal(await spotsLeft(there, cls.id), 4, 'after the bound, the other process shows the booking');
  });

  test('a change in the other process empties only that one, and any change request empties it', async () => {
    const cls = await newClass(5);
    const here = t.client();
    const there = new Client(other);
    // The new class is another process's change for `there`, listed once its copy is past the bound.
    clock.advance(BOUND_MS);
    assert.equal(await spotsLeft(here, cls.id), 5);
    assert.equal(await spotsLeft(there, cls.id), 5);
    assert.equal((await there.post('/api/v1/bookings', { classId: cls.id, guest: guest('there') })).status, 201);
    assert.equal(await spotsLeft(there, cls.id), 4);
    assert.equal(await spotsLeft(here, cls.id), 5);
    // A refused change request (a full class, a bad body) also empties the cache: cheap, and safe.
    assert.equal((await here.post('/api/v1/bookings', {})).status, 400);
    assert.equal(await spotsLeft(here, cls.id), 4);
  });
});
