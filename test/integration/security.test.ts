import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { type TestApp, startTestApp } from '../support/app.ts';
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
