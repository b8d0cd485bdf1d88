import { scrollRegion } from '../../components/scroll-region';
import { useState } from 'react';
import { api } from '../../api/api';
import type { Booking, ClassItem, DateOverride, TimeOff, WeeklyHours } from '../../api/client';
import { useApp } from '../../app-context';
import { MapLink, PhoneLink } from '../../components/appointment-bits';
import { CalendarFeed } from '../../components/calendar-feed';
import { Price, StatusBadge, paymentText } from '../../components/class-bits';
import { CancelBookingDialog, PaymentActions } from './payment-actions';
import { ErrorNotice, Notice } from '../../components/notice';
import { addDays, formatCalendarDate, formatTimeRange, isCalendarDate, todayIn } from '../../format';
import { useLoad } from '../../hooks/use-load';
import { usePageTitle } from '../../hooks/use-page-title';
import { Link, useLocation } from '../../router';
import { AdminLayout } from './admin-layout';
import { LifecycleActions } from './lifecycle-actions';
import { MoveAppointmentButton, MoveAppointmentDialog } from './move-appointment';

export function ProviderSchedulePage({ providerId }: { providerId: string }) {
  return (
    <AdminLayout section="providers">
      <ProviderSchedule providerId={providerId} />
    </AdminLayout>
  );
}

type View = 'day' | 'week';

interface Span {
  start: number;
  end: number;
}

/** The wall-clock date and minute of the day of an instant in a time zone. */
function wallClock(iso: string, timeZone: string): { date: string; minutes: number } {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(new Date(iso))
      .map((part) => [part.type, part.value]),
  );
  return { date: `${parts.year}-${parts.month}-${parts.day}`, minutes: Number(parts.hour) * 60 + Number(parts.minute) };
}

