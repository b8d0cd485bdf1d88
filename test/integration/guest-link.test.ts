// Bookings made as a guest join the account of the same address through a mailed link, opened
// signed in as that account: typing an address at sign-up proves nothing.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../src/platform/db.ts';
import { type Client, type TestApp, classInput, startTestApp } from '../support/app.ts';
import { TestSmtpServer } from '../support/smtp.ts';

let t: TestApp;
let admin: Client;
const smtp = new TestSmtpServer();

before(async () => {
  await smtp.start();
  t = await startTestApp({ smtpUrl: smtp.url });
  admin = await t.admin();
});
after(async () => {
  await t.close();
  await smtp.stop();
});

async function newClass(title: string) {
  const response = await admin.post('/api/v1/classes', classInput({ title }, t.clock.now()));
  assert.equal(response.status, 201, JSON.stringify(response.body));
  return response.body.id as string;
}

async function bookAsGuest(classId: string, email: string) {
  const booked = await t.client().post('/api/v1/bookings', { classId, guest: { name: 'Guest Name', email } });
  assert.equal(booked.status, 201, JSON.stringify(booked.body));
  return booked.body.booking.id as string;
}

async function account(email: string) {
  const client = t.client();
  assert.equal((await client.signUp(email, 'Account Name')).status, 201);
  return client;
}

/** Asks for the link and reads its token from the mail. */
async function mailedToken(client: Client, email: string): Promise<string> {
  const asked = await client.post('/api/v1/me/guest-bookings/request', {});
  assert.equal(asked.status, 202, JSON.stringify(asked.body));
  await t.runJobs();
  const mail = smtp
    .to(email)
    .filter((m) => m.text.includes('link-bookings'))
    .at(-1);
  assert.ok(mail, `a link mailed to ${email}`);
  const token = /link-bookings\?token=([\w.-]+)/.exec(mail.text)?.[1];
  assert.ok(token, mail.text);
  return token;
}

const myBookingIds = async (client: Client) =>
  ((await client.get('/api/v1/me/bookings?when=all')).body.bookings as { id: string }[]).map((b) => b.id).sort();

const customerRows = (email: string) =>
  queryRows<{ id: string; user_id: string | null }>(
    t.database.db,
    sql`SELECT id, user_id FROM customers WHERE email = ${email} ORDER BY created_at`,
  );

