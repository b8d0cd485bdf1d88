import { useId } from 'react';
import type { ClassItem } from '../../api/client';
import { useApp } from '../../app-context';
import { Availability } from '../../components/class-bits';
import { firstDayOfWeek, formatCalendarDate, formatMonth, monthWeeks, weekdayNames } from '../../format';
import { Link } from '../../router';
import { useShownTimes } from '../../time-zone';

/**
 * The public schedule's month as a calendar: seven columns from the reader's first day of the week,
 * each day with its classes (time, title, spots left, and "Booked" for the signed-in customer's).
 * On a narrow screen the stylesheet turns it into a list of the days that have classes. Every class
 * is a link, so the whole month is reachable by keyboard in time order.
 */
export function MonthCalendar({
  month,
  days,
  bookedIds,
  zoneNamed,
  today,
}: {
  month: string;
  /** Today's date on the page's clock: days before it are shown as past, today marked. */
  today: string;
  /** The classes of each day, by the date of the clock they are shown on. */
  days: Map<string, ClassItem[]>;
  bookedIds: Set<string>;
  /** Whether each time names its zone (the page shows several), else the page names the one. */
  zoneNamed: boolean;
}) {
  const { locale, t } = useApp();
  const times = useShownTimes();
  const timeOf = (cls: ClassItem) => {
    const time = times.instant(cls.startsAt, 'time', cls.timeZone);
    return zoneNamed ? t('time.inZone', { time, zone: times.zoneFor(cls.timeZone) }) : time;
  };
  const headingId = useId();
  const firstDay = firstDayOfWeek(locale);
  const names = weekdayNames(locale, 'short', firstDay);

  return (
    <section className="month-calendar" aria-labelledby={headingId}>
      <h2 id={headingId} className="visually-hidden">
        {t('schedule.calendar', { month: formatMonth(month, locale) })}
      </h2>
      <div className="month-calendar-head" aria-hidden="true">
        {names.map((name) => (
          <span key={name}>{name}</span>
        ))}
      </div>
      <ol className="month-calendar-days">
        {monthWeeks(month, firstDay)
          .flat()
          .map(({ date, inMonth }) => {
            if (!inMonth) return <li key={date} className="month-calendar-pad" aria-hidden="true" />;
            const list = days.get(date) ?? [];
            // Only days with classes are headings: a screen reader's list of headings is the month's classes.
            const Heading = list.length > 0 ? 'h3' : 'div';
            return (
              <li
                key={date}
                className={[
                  'month-calendar-day',
                  list.length > 0 ? '' : 'month-calendar-free',
                  date < today ? 'month-calendar-past' : '',
                  date === today ? 'month-calendar-today' : '',
                ]
                  .filter(Boolean)
                  .join(' ')}
                aria-current={date === today ? 'date' : undefined}
              >
                <Heading className="month-calendar-heading">
                  <span className="month-calendar-number" aria-hidden="true">
                    {Number(date.slice(8))}
                  </span>
                  <span className="month-calendar-date">{formatCalendarDate(date, 'day', locale)}</span>
                </Heading>
                {list.length > 0 && (
                  <ul>
                    {list.map((cls) => (
                      <li key={cls.id}>
                        <Link
                          to={`/classes/${cls.id}`}
                          className={cls.status === 'cancelled' ? 'month-class month-class-off' : 'month-class'}
                        >
                          <span className="class-time">{timeOf(cls)}</span>{' '}
                          <span className="month-class-title">{cls.title}</span>
                          {bookedIds.has(cls.id) && <span className="badge">{t('recurring.booked')}</span>}{' '}
                          <Availability cls={cls} />
                        </Link>
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            );
          })}
      </ol>
    </section>
  );
}
