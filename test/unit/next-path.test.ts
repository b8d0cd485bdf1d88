import assert from 'node:assert/strict';
import { test } from 'node:test';
import { safeNext, signInFrom } from '../../web/src/next-path.ts';

test('after signing in: back to a page of this site, never to another site or a signing page', () => {
  assert.equal(safeNext('/classes/abc?week=2026-12-07'), '/classes/abc?week=2026-12-07');
  assert.equal(safeNext('/'), '/');
  assert.equal(safeNext('/account/bookings#past'), '/account/bookings#past');
  for (const refused of [
    null,
    '',
    'https://evil.example',
    '//evil.example/x',
    '/sign-in',
    '/sign-up?next=%2F',
    '/forgot-password',
    '/reset-password?token=x',
    // Read as a browser reads them, these are another site or a signing page.
    '/\\evil.example',
    '/\t/evil.example',
    '/\n/evil.example',
    '/x/../sign-in',
  ])
    assert.equal(safeNext(refused), null, `${refused} is not gone back to`);
});

test("the header's sign-in link returns to the page it was followed from, unless that is a signing page", () => {
  assert.equal(signInFrom('/services/s1'), '/sign-in?next=%2Fservices%2Fs1');
  assert.equal(signInFrom('/'), '/sign-in?next=%2F');
  assert.equal(signInFrom('/sign-up'), '/sign-in');
  assert.equal(signInFrom('/forgot-password'), '/sign-in');
});
