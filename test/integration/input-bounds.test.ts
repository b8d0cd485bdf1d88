// Regression cases from the hardening fuzz (issue 8): each input here once answered 500, was
// stored when it should not have been, or answered outside the documented error shape.
import assert from 'node:assert/strict';
import net from 'node:net';
import { after, before, describe, test } from 'node:test';
import type { LightMyRequestResponse } from 'fastify';
import { type Client, type TestApp, classInput, guest, startTestApp } from '../support/app.ts';
import type { Json } from '../support/json.ts';

let t: TestApp;
let admin: Client;
let classId: string;
let port: number;

before(async () => {
  t = await startTestApp();
  admin = await t.admin();
  const settings = await admin.patch('/api/v1/organisation', { swishNumber: '123 456 78 90' });
  assert.equal(settings.status, 200, JSON.stringify(settings.body));
  const created = await admin.post('/api/v1/classes', classInput({ maxSpots: 50, maxSpotsPerCustomer: 30 }));
  assert.equal(created.status, 201, JSON.stringify(created.body));
  classId = created.body.id;
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  port = (t.app.server.address() as net.AddressInfo).port;
});
after(() => t.close());

interface Answer {
  status: number;
  body: Json;
  headers: Record<string, unknown>;
}

/** The documented error: exactly { error: { code, message, requestId, details? } } and the same X-Request-Id. */
function assertError(response: Answer, status: number, code: string) {
  assert.equal(response.status, status, JSON.stringify(response.body));
  assert.deepEqual(Object.keys(response.body), ['error']);
  assert.equal(response.body.error.code, code);
  assert.equal(typeof response.body.error.message, 'string');
  assert.ok(response.headers['x-request-id'], 'X-Request-Id header');
  assert.equal(response.body.error.requestId, response.headers['x-request-id']);
}

const answer = (response: LightMyRequestResponse): Answer => ({
  status: response.statusCode,
  body: response.body ? JSON.parse(response.body) : undefined,
  headers: response.headers,
});

/** Sends raw bytes over a real socket and parses the one response that comes back. */
async function rawRequest(text: string): Promise<Answer> {
  const received = await new Promise<string>((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1', () => socket.end(text));
    let data = '';
    socket.setEncoding('latin1');
    socket.on('data', (chunk) => {
      data += chunk;
    });
    socket.on('error', (error) => (data ? resolve(data) : reject(error)));
    socket.on('close', () => resolve(data));
  });
  const [head = '', ...rest] = received.split('\r\n\r\n');
  const [statusLine = '', ...headerLines] = head.split('\r\n');
  const headers: Record<string, string> = {};
  for (const line of headerLines) {
    const colon = line.indexOf(':');
    headers[line.slice(0, colon).toLowerCase()] = line.slice(colon + 1).trim();
  }
  return { status: Number(statusLine.split(' ')[1]), body: JSON.parse(rest.join('\r\n\r\n')), headers };
}

describe('NUL in text is refused, never a 500', () => {
  test('an anonymous guest booking named "a\\u0000b"', async () => {
    const response = await t
      .client()
      .post('/api/v1/bookings', { classId, guest: { ...guest('nul'), name: 'a\u0000b' } });
    assertError(response, 400, 'validation_failed');
    assert.deepEqual(response.body.error.details, [
      { in: 'body', path: 'guest.name', message: 'must not contain NUL or invalid Unicode' },
    ]);
  });

  test('a staff customer search for a%00b', async () => {
    assertError(await admin.get('/api/v1/customers?q=a%00b'), 400, 'validation_failed');
  });
});