describe('adding bookings made as a guest to an account', () => {
  test('a new account takes the guest row over: both bookings are its own, once; the link is single-use', async () => {
    const first = await bookAsGuest(await newClass('Guest one'), 'lina@example.test');
    const second = await bookAsGuest(await newClass('Guest two'), 'lina@example.test');
    const lina = await account('lina@example.test');
    assert.deepEqual(await myBookingIds(lina), [], 'nothing joins by typing the address');

    const token = await mailedToken(lina, 'lina@example.test');
    const linked = await lina.post('/api/v1/me/guest-bookings/link', { token });
    assert.equal(linked.status, 200, JSON.stringify(linked.body));
    assert.equal(linked.body.bookings, 2);
    assert.deepEqual(await myBookingIds(lina), [first, second].sort());
    const rows = await customerRows('lina@example.test');
    assert.equal(rows.length, 1, 'one customer, not a guest and an account');
    assert.ok(rows[0]?.user_id);

    const again = await lina.post('/api/v1/me/guest-bookings/link', { token });
    assert.equal(again.status, 400);
    assert.equal(again.body.error.code, 'guest_link_invalid');
  });

  test('another account cannot use the link, and an address without guest bookings gets no mail', async () => {
    await bookAsGuest(await newClass('Victim class'), 'vera@example.test');
    const vera = await account('vera@example.test');
    const token = await mailedToken(vera, 'vera@example.test');
    const other = await account('otto@example.test');
    const stolen = await other.post('/api/v1/me/guest-bookings/link', { token });
    assert.equal(stolen.status, 400);
    assert.equal(stolen.body.error.code, 'guest_link_invalid');
    assert.deepEqual(await myBookingIds(other), []);
    for (const forged of ['x', `${token.slice(0, -2)}aa`]) {
      assert.equal((await vera.post('/api/v1/me/guest-bookings/link', { token: forged })).status, 400);
    }

    assert.equal((await other.post('/api/v1/me/guest-bookings/request', {})).status, 202);
    await t.runJobs();
    assert.equal(
      smtp.to('otto@example.test').filter((m) => m.text.includes('link-bookings')).length,
      0,
      'nothing to add, nothing sent',
    );
    assert.equal((await t.client().post('/api/v1/me/guest-bookings/request', {})).status, 401);
  });

  test('an account that has booked already gets the guest bookings moved over; the empty guest row goes', async () => {
    const asGuest = await bookAsGuest(await newClass('Before the account'), 'mo@example.test');
    const mo = await account('mo@example.test');
    const own = await mo.post('/api/v1/bookings', { classId: await newClass('After the account') });
    assert.equal(own.status, 201, JSON.stringify(own.body));
    const linked = await mo.post('/api/v1/me/guest-bookings/link', { token: await mailedToken(mo, 'mo@example.test') });
    assert.equal(linked.status, 200, JSON.stringify(linked.body));
    assert.equal(linked.body.bookings, 1);
    assert.deepEqual(await myBookingIds(mo), [asGuest, own.body.booking.id].sort());
    assert.equal((await customerRows('mo@example.test')).length, 1);
  });

  test('credits and points held as a guest move to the account, added to its own, and the books stay balanced', async () => {
    assert.equal((await admin.patch('/api/v1/loyalty/settings', { enabled: true })).status, 200);
    await bookAsGuest(await newClass('Guest with a balance'), 'bo@example.test');
    const bo = await account('bo@example.test');
    assert.equal(
      (await bo.post('/api/v1/bookings', { classId: await newClass('Account with a balance') })).status,
      201,
    );
    const [guest, own] = await customerRows('bo@example.test');
    assert.ok(guest && own && guest.user_id === null && own.user_id !== null);
    const adjust = async (customerId: string, what: 'credits' | 'loyalty', delta: number) => {
      const response = await admin.post(`/api/v1/customers/${customerId}/${what}/adjust`, { delta, reason: 'test' });
      assert.equal(response.status, 200, JSON.stringify(response.body));
    };
    await adjust(guest.id, 'credits', 3);
    await adjust(guest.id, 'loyalty', 40);
    await adjust(own.id, 'credits', 2);
    await adjust(own.id, 'loyalty', 10);

    const linked = await bo.post('/api/v1/me/guest-bookings/link', { token: await mailedToken(bo, 'bo@example.test') });
    assert.equal(linked.status, 200, JSON.stringify(linked.body));
    assert.equal(linked.body.bookings, 1);
    assert.deepEqual(
      (await customerRows('bo@example.test')).map((row) => row.id),
      [own.id],
    );
    assert.equal((await bo.get('/api/v1/me/credits')).body.balance, 5);
    assert.equal((await bo.get('/api/v1/me/loyalty')).body.balance, 50);
    // Every balance is still the sum of its ledger, and every grant its own.
    const integrity = await admin.get('/api/v1/integrity');
    assert.equal(integrity.body.clean, true, JSON.stringify(integrity.body));
    // The moved grant is the account's to spend: taking all five leaves nothing.
    await adjust(own.id, 'credits', -5);
    assert.equal((await bo.get('/api/v1/me/credits')).body.balance, 0);
    const [audit] = await queryRows<{ after: { credits: number; points: number } }>(
      t.database.db,
      sql`SELECT after FROM audit_log WHERE action = 'customer.guest_linked' AND entity_id = ${own.id}`,
    );
    assert.deepEqual([audit?.after.credits, audit?.after.points], [3, 40]);
  });

  test('the same class booked both ways is refused whole, and nothing moves', async () => {
    const classId = await newClass('Booked twice');
    const asGuest = await bookAsGuest(classId, 'dee@example.test');
    const dee = await account('dee@example.test');
    const own = await dee.post('/api/v1/bookings', { classId });
    assert.equal(own.status, 201, JSON.stringify(own.body));
    const refused = await dee.post('/api/v1/me/guest-bookings/link', {
      token: await mailedToken(dee, 'dee@example.test'),
    });
    assert.equal(refused.status, 409, JSON.stringify(refused.body));
    assert.equal(refused.body.error.code, 'guest_link_merge_refused');
    assert.deepEqual(await myBookingIds(dee), [own.body.booking.id]);
    assert.equal((await admin.get(`/api/v1/bookings/${asGuest}`)).body.status, 'confirmed');
    assert.equal((await customerRows('dee@example.test')).length, 2);
  });
});
