import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { DomainError } from '../../src/platform/errors.ts';
import { parseDateBoundary, parseDateTime, toLocalIso } from '../../src/platform/time.ts';

const STOCKHOLM = 'Europe/Stockholm';

const iso = (date: Date) => date.toISOString();

/** Asserts that `fn` throws a DomainError 'validation_failed' naming `field`. */
function assertRefused(fn: () => unknown, field: string, messagePattern?: RegExp) {
  assert.throws(fn, (error: unknown) => {
    assert.ok(error instanceof DomainError, `expected a DomainError, got ${String(error)}`);
    assert.equal(error.code, 'validation_failed');
    assert.equal(error.status, 400);
    const details = error.details as { in: string; path: string; message: string }[];
    assert.ok(Array.isArray(details) && details.length === 1, 'one detail entry');
    assert.equal(details[0]!.path, field);
    if (messagePattern) assert.match(details[0]!.message, messagePattern);
    return true;
  });
}

describe('parseDateTime: wall-clock time in Europe/Stockholm', () => {
  test('the day before spring-forward is CET (+01:00), the day of it after 03:00 is CEST (+02:00)', () => {
    assert.equal(iso(parseDateTime('2026-03-28T18:00', STOCKHOLM, 'startsAt')), '2026-03-28T17:00:00.000Z');
    assert.equal(iso(parseDateTime('2026-03-29T18:00', STOCKHOLM, 'startsAt')), '2026-03-29T16:00:00.000Z');
  });

  test('right before and right after the spring-forward gap', () => {
    assert.equal(iso(parseDateTime('2026-03-29T01:59', STOCKHOLM, 'startsAt')), '2026-03-29T00:59:00.000Z');
    assert.equal(iso(parseDateTime('2026-03-29T03:00', STOCKHOLM, 'startsAt')), '2026-03-29T01:00:00.000Z');
  });

  test('a local time inside the spring-forward gap (02:00-03:00) is refused, not guessed', () => {
    for (const value of ['2026-03-29T02:00', '2026-03-29T02:30', '2026-03-29T02:59:59']) {
      assertRefused(
        () => parseDateTime(value, STOCKHOLM, 'startsAt'),
        'startsAt',
        /does not exist in Europe\/Stockholm/,
      );
    }
  });

  test('around fall-back: CEST before, CET after', () => {
    assert.equal(iso(parseDateTime('2026-10-24T18:00', STOCKHOLM, 'startsAt')), '2026-10-24T16:00:00.000Z');
    assert.equal(iso(parseDateTime('2026-10-25T18:00', STOCKHOLM, 'startsAt')), '2026-10-25T17:00:00.000Z');
    assert.equal(iso(parseDateTime('2026-10-25T01:30', STOCKHOLM, 'startsAt')), '2026-10-24T23:30:00.000Z');
    assert.equal(iso(parseDateTime('2026-10-25T03:30', STOCKHOLM, 'startsAt')), '2026-10-25T02:30:00.000Z');
  });

  test('an ambiguous local time during fall-back (02:30 happens twice) is accepted as one of its two instants', () => {
    const parsed = parseDateTime('2026-10-25T02:30', STOCKHOLM, 'startsAt');
    // 02:30 CEST is 00:30Z; 02:30 CET is 01:30Z. Either is a real 02:30 on the wall.
    assert.ok(['2026-10-25T00:30:00.000Z', '2026-10-25T01:30:00.000Z'].includes(iso(parsed)), iso(parsed));
    assert.match(toLocalIso(parsed, STOCKHOLM), /^2026-10-25T02:30:00\+0[12]:00$/);
  });

  test('seconds and milliseconds are kept', () => {
    assert.equal(iso(parseDateTime('2026-07-01T09:15:30.250', STOCKHOLM, 'startsAt')), '2026-07-01T07:15:30.250Z');
  });

  test('the zone argument matters for wall-clock input', () => {
    assert.equal(iso(parseDateTime('2026-07-01T12:00', 'America/New_York', 'startsAt')), '2026-07-01T16:00:00.000Z');
    assert.equal(iso(parseDateTime('2026-07-01T12:00', 'Australia/Sydney', 'startsAt')), '2026-07-01T02:00:00.000Z');
    assert.equal(iso(parseDateTime('2026-07-01T12:00', 'UTC', 'startsAt')), '2026-07-01T12:00:00.000Z');
  });
});