/** ISO weekday of a calendar date: 1 = Monday … 7 = Sunday. */
const isoWeekday = (date: string): number => ((new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7) + 1;

const minutesOf = (time: string): number => {
  const [hours = 0, minutes = 0] = time.split(':').map(Number);
  return hours * 60 + minutes;
};

/** The provider's working hours on a date: the date's override if it has one, else the week's. */
function hoursOn(date: string, weekly: WeeklyHours, overrides: DateOverride[]) {
  const override = overrides.find((entry) => entry.date === date);
  const intervals = override
    ? override.closed
      ? []
      : override.intervals
    : weekly.intervals.filter((interval) => interval.weekday === isoWeekday(date));
  return {
    changed: override !== undefined,
    intervals: [...intervals].sort((a, b) => a.start.localeCompare(b.start)),
  };
}

/** The part of a time off that falls on a date, in minutes of the provider's day. */
function timeOffOn(date: string, entry: TimeOff, zone: string): Span | null {
  const from = wallClock(entry.startsAt, zone);
  const to = wallClock(entry.endsAt, zone);
  if (from.date > date || to.date < date) return null;
  const span = { start: from.date < date ? 0 : from.minutes, end: to.date > date ? 24 * 60 : to.minutes };
  return span.end > span.start ? span : null;
}

/** A provider's appointments for a day or a week, beside their working hours (staff). */
function ProviderSchedule({ providerId }: { providerId: string }) {
  const { t, user } = useApp();
  const { query } = useLocation();
  const view: View = query.get('view') === 'week' ? 'week' : 'day';
  const [notice, setNotice] = useState<string | null>(null);
  const [markError, setMarkError] = useState<unknown>(null);
  const setup = useLoad(
    () =>
      Promise.all([
        api.provider(providerId),
        api.weeklyHours(providerId),
        api.overrides(providerId),
        api.timeOff(providerId),
      ]),
    [providerId],
  );
  const provider = setup.data?.[0];
  const zone = setup.data ? (provider?.timeZone ?? setup.data[1].timeZone) : null;
  const asked = query.get('date');
  const date = isCalendarDate(asked) ? asked : zone ? todayIn(zone) : null;
  const first = date && view === 'week' ? addDays(date, 1 - isoWeekday(date)) : date;
  const days = first ? Array.from({ length: view === 'week' ? 7 : 1 }, (_, index) => addDays(first, index)) : [];
  const last = days.at(-1) ?? null;
  // The list's dates are in the organisation's zone and the provider's may differ: ask a day more on
  // each side, and place each appointment by its start on the provider's own clock.
  const bookings = useLoad(
    () =>
      first && last
        ? api.bookings({ providerId, kind: 'appointment', from: addDays(first, -1), to: addDays(last, 1), limit: 500 })
        : Promise.resolve(null),
    [providerId, first, last],
  );
  // The classes they teach take their time too (the server refuses a 1:1 over one): shown with the day.
  const teaching = useLoad(
    () =>
      first && last
        ? api.classes({ providerId, status: 'scheduled', from: addDays(first, -1), to: addDays(last, 1), limit: 500 })
        : Promise.resolve(null),
    [providerId, first, last],
  );
  usePageTitle(provider ? t('schedule.title', { name: provider.name }) : t('admin.providers'));

  if (setup.error !== null) return <ErrorNotice error={setup.error} />;
  if (!setup.data || !provider || !zone || !date || !first) return <p>{t('app.loading')}</p>;
  const [, weekly, { overrides }, { timeOff }] = setup.data;
  const step = view === 'week' ? 7 : 1;
  const link = (nextDate: string, nextView: View = view) =>
    `/admin/providers/${providerId}/schedule?date=${nextDate}&view=${nextView}`;
  const byDay = new Map<string, Booking[]>(days.map((day) => [day, []]));
  const inOrder = [...(bookings.data?.bookings ?? [])].sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  for (const booking of inOrder) {
    byDay.get(wallClock(booking.startsAt, zone).date)?.push(booking);
  }
  const classesByDay = new Map<string, ClassItem[]>(days.map((day) => [day, []]));
  for (const cls of teaching.data?.classes ?? []) classesByDay.get(wallClock(cls.startsAt, zone).date)?.push(cls);
  const changed = (message: string) => {
    setMarkError(null);
    setNotice(message);
    bookings.reload();
  };

  return (
    <section>
      <p>
        <Link to={`/admin/providers/${providerId}`}>← {provider.name}</Link>
      </p>
      <div className="heading-row">
        <h1>{t('schedule.title', { name: provider.name })}</h1>
        <Link className="button button-primary" to={`/admin/appointments/new?providerId=${providerId}&date=${date}`}>
          {t('appointmentForm.open')}
        </Link>
      </div>
      <nav className="schedule-nav" aria-label={t('schedule.navigation')}>
        <span className="row-actions">
          <Link className="button button-small" to={link(addDays(date, -step))}>
            {t(view === 'week' ? 'schedule.previousWeek' : 'schedule.previousDay')}
          </Link>
          <Link className="button button-small" to={link(todayIn(zone))}>
            {t('schedule.today')}
          </Link>
          <Link className="button button-small" to={link(addDays(date, step))}>
            {t(view === 'week' ? 'schedule.nextWeek' : 'schedule.nextDay')}
          </Link>
        </span>
        <span className="row-actions">
          <Link
            className="button button-small"
            to={link(date, 'day')}
            aria-current={view === 'day' ? 'page' : undefined}
          >
            {t('schedule.day')}
          </Link>
          <Link
            className="button button-small"
            to={link(date, 'week')}
            aria-current={view === 'week' ? 'page' : undefined}
          >
            {t('schedule.week')}
          </Link>
        </span>
      </nav>
      <p className="muted">{t('hours.zoneNote', { zone })}</p>
      {notice && <Notice kind="success">{notice}</Notice>}
      {markError !== null && <ErrorNotice error={markError} />}
      {bookings.error !== null && <ErrorNotice error={bookings.error} />}
      {days.map((day) => (
        <ScheduleDay
          key={day}
          date={day}
          zone={zone}
          hours={hoursOn(day, weekly, overrides)}
          timeOff={timeOff.map((entry) => timeOffOn(day, entry, zone)).filter((span): span is Span => span !== null)}
          bookings={byDay.get(day) ?? []}
          classes={classesByDay.get(day) ?? []}
          loading={bookings.loading && !bookings.data}
          onDone={changed}
          onError={(error) => {
            setNotice(null);
            setMarkError(error);
          }}
        />
      ))}
      {(user?.role === 'admin' || (user && provider.userId === user.id)) && (
        <CalendarFeed
          load={() => api.providerCalendar(providerId)}
          replace={() => api.replaceProviderCalendar(providerId)}
          title="studio.feed.providerTitle"
          hint="studio.feed.providerHint"
        />
      )}
    </section>
  );
}

function ScheduleDay({
  date,
  zone,
  hours,
  timeOff,
  bookings,
  classes,
  loading,
  onDone,
  onError,
}: {
  date: string;
  zone: string;
  hours: ReturnType<typeof hoursOn>;
  timeOff: Span[];
  bookings: Booking[];
  classes: ClassItem[];
  loading: boolean;
  onDone(message: string): void;
  onError(error: unknown): void;
}) {
  const { t, locale } = useApp();
  const [moving, setMoving] = useState<Booking | null>(null);
  const [cancelling, setCancelling] = useState<Booking | null>(null);
  const working = hours.intervals.map((interval) => ({
    start: minutesOf(interval.start),
    end: minutesOf(interval.end),
  }));
  const booked = [...bookings.filter((booking) => booking.status !== 'cancelled'), ...classes].map((item) => {
    const start = wallClock(item.startsAt, zone);
    const end = wallClock(item.endsAt, zone);
    return { id: item.id, start: start.minutes, end: end.date > start.date ? 24 * 60 : end.minutes };
  });
  const headingId = `day-${date}`;
  return (
    <section className="schedule-day" aria-labelledby={headingId}>
      <h2 id={headingId}>{formatCalendarDate(date, 'day', locale)}</h2>
      <p className="muted">
        {working.length === 0
          ? t('schedule.noHours')
          : t('schedule.hours', {
              hours: hours.intervals.map((interval) => `${interval.start}–${interval.end}`).join(', '),
            })}
        {hours.changed && ` ${t('schedule.dateChanged')}`}
        {timeOff.length > 0 && ` ${t('schedule.timeOff')}`}
      </p>
      <DayBar working={working} timeOff={timeOff} booked={booked} />
      {classes.length > 0 && (
        <ul className="schedule-classes" data-testid="schedule-classes">
          {classes.map((cls) => (
            <li key={cls.id}>
              {t('schedule.teaching')}{' '}
              <span className="nowrap">{formatTimeRange(cls.startsAt, cls.endsAt, locale, zone)}</span>{' '}
              <Link to={`/admin/classes/${cls.id}`}>{cls.title}</Link>{' '}
              <span className="muted">
                {t('schedule.classBooked', { taken: cls.maxSpots - cls.spotsLeft, max: cls.maxSpots })}
              </span>
            </li>
          ))}
        </ul>
      )}
      {loading && <p>{t('app.loading')}</p>}
      {!loading && bookings.length === 0 && <p className="empty">{t('schedule.none')}</p>}
      {bookings.length > 0 && (
        <div className="table-wrap" {...scrollRegion(t('admin.bookings'))}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('schedule.time')}</th>
                <th scope="col">{t('bookings.customer')}</th>
                <th scope="col">{t('schedule.service')}</th>
                <th scope="col">{t('bookings.status')}</th>
                <th scope="col">{t('bookings.payment')}</th>
                <th scope="col">{t('admin.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {bookings.map((booking) => (
                <tr key={booking.id} className={booking.status === 'cancelled' ? 'row-off' : undefined}>
                  <td className="nowrap">{formatTimeRange(booking.startsAt, booking.endsAt, locale, zone)}</td>
                  <td>
                    {booking.customer?.name}
                    <div className="muted break">{booking.customer?.email}</div>
                    {booking.appointment?.phone && (
                      <div className="muted">
                        <PhoneLink phone={booking.appointment.phone} />
                      </div>
                    )}
                  </td>
                  <td>
                    {booking.appointment?.service.name ?? booking.title}
                    <div className="muted">
                      <Where booking={booking} />
                    </div>
                  </td>
                  <td>
                    <StatusBadge status={booking.status} />
                  </td>
                  <td className="nowrap">
                    <Price money={booking.price} />
                    {booking.price.amount > 0 && <div className="muted">{paymentText(booking, t)}</div>}
                  </td>
                  <td>
                    <span className="row-actions">
                      <PaymentActions booking={booking} onDone={onDone} />
                      <LifecycleActions booking={booking} onDone={onDone} onError={onError} />
                      <MoveAppointmentButton booking={booking} onOpen={() => setMoving(booking)} />
                      {(booking.status === 'pending' || booking.status === 'confirmed') && (
                        <button
                          type="button"
                          className="button button-small button-danger-quiet"
                          onClick={() => setCancelling(booking)}
                          aria-label={`${t('bookings.cancel')}: ${booking.customer?.name ?? ''}`}
                        >
                          {t('bookings.cancel')}
                        </button>
                      )}
                    </span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {cancelling && (
        <CancelBookingDialog
          booking={cancelling}
          onCancelled={(message) => {
            setCancelling(null);
            onDone(message);
          }}
          onClose={() => setCancelling(null)}
        />
      )}
      {moving && (
        <MoveAppointmentDialog
          booking={moving}
          onClose={() => setMoving(null)}
          onDone={(message) => {
            setMoving(null);
            onDone(message);
          }}
        />
      )}
    </section>
  );
}

/** Where an appointment is: a video meeting (with its link to join, once made), the customer's address on a map, a location. */
function Where({ booking }: { booking: Booking }) {
  const { t } = useApp();
  const appointment = booking.appointment;
  if (!appointment) return null;
  if (appointment.service.locationMode === 'remote') {
    return (
      <>
        {t('schedule.remote')}
        {appointment.videoUrl && (
          <>
            {' · '}
            <a
              href={appointment.videoUrl}
              target="_blank"
              rel="noopener noreferrer"
              aria-label={t('schedule.joinWith', { name: booking.customer?.name ?? '' })}
            >
              {t('schedule.join')}
            </a>
          </>
        )}
      </>
    );
  }
  if (appointment.service.locationMode === 'at_customer') {
    return appointment.address ? <MapLink address={appointment.address} /> : t('schedule.atCustomer');
  }
  return appointment.location ?? null;
}

/**
 * The day at a glance: working hours shaded, time off hatched, appointments as blocks. The same
 * facts are in the text and the table, so the bar is hidden from screen readers.
 */
function DayBar({ working, timeOff, booked }: { working: Span[]; timeOff: Span[]; booked: (Span & { id: string })[] }) {
  const all = [...working, ...timeOff, ...booked];
  const from = Math.min(7 * 60, ...all.map((span) => Math.floor(span.start / 60) * 60));
  const to = Math.max(19 * 60, ...all.map((span) => Math.ceil(span.end / 60) * 60));
  const place = (span: Span) => ({
    left: `${((span.start - from) / (to - from)) * 100}%`,
    width: `${((span.end - span.start) / (to - from)) * 100}%`,
  });
  const hours = Array.from({ length: (to - from) / 60 + 1 }, (_, index) => from / 60 + index);
  return (
    <div className="day-bar" aria-hidden="true">
      <div className="day-bar-track">
        {working.map((span) => (
          <span key={`w${span.start}`} className="day-bar-hours" style={place(span)} />
        ))}
        {timeOff.map((span) => (
          <span key={`o${span.start}`} className="day-bar-off" style={place(span)} />
        ))}
        {booked.map((span) => (
          <span key={span.id} className="day-bar-booked" style={place(span)} />
        ))}
      </div>
      <div className="day-bar-scale">
        {hours
          .filter((hour) => hour % 2 === 0)
          .map((hour) => (
            <span key={hour} style={{ left: `${((hour * 60 - from) / (to - from)) * 100}%` }}>
              {String(hour).padStart(2, '0')}
            </span>
          ))}
      </div>
    </div>
  );
}
