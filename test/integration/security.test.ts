import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import pino from 'pino';
import { queryRows } from '../../src/platform/db.ts';
import { buildApp } from '../../src/app.ts';
import { loadConfig } from '../../src/platform/config.ts';
import { ADMIN, type TestApp, classInput, startTestApp } from '../support/app.ts';
import { TestSmtpServer } from '../support/smtp.ts';

let t: TestApp;
const smtp = new TestSmtpServer();
before(async () => {
  await smtp.start();
  t = await startTestApp({ smtpUrl: smtp.url });
});
after(async () => {
  await t.close();
  await smtp.stop();
});

/** Every reset token mailed to `email` so far, oldest first. */
async function resetTokens(email: string): Promise<string[]> {
  await t.runJobs();
  return smtp.to(email).flatMap((mail) => /token=([\w-]+)/.exec(mail.text)?.[1] ?? []);
}

describe('password reset tokens', () => {
  test('a reset voids every other outstanding reset link', async () => {
    await t.client().signUp('olga@example.test', 'Olga', 'first-password-1');
    await t.client().post('/api/v1/auth/password-reset', { email: 'olga@example.test' });
    await t.client().post('/api/v1/auth/password-reset', { email: 'olga@example.test' });
    const [older, newest] = await resetTokens('olga@example.test');
    assert.ok(older && newest && older !== newest);
    const reset = await t
      .client()
      .post('/api/v1/auth/password-reset/confirm', { token: newest, password: 'second-password-2' });
    assert.equal(reset.status, 204);
    const stale = await t
      .client()
      .post('/api/v1/auth/password-reset/confirm', { token: older, password: 'attacker-password-3' });
    assert.equal(stale.status, 400);
    assert.equal(stale.body.error.code, 'invalid_reset_token');
    assert.equal((await t.client().signIn('olga@example.test', 'second-password-2')).status, 200);
  });
});

describe('idempotency keys', () => {
  test("a second anonymous caller replaying someone's key and body does not receive their manage token", async () => {
    const admin = await t.admin();
    const cls = (await admin.post('/api/v1/classes', classInput({}, t.clock.now()))).body;
    const book = (remoteAddress: string) =>
      t.app.inject({
        method: 'POST',
        url: '/api/v1/bookings',
        remoteAddress,
        headers: { 'idempotency-key': 'shared-key-0001' },
        payload: { classId: cls.id, guest: { name: 'Pia', email: 'pia@example.test' } },
      });
    const first = await book('198.51.100.7');
    assert.equal(first.statusCode, 201);
    const token = first.json().manageToken;
    assert.ok(token);
    const retry = await book('198.51.100.7');
    assert.equal(retry.json().manageToken, token, "the caller's own retry is replayed");
    const other = await book('203.0.113.9');
    assert.ok(!other.body.includes(token), 'no manage token for another caller');
    assert.equal(other.json().booking.id, first.json().booking.id, 'and no second booking');
  });
});