describe('JSON nested past 32 levels is refused', () => {
  test('arrays and objects nested as deep as the body limit allows; 32 levels still pass', async () => {
    const arrays = `${'['.repeat(30_000)}${']'.repeat(30_000)}`;
    const objects = `${'{"a":'.repeat(9_000)}1${'}'.repeat(9_000)}`;
    for (const body of [arrays, objects]) {
      const sent = t.app.inject({
        method: 'POST',
        url: '/api/v1/quotes',
        headers: { 'content-type': 'application/json' },
        payload: body,
      });
      const response = answer(await sent);
      assertError(response, 400, 'validation_failed');
      const [detail] = response.body.error.details;
      assert.equal(detail.message, 'must not nest deeper than 32 levels');
      assert.equal(detail.path.split('.').length, 32);
    }
    // 32 levels are still read (and refused by the quote's own schema, not by the nesting rule).
    const deepest = answer(
      await t.app.inject({
        method: 'POST',
        url: '/api/v1/quotes',
        headers: { 'content-type': 'application/json' },
        payload: `{"items":${'['.repeat(31)}${']'.repeat(31)}}`,
      }),
    );
    assertError(deepest, 400, 'validation_failed');
    assert.ok(
      deepest.body.error.details.every((d: { message: string }) => !d.message.includes('nest')),
      JSON.stringify(deepest.body.error.details),
    );
  });
});

describe('lone UTF-16 surrogates are refused, never a 500 or a mangled row', () => {
  const lone = 'x\ud83d';

  test('class cancel reason (audited as jsonb)', async () => {
    const cls = await admin.post('/api/v1/classes', classInput({ title: 'To cancel' }));
    assertError(await admin.post(`/api/v1/classes/${cls.body.id}/cancel`, { reason: lone }), 400, 'validation_failed');
    assert.equal((await t.client().get(`/api/v1/classes/${cls.body.id}`)).body.status, 'scheduled');
  });

  test('names: sign-up, PATCH /me, guest, organisation, webhook, class', async () => {
    const customer = t.client();
    assertError(await customer.signUp('lone@example.test', lone), 400, 'validation_failed');
    assert.equal((await customer.signUp('lone@example.test')).status, 201);
    assertError(await customer.patch('/api/v1/me', { name: lone }), 400, 'validation_failed');
    assertError(
      await t.client().post('/api/v1/bookings', { classId, guest: { ...guest('lone'), name: lone } }),
      400,
      'validation_failed',
    );
    assertError(await admin.patch('/api/v1/organisation', { name: lone }), 400, 'validation_failed');
    assertError(
      await admin.post('/api/v1/webhooks', { url: 'https://example.test/hook', description: lone, events: ['*'] }),
      400,
      'validation_failed',
    );
    assertError(await admin.post('/api/v1/classes', classInput({ title: lone })), 400, 'validation_failed');
  });

  test('a name or title is one line: a line break, a tab or a right-to-left override is refused, nothing written', async () => {
    for (const [i, name] of ['Eve\nPayment: PAID IN FULL', 'Eve\tTab', 'evE\u202e', 'Eve\u2028Line'].entries()) {
      const email = `one-line-${i}@example.test`;
      assertError(await t.client().signUp(email, name), 400, 'validation_failed');
      assertError(
        await t.client().post('/api/v1/bookings', { classId, guest: { ...guest(`one-line-${i}`), name } }),
        400,
        'validation_failed',
      );
      assertError(await admin.post('/api/v1/classes', classInput({ title: name })), 400, 'validation_failed');
      assertError(await admin.patch('/api/v1/organisation', { name }), 400, 'validation_failed');
      const found = await admin.get(`/api/v1/customers?q=${encodeURIComponent(`one-line-${i}`)}`);
      assert.deepEqual(found.body.customers, [], 'no customer was made');
    }
    const swedish = await t
      .client()
      .request(
        'POST',
        '/api/v1/bookings',
        { classId, guest: { ...guest('one-line-sv'), name: 'Eva\nBetald' } },
        { 'accept-language': 'sv' },
      );
    assertError(swedish, 400, 'validation_failed');
    assert.deepEqual(swedish.body.error.details, [
      { in: 'body', path: 'guest.name', message: 'måste vara en rad text, utan styrtecken' },
    ]);
    const accepted = await t.client().signUp('one-line-ok@example.test', 'Åsa Öberg-Ünal (she/her)');
    assert.equal(accepted.status, 201, JSON.stringify(accepted.body));
  });

  test('a surrogate pair (an emoji) is ordinary text', async () => {
    const response = await admin.post('/api/v1/classes', classInput({ title: 'Yoga 🧘' }));
    assert.equal(response.status, 201, JSON.stringify(response.body));
    assert.equal(response.body.title, 'Yoga 🧘');
  });
});

