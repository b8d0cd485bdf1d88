import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { test } from 'node:test';
import pino from 'pino';
import { createHttpServer } from '../../src/platform/http.ts';
import { prettyLine, wantsPrettyLogs } from '../../src/platform/logger.ts';

test('pretty logs only in a terminal outside production', () => {
  assert.equal(wantsPrettyLogs('development', { isTTY: true }), true);
  assert.equal(wantsPrettyLogs('test', { isTTY: true }), true);
  assert.equal(wantsPrettyLogs('production', { isTTY: true }), false);
  assert.equal(wantsPrettyLogs('development', {}), false, 'piped or collected: JSON');
});

test('a JSON log line becomes one short line, its error stack below it', () => {
  const line = JSON.stringify({
    level: 40,
    time: '2026-03-01T10:02:03.456Z',
    service: 'slotwise',
    pid: 1,
    hostname: 'h',
    msg: 'mail retried',
    jobId: 7,
    to: 'a@b.test',
    err: { message: 'boom', stack: 'Error: boom\n    at here' },
  });
  assert.equal(prettyLine(line, false), '10:02:03 WARN  mail retried jobId=7 to=a@b.test\nError: boom\n    at here\n');
  assert.equal(prettyLine('not json', false), 'not json\n');
});

test('quiet request logging: one debug line per request, nothing at info', async () => {
  const lines: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk, _encoding, done) {
      lines.push(JSON.parse(String(chunk)));
      done();
    },
  });
  for (const quietRequests of [true, false]) {
    lines.length = 0;
    const app = createHttpServer({ logger: pino({ level: 'debug' }, sink), trustProxy: false, quietRequests });
    app.get('/ping', async () => 'pong');
    await app.inject({ url: '/ping' });
    await app.close();
    const requestLines = lines.filter((l) => /request/.test(String(l.msg)));
    if (quietRequests) {
      assert.deepEqual(
        requestLines.map((l) => [l.level, l.msg, l.status]),
        [[20, 'request completed', 200]],
      );
    } else {
      assert.ok(requestLines.some((l) => l.level === 30 && l.msg === 'incoming request'));
    }
  }
});
