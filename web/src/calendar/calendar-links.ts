/*
 * "Add to calendar" for a booking: links that open the booking as a new event in Google Calendar and
 * Outlook on the web (the .ics file to download comes from the server, GET /manage/{token}/booking.ics). Times go out in UTC, so that every
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
