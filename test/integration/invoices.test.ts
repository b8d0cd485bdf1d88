// Invoices, receipts and credit notes: gapless numbers per organisation under concurrency (a rolled
// back issue leaves no gap), immutability held by the database, credit notes, the PDF read back as
// text in English and Swedish, the mails with the PDF attached, customer isolation, and bad input.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import {
  type IssueInput,
  issueInvoice,
  queueInvoice,
  recordInvoicePayment,
} from '../../src/modules/invoices/invoices.service.ts';
import { findOrganisationById } from '../../src/modules/orgs/orgs.repo.ts';
import { toOrgContext } from '../../src/modules/orgs/orgs.service.ts';
import { systemContext } from '../../src/platform/context.ts';
import { queryRows, transaction } from '../../src/platform/db.ts';
import { formatMoney } from '../../src/platform/format.ts';
import { type Client, type TestApp, classInput, guest, startTestApp } from '../support/app.ts';
import { TestSmtpServer } from '../support/smtp.ts';

let t: TestApp;
let admin: Client;
let smtp: TestSmtpServer;
/** A class of the second organisation (made by the numbering test). */
let otherClassId: string;

const seller = {
  legalName: 'Studio Slotwise AB',
  addressLines: ['Storgatan 1'],
  postcode: '111 22',
  city: 'Stockholm',
  country: 'SE',
  orgNumber: '556000-0000',
  vatNumber: 'SE556000000001',
  bankgiro: '123-4567',
  swishNumber: '123 456 78 90',
  invoiceDueDays: 30,
};

before(async () => {
  smtp = await new TestSmtpServer().start();
  t = await startTestApp({ smtpUrl: smtp.url });
  admin = await t.admin();
  const patched = await admin.patch('/api/v1/organisation', seller);
  assert.equal(patched.status, 200, JSON.stringify(patched.body));
  assert.equal(patched.body.orgNumber, seller.orgNumber);
  assert.equal(patched.body.invoicePolicy, 'never');
});
after(async () => {
  await t.close();
  await smtp.stop();
});

const db = () => t.database.db;

async function pdfText(bytes: Buffer): Promise<string> {
  const doc = await getDocument({ data: new Uint8Array(bytes), verbosity: 0, isEvalSupported: false }).promise;
  const parts: string[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const content = await (await doc.getPage(n)).getTextContent();
    for (const item of content.items) if ('str' in item && item.str.trim()) parts.push(item.str);
  }
  await doc.destroy();
  return parts.join('\n');
}

/** Money as the PDF writes it: Intl's minus sign and special spaces in their plain forms. */
const pdfMoney = (amount: number, locale: 'en' | 'sv') =>
  formatMoney(amount, 'SEK', locale)
    .replace(/\u2212/g, '-')
    .replace(/[\u00a0\u202f]/g, ' ');

async function getPdf(client: Client | null, url: string) {
  const response = await t.app.inject({
    method: 'GET',
    url,
    headers: client?.cookie ? { cookie: client.cookie } : {},
  });
  return { status: response.statusCode, body: response.rawPayload, type: response.headers['content-type'] };
}

let classCount = 0;
async function newClass(overrides: Record<string, unknown> = {}) {
  const created = await admin.post('/api/v1/classes', classInput({ title: `Pilates ${++classCount}`, ...overrides }));
  assert.equal(created.status, 201, JSON.stringify(created.body));
  return created.body as { id: string };
}

let guestCount = 0;
/** A confirmed guest booking paid at the venue (nothing paid yet). */
async function venueBooking(classId: string, who = guest(`inv${++guestCount}`)) {
  const booked = await t.client().post('/api/v1/bookings', { classId, guest: who, paymentMethod: 'venue' });
  assert.equal(booked.status, 201, JSON.stringify(booked.body));
  return booked.body.booking as { id: string };
}

