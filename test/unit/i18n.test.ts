import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { type ErrorCode, errorStatus } from '../../src/platform/errors.ts';
import { errorMessage, isLocale, locales, negotiateLocale } from '../../src/platform/i18n.ts';

const codes = Object.keys(errorStatus) as ErrorCode[];
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('negotiateLocale', () => {
  test('no header gives the fallback', () => {
    assert.equal(negotiateLocale(undefined, 'en'), 'en');
    assert.equal(negotiateLocale(undefined, 'sv'), 'sv');
    assert.equal(negotiateLocale('', 'sv'), 'sv');
  });

  test('a plain supported language is chosen over the fallback', () => {
    assert.equal(negotiateLocale('sv', 'en'), 'sv');
    assert.equal(negotiateLocale('en', 'sv'), 'en');
  });

  test('region tags and case do not matter', () => {
    assert.equal(negotiateLocale('sv-SE', 'en'), 'sv');
    assert.equal(negotiateLocale('sv-FI', 'en'), 'sv');
    assert.equal(negotiateLocale('SV-se', 'en'), 'sv');
    assert.equal(negotiateLocale('en-GB', 'sv'), 'en');
    assert.equal(negotiateLocale('en-US,en;q=0.9', 'sv'), 'en');
  });

  test('q-values rank the languages, whatever their order in the header', () => {
    assert.equal(negotiateLocale('en;q=0.5, sv;q=0.9', 'en'), 'sv');
    assert.equal(negotiateLocale('sv;q=0.4,en;q=0.8', 'sv'), 'en');
    assert.equal(negotiateLocale('de-DE, sv;q=0.7, en;q=0.3', 'en'), 'sv');
    assert.equal(negotiateLocale('en;q=0.1, sv', 'en'), 'sv', 'no q means q=1');
  });

  test('equal q-values keep the header order', () => {
    assert.equal(negotiateLocale('sv, en', 'en'), 'sv');
    assert.equal(negotiateLocale('en, sv', 'sv'), 'en');
    assert.equal(negotiateLocale('sv;q=0.5, en;q=0.5', 'en'), 'sv');
  });

  test('q=0 means "not acceptable"', () => {
    assert.equal(negotiateLocale('sv;q=0, en;q=0.1', 'sv'), 'en');
    assert.equal(negotiateLocale('sv;q=0', 'en'), 'en');
    assert.equal(negotiateLocale('en;q=0', 'sv'), 'sv');
  });

  test('unsupported languages are skipped; if nothing is supported the fallback is used', () => {
    assert.equal(negotiateLocale('de-DE, fr;q=0.9, sv;q=0.1', 'en'), 'sv');
    assert.equal(negotiateLocale('de-DE, fr;q=0.9', 'en'), 'en');
    assert.equal(negotiateLocale('de-DE, fr;q=0.9', 'sv'), 'sv');
    assert.equal(negotiateLocale('*', 'sv'), 'sv');
    assert.equal(negotiateLocale('nb-NO', 'en'), 'en');
  });

  test('malformed parts do not throw and do not win', () => {
    assert.equal(negotiateLocale(',,;;', 'en'), 'en');
    assert.equal(negotiateLocale('sv;q=abc, en;q=0.2', 'sv'), 'en', 'an unreadable q-value drops the entry');
    assert.equal(negotiateLocale(' ; q=1', 'sv'), 'sv');
  });

  test('a language whose tag merely starts like a supported one is not matched', () => {
    assert.equal(negotiateLocale('english', 'sv'), 'sv');
    assert.equal(negotiateLocale('svenska', 'en'), 'en');
  });
});

describe('errorMessage', () => {
  test('gives the message in the chosen language', () => {
    assert.equal(errorMessage('class_not_found', 'en'), 'This class does not exist.');
    assert.equal(errorMessage('class_not_found', 'sv'), 'Passet finns inte.');
  });

  test('interpolates parameters, numbers included, in both languages', () => {
    const en = errorMessage('spots_limit_exceeded', 'en', { max: 3 });
    const sv = errorMessage('spots_limit_exceeded', 'sv', { max: 3 });
    assert.equal(en, 'You can book at most 3 spots in this class.');
    assert.equal(sv, 'Du kan boka högst 3 platser på det här passet.');
    assert.match(errorMessage('class_has_bookings', 'en', { count: 12 }), /has 12 bookings and/);
    assert.match(errorMessage('cancellation_deadline_passed', 'sv', { hours: '48' }), /fram till 48 timmar innan/);
  });

  test('a count picks its word by the language’s plural rules', () => {
    assert.match(errorMessage('class_has_bookings', 'en', { count: 1 }), /has 1 booking and/);
    assert.match(errorMessage('class_has_bookings', 'sv', { count: 1 }), /har 1 bokning\./);
    assert.match(errorMessage('class_has_bookings', 'sv', { count: 2 }), /har 2 bokningar\./);
    assert.match(errorMessage('cancellation_deadline_passed', 'en', { hours: 1 }), /up to 1 hour before/);
    assert.match(errorMessage('capacity_below_booked', 'sv', { taken: 1 }), /1 bokad plats och/);
    for (const code of Object.keys(errorStatus) as ErrorCode[])
      for (const locale of locales)
        assert.doesNotMatch(errorMessage(code, locale), /\((s|ar|er)\)|timme\/timmar/, `${code} (${locale})`);
  });

  test('a missing parameter leaves its placeholder; unknown parameters are ignored', () => {
    assert.match(errorMessage('capacity_below_booked', 'en'), /\{taken\}/);
    assert.equal(errorMessage('class_not_found', 'en', { taken: 5 }), 'This class does not exist.');
  });

  test('parameter values are inserted literally, not re-interpreted', () => {
    assert.equal(
      errorMessage('spots_limit_exceeded', 'en', { max: '{max} $& $1' }),
      'You can book at most {max} $& $1 spots in this class.',
    );
  });
});

describe('the message catalogs', () => {
  test('the supported locales are en and sv', () => {
    assert.deepEqual([...locales], ['en', 'sv']);
    assert.ok(isLocale('sv'));
    assert.ok(!isLocale('de'));
    assert.ok(!isLocale(undefined));
  });

  test('every error code has a non-empty message in every locale', () => {
    assert.ok(codes.length >= 30, `expected the full error list, got ${codes.length}`);
    for (const code of codes) {
      for (const locale of locales) {
        const message = errorMessage(code, locale);
        assert.equal(typeof message, 'string', `${locale}.${code}`);
        assert.ok(message.trim().length > 0, `${locale}.${code} is empty`);
        assert.notEqual(message, code, `${locale}.${code} is just the code`);
      }
    }
  });

  test('the Swedish catalog is a translation, not a copy of the English one', () => {
    const same = codes.filter((code) => errorMessage(code, 'en') === errorMessage(code, 'sv'));
    assert.deepEqual(same, [], `identical in en and sv: ${same.join(', ')}`);
  });

  test('both languages use the same placeholders for each code', () => {
    for (const code of codes) {
      assert.deepEqual(placeholders(errorMessage(code, 'sv')), placeholders(errorMessage(code, 'en')), code);
    }
  });

  test('with every placeholder supplied, no braces are left', () => {
    const params = {
      count: 2,
      taken: 3,
      hours: 24,
      max: 4,
      refundable: 5000,
      currency: 'SEK',
      minutes: 30,
      days: 60,
      needed: 2,
      balance: 1,
      email: 'someone@example.test',
    };
    for (const code of codes) {
      for (const locale of locales) {
        assert.doesNotMatch(errorMessage(code, locale, params), /[{}]/, `${locale}.${code}`);
      }
    }
  });
});
