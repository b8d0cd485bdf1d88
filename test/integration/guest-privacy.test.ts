// A guest (bookings made without an account) has the same data rights as an account: a copy of
// everything held, and erasure. Holding a manage link, mailed to their address, is the proof.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../src/platform/db.ts';
import { type Client, type TestApp, classInput, startTestApp } from '../support/app.ts';
import { localStart, setupPractice } from '../support/practice.ts';

let t: TestApp;
let admin: Client;
before(async () => {
  t = await startTestApp();
  admin = await t.admin();
});
after(() => t.close());

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

describe("a guest's data by their manage link", () => {
  test('the export holds every booking of the guest and nothing of anyone else', async () => {
    const yoga = await newClass('Yoga');
    const first = await bookAs(yoga, ada);
    const second = await bookAs(await newClass('Barre'), ada);
    const other = await bookAs(yoga, bo);

    const exported = await t.client().get(`/api/v1/manage/${second.manageToken}/data`);
    assert.equal(exported.status, 200, JSON.stringify(exported.body));
    const { sections } = exported.body;
    assert.deepEqual(
      sections.bookings.map((b: { id: string }) => b.id).sort(),
      [first.booking.id, second.booking.id].sort(),
    );
    assert.equal(sections.customers.length, 1);
    assert.equal(sections.customers[0].email, ada.email);
    assert.deepEqual(sections.account, []);
    assert.deepEqual(sections.sessions, []);
    const text = JSON.stringify(exported.body);
    for (const theirs of [bo.email, bo.name, other.booking.id]) assert.ok(!text.includes(theirs), `shows ${theirs}`);
    assert.equal((await t.client().get('/api/v1/manage/not-a-token/data')).status, 404);
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

    const unsure = await t.client().post(`${link}/erase`, {});
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
    const erased = await t.client().post(`${link}/erase`, { confirm: true });
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
    assert.equal((await t.client().get(`${link}/data`)).status, 404);
    assert.equal((await t.client().post(`${link}/erase`, { confirm: true })).status, 404);
    // The address can book again, as a new guest.
    await bookAs(await newClass('Again'), cleo);
  });

  test("a booking made signed in is the account's: its link neither exports nor erases", async () => {
    const member = t.client();
    assert.equal((await member.signUp('member.privacy@example.test', 'Mia Member')).status, 201);
    const booked = await member.post('/api/v1/bookings', { classId: await newClass('Members') });
    assert.equal(booked.status, 201, JSON.stringify(booked.body));
    const link = `/api/v1/manage/${booked.body.manageToken}`;
    for (const answer of [
      await t.client().get(`${link}/data`),
      await t.client().post(`${link}/erase`, { confirm: true }),
    ]) {
      assert.equal(answer.status, 409, JSON.stringify(answer.body));
      assert.equal(answer.body.error.code, 'booking_of_account');
    }
    assert.equal((await member.get('/api/v1/me')).status, 200);
    assert.equal((await admin.get(`/api/v1/bookings/${booked.body.booking.id}`)).body.status, 'confirmed');
  });
});
