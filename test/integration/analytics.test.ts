/**
 * Analytics (issue 13): the period and its bounds, local days across DST changes (a 23- and a 25-hour
 * day), the funnel counters (no personal data, one row per day and step however many calls), the CSV
 * downloads, and who may read. The reconciliation of every figure against the money and booking tables
 * is in analytics-reconcile.test.ts.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { type SQL, sql } from 'drizzle-orm';
import { queryRows } from '../../src/platform/db.ts';
import { type Client, type TestApp, guest, startTestApp } from '../support/app.ts';
import type { Json } from '../support/json.ts';

let t: TestApp;
let admin: Client;
const rows = <R>(query: SQL) => queryRows<R>(t.database.db, query);

before(async () => {
  t = await startTestApp();
  admin = await t.admin();
  const settings = await admin.patch('/api/v1/organisation', { paymentMethods: ['venue'] });
  assert.equal(settings.status, 200, JSON.stringify(settings.body));
});
after(() => t.close());

const get = async (url: string, client: Client = admin) => {
  const response = await client.get(`/api/v1/analytics/${url}`);
  assert.equal(response.status, 200, `${url}: ${JSON.stringify(response.body)}`);
  return response.body as { from: string; to: string; timeZone: string; currency: string; rows: Json[] };
};

let guests = 0;

/** A class at this instant, one hour long, booked by `n` guests at the venue. */
async function classAt(startsAt: string, title: string, n: number): Promise<string> {
  const created = await admin.post('/api/v1/classes', {
    title,
    startsAt,
    endsAt: new Date(new Date(startsAt).getTime() + 3600_000).toISOString(),
    maxSpots: 4,
    price: { amount: 10_000 },
  });
  assert.equal(created.status, 201, JSON.stringify(created.body));
  for (let i = 0; i < n; i++) {
    const booked = await t.client().post('/api/v1/bookings', {
      classId: created.body.id,
      paymentMethod: 'venue',
      guest: guest(`analytics-${++guests}`),
    });
    assert.equal(booked.status, 201, JSON.stringify(booked.body));
  }
  return created.body.id as string;
}

/** `n` guests book the class with the clock at `instant`: a booking counts on the local day it was made. */
async function bookAt(classId: string, instant: string, n: number): Promise<void> {
  t.clock.set(instant);
  try {
    for (let i = 0; i < n; i++) {
      const booked = await t.client().post('/api/v1/bookings', {
        classId,
        paymentMethod: 'venue',
        guest: guest(`analytics-${++guests}`),
      });
      assert.equal(booked.status, 201, JSON.stringify(booked.body));
    }
  } finally {
    t.clock.set(new Date()); // the admin's session would have expired by 2027
  }
}

