import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { buildIcs } from '../../src/platform/ics.ts';

const event = (text: string) => ({
  uid: 'booking-1@slotwise',
  sequence: 1,
  start: new Date('2026-03-01T10:00:00Z'),
  end: new Date('2026-03-01T11:00:00Z'),
  summary: text,
  description: text,
  location: text,
  url: `http://slotwise.test/manage/abc${text}`,
  updatedAt: new Date('2026-02-01T00:00:00Z'),
});

/** The logical lines of an .ics file: folded continuations joined back. */
const unfold = (ics: string) => ics.replace(/\r\n /g, '').split('\r\n');

describe('iCalendar text', () => {
  test('no CR, LF or other control character in admin text can start a property of its own', () => {
    for (const text of ['Hall\rX-INJECTED:1', 'Hall\nX-INJECTED:1', 'Hall\r\nX-INJECTED:1', 'Hall\u000bX-INJECTED:1']) {
      const ics = buildIcs({ name: text, events: [event(text)] });
      // Every line break in the file is a CRLF, and no line begins with the injected name.
      assert.equal(ics.replace(/\r\n/g, '').search(/[\r\n]/), -1, JSON.stringify(text));
      assert.ok(!unfold(ics).some((line) => line.startsWith('X-INJECTED')), JSON.stringify(text));
      // biome-ignore lint/suspicious/noControlCharactersInRegex: looking for control characters
      assert.equal(/[\x00-\x08\x0b-\x1f\x7f]/.test(ics.replace(/\r\n/g, '')), false);
    }
  });

  test('line breaks in text stay line breaks for the calendar, as the escaped \\n', () => {
    const ics = buildIcs({ name: 'Studio', events: [event('Hall A\rFloor 2')] });
    assert.ok(unfold(ics).includes('LOCATION:Hall A\\nFloor 2'));
    assert.ok(unfold(ics).includes('SUMMARY:Hall A\\nFloor 2'));
  });

  test('the organiser is a quoted parameter: no quote, line break or colon in a name can end it', () => {
    const ics = buildIcs({
      name: 'Studio',
      method: 'CANCEL',
      events: [
        { ...event('x'), organizer: { name: 'Nord "Yoga"\r\nX-INJECTED:1; a^b', email: 'desk@nord.test\r\nX:1' } },
      ],
    });
    assert.ok(unfold(ics).includes(`ORGANIZER;CN="Nord ^'Yoga^'^nX-INJECTED:1; a^^b":mailto:desk@nord.testX1`), ics);
    assert.ok(!unfold(ics).some((line) => line.startsWith('X-INJECTED')));
  });
});