describe('dates are bounded to the years 1900–2200', () => {
  test('anonymous class lists from year 0, year 1 and to year 9999 in a zone west of UTC', async () => {
    for (const query of ['from=0000-01-01', 'from=0001-01-01', 'to=9999-12-31', 'from=1899-12-31']) {
      assertError(await t.client().get(`/api/v1/classes?${query}`), 400, 'validation_failed');
    }
    await admin.patch('/api/v1/organisation', { timeZone: 'America/Los_Angeles' });
    try {
      assertError(await t.client().get('/api/v1/classes?to=9999-12-31'), 400, 'validation_failed');
      const edge = await t.client().get('/api/v1/classes?from=1900-01-01&to=2200-12-31');
      assert.equal(edge.status, 200, JSON.stringify(edge.body));
    } finally {
      await admin.patch('/api/v1/organisation', { timeZone: 'Europe/Stockholm' });
    }
  });

  test('a class at 9999-12-31T22:00:00Z is refused, and the public list keeps working', async () => {
    const response = await admin.post(
      '/api/v1/classes',
      classInput({ startsAt: '9999-12-31T22:00:00Z', endsAt: '9999-12-31T23:00:00Z' }),
    );
    assertError(response, 400, 'validation_failed');
    assert.equal((await t.client().get('/api/v1/classes')).status, 200);
    assert.equal((await t.client().get('/api/v1/classes?from=2200-12-31')).status, 200);
  });

  test('every date in a query or a body is bounded: a report, an export, a promo window, time off', async () => {
    const customer = t.client();
    assert.equal((await customer.signUp('bounded-dates@example.test')).status, 201);
    for (const path of [
      '/api/v1/analytics/bookings?to=0001-01-01',
      '/api/v1/analytics/revenue-by-method/export?from=0001-01-01',
      '/api/v1/exports/payments?from=0001-01-01',
      '/api/v1/exports/bookings?to=9999-12-31',
      '/api/v1/invoices?from=0001-01-01',
    ]) {
      assertError(await admin.get(path), 400, 'validation_failed');
    }
    assertError(await customer.get('/api/v1/me/payments?from=0001-01-01'), 400, 'validation_failed');
    assertError(await customer.get('/api/v1/me/payments/export?to=9999-12-31'), 400, 'validation_failed');
    for (const validFrom of ['0000-01-01T00:00:00Z', '1800-06-01T00:00:00Z']) {
      const promo = await admin.post('/api/v1/pricing/promo-codes', {
        code: `OLD${validFrom.slice(0, 4)}`,
        adjustment: { kind: 'percent', basisPoints: 1000 },
        validFrom,
      });
      assertError(promo, 400, 'validation_failed');
    }
    const provider = await admin.post('/api/v1/providers', { name: 'Bounded Provider' });
    assert.equal(provider.status, 201, JSON.stringify(provider.body));
    const timeOff = `/api/v1/providers/${provider.body.id}/time-off`;
    assertError(await admin.get(`${timeOff}?from=0001-01-01`), 400, 'validation_failed');
    assert.equal((await admin.get(`${timeOff}?from=2200-01-01`)).status, 200);
    assert.equal((await admin.get('/api/v1/exports/payments?from=1900-01-01&format=json')).status, 200);
  });

  test('offsets beyond ±14:00 are refused', async () => {
    for (const startsAt of ['2027-05-01T10:00+25:00', '2027-05-01T10:00+14:30', '2027-05-01T10:00-15:00']) {
      const response = await admin.post('/api/v1/classes', classInput({ startsAt, endsAt: '2027-05-01T23:00Z' }));
      assertError(response, 400, 'validation_failed');
    }
    const kiribati = await admin.post(
      '/api/v1/classes',
      classInput({ startsAt: '2027-05-01T10:00+14:00', endsAt: '2027-05-01T11:00+14:00' }),
    );
    assert.equal(kiribati.status, 201, JSON.stringify(kiribati.body));
  });
});

