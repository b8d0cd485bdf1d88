import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../src/platform/db.ts';
import { pruneIdempotencyKeys } from '../../src/platform/idempotency.ts';
import { pruneFinishedJobs } from '../../src/platform/jobs.ts';
import { type TestApp, classInput, guest, startTestApp } from '../support/app.ts';

let t: TestApp;
before(async () => {
  t = await startTestApp();
});
after(() => t.close());

const DAY = 24 * 3600_000;

test('idempotency keys are replayed for a day, then forgotten', async () => {
  const admin = await t.admin();
  const headers = { 'idempotency-key': 'housekeeping-key-1' };
  const first = await admin.request('POST', '/api/v1/classes', classInput({ title: 'Kept' }, t.clock.now()), headers);
  assert.equal(first.status, 201);
  await pruneIdempotencyKeys(t.database.db, new Date(Date.now() + DAY / 2));
  const within = await admin.request('POST', '/api/v1/classes', classInput({ title: 'Other' }, t.clock.now()), headers);
  assert.equal(within.body.error?.code, 'idempotency_key_reused', 'still remembered after half a day');
  await pruneIdempotencyKeys(t.database.db, new Date(Date.now() + DAY + 60_000));
  const later = await admin.request('POST', '/api/v1/classes', classInput({ title: 'Other' }, t.clock.now()), headers);
  assert.equal(later.status, 201, 'a day later the key is free again');
  assert.notEqual(later.body.id, first.body.id);
});

test('finished jobs are removed after a month; pending and dead ones stay', async () => {
  const admin = await t.admin();
  const cls = (await admin.post('/api/v1/classes', classInput({}, t.clock.now()))).body;
  await t.client().post('/api/v1/bookings', { classId: cls.id, guest: guest('tidy') });
  await t.runJobs();
  const count = async (status: string) =>
    (
      await queryRows<{ n: number }>(t.database.db, sql`SELECT count(*)::int AS n FROM jobs WHERE status = ${status}`)
    )[0]?.n ?? 0;
  const done = await count('done');
  const pending = await count('pending');
  assert.ok(done > 0, 'the confirmation mail job is done');
  await pruneFinishedJobs(t.database.db, new Date(Date.now() + 29 * DAY));
  assert.equal(await count('done'), done);
  await pruneFinishedJobs(t.database.db, new Date(Date.now() + 31 * DAY));
  assert.equal(await count('done'), 0);
  assert.equal(await count('pending'), pending, 'the reminder still waits');
});