describe('local days across DST changes', () => {
  test('spring forward (23 hours) and fall back (25 hours): each booking on its local day, each day once', async () => {
    // Stockholm: 2027-03-28 runs 00:00 CET to 24:00 CEST (23 h); 2027-10-31 runs 00:00 CEST to 24:00 CET (25 h).
    // Bookings per day go by the moment each booking was made: all of these are for one class in 2028.
    const later = await admin.post('/api/v1/classes', {
      title: 'Booked across the changes',
      startsAt: '2028-01-10T09:00:00Z',
      endsAt: '2028-01-10T10:00:00Z',
      maxSpots: 20,
      price: { amount: 10_000 },
    });
    assert.equal(later.status, 201, JSON.stringify(later.body));
    await bookAt(later.body.id, '2027-03-27T22:59:00Z', 1); // 23:59 on the 27th (CET)
    await bookAt(later.body.id, '2027-03-27T23:00:00Z', 1); // 00:00 on the 28th (CET)
    await bookAt(later.body.id, '2027-03-28T21:30:00Z', 2); // 23:30 on the 28th (CEST)
    await bookAt(later.body.id, '2027-03-28T22:00:00Z', 1); // 00:00 on the 29th (CEST)
    await bookAt(later.body.id, '2027-10-30T22:00:00Z', 1); // 00:00 on the 31st (CEST)
    await bookAt(later.body.id, '2027-10-31T22:30:00Z', 3); // 23:30 on the 31st (CET)
    await bookAt(later.body.id, '2027-10-31T23:00:00Z', 1); // 00:00 on 1 November (CET)
    // The fill rate goes by the moment each class starts (these are booked now).
    await classAt('2027-10-30T21:59:00Z', 'Autumn late', 1); // 23:59 on the 30th (CEST)
    await classAt('2027-10-30T22:00:00Z', 'Autumn first', 1); // 00:00 on the 31st (CEST)
    await classAt('2027-10-31T22:30:00Z', 'Autumn last', 3); // 23:30 on the 31st (CET)
    await classAt('2027-10-31T23:00:00Z', 'Autumn next', 1); // 00:00 on 1 November (CET)

    const spring = await get('bookings?from=2027-03-27&to=2027-03-29');
    assert.deepEqual(
      spring.rows.map((r) => [r.date, r.classes]),
      [
        ['2027-03-27', 1],
        ['2027-03-28', 3],
        ['2027-03-29', 1],
      ],
    );
    assert.equal(spring.timeZone, 'Europe/Stockholm');
    const autumn = await get('bookings?from=2027-10-31&to=2027-10-31');
    assert.deepEqual(
      autumn.rows.map((r) => [r.date, r.classes]),
      [['2027-10-31', 4]],
    );
    const fill = await get('fill-rate?from=2027-10-31&to=2027-10-31');
    assert.deepEqual(
      fill.rows.map((r) => [r.title, r.booked, r.spots, r.fillRate]),
      [
        ['Autumn first', 1, 4, 0.25],
        ['Autumn last', 3, 4, 0.75],
      ],
    );
  });

  test("a provider's whole-day hours are 23 hours on the spring day and 25 on the autumn day", async () => {
    const provider = await admin.post('/api/v1/providers', { name: 'Night and day', timeZone: 'Europe/Stockholm' });
    assert.equal(provider.status, 201, JSON.stringify(provider.body));
    const hours = await admin.request('PUT', `/api/v1/providers/${provider.body.id}/hours`, {
      intervals: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, start: '00:00', end: '24:00' })),
    });
    assert.equal(hours.status, 200, JSON.stringify(hours.body));
    const minutes = async (day: string) =>
      (await get(`utilisation?from=${day}&to=${day}`)).rows.find((r) => r.providerId === provider.body.id)
        ?.workingMinutes;
    assert.equal(await minutes('2027-03-28'), 23 * 60);
    assert.equal(await minutes('2027-10-31'), 25 * 60);
    assert.equal(await minutes('2027-03-29'), 24 * 60);
  });

  test('a funnel event counts on the local day of the moment it arrives', async () => {
    // 22:30 UTC on the 28th is 00:30 on the 29th in Stockholm (CEST).
    t.clock.set('2027-03-28T22:30:00Z');
    const sent = await t.client().post('/api/v1/analytics/events', { step: 'page_view' });
    t.clock.set(new Date()); // the admin's session would have expired by 2027
    assert.equal(sent.status, 204, JSON.stringify(sent.body));
    const funnel = await get('funnel?from=2027-03-28&to=2027-03-29');
    assert.deepEqual(
      funnel.rows.map((r) => [r.date, r.pageViews]),
      [
        ['2027-03-28', 0],
        ['2027-03-29', 1],
      ],
    );
  });
});

describe('the period', () => {
  test('by default the 30 days that end today, in the organisation zone', async () => {
    t.clock.set('2026-06-15T23:30:00Z'); // 01:30 on the 16th in Stockholm
    try {
      const answer = await get('bookings');
      assert.equal(answer.to, '2026-06-16');
      assert.equal(answer.from, '2026-05-18');
      assert.equal(answer.rows.length, 30);
    } finally {
      t.clock.set(new Date());
    }
  });

  test('a year (366 days) is the longest; a reversed, impossible or unknown parameter is a 400', async () => {
    assert.equal((await get('bookings?from=2027-01-01&to=2028-01-01')).rows.length, 366);
    for (const query of [
      'from=2027-01-01&to=2028-01-02',
      'from=2027-03-02&to=2027-03-01',
      'from=2027-02-30&to=2027-03-01',
      'from=27-01-01',
      'to=tomorrow',
      'from=2027-01-01&limit=5',
    ]) {
      for (const table of ['bookings', 'revenue-by-method', 'funnel/export']) {
        const response = await admin.get(`/api/v1/analytics/${table}?${query}`);
        assert.equal(response.status, 400, `${table}?${query}: ${JSON.stringify(response.body)}`);
        assert.equal(response.body.error.code, 'validation_failed');
      }
    }
  });
});

