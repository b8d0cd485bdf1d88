/**
 * Payment history and exports: payments, refunds and credit uses as one list with filters and keyset
 * pages, a customer's own rows only, CSV by RFC 4180 with a BOM and neutralised formulas, JSON, the
 * admin's exports (refused to others, audited), and a 10,000-row export read from the database a page
 * at a time while the answer is being read.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../src/platform/db.ts';
import { type Client, type TestApp, classInput, startTestApp } from '../support/app.ts';
import type { Json } from '../support/json.ts';
import { type StripeServer, startStripeServer } from '../support/stripe-server.ts';

let t: TestApp;
let stripe: StripeServer;
let admin: Client;
let alice: Client;
let bob: Client;
const TITLE = 'Yin, "Morgon" Åsa & Örjan';
const FORMULA = '=HYPERLINK("http://evil.test","Klicka")';
const f = {} as {
  cardPaymentId: string;
  refundId: string;
  packagePaymentId: string;
  creditBookingId: string;
  returnedBookingId: string;
  bobPaymentId: string;
  entries: Json[];
};

before(async () => {
  stripe = await startStripeServer();
  t = await startTestApp({ stripe });
  admin = await t.admin();
  const settings = await admin.patch('/api/v1/organisation', {
    paymentMethods: ['card', 'swish', 'bank_transfer', 'venue'],
    swishNumber: '1234567890',
  });
  assert.equal(settings.status, 200, JSON.stringify(settings.body));
  alice = await signUp('alice@example.test', 'Alice Åkesson', 'sv');
  bob = await signUp('bob@example.test', 'Bob Bramble', 'en');

  // Alice pays a class by card, and is refunded part of it.
  const titled = await newClass({ title: TITLE, price: { amount: 20_050 } });
  const paid = await payByCard(alice, titled);
  f.cardPaymentId = paid.paymentId;
  const refund = await admin.post(`/api/v1/payments/${paid.paymentId}/refunds`, { amount: 5_025, reason: 'late' });
  assert.equal(refund.status, 201, JSON.stringify(refund.body));
  f.refundId = refund.body.id;

  // She buys credits with Swish, staff see the money arrive, and she books a class with them.
  const pack = await admin.post('/api/v1/packages', {
    name: 'Tio klipp',
    credits: 10,
    price: { amount: 100_000 },
    validityDays: 90,
    scope: 'everything',
  });
  assert.equal(pack.status, 201, JSON.stringify(pack.body));
  const bought = await alice.post(`/api/v1/packages/${pack.body.id}/purchase`, { paymentMethod: 'swish' });
  assert.equal(bought.status, 201, JSON.stringify(bought.body));
  f.packagePaymentId = bought.body.payment.id;
  const marked = await admin.post(`/api/v1/payments/${f.packagePaymentId}/mark-paid`, {});
  assert.equal(marked.status, 200, JSON.stringify(marked.body));
  const formula = await newClass({ title: FORMULA });
  const withCredits = await alice.post('/api/v1/bookings', { classId: formula, paymentMethod: 'credits' });
  assert.equal(withCredits.status, 201, JSON.stringify(withCredits.body));
  f.creditBookingId = withCredits.body.booking.id;
  // A second class booked with credits and cancelled: its credit comes back.
  const returned = await alice.post('/api/v1/bookings', { classId: await newClass(), paymentMethod: 'credits' });
  assert.equal(returned.status, 201, JSON.stringify(returned.body));
  f.returnedBookingId = returned.body.booking.id;
  const cancelled = await alice.post(`/api/v1/bookings/${f.returnedBookingId}/cancel`, {});
  assert.equal(cancelled.status, 200, JSON.stringify(cancelled.body));

  // Bob pays a class of his own.
  f.bobPaymentId = (await payByCard(bob, await newClass({ title: 'Bob only' }))).paymentId;
});
after(async () => {
  await t?.close();
  await stripe?.close();
});

async function signUp(email: string, name: string, locale: 'en' | 'sv'): Promise<Client> {
  const client = t.client();
  const response = await client.post('/api/v1/auth/sign-up', { email, name, password: 'customer-password-1', locale });
  assert.equal(response.status, 201, JSON.stringify(response.body));
  client.csrfToken = response.body.csrfToken;
  return client;
}

async function newClass(overrides: Record<string, unknown> = {}): Promise<string> {
  const response = await admin.post('/api/v1/classes', classInput({ price: { amount: 20_000 }, ...overrides }));
  assert.equal(response.status, 201, JSON.stringify(response.body));
  return response.body.id;
}

async function payByCard(customer: Client, classId: string) {
  const started = await customer.post('/api/v1/bookings', { classId, paymentMethod: 'card' });
  assert.equal(started.status, 201, JSON.stringify(started.body));
  const intentId = started.body.payment.clientSecret.split('_secret_')[0];
  stripe.succeed(intentId);
  const event = stripe.lastEvent('payment_intent.succeeded', intentId);
  assert.ok(event);
  const { payload, header } = stripe.signedPayload(event);
  const delivered = await t.app.inject({
    method: 'POST',
    url: '/api/v1/stripe/webhook',
    headers: { 'content-type': 'application/json', 'stripe-signature': header },
    payload,
  });
  assert.equal(delivered.statusCode, 200, delivered.body);
  await t.runJobs();
  return { bookingId: started.body.booking.id as string, paymentId: started.body.payment.id as string };
}

/** A raw answer (the Client parses JSON, which a CSV is not). */
async function raw(client: Client, url: string, headers: Record<string, string> = {}) {
  return t.app.inject({ method: 'GET', url, headers: { cookie: client.cookie ?? '', ...headers } });
}