const counts = async () => {
  const [row] = await queryRows<{ invoices: number; lines: number; counter: string | null }>(
    db(),
    sql`SELECT (SELECT count(*)::int FROM invoices) AS invoices, (SELECT count(*)::int FROM invoice_lines) AS lines,
               (SELECT max(last_number)::text FROM invoice_counters) AS counter`,
  );
  return row;
};

const numbers = async (orgId: string) =>
  (
    await queryRows<{ number: string }>(db(), sql`SELECT number FROM invoices WHERE org_id = ${orgId} ORDER BY number`)
  ).map((row) => Number(row.number));

describe('numbering', () => {
  test('50 simultaneous issues get 1..50 without a gap or duplicate, rolled-back issues among them leave no gap', async () => {
    const cls = await newClass({ maxSpots: 60, price: { amount: 10000 } });
    const bookings = [];
    for (let i = 0; i < 50; i++) bookings.push(await venueBooking(cls.id));
    const ctx = systemContext(t.org);
    const rolledBack = async (i: number) => {
      const input: IssueInput = {
        kind: 'invoice',
        buyer: {
          customerId: null,
          name: `Rollback ${i}`,
          email: `rollback${i}@example.test`,
          address: null,
          locale: null,
        },
        lines: [{ description: 'Rolled back', quantity: 1, unitAmount: 100, amount: 100, vatBasisPoints: 0 }],
        currency: 'SEK',
        pricesIncludeTax: true,
        paidAmount: 0,
        paidAt: null,
      };
      await assert.rejects(
        transaction(db(), async (tx) => {
          await issueInvoice(tx, ctx, input, t.clock.now());
          throw new Error('rolled back on purpose');
        }),
        /rolled back on purpose/,
      );
    };
    const results = await Promise.all([
      ...bookings.slice(0, 25).map((b) => admin.post(`/api/v1/bookings/${b.id}/invoice`, {})),
      rolledBack(1),
      rolledBack(2),
      ...bookings.slice(25).map((b) => admin.post(`/api/v1/bookings/${b.id}/invoice`, {})),
      rolledBack(3),
    ]);
    for (const result of results) if (result) assert.equal(result.status, 201, JSON.stringify(result.body));
    assert.deepEqual(
      await numbers(t.org.id),
      Array.from({ length: 50 }, (_, i) => i + 1),
    );
    // Another organisation counts from 1 on its own.
    const other = await t.createOrg('invoices-other', 'admin@other.test');
    const otherAdmin = t.client('invoices-other');
    await otherAdmin.signIn('admin@other.test', 'admin-password-1');
    const otherClass = await otherAdmin.post('/api/v1/classes', classInput({ title: 'Yoga' }));
    otherClassId = otherClass.body.id;
    const otherBooking = await t
      .client('invoices-other')
      .post('/api/v1/bookings', { classId: otherClass.body.id, guest: guest('other1'), paymentMethod: 'venue' });
    const issued = await otherAdmin.post(`/api/v1/bookings/${otherBooking.body.booking.id}/invoice`, {});
    assert.equal(issued.status, 201, JSON.stringify(issued.body));
    assert.equal(issued.body.number, 1);
    assert.deepEqual(await numbers(other.id), [1]);
  });
});

