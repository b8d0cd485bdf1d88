/*
 * "Add to calendar" for a booking: an .ics file to download, and links that open the booking as
 * a new event in Google Calendar and Outlook on the web. Times go out in UTC, so that every
 * calendar shows them in its own zone.
 */

export interface CalendarEvent {
  /** The same UID as the confirmation mail's .ics, so a calendar keeps one copy of the booking. */
  uid: string;
  title: string;
  start: string;
  end: string;
  location: string;
  description: string;
  url: string;
}

/** 2026-03-29T07:00:00.000Z → 20260329T070000Z */
const basicUtc = (iso: string): string =>
  new Date(iso)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');

/** 2026-03-29T07:00:00Z: Outlook's deep link reads ISO instants. */
const isoUtc = (iso: string): string => new Date(iso).toISOString().replace(/\.\d{3}/, '');

export function googleCalendarUrl(event: CalendarEvent): string {
  const params = new URLSearchParams({
    action: 'TEMPLATE',
    text: event.title,
    dates: `${basicUtc(event.start)}/${basicUtc(event.end)}`,
    details: event.description,
    location: event.location,
  });
  return `https://calendar.google.com/calendar/render?${params}`;
}

export function outlookCalendarUrl(event: CalendarEvent): string {
  const params = new URLSearchParams({
    path: '/calendar/action/compose',
    rru: 'addevent',
    subject: event.title,
    startdt: isoUtc(event.start),
    enddt: isoUtc(event.end),
    body: event.description,
    location: event.location,
  });
  return `https://outlook.live.com/calendar/0/deeplink/compose?${params}`;
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const CONTROLS = /[\x00-\x09\x0b-\x1f\x7f]/g;

/** TEXT values (RFC 5545 §3.3.11): backslash, semicolon and comma escaped, line breaks as \n. */
const escapeText = (text: string): string =>
  text
    .replace(/\r\n|\r/g, '\n')
    .replace(CONTROLS, '')
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\n/g, '\\n');

const encoder = new TextEncoder();

/** Lines longer than 75 octets continue on the next line after a space, never inside a character. */
function fold(line: string): string {
  if (encoder.encode(line).length <= 75) return line;
  const parts: string[] = [];
  let part = '';
  let size = 0;
  for (const character of line) {
    const width = encoder.encode(character).length;
    const limit = parts.length === 0 ? 75 : 74;
    if (size + width > limit) {
      parts.push(part);
      part = '';
      size = 0;
    }
    part += character;
    size += width;
  }
  parts.push(part);
  return parts.join('\r\n ');
}

/**
 * The booking as an iCalendar file with one event. SEQUENCE follows the server's mails and feeds:
 * the seconds of the last change. A download shows the booking as it is now, so now's seconds
 * (never less than the last change) make it replace an older copy, and a later change's mail in
 * turn replaces it.
 */
export function icsFile(event: CalendarEvent, now = new Date()): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Slotwise//Slotwise//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${event.uid}`,
    `SEQUENCE:${Math.floor(now.getTime() / 1000)}`,
    `DTSTAMP:${basicUtc(now.toISOString())}`,
    `DTSTART:${basicUtc(event.start)}`,
    `DTEND:${basicUtc(event.end)}`,
    `SUMMARY:${escapeText(event.title)}`,
    'STATUS:CONFIRMED',
  ];
  if (event.description) lines.push(`DESCRIPTION:${escapeText(event.description)}`);
  if (event.location) lines.push(`LOCATION:${escapeText(event.location)}`);
  if (event.url) lines.push(`URL:${event.url.replace(/[\s]/g, '')}`);
  lines.push('END:VEVENT', 'END:VCALENDAR');
  return `${lines.map(fold).join('\r\n')}\r\n`;
}

/** A link target that downloads the file, without a round trip to the server. */
export const icsHref = (event: CalendarEvent): string =>
  `data:text/calendar;charset=utf-8,${encodeURIComponent(icsFile(event))}`;
