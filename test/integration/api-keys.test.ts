// API keys for integrators: made by an admin with scopes, the secret shown once and kept as a hash,
// used as `Authorization: Bearer …` without CSRF, every change audited with the key as the actor,
// refused the moment it is revoked or its maker stops being an admin.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../src/platform/db.ts';
import { type Client, type TestApp, classInput, startTestApp } from '../support/app.ts';

let t: TestApp;
let admin: Client;

before(async () => {
  t = await startTestApp();
  admin = await t.admin();
});
after(() => t?.close());

async function makeKey(scopes: string[], by = admin) {
  const response = await by.post('/api/v1/api-keys', { name: `Key ${scopes.join('+')}`, scopes });
  assert.equal(response.status, 201, JSON.stringify(response.body));
  return response.body as { key: { id: string; prefix: string }; secret: string };
}

async function withKey(secret: string, method: 'GET' | 'POST' | 'DELETE', url: string, body?: object, org?: string) {
  const response = await t.app.inject({
    method,
    url,
    headers: { authorization: `Bearer ${secret}`, ...(org ? { 'x-org': org } : {}) },
    ...(body ? { payload: body } : {}),
  });
  return { status: response.statusCode, body: response.body ? response.json() : undefined };
}

describe('making and listing keys', () => {
  test('the secret is in the answer once; the list and the database hold only a prefix and a hash', async () => {
    const made = await makeKey(['read']);
    assert.match(made.secret, /^sw_[A-Za-z0-9_-]{43}$/);
    assert.equal(made.secret.slice(0, 10), made.key.prefix);
    const list = await admin.get('/api/v1/api-keys');
    assert.equal(list.status, 200);
    assert.ok(!JSON.stringify(list.body).includes(made.secret));
    assert.ok(list.body.keys.some((key: { id: string }) => key.id === made.key.id));
    const { rows } = (await t.database.db.execute(
      sql`SELECT token_hash FROM api_keys WHERE id = ${made.key.id}`,
    )) as unknown as { rows: { token_hash: string }[] };
    assert.equal(rows.length, 1);
    assert.notEqual(rows[0]?.token_hash, made.secret);
    assert.ok(!rows[0]?.token_hash.includes(made.secret.slice(3)));
  });

  test('bad input: no scopes, an unknown scope, a scope twice, an empty name → 400, nothing made', async () => {
    const before = (await admin.get('/api/v1/api-keys')).body.keys.length;
    for (const body of [
      { name: 'x', scopes: [] },
      { name: 'x', scopes: ['root'] },
      { name: 'x', scopes: ['read', 'read'] },
      { name: ' ', scopes: ['read'] },
    ]) {
      const response = await admin.post('/api/v1/api-keys', body);
      assert.equal(response.status, 400, JSON.stringify(body));
      assert.equal(response.body.error.code, 'validation_failed');
    }
    assert.equal((await admin.get('/api/v1/api-keys')).body.keys.length, before);
  });

  test('a customer or staff member cannot make keys, and a key cannot make or list keys', async () => {
    const customer = t.client();
    await customer.signUp('keys-customer@example.test');
    assert.equal((await customer.post('/api/v1/api-keys', { name: 'mine', scopes: ['admin'] })).status, 403);
    const { secret } = await makeKey(['admin']);
    const byKey = await withKey(secret, 'POST', '/api/v1/api-keys', { name: 'child', scopes: ['admin'] });
    assert.deepEqual([byKey.status, byKey.body.error.code], [403, 'api_key_not_allowed']);
    assert.equal((await withKey(secret, 'GET', '/api/v1/api-keys')).body.error.code, 'api_key_not_allowed');
    assert.equal((await withKey(secret, 'GET', '/api/v1/me')).body.error.code, 'api_key_not_allowed');
  });

  test("no key, read or admin, gets a provider's calendar-feed address: it would outlive the key", async () => {
    const provider = await admin.post('/api/v1/providers', { name: 'Feed Keeper', timeZone: 'Europe/Stockholm' });
    assert.equal(provider.status, 201, JSON.stringify(provider.body));
    const link = `/api/v1/providers/${provider.body.id}/calendar-link`;
    assert.equal((await admin.get(link)).status, 200, 'an admin signed in gets it');
    for (const scopes of [['read'], ['admin']]) {
      const { secret } = await makeKey(scopes);
      const read = await withKey(secret, 'GET', link);
      assert.deepEqual([read.status, read.body.error?.code], [403, 'api_key_not_allowed'], JSON.stringify(read.body));
      const replaced = await withKey(secret, 'POST', `${link}/replace`, {});
      assert.deepEqual([replaced.status, replaced.body.error?.code], [403, 'api_key_not_allowed']);
    }
  });
});