describe('parseDateTime: with an offset the value is an instant', () => {
  test('an explicit offset wins over the zone', () => {
    assert.equal(iso(parseDateTime('2026-03-29T18:00:00+02:00', STOCKHOLM, 'startsAt')), '2026-03-29T16:00:00.000Z');
    assert.equal(
      iso(parseDateTime('2026-03-29T18:00:00+02:00', 'America/New_York', 'startsAt')),
      '2026-03-29T16:00:00.000Z',
    );
    assert.equal(iso(parseDateTime('2026-01-10T08:00:00-05:00', STOCKHOLM, 'startsAt')), '2026-01-10T13:00:00.000Z');
    assert.equal(iso(parseDateTime('2026-03-29T18:00Z', STOCKHOLM, 'startsAt')), '2026-03-29T18:00:00.000Z');
    assert.equal(iso(parseDateTime('2026-03-29T18:00:00.500Z', STOCKHOLM, 'startsAt')), '2026-03-29T18:00:00.500Z');
  });

  test('an instant whose wall clock falls in the Stockholm gap is fine: only local input can be in a gap', () => {
    assert.equal(iso(parseDateTime('2026-03-29T02:30:00Z', STOCKHOLM, 'startsAt')), '2026-03-29T02:30:00.000Z');
    assert.equal(iso(parseDateTime('2026-03-29T02:30:00+00:00', STOCKHOLM, 'startsAt')), '2026-03-29T02:30:00.000Z');
  });
});

describe('parseDateTime: invalid input', () => {
  test('dates that do not exist are refused with the field named', () => {
    for (const value of [
      '2026-02-30T10:00',
      '2026-02-29T10:00',
      '2026-13-01T10:00',
      '2026-04-31T10:00',
      '2026-01-01T25:00',
    ]) {
      assertRefused(() => parseDateTime(value, STOCKHOLM, 'endsAt'), 'endsAt', /not a real date and time/);
    }
  });

  test('a leap day exists in a leap year', () => {
    assert.equal(iso(parseDateTime('2028-02-29T10:00', STOCKHOLM, 'startsAt')), '2028-02-29T09:00:00.000Z');
  });

  // Format checks (e.g. refusing a bare '18:00') are the request schema's job (dateTimeInputSchema);
  // here only values Luxon cannot read at all.
  test('garbage is refused', () => {
    for (const value of ['', 'tomorrow', '2026-03-29 18:00:00 nonsense', '29/03/2026 18:00']) {
      assertRefused(() => parseDateTime(value, STOCKHOLM, 'startsAt'), 'startsAt');
    }
  });

  test('an offset-bearing value with an impossible date is refused too', () => {
    assertRefused(
      () => parseDateTime('2026-02-30T10:00:00+01:00', STOCKHOLM, 'startsAt'),
      'startsAt',
      /not a real date/,
    );
  });
});

describe('toLocalIso', () => {
  test('gives +01:00 in Stockholm winter and +02:00 in summer, without zero milliseconds', () => {
    assert.equal(toLocalIso(new Date('2026-01-15T12:00:00.000Z'), STOCKHOLM), '2026-01-15T13:00:00+01:00');
    assert.equal(toLocalIso(new Date('2026-07-15T12:00:00.000Z'), STOCKHOLM), '2026-07-15T14:00:00+02:00');
  });

  test('switches offset exactly at the DST instants', () => {
    assert.equal(toLocalIso(new Date('2026-03-29T00:59:59Z'), STOCKHOLM), '2026-03-29T01:59:59+01:00');
    assert.equal(toLocalIso(new Date('2026-03-29T01:00:00Z'), STOCKHOLM), '2026-03-29T03:00:00+02:00');
    assert.equal(toLocalIso(new Date('2026-10-25T00:59:59Z'), STOCKHOLM), '2026-10-25T02:59:59+02:00');
    assert.equal(toLocalIso(new Date('2026-10-25T01:00:00Z'), STOCKHOLM), '2026-10-25T02:00:00+01:00');
  });

  test('keeps non-zero milliseconds', () => {
    assert.equal(toLocalIso(new Date('2026-07-15T12:00:00.250Z'), STOCKHOLM), '2026-07-15T14:00:00.250+02:00');
  });

  test('other zones: New York and Sydney (southern hemisphere, DST in January)', () => {
    assert.equal(toLocalIso(new Date('2026-01-15T12:00:00Z'), 'America/New_York'), '2026-01-15T07:00:00-05:00');
    assert.equal(toLocalIso(new Date('2026-07-15T12:00:00Z'), 'America/New_York'), '2026-07-15T08:00:00-04:00');
    assert.equal(toLocalIso(new Date('2026-01-15T12:00:00Z'), 'Australia/Sydney'), '2026-01-15T23:00:00+11:00');
    assert.equal(toLocalIso(new Date('2026-07-15T12:00:00Z'), 'Australia/Sydney'), '2026-07-15T22:00:00+10:00');
  });
});

