// The platform operator: /api/platform (a bearer token from PLATFORM_ADMIN_TOKEN), the slotwise CLI,
// and an organisation's branding as its mails carry it.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { sql } from 'drizzle-orm';
import { openDatabase, queryRows } from '../../src/platform/db.ts';
import { Client, type TestApp, startTestApp } from '../support/app.ts';
import { TestSmtpServer } from '../support/smtp.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const TOKEN = 'platform-operator-token-0123456789abcdef';

let t: TestApp;
let smtp: TestSmtpServer;
before(async () => {
  smtp = await new TestSmtpServer().start();
  t = await startTestApp({ smtpUrl: smtp.url, env: { PLATFORM_ADMIN_TOKEN: TOKEN } });
});
after(async () => {
  await t?.close();
  await smtp?.stop();
});

const platform = (method: 'GET' | 'POST', url: string, body?: object, token: string | null = TOKEN) =>
  t.app.inject({
    method,
    url,
    headers: token === null ? {} : { authorization: `Bearer ${token}` },
    ...(body ? { payload: body } : {}),
  });

const orgCount = async () =>
  (await queryRows<{ n: number }>(t.database.db, sql`SELECT count(*)::int AS n FROM organisations`))[0]?.n;

describe('the platform API', () => {
  test('refuses without the token, or with a wrong one', async () => {
    for (const token of [null, 'wrong-token-wrong-token-wrong-token-x']) {
      const answer = await platform('GET', '/api/platform/organisations', undefined, token);
      assert.equal(answer.statusCode, 401);
      assert.equal(answer.json().error.code, 'unauthenticated');
    }
    const before = await orgCount();
    const refused = await platform('POST', '/api/platform/organisations', { slug: 'x1', name: 'X' }, null);
    assert.equal(refused.statusCode, 401);
    assert.equal(await orgCount(), before);
  });

  test('creates an organisation whose admin signs in at its address; audited with the operator as actor', async () => {
    const created = await platform('POST', '/api/platform/organisations', {
      slug: 'harbour-yoga',
      name: 'Harbour Yoga',
      adminEmail: 'Owner@Harbour.test',
      timeZone: 'Europe/Oslo',
      currency: 'NOK',
    });
    assert.equal(created.statusCode, 201, created.body);
    const body = created.json();
    assert.equal(body.organisation.slug, 'harbour-yoga');
    assert.equal(body.organisation.timeZone, 'Europe/Oslo');
    assert.equal(body.admin.email, 'owner@harbour.test');
    assert.ok(body.admin.password.length >= 12);

    const owner = new Client(t.app, 'harbour-yoga');
    assert.equal((await owner.signIn('owner@harbour.test', body.admin.password)).status, 200);
    const audit = await owner.get('/api/v1/audit-log?limit=10');
    assert.equal(audit.status, 200);
    const entry = audit.body.entries.find((e: { action: string }) => e.action === 'organisation.created');
    assert.deepEqual(entry?.actor, { type: 'system', id: null, label: 'platform api' });
    // Not the default organisation's admin: the new admin is nobody there.
    assert.equal((await new Client(t.app).signIn('owner@harbour.test', body.admin.password)).status, 401);

    const list = await platform('GET', '/api/platform/organisations');
    assert.equal(list.statusCode, 200);
    assert.deepEqual(
      list.json().organisations.map((o: { slug: string }) => o.slug),
      ['default', 'harbour-yoga'],
    );
  });

  test('a slug in use, or bad input, is refused and writes nothing', async () => {
    const before = await orgCount();
    const taken = await platform('POST', '/api/platform/organisations', {
      slug: 'harbour-yoga',
      name: 'Again',
      adminEmail: 'other@harbour.test',
    });
    assert.equal(taken.statusCode, 409);
    assert.equal(taken.json().error.code, 'organisation_exists');
    for (const bad of [
      { slug: 'Bad Slug', name: 'X', adminEmail: 'a@b.test' },
      { slug: 'ok-slug', name: '', adminEmail: 'a@b.test' },
      { slug: 'ok-slug', name: 'X', adminEmail: 'not-an-address' },
      { slug: 'ok-slug', name: 'X', adminEmail: 'a@b.test', timeZone: 'Mars/Olympus' },
    ]) {
      const refused = await platform('POST', '/api/platform/organisations', bad);
      assert.equal(refused.statusCode, 400, JSON.stringify(bad));
      assert.equal(refused.json().error.code, 'validation_failed');
    }
    assert.equal(await orgCount(), before);
  });

  test('adds an admin to an organisation; an address in use there is refused', async () => {
    const added = await platform('POST', '/api/platform/organisations/harbour-yoga/admins', {
      email: 'second@harbour.test',
    });
    assert.equal(added.statusCode, 201);
    assert.equal(
      (await new Client(t.app, 'harbour-yoga').signIn('second@harbour.test', added.json().password)).status,
      200,
    );
    const again = await platform('POST', '/api/platform/organisations/harbour-yoga/admins', {
      email: 'second@harbour.test',
    });
    assert.equal(again.statusCode, 409);
    assert.equal(again.json().error.code, 'email_taken');
    const nowhere = await platform('POST', '/api/platform/organisations/no-such-org/admins', { email: 'x@y.test' });
    assert.equal(nowhere.statusCode, 404);
  });
});

