import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { type TestApp, classInput, startTestApp } from '../support/app.ts';
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