describe('parseDateBoundary', () => {
  test('a date is the start of that day in the zone', () => {
    assert.equal(iso(parseDateBoundary('2026-01-15', STOCKHOLM, 'from')), '2026-01-14T23:00:00.000Z');
    assert.equal(iso(parseDateBoundary('2026-07-15', STOCKHOLM, 'from')), '2026-07-14T22:00:00.000Z');
  });

  test('with endOfDay a date is the end of that day, i.e. the start of the next', () => {
    assert.equal(iso(parseDateBoundary('2026-01-15', STOCKHOLM, 'to', true)), '2026-01-15T23:00:00.000Z');
    assert.equal(iso(parseDateBoundary('2026-07-15', STOCKHOLM, 'to', true)), '2026-07-15T22:00:00.000Z');
  });

  test('DST days are 23 and 25 hours long', () => {
    const springStart = parseDateBoundary('2026-03-29', STOCKHOLM, 'from');
    const springEnd = parseDateBoundary('2026-03-29', STOCKHOLM, 'to', true);
    assert.equal(iso(springStart), '2026-03-28T23:00:00.000Z');
    assert.equal(iso(springEnd), '2026-03-29T22:00:00.000Z');
    assert.equal(springEnd.getTime() - springStart.getTime(), 23 * 3600_000);

    const autumnStart = parseDateBoundary('2026-10-25', STOCKHOLM, 'from');
    const autumnEnd = parseDateBoundary('2026-10-25', STOCKHOLM, 'to', true);
    assert.equal(iso(autumnStart), '2026-10-24T22:00:00.000Z');
    assert.equal(iso(autumnEnd), '2026-10-25T23:00:00.000Z');
    assert.equal(autumnEnd.getTime() - autumnStart.getTime(), 25 * 3600_000);
  });

  test('a date-time is read like parseDateTime, endOfDay or not', () => {
    assert.equal(iso(parseDateBoundary('2026-03-29T10:00', STOCKHOLM, 'to', true)), '2026-03-29T08:00:00.000Z');
    assert.equal(iso(parseDateBoundary('2026-03-29T10:00:00Z', STOCKHOLM, 'from')), '2026-03-29T10:00:00.000Z');
    assertRefused(() => parseDateBoundary('2026-03-29T02:30', STOCKHOLM, 'from'), 'from', /does not exist/);
  });

  test('an invalid date is refused with the field named', () => {
    assertRefused(() => parseDateBoundary('2026-02-30', STOCKHOLM, 'from'), 'from', /not a real date/);
    assertRefused(() => parseDateBoundary('2026-13-01', STOCKHOLM, 'to', true), 'to', /not a real date/);
    assertRefused(() => parseDateBoundary('soon', STOCKHOLM, 'to'), 'to');
  });
});

describe('property: parseDateTime(toLocalIso(x, zone)) is x', () => {
  const zones = ['Europe/Stockholm', 'America/New_York', 'Australia/Sydney', 'Asia/Kolkata', 'UTC'];
  // Historical local mean time offsets have seconds (e.g. -04:56:02), which ISO offsets cannot show;
  // the range sticks to the era of whole-minute offsets.
  const instant = fc.integer({ min: Date.UTC(1971, 0, 1), max: Date.UTC(2099, 11, 31) }).map((ms) => new Date(ms));

  test('for random instants and zones', () => {
    fc.assert(
      fc.property(instant, fc.constantFrom(...zones), (x, zone) => {
        const local = toLocalIso(x, zone);
        assert.match(local, /(Z|[+-]\d{2}:\d{2})$/, 'toLocalIso always writes an offset');
        assert.equal(parseDateTime(local, zone, 'at').getTime(), x.getTime(), local);
        // The instant does not depend on the zone it is read in: the offset says it all.
        assert.equal(parseDateTime(local, 'Europe/Stockholm', 'at').getTime(), x.getTime(), local);
      }),
      { numRuns: 2000 },
    );
  });

  test('the wall-clock part (without offset) read in the same zone is x, unless it is the repeated fall-back hour', () => {
    fc.assert(
      fc.property(instant, fc.constantFrom(...zones), (x, zone) => {
        const local = toLocalIso(x, zone);
        const wall = local.replace(/(Z|[+-]\d{2}:\d{2})$/, '');
        const parsed = parseDateTime(wall, zone, 'at');
        // A wall-clock time that exists is never refused, and it maps back to itself on the wall.
        assert.equal(toLocalIso(parsed, zone).replace(/(Z|[+-]\d{2}:\d{2})$/, ''), wall);
        // It is x itself, or x shifted by the DST difference when the wall time occurs twice.
        const shift = Math.abs(parsed.getTime() - x.getTime());
        assert.ok(shift === 0 || shift === 3600_000 || shift === 1800_000, `${wall} in ${zone}: ${shift} ms off`);
      }),
      { numRuns: 2000 },
    );
  });
});
