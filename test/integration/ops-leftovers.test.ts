// Issue 13's operations leftovers: the organisation answer says whether there is a logo and which one
// (so the web app asks only when there is, under a URL cached as immutable), the webhook event names
// served from the server's one list, staff actions on jobs audited, and the funnel beacon tallied in memory.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { eq, sql } from 'drizzle-orm';
import pino from 'pino';
import { buildApp } from '../../src/app.ts';
import { webhookEventTypes } from '../../src/modules/webhooks/webhooks.tables.ts';
import { loadConfig } from '../../src/platform/config.ts';
import { queryRows, transaction } from '../../src/platform/db.ts';
import { enqueueJob, jobs } from '../../src/platform/jobs.ts';
import { type Client, type TestApp, startTestApp } from '../support/app.ts';

let t: TestApp;
let admin: Client;

before(async () => {
  t = await startTestApp();
  admin = await t.admin();
});
after(async () => {
  await t?.close();
});

// 2×2 RGBA PNG (the invoices test's).
const PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAYAAABytg0kAAAAE0lEQVR4nGP4z8DQAMIMDP8hEAA55Ab7GrcJWQAAAABJRU5ErkJggg==';

const getLogo = (query: string, headers: Record<string, string> = {}) =>
  t.app.inject({ method: 'GET', url: `/api/v1/organisation/logo${query}`, headers });

describe('the logo in the organisation answer', () => {
  test('no logo: logoVersion is null; each new logo a new version; its URL is immutable, an old or no version revalidates', async () => {
    const anonymous = t.client();
    assert.equal((await anonymous.get('/api/v1/organisation')).body.logoVersion, null);

    assert.equal((await admin.request('PUT', '/api/v1/organisation/logo', { image: PNG })).status, 204);
    const first = (await anonymous.get('/api/v1/organisation')).body.logoVersion as string;
    assert.match(first, /^\d+$/);

    const cached = await getLogo(`?v=${first}`);
    assert.equal(cached.statusCode, 200);
    assert.equal(cached.rawPayload.toString('base64'), PNG);
    assert.equal(cached.headers['cache-control'], 'public, max-age=31536000, immutable');
    assert.equal(cached.headers.etag, `"${first}"`);
    assert.match(String(cached.headers.vary), /x-org/i);
    const revalidated = await getLogo(`?v=${first}`, { 'if-none-match': `"${first}"` });
    assert.equal(revalidated.statusCode, 304);

    // The same image again is still a new version: a cached copy under the old URL is never wrong.
    assert.equal((await admin.request('PUT', '/api/v1/organisation/logo', { image: PNG })).status, 204);
    const second = (await anonymous.get('/api/v1/organisation')).body.logoVersion as string;
    assert.ok(BigInt(second) > BigInt(first), `${second} after ${first}`);
    const stale = await getLogo(`?v=${first}`);
    assert.equal(stale.statusCode, 200);
    assert.equal(stale.headers['cache-control'], 'public, no-cache');
    assert.equal((await getLogo('')).headers['cache-control'], 'public, no-cache');
    assert.equal((await getLogo('?v=not-a-number')).statusCode, 400);

    assert.equal((await admin.request('DELETE', '/api/v1/organisation/logo')).status, 204);
    assert.equal((await anonymous.get('/api/v1/organisation')).body.logoVersion, null);
    assert.equal((await getLogo(`?v=${second}`)).statusCode, 404);
  });

  test("another organisation's logo is its own version", async () => {
    await t.createOrg('logo-other', 'logo-other-admin@example.test');
    const other = t.client('logo-other');
    await other.signIn('logo-other-admin@example.test', 'admin-password-1');
    assert.equal((await other.request('PUT', '/api/v1/organisation/logo', { image: PNG })).status, 204);
    assert.match((await t.client('logo-other').get('/api/v1/organisation')).body.logoVersion, /^\d+$/);
    assert.equal((await t.client().get('/api/v1/organisation')).body.logoVersion, null);
  });
});

describe('the webhook events', () => {
  test("the list is the server's own, each with a line in the caller's language", async () => {
    const english = await admin.get('/api/v1/webhooks/events');
    assert.equal(english.status, 200, JSON.stringify(english.body));
    const names = english.body.events.map((e: { name: string }) => e.name);
    assert.deepEqual(names, [...webhookEventTypes]);
    const lines = english.body.events.map((e: { description: string }) => e.description);
    assert.ok(lines.every((line: string) => line.length > 5 && !line.includes('\n')));
    assert.equal(new Set(lines).size, lines.length, 'no two events read the same');

    const swedish = await admin.get('/api/v1/webhooks/events', { 'accept-language': 'sv' });
    assert.deepEqual(
      swedish.body.events.map((e: { name: string }) => e.name),
      names,
    );
    assert.notDeepEqual(
      swedish.body.events.map((e: { description: string }) => e.description),
      lines,
    );
  });
});

