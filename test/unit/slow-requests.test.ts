// A client that sends its request a byte at a time (slow loris) is answered 408 and cut off, not held
// open until the process runs out of sockets; a prompt request on another connection is unaffected.
import assert from 'node:assert/strict';
import net from 'node:net';
import type { AddressInfo } from 'node:net';
import { test } from 'node:test';
import pino from 'pino';
import { createHttpServer } from '../../src/platform/http.ts';

/** Opens a connection that declares a body and then trickles it; resolves with what came back and when. */
function trickle(port: number, everyMs: number): Promise<{ answer: string; closedAfterMs: number }> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const socket = net.connect(port, '127.0.0.1');
    let answer = '';
    let timer: NodeJS.Timeout | undefined;
    socket.on('connect', () => {
      socket.write('POST /echo HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 2000\r\n\r\n{');
      timer = setInterval(() => socket.writable && socket.write(' '), everyMs);
    });
    socket.on('data', (chunk) => {
      answer += chunk.toString();
    });
    socket.on('error', () => {});
    socket.on('close', () => {
      clearInterval(timer);
      resolve({ answer, closedAfterMs: Date.now() - started });
    });
    setTimeout(() => {
      clearInterval(timer);
      socket.destroy();
      reject(new Error(`still open after 20 s; so far: ${answer}`));
    }, 20_000).unref();
  });
}

test('a request trickled in past the limit gets 408 request_timeout and its connection closed', async () => {
  const app = createHttpServer({ logger: pino({ level: 'silent' }), trustProxy: false, requestTimeoutMs: 1_000 });
  app.post('/echo', async (request) => ({ got: request.body }));
  await app.listen({ port: 0, host: '127.0.0.1' });
  try {
    const { port } = app.server.address() as AddressInfo;
    const slow = trickle(port, 200);
    const prompt = await fetch(`http://127.0.0.1:${port}/echo`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"a":1}',
    });
    assert.equal(prompt.status, 200);
    const { answer, closedAfterMs } = await slow;
    assert.match(answer, /^HTTP\/1\.1 408 /);
    assert.match(answer, /"code":"request_timeout"/);
    assert.ok(closedAfterMs >= 900 && closedAfterMs < 5_000, `closed after ${closedAfterMs} ms`);
  } finally {
    await app.close();
  }
});
