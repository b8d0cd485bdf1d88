// A guest (bookings made without an account) has the same data rights as an account: a copy of
// everything held, and erasure. The guest's mailbox is the proof: a manage link only asks for a link
// mailed to the booking's address (whoever books holds the manage link, with any address typed).
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../src/platform/db.ts';
import { type Client, type TestApp, classInput, startTestApp } from '../support/app.ts';
import { localStart, setupPractice } from '../support/practice.ts';
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

const ada = { name: 'Ada Guest', email: 'ada.guest@example.test' };
const bo = { name: 'Bo Other', email: 'bo.other@example.test' };

async function newClass(title: string) {
  const response = await admin.post('/api/v1/classes', classInput({ title }));
  assert.equal(response.status, 201, JSON.stringify(response.body));
  return response.body.id as string;
}

async function bookAs(classId: string, who: { name: string; email: string }) {
  const booked = await t.client().post('/api/v1/bookings', { classId, guest: who });
  assert.equal(booked.status, 201, JSON.stringify(booked.body));
  return booked.body as { booking: { id: string }; manageToken: string };
}

const auditText = async (bookingId: string) =>
  (
    await queryRows<{ values: string }>(
      t.database.db,
      sql`SELECT coalesce(string_agg(concat(before::text, after::text), ' '), '') AS values
            FROM audit_log WHERE entity_type = 'booking' AND entity_id = ${bookingId}`,
    )
  )[0]?.values ?? '';

/** Asks for the data link from a manage link, and reads its token from the mail to `email`. */
async function dataToken(manageToken: string, email: string): Promise<string> {
  const before = smtp.to(email).filter((m) => m.text.includes('/your-data?token=')).length;
  const asked = await t.client().post(`/api/v1/manage/${manageToken}/data-link`, {});
  assert.equal(asked.status, 202, JSON.stringify(asked.body));
  assert.ok(!JSON.stringify(asked.body).includes('your-data'), 'the answer holds no link');
  await t.runJobs();
  const mail = smtp.to(email).filter((m) => m.text.includes('/your-data?token='))[before];
  assert.ok(mail, `a data link mailed to ${email}`);
  const token = /\/your-data\?token=([\w-]+)/.exec(mail.text)?.[1];
  assert.ok(token, mail.text);
  return token;
}