describe('calling with a key', () => {
  test('a read key reads what staff read, changes nothing, and its use is noted', async () => {
    const { key, secret } = await makeKey(['read']);
    const list = await withKey(secret, 'GET', '/api/v1/bookings');
    assert.equal(list.status, 200, JSON.stringify(list.body));
    assert.ok(Array.isArray(list.body.bookings));
    const refused = await withKey(secret, 'POST', '/api/v1/classes', classInput());
    assert.deepEqual([refused.status, refused.body.error.code], [403, 'insufficient_scope']);
    assert.equal(refused.body.error.details.needed, 'catalogue:write');
    const used = (await admin.get('/api/v1/api-keys')).body.keys.find((k: { id: string }) => k.id === key.id);
    assert.ok(used.lastUsedAt, 'last use is recorded');
  });

  test('a catalogue key makes a class without a CSRF token; the audit log names the key', async () => {
    const { key, secret } = await makeKey(['catalogue:write', 'read']);
    const made = await withKey(secret, 'POST', '/api/v1/classes', classInput({ title: 'Made by a key' }));
    assert.equal(made.status, 201, JSON.stringify(made.body));
    const audit = await admin.get(`/api/v1/audit-log?entityType=class&entityId=${made.body.id}`);
    const entry = audit.body.entries.find((e: { action: string }) => e.action === 'class.created');
    assert.deepEqual(entry.actor, { type: 'api_key', id: key.id, label: 'Key catalogue:write+read' });
  });

  test('selling a package takes the payments scope, not the catalogue one: it records money and grants credits', async () => {
    const pack = await admin.post('/api/v1/packages', {
      name: 'Key pack',
      credits: 10,
      price: { amount: 100_000 },
      validityDays: 90,
      scope: 'everything',
    });
    assert.equal(pack.status, 201, JSON.stringify(pack.body));
    const cls = await admin.post('/api/v1/classes', classInput({ title: 'For a customer id' }));
    const booked = await t.client().post('/api/v1/bookings', {
      classId: cls.body.id,
      guest: { name: 'Pack Buyer', email: 'pack.buyer@example.test' },
    });
    assert.equal(booked.status, 201, JSON.stringify(booked.body));
    const customerId = booked.body.booking.customer.id as string;
    const sale = { paymentMethod: 'venue', customerId };
    const catalogue = await makeKey(['catalogue:write']);
    const refused = await withKey(catalogue.secret, 'POST', `/api/v1/packages/${pack.body.id}/purchase`, sale);
    assert.deepEqual([refused.status, refused.body.error.code], [403, 'insufficient_scope']);
    assert.equal(refused.body.error.details.needed, 'payments:write');
    const credits = await admin.get(`/api/v1/customers/${customerId}/credits`);
    assert.equal(credits.body.balance, 0, 'the refusal granted nothing');
    const payments = await makeKey(['payments:write']);
    const sold = await withKey(payments.secret, 'POST', `/api/v1/packages/${pack.body.id}/purchase`, sale);
    assert.equal(sold.status, 201, JSON.stringify(sold.body));
  });

  test("a key is nobody's customer: booking, buying or queueing for itself is refused, for a guest it books", async () => {
    const { secret } = await makeKey(['bookings:write', 'payments:write', 'read']);
    const open = await admin.post('/api/v1/classes', classInput({ title: 'Booked by a key', maxSpots: 1 }));
    const pack = await admin.post('/api/v1/packages', {
      name: 'Self pack',
      credits: 5,
      price: { amount: 50_000 },
      validityDays: 90,
      scope: 'everything',
    });
    const customers = async () =>
      (await queryRows<{ n: number }>(t.database.db, sql`SELECT count(*)::int AS n FROM customers`))[0]?.n;
    const customersBefore = await customers();
    for (const [url, body] of [
      ['/api/v1/bookings', { classId: open.body.id, paymentMethod: 'venue' }],
      [`/api/v1/packages/${pack.body.id}/purchase`, { paymentMethod: 'venue' }],
    ] as const) {
      const refused = await withKey(secret, 'POST', url, body);
      assert.deepEqual([refused.status, refused.body.error.code], [403, 'api_key_not_allowed'], url);
    }
    const forGuest = await withKey(secret, 'POST', '/api/v1/bookings', {
      classId: open.body.id,
      guest: { name: 'Kay Guest', email: 'kay.guest@example.test' },
    });
    assert.equal(forGuest.status, 201, JSON.stringify(forGuest.body));
    // The class is full now: the waitlist is the same.
    const queued = await withKey(secret, 'POST', `/api/v1/classes/${open.body.id}/waitlist`, {});
    assert.deepEqual([queued.status, queued.body.error.code], [403, 'api_key_not_allowed']);
    assert.equal(await customers(), (customersBefore ?? 0) + 1, 'only the guest was written');
  });

  test('malformed, unknown and revoked keys get the same 401; revoking is audited', async () => {
    const { key, secret } = await makeKey(['read']);
    for (const bad of ['Bearer nonsense', `Bearer sw_${'A'.repeat(43)}`, `Basic ${secret}`, 'Bearer']) {
      const response = await t.app.inject({ method: 'GET', url: '/api/v1/bookings', headers: { authorization: bad } });
      assert.equal(response.statusCode, 401, bad);
      assert.equal(response.json().error.code, 'invalid_api_key');
    }
    const revoked = await admin.delete(`/api/v1/api-keys/${key.id}`);
    assert.equal(revoked.status, 200);
    assert.ok(revoked.body.revokedAt);
    const after = await withKey(secret, 'GET', '/api/v1/bookings');
    assert.deepEqual([after.status, after.body.error.code], [401, 'invalid_api_key']);
    const audit = await admin.get(`/api/v1/audit-log?entityType=api_key&entityId=${key.id}`);
    assert.deepEqual(audit.body.entries.map((e: { action: string }) => e.action).sort(), [
      'api_key.created',
      'api_key.revoked',
    ]);
  });

  test('a key stops working when its maker is no longer an admin, and for good', async () => {
    const second = t.client();
    await second.signUp('second-admin@example.test');
    const secondId = (await second.get('/api/v1/me')).body.id;
    assert.equal((await admin.patch(`/api/v1/users/${secondId}`, { role: 'admin' })).status, 200);
    const { key, secret } = await makeKey(['read'], second);
    assert.equal((await withKey(secret, 'GET', '/api/v1/bookings')).status, 200);
    assert.equal((await admin.patch(`/api/v1/users/${secondId}`, { role: 'customer' })).status, 200);
    assert.equal((await withKey(secret, 'GET', '/api/v1/bookings')).status, 401);
    // Made an admin again, the key stays dead: it was revoked when its maker stepped down.
    assert.equal((await admin.patch(`/api/v1/users/${secondId}`, { role: 'admin' })).status, 200);
    assert.equal((await withKey(secret, 'GET', '/api/v1/bookings')).status, 401);
    const listed = (await admin.get('/api/v1/api-keys')).body.keys.find((k: { id: string }) => k.id === key.id);
    assert.ok(listed?.revokedAt, JSON.stringify(listed));
  });

  test("one organisation's key opens nothing in another", async () => {
    await t.createOrg('keys-other', 'keys-other-admin@example.test');
    const otherAdmin = t.client('keys-other');
    assert.equal((await otherAdmin.signIn('keys-other-admin@example.test', 'admin-password-1')).status, 200);
    const { secret } = await makeKey(['admin'], otherAdmin);
    assert.equal((await withKey(secret, 'GET', '/api/v1/bookings', undefined, 'keys-other')).status, 200);
    const elsewhere = await withKey(secret, 'GET', '/api/v1/bookings');
    assert.deepEqual([elsewhere.status, elsewhere.body.error.code], [401, 'invalid_api_key']);
  });
});