describe('the funnel counters', () => {
  test('one row per day and step however many calls; nothing about the caller is kept or accepted', async () => {
    const day = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Stockholm' }).format(new Date());
    const before = await get(`funnel?from=${day}&to=${day}`);
    const visitor = t.client();
    for (let i = 0; i < 25; i++)
      assert.equal((await visitor.post('/api/v1/analytics/events', { step: 'page_view' })).status, 204);
    for (let i = 0; i < 3; i++)
      assert.equal((await visitor.post('/api/v1/analytics/events', { step: 'checkout_started' })).status, 204);
    // The beacons are tallied in this process; reading the funnel writes the tally first.
    await get(`funnel?from=${day}&to=${day}`);
    const counted = await rows<{ step: string; count: string }>(
      sql`SELECT step, count FROM analytics_funnel_days WHERE day = ${day}::date ORDER BY step`,
    );
    assert.deepEqual(
      counted.map((r) => [r.step, Number(r.count)]),
      [
        ['checkout_started', 3 + Number(before.rows[0]?.checkoutsStarted)],
        ['page_view', 25 + Number(before.rows[0]?.pageViews)],
      ],
    );
    // The table has no column that could hold a person, an address or a cookie.
    const columns = await rows<{ column_name: string }>(
      sql`SELECT column_name FROM information_schema.columns WHERE table_name = 'analytics_funnel_days' ORDER BY 1`,
    );
    assert.deepEqual(
      columns.map((c) => c.column_name),
      ['count', 'day', 'org_id', 'step'],
    );
    const answer = await visitor.post('/api/v1/analytics/events', { step: 'page_view' });
    assert.equal(answer.headers['set-cookie'], undefined, 'no cookie is set');

    const total = async () => {
      await get(`funnel?from=${day}&to=${day}`);
      return (await rows<{ n: string }>(sql`SELECT sum(count) AS n FROM analytics_funnel_days`))[0]?.n ?? null;
    };
    const was = await total();
    for (const body of [
      { step: 'page_view', email: 'someone@example.test' },
      { step: 'page_view', path: '/classes/1' },
      { step: 'paid' },
      {},
    ]) {
      const refused = await visitor.post('/api/v1/analytics/events', body);
      assert.equal(refused.status, 400, JSON.stringify(body));
      assert.equal(refused.body.error.code, 'validation_failed');
    }
    assert.equal(await total(), was, 'a refused event counts nothing');
    const after = await get(`funnel?from=${day}&to=${day}`);
    assert.equal(after.rows[0]?.pageViews, Number(before.rows[0]?.pageViews) + 26);
  });
});

describe('the funnel beacon from one address', () => {
  test('counts 120 a minute; the rest answer 429 with Retry-After and count nothing, until the next minute', async () => {
    const at = new Date(Date.UTC(2027, 5, 15, 10, 0, 0));
    t.clock.set(at);
    try {
      const script = t.client();
      const answers = [];
      for (let i = 0; i < 125; i++)
        answers.push((await script.post('/api/v1/analytics/events', { step: 'page_view' })).status);
      assert.equal(answers.filter((s) => s === 204).length, 120);
      assert.deepEqual(answers.slice(120), [429, 429, 429, 429, 429]);
      const refused = await script.post('/api/v1/analytics/events', { step: 'page_view' });
      assert.equal(refused.body.error.code, 'rate_limited');
      assert.ok(Number(refused.headers['retry-after']) >= 1);
      t.clock.set(new Date(at.getTime() + 61_000));
      assert.equal((await script.post('/api/v1/analytics/events', { step: 'page_view' })).status, 204);
      t.clock.set(new Date()); // the admin's session would have expired by 2027
      const funnel = await get('funnel?from=2027-06-15&to=2027-06-15');
      assert.equal(funnel.rows[0]?.pageViews, 121, 'only the admitted beacons count');
    } finally {
      t.clock.set(new Date());
    }
  });
});

