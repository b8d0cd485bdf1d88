/**
 * iCalendar (RFC 5545) for confirmation attachments and calendar feeds. Times are written in UTC
 * (`...Z`): every calendar shows them in its own zone, and a DST change cannot shift them.
 */
export interface IcsEvent {
  uid: string;
  /** Bumped whenever the event changes, so calendars replace their copy. */
  sequence: number;
  start: Date;
  end: Date;
  summary: string;
  description?: string;
  location?: string;
  url?: string;
  cancelled?: boolean;
  updatedAt: Date;
  /** Who runs the event; RFC 5546 requires it on a CANCEL, and calendars show it on the others. */
  organizer?: { name: string; email: string };
}

export function buildIcs(options: { name: string; method?: 'PUBLISH' | 'CANCEL'; events: IcsEvent[] }): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Slotwise//Slotwise//EN',
    'CALSCALE:GREGORIAN',
    `METHOD:${options.method ?? 'PUBLISH'}`,
    `X-WR-CALNAME:${escapeText(options.name)}`,
  ];
  for (const event of options.events) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${event.uid}`,
      `SEQUENCE:${event.sequence}`,
      `DTSTAMP:${utc(event.updatedAt)}`,
      `DTSTART:${utc(event.start)}`,
      `DTEND:${utc(event.end)}`,
      `SUMMARY:${escapeText(event.summary)}`,
      `STATUS:${event.cancelled ? 'CANCELLED' : 'CONFIRMED'}`,
    );
    if (event.description) lines.push(`DESCRIPTION:${escapeText(event.description)}`);
    if (event.location) lines.push(`LOCATION:${escapeText(event.location)}`);
    if (event.url) lines.push(`URL:${stripControls(event.url.replace(/[\r\n]/g, ''))}`);
    if (event.organizer)
      lines.push(`ORGANIZER;CN=${paramValue(event.organizer.name)}:mailto:${mailtoAddress(event.organizer.email)}`);
    lines.push('END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(fold).join('\r\n')}\r\n`;
}

const utc = (date: Date) =>
  date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');

/**
 * TEXT values (RFC 5545 §3.3.11): any line break, bare CR included, becomes `\\n`, and other control
 * characters are dropped — a raw CR or LF in admin-entered text would otherwise start a new property.
 */
const escapeText = (text: string) =>
  stripControls(text.replace(/\r\n|\r|\n/g, '\n'))
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\n/g, '\\n');

/**
 * A parameter value (RFC 5545 §3.2) is always quoted, since a name may hold `;`, `:` or `,`; a quote
 * cannot appear inside one, so quotes and line breaks use RFC 6868's caret escapes.
 */
const paramValue = (text: string) =>
  `"${stripControls(text.replace(/\r\n|\r|\n/g, '\n'))
    .replace(/\^/g, '^^')
    .replace(/"/g, "^'")
    .replace(/\n/g, '^n')}"`;

/** Only what an address can hold: anything else could end the property or start a new one. */
const mailtoAddress = (email: string) => email.replace(/[^\w.!#$%&'*+/=?^`{|}~@-]/g, '');

// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const stripControls = (text: string) => text.replace(/[\x00-\x09\x0b-\x1f\x7f]/g, '');

/** Lines longer than 75 octets continue on the next line after a space (RFC 5545 §3.1). */
function fold(line: string): string {
  const bytes = Buffer.from(line, 'utf8');
  if (bytes.length <= 75) return line;
  const parts: string[] = [];
  let start = 0;
  let limit = 75;
  while (start < bytes.length) {
    let end = Math.min(start + limit, bytes.length);
    // Never split a multi-byte character: back up to a character boundary.
    while (end < bytes.length && ((bytes[end] ?? 0) & 0xc0) === 0x80) end--;
    parts.push(bytes.subarray(start, end).toString('utf8'));
    start = end;
    limit = 74;
  }
  return parts.join('\r\n ');
}
