// The web app's "add to calendar" links for Google Calendar and Outlook (the .ics comes from the server).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { type CalendarEvent, googleCalendarUrl, outlookCalendarUrl } from '../../web/src/calendar/calendar-links.ts';

const event = (text: string): CalendarEvent => ({
  uid: 'booking-1@slotwise',
  title: text,
  start: '2026-03-29T07:00:00.000Z',
  end: '2026-03-29T08:30:00.000Z',
  location: text,
  description: text,
  url: 'http://slotwise.test/manage/abc',
});

describe('add to calendar', () => {
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