describe('CSV downloads', () => {
  test('each table downloads as CSV with headers in the reader’s language, amounts as decimals, formulas made plain', async () => {
    const evil = await classAt('2027-05-10T08:00:00Z', '=HYPERLINK("http://evil.test")', 0);
    await bookAt(evil, '2027-05-10T06:00:00Z', 3); // made at 08:00 on the 10th, for 10:00
    const response = await t.app.inject({
      method: 'GET',
      url: '/api/v1/analytics/fill-rate/export?from=2027-05-10&to=2027-05-10',
      headers: { cookie: admin.cookie ?? '', 'accept-language': 'sv' },
    });
    assert.equal(response.statusCode, 200, response.body);
    assert.match(String(response.headers['content-type']), /^text\/csv; charset=utf-8/);
    assert.equal(
      response.headers['content-disposition'],
      'attachment; filename="analytics-fill-rate-2027-05-10-2027-05-10.csv"',
    );
    const lines = response.body.split('\r\n');
    assert.equal(lines[0], '\uFEFFKlass,Börjar (Europe/Stockholm),Platser,Bokade,Närvarande,Beläggning,Id');
    assert.match(
      lines[1] ?? '',
      /^"'=HYPERLINK\(""http:\/\/evil\.test""\)",2027-05-10 10:00,4,3,0,0\.7500,[0-9a-f-]{36}$/,
    );
    assert.equal(lines[2], '');
    assert.equal(lines.length, 3);

    for (const table of [
      'bookings',
      'revenue-by-method',
      'revenue-by-item',
      'fill-rate',
      'utilisation',
      'payments',
      'funnel',
      'customers',
      'balances',
    ]) {
      const csv = await t.app.inject({
        method: 'GET',
        url: `/api/v1/analytics/${table}/export?from=2027-05-01&to=2027-05-31`,
        headers: { cookie: admin.cookie ?? '' },
      });
      assert.equal(csv.statusCode, 200, `${table}: ${csv.body}`);
      assert.ok(csv.body.startsWith('\uFEFF'), table);
      const json = await get(`${table}?from=2027-05-01&to=2027-05-31`);
      assert.equal(csv.body.split('\r\n').length - 2, json.rows.length, `${table}: one line per row`);
    }
    const bookings = await t.app.inject({
      method: 'GET',
      url: '/api/v1/analytics/bookings/export?from=2027-05-10&to=2027-05-11',
      headers: { cookie: admin.cookie ?? '', 'accept-language': 'en' },
    });
    assert.equal(
      bookings.body,
      '\uFEFFDate,Class bookings,Appointments,Cancelled,No-shows\r\n2027-05-10,3,0,0,0\r\n2027-05-11,0,0,0,0\r\n',
    );
  });
});

describe('who may read', () => {
  test('staff and admins, and API keys with the read scope; not customers, not anonymous callers', async () => {
    assert.equal((await t.client().get('/api/v1/analytics/revenue-by-method')).status, 401);
    const customer = t.client();
    assert.equal((await customer.signUp('analytics-customer@example.test')).status, 201);
    const refused = await customer.get('/api/v1/analytics/revenue-by-method');
    assert.equal(refused.status, 403);
    assert.equal(refused.body.error.code, 'forbidden');
    assert.equal((await customer.get('/api/v1/analytics/fill-rate/export')).status, 403);

    const withKey = async (scopes: string[], url: string) => {
      const made = await admin.post('/api/v1/api-keys', { name: `Analytics ${scopes.join('+')}`, scopes });
      assert.equal(made.status, 201, JSON.stringify(made.body));
      return t.app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${made.body.secret}` } });
    };
    assert.equal((await withKey(['read'], '/api/v1/analytics/bookings')).statusCode, 200);
    assert.equal((await withKey(['read'], '/api/v1/analytics/bookings/export')).statusCode, 200);
    const writeOnly = await withKey(['bookings:write'], '/api/v1/analytics/bookings');
    assert.equal(writeOnly.statusCode, 403);
    assert.equal(writeOnly.json().error.code, 'insufficient_scope');
  });

  test("another organisation's admin reads only their own numbers", async () => {
    await t.createOrg('other', 'other-admin@example.test');
    const other = t.client('other');
    assert.equal((await other.signIn('other-admin@example.test', 'admin-password-1')).status, 200);
    const theirs = await get('bookings?from=2027-03-28&to=2027-03-28', other);
    assert.deepEqual(
      theirs.rows.map((r) => r.classes),
      [0],
    );
    const ours = await get('bookings?from=2027-03-28&to=2027-03-28');
    assert.deepEqual(
      ours.rows.map((r) => r.classes),
      [3],
    );
  });
});
