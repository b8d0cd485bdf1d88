import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { after, before, beforeEach, describe, test } from 'node:test';
import pino from 'pino';
import { loadConfig } from '../../src/platform/config.ts';
import { PermanentJobError } from '../../src/platform/jobs.ts';
import {
  CLOSES_AFTER_MS,
  createVideoMeetings,
  dailyMeetings,
  jitsiMeetings,
  OPENS_BEFORE_MS,
  VideoRefusedError,
  VideoUnavailableError,
} from '../../src/platform/video.ts';
import { type DailyServer, startDailyServer } from '../support/daily-server.ts';

const key = Buffer.from('v'.repeat(32));
const hour = 3600_000;

function session(startsInMs = 24 * hour, lengthMs = hour) {
  const startsAt = new Date(Date.now() + startsInMs);
  return {
    bookingId: randomUUID(),
    startsAt,
    endsAt: new Date(startsAt.getTime() + lengthMs),
    title: 'Therapy 50 min',
  };
}

/** A pino logger at trace level whose lines are kept, to check what reaches the log. */
function capturingLogger() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(String(chunk));
      done();
    },
  });
  return { logger: pino({ level: 'trace' }, stream), lines };
}

/** Asserts `promise` rejects with a retryable error: not one the job runner gives up on. */
async function assertRetryable(promise: Promise<unknown>, status: number | null): Promise<VideoUnavailableError> {
  const error = await promise.then(
    () => assert.fail('expected a rejection'),
    (e: unknown) => e,
  );
  assert.ok(error instanceof VideoUnavailableError, `expected VideoUnavailableError, got ${String(error)}`);
  assert.ok(!(error instanceof PermanentJobError), 'a retryable error must not stop the job');
  assert.equal(error.status, status);
  return error;
}

async function assertPermanent(promise: Promise<unknown>, status: number): Promise<VideoRefusedError> {
  const error = await promise.then(
    () => assert.fail('expected a rejection'),
    (e: unknown) => e,
  );
  assert.ok(error instanceof VideoRefusedError, `expected VideoRefusedError, got ${String(error)}`);
  assert.ok(error instanceof PermanentJobError, 'the job runner must not retry it');
  assert.equal(error.status, status);
  return error;
}