const history = async (client: Client, query = '') => {
  const response = await client.get(`/api/v1/me/payments${query}`);
  assert.equal(response.status, 200, JSON.stringify(response.body));
  return response.body as { entries: Json[]; nextCursor: string | null };
};

describe('GET /me/payments', () => {
  test('payments, refunds and credit uses as one list, newest first, each saying what it was for', async () => {
    const { entries, nextCursor } = await history(alice);
    f.entries = entries;
    assert.equal(nextCursor, null);
    const byKind = (kind: string) => entries.filter((e: Json) => e.kind === kind);
    assert.deepEqual(entries.map((e: Json) => e.kind).sort(), [
      'credit_return',
      'credit_use',
      'credit_use',
      'payment',
      'payment',
      'refund',
    ]);
    const card = byKind('payment').find((e: Json) => e.id === f.cardPaymentId);
    assert.equal(card.amount, 20_050);
    assert.equal(card.currency, 'SEK');
    assert.equal(card.method, 'card');
    assert.equal(card.status, 'succeeded');
    assert.equal(card.title, TITLE);
    assert.ok(card.bookingId && card.startsAt);
    assert.equal(card.timeZone, 'Europe/Stockholm', "a class without a location: the organisation's zone");
    const [refund] = byKind('refund');
    assert.equal(refund.id, f.refundId);
    assert.equal(refund.amount, -5_025, 'a refund is money back: negative');
    assert.equal(refund.paymentId, f.cardPaymentId);
    assert.equal(refund.title, TITLE);
    const pack = byKind('payment').find((e: Json) => e.id === f.packagePaymentId);
    assert.equal(pack.method, 'swish');
    assert.equal(pack.title, 'Tio klipp');
    assert.ok(pack.packagePurchaseId);
    assert.equal(pack.timeZone, null, 'a package has no time');
    const use = byKind('credit_use').find((e: Json) => e.bookingId === f.creditBookingId);
    const [back] = byKind('credit_return');
    assert.equal(back.credits, 1, 'a cancelled booking gives its credit back');
    assert.equal(back.bookingId, f.returnedBookingId);
    assert.ok(Date.parse(back.occurredAt) >= Date.parse(use.occurredAt));
    assert.equal(use.credits, -1);
    assert.equal(use.amount, null);
    assert.equal(use.method, 'credits');
    assert.equal(use.bookingId, f.creditBookingId);
    assert.equal(use.title, FORMULA);
    const times = entries.map((e: Json) => Date.parse(e.occurredAt));
    assert.deepEqual(
      times,
      [...times].sort((a, b) => b - a),
      'newest first',
    );
  });

  test('filters: kind, method, status, year and dates in the business zone', async () => {
    const ids = async (query: string) => (await history(alice, query)).entries.map((e: Json) => e.id).sort();
    assert.deepEqual(await ids('?kind=refund'), [f.refundId]);
    assert.deepEqual(await ids('?method=swish'), [f.packagePaymentId]);
    assert.deepEqual(await ids('?method=card&kind=payment'), [f.cardPaymentId]);
    assert.equal((await ids('?method=credits')).length, 3);
    assert.equal((await ids('?kind=credit_return')).length, 1);
    assert.deepEqual(await ids('?status=pending'), []);
    assert.equal((await ids('?status=succeeded')).length, 6);
    const now = new Date();
    const today = new Intl.DateTimeFormat('sv-SE', { timeZone: t.org.timeZone }).format(now);
    const year = Number(today.slice(0, 4));
    assert.equal((await ids(`?year=${year}`)).length, 6);
    assert.deepEqual(await ids(`?year=${year - 1}`), []);
    assert.equal((await ids(`?from=${today}&to=${today}`)).length, 6);
    assert.deepEqual(await ids(`?to=${year - 1}-12-31`), []);
    assert.deepEqual(await ids(`?from=${year + 1}-01-01`), []);
    const backwards = await alice.get(`/api/v1/me/payments?from=${today}&to=${year - 1}-01-01`);
    assert.equal(backwards.status, 400);
    assert.equal(backwards.body.error.code, 'validation_failed');
    const unknown = await alice.get('/api/v1/me/payments?kind=gift');
    assert.equal(unknown.status, 400);
  });

  test('keyset pages: every entry once, in order; a cursor not given by the list is refused', async () => {
    const seen: Json[] = [];
    let cursor: string | null = null;
    let pagesRead = 0;
    do {
      const page = await history(alice, `?limit=1${cursor ? `&cursor=${cursor}` : ''}`);
      seen.push(...page.entries);
      cursor = page.nextCursor;
      pagesRead++;
    } while (cursor && pagesRead < 10);
    assert.deepEqual(
      seen.map((e) => e.id),
      f.entries.map((e: Json) => e.id),
    );
    for (const bad of ['nonsense', Buffer.from('2026-01-01T00:00:00.000000Z|x').toString('base64url')]) {
      const refused = await alice.get(`/api/v1/me/payments?cursor=${bad}`);
      assert.equal(refused.status, 400, JSON.stringify(refused.body));
      assert.equal(refused.body.error.code, 'validation_failed');
    }
  });

  test('a customer sees only their own rows; a guest is asked to sign in', async () => {
    const bobs = await history(bob);
    assert.deepEqual(
      bobs.entries.map((e: Json) => e.id),
      [f.bobPaymentId],
    );
    const alices = f.entries.map((e: Json) => e.id);
    assert.ok(!alices.includes(f.bobPaymentId));
    const bobCsv = await raw(bob, '/api/v1/me/payments/export?format=csv');
    assert.ok(!bobCsv.body.includes('Åsa') && !bobCsv.body.includes(f.cardPaymentId));
    assert.equal((await t.client().get('/api/v1/me/payments')).status, 401);
    assert.equal((await raw(t.client(), '/api/v1/me/payments/export')).statusCode, 401);
  });
});

