// The webhooks dashboard's API and the newer events: a failed delivery retried with the same event id,
// a rotated secret (the old one still signs for the grace period), and the credit, package and invoice
// events, all received by a local HTTP receiver that checks the signature as a real one would.
import assert from 'node:assert/strict';
import { createHmac, timingSafeEqual } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { recordInvoicePayment } from '../../src/modules/invoices/invoices.service.ts';
import { systemContext } from '../../src/platform/context.ts';
import { queryRows, transaction } from '../../src/platform/db.ts';
import { type Client, type TestApp, classInput, guest, startTestApp } from '../support/app.ts';
import type { Json } from '../support/json.ts';

interface Received {
  eventId: string;
  signature: string;
  body: string;
  event: Json;
}

let t: TestApp;
let admin: Client;
let receiver: http.Server;
let receiverUrl: string;
const received: Received[] = [];
/** What the receiver answers; 500 makes every attempt fail. */
let answer = 200;

before(async () => {
  receiver = http.createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => {
      body += chunk;
    });
    request.on('end', () => {
      received.push({
        eventId: String(request.headers['slotwise-event-id']),
        signature: String(request.headers['slotwise-signature']),
        body,
        event: JSON.parse(body),
      });
      response.writeHead(answer).end();
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;
  t = await startTestApp();
  admin = await t.admin(); // Swish is offered once there is a number to pay to.
  assert.equal((await admin.patch('/api/v1/organisation', { swishNumber: '123 456 78 90' })).status, 200);
});
after(async () => {
  await t?.close();
  await new Promise((resolve) => receiver.close(resolve));
});

/** A receiver's check: any v1 in the header that matches HMAC-SHA256(secret, "<t>.<body>"). */
function verifies(secret: string, header: string, body: string): boolean {
  const parts = header.split(',');
  const timestamp = parts.find((p) => p.startsWith('t='))?.slice(2);
  const expected = createHmac('sha256', secret).update(`${timestamp}.${body}`).digest();
  return parts
    .filter((p) => p.startsWith('v1='))
    .some((p) => {
      const given = Buffer.from(p.slice(3), 'hex');
      return given.length === expected.length && timingSafeEqual(given, expected);
    });
}

/** Runs jobs, moving the clock past each back-off, until nothing is due. */
async function drain(rounds = 15) {
  for (let i = 0; i < rounds; i++) {
    t.clock.advance(3600_000);
    if ((await t.runJobs()) === 0 && i > 0) break;
  }
}

const rows = <R>(query: ReturnType<typeof sql>) => queryRows<R>(t.database.db, query);

async function newEndpoint(events: string[]) {
  const created = await admin.post('/api/v1/webhooks', { url: receiverUrl, events });
  assert.equal(created.status, 201);
  return created.body as { id: string; secret: string };
}

async function newClass(overrides: Record<string, unknown> = {}) {
  const created = await admin.post('/api/v1/classes', classInput(overrides, t.clock.now()));
  assert.equal(created.status, 201, JSON.stringify(created.body));
  return created.body.id as string;
}

describe('webhooks dashboard', () => {
  test('a failed delivery is retried with the same event id, once; only a failed one', async () => {
    const endpoint = await newEndpoint(['booking.created']);
    answer = 500;
    received.length = 0;
    const classId = await newClass();
    await t.client().post('/api/v1/bookings', { classId, guest: guest('retry') });
    await drain();
    const [failed] = (await admin.get(`/api/v1/webhooks/${endpoint.id}/deliveries`)).body.deliveries;
    assert.equal(failed.status, 'failed');
    assert.equal(failed.lastStatusCode, 500);
    assert.ok(failed.attempts >= 2);
    const firstEventId = received[0]?.eventId;
    assert.equal(firstEventId, failed.eventId);

    answer = 200;
    const retried = await admin.post(`/api/v1/webhooks/${endpoint.id}/deliveries/${failed.id}/retry`);
    assert.equal(retried.status, 200, JSON.stringify(retried.body));
    assert.equal(retried.body.status, 'pending');
    const twice = await admin.post(`/api/v1/webhooks/${endpoint.id}/deliveries/${failed.id}/retry`);
    assert.equal(twice.status, 409);
    assert.equal(twice.body.error.code, 'webhook_delivery_not_failed');
    await drain();
    const last = received.at(-1);
    assert.ok(last);
    assert.equal(last.eventId, firstEventId, 'the same event id');
    assert.ok(verifies(endpoint.secret, last.signature, last.body));
    const [delivered] = (await admin.get(`/api/v1/webhooks/${endpoint.id}/deliveries`)).body.deliveries;
    assert.equal(delivered.status, 'succeeded');
    assert.equal(delivered.lastStatusCode, 200);
    assert.equal(delivered.attempts, failed.attempts + 1);

    const done = await admin.post(`/api/v1/webhooks/${endpoint.id}/deliveries/${failed.id}/retry`);
    assert.equal(done.status, 409, 'a delivered one is not sent again');
    const unknown = await admin.post(`/api/v1/webhooks/${endpoint.id}/deliveries/${crypto.randomUUID()}/retry`);
    assert.equal(unknown.status, 404);
    assert.equal(unknown.body.error.code, 'webhook_delivery_not_found');
    const audit = await rows<{ n: number }>(sql`
      SELECT count(*)::int AS n FROM audit_log WHERE action = 'webhook_delivery.retried' AND entity_id = ${failed.id}`);
    assert.equal(audit[0]?.n, 1);
    await admin.delete(`/api/v1/webhooks/${endpoint.id}`);
  });

  test('disabling or deleting an endpoint ends its pending deliveries and their jobs', async () => {
    const pendingJobs = (deliveryId: string) =>
      rows<{ status: string }>(
        sql`SELECT status FROM jobs WHERE kind = 'webhook.deliver' AND payload->>'deliveryId' = ${deliveryId}`,
      );
    answer = 500;
    const disabled = await newEndpoint(['booking.created']);
    await t.client().post('/api/v1/bookings', { classId: await newClass(), guest: guest('disabled') });
    await t.runJobs();
    const [waiting] = (await admin.get(`/api/v1/webhooks/${disabled.id}/deliveries`)).body.deliveries;
    assert.equal(waiting.status, 'pending', 'failed once, to be retried');
    assert.equal((await admin.patch(`/api/v1/webhooks/${disabled.id}`, { active: false })).status, 200);
    const [ended] = (await admin.get(`/api/v1/webhooks/${disabled.id}/deliveries`)).body.deliveries;
    assert.equal(ended.status, 'cancelled');
    assert.deepEqual(await pendingJobs(waiting.id), [{ status: 'cancelled' }]);
    const attempts = received.length;
    await drain();
    assert.equal(received.length, attempts, 'nothing more is sent');

    const deleted = await newEndpoint(['booking.created']);
    await t.client().post('/api/v1/bookings', { classId: await newClass(), guest: guest('deleted') });
    await t.runJobs();
    const [gone] = (await admin.get(`/api/v1/webhooks/${deleted.id}/deliveries`)).body.deliveries;
    assert.equal(gone.status, 'pending');
    assert.equal((await admin.delete(`/api/v1/webhooks/${deleted.id}`)).status, 204);
    assert.deepEqual(await pendingJobs(gone.id), [{ status: 'cancelled' }]);
    answer = 200;
    await admin.delete(`/api/v1/webhooks/${disabled.id}`);
  });

  test('rotating the secret: shown once, the old one also signs for 24 hours, then only the new one', async () => {
    const endpoint = await newEndpoint(['booking.created']);
    const rotated = await admin.post(`/api/v1/webhooks/${endpoint.id}/rotate-secret`);
    assert.equal(rotated.status, 200);
    assert.match(rotated.body.secret, /^whsec_/);
    assert.notEqual(rotated.body.secret, endpoint.secret);
    const graceEnds = new Date(rotated.body.previousSecretExpiresAt).getTime();
    assert.equal(graceEnds - t.clock.now().getTime() > 23 * 3600_000, true);
    const listed = (await admin.get('/api/v1/webhooks')).body.endpoints.find(
      (e: { id: string }) => e.id === endpoint.id,
    );
    assert.equal(listed.secret, undefined, 'shown once only');

    received.length = 0;
    answer = 200;
    await t.client().post('/api/v1/bookings', { classId: await newClass(), guest: guest('rotate-1') });
    await t.runJobs();
    const during = received.at(-1);
    assert.ok(during);
    assert.ok(verifies(rotated.body.secret, during.signature, during.body), 'the new secret verifies');
    assert.ok(verifies(endpoint.secret, during.signature, during.body), 'the old one too, during the grace period');

    t.clock.advance(25 * 3600_000);
    await t.client().post('/api/v1/bookings', { classId: await newClass(), guest: guest('rotate-2') });
    await t.runJobs();
    const afterGrace = received.at(-1);
    assert.ok(afterGrace && afterGrace !== during);
    assert.ok(verifies(rotated.body.secret, afterGrace.signature, afterGrace.body));
    assert.ok(!verifies(endpoint.secret, afterGrace.signature, afterGrace.body), 'the old secret no longer signs');

    const [audit] = await rows<{ before: Json; after: Json }>(sql`
      SELECT before, after FROM audit_log WHERE action = 'webhook_endpoint.secret_rotated' AND entity_id = ${endpoint.id}`);
    assert.ok(audit);
    const text = JSON.stringify(audit);
    assert.ok(!text.includes(endpoint.secret) && !text.includes(rotated.body.secret), 'no secret in the audit log');
    await admin.delete(`/api/v1/webhooks/${endpoint.id}`);
  });

  test('credits, packages and invoices raise their events, signed', async () => {
    const endpoint = await newEndpoint([
      'credits.granted',
      'credits.used',
      'credits.returned',
      'package.purchased',
      'invoice.issued',
      'invoice.paid',
    ]);
    received.length = 0;
    answer = 200;
    const customer = t.client();
    assert.equal((await customer.signUp('hooked-credits@example.test')).status, 201);
    const pack = await admin.post('/api/v1/packages', {
      name: 'Ten',
      credits: 10,
      price: { amount: 100_000 },
      validityDays: 90,
      scope: 'everything',
    });
    assert.equal(pack.status, 201, JSON.stringify(pack.body));
    const bought = await customer.post(`/api/v1/packages/${pack.body.id}/purchase`, { paymentMethod: 'swish' });
    assert.equal(bought.status, 201, JSON.stringify(bought.body));
    assert.equal((await admin.post(`/api/v1/payments/${bought.body.payment.id}/mark-paid`, {})).status, 200);
    const classId = await newClass({ price: { amount: 20_000 } });
    const booked = await customer.post('/api/v1/bookings', { classId, paymentMethod: 'credits' });
    assert.equal(booked.status, 201, JSON.stringify(booked.body));
    const cancelled = await customer.post(`/api/v1/bookings/${booked.body.booking.id}/cancel`, {});
    assert.equal(cancelled.status, 200, JSON.stringify(cancelled.body));

    const venueClass = await newClass({ price: { amount: 30_000 } });
    const venue = await t
      .client()
      .post('/api/v1/bookings', { classId: venueClass, guest: guest('invoiced'), paymentMethod: 'venue' });
    assert.equal(venue.status, 201, JSON.stringify(venue.body));
    const invoice = await admin.post(`/api/v1/bookings/${venue.body.booking.id}/invoice`, {});
    assert.equal(invoice.status, 201, JSON.stringify(invoice.body));
    await transaction(t.database.db, (tx) =>
      recordInvoicePayment(tx, systemContext(t.org), invoice.body.id, 30_000, t.clock.now()),
    );
    await t.runJobs();

    for (const r of received) assert.ok(verifies(endpoint.secret, r.signature, r.body), `${r.event.type} is signed`);
    const byType = (type: string) => received.filter((r) => r.event.type === type).map((r) => r.event.data);
    const customerId = bought.body.purchase.customerId;
    assert.deepEqual(
      byType('package.purchased').map((d) => [d.purchaseId, d.customerId, d.credits]),
      [[bought.body.purchase.id, customerId, 10]],
    );
    assert.deepEqual(
      byType('credits.granted').map((d) => [d.customerId, d.credits, d.source]),
      [[customerId, 10, 'package']],
    );
    assert.deepEqual(
      byType('credits.used').map((d) => [d.bookingId, d.credits]),
      [[booked.body.booking.id, 1]],
    );
    assert.deepEqual(
      byType('credits.returned').map((d) => [d.bookingId, d.credits]),
      [[booked.body.booking.id, 1]],
    );
    assert.deepEqual(
      byType('invoice.issued').map((d) => [d.invoice.id, d.invoice.number, d.invoice.status]),
      [[invoice.body.id, invoice.body.number, 'open']],
    );
    assert.deepEqual(
      byType('invoice.paid').map((d) => [d.invoice.id, d.invoice.status, d.invoice.paidAmount]),
      [[invoice.body.id, 'paid', 30_000]],
    );
    await admin.delete(`/api/v1/webhooks/${endpoint.id}`);
  });

  test('only admins rotate and retry', async () => {
    const endpoint = await newEndpoint(['*']);
    const customer = t.client();
    await customer.signUp('not-an-admin@example.test');
    assert.equal((await customer.post(`/api/v1/webhooks/${endpoint.id}/rotate-secret`)).status, 403);
    assert.equal((await t.client().post(`/api/v1/webhooks/${endpoint.id}/rotate-secret`)).status, 401);
    assert.equal(
      (await customer.post(`/api/v1/webhooks/${endpoint.id}/deliveries/${crypto.randomUUID()}/retry`)).status,
      403,
    );
    await admin.delete(`/api/v1/webhooks/${endpoint.id}`);
  });
});
