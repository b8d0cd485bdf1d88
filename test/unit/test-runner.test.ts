// Which PostgreSQL server `npm test` (scripts/test.mjs) runs the integration tests on, from DATABASE_URL.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { serverRunFor } from '../support/throwaway-postgres.mjs';

test('DATABASE_URL unset starts a throwaway server; set, its server is used', () => {
  assert.deepEqual(serverRunFor(undefined), { kind: 'throwaway' });
  assert.deepEqual(serverRunFor(' postgres://slotwise@127.0.0.1:5499/postgres '), {
    kind: 'given',
    url: 'postgres://slotwise@127.0.0.1:5499/postgres',
  });
});

test('DATABASE_URL set but empty or blank means no server, as for the app: the embedded database only', () => {
  assert.deepEqual(serverRunFor(''), { kind: 'none' });
  assert.deepEqual(serverRunFor('  '), { kind: 'none' });
});