describe('exports of a customer', () => {
  test('CSV: BOM, CRLF, quoted commas, quotes and newlines, Swedish letters and headers, no formulas', async () => {
    const response = await raw(alice, '/api/v1/me/payments/export?format=csv');
    assert.equal(response.statusCode, 200, response.body);
    assert.match(String(response.headers['content-type']), /^text\/csv; charset=utf-8/);
    assert.match(String(response.headers['content-disposition']), /^attachment; filename="payments-[\d-]+\.csv"$/);
    const bytes = response.rawPayload;
    assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 byte order mark');
    const text = bytes.subarray(3).toString('utf8');
    assert.ok(text.endsWith('\r\n'));
    const outsideQuotes = text.replace(/"(?:[^"]|"")*"/g, '');
    assert.ok(
      !/[^\r]\n|\r(?!\n)/.test(outsideQuotes),
      'every record ends with CRLF, and only quoted cells hold a bare LF',
    );
    const header = text.slice(0, text.indexOf('\r\n'));
    assert.equal(
      header,
      `Datum (${t.org.timeZone}),Typ,Avser,Börjar (${t.org.timeZone}),Belopp,Valuta,Klipp,Betalsätt,Status,Bokning,Faktura,Id`,
    );
    // The title with a comma and quotes is one quoted cell, quotes doubled (a title is one line; line
    // breaks in a cell are the unit test's).
    assert.ok(text.includes(`"Yin, ""Morgon"" Åsa & Örjan"`), text);
    // The formula is text: a leading apostrophe, then quoted for its comma and quotes.
    assert.ok(text.includes(`"'=HYPERLINK(""http://evil.test"",""Klicka"")"`), text);
    assert.ok(!text.includes(',=HYPERLINK'));
    const records = parseCsv(text);
    assert.equal(records.length, 7, 'a header and six entries');
    const refund = records.find((r) => r[1] === 'Återbetalning');
    assert.ok(refund, JSON.stringify(records));
    assert.equal(refund[4], '-50.25', 'a decimal in kronor, with its sign');
    assert.equal(refund[5], 'SEK');
    assert.equal(refund[8], 'Genomförd');
    const card = records.find((r) => r.at(-1) === f.cardPaymentId);
    assert.equal(card?.[4], '200.50');
    assert.equal(card?.[2], TITLE);
    assert.match(card?.[0] ?? '', /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);

    const english = await raw(bob, '/api/v1/me/payments/export');
    assert.ok(
      english.body.startsWith(`\uFEFFDate (${t.org.timeZone}),Type,For,`),
      'csv by default, headers in English',
    );
  });

  test('JSON: the same entries as the list, as one array, filters applied', async () => {
    const response = await raw(alice, '/api/v1/me/payments/export?format=json');
    assert.equal(response.statusCode, 200);
    assert.match(String(response.headers['content-disposition']), /attachment; filename="payments-[\d-]+\.json"/);
    assert.deepEqual(JSON.parse(response.body), f.entries);
    const refunds = await raw(alice, '/api/v1/me/payments/export?format=json&kind=refund');
    assert.deepEqual(
      JSON.parse(refunds.body).map((e: Json) => e.id),
      [f.refundId],
    );
    const none = await raw(alice, '/api/v1/me/payments/export?format=json&status=failed');
    assert.deepEqual(JSON.parse(none.body), []);
    const bad = await raw(alice, '/api/v1/me/payments/export?format=xlsx');
    assert.equal(bad.statusCode, 400);
  });
});