describe('security headers', () => {
  const csp = (value: unknown) =>
    new Map(
      String(value)
        .split(';')
        .map((part) => part.trim().split(/\s+/))
        .filter((words) => words[0])
        .map(([name, ...sources]) => [name as string, sources]),
    );

  test('every answer, errors included, says nosniff, no framing and no referrer', async () => {
    for (const url of ['/api/v1/classes', '/api/v1/nothing-here', '/api/docs/', '/api/health']) {
      const response = await t.app.inject({ method: 'GET', url });
      assert.equal(response.headers['x-content-type-options'], 'nosniff', url);
      assert.equal(response.headers['referrer-policy'], 'no-referrer', url);
      assert.equal(response.headers['x-frame-options'], 'DENY', url);
      const policy = csp(response.headers['content-security-policy']);
      assert.deepEqual(policy.get('frame-ancestors'), ["'none'"], url);
      assert.equal(response.headers['strict-transport-security'], undefined, 'no HSTS over plain http');
    }
  });

  test('the CSP allows the app itself and Stripe.js, and nothing else', async () => {
    const policy = csp(
      (await t.app.inject({ method: 'GET', url: '/api/v1/classes' })).headers['content-security-policy'],
    );
    assert.deepEqual(policy.get('default-src'), ["'self'"]);
    assert.deepEqual(policy.get('script-src'), ["'self'", 'https://js.stripe.com', 'https://*.js.stripe.com']);
    assert.deepEqual(policy.get('frame-src'), [
      'https://js.stripe.com',
      'https://*.js.stripe.com',
      'https://hooks.stripe.com',
    ]);
    assert.deepEqual(policy.get('connect-src'), ["'self'", 'https://api.stripe.com']);
    assert.deepEqual(policy.get('object-src'), ["'none'"]);
    assert.deepEqual(policy.get('base-uri'), ["'self'"]);
  });

  test('the API docs page loads only what the CSP allows', async () => {
    const page = await t.app.inject({ method: 'GET', url: '/api/docs' });
    assert.equal(page.statusCode, 200);
    assert.doesNotMatch(page.body, /<script>|<script [^>]*>[^<\s]/, 'no inline script');
    for (const src of page.body.matchAll(/<script src="([^"]+)"/g)) {
      assert.match(src[1] ?? '', /^\.?\/?[\w./-]+$/, 'scripts from this server only');
    }
  });

  test('personal answers are never cached: session, account, manage link, calendar feed', async () => {
    const admin = await t.admin();
    const cls = (await admin.post('/api/v1/classes', classInput({}, t.clock.now()))).body;
    const customer = t.client();
    await customer.signUp('quinn@example.test', 'Quinn');
    const booked = await customer.post('/api/v1/bookings', { classId: cls.id });
    assert.equal(booked.headers['cache-control'], 'no-store');
    const feed = await customer.get('/api/v1/me/calendar');
    const feedPath = new URL(feed.body.url).pathname;
    for (const response of [
      await customer.get('/api/v1/auth/session'),
      await customer.get('/api/v1/me'),
      await customer.get('/api/v1/me/bookings'),
      feed,
      await t.app.inject({ method: 'GET', url: feedPath }).then((r) => ({ status: r.statusCode, headers: r.headers })),
      await t.client().get(`/api/v1/manage/${booked.body.manageToken}`),
    ]) {
      assert.equal(response.status, 200);
      assert.equal(response.headers['cache-control'], 'no-store');
    }
  });

  test('over https: HSTS, and the session is a __Host- cookie that a plain-named cookie cannot stand in for', async () => {
    const secure = await startTestApp({ publicUrl: 'https://book.example.test' });
    try {
      const response = await secure.app.inject({ method: 'GET', url: '/api/v1/classes' });
      assert.match(String(response.headers['strict-transport-security']), /^max-age=\d{7,}/);
      const signedIn = await secure.app.inject({
        method: 'POST',
        url: '/api/v1/auth/sign-in',
        payload: { email: ADMIN.email, password: ADMIN.password },
      });
      assert.equal(signedIn.statusCode, 200);
      const [cookie] = signedIn.cookies;
      assert.equal(cookie?.name, '__Host-slotwise_session');
      assert.equal(cookie.secure, true);
      assert.equal(cookie.path, '/');
      assert.equal(cookie.domain, undefined, 'a __Host- cookie names no domain');
      const me = (name: string) =>
        secure.app.inject({ method: 'GET', url: '/api/v1/me', headers: { cookie: `${name}=${cookie.value}` } });
      assert.equal((await me('__Host-slotwise_session')).statusCode, 200);
      assert.equal((await me('slotwise_session')).statusCode, 401, 'the http name is not read over https');
      const signedOut = await secure.app.inject({
        method: 'POST',
        url: '/api/v1/auth/sign-out',
        headers: { cookie: `__Host-slotwise_session=${cookie.value}`, 'x-csrf-token': signedIn.json().csrfToken },
      });
      assert.equal(signedOut.statusCode, 204);
      const cleared = signedOut.cookies.find((c) => c.name === '__Host-slotwise_session');
      assert.equal(cleared?.value, '', 'sign-out clears the cookie it set');
      assert.equal(cleared?.secure, true, 'with the same options, or the browser keeps it');
      assert.equal((await me('__Host-slotwise_session')).statusCode, 401);
    } finally {
      await secure.close();
    }
  });
});