describe('Daily adapter against a Daily-shaped server', () => {
  let server: DailyServer;
  const daily = (extra: Partial<Parameters<typeof dailyMeetings>[0]> = {}) =>
    dailyMeetings({ apiKey: server.apiKey, apiUrl: server.url, key, timeoutMs: 2_000, ...extra });

  before(async () => {
    server = await startDailyServer();
  });
  after(() => server.close());
  beforeEach(() => server.reset());

  test('creates a public room with an unguessable name and a window around the session', async () => {
    const s = session();
    const room = await daily().createRoom(s);
    const stored = server.rooms.get(room.providerRef);
    assert.ok(stored, 'the room exists at Daily');
    assert.equal(room.url, stored.url);
    assert.equal(room.url, `https://${server.domain}.daily.co/${room.providerRef}`);
    assert.equal(room.provider, 'daily');
    assert.match(room.providerRef, /^slotwise-[0-9a-f]{32}$/);
    assert.ok(!room.providerRef.includes(s.bookingId.slice(0, 8)), 'the name does not show the booking id');
    assert.equal(stored.privacy, 'public');
    assert.equal(stored.config.nbf, Math.floor((s.startsAt.getTime() - OPENS_BEFORE_MS) / 1000));
    assert.equal(stored.config.exp, Math.floor((s.endsAt.getTime() + CLOSES_AFTER_MS) / 1000));
    assert.equal(stored.config.eject_at_room_exp, true);
    assert.deepEqual(room.expiresAt, new Date((stored.config.exp as number) * 1000));
    const [request] = server.requests.slice(-1);
    assert.equal(request?.authorization, `Bearer ${server.apiKey}`);
  });

  test('another booking gets another room', async () => {
    const a = await daily().createRoom(session());
    const b = await daily().createRoom(session());
    assert.notEqual(a.url, b.url);
    assert.ok(server.rooms.has(a.providerRef) && server.rooms.has(b.providerRef));
  });

  test('a retry after a lost answer (created, but the client never heard) reuses the room', async () => {
    const s = session();
    const roomsBefore = server.rooms.size;
    server.failNext('lost-response');
    await assertRetryable(daily().createRoom(s), null);
    assert.equal(server.rooms.size, roomsBefore + 1, 'the first attempt did create the room');
    const createdId = [...server.rooms.values()].at(-1)?.id;

    const room = await daily().createRoom(s);
    assert.equal(server.rooms.size, roomsBefore + 1, 'never two rooms for one booking');
    assert.equal(server.rooms.get(room.providerRef)?.id, createdId);
    const creates = server
      .requestsTo('POST', '/v1/rooms')
      .filter((r) => (r.body as { name: string }).name === room.providerRef);
    assert.equal(creates.length, 2);
    assert.equal(creates[1]?.status, 400, 'the second create met the taken name');
    assert.equal(server.requestsTo('GET', `/v1/rooms/${room.providerRef}`).length, 1, 'and looked the room up');
  });

  test('a timed-out attempt whose room was made anyway is reused by the retry', async () => {
    const s = session();
    server.latencyMs = 300;
    await assertRetryable(daily({ timeoutMs: 100 }).createRoom(s), null);
    server.latencyMs = 0;
    await new Promise((resolve) => setTimeout(resolve, 400));
    const room = await daily().createRoom(s);
    const same = [...server.rooms.values()].filter((r) => r.name === room.providerRef);
    assert.equal(same.length, 1);
  });

  test('creating twice for one booking gives the same link; a moved booking moves the window, not the link', async () => {
    const s = session();
    const first = await daily().createRoom(s);
    const id = server.rooms.get(first.providerRef)?.id;
    const again = await daily().createRoom(s);
    assert.deepEqual(again, first);

    const moved = {
      ...s,
      startsAt: new Date(s.startsAt.getTime() + 2 * hour),
      endsAt: new Date(s.endsAt.getTime() + 2 * hour),
    };
    const third = await daily().createRoom(moved);
    assert.equal(third.url, first.url);
    const stored = server.rooms.get(first.providerRef);
    assert.equal(stored?.id, id, 'the same room');
    assert.equal(stored?.config.exp, Math.floor((moved.endsAt.getTime() + CLOSES_AFTER_MS) / 1000));
    assert.deepEqual(third.expiresAt, new Date((stored?.config.exp as number) * 1000));
  });

  test('a late retry, after the session ended, still gets a room that has not expired', async () => {
    const s = session(-3 * hour, hour);
    const room = await daily().createRoom(s);
    assert.ok((room.expiresAt?.getTime() ?? 0) > Date.now());
  });

  test('a wrong API key is a permanent error (401)', async () => {
    const error = await assertPermanent(daily({ apiKey: 'not-the-key' }).createRoom(session()), 401);
    assert.equal(error.code, 'authentication-error');
  });

  test('a request Daily refuses (400 that is not a taken name) is permanent', async () => {
    const error = await assertPermanent(daily({ prefix: 'bad prefix!' }).createRoom(session()), 400);
    assert.equal(error.code, 'invalid-request-error');
    assert.equal(server.requestsTo('GET', '/v1/rooms/bad%20prefix!').length, 0);
  });

  test('a session that does not end after it starts is refused without a call', async () => {
    const s = session();
    const count = server.requests.length;
    await assertPermanent(daily().createRoom({ ...s, endsAt: s.startsAt }), 0);
    assert.equal(server.requests.length, count);
  });

  test('500, 503 and 429 are retryable, and the retry succeeds', async () => {
    for (const status of [500, 503, 429]) {
      const s = session();
      server.failNext(status);
      await assertRetryable(daily().createRoom(s), status);
      const room = await daily().createRoom(s);
      assert.ok(server.rooms.has(room.providerRef));
    }
  });

  test('a failure count: three 500s in a row, then it works', async () => {
    const s = session();
    server.failNext(500, 3);
    for (let i = 0; i < 3; i++) await assertRetryable(daily().createRoom(s), 500);
    assert.ok(server.rooms.has((await daily().createRoom(s)).providerRef));
  });

  test('a 500 on the lookup of a taken name is retryable', async () => {
    const s = session();
    await daily().createRoom(s);
    // The create meets the taken name and passes; the lookup fails on Daily's side.
    server.failNext(500, 1, 1);
    await assertRetryable(daily().createRoom(s), 500);
    assert.equal(server.requests.at(-1)?.method, 'GET');
  });

  test('no answer (hang) or a dropped connection is retryable', async () => {
    server.failNext('hang');
    const error = await assertRetryable(daily({ timeoutMs: 150 }).createRoom(session()), null);
    assert.match(error.message, /no answer within 150 ms/);
    server.failNext('network');
    await assertRetryable(daily().createRoom(session()), null);
  });

  test('an unreachable server is retryable', async () => {
    await assertRetryable(
      dailyMeetings({ apiKey: server.apiKey, apiUrl: 'http://127.0.0.1:9/v1', key }).createRoom(session()),
      null,
    );
  });

  test('delete removes the room; deleting it again is done, not an error', async () => {
    const room = await daily().createRoom(session());
    await daily().deleteRoom(room.providerRef);
    assert.equal(server.rooms.has(room.providerRef), false);
    await daily().deleteRoom(room.providerRef);
    assert.equal(server.requestsTo('DELETE', `/v1/rooms/${room.providerRef}`).at(-1)?.status, 404);
  });

  test('delete: a 500 is retryable, a bad key permanent', async () => {
    const room = await daily().createRoom(session());
    server.failNext(500);
    await assertRetryable(daily().deleteRoom(room.providerRef), 500);
    await assertPermanent(daily({ apiKey: 'wrong' }).deleteRoom(room.providerRef), 401);
    assert.ok(server.rooms.has(room.providerRef));
  });

  test('the API key appears in no error and no log line, whatever fails', async () => {
    const { logger, lines } = capturingLogger();
    const adapter = daily({ logger, timeoutMs: 150 });
    const errors: unknown[] = [];
    const s = session();
    await adapter.createRoom(s);
    await adapter.createRoom(s);
    for (const fault of [500, 429, 'network', 'hang', 'lost-response'] as const) {
      server.failNext(fault);
      await adapter.createRoom(session()).catch((e: unknown) => errors.push(e));
    }
    const wrongKey = 'sk-wrong-key-0123456789';
    await dailyMeetings({ apiKey: wrongKey, apiUrl: server.url, key, logger })
      .createRoom(session())
      .catch((e: unknown) => errors.push(e));
    // A proxy in the way that echoes the request's Authorization header in its error.
    const echo = http.createServer((req, res) => {
      res.writeHead(401, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: 'authentication-error', info: `refused ${req.headers.authorization}` }));
    });
    await new Promise<void>((resolve) => echo.listen(0, '127.0.0.1', resolve));
    const echoUrl = `http://127.0.0.1:${(echo.address() as AddressInfo).port}/v1`;
    await dailyMeetings({ apiKey: server.apiKey, apiUrl: echoUrl, key, logger })
      .createRoom(session())
      .catch((e: unknown) => errors.push(e));
    echo.close();
    // A key fetch refuses as a header value: its own error message quotes the value.
    const badKey = 'abc\u0000key-part-that-must-not-leak';
    await dailyMeetings({ apiKey: badKey, apiUrl: server.url, key, logger })
      .createRoom(session())
      .catch((e: unknown) => errors.push(e));
    assert.equal(errors.length, 8);
    assert.match(String((errors[6] as Error).message), /refused Bearer \[redacted\]/);
    assert.ok(lines.length >= 8, 'the calls were logged');
    const everything = [
      ...lines,
      ...errors.map((e) => `${(e as Error).message}\n${(e as Error).stack}\n${JSON.stringify(e)}`),
    ].join('\n');
    assert.ok(!everything.includes(server.apiKey), 'the key leaked');
    assert.ok(!everything.includes(wrongKey), 'the wrong key leaked');
    assert.ok(!everything.includes('key-part-that-must-not-leak'), 'the bad key leaked');
  });
});

