import assert from 'node:assert/strict';
import http from 'node:http';
import { after, before, describe, test } from 'node:test';
import { classInput, startTestApp } from '../support/app.ts';
import { isPublicAddress, postWebhook } from '../../src/modules/webhooks/webhook-transport.ts';

// A receiver on loopback that must never be reached while private networks are refused.
const received: string[] = [];
const receiver = http.createServer((request, response) => {
  received.push(request.url ?? '');
  request.resume();
  response.writeHead(200).end('ok');
});
let port = 0;
before(async () => {
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  const address = receiver.address();
  assert.ok(address && typeof address === 'object');
  port = address.port;
});
after(() => new Promise<void>((resolve) => receiver.close(() => resolve())));

const strict = { allowPrivateNetworks: false, timeoutMs: 5_000 };

describe('outgoing webhook destinations', () => {
  test('IPv4-mapped and IPv4-compatible IPv6 are judged as the IPv4 address they carry', () => {
    for (const address of [
      '::ffff:127.0.0.1',
      '::ffff:7f00:1',
      '0:0:0:0:0:ffff:127.0.0.1',
      '::127.0.0.1',
      '::ffff:169.254.169.254',
      '::ffff:10.0.0.1',
      '64:ff9b::127.0.0.1',
      '2002:7f00:1::',
    ]) {
      assert.equal(isPublicAddress(address), false, address);
    }
    assert.equal(isPublicAddress('::ffff:93.184.216.34'), true);
  });

  test('loopback, private, link-local, CGNAT, multicast and unspecified addresses are refused', () => {
    for (const address of [
      '0.0.0.0',
      '127.0.0.1',
      '10.1.2.3',
      '100.64.0.1',
      '169.254.169.254',
      '172.16.0.1',
      '192.168.1.1',
      '224.0.0.1',
      '255.255.255.255',
      '::',
      '::1',
      'fc00::1',
      'fd12:3456::1',
      'fe80::1',
      'ff02::1',
      'not-an-address',
    ]) {
      assert.equal(isPublicAddress(address), false, address);
    }
    for (const address of ['93.184.216.34', '8.8.8.8', '2606:4700::1111']) assert.equal(isPublicAddress(address), true);
  });

  test('a URL naming loopback in any IPv6 spelling, or a name for it, is never reached', async () => {
    received.length = 0;
    for (const host of [
      '[::ffff:127.0.0.1]',
      '[::ffff:7f00:1]',
      '[0:0:0:0:0:ffff:127.0.0.1]',
      'localhost.',
      'localhost',
    ]) {
      await assert.rejects(postWebhook(`http://${host}:${port}/probe`, {}, '{}', strict), host);
    }
    assert.deepEqual(received, []);
  });

  test('a name whose lookup fails is refused, not tried some other way', async () => {
    const failing = async () => {
      throw Object.assign(new Error('lookup failed'), { code: 'EAI_AGAIN' });
    };
    await assert.rejects(postWebhook(`http://hooks.example.test:${port}/x`, {}, '{}', { ...strict, resolve: failing }));
    assert.deepEqual(received, []);
  });

  test('the connection goes to the address that was checked, not to a second lookup', async () => {
    received.length = 0;
    // A name server whose answer changes after the first lookup: a second resolution would go
    // to an unroutable address, and the system resolver does not know the name at all.
    let lookups = 0;
    const rebinding = async () => {
      lookups++;
      return [{ address: lookups === 1 ? '127.0.0.1' : '192.0.2.1', family: 4 }];
    };
    const status = await postWebhook(`http://hooks.example.test:${port}/rebind`, {}, '{}', {
      allowPrivateNetworks: true,
      timeoutMs: 5_000,
      resolve: rebinding,
    });
    assert.equal(status, 200);
    assert.equal(lookups, 1, 'one lookup per delivery');
    assert.deepEqual(received, ['/rebind']);
    await assert.rejects(
      postWebhook(`http://hooks.example.test:${port}/rebind`, {}, '{}', {
        ...strict,
        resolve: async () => [{ address: '127.0.0.1', family: 4 }],
      }),
      /private or loopback/,
    );
    assert.equal(received.length, 1);
  });

  test('a delivery job to an IPv4-mapped loopback URL fails for good and reaches nothing', async () => {
    const t = await startTestApp({ allowPrivateWebhooks: false });
    try {
      received.length = 0;
      const admin = await t.admin();
      const endpoint = await admin.post('/api/v1/webhooks', {
        url: `http://[::ffff:127.0.0.1]:${port}/x`,
        events: ['*'],
      });
      assert.equal(endpoint.status, 201);
      const cls = (await admin.post('/api/v1/classes', classInput({}, t.clock.now()))).body;
      await t.client().post('/api/v1/bookings', { classId: cls.id, guest: { name: 'P', email: 'p@example.test' } });
      await t.runJobs();
      assert.deepEqual(received, []);
      const deliveries = await admin.get(`/api/v1/webhooks/${endpoint.body.id}/deliveries`);
      assert.equal(deliveries.body.deliveries[0].status, 'failed');
      assert.match(deliveries.body.deliveries[0].lastError, /private or loopback/);
    } finally {
      await t.close();
    }
  });
});
