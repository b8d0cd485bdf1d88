import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { DomainError } from '../../src/platform/errors.ts';
import { hashBody, parseIdempotencyKey } from '../../src/platform/idempotency.ts';

/** A deep copy with every object's keys in reverse order. */
function reverseKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reverseKeys);
  if (value && typeof value === 'object') {
    // fromEntries defines own properties, so a "__proto__" key stays a plain key.
    return Object.fromEntries(
      Object.entries(value)
        .reverse()
        .map(([k, v]) => [k, reverseKeys(v)]),
    );
  }
  return value;
}

function assertKeyRefused(header: string | string[]) {
  assert.throws(
    () => parseIdempotencyKey(header),
    (error: unknown) =>
      error instanceof DomainError && error.code === 'idempotency_key_invalid' && error.status === 400,
    `refused: ${JSON.stringify(header)}`,
  );
}

describe('hashBody', () => {
  test('is the same for the same body with keys in another order, at every depth', () => {
    const a = { classId: 'c1', spots: 2, guest: { name: 'Ada', email: 'ada@example.test' }, tags: [{ x: 1, y: 2 }] };
    const b = { tags: [{ y: 2, x: 1 }], guest: { email: 'ada@example.test', name: 'Ada' }, spots: 2, classId: 'c1' };
    assert.equal(hashBody(a), hashBody(b));
  });

  test('is deterministic and URL-safe (base64url of SHA-256)', () => {
    const body = { a: [1, 'two', null, true], b: { c: 1.5 } };
    assert.equal(hashBody(body), hashBody(structuredClone(body)));
    assert.match(hashBody(body), /^[A-Za-z0-9_-]{43}$/);
  });

  test('differs for different bodies', () => {
    const bodies: unknown[] = [
      { spots: 1 },
      { spots: 2 },
      { spots: '1' },
      { spot: 1 },
      { spots: 1, extra: null },
      { a: { b: 1 } },
      { 'a.b': 1 },
      { a: '{"b":1}' },
      [1, 2],
      [2, 1],
      [[1, 2]],
      '1,2',
      {},
      [],
      null,
      '',
      0,
      false,
      'false',
      { a: [] },
      { a: {} },
    ];
    const hashes = bodies.map(hashBody);
    for (let i = 0; i < bodies.length; i++) {
      for (let j = i + 1; j < bodies.length; j++) {
        assert.notEqual(hashes[i], hashes[j], `${JSON.stringify(bodies[i])} vs ${JSON.stringify(bodies[j])}`);
      }
    }
  });

  test('array order matters', () => {
    assert.notEqual(hashBody({ ids: ['a', 'b'] }), hashBody({ ids: ['b', 'a'] }));
  });

  test('undefined properties are ignored, as they would be on the wire', () => {
    assert.equal(hashBody({ a: 1, b: undefined }), hashBody({ a: 1 }));
    assert.equal(hashBody({ params: { classId: 'x' }, body: undefined }), hashBody({ params: { classId: 'x' } }));
  });

  test('property: a JSON body and its key-reordered copy hash alike; the hash survives a JSON round trip', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        assert.equal(hashBody(reverseKeys(value)), hashBody(value));
        assert.equal(hashBody(JSON.parse(JSON.stringify(value))), hashBody(value));
      }),
      { numRuns: 500 },
    );
  });

  test('property: changing one value changes the hash', () => {
    fc.assert(
      fc.property(
        fc.dictionary(fc.string({ minLength: 1, maxLength: 10 }), fc.jsonValue({ maxDepth: 2 }), { minKeys: 1 }),
        fc.string(),
        (body, replacement) => {
          const [key, value] = Object.entries(body)[0]!;
          fc.pre(JSON.stringify(value) !== JSON.stringify(replacement));
          const changed = Object.fromEntries(Object.entries(body).map(([k, v]) => [k, k === key ? replacement : v]));
          assert.notEqual(hashBody(changed), hashBody(body));
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('parseIdempotencyKey', () => {
  test('no header means no key', () => {
    assert.equal(parseIdempotencyKey(undefined), null);
  });

  test('accepts 8 to 255 visible ASCII characters, returned unchanged', () => {
    for (const key of [
      'abcdefgh',
      'a'.repeat(255),
      '550e8400-e29b-41d4-a716-446655440000',
      '!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~',
      'Key_With.Mixed~Case',
    ]) {
      assert.equal(parseIdempotencyKey(key), key);
    }
  });

  test('refuses keys that are too short or too long', () => {
    assertKeyRefused('');
    assertKeyRefused('abcdefg');
    assertKeyRefused('a'.repeat(256));
    assertKeyRefused('a'.repeat(10_000));
  });

  test('refuses spaces, control characters and non-ASCII', () => {
    assertKeyRefused('abcd efgh');
    assertKeyRefused(' abcdefgh');
    assertKeyRefused('abcdefgh ');
    assertKeyRefused('abcd\tefgh');
    assertKeyRefused('abcdefgh\n');
    assertKeyRefused('abcd\x7fefgh');
    assertKeyRefused('abcd\x00efgh');
    assertKeyRefused('räksmörgås');
    assertKeyRefused('ключ-идемпотентности');
  });

  test('a repeated header uses the first value, which must itself be valid', () => {
    assert.equal(parseIdempotencyKey(['first-key-1', 'second-key-2']), 'first-key-1');
    assertKeyRefused(['short', 'long-enough-key']);
    assertKeyRefused([]);
  });

  test('property: exactly the strings of 8..255 characters in 0x21..0x7e are accepted', () => {
    const visible = fc.integer({ min: 0x21, max: 0x7e }).map((c) => String.fromCharCode(c));
    fc.assert(
      fc.property(fc.array(visible, { minLength: 8, maxLength: 255 }), (chars) => {
        const key = chars.join('');
        assert.equal(parseIdempotencyKey(key), key);
      }),
    );
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (key) => {
        const valid = key.length >= 8 && key.length <= 255 && [...key].every((c) => c >= '!' && c <= '~');
        if (valid) assert.equal(parseIdempotencyKey(key), key);
        else assertKeyRefused(key);
      }),
      { numRuns: 500 },
    );
  });
});
