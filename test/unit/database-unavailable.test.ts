// Which database errors are "try again later" (503 database_unavailable) rather than a bug (500).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fileErrorOf, isDatabaseUnavailable, isOutOfResources } from '../../src/platform/db.ts';

/** What the embedded database's file system throws: not an Error, a WASI number and no message. */
const embeddedFileError = (errno: number) => Object.assign(Object.create({ name: 'ErrnoError' }), { errno });

const withCode = (code: string, message = 'failed') => Object.assign(new Error(message), { code });

test('a lost connection, a server shutting down, a full disk or no memory: unavailable', () => {
  for (const error of [
    withCode('08006'),
    withCode('57P01'),
    withCode('53100', 'could not extend file "base/5/16384": No space left on device'),
    withCode('53200', 'out of memory'),
    withCode('53300', 'sorry, too many clients already'),
    withCode('ENOSPC'),
    new Error('could not write block 7 of relation base/1/2: No space left on device'),
    new Error('query failed', { cause: withCode('ECONNREFUSED') }),
    embeddedFileError(51),
  ]) {
    assert.equal(isDatabaseUnavailable(error), true, String(error));
  }
});

test('a failing query is not: a constraint, a syntax error, a serialization failure', () => {
  for (const error of [withCode('23505'), withCode('42601'), withCode('40001'), withCode('22P02'), new Error('bug')]) {
    assert.equal(isDatabaseUnavailable(error), false, String(error));
  }
});

test("the embedded database's file errors are named: a full disk is out of resources, a read-only one is not", () => {
  assert.equal(fileErrorOf(embeddedFileError(51)), 'ENOSPC: no space left on device');
  assert.equal(fileErrorOf(embeddedFileError(69)), 'EROFS: read-only file system');
  assert.equal(fileErrorOf(embeddedFileError(9999)), 'file system error 9999');
  assert.equal(fileErrorOf(new Error('ENOSPC')), undefined);
  assert.equal(isOutOfResources(embeddedFileError(51)), true);
  assert.equal(isOutOfResources(embeddedFileError(69)), false);
  assert.equal(isDatabaseUnavailable(embeddedFileError(69)), false);
});