describe("field messages come in the caller's language", () => {
  const sv = { 'accept-language': 'sv-SE,sv;q=0.9' };
  const problems = (body: Json) =>
    Object.fromEntries((body.error.details as { path: string; message: string }[]).map((d) => [d.path, d.message]));

  test("a schema's own words, zod's defaults and a missing field, in Swedish and in plain English", async () => {
    const swedish = await admin.request(
      'PATCH',
      '/api/v1/organisation',
      { swishNumber: 'abc', waitlistOfferMinutes: 1 },
      sv,
    );
    assert.equal(swedish.status, 400);
    assert.deepEqual(problems(swedish.body), {
      swishNumber: 'måste vara ett Swishnummer',
      waitlistOfferMinutes: 'måste vara minst 5',
    });
    const guest = { 'accept-language': 'sv' };
    const missing = await t.client().request('POST', '/api/v1/bookings', { classId, guest: { name: 'Ny' } }, guest);
    assert.equal(missing.status, 400);
    assert.equal(problems(missing.body)['guest.email'], 'krävs');
    const english = await t.client().post('/api/v1/bookings', { classId, guest: { name: 'New' } });
    assert.equal(problems(english.body)['guest.email'], 'required');
  });

  test("a service's field problem is translated too", async () => {
    const answer = await admin.request('POST', '/api/v1/pricing/tax-rates', { name: 'Dup', basisPoints: 600 }, sv);
    assert.equal(answer.status, 201, JSON.stringify(answer.body));
    const again = await admin.request('POST', '/api/v1/pricing/tax-rates', { name: 'Dup', basisPoints: 1200 }, sv);
    assert.equal(again.status, 400, JSON.stringify(again.body));
    assert.equal(problems(again.body).name, 'en annan momssats har redan det namnet');
  });
});

describe('codes are real codes', () => {
  test('a currency ISO 4217 does not know, or a country ISO 3166 does not, is refused and changes nothing', async () => {
    for (const currency of ['ZZZ', 'KRO', 'sek', 'XXX']) {
      assertError(await admin.patch('/api/v1/organisation', { currency }), 400, 'validation_failed');
    }
    assertError(await admin.patch('/api/v1/organisation', { country: 'SW' }), 400, 'validation_failed');
    assertError(await admin.patch('/api/v1/organisation', { country: 'ZZ' }), 400, 'validation_failed');
    const location = await admin.post('/api/v1/locations', {
      name: 'Nowhere',
      timeZone: 'Europe/Stockholm',
      address: { lines: ['Gatan 1'], city: 'Lund', country: 'SW' },
    });
    assertError(location, 400, 'validation_failed');
    const org = await admin.get('/api/v1/organisation');
    assert.equal(org.body.currency, 'SEK');
    const norway = await admin.patch('/api/v1/organisation', { country: 'NO' });
    assert.equal(norway.status, 200, JSON.stringify(norway.body));
    assert.equal(norway.body.country, 'NO');
  });
});

