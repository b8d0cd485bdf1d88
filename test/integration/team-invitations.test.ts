// Invitations to the team: an admin invites an address as admin or staff; the mailed link, opened once
// within a week, gives that role to the account of that address, or makes the account.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../src/platform/db.ts';
import { type Client, type TestApp, startTestApp } from '../support/app.ts';
import { TestSmtpServer } from '../support/smtp.ts';

let t: TestApp;
let admin: Client;
const smtp = new TestSmtpServer();
const DAY = 24 * 3600_000;

before(async () => {
  await smtp.start();
  t = await startTestApp({ smtpUrl: smtp.url });
  admin = await t.admin();
});
after(async () => {
  await t.close();
  await smtp.stop();
});

/** Invites and reads the link's token from the mail. */
async function invite(email: string, role: 'admin' | 'staff' = 'staff') {
  const sent = await admin.post('/api/v1/team/invitations', { email, role });
  assert.equal(sent.status, 201, JSON.stringify(sent.body));
  await t.runJobs();
  const mail = smtp.to(email).at(-1);
  assert.ok(mail, `an invitation mailed to ${email}`);
  const token = /\/join\?token=([\w-]+)/.exec(mail.text)?.[1];
  assert.ok(token, mail.text);
  return { invitation: sent.body, token, mail };
}

const roleOf = async (email: string) =>
  (await queryRows<{ role: string }>(t.database.db, sql`SELECT role FROM users WHERE email = ${email}`))[0]?.role;

