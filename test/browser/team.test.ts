import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { ADMIN } from '../support/app.ts';
import { TestSmtpServer } from '../support/smtp.ts';
import { type BrowserRun, assertAccessible, browserSkipReason, signIn, startBrowserRun, withPage } from './harness.ts';

describe('the team: invitations by mail', { skip: browserSkipReason() }, () => {
  let run: BrowserRun;
  const smtp = new TestSmtpServer();
  before(async () => {
    await smtp.start();
    run = await startBrowserRun({ smtpUrl: smtp.url });
  });
  after(async () => {
    await run?.close();
    await smtp.stop();
  });

  /** The path of the join link in the last mail to `email`. */
  const joinPath = async (email: string) => {
    await run.app.runJobs();
    const mail = smtp.to(email).at(-1);
    assert.ok(mail, `an invitation mailed to ${email}`);
    const link = /href="([^"]+\/join\?token=[^"]+)"/.exec(mail.html)?.[1];
    assert.ok(link, mail.html);
    const url = new URL(link.replaceAll('&amp;', '&'));
    return `${url.pathname}${url.search}`;
  };

  test('an admin invites a new address; the link makes the account as staff and opens the dashboard', async (t) => {
    await withPage(run, t, async (page) => {
      await signIn(page, ADMIN.email, ADMIN.password);
      await page.goto('/admin/team');
      await page.getByRole('heading', { name: 'Team', level: 1 }).waitFor();
      const form = page
        .locator('form')
        .filter({ has: page.getByRole('heading', { name: 'Invite someone to the team' }) });
      await form.getByLabel('Email').fill('nora.new@example.test');
      await form.getByRole('button', { name: 'Send the invitation' }).click();
      await page.getByText('Invitation sent to nora.new@example.test.').waitFor();
      await page.getByRole('cell', { name: 'nora.new@example.test', exact: true }).waitFor();
      await assertAccessible(page, 'the team page with an open invitation');
    });
    const path = await joinPath('nora.new@example.test');

    await withPage(run, t, async (page) => {
      await page.goto(path);
      await page.getByText('invites nora.new@example.test to join the team as staff').waitFor();
      await page.getByRole('button', { name: 'Accept and join' }).click();
      await page.getByText('Please fill this in.').waitFor();
      await page.getByLabel('Your name').fill('Nora New');
      await page.getByLabel('Password').fill('nora-password-1');
      await assertAccessible(page, 'the join page');
      await page.getByRole('button', { name: 'Accept and join' }).click();
      await page.getByText('Welcome to the team.').waitFor();
      await page.getByRole('link', { name: 'Go to the dashboard' }).click();
      await page.waitForURL(/\/admin/);
      await page.goto(path);
      await page.getByText('This invitation link is unknown, already used').waitFor();
    });
    const nora = run.app.client();
    assert.equal((await nora.signIn('nora.new@example.test', 'nora-password-1')).status, 200);
    assert.equal((await nora.get('/api/v1/me')).body.role, 'staff');
  });

  test('an address with an account signs in from the link and comes back to accept; a withdrawn link stops working', async (t) => {
    const olle = run.app.client();
    assert.equal((await olle.signUp('olle@example.test', 'Olle Customer', 'olle-password-1')).status, 201);
    assert.equal(
      (await run.admin.post('/api/v1/team/invitations', { email: 'olle@example.test', role: 'admin' })).status,
      201,
    );
    const path = await joinPath('olle@example.test');

    await withPage(run, t, async (page) => {
      await page.goto(path);
      await page.getByText('There is an account with olle@example.test here already.').waitFor();
      await page.getByRole('link', { name: 'Sign in as olle@example.test' }).click();
      await page.getByLabel('Email').fill('olle@example.test');
      await page.getByLabel('Password').fill('olle-password-1');
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.getByText('invites olle@example.test to join the team as an admin').waitFor();
      await page.getByRole('button', { name: 'Accept and join' }).click();
      await page.getByText('Welcome to the team.').waitFor();
    });
    assert.equal((await olle.get('/api/v1/me')).body.role, 'admin');

    const sent = await run.admin.post('/api/v1/team/invitations', { email: 'pia@example.test', role: 'staff' });
    assert.equal(sent.status, 201);
    const piaPath = await joinPath('pia@example.test');
    await withPage(run, t, async (page) => {
      await signIn(page, ADMIN.email, ADMIN.password);
      await page.goto('/admin/team');
      await page.getByRole('button', { name: 'Withdraw the invitation to pia@example.test' }).click();
      await page.getByText('The invitation to pia@example.test is withdrawn').waitFor();
      await page.goto(piaPath);
      await page.getByText('This invitation link is unknown, already used').waitFor();
    });
  });

  test('the last admin cannot step down', async (t) => {
    // Olle became an admin above; make him customer again so that the admin is the last one.
    const olle = (await run.admin.get('/api/v1/users?email=olle@example.test')).body.users[0];
    assert.equal((await run.admin.patch(`/api/v1/users/${olle.id}`, { role: 'customer' })).status, 200);
    await withPage(run, t, async (page) => {
      await signIn(page, ADMIN.email, ADMIN.password);
      await page.goto('/admin/team');
      await page.getByLabel(`Role of ${(await run.admin.get('/api/v1/me')).body.name}`).selectOption('staff');
      await page.getByRole('alert').getByText('admin', { exact: false }).waitFor();
    });
    assert.equal((await run.admin.get('/api/v1/me')).body.role, 'admin', 'the last admin stays');
  });
});
