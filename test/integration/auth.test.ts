import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../src/platform/db.ts';
import { ADMIN, type TestApp, startTestApp } from '../support/app.ts';
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

/** The reset link from the last mail to `email`, delivered over SMTP by the job runner. */
async function lastResetToken(email: string): Promise<string> {
  await t.runJobs();
  const mail = smtp.to(email).at(-1);
  assert.ok(mail, `no mail to ${email}`);
  const match = /token=([\w-]+)/.exec(mail.text);
  assert.ok(match?.[1]);
  return match[1];
}

describe('accounts and sessions', () => {
  test('sign up sets an HTTP-only SameSite session cookie and signs in', async () => {
    const client = t.client();
    const response = await client.signUp('Dana@Example.test', 'Dana');
    assert.equal(response.status, 201);
    assert.equal(response.body.user.email, 'dana@example.test');
    assert.equal(response.body.user.role, 'customer');
    const cookie = String(response.headers['set-cookie']);
    assert.match(cookie, /slotwise_session=/);
    assert.match(cookie, /HttpOnly/i);
    assert.match(cookie, /SameSite=Lax/i);
    assert.equal((await client.get('/api/v1/me')).body.email, 'dana@example.test');
    const session = await client.get('/api/v1/auth/session');
    assert.equal(session.body.csrfToken, client.csrfToken);
  });

  test('the same email cannot sign up twice; passwords are checked', async () => {
    await t.client().signUp('eve@example.test', 'Eve');
    const again = await t.client().signUp('EVE@example.test', 'Eve 2');
    assert.equal(again.status, 409);
    assert.equal(again.body.error.code, 'email_taken');
    const wrong = await t.client().signIn('eve@example.test', 'wrong-password-1');
    assert.equal(wrong.status, 401);
    assert.equal(wrong.body.error.code, 'invalid_credentials');
    const unknown = await t.client().signIn('nobody@example.test', 'wrong-password-1');
    assert.equal(unknown.body.error.code, 'invalid_credentials', 'an unknown email answers the same');
    const short = await t
      .client()
      .post('/api/v1/auth/sign-up', { email: 'f@example.test', name: 'F', password: 'short' });
    assert.equal(short.status, 400);
    assert.equal(short.body.error.details[0].path, 'password');
  });

  test('passwords are stored as argon2id hashes', async () => {
    await t.client().signUp('hash@example.test', 'Hash', 'hash-password-1');
    const rows = await queryRows<{ password_hash: string }>(
      t.database.db,
      sql`SELECT password_hash FROM users WHERE email = 'hash@example.test'`,
    );
    assert.match(rows[0]!.password_hash, /^\$argon2id\$/);
    assert.ok(!rows[0]!.password_hash.includes('hash-password-1'));
  });

  test('sign out ends the session', async () => {
    const client = t.client();
    await client.signUp('gus@example.test', 'Gus');
    assert.equal((await client.post('/api/v1/auth/sign-out')).status, 204);
    const me = await client.get('/api/v1/me');
    assert.equal(me.status, 401);
    assert.equal(me.body.error.code, 'unauthenticated');
  });

  test('password reset: mailed link, one use, old sessions end, new password works', async () => {
    const old = t.client();
    await old.signUp('hal@example.test', 'Hal', 'first-password-1');
    const asked = await t.client().post('/api/v1/auth/password-reset', { email: 'hal@example.test' });
    assert.equal(asked.status, 202);
    const unknown = await t.client().post('/api/v1/auth/password-reset', { email: 'nobody@example.test' });
    assert.equal(unknown.status, 202, 'no hint whether the account exists');
    await t.runJobs();
    assert.equal(smtp.to('nobody@example.test').length, 0);
    const token = await lastResetToken('hal@example.test');

    const reset = await t
      .client()
      .post('/api/v1/auth/password-reset/confirm', { token, password: 'second-password-2' });
    assert.equal(reset.status, 204);
    assert.equal((await old.get('/api/v1/me')).status, 401, 'sessions end on reset');
    assert.equal((await t.client().signIn('hal@example.test', 'first-password-1')).status, 401);
    assert.equal((await t.client().signIn('hal@example.test', 'second-password-2')).status, 200);

    const reused = await t
      .client()
      .post('/api/v1/auth/password-reset/confirm', { token, password: 'third-password-3' });
    assert.equal(reused.status, 400);
    assert.equal(reused.body.error.code, 'invalid_reset_token');
  });

  test('a reset link expires after an hour', async () => {
    await t.client().signUp('ida@example.test', 'Ida');
    await t.client().post('/api/v1/auth/password-reset', { email: 'ida@example.test' });
    const token = await lastResetToken('ida@example.test');
    t.clock.advance(61 * 60_000);
    try {
      const late = await t.client().post('/api/v1/auth/password-reset/confirm', { token, password: 'late-password-1' });
      assert.equal(late.body.error.code, 'invalid_reset_token');
    } finally {
      t.clock.advance(-61 * 60_000);
    }
  });

  test('the reset mail is in the user language', async () => {
    await t.client().post('/api/v1/auth/sign-up', {
      email: 'jan@example.test',
      name: 'Jan',
      password: 'swedish-password-1',
      locale: 'sv',
    });
    await t.client().post('/api/v1/auth/password-reset', { email: 'jan@example.test' });
    await t.runJobs();
    const mail = smtp.to('jan@example.test').at(-1);
    assert.match(mail!.subject, /^Återställ ditt lösenord/);
    assert.match(mail!.html, /<a href="http:\/\/slotwise\.test\/reset-password\?token=/);
  });

  test('admins change roles; the last admin cannot be demoted', async () => {
    const admin = await t.admin();
    const staff = t.client();
    const signedUp = await staff.signUp('kim@example.test', 'Kim');
    const promoted = await admin.patch(`/api/v1/users/${signedUp.body.user.id}`, { role: 'staff' });
    assert.equal(promoted.body.role, 'staff');
    assert.equal((await staff.get('/api/v1/me')).body.role, 'staff', 'the role applies to the live session');
    const users = await admin.get('/api/v1/users?role=admin');
    const adminId = users.body.users.find((u: { email: string }) => u.email === ADMIN.email).id;
    const demote = await admin.patch(`/api/v1/users/${adminId}`, { role: 'customer' });
    assert.equal(demote.status, 422);
    assert.equal(demote.body.error.code, 'last_admin');
  });

  test('a user changes their name and language; messages follow the language', async () => {
    const client = t.client();
    await client.signUp('lena@example.test', 'Lena');
    const changed = await client.patch('/api/v1/me', { locale: 'sv', name: 'Lena S' });
    assert.equal(changed.status, 200);
    assert.equal(changed.body.locale, 'sv');
    assert.equal(changed.body.name, 'Lena S');
    const missing = await client.get('/api/v1/bookings/00000000-0000-4000-8000-000000000000');
    assert.equal(missing.body.error.message, 'Bokningen finns inte.');
    assert.equal((await client.patch('/api/v1/me', {})).status, 400);
    assert.equal((await t.client().patch('/api/v1/me', { locale: 'sv' })).status, 401);
  });

  test('guessing a password is slowed down: after 5 tries, 429 rate_limited with Retry-After', async () => {
    await t.client().signUp('target@example.test', 'Target', 'right-password-1');
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++)
      statuses.push((await t.client().signIn('target@example.test', `wrong-password-${i}`)).status);
    assert.deepEqual(statuses, [...Array(5).fill(401), 429]);
    const limited = await t.client().signIn('target@example.test', 'right-password-1');
    assert.equal(limited.status, 429);
    assert.equal(limited.body.error.code, 'rate_limited');
    assert.ok(Number(limited.headers['retry-after']) >= 1);
    assert.equal((await t.client().signIn(ADMIN.email, ADMIN.password)).status, 200, 'other accounts are not affected');
  });

  test('a session from one organisation is not valid in another', async () => {
    await t.createOrg('elsewhere', 'boss@elsewhere.test');
    const boss = t.client('elsewhere');
    assert.equal((await boss.signIn('boss@elsewhere.test', ADMIN.password)).status, 200);
    assert.equal((await boss.get('/api/v1/me')).body.role, 'admin');
    const cookieOnly = await t.app.inject({
      method: 'GET',
      url: '/api/v1/me',
      headers: { cookie: boss.cookie ?? '' },
    });
    assert.equal(cookieOnly.statusCode, 401);
    assert.equal(
      (await t.client().signIn('boss@elsewhere.test', ADMIN.password)).status,
      401,
      'accounts are per organisation',
    );
  });
});

describe('finding an account by its address (to add someone to the team)', () => {
  test('an admin finds exactly the account of an address; the address is checked; staff may not look', async () => {
    const person = t.client();
    assert.equal((await person.signUp('Find.Me@example.test', 'Finn Me')).status, 201);
    const admin = await t.admin();
    const found = await admin.get('/api/v1/users?email=find.me@EXAMPLE.test');
    assert.equal(found.status, 200, JSON.stringify(found.body));
    assert.deepEqual(
      found.body.users.map((u: { email: string }) => u.email),
      ['find.me@example.test'],
    );
    assert.deepEqual((await admin.get('/api/v1/users?email=nobody@example.test')).body.users, []);
    assert.equal((await admin.get('/api/v1/users?email=not-an-address')).status, 400);
    const promoted = await admin.patch(`/api/v1/users/${found.body.users[0].id}`, { role: 'staff' });
    assert.equal(promoted.status, 200);
    assert.equal((await person.get('/api/v1/users?email=find.me@example.test')).status, 403);
  });
});