describe('branding', () => {
  test('an accent colour too light for white text is refused; a dark one is kept', async () => {
    const admin = await t.admin();
    for (const accentColor of ['#ffff00', '#7fd3ca', 'teal', '#0F766E']) {
      const refused = await admin.patch('/api/v1/organisation', { accentColor });
      assert.equal(refused.status, 400, accentColor);
      assert.equal(refused.body.error.code, 'validation_failed');
    }
    const kept = await admin.patch('/api/v1/organisation', { accentColor: '#5b21b6' });
    assert.equal(kept.status, 200);
    assert.equal((await t.client().get('/api/v1/organisation')).body.accentColor, '#5b21b6');
  });

  test("mails go out under the organisation's name, with its reply-to address", async () => {
    const admin = await t.admin();
    assert.equal(
      (
        await admin.patch('/api/v1/organisation', {
          name: 'Studio Nord',
          mailFrom: null,
          mailReplyTo: 'desk@nord.test',
        })
      ).status,
      200,
    );
    await t.client().post('/api/v1/auth/password-reset', { email: 'admin@example.test' });
    await t.runJobs();
    await smtp.waitFor((mails) => mails.some((mail) => mail.to.includes('admin@example.test')));
    const mail = smtp.received.find((m) => m.to.includes('admin@example.test'));
    assert.match(mail?.headers.from ?? '', /^"?Studio Nord"? <studio@example\.test>$/);
    assert.equal(mail?.headers['reply-to'], 'desk@nord.test');
  });
});