describe('Daily-shaped server validations', () => {
  let server: DailyServer;
  before(async () => {
    server = await startDailyServer();
  });
  after(() => server.close());

  const post = (body: unknown, auth: string | null = `Bearer ${server.apiKey}`) =>
    fetch(`${server.url}/rooms`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(auth ? { authorization: auth } : {}) },
      body: JSON.stringify(body),
    });

  test('names: letters, digits, - and _, at most 128; a taken name is a 400 with Daily’s error shape', async () => {
    assert.equal((await post({ name: 'a'.repeat(128) })).status, 200);
    assert.equal((await post({ name: 'a'.repeat(129) })).status, 400);
    assert.equal((await post({ name: 'with space' })).status, 400);
    assert.equal((await post({ name: 'ümlaut' })).status, 400);
    const taken = await post({ name: 'a'.repeat(128) });
    assert.equal(taken.status, 400);
    const body = (await taken.json()) as { error: string; info: string };
    assert.equal(body.error, 'invalid-request-error');
    assert.match(body.info, /already exists/);
  });

  test('auth: no header, a malformed one, a wrong key', async () => {
    const none = await post({}, null);
    assert.equal(none.status, 401);
    assert.equal(((await none.json()) as { error: string }).error, 'authorization-header-error');
    assert.equal((await post({}, server.apiKey)).status, 401);
    const wrong = await post({}, 'Bearer nope');
    assert.equal(((await wrong.json()) as { error: string }).error, 'authentication-error');
  });

  test('unknown properties, an exp in the past and a bad privacy are refused', async () => {
    assert.equal((await post({ properties: { nope: true } })).status, 400);
    assert.equal((await post({ properties: { exp: Math.floor(Date.now() / 1000) - 10 } })).status, 400);
    assert.equal((await post({ properties: { nbf: 1.5 } })).status, 400);
    assert.equal((await post({ privacy: 'secret' })).status, 400);
    assert.equal((await post({ surprise: 1 })).status, 400);
  });

  test('a room without a name gets one; GET and DELETE find it; 404 after', async () => {
    const created = (await (await post({})).json()) as { name: string; url: string };
    const auth = { authorization: `Bearer ${server.apiKey}` };
    const got = await fetch(`${server.url}/rooms/${created.name}`, { headers: auth });
    assert.equal(((await got.json()) as { url: string }).url, created.url);
    const deleted = await fetch(`${server.url}/rooms/${created.name}`, { method: 'DELETE', headers: auth });
    assert.deepEqual(await deleted.json(), { deleted: true, name: created.name });
    const gone = await fetch(`${server.url}/rooms/${created.name}`, { headers: auth });
    assert.equal(gone.status, 404);
    assert.equal(((await gone.json()) as { error: string }).error, 'not-found');
  });

  test('it closes by itself after its lifetime', async () => {
    const short = await startDailyServer({ lifetimeMs: 50 });
    const url = short.url;
    await new Promise((resolve) => setTimeout(resolve, 150));
    await assert.rejects(fetch(`${url}/rooms/x`));
  });
});