describe('issuing and crediting', () => {
  test('an unpaid booking gets an invoice for what is due; a paid one a receipt; both audited', async () => {
    const cls = await newClass({ price: { amount: 20000 } });
    const booking = await venueBooking(cls.id);
    const issued = await admin.post(`/api/v1/bookings/${booking.id}/invoice`, {});
    assert.equal(issued.status, 201, JSON.stringify(issued.body));
    const invoice = issued.body;
    assert.equal(invoice.kind, 'invoice');
    assert.equal(invoice.status, 'open');
    assert.deepEqual(invoice.totals, { net: 20000, vat: 0, gross: 20000, paid: 0, due: 20000 });
    assert.equal(invoice.seller.name, seller.legalName);
    assert.equal(invoice.seller.orgNumber, seller.orgNumber);
    assert.equal(invoice.lines.length, 1);
    assert.match(invoice.lines[0].description, /^Pilates \d+, \d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
    // Dates are the organisation's (Europe/Stockholm), 30 days apart.
    const issueDate = new Date(`${invoice.issueDate}T00:00:00Z`);
    const dueDate = new Date(`${invoice.dueDate}T00:00:00Z`);
    assert.equal((dueDate.getTime() - issueDate.getTime()) / 86_400_000, 30);

    const swish = await t
      .client()
      .post('/api/v1/bookings', { classId: cls.id, guest: guest('paid1'), paymentMethod: 'swish' });
    assert.equal(swish.status, 201, JSON.stringify(swish.body));
    const marked = await admin.post(`/api/v1/payments/${swish.body.payment.id}/mark-paid`, {});
    assert.equal(marked.status, 200, JSON.stringify(marked.body));
    const receipt = await admin.post(`/api/v1/bookings/${swish.body.booking.id}/invoice`, {});
    assert.equal(receipt.status, 201, JSON.stringify(receipt.body));
    assert.equal(receipt.body.kind, 'receipt');
    assert.equal(receipt.body.status, 'paid');
    assert.equal(receipt.body.paymentId, swish.body.payment.id);
    assert.deepEqual(receipt.body.totals, { net: 20000, vat: 0, gross: 20000, paid: 20000, due: 0 });

    const audit = await queryRows<{ action: string }>(
      db(),
      sql`SELECT action FROM audit_log WHERE entity_id IN (${invoice.id}, ${receipt.body.id}) ORDER BY id`,
    );
    assert.deepEqual(
      audit.map((a) => a.action),
      ['invoice.issued', 'invoice.issued'],
    );
    const listed = await admin.get(`/api/v1/invoices?status=paid&limit=500`);
    assert.ok(listed.body.invoices.some((i: { id: string }) => i.id === receipt.body.id));
    assert.ok(!listed.body.invoices.some((i: { id: string }) => i.id === invoice.id));
  });

  test("a booking's invoice carries its quoted price lines with their VAT rate", async () => {
    const cls = await newClass({ price: { amount: 10000 }, maxSpotsPerCustomer: 2 });
    const rates = await admin.get('/api/v1/pricing/tax-rates');
    const vat25 = rates.body.taxRates.find((r: { basisPoints: number }) => r.basisPoints === 2500).id;
    const priced = await admin.request('PUT', `/api/v1/pricing/classes/${cls.id}`, {
      taxRateId: vat25,
      deposit: { kind: 'none' },
    });
    assert.equal(priced.status, 200, JSON.stringify(priced.body));
    const booked = await t
      .client()
      .post('/api/v1/bookings', { classId: cls.id, spots: 2, guest: guest('vat1'), paymentMethod: 'venue' });
    assert.equal(booked.status, 201, JSON.stringify(booked.body));
    const issued = await admin.post(`/api/v1/bookings/${booked.body.booking.id}/invoice`, {});
    assert.equal(issued.status, 201, JSON.stringify(issued.body));
    const [line] = issued.body.lines;
    assert.equal(issued.body.lines.length, 1);
    assert.equal(line.quantity, 2);
    assert.equal(line.unitAmount, 10000);
    assert.equal(line.vatBasisPoints, 2500);
    // Prices include VAT (the organisation's default): 20 000 gross is 16 000 net and 4 000 VAT.
    assert.deepEqual(issued.body.totals, { net: 16000, vat: 4000, gross: 20000, paid: 0, due: 20000 });
  });

  test('a credit note negates the lines, references the invoice, which becomes credited; the booking can be invoiced again', async () => {
    const cls = await newClass({ price: { amount: 15000 } });
    const booking = await venueBooking(cls.id);
    const invoice = (await admin.post(`/api/v1/bookings/${booking.id}/invoice`, {})).body;
    const credited = await admin.post(`/api/v1/invoices/${invoice.id}/credit`, {});
    assert.equal(credited.status, 201, JSON.stringify(credited.body));
    const note = credited.body;
    assert.equal(note.kind, 'credit_note');
    assert.equal(note.creditsInvoiceId, invoice.id);
    assert.equal(note.number, invoice.number + 1);
    assert.deepEqual(note.totals, { net: -15000, vat: 0, gross: -15000, paid: 0, due: 0 });
    assert.deepEqual(
      note.lines.map((l: { amount: number; description: string }) => [l.description, l.amount]),
      invoice.lines.map((l: { amount: number; description: string }) => [l.description, -l.amount]),
    );
    const original = await admin.get(`/api/v1/invoices/${invoice.id}`);
    assert.equal(original.body.status, 'credited');
    assert.equal(original.body.totals.due, 0);
    const audit = await queryRows<{ action: string }>(
      db(),
      sql`SELECT action FROM audit_log WHERE entity_id = ${invoice.id} ORDER BY id`,
    );
    assert.deepEqual(
      audit.map((a) => a.action),
      ['invoice.issued', 'invoice.credited'],
    );
    const again = await admin.post(`/api/v1/bookings/${booking.id}/invoice`, {});
    assert.equal(again.status, 201, JSON.stringify(again.body));
  });

  test('bad input: each refusal has its own code and writes nothing', async () => {
    const cls = await newClass();
    const booking = await venueBooking(cls.id);
    const invoice = (await admin.post(`/api/v1/bookings/${booking.id}/invoice`, {})).body;
    const note = (await admin.post(`/api/v1/invoices/${invoice.id}/credit`, {})).body;
    const free = await venueBooking((await newClass({ price: { amount: 0 } })).id);
    const otherBooking = await t.client('invoices-other').post('/api/v1/bookings', {
      classId: otherClassId,
      guest: guest('other2'),
      paymentMethod: 'venue',
    });
    assert.equal(otherBooking.status, 201, JSON.stringify(otherBooking.body));
    const invoiced = await venueBooking(cls.id);
    assert.equal((await admin.post(`/api/v1/bookings/${invoiced.id}/invoice`, {})).status, 201);

    const before = await counts();
    const cases: [string, string, number, string][] = [
      ['unknown booking', `/api/v1/bookings/${randomUUID()}/invoice`, 404, 'booking_not_found'],
      ['booking of another org', `/api/v1/bookings/${otherBooking.body.booking.id}/invoice`, 404, 'booking_not_found'],
      ['issuing twice', `/api/v1/bookings/${invoiced.id}/invoice`, 409, 'invoice_exists'],
      ['a free booking', `/api/v1/bookings/${free.id}/invoice`, 422, 'nothing_to_invoice'],
      ['credit of a credit note', `/api/v1/invoices/${note.id}/credit`, 422, 'credit_note_not_creditable'],
      ['crediting twice', `/api/v1/invoices/${invoice.id}/credit`, 409, 'invoice_already_credited'],
      ['unknown invoice', `/api/v1/invoices/${randomUUID()}/credit`, 404, 'invoice_not_found'],
      ['not a uuid', '/api/v1/invoices/42/credit', 400, 'validation_failed'],
    ];
    for (const [what, url, status, code] of cases) {
      const response = await admin.post(url, {});
      assert.equal(response.status, status, `${what}: ${JSON.stringify(response.body)}`);
      assert.equal(response.body.error.code, code, what);
    }
    // Customers and guests may not issue or credit.
    const customer = t.client();
    await customer.signUp('nosy@example.test');
    assert.equal((await customer.post(`/api/v1/bookings/${booking.id}/invoice`, {})).status, 403);
    assert.equal((await t.client().post(`/api/v1/invoices/${invoice.id}/credit`, {})).status, 401);
    assert.deepEqual(await counts(), before);
  });
});

describe('immutability (database)', () => {
  test('a changed line or amount, a deleted invoice and a line added later are refused; the payment state may move', async () => {
    const cls = await newClass({ price: { amount: 12000 } });
    const invoice = (await admin.post(`/api/v1/bookings/${(await venueBooking(cls.id)).id}/invoice`, {})).body;
    const refused = [
      sql`UPDATE invoice_lines SET amount = 1 WHERE invoice_id = ${invoice.id}`,
      sql`UPDATE invoice_lines SET description = 'changed' WHERE invoice_id = ${invoice.id}`,
      sql`DELETE FROM invoice_lines WHERE invoice_id = ${invoice.id}`,
      sql`UPDATE invoices SET gross_total = 1, net_total = 1 WHERE id = ${invoice.id}`,
      sql`UPDATE invoices SET buyer = '{"name":"Someone else","email":"x@example.test","address":null}' WHERE id = ${invoice.id}`,
      sql`UPDATE invoices SET number = 99999 WHERE id = ${invoice.id}`,
      sql`DELETE FROM invoices WHERE id = ${invoice.id}`,
      sql`INSERT INTO invoice_lines (org_id, invoice_id, position, description, quantity, unit_amount, amount, vat_basis_points, net_amount, vat_amount)
          VALUES (${t.org.id}, ${invoice.id}, 9, 'Sneaked in', 1, 500, 500, 0, 500, 0)`,
    ];
    for (const statement of refused) await assert.rejects(db().execute(statement));
    const after = await admin.get(`/api/v1/invoices/${invoice.id}`);
    assert.deepEqual(after.body, invoice);
    await db().execute(sql`UPDATE invoices SET status = 'void' WHERE id = ${invoice.id}`);
    const voided = await admin.get(`/api/v1/invoices/${invoice.id}`);
    assert.equal(voided.body.status, 'void');
  });
});

describe('the PDF', () => {
  for (const locale of ['en', 'sv'] as const) {
    test(`in ${locale}: number, lines, VAT per rate, totals, payment details; a credit note names its invoice`, async () => {
      const customerEmail = `pdf-${locale}@example.test`;
      // The organisation as it is now, with the seller details set above.
      const org = await findOrganisationById(db(), t.org.id);
      assert.ok(org);
      const issued = await transaction(db(), (tx) =>
        issueInvoice(
          tx,
          systemContext(toOrgContext(org)),
          {
            kind: 'invoice',
            buyer: { customerId: null, name: 'Åsa Öberg', email: customerEmail, address: 'Sveavägen 2', locale },
            lines: [
              {
                description: 'Pilates, 10 klipp',
                quantity: 1,
                unitAmount: 125000,
                amount: 125000,
                vatBasisPoints: 2500,
              },
              { description: 'Yogamatta', quantity: 2, unitAmount: 5300, amount: 10600, vatBasisPoints: 600 },
            ],
            currency: 'SEK',
            pricesIncludeTax: true,
            paidAmount: 10000,
            paidAt: null,
          },
          t.clock.now(),
        ),
      );
      const pdf = await getPdf(admin, `/api/v1/invoices/${issued.id}/pdf`);
      assert.equal(pdf.status, 200);
      assert.equal(pdf.type, 'application/pdf');
      const text = await pdfText(pdf.body);
      const m = (amount: number) => pdfMoney(amount, locale);
      const sv = locale === 'sv';
      const expected = [
        `${sv ? 'Faktura' : 'Invoice'} ${issued.number}`,
        'Studio Slotwise AB',
        `${sv ? 'Org.nr' : 'Org. no.'} 556000-0000`,
        'Åsa Öberg',
        'Pilates, 10 klipp',
        'Yogamatta',
        m(125000),
        m(5300),
        m(10600),
        // 25 % of 1 250,00 inclusive is 250,00; 6 % of 106,00 inclusive is 6,00.
        sv ? `Moms 25 % av ${m(100000)}` : `VAT 25% of ${m(100000)}`,
        m(25000),
        sv ? `Moms 6 % av ${m(10000)}` : `VAT 6% of ${m(10000)}`,
        m(600),
        sv ? 'Summa' : 'Total',
        m(135600),
        sv ? 'Betalt' : 'Paid',
        m(10000),
        sv ? 'Att betala' : 'Due',
        m(125600),
        'Bankgiro: 123-4567',
        `${sv ? 'Referens' : 'Reference'}: ${issued.number}`,
      ];
      for (const piece of expected) assert.ok(text.includes(piece), `${piece} missing from:\n${text}`);

      const note = await admin.post(`/api/v1/invoices/${issued.id}/credit`, {});
      assert.equal(note.status, 201, JSON.stringify(note.body));
      const noteText = await pdfText((await getPdf(admin, `/api/v1/invoices/${note.body.id}/pdf`)).body);
      for (const piece of [
        sv ? `Kreditfaktura för faktura ${issued.number}` : `Credit note for invoice ${issued.number}`,
        m(-135600),
        m(-125000),
      ])
        assert.ok(noteText.includes(piece), `${piece} missing from:\n${noteText}`);
    });
  }
});

describe('customers', () => {
  test('a customer lists and downloads only their own invoices; another customer gets 404', async () => {
    const alice = t.client();
    await alice.signUp('alice.invoices@example.test', 'Alice');
    const bob = t.client();
    await bob.signUp('bob.invoices@example.test', 'Bob');
    const cls = await newClass();
    const booked = await alice.post('/api/v1/bookings', { classId: cls.id, paymentMethod: 'venue' });
    assert.equal(booked.status, 201, JSON.stringify(booked.body));
    const invoice = (await admin.post(`/api/v1/bookings/${booked.body.booking.id}/invoice`, {})).body;

    const mine = await alice.get('/api/v1/me/invoices');
    assert.deepEqual(
      mine.body.invoices.map((i: { id: string }) => i.id),
      [invoice.id],
    );
    const pdf = await getPdf(alice, `/api/v1/me/invoices/${invoice.id}/pdf`);
    assert.equal(pdf.status, 200);
    assert.equal(pdf.body.subarray(0, 5).toString(), '%PDF-');
    assert.equal((await alice.get(`/api/v1/invoices/${invoice.id}`)).status, 200);

    assert.deepEqual((await bob.get('/api/v1/me/invoices')).body.invoices, []);
    assert.equal((await getPdf(bob, `/api/v1/me/invoices/${invoice.id}/pdf`)).status, 404);
    assert.equal((await getPdf(bob, `/api/v1/invoices/${invoice.id}/pdf`)).status, 404);
    assert.equal((await bob.get(`/api/v1/invoices/${invoice.id}`)).status, 404);
    assert.equal((await bob.get('/api/v1/invoices')).status, 403);
    assert.equal((await getPdf(null, `/api/v1/me/invoices/${invoice.id}/pdf`)).status, 401);
    // Staff on /me see only their own too.
    assert.equal((await getPdf(admin, `/api/v1/me/invoices/${invoice.id}/pdf`)).status, 404);
  });
});

describe('mails and jobs', () => {
  test('issued with the PDF attached; overdue once after the due date; a receipt when paid', async () => {
    const cls = await newClass({ price: { amount: 30000 } });
    const who = guest('mailed');
    const booking = await venueBooking(cls.id, who);
    await t.runJobs();
    const invoice = (await admin.post(`/api/v1/bookings/${booking.id}/invoice`, {})).body;
    await t.runJobs();
    const issuedMail = smtp.to(who.email).find((mail) => mail.subject.startsWith(`Invoice ${invoice.number} `));
    assert.ok(issuedMail, 'invoice mail sent');
    const attachment = issuedMail.attachments.find((a) => a.contentType.startsWith('application/pdf'));
    assert.ok(attachment, 'PDF attached');
    assert.equal(attachment.filename, `invoice-${invoice.number}.pdf`);
    assert.ok(attachment.content.startsWith('%PDF-'));

    // The day after the due date in Stockholm, the check makes it overdue and mails once.
    t.clock.advance(32 * 86_400_000);
    try {
      await t.runJobs();
      await t.runJobs();
    } finally {
      t.clock.advance(-32 * 86_400_000);
    }
    assert.equal((await admin.get(`/api/v1/invoices/${invoice.id}`)).body.status, 'overdue');
    const reminders = smtp
      .to(who.email)
      .filter((mail) => mail.subject.includes(`invoice ${invoice.number} is overdue`));
    assert.equal(reminders.length, 1);

    const ctx = systemContext(t.org);
    const paid = await transaction(db(), (tx) => recordInvoicePayment(tx, ctx, invoice.id, 30000, t.clock.now()));
    assert.equal(paid.status, 'paid');
    await t.runJobs();
    const receipt = smtp.to(who.email).find((mail) => mail.subject === `Receipt: invoice ${invoice.number} is paid`);
    assert.ok(receipt, 'receipt mailed');
    assert.ok(receipt.attachments.some((a) => a.content.startsWith('%PDF-')));
  });

  test('automatic issue follows the invoice policy', async () => {
    const cls = await newClass();
    const booking = await venueBooking(cls.id);
    const invoicesOf = async () =>
      queryRows<{ kind: string }>(db(), sql`SELECT kind FROM invoices WHERE booking_id = ${booking.id}`);
    await transaction(db(), (tx) => queueInvoice(tx, t.org.id, booking.id, 'completed'));
    await t.runJobs();
    assert.deepEqual(await invoicesOf(), [], 'policy never: nothing issued');
    assert.equal((await admin.patch('/api/v1/organisation', { invoicePolicy: 'after_completion' })).status, 200);
    try {
      await transaction(db(), (tx) => queueInvoice(tx, t.org.id, booking.id, 'booked'));
      await t.runJobs();
      assert.deepEqual(await invoicesOf(), [], 'booked is not the moment for after_completion');
      await transaction(db(), (tx) => queueInvoice(tx, t.org.id, booking.id, 'completed'));
      await t.runJobs();
      assert.deepEqual(await invoicesOf(), [{ kind: 'invoice' }]);
      // Queued again (a retried flow), it finds the invoice and issues nothing more.
      await transaction(db(), (tx) => queueInvoice(tx, t.org.id, booking.id, 'completed'));
      await t.runJobs();
      assert.deepEqual(await invoicesOf(), [{ kind: 'invoice' }]);
    } finally {
      await admin.patch('/api/v1/organisation', { invoicePolicy: 'never' });
    }
  });
});

describe('the invoice policy, through the booking flows', () => {
  test('at booking: a confirmed booking is invoiced by the job; never: no job is queued at all', async () => {
    const issueJobs = async (bookingId: string) =>
      (
        await queryRows<{ n: number }>(
          db(),
          sql`SELECT count(*)::int AS n FROM jobs WHERE kind = 'invoice.issue' AND payload->>'bookingId' = ${bookingId}`,
        )
      )[0]?.n;
    const quiet = await venueBooking((await newClass()).id);
    assert.equal(await issueJobs(quiet.id), 0, 'policy never: the booking queues no invoice job');
    assert.equal((await admin.patch('/api/v1/organisation', { invoicePolicy: 'at_booking' })).status, 200);
    try {
      const booking = await venueBooking((await newClass({ price: { amount: 12000 } })).id);
      assert.equal(await issueJobs(booking.id), 1);
      await t.runJobs();
      const issued = await queryRows<{ kind: string; gross_total: string }>(
        db(),
        sql`SELECT kind, gross_total::text FROM invoices WHERE booking_id = ${booking.id}`,
      );
      assert.deepEqual(issued, [{ kind: 'invoice', gross_total: '12000' }]);
    } finally {
      await admin.patch('/api/v1/organisation', { invoicePolicy: 'never' });
    }
  });

  test('after completion: completing the booking (staff) queues the issue', async () => {
    const cls = await newClass({ price: { amount: 9000 } });
    const booking = await venueBooking(cls.id);
    assert.equal((await admin.patch('/api/v1/organisation', { invoicePolicy: 'after_completion' })).status, 200);
    const clockBefore = t.clock.now();
    try {
      t.clock.advance(8 * 86_400_000);
      const completed = await admin.post(`/api/v1/bookings/${booking.id}/complete`, {});
      assert.equal(completed.status, 200, JSON.stringify(completed.body));
      await t.runJobs();
      const issued = await queryRows<{ kind: string }>(
        db(),
        sql`SELECT kind FROM invoices WHERE booking_id = ${booking.id}`,
      );
      assert.deepEqual(issued, [{ kind: 'invoice' }]);
    } finally {
      t.clock.set(clockBefore);
      await admin.patch('/api/v1/organisation', { invoicePolicy: 'never' });
    }
  });
});

describe('the logo', () => {
  // 2×2 RGBA: pdfkit decodes its pixels to split the transparency, the path a corrupt image would break.
  const PNG =
    'iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAYAAABytg0kAAAAE0lEQVR4nGP4z8DQAMIMDP8hEAA55Ab7GrcJWQAAAABJRU5ErkJggg==';
  // The same header with image data that is not zlib.
  const CORRUPT_PNG =
    'iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAYAAABytg0kAAAAD0lEQVRub3QgemxpYiBhdCBhbGz44kQmAAAAAElFTkSuQmCC';

  test('an admin sets a PNG, it is drawn on the PDF; bad images are refused with invalid_image and change nothing', async () => {
    const customer = t.client();
    await customer.signUp('logo.nosy@example.test');
    assert.equal((await customer.request('PUT', '/api/v1/organisation/logo', { image: PNG })).status, 403);
    const set = await admin.request('PUT', '/api/v1/organisation/logo', { image: PNG });
    assert.equal(set.status, 204, JSON.stringify(set.body));
    const served = await getPdf(null, '/api/v1/organisation/logo');
    assert.equal(served.type, 'image/png');
    assert.equal(served.body.toString('base64'), PNG);

    const bad: [string, string][] = [
      ['corrupt PNG data', CORRUPT_PNG],
      ['a GIF', Buffer.from('GIF89a\u0001\u0000\u0001\u0000').toString('base64')],
      ['text', Buffer.from('hello, not an image').toString('base64')],
      ['a broken JPEG', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00]).toString('base64')],
      ['too large', Buffer.concat([Buffer.from(PNG, 'base64'), Buffer.alloc(45_000)]).toString('base64')],
    ];
    for (const [what, image] of bad) {
      const refused = await admin.request('PUT', '/api/v1/organisation/logo', { image });
      assert.equal(refused.status, 422, `${what}: ${JSON.stringify(refused.body)}`);
      assert.equal(refused.body.error.code, 'invalid_image', what);
    }
    assert.equal((await getPdf(null, '/api/v1/organisation/logo')).body.toString('base64'), PNG);

    const cls = await newClass();
    const invoice = (await admin.post(`/api/v1/bookings/${(await venueBooking(cls.id)).id}/invoice`, {})).body;
    const pdf = await getPdf(admin, `/api/v1/invoices/${invoice.id}/pdf`);
    assert.equal(pdf.status, 200);
    assert.ok(pdf.body.includes('/Subtype /Image'), 'the logo is an image in the PDF');
    assert.ok((await pdfText(pdf.body)).includes(`Invoice ${invoice.number}`));

    assert.equal((await admin.request('DELETE', '/api/v1/organisation/logo')).status, 204);
    assert.equal((await getPdf(null, '/api/v1/organisation/logo')).status, 404);
    const without = await getPdf(admin, `/api/v1/invoices/${invoice.id}/pdf`);
    assert.ok(!without.body.includes('/Subtype /Image'));
  });
});