describe('the slotwise CLI', () => {
  const run = promisify(execFile);
  let dataDir: string;
  before(async () => {
    dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'slotwise-cli-'));
  });
  after(() => fs.rm(dataDir, { recursive: true, force: true }));

  // The embedded database in its own directory, whichever database the other tests use.
  const cli = async (...args: string[]) => {
    const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, LOG_LEVEL: 'silent' };
    delete env.DATABASE_URL;
    try {
      const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', 'scripts/slotwise.ts', ...args], {
        cwd: root,
        env,
      });
      return { code: 0, stdout, stderr };
    } catch (error) {
      const failed = error as { code: number; stdout: string; stderr: string };
      return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
    }
  };

  test('--help; a command on an unmigrated database asks for migrate', async () => {
    const help = await cli('--help');
    assert.equal(help.code, 0);
    assert.match(help.stdout, /org create --slug/);
    const early = await cli('org', 'list');
    assert.equal(early.code, 1);
    assert.match(early.stderr, /slotwise -- migrate/);
  });

  test('migrate, org create (the admin password printed once), org list, integrity, export', async () => {
    assert.equal((await cli('migrate')).code, 0);
    assert.match((await cli('migrate')).stdout, /up to date/);
    const created = await cli(
      'org',
      'create',
      '--slug',
      'fjord',
      '--name',
      'Fjord Pilates',
      '--admin-email',
      'a@fjord.test',
    );
    assert.equal(created.code, 0, created.stderr);
    assert.match(created.stdout, /\/o\/fjord\//);
    assert.match(created.stdout, /Admin password: \S{12,}/);
    const again = await cli('org', 'create', '--slug', 'fjord', '--name', 'Again', '--admin-email', 'b@fjord.test');
    assert.equal(again.code, 1);
    assert.match(again.stderr, /organisation_exists/);
    const bad = await cli('org', 'create', '--slug', 'fjord2', '--name', 'X', '--admin-email', 'nope');
    assert.equal(bad.code, 1);
    assert.match(bad.stderr, /adminEmail/);
    assert.match((await cli('org', 'list')).stdout, /^fjord\tFjord Pilates\tEurope\/Stockholm\tSEK$/m);
    const admin = await cli('admin', 'create', '--org', 'fjord', '--email', 'second@fjord.test');
    assert.equal(admin.code, 0, admin.stderr);
    const integrity = await cli('integrity');
    assert.equal(integrity.code, 0);
    assert.match(integrity.stdout, /fjord: clean/);
    const exported = await cli('export', '--org', 'fjord', '--what', 'customers', '--format', 'json');
    assert.equal(exported.code, 0, exported.stderr);
    assert.doesNotThrow(() => JSON.parse(exported.stdout.replace(/^\uFEFF/, '')));
    assert.match((await cli('jobs', 'retry-dead', '--org', 'fjord')).stdout, /0 dead jobs/);
    assert.equal((await cli('nonsense')).code, 1);
  });

  test('jobs retry-dead puts a dead job back and audits it with the operator as the actor', async () => {
    const orgOf = "(SELECT id FROM organisations WHERE slug = 'fjord')";
    let database = await openDatabase({ kind: 'pglite', dataDir: path.join(dataDir, 'pglite') });
    try {
      await database.db.execute(
        sql.raw(
          `INSERT INTO jobs (org_id, kind, status, attempts) VALUES (${orgOf}, 'mail.booking_confirmed', 'dead', 8)`,
        ),
      );
    } finally {
      await database.close();
    }
    const retried = await cli('jobs', 'retry-dead', '--org', 'fjord');
    assert.equal(retried.code, 0, retried.stderr);
    assert.match(retried.stdout, /1 dead job back in the queue/);
    database = await openDatabase({ kind: 'pglite', dataDir: path.join(dataDir, 'pglite') });
    try {
      const rows = await queryRows<{ status: string; actor_type: string; actor_label: string; after: unknown }>(
        database.db,
        sql.raw(`SELECT j.status, a.actor_type, a.actor_label, a.after FROM jobs j
          JOIN audit_log a ON a.org_id = j.org_id AND a.action = 'jobs.dead_retried' AND a.entity_id = j.org_id
          WHERE j.org_id = ${orgOf}`),
      );
      assert.equal(rows.length, 1);
      assert.deepEqual(
        { ...rows[0], after: undefined },
        { status: 'pending', actor_type: 'system', actor_label: 'cli', after: undefined },
      );
      assert.deepEqual(
        (rows[0]?.after as { jobs: { kind: string }[] } | undefined)?.jobs.map((job) => job.kind),
        ['mail.booking_confirmed'],
      );
    } finally {
      await database.close();
    }
  });

  test('refuses the embedded database while another process holds it', async () => {
    // This test process opens it as `npm start` would, and so holds its lock.
    const held = await openDatabase({ kind: 'pglite', dataDir: path.join(dataDir, 'pglite') });
    try {
      const refused = await cli('org', 'list');
      assert.equal(refused.code, 1);
      assert.match(refused.stderr, /in use by another Slotwise process/);
    } finally {
      await held.close();
    }
  });
});
