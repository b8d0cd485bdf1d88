import type { Booking } from '../api/client';
import { type AppContextValue, useApp } from '../app-context';
import { type CalendarEvent, googleCalendarUrl, icsHref, outlookCalendarUrl } from '../calendar/calendar-links';

/** A booking as a calendar event: the title, place and link the confirmation mail's .ics also carries. */
export function bookingEvent(
  booking: Booking,
  orgName: string,
  manageUrl: string,
  t: AppContextValue['t'],
): CalendarEvent {
  const appointment = booking.appointment;
  // One line: calendars show the location as a single line (and use it to find the place on a map).
  const location = (
    booking.class?.location ??
    appointment?.location ??
    appointment?.address ??
    appointment?.videoUrl ??
    ''
  )
    .split(/\s*[\r\n]+\s*/)
    .filter(Boolean)
    .join(', ');
  const description = [
    appointment && t('class.with', { name: appointment.provider.name }),
    appointment?.videoUrl && appointment.videoUrl !== location ? appointment.videoUrl : null,
    manageUrl,
  ]
    .filter(Boolean)
    .join('\n');
  return {
    uid: `booking-${booking.id}@slotwise`,
    title: `${booking.title} (${orgName})`,
    start: booking.startsAt,
    end: booking.endsAt,
    location,
    description,
    url: manageUrl,
  };
}

/** Download an .ics, or open the booking as a new event in Google Calendar or Outlook. */
export function AddToCalendar({ booking, manageUrl }: { booking: Booking; manageUrl: string }) {
  const { org, t } = useApp();
  const event = bookingEvent(booking, org.name, manageUrl, t);
  return (
    <section className="add-to-calendar" aria-labelledby="add-to-calendar-title">
      <h2 id="add-to-calendar-title">{t('calendar.title')}</h2>
      <p className="link-row">
        <a className="button button-quiet" href={icsHref(event)} download="booking.ics">
          {t('calendar.ics')}
        </a>
        <a className="button button-quiet" href={googleCalendarUrl(event)} target="_blank" rel="noopener noreferrer">
          {t('calendar.google')}
        </a>
        <a className="button button-quiet" href={outlookCalendarUrl(event)} target="_blank" rel="noopener noreferrer">
          {t('calendar.outlook')}
        </a>
      </p>
    </section>
  );
}