describe("a guest's data by a link mailed to them", () => {
  test('the export holds every booking of the guest and nothing of anyone else', async () => {
    const yoga = await newClass('Yoga');
    const first = await bookAs(yoga, ada);
    const second = await bookAs(await newClass('Barre'), ada);
    const other = await bookAs(yoga, bo);

    const exported = await t.client().get(`/api/v1/guest-data/${await dataToken(second.manageToken, ada.email)}`);
    assert.equal(exported.status, 200, JSON.stringify(exported.body));
    const { sections } = exported.body;
    assert.deepEqual(
      sections.bookings.map((b: { id: string }) => b.id).sort(),
      [first.booking.id, second.booking.id].sort(),
    );
    assert.equal(sections.customers.length, 1);
    assert.equal(sections.customers[0].email, ada.email);
    // Written as an account's export is: names for people, local times with offset, amounts with currency.
    const barre = sections.bookings.find((b: { id: string }) => b.id === second.booking.id);
    assert.equal(barre.classTitle, 'Barre');
    assert.match(barre.startsAt, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{1,3})?\+0[12]:00$/);
    assert.equal(typeof barre.price.amount, 'number');
    assert.equal(barre.price.currency, 'SEK');
    assert.equal(barre.customer_id, undefined);
    assert.deepEqual(sections.account, []);
    assert.deepEqual(sections.sessions, []);
    const text = JSON.stringify(exported.body);
    for (const theirs of [bo.email, bo.name, other.booking.id]) assert.ok(!text.includes(theirs), `shows ${theirs}`);
    for (const wrong of ['not-a-token', second.manageToken]) {
      const refused = await t.client().get(`/api/v1/guest-data/${wrong}`);
      assert.equal(refused.status, 404, wrong);
      assert.equal(refused.body.error.code, 'data_link_invalid');
    }
    assert.equal(
      (await t.client().get(`/api/v1/manage/${second.manageToken}/data`)).status,
      404,
      'no export by a manage link',
    );
  });

  test("someone who books with a guest's address gets no way to their data: the link goes to the guest's mailbox", async () => {
    const victim = { name: 'Vera Victim', email: 'vera.victim@example.test' };
    const hers = await bookAs(await newClass('Her class'), victim);
    const stranger = await bookAs(await newClass('Free for all'), { name: 'Anyone', email: victim.email });
    const answered = JSON.stringify(stranger);
    assert.ok(!answered.includes(victim.name), 'the booking answer does not tell the name on file');
    const opened = await t.client().get(`/api/v1/manage/${stranger.manageToken}`);
    assert.equal(opened.status, 200);
    assert.ok(!JSON.stringify(opened.body).includes(victim.name), 'nor does the manage link');
    assert.equal(
      (await admin.get(`/api/v1/bookings/${stranger.booking.id}`)).body.customer.name,
      victim.name,
      'staff see it',
    );
    assert.equal(
      (await admin.get(`/api/v1/manage/${stranger.manageToken}`)).body.customer.name,
      null,
      "but a manage link answers as to its holder, whoever is signed in (another organisation's staff too)",
    );
    await t.runJobs(); // the two confirmations
    const before = smtp.received.length;
    const asked = await t.client().post(`/api/v1/manage/${stranger.manageToken}/data-link`, {});
    assert.equal(asked.status, 202);
    await t.runJobs();
    const sent = smtp.received.slice(before);
    assert.deepEqual(
      sent.map((m) => m.to),
      [[victim.email]],
      'the one mail goes to the address on file, none to the stranger',
    );
    for (const attempt of [
      await t.client().get(`/api/v1/manage/${stranger.manageToken}/data`),
      await t.client().post(`/api/v1/manage/${stranger.manageToken}/erase`, { confirm: true }),
      await t.client().post(`/api/v1/guest-data/${stranger.manageToken}/erase`, { confirm: true }),
    ])
      assert.equal(attempt.status, 404);
    assert.equal((await admin.get(`/api/v1/bookings/${hers.booking.id}`)).body.status, 'confirmed');
  });

  test('a data link works the day it is made and the next, then no more', async () => {
    const dan = { name: 'Dan Guest', email: 'dan.guest@example.test' };
    const booked = await bookAs(await newClass('Later'), dan);
    const token = await dataToken(booked.manageToken, dan.email);
    assert.equal((await t.client().get(`/api/v1/guest-data/${token}`)).status, 200);
    t.clock.advance(24 * 3600_000);
    try {
      assert.equal((await t.client().get(`/api/v1/guest-data/${token}`)).status, 200, 'the next day');
      t.clock.advance(24 * 3600_000);
      const late = await t.client().get(`/api/v1/guest-data/${token}`);
      assert.equal(late.status, 404, 'two days on');
      assert.equal(late.body.error.code, 'data_link_invalid');
    } finally {
      t.clock.advance(-48 * 3600_000);
    }
  });

  test('erasure anonymises the guest, cancels future bookings and leaves others alone; it asks to be sure', async () => {
    const pilates = await newClass('Pilates');
    const cleo = { name: 'Cleo Guest', email: 'cleo.guest@example.test' };
    const mine = await bookAs(pilates, cleo);
    // A class booking holds no phone: an appointment of the same guest carries one to erase.
    const { serviceId } = await setupPractice(admin);
    const visit = await t
      .client()
      .post('/api/v1/bookings', { serviceId, start: localStart(5, '10:00'), guest: cleo, phone: '+46 70 123 45 67' });
    assert.equal(visit.status, 201, JSON.stringify(visit.body));
    const visitId = visit.body.booking.id as string;
    const theirs = await bookAs(pilates, bo);
    const link = `/api/v1/manage/${mine.manageToken}`;
    const data = `/api/v1/guest-data/${await dataToken(mine.manageToken, cleo.email)}`;

    const unsure = await t.client().post(`${data}/erase`, {});
    assert.equal(unsure.status, 400, JSON.stringify(unsure.body));
    assert.equal((await t.client().get(link)).body.status, 'confirmed', 'a refusal changes nothing');

    const phoneOf = async (bookingId: string) =>
      (
        await queryRows<{ customer_phone: string | null }>(
          t.database.db,
          sql`SELECT customer_phone FROM bookings WHERE id = ${bookingId}`,
        )
      )[0]?.customer_phone;
    assert.equal(await phoneOf(visitId), '+46 70 123 45 67', 'the phone is there to erase');
    assert.ok((await auditText(visitId)).includes('123 45 67'), 'and recorded in the audit log');
    const erased = await t.client().post(`${data}/erase`, { confirm: true });
    assert.equal(erased.status, 204, JSON.stringify(erased.body));

    const [customer] = await queryRows<{ name: string; email: string; anonymised_at: Date | null }>(
      t.database.db,
      sql`SELECT c.name, c.email, c.anonymised_at FROM customers c JOIN bookings b ON b.customer_id = c.id
           WHERE b.id = ${mine.booking.id}`,
    );
    assert.equal(customer?.name, 'Anonymised');
    assert.match(customer?.email ?? '', /@anonymised\.invalid$/);
    assert.ok(customer?.anonymised_at);
    const booking = await admin.get(`/api/v1/bookings/${mine.booking.id}`);
    assert.equal(booking.body.status, 'cancelled', 'the future booking is cancelled by the cancel path');
    assert.equal((await admin.get(`/api/v1/bookings/${visitId}`)).body.status, 'cancelled');
    assert.equal(await phoneOf(visitId), null);
    const recorded = `${await auditText(mine.booking.id)} ${await auditText(visitId)}`;
    assert.ok(recorded.trim().length > 0, 'the entries stay');
    for (const gone of ['cleo.guest@example.test', 'Cleo Guest', '123 45 67']) {
      assert.ok(!recorded.includes(gone), `the audit log keeps ${gone}`);
    }
    assert.ok((await auditText(theirs.booking.id)).includes(bo.email), "another guest's entries are untouched");
    assert.equal((await admin.get(`/api/v1/bookings/${theirs.booking.id}`)).body.status, 'confirmed');

    // The link still opens the (cancelled) booking, with no one's name on it; the data is gone.
    const opened = await t.client().get(link);
    assert.equal(opened.status, 200);
    assert.ok(!JSON.stringify(opened.body).includes('cleo.guest@example.test'));
    assert.equal((await t.client().get(data)).status, 404);
    assert.equal((await t.client().post(`${data}/erase`, { confirm: true })).status, 404);
    assert.equal((await t.client().post(`${link}/data-link`, {})).status, 404, 'an erased guest gets no new link');
    // The address can book again, as a new guest.
    await bookAs(await newClass('Again'), cleo);
  });

  test("a booking made signed in is the account's: its link sends no data link", async () => {
    const member = t.client();
    assert.equal((await member.signUp('member.privacy@example.test', 'Mia Member')).status, 201);
    const booked = await member.post('/api/v1/bookings', { classId: await newClass('Members') });
    assert.equal(booked.status, 201, JSON.stringify(booked.body));
    const link = `/api/v1/manage/${booked.body.manageToken}`;
    const answer = await t.client().post(`${link}/data-link`, {});
    assert.equal(answer.status, 409, JSON.stringify(answer.body));
    assert.equal(answer.body.error.code, 'booking_of_account');
    assert.equal((await member.get('/api/v1/me')).status, 200);
    assert.equal((await admin.get(`/api/v1/bookings/${booked.body.booking.id}`)).body.status, 'confirmed');
  });
});