describe('inviting someone to the team', () => {
  test('a new address: the link shows the invitation, makes the account with the role, signs it in, and works once', async () => {
    const { invitation, token, mail } = await invite('nina@example.test', 'staff');
    assert.equal(invitation.email, 'nina@example.test');
    assert.equal(invitation.role, 'staff');
    assert.equal(invitation.expired, false);
    assert.match(mail.subject, /invited/i);
    assert.match(mail.text, /as staff/);

    const visitor = t.client();
    const shown = await visitor.get(`/api/v1/invitations/${token}`);
    assert.equal(shown.status, 200, JSON.stringify(shown.body));
    assert.deepEqual(
      { email: shown.body.email, role: shown.body.role, hasAccount: shown.body.hasAccount },
      { email: 'nina@example.test', role: 'staff', hasAccount: false },
    );

    const missing = await visitor.post(`/api/v1/invitations/${token}/accept`, {});
    assert.equal(missing.status, 400);
    assert.deepEqual(missing.body.error.details.map((d: { path: string }) => d.path).sort(), ['name', 'password']);
    assert.equal(await roleOf('nina@example.test'), undefined, 'a refused acceptance makes nothing');

    const accepted = await visitor.post(`/api/v1/invitations/${token}/accept`, {
      name: 'Nina Staff',
      password: 'staff-password-1',
    });
    assert.equal(accepted.status, 200, JSON.stringify(accepted.body));
    assert.equal(accepted.body.user.role, 'staff');
    visitor.csrfToken = accepted.body.csrfToken;
    assert.equal((await visitor.get('/api/v1/me')).body.email, 'nina@example.test', 'signed in as the new account');
    assert.equal(await roleOf('nina@example.test'), 'staff');

    const again = await t
      .client()
      .post(`/api/v1/invitations/${token}/accept`, { name: 'X', password: 'another-password-1' });
    assert.equal(again.status, 404);
    assert.equal(again.body.error.code, 'invitation_invalid');
    assert.equal((await t.client().get(`/api/v1/invitations/${token}`)).status, 404);
    const signIn = await t.client().signIn('nina@example.test', 'staff-password-1');
    assert.equal(signIn.status, 200, 'the password chosen on the link works');

    const open = await admin.get('/api/v1/team/invitations');
    assert.ok(
      !open.body.invitations.some((i: { email: string }) => i.email === 'nina@example.test'),
      'accepted ones leave the list',
    );
  });

  test('an existing customer account must be signed in as the address; another account is refused', async () => {
    const customer = t.client();
    assert.equal((await customer.signUp('carl@example.test', 'Carl')).status, 201);
    const { token } = await invite('carl@example.test', 'admin');

    const anonymous = await t.client().post(`/api/v1/invitations/${token}/accept`, {
      name: 'Someone',
      password: 'takeover-password-1',
    });
    assert.equal(anonymous.status, 409);
    assert.equal(anonymous.body.error.code, 'invitation_sign_in');
    assert.equal((await t.client().get(`/api/v1/invitations/${token}`)).body.hasAccount, true);

    const other = t.client();
    assert.equal((await other.signUp('otto@example.test', 'Otto')).status, 201);
    const wrong = await other.post(`/api/v1/invitations/${token}/accept`, {});
    assert.equal(wrong.status, 409);
    assert.equal(wrong.body.error.code, 'invitation_other_account');
    assert.equal(await roleOf('otto@example.test'), 'customer');
    assert.equal(await roleOf('carl@example.test'), 'customer', 'refusals changed nothing');

    const accepted = await customer.post(`/api/v1/invitations/${token}/accept`, {});
    assert.equal(accepted.status, 200, JSON.stringify(accepted.body));
    assert.equal(accepted.body.user.role, 'admin');
    assert.equal(await roleOf('carl@example.test'), 'admin');
    assert.equal((await customer.get('/api/v1/team/invitations')).status, 200, 'the session now acts as admin');
  });

  test('inviting again voids the earlier link; a withdrawn link and an expired one do not work', async () => {
    const first = await invite('ida@example.test');
    const second = await invite('ida@example.test', 'admin');
    assert.notEqual(first.token, second.token);
    assert.equal((await t.client().get(`/api/v1/invitations/${first.token}`)).status, 404, 'the first link is void');
    const open = (await admin.get('/api/v1/team/invitations')).body.invitations.filter(
      (i: { email: string }) => i.email === 'ida@example.test',
    );
    assert.equal(open.length, 1);
    assert.equal(open[0].role, 'admin');

    const withdrawn = await admin.delete(`/api/v1/team/invitations/${second.invitation.id}`);
    assert.equal(withdrawn.status, 204);
    assert.equal((await admin.delete(`/api/v1/team/invitations/${second.invitation.id}`)).status, 404);
    const late = await t.client().post(`/api/v1/invitations/${second.token}/accept`, {
      name: 'Ida',
      password: 'ida-password-12',
    });
    assert.equal(late.status, 404);
    assert.equal(await roleOf('ida@example.test'), undefined);

    const third = await invite('ida@example.test');
    t.clock.advance(7 * DAY + 60_000);
    try {
      const listed = (await admin.get('/api/v1/team/invitations')).body.invitations.find(
        (i: { id: string }) => i.id === third.invitation.id,
      );
      assert.equal(listed.expired, true, 'an expired invitation stays listed, marked expired');
      const expired = await t.client().post(`/api/v1/invitations/${third.token}/accept`, {
        name: 'Ida',
        password: 'ida-password-12',
      });
      assert.equal(expired.status, 404);
      assert.equal(expired.body.error.code, 'invitation_invalid');
    } finally {
      t.clock.advance(-(7 * DAY + 60_000));
    }
  });

  test('someone on the team already is refused; staff and customers cannot invite; bad input changes nothing', async () => {
    const taken = await admin.post('/api/v1/team/invitations', { email: 'nina@example.test', role: 'admin' });
    assert.equal(taken.status, 409);
    assert.equal(taken.body.error.code, 'already_on_team');

    const staff = t.client();
    assert.equal((await staff.signIn('nina@example.test', 'staff-password-1')).status, 200);
    assert.equal(
      (await staff.post('/api/v1/team/invitations', { email: 'x@example.test', role: 'admin' })).status,
      403,
    );
    assert.equal((await staff.get('/api/v1/team/invitations')).status, 403);
    assert.equal(
      (await t.client().post('/api/v1/team/invitations', { email: 'x@example.test', role: 'staff' })).status,
      401,
    );

    for (const body of [
      { email: 'not-an-address', role: 'staff' },
      { email: 'y@example.test', role: 'customer' },
      { email: 'y@example.test', role: 'staff', extra: 1 },
      { role: 'staff' },
    ]) {
      const refused = await admin.post('/api/v1/team/invitations', body);
      assert.equal(refused.status, 400, JSON.stringify(body));
      assert.equal(refused.body.error.code, 'validation_failed');
    }
    const rows = await queryRows<{ n: number }>(
      t.database.db,
      sql`SELECT count(*)::int AS n FROM team_invitations WHERE email IN ('x@example.test', 'y@example.test')`,
    );
    assert.equal(rows[0]?.n, 0);
    for (const token of ['x', 'a'.repeat(43), 'a'.repeat(201)]) {
      const status = (await t.client().get(`/api/v1/invitations/${token}`)).status;
      assert.ok([400, 404, 414].includes(status), `${token.length}: ${status}`);
    }
  });

  test('two acceptances of one link at once: one account, one acceptance', async () => {
    const { token } = await invite('twin@example.test');
    const answers = await Promise.all(
      [1, 2, 3].map(() =>
        t.client().post(`/api/v1/invitations/${token}/accept`, { name: 'Twin', password: 'twin-password-1' }),
      ),
    );
    assert.deepEqual(answers.map((a) => a.status).sort(), [200, 404, 404], JSON.stringify(answers.map((a) => a.body)));
    const rows = await queryRows<{ n: number }>(
      t.database.db,
      sql`SELECT count(*)::int AS n FROM users WHERE email = 'twin@example.test'`,
    );
    assert.equal(rows[0]?.n, 1);
  });

  test('the invitation and its mail come in the organisation language; the audit log names each step', async () => {
    assert.equal((await admin.patch('/api/v1/organisation', { defaultLocale: 'sv' })).status, 200);
    try {
      const { mail } = await invite('sven@example.test', 'admin');
      assert.match(mail.subject, /inbjuden/);
      assert.match(mail.text, /som administratör/);
    } finally {
      await admin.patch('/api/v1/organisation', { defaultLocale: 'en' });
    }
    const actions = await queryRows<{ action: string }>(
      t.database.db,
      sql`SELECT DISTINCT action FROM audit_log WHERE entity_type = 'team_invitation' ORDER BY action`,
    );
    assert.deepEqual(
      actions.map((a) => a.action),
      ['team.invitation_accepted', 'team.invitation_withdrawn', 'team.invited'],
    );
  });
});