describe('sign-in and reset limits', () => {
  const signIn = (app: TestApp['app'], remoteAddress: string, email: string, password: string) =>
    app.inject({ method: 'POST', url: '/api/v1/auth/sign-in', remoteAddress, payload: { email, password } });

  test('one account guessed from 40 addresses is slowed down, and its owner gets in after a minute', async () => {
    await t.client().signUp('ruth@example.test', 'Ruth', 'ruths-password-1');
    const statuses: number[] = [];
    for (let i = 0; i < 40; i++) {
      statuses.push((await signIn(t.app, `198.18.0.${i + 1}`, 'ruth@example.test', `guess-${i}`)).statusCode);
    }
    assert.deepEqual(statuses, [...Array(5).fill(401), ...Array(35).fill(429)]);
    const owner = await signIn(t.app, '198.18.1.1', 'ruth@example.test', 'ruths-password-1');
    assert.equal(owner.statusCode, 429, 'while slowed down, even the right password waits');
    assert.ok(Number(owner.headers['retry-after']) <= 60, 'never more than a minute');
    t.clock.advance(61_000);
    assert.equal((await signIn(t.app, '198.18.1.1', 'ruth@example.test', 'ruths-password-1')).statusCode, 200);
    // A success starts the account afresh.
    assert.equal((await signIn(t.app, '198.18.1.2', 'ruth@example.test', 'guess-again')).statusCode, 401);
  });

  test('one address guessing across 22 accounts is stopped', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 40; i++) {
      statuses.push((await signIn(t.app, '198.18.2.1', `victim${i % 22}@example.test`, `guess-${i}`)).statusCode);
    }
    assert.deepEqual(statuses, [...Array(20).fill(401), ...Array(20).fill(429)]);
    assert.equal(
      (await signIn(t.app, '198.18.2.2', 'victim1@example.test', 'guess')).statusCode,
      401,
      'others are not',
    );
  });

  test('the counts are in the database: a second app process sees them', async () => {
    await t.client().signUp('sven@example.test', 'Sven', 'svens-password-1');
    const second = await buildApp({
      config: loadConfig({ NODE_ENV: 'test', PUBLIC_URL: 'http://slotwise.test', DEMO_DATA: 'false' }),
      database: t.database,
      db: t.database.db,
      clock: t.clock,
      logger: pino({ level: 'silent' }),
      cardGateway: null,
    });
    try {
      for (let i = 0; i < 5; i++) {
        const app = i % 2 === 0 ? t.app : second;
        assert.equal((await signIn(app, `198.18.3.${i}`, 'sven@example.test', `guess-${i}`)).statusCode, 401);
      }
      assert.equal((await signIn(second, '198.18.3.9', 'sven@example.test', 'guess-9')).statusCode, 429);
      assert.equal((await signIn(t.app, '198.18.3.9', 'sven@example.test', 'guess-9')).statusCode, 429);
    } finally {
      await second.close();
    }
  });

  test('reset mails are limited per mailbox and per address, whether or not the account exists', async () => {
    const ask = (remoteAddress: string, email: string) =>
      t.app.inject({ method: 'POST', url: '/api/v1/auth/password-reset', remoteAddress, payload: { email } });
    const mailbox: number[] = [];
    for (let i = 0; i < 5; i++) mailbox.push((await ask(`198.18.4.${i}`, 'nobody-here@example.test')).statusCode);
    assert.deepEqual(mailbox, [202, 202, 202, 429, 429]);
    const address: number[] = [];
    for (let i = 0; i < 12; i++) address.push((await ask('198.18.5.1', `someone${i}@example.test`)).statusCode);
    assert.deepEqual(address, [...Array(10).fill(202), 429, 429]);
  });
});