describe('staff actions on jobs', () => {
  async function deadJob(): Promise<number> {
    const tag = `ops-${Math.random().toString(36).slice(2)}`;
    await transaction(t.database.db, (tx) =>
      enqueueJob(tx, { orgId: t.org.id, kind: 'test.ops', payload: { tag }, maxAttempts: 1 }),
    );
    const [row] = await t.database.db
      .update(jobs)
      .set({ status: 'dead', finishedAt: new Date() })
      .where(sql`${jobs.payload}->>'tag' = ${tag}`)
      .returning();
    assert.ok(row);
    return row.id;
  }

  const retryAudits = async () =>
    (await admin.get(`/api/v1/audit-log?entityType=organisation&entityId=${t.org.id}&limit=500`)).body.entries.filter(
      (e: { action: string }) => e.action === 'job.retried',
    );

  test('a retried job is audited with the admin as its actor; a refused retry writes nothing', async () => {
    const id = await deadJob();
    const before = (await retryAudits()).length;
    const retried = await admin.post(`/api/v1/jobs/${id}/retry`);
    assert.equal(retried.status, 200, JSON.stringify(retried.body));

    const entries = await retryAudits();
    assert.equal(entries.length, before + 1);
    const entry = entries.find((e: { after: { jobId: number } }) => e.after.jobId === id);
    assert.ok(entry, JSON.stringify(entries));
    const me = (await admin.get('/api/v1/auth/session')).body.user;
    assert.deepEqual(entry.actor, { type: 'user', id: me.id, label: me.name });
    assert.equal(entry.after.kind, 'test.ops');

    // Pending now: not retryable, and no entry for the refusal.
    assert.equal((await admin.post(`/api/v1/jobs/${id}/retry`)).status, 404);
    assert.equal((await retryAudits()).length, before + 1);
    const [row] = await t.database.db.select().from(jobs).where(eq(jobs.id, id));
    assert.equal(row?.status, 'pending');
  });
});

describe('the funnel beacon', () => {
  const counted = async (day: string) =>
    Object.fromEntries(
      (
        await queryRows<{ step: string; count: string }>(
          t.database.db,
          sql`SELECT step, count FROM analytics_funnel_days WHERE org_id = ${t.org.id} AND day = ${day}::date`,
        )
      ).map((r) => [r.step, Number(r.count)]),
    );

  test('N beacons over two app instances on one database add up to N once both have closed', async () => {
    // A day no other test counts on, fixed so the two apps agree on it whatever the date of the run.
    t.clock.set('2031-05-14T10:00:00Z');
    const day = '2031-05-14';
    const second = await buildApp({
      config: loadConfig({ NODE_ENV: 'test', PUBLIC_URL: 'http://slotwise.test', DEMO_DATA: 'false' }),
      database: t.database,
      db: t.database.db,
      clock: t.clock,
      logger: pino({ level: 'silent' }),
      cardGateway: null,
    });
    let closed = false;
    try {
      await second.ready();
      const beacon = (app: typeof second, step: string) =>
        app.inject({ method: 'POST', url: '/api/v1/analytics/events', payload: { step } });
      const answers = await Promise.all([
        ...Array.from({ length: 30 }, (_, i) => beacon(i % 2 ? t.app : second, 'page_view')),
        ...Array.from({ length: 7 }, (_, i) => beacon(i % 2 ? t.app : second, 'checkout_started')),
      ]);
      assert.ok(answers.every((a) => a.statusCode === 204));
      t.clock.set(new Date()); // the admin's session would have expired by 2031
      await second.close();
      closed = true;
      assert.ok(((await counted(day)).page_view ?? 0) >= 15, 'the closed app wrote its tally');
      // The funnel as read from the other app includes its own tally.
      const funnel = await admin.get(`/api/v1/analytics/funnel?from=${day}&to=${day}`);
      assert.equal(funnel.status, 200, JSON.stringify(funnel.body));
      assert.equal(funnel.body.rows[0].pageViews, 30);
      assert.equal(funnel.body.rows[0].checkoutsStarted, 7);
      assert.deepEqual(await counted(day), { page_view: 30, checkout_started: 7 });
    } finally {
      t.clock.set(new Date());
      if (!closed) await second.close();
    }
  });
});