describe('the no-network default (Jitsi)', () => {
  const jitsi = jitsiMeetings({ baseUrl: 'https://meet.example.test/', key });

  test('the same booking always gets the same URL; another booking another one', async () => {
    const s = session();
    const a = await jitsi.createRoom(s);
    const again = await jitsiMeetings({ baseUrl: 'https://meet.example.test', key }).createRoom({
      ...s,
      startsAt: new Date(0),
      endsAt: new Date(1),
      title: 'other',
    });
    assert.equal(again.url, a.url, 'stable across retries, restarts and a moved booking');
    const b = await jitsi.createRoom(session());
    assert.notEqual(b.url, a.url);
    assert.match(a.url, /^https:\/\/meet\.example\.test\/slotwise-[0-9a-f]{32}$/);
    assert.equal(a.provider, 'jitsi');
    assert.equal(a.url.endsWith(a.providerRef), true);
    assert.equal(a.expiresAt, undefined);
  });

  test('the URL depends on the server key, so a booking id alone does not give the link', async () => {
    const s = session();
    const other = jitsiMeetings({ baseUrl: 'https://meet.example.test', key: Buffer.from('w'.repeat(32)) });
    assert.notEqual((await other.createRoom(s)).url, (await jitsi.createRoom(s)).url);
    assert.ok(!(await jitsi.createRoom(s)).url.includes(s.bookingId));
  });

  test('makes no network call', async () => {
    const realFetch = globalThis.fetch;
    globalThis.fetch = () => Promise.reject(new Error('no network expected'));
    try {
      const room = await jitsi.createRoom(session());
      await jitsi.deleteRoom(room.providerRef);
    } finally {
      globalThis.fetch = realFetch;
    }
  });
});

describe('createVideoMeetings from the configuration', () => {
  const secret = { SECRET_KEY: 's'.repeat(32) };

  test('jitsi by default, on meet.jit.si', async () => {
    const video = createVideoMeetings(loadConfig({ ...secret }));
    assert.equal(video?.provider, 'jitsi');
    assert.match((await video?.createRoom(session()))?.url ?? '', /^https:\/\/meet\.jit\.si\/slotwise-/);
  });

  test('VIDEO_BASE_URL moves the links', async () => {
    const video = createVideoMeetings(loadConfig({ ...secret, VIDEO_BASE_URL: 'https://video.example.test/rooms/' }));
    assert.match((await video?.createRoom(session()))?.url ?? '', /^https:\/\/video\.example\.test\/rooms\/slotwise-/);
  });

  test('none: no adapter', () => {
    assert.equal(createVideoMeetings(loadConfig({ ...secret, VIDEO_PROVIDER: 'none' })), null);
  });

  test('daily: talks to DAILY_API_URL with DAILY_API_KEY', async () => {
    const server = await startDailyServer();
    try {
      const config = loadConfig({
        ...secret,
        VIDEO_PROVIDER: 'daily',
        DAILY_API_KEY: server.apiKey,
        DAILY_API_URL: `${server.url}/`,
      });
      const video = createVideoMeetings(config);
      assert.equal(video?.provider, 'daily');
      const room = await video?.createRoom(session());
      assert.ok(room && server.rooms.has(room.providerRef));
    } finally {
      await server.close();
    }
  });
});
