// Behind a proxy, the client's address is the one the proxy saw: entries the client wrote into
// X-Forwarded-For itself must not decide it (rate limits and the audit log go by it).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import pino from 'pino';
import { loadConfig } from '../../src/platform/config.ts';
import { createHttpServer } from '../../src/platform/http.ts';

async function clientAddress(trustProxyEnv: string | undefined, forwardedFor: string | undefined) {
  const { trustProxy } = loadConfig(trustProxyEnv === undefined ? {} : { TRUST_PROXY: trustProxyEnv });
  const app = createHttpServer({ logger: pino({ level: 'silent' }), trustProxy });
  app.get('/ip', async (request) => ({ ip: request.ip }));
  try {
    const response = await app.inject({
      method: 'GET',
      url: '/ip',
      remoteAddress: '10.0.0.2',
      headers: forwardedFor === undefined ? {} : { 'x-forwarded-for': forwardedFor },
    });
    return (JSON.parse(response.body) as { ip: string }).ip;
  } finally {
    await app.close();
  }
}

test('without TRUST_PROXY the socket is the client, whatever the header says', async () => {
  assert.equal(await clientAddress(undefined, '1.2.3.4'), '10.0.0.2');
});

test('TRUST_PROXY=true believes the one proxy in front: what it appended, not what the client wrote', async () => {
  // The client sent "X-Forwarded-For: 6.6.6.6"; the proxy appended the address it saw.
  assert.equal(await clientAddress('true', '6.6.6.6, 203.0.113.7'), '203.0.113.7');
  assert.equal(await clientAddress('true', '203.0.113.7'), '203.0.113.7');
});

test('two proxies: the address the outer one saw', async () => {
  assert.equal(await clientAddress('2', '6.6.6.6, 203.0.113.7, 10.0.0.9'), '203.0.113.7');
});

test("a list of proxies: hops from those addresses are believed, the client's own entry is not", async () => {
  assert.equal(await clientAddress('10.0.0.0/8', '6.6.6.6, 203.0.113.7, 10.0.0.9'), '203.0.113.7');
  assert.equal(await clientAddress('192.168.0.1', '203.0.113.7'), '10.0.0.2', 'a socket not in the list is the client');
});

test('without TRUST_PROXY, requests forwarded by a proxy on a private address are told once in the log', async () => {
  const lines: { level: number; msg: string }[] = [];
  const logger = pino({ level: 'warn' }, { write: (line: string) => void lines.push(JSON.parse(line)) });
  const app = createHttpServer({ logger, trustProxy: false });
  app.get('/ip', async () => ({}));
  try {
    const from = async (remoteAddress: string, forwarded: boolean) =>
      app.inject({
        method: 'GET',
        url: '/ip',
        remoteAddress,
        headers: forwarded ? { 'x-forwarded-for': '203.0.113.9' } : {},
      });
    await from('10.0.0.2', false);
    await from('198.51.100.7', true); // a client on the internet writing the header itself: not a proxy of ours
    assert.equal(lines.length, 0);
    await from('10.0.0.2', true);
    await from('127.0.0.1', true);
    assert.equal(lines.length, 1);
    assert.match(lines[0]?.msg ?? '', /TRUST_PROXY is off/);
  } finally {
    await app.close();
  }
  const trusting = createHttpServer({ logger, trustProxy: 1 });
  trusting.get('/ip', async () => ({}));
  await trusting.inject({
    method: 'GET',
    url: '/ip',
    remoteAddress: '10.0.0.2',
    headers: { 'x-forwarded-for': '1.2.3.4' },
  });
  await trusting.close();
  assert.equal(lines.length, 1, 'nothing to tell when it is set');
});
