// The dashboard's setup checklist for a business that starts empty: each step read from the
// organisation's data, put away for the whole organisation, admins only, one organisation's own.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../src/platform/db.ts';
import { seedDemoData } from '../../src/seed/demo.ts';
import { ADMIN, type Client, type TestApp, startTestApp } from '../support/app.ts';
import type { Json } from '../support/json.ts';
import { setupPractice } from '../support/practice.ts';

const SETUP = '/api/v1/organisation/setup';

let t: TestApp;
let admin: Client;
before(async () => {
  t = await startTestApp();
  admin = await t.admin();
});
after(() => t.close());

const stepsOf = (body: Json): Record<string, boolean> =>
  Object.fromEntries(body.steps.map((step: Json) => [step.id, step.done]));

test('an empty start: every step to do but the ones the data already answers, in order', async () => {
  const answer = await admin.get(SETUP);
  assert.equal(answer.status, 200, JSON.stringify(answer.body));
  assert.deepEqual(
    answer.body.steps.map((step: Json) => step.id),
    ['business', 'offer', 'hours', 'payments', 'booking_page'],
  );
  // The default methods offer card (no Stripe here) and Swish (no number): a customer would meet a dead end.
  assert.deepEqual(stepsOf(answer.body), {
    business: false,
    offer: false,
    hours: false,
    payments: false,
    booking_page: false,
  });
  assert.equal(answer.body.show, true);
  assert.equal(answer.body.dismissedAt, null);
});

test('only admins read it or put it away: staff, a customer and a stranger are refused, and nothing changes', async () => {
  const customer = t.client();
  assert.equal((await customer.signUp('cora@example.test', 'Cora Customer')).status, 201);
  const staff = t.client();
  const signedUp = await staff.signUp('stina@example.test', 'Stina Staff');
  assert.equal((await admin.patch(`/api/v1/users/${signedUp.body.user.id}`, { role: 'staff' })).status, 200);
  for (const [who, client, status] of [
    ['a customer', customer, 403],
    ['staff', staff, 403],
    ['a stranger', t.client(), 401],
  ] as const) {
    assert.equal((await client.get(SETUP)).status, status, `${who} reads`);
    assert.equal((await client.post(`${SETUP}/dismiss`, {})).status, status, `${who} dismisses`);
  }
  assert.equal((await admin.get(SETUP)).body.dismissedAt, null);
});

test('each step is done when the data says so; the booking page counts once it is opened', async () => {
  await setupPractice(admin, { name: 'Physio' });
  let steps = stepsOf((await admin.get(SETUP)).body);
  assert.equal(steps.offer, true, 'an active service');
  assert.equal(steps.hours, true, 'a provider with hours who offers it');
  assert.equal(steps.business, false);

  const saved = await admin.patch('/api/v1/organisation', { timeZone: 'Europe/Stockholm', paymentMethods: ['venue'] });
  assert.equal(saved.status, 200, JSON.stringify(saved.body));
  steps = stepsOf((await admin.get(SETUP)).body);
  assert.equal(steps.business, true, 'the settings saved');
  assert.equal(steps.payments, true, 'pay at the venue works anywhere');
  assert.equal(steps.booking_page, false);

  assert.equal((await t.client().post('/api/v1/analytics/events', { step: 'page_view' })).status, 204);
  // The beacon is tallied in memory; reading the funnel writes the tally (analytics.tally.ts).
  assert.equal((await admin.get('/api/v1/analytics/funnel')).status, 200);
  const done = (await admin.get(SETUP)).body;
  assert.deepEqual(Object.values(stepsOf(done)), [true, true, true, true, true]);
  assert.equal(done.show, false, 'nothing left to do');
});

test("another organisation's checklist is its own, and putting it away there leaves this one's", async () => {
  await t.createOrg('other-practice', 'other-admin@example.test');
  const other = t.client('other-practice');
  assert.equal((await other.signIn('other-admin@example.test', ADMIN.password)).status, 200);
  const theirs = await other.get(SETUP);
  assert.equal(theirs.status, 200, JSON.stringify(theirs.body));
  assert.equal(stepsOf(theirs.body).offer, false, "this organisation's service is not theirs");
  assert.equal(stepsOf(theirs.body).booking_page, false, "this organisation's page views are not theirs");

  const dismissed = await other.post(`${SETUP}/dismiss`, {});
  assert.equal(dismissed.status, 200, JSON.stringify(dismissed.body));
  assert.equal(dismissed.body.show, false);
  assert.ok(dismissed.body.dismissedAt);
  assert.equal((await admin.get(SETUP)).body.dismissedAt, null);
  // This organisation's admin cannot reach the other's checklist by naming it either.
  const across = await admin.request('GET', SETUP, undefined, { 'x-org': 'other-practice' });
  assert.notEqual(across.status, 200);
});

test('put away: stays away for every admin, the first time kept and audited; a classes-only studio has no hours step', async () => {
  await t.createOrg('studio-only', 'studio-admin@example.test');
  const studio = t.client('studio-only');
  assert.equal((await studio.signIn('studio-admin@example.test', ADMIN.password)).status, 200);
  const cls = await studio.post('/api/v1/classes', {
    title: 'Pilates',
    startsAt: '2031-05-13T18:00',
    endsAt: '2031-05-13T19:00',
    maxSpots: 10,
    location: 'Studio',
    price: { amount: 15000 },
  });
  assert.equal(cls.status, 201, JSON.stringify(cls.body));
  const before = (await studio.get(SETUP)).body;
  assert.deepEqual(
    before.steps.map((step: Json) => step.id),
    ['business', 'offer', 'payments', 'booking_page'],
  );
  assert.equal(before.show, true);

  const first = await studio.post(`${SETUP}/dismiss`, {});
  assert.equal(first.status, 200, JSON.stringify(first.body));
  assert.equal(first.body.show, false);
  const again = await studio.post(`${SETUP}/dismiss`, {});
  assert.equal(again.body.dismissedAt, first.body.dismissedAt, 'a second dismissal keeps the first time');
  const rows = await queryRows<{ count: number }>(
    t.database.db,
    sql`SELECT count(*)::int AS count FROM audit_log a JOIN organisations o ON o.id = a.org_id
        WHERE o.slug = 'studio-only' AND a.action = 'organisation.setup_dismissed'`,
  );
  assert.equal(rows[0]?.count, 1);
});

test('the demo data is a business already taking bookings: no checklist', async () => {
  const org = await t.createOrg('demo-studio', 'demo-admin@example.test');
  const demo = t.client('demo-studio');
  assert.equal((await demo.signIn('demo-admin@example.test', ADMIN.password)).status, 200);
  assert.equal((await demo.get(SETUP)).body.show, true, 'before the seed');
  await seedDemoData(t.database.db, org, t.clock.now(), {
    publicUrl: 'http://slotwise.test',
    tokenKey: randomBytes(32),
  });
  const seeded = (await demo.get(SETUP)).body;
  assert.equal(seeded.show, false);
  assert.equal(seeded.dismissedAt, null, 'quiet without anyone putting it away');
});