describe("the admin's exports", () => {
  test('payments, bookings and customers: refused to customers, and each export is audited', async () => {
    for (const what of ['payments', 'bookings', 'customers']) {
      const refused = await raw(alice, `/api/v1/exports/${what}`);
      assert.equal(refused.statusCode, 403, refused.body);
      assert.equal((await raw(t.client(), `/api/v1/exports/${what}`)).statusCode, 401);
    }
    const refusals = await queryRows<{ n: number | string }>(
      t.database.db,
      sql`SELECT count(*) AS n FROM audit_log WHERE action LIKE 'export.%'`,
    );
    assert.equal(Number(refusals[0]?.n), 0, 'a refused export is not recorded as taken');

    const payments = await raw(admin, '/api/v1/exports/payments?format=csv');
    assert.equal(payments.statusCode, 200);
    const rows = parseCsv(payments.body.slice(1));
    assert.equal(rows[0]?.[9], 'Customer');
    assert.ok(rows.some((r) => r.at(-1) === f.bobPaymentId && r[10] === 'bob@example.test'));
    assert.ok(rows.some((r) => r.at(-1) === f.refundId && r[9] === 'Alice Åkesson'));

    const bookings = JSON.parse((await raw(admin, '/api/v1/exports/bookings?format=json')).body);
    assert.ok(bookings.some((b: Json) => b.id === f.creditBookingId && b.paymentMethod === 'credits'));
    assert.ok(bookings.some((b: Json) => b.title === TITLE && b.customer.email === 'alice@example.test'));

    const customers = parseCsv((await raw(admin, '/api/v1/exports/customers?format=csv')).body.slice(1));
    assert.deepEqual(customers[0], ['Customer', 'Name', 'Email', 'Language', 'Account', `Created (${t.org.timeZone})`]);
    assert.ok(customers.some((r) => r[2] === 'alice@example.test' && r[3] === 'sv' && r[4] === 'yes'));

    const later = await raw(admin, '/api/v1/exports/customers?format=json&from=2199-01-01');
    assert.deepEqual(JSON.parse(later.body), []);

    const audit = await admin.get('/api/v1/audit-log?entityType=export');
    assert.equal(audit.status, 200, JSON.stringify(audit.body));
    const actions = audit.body.entries.map((e: Json) => e.action).sort();
    assert.deepEqual(actions, ['export.bookings', 'export.customers', 'export.customers', 'export.payments']);
    const entry = audit.body.entries.find((e: Json) => e.action === 'export.payments');
    assert.equal(entry.actor.type, 'user');
    assert.deepEqual(entry.after, { what: 'payments', format: 'csv', from: null, to: null });
  });
});

