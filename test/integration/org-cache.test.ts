/**
 * Organisations are cached per process (resolveOrganisation): a change made through this process is seen
 * by the next request, one made by another process (here a raw UPDATE, as another process's would look)
 * within ORG_CACHE_MS, and the cache never answers one organisation's request with another's.
 */
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { ORG_CACHE_MS, organisationById } from '../../src/modules/orgs/orgs.service.ts';
import { type TestApp, startTestApp } from '../support/app.ts';

let t: TestApp;
before(async () => {
  t = await startTestApp();
});
after(() => t.close());

async function organisationName(org?: string): Promise<string> {
  const response = await t.client(org).get('/api/v1/organisation');
  assert.equal(response.status, 200, JSON.stringify(response.body));
  return (response.body as { name: string }).name;
}

describe('the organisation cache', () => {
  test('a change through the API is seen by the very next request', async () => {
    await organisationName();
    const admin = await t.admin();
    for (const name of ['Studio One', 'Studio Two']) {
      const changed = await admin.patch('/api/v1/organisation', { name });
      assert.equal(changed.status, 200, JSON.stringify(changed.body));
      assert.equal(await organisationName(), name);
    }
  });

  test("another process's change is seen within the stated bound", async () => {
    const before = await organisationName();
    await t.database.db.execute(sql`UPDATE organisations SET name = 'Changed elsewhere' WHERE id = ${t.org.id}`);
    await sleep(ORG_CACHE_MS + 100);
    assert.notEqual(before, 'Changed elsewhere');
    assert.equal(await organisationName(), 'Changed elsewhere');
  });

  test('by id (a settlement names its organisation so): the same cache, the same bound, and no other organisation', async () => {
    const { db } = t.database;
    const second = await t.createOrg('by-id-studio', 'admin@by-id.example.test');
    assert.equal((await organisationById(db, second.id))?.name, 'Org by-id-studio');
    assert.equal((await organisationById(db, t.org.id))?.id, t.org.id, 'each id its own organisation');
    assert.equal(await organisationById(db, '00000000-0000-4000-8000-000000000000'), null, 'an unknown id is none');

    const admin = await t.admin();
    const changed = await admin.patch('/api/v1/organisation', { name: 'Renamed here' });
    assert.equal(changed.status, 200, JSON.stringify(changed.body));
    assert.equal((await organisationById(db, t.org.id))?.name, 'Renamed here', 'a change through this process at once');

    await db.execute(sql`UPDATE organisations SET name = 'Renamed elsewhere' WHERE id = ${t.org.id}`);
    await sleep(ORG_CACHE_MS + 100);
    assert.equal(
      (await organisationById(db, t.org.id))?.name,
      'Renamed elsewhere',
      "another process's within the bound",
    );
    await db.execute(sql`UPDATE organisations SET name = 'Changed elsewhere' WHERE id = ${t.org.id}`);
    await sleep(ORG_CACHE_MS + 100);
  });

  test("each organisation's requests get that organisation", async () => {
    await t.createOrg('second-studio', 'admin@second.example.test');
    for (let round = 0; round < 2; round++) {
      assert.equal(await organisationName('second-studio'), 'Org second-studio');
      assert.equal(await organisationName(), 'Changed elsewhere');
    }
  });
});