describe('money', () => {
  test('a booking total past 2^31 minor units is stored and answered exactly', async () => {
    const cls = await admin.post('/api/v1/classes', {
      ...classInput({ maxSpots: 30, maxSpotsPerCustomer: 22 }),
      price: { amount: 100_000_000 },
    });
    assert.equal(cls.status, 201, JSON.stringify(cls.body));
    const booked = await admin.post('/api/v1/bookings', {
      classId: cls.body.id,
      spots: 22,
      guest: guest('rich'),
      paymentMethod: 'venue',
    });
    assert.equal(booked.status, 201, JSON.stringify(booked.body));
    assert.equal(booked.body.booking.price.amount, 2_200_000_000);
    const read = await admin.get(`/api/v1/bookings/${booked.body.booking.id}`);
    assert.equal(read.body.price.amount, 2_200_000_000);
  });

  test('a booking with a payment cannot be deleted: 409 booking_has_payment, and it stays', async () => {
    const booked = await t
      .client()
      .post('/api/v1/bookings', { classId, guest: guest('swish'), paymentMethod: 'swish' });
    assert.equal(booked.status, 201, JSON.stringify(booked.body));
    assert.ok(booked.body.payment, 'a Swish booking waits for its payment');
    const id = booked.body.booking.id;
    assertError(await admin.delete(`/api/v1/bookings/${id}`), 409, 'booking_has_payment');
    assert.equal((await admin.get(`/api/v1/bookings/${id}`)).status, 200);
  });

  test('a booking without a payment is still deleted', async () => {
    const booked = await t
      .client()
      .post('/api/v1/bookings', { classId, guest: guest('venue'), paymentMethod: 'venue' });
    assert.equal(booked.status, 201, JSON.stringify(booked.body));
    assert.equal((await admin.delete(`/api/v1/bookings/${booked.body.booking.id}`)).status, 204);
  });
});

describe("the framework's own errors answer in the documented shape", () => {
  test('a bad percent-escape in the path', async () => {
    assertError(answer(await t.app.inject({ method: 'GET', url: '/api/v1/classes/%zz' })), 400, 'bad_request');
  });

  test('a path parameter over 100 characters, whichever route would have taken it', async () => {
    const url = `/api/v1/bookings/${'a'.repeat(101)}`;
    for (const method of ['DELETE', 'GET', 'PATCH'] as const) {
      assertError(answer(await t.app.inject({ method, url })), 414, 'uri_too_long');
    }
    const token = `/api/v1/manage/${'a'.repeat(101)}`;
    assertError(
      answer(await t.app.inject({ method: 'GET', url: token, headers: { accept: '*/*' } })),
      414,
      'uri_too_long',
    );
    assertError(answer(await t.app.inject({ method: 'GET', url: '/api/v1/nowhere' })), 404, 'route_not_found');
  });

  test('a URL over 16 KB, over a real socket', async () => {
    const response = await rawRequest(`GET /api/v1/classes?q=${'a'.repeat(17_000)} HTTP/1.1\r\nHost: x\r\n\r\n`);
    assertError(response, 431, 'headers_too_large');
  });

  test('a malformed header line, over a real socket', async () => {
    const response = await rawRequest('GET /api/v1/classes HTTP/1.1\r\nHost: x\r\nno colon here\r\n\r\n');
    assertError(response, 400, 'bad_request');
  });

  test('a request the parser refuses is logged without its bytes: no cookie, key, CSRF token or password', async () => {
    const secrets = ['SECRETSESSION123', 'sw_SECRETAPIKEY123', 'SECRETCSRF123', 'SECRET-PASSWORD-1'];
    const before = t.logs.length;
    const response = await rawRequest(
      'DELETE /api/v1/me HTTP/1.1\r\nHost: x\r\n' +
        `Authorization: Bearer ${secrets[1]}\r\nCookie: slotwise_session=${secrets[0]}\r\n` +
        `X-CSRF-Token: ${secrets[2]}\r\nX-Bad\x01: y\r\n\r\n{"password":"${secrets[3]}"}`,
    );
    assertError(response, 400, 'bad_request');
    const logged = t.logs.slice(before);
    assert.ok(
      logged.some((line) => line.msg === 'client error'),
      'the refusal is logged',
    );
    // A logged Buffer is written as its bytes ({ type: 'Buffer', data: [...] }): read those as text too.
    const text = JSON.stringify(logged, (_key, value) =>
      value?.type === 'Buffer' && Array.isArray(value.data) ? Buffer.from(value.data).toString('latin1') : value,
    );
    for (const secret of secrets) assert.ok(!text.includes(secret), `the log holds ${secret}`);
  });
});
