// The web app's "add to calendar": the .ics it offers for download and the Google and Outlook links.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  type CalendarEvent,
  googleCalendarUrl,
  icsFile,
  outlookCalendarUrl,
} from '../../web/src/calendar/calendar-links.ts';

const event = (text: string): CalendarEvent => ({
  uid: 'booking-1@slotwise',
  title: text,
  start: '2026-03-29T07:00:00.000Z',
  end: '2026-03-29T08:30:00.000Z',
  location: text,
  description: text,
  url: 'http://slotwise.test/manage/abc',
});

/** The logical lines of an .ics file: folded continuations joined back. */
const unfold = (ics: string) => ics.replace(/\r\n /g, '').split('\r\n');

describe('add to calendar', () => {
  test('the .ics has one event in UTC with the booking UID, lines ended by CRLF', () => {
    const ics = icsFile(event('Massage (Studio)'), new Date('2026-03-01T12:00:00Z'));
    const lines = unfold(ics);
    for (const line of [
      'BEGIN:VCALENDAR',
      'UID:booking-1@slotwise',
      `SEQUENCE:${Date.parse('2026-03-01T12:00:00Z') / 1000}`,
      'DTSTAMP:20260301T120000Z',
      'DTSTART:20260329T070000Z',
      'DTEND:20260329T083000Z',
      'SUMMARY:Massage (Studio)',
      'URL:http://slotwise.test/manage/abc',
      'END:VCALENDAR',
    ]) {
      assert.ok(lines.includes(line), line);
    }
    assert.equal(ics.replace(/\r\n/g, '').search(/[\r\n]/), -1, 'no bare CR or LF');
  });

  test('text cannot start a property of its own; commas, semicolons and line breaks are escaped', () => {
    for (const text of ['Hall\rX-INJECTED:1', 'Hall\nX-INJECTED:1', 'Hall\u000bX-INJECTED:1']) {
      const ics = icsFile(event(text));
      assert.equal(ics.replace(/\r\n/g, '').search(/[\r\n]/), -1, JSON.stringify(text));
      assert.ok(!unfold(ics).some((line) => line.startsWith('X-INJECTED')), JSON.stringify(text));
    }
    assert.ok(
      unfold(icsFile(event('Götgatan 1, Stockholm; 2 tr\nDoor 12'))).includes(
        'LOCATION:Götgatan 1\\, Stockholm\\; 2 tr\\nDoor 12',
      ),
    );
  });

  test('long lines fold at 75 octets without splitting a character', () => {
    const ics = icsFile(event('Å'.repeat(100)));
    for (const line of ics.split('\r\n')) assert.ok(new TextEncoder().encode(line).length <= 75, line);
    assert.ok(unfold(ics).includes(`SUMMARY:${'Å'.repeat(100)}`));
    assert.ok(!ics.includes('\uFFFD'));
  });

  test('Google and Outlook get the same instants, the title, the place and the details', () => {
    const google = new URL(googleCalendarUrl(event('Cleaning & more')));
    assert.equal(google.origin + google.pathname, 'https://calendar.google.com/calendar/render');
    assert.equal(google.searchParams.get('action'), 'TEMPLATE');
    assert.equal(google.searchParams.get('dates'), '20260329T070000Z/20260329T083000Z');
    assert.equal(google.searchParams.get('text'), 'Cleaning & more');
    assert.equal(google.searchParams.get('location'), 'Cleaning & more');
    const outlook = new URL(outlookCalendarUrl(event('Cleaning & more')));
    assert.equal(outlook.origin, 'https://outlook.live.com');
    assert.equal(outlook.searchParams.get('startdt'), '2026-03-29T07:00:00Z');
    assert.equal(outlook.searchParams.get('enddt'), '2026-03-29T08:30:00Z');
    assert.equal(outlook.searchParams.get('subject'), 'Cleaning & more');
    assert.equal(outlook.searchParams.get('rru'), 'addevent');
  });
});