describe('a large export', () => {
  test('10,000 rows are read from the database a page at a time while the answer is being read', async () => {
    const db = t.database.db;
    const carol = await signUp('carol@example.test', 'Carol Many', 'en');
    const pack = await admin.post('/api/v1/packages', {
      name: 'Big pack',
      credits: 1,
      price: { amount: 1_000 },
      validityDays: 30,
      scope: 'everything',
    });
    const bought = await carol.post(`/api/v1/packages/${pack.body.id}/purchase`, { paymentMethod: 'swish' });
    assert.equal(bought.status, 201, JSON.stringify(bought.body));
    // 9,999 more purchases, each paid, spread over the past days: real rows, made in one statement.
    await db.execute(sql`
      WITH made AS (
        INSERT INTO package_purchases (org_id, package_id, customer_id, method, status, credits, price_amount,
                                       currency, validity_days, scope, scope_ids, credits_per_booking, created_at)
        SELECT org_id, package_id, customer_id, method, 'paid', credits, price_amount, currency, validity_days,
               scope, scope_ids, credits_per_booking, now() - make_interval(mins => g)
          FROM package_purchases, generate_series(1, 9999) AS g
         WHERE id = ${bought.body.purchase.id}
        RETURNING org_id, id, price_amount, currency, created_at
      )
      INSERT INTO payments (org_id, package_purchase_id, method, amount, currency, status, refunded_amount,
                            created_at, updated_at, succeeded_at)
      SELECT org_id, id, 'swish', price_amount, currency, 'succeeded', 0, created_at, created_at, created_at FROM made`);

    const response = await t.app.inject({
      method: 'GET',
      url: '/api/v1/me/payments/export?format=csv',
      headers: { cookie: carol.cookie ?? '' },
      payloadAsStream: true,
    });
    assert.equal(response.statusCode, 200);
    const body = response.stream();
    const reader = body[Symbol.asyncIterator]();
    const first = await reader.next();
    assert.ok(!first.done);
    // The client has read one chunk and reads no more for now. A row older than all others is
    // added: an export that had read its rows before answering cannot contain it; one that reads a
    // page when the client has taken the last must end with it.
    await db.execute(sql`
      INSERT INTO payments (org_id, package_purchase_id, method, amount, currency, status, refunded_amount,
                            created_at, updated_at, succeeded_at)
      SELECT org_id, id, 'bank_transfer', 4200, currency, 'failed', 0, '2001-01-01Z', '2001-01-01Z', NULL
        FROM package_purchases WHERE id = ${bought.body.purchase.id}`);
    const chunks: Buffer[] = [first.value as Buffer];
    for (let next = await reader.next(); !next.done; next = await reader.next()) chunks.push(next.value as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    const lines = text.split('\r\n').filter(Boolean);
    assert.equal(lines.length, 1 + 10_000 + 1, 'the header, 10,000 payments and the late one');
    assert.match(lines.at(-1) ?? '', /^2001-01-01 \d{2}:\d{2},Payment,Big pack,,42\.00,SEK,,Bank transfer,Failed,/);
    assert.ok(chunks.length >= 10, `the answer came in ${chunks.length} chunks`);
  });
});

/** RFC 4180: quoted fields may hold commas, doubled quotes and line breaks. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let field = '';
  let record: string[] = [];
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      record.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      i++;
    } else field += c;
  }
  return records;
}
