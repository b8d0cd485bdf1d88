import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, test } from 'node:test';
import { ConfigError, loadConfig } from '../../src/platform/config.ts';
import { openSignedToken, serverKey, signedToken } from '../../src/platform/tokens.ts';

describe('signed link tokens', () => {
  const key = Buffer.from('k'.repeat(32));

  test('a token names its row, for its purpose and key only', () => {
    const id = randomUUID();
    const token = signedToken(key, 'booking.manage', id);
    assert.match(token, /^[\w-]{65}$/);
    assert.equal(signedToken(key, 'booking.manage', id), token, 'the same link every time');
    assert.equal(openSignedToken(key, 'booking.manage', token), id);
    assert.equal(openSignedToken(key, 'customer.calendar', token), null);
    assert.equal(openSignedToken(Buffer.from('x'.repeat(32)), 'booking.manage', token), null);
    const otherId = signedToken(key, 'booking.manage', randomUUID()).slice(0, 22);
    assert.equal(openSignedToken(key, 'booking.manage', `${otherId}${token.slice(22)}`), null, 'ids cannot be swapped');
    assert.equal(openSignedToken(key, 'booking.manage', 'x'.repeat(43)), null);
    // Every other spelling is refused, including the last character's spare base64 bits.
    for (const at of [0, 21, 22, 40, 64]) {
      for (const c of 'ABCDabcd0123-_') {
        const altered = `${token.slice(0, at)}${c}${token.slice(at + 1)}`;
        if (altered !== token) assert.equal(openSignedToken(key, 'booking.manage', altered), null, altered);
      }
    }
  });

  test('without SECRET_KEY the key is made once and kept, readable by the owner only, in DATA_DIR', () => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'slotwise-key-'));
    try {
      const config = { secretKey: null, dataDir };
      const first = serverKey(config);
      assert.ok(first.length >= 32);
      assert.equal(readFileSync(path.join(dataDir, 'secret-key'), 'utf8').trim(), first.toString());
      assert.equal(statSync(path.join(dataDir, 'secret-key')).mode & 0o077, 0);
      assert.deepEqual(
        serverKey({ secretKey: 'configured-'.padEnd(40, 'x'), dataDir }),
        Buffer.from('configured-'.padEnd(40, 'x')),
      );
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  test('a short SECRET_KEY stops the start', () => {
    assert.throws(
      () => loadConfig({ SECRET_KEY: 'too-short' }),
      (error: unknown) => {
        assert.ok(error instanceof ConfigError && error.message.includes('SECRET_KEY'));
        return true;
      },
    );
  });
});
