import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import net from 'node:net';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { type TestApp, startTestApp } from '../support/app.ts';
import type { Json } from '../support/json.ts';

const CHILD = fileURLToPath(new URL('../support/process-guards-child.ts', import.meta.url));

function runChild(what: string) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', CHILD, what], { encoding: 'utf8' });
  const lines = result.stdout
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as Record<string, Json>);
  return { status: result.status, lines };
}

describe('errors nothing caught', () => {
  test('an unhandled rejection is logged with its request id, and the process goes on', () => {
    const { status, lines } = runChild('rejection');
    const logged = lines.find((line) => line.msg === 'unhandled promise rejection');
    assert.ok(logged, JSON.stringify(lines));
    assert.equal(logged.requestId, 'req-guarded-1');
    assert.equal(logged.err.message, 'nobody awaited this');
    assert.ok(lines.some((line) => line.msg === 'still serving'));
    assert.equal(status, 0);
  });

  test('an uncaught lost-connection error is logged and the process goes on', () => {
    const { status, lines } = runChild('db-exception');
    const logged = lines.find((line) => /uncaught database connection error/.test(line.msg));
    assert.ok(logged, JSON.stringify(lines));
    assert.equal(logged.requestId, 'req-guarded-1');
    assert.ok(lines.some((line) => line.msg === 'still serving'));
    assert.equal(status, 0);
  });

  test('any other uncaught exception is logged as fatal, with its request id, and ends the process', () => {
    const { status, lines } = runChild('exception');
    const logged = lines.find((line) => /uncaught exception/.test(line.msg));
    assert.ok(logged, JSON.stringify(lines));
    assert.equal(logged.level, 60);
    assert.equal(logged.requestId, 'req-guarded-1');
    assert.ok(!lines.some((line) => line.msg === 'still serving'));
    assert.equal(status, 1);
  });
});

describe('a client that hangs up mid-request', () => {
  let t: TestApp;
  let port: number;
  before(async () => {
    t = await startTestApp();
    await t.app.listen({ host: '127.0.0.1', port: 0 });
    port = (t.app.server.address() as net.AddressInfo).port;
  });
  after(() => t.close());

  test('is logged at info as a client that went away, not as the database at error level', async () => {
    const socket = net.connect(port, '127.0.0.1');
    await new Promise((resolve) => socket.once('connect', resolve));
    socket.write(
      'POST /api/v1/bookings HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"classId":',
    );
    await new Promise((resolve) => setTimeout(resolve, 50));
    socket.destroy();
    const until = Date.now() + 10_000;
    while (!t.logs.some((line) => /client closed the connection/.test(line.msg))) {
      assert.ok(Date.now() < until, `no log of the abort: ${JSON.stringify(t.logs.slice(-5))}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const aborted = t.logs.find((line) => /client closed the connection/.test(line.msg))!;
    assert.equal(aborted.level, 30);
    assert.ok(
      !t.logs.some((line) => line.level >= 50 || line.code === 'database_unavailable'),
      JSON.stringify(t.logs.filter((line) => line.level >= 50)),
    );
  });
});