describe('secrets at rest', () => {
  test('no manage or calendar token is stored; the links in the answer, the mail and the feed work', async () => {
    const admin = await t.admin();
    const cls = (await admin.post('/api/v1/classes', classInput({ location: 'Hall B' }, t.clock.now()))).body;
    const guestBooking = await t
      .client()
      .post(
        '/api/v1/bookings',
        { classId: cls.id, guest: { name: 'Stina', email: 'stina@example.test' } },
        { 'idempotency-key': 'stina-booking-1' },
      );
    assert.equal(guestBooking.status, 201);
    const token: string = guestBooking.body.manageToken;
    const customer = t.client();
    await customer.signUp('tore@example.test', 'Tore');
    await customer.post('/api/v1/bookings', { classId: cls.id });
    const feedUrl: string = (await customer.get('/api/v1/me/calendar')).body.url;
    const feedToken = /customers\/([\w-]+)\.ics$/.exec(feedUrl)?.[1];
    assert.ok(feedToken);
    await t.runJobs();

    // A database leak: every booking and customer row, as text.
    const dump = JSON.stringify([
      ...(await queryRows(t.database.db, sql`SELECT * FROM bookings`)),
      ...(await queryRows(t.database.db, sql`SELECT * FROM customers`)),
      ...(await queryRows(t.database.db, sql`SELECT payload FROM jobs`)),
      ...(await queryRows(t.database.db, sql`SELECT response_body FROM idempotency_keys`)),
    ]);
    assert.ok(!dump.includes(token), 'the manage token is nowhere in the database');
    assert.ok(!dump.includes(feedToken), 'nor the calendar feed token');

    const mail = smtp.to('stina@example.test').at(-1);
    assert.ok(mail?.text.includes(`/manage/${token}`), 'the confirmation mail carries the same link');
    assert.equal((await t.client().get(`/api/v1/manage/${token}`)).status, 200);
    const feed = await t.app.inject({ method: 'GET', url: new URL(feedUrl).pathname });
    assert.equal(feed.statusCode, 200);
    assert.match(feed.body, /BEGIN:VEVENT/);
    // A token for another purpose, or altered, opens nothing.
    assert.equal((await t.client().get(`/api/v1/manage/${feedToken}`)).status, 404);
    const altered = `${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`;
    assert.equal((await t.client().get(`/api/v1/manage/${altered}`)).status, 404);
  });

  test('links made before tokens were hashed keep working through their hash (as migration 0005 stores it)', async () => {
    const admin = await t.admin();
    const cls = (await admin.post('/api/v1/classes', classInput({}, t.clock.now()))).body;
    const booked = await t
      .client()
      .post('/api/v1/bookings', { classId: cls.id, guest: { name: 'Ulf', email: 'ulf@example.test' } });
    const legacy = 'legacy-manage-token-0123456789abcdefghijklmno';
    const sha = (value: string) =>
      sql`translate(rtrim(encode(sha256(convert_to(${value}::text, 'UTF8')), 'base64'), '='), '+/', '-_')`;
    await queryRows(
      t.database.db,
      sql`UPDATE bookings SET legacy_manage_token_hash = ${sha(legacy)} WHERE id = ${booked.body.booking.id}`,
    );
    const seen = await t.client().get(`/api/v1/manage/${legacy}`);
    assert.equal(seen.status, 200);
    assert.equal(seen.body.id, booked.body.booking.id);

    const legacyFeed = 'legacy-calendar-token-0123456789abcdefghijkl';
    const [row] = await queryRows<{ customer_id: string }>(
      t.database.db,
      sql`SELECT customer_id FROM bookings WHERE id = ${booked.body.booking.id}`,
    );
    await queryRows(
      t.database.db,
      sql`UPDATE customers SET legacy_calendar_token_hash = ${sha(legacyFeed)} WHERE id = ${row?.customer_id}`,
    );
    const feed = await t.app.inject({ method: 'GET', url: `/api/v1/calendar/customers/${legacyFeed}.ics` });
    assert.equal(feed.statusCode, 200);
  });
});
