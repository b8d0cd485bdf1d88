import { useEffect } from 'react';
import { api } from '../../api/api';
import { seriesApi } from '../../api/series-api';
import type { ClassItem } from '../../api/client';
import { useApp } from '../../app-context';
import { PriceAndSpots } from '../../components/class-bits';
import { ErrorNotice } from '../../components/notice';
import {
  addDays,
  addMonths,
  formatCalendarDate,
  formatMonth,
  dateIn,
  isCalendarDate,
  lastDayOfMonth,
  monthOf,
  todayIn,
} from '../../format';
import { useLoad } from '../../hooks/use-load';
import { appointmentsOnly, useLoadOffers } from '../../hooks/use-offers';
import { useFunnelStep } from '../../hooks/use-funnel-step';
import { usePageTitle } from '../../hooks/use-page-title';
import { Link, navigate, useLocation } from '../../router';
import { ZoneToggle, useShownTimes } from '../../time-zone';
import { MonthCalendar } from './month-calendar';

const filterKeys = ['providerId', 'locationId', 'classTypeId'] as const;
type FilterKey = (typeof filterKeys)[number];

/**
 * The public timetable, a week at a time: the seven days from today (in the organisation's time
 * zone), then the seven after, so that the first page always shows what can be booked next.
 */
export function WeekPage() {
  const { org, locale, t, user } = useApp();
  const times = useShownTimes();
  const { query } = useLocation();
  usePageTitle(t('week.title'));
  useFunnelStep('page_view');

  const today = todayIn(org.timeZone);
  // Filters and the month view live in the query, so a link shares exactly what is shown.
  const filters = Object.fromEntries(
    filterKeys.flatMap((key) => {
      const value = query.get(key);
      return value ? [[key, value]] : [];
    }),
  ) as Partial<Record<FilterKey, string>>;
  const monthView = query.get('view') === 'month';
  const askedMonth = query.get('month') ?? '';
  const month = /^\d{4}-\d{2}$/.test(askedMonth) && askedMonth > monthOf(today) ? askedMonth : monthOf(today);
  const asked = query.get('week');
  const week = isCalendarDate(asked) && asked > today ? asked : today;
  const firstDay = monthView ? (month === monthOf(today) ? today : `${month}-01`) : week;
  const lastDay = monthView ? lastDayOfMonth(month) : addDays(week, 6);
  // Today's classes that have begun can no longer be booked.
  const from = firstDay === today ? new Date().toISOString() : firstDay;
  const filterKey = JSON.stringify(filters);
  const classes = useLoad(
    () => api.classes({ from, to: lastDay, limit: 500, ...filters }),
    [firstDay, lastDay, filterKey],
  );
  const booked = useLoad(
    () => (user ? seriesApi.bookedClasses(firstDay, lastDay) : Promise.resolve({ classIds: [] as string[] })),
    [firstDay, lastDay, user?.id],
  );
  const bookedIds = new Set(booked.data?.classIds ?? []);
  // Instructors are the providers named on classes to come: a provider who teaches none would filter the week empty.
  const instructors = useLoad(() => api.classInstructors(), []);
  const locations = useLoad(() => api.locations(), []);
  const classTypes = useLoad(() => api.classTypes(), []);
  // A practice with no classes, only appointments: its first page is its services, not an empty week.
  // Asked when the page opens rather than taken from the navigation's answer, which may be older: an
  // admin may just have added the first class.
  const offers = useLoadOffers();
  const toServices = appointmentsOnly(offers.data);
  useEffect(() => {
    if (toServices) navigate('/services', { replace: true });
  }, [toServices]);
  const choices: Record<FilterKey, { id: string; name: string }[]> = {
    providerId: instructors.data?.instructors ?? [],
    locationId: locations.data?.locations ?? [],
    classTypeId: classTypes.data?.classTypes ?? [],
  };

  const linkTo = (changes: Record<string, string | null>) => {
    const next = new URLSearchParams(query);
    for (const [key, value] of Object.entries(changes)) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    const text = next.toString();
    return text ? `/?${text}` : '/';
  };

  // Days are the days of the clock the times are shown on: 01:00 in Stockholm is the evening before in New York.
  const days = new Map<string, ClassItem[]>();
  for (const cls of classes.data?.classes ?? []) {
    const day = dateIn(cls.startsAt, times.zoneFor(cls.timeZone));
    days.set(day, [...(days.get(day) ?? []), cls]);
  }
  // A studio with locations abroad shows several zones: each time then names its own.
  const zones = [...new Set((classes.data?.classes ?? []).map((cls) => cls.timeZone))];
  const shownZones = [...new Set((zones.length > 0 ? zones : [org.timeZone]).map(times.zoneFor))];
  const oneZone = shownZones.length === 1 ? shownZones[0] : undefined;
  const timeOf = (cls: ClassItem) => {
    const range = times.range(cls.startsAt, cls.endsAt, cls.timeZone);
    return oneZone ? range : t('time.inZone', { time: range, zone: times.zoneFor(cls.timeZone) });
  };
  const atStart = monthView ? month === monthOf(today) : week === today;
  const previous = monthView ? linkTo({ month: addMonths(month, -1) }) : linkTo({ week: addDays(week, -7) });
  const next = monthView ? linkTo({ month: addMonths(month, 1) }) : linkTo({ week: addDays(week, 7) });

  // Until it is known whether there are classes at all, a practice's visitor is not shown a timetable;
  // a week with classes in it says so already, and is shown without waiting for the rest.
  const weekHasClasses = classes.data !== undefined && days.size > 0;
  if (toServices || (!weekHasClasses && !offers.data && offers.error === null)) return <p>{t('app.loading')}</p>;

  return (
    <section>
      <h1>{t('week.title')}</h1>
      <nav className="week-nav" aria-label={t('week.title')}>
        {atStart ? (
          <span className="button button-quiet" aria-disabled="true">
            ← {t(monthView ? 'recurring.previousMonth' : 'week.previous')}
          </span>
        ) : (
          <Link className="button button-quiet" to={previous}>
            ← {t(monthView ? 'recurring.previousMonth' : 'week.previous')}
          </Link>
        )}
        <h2 className="week-range">
          {monthView
            ? formatMonth(month, locale)
            : t('week.range', {
                from: formatCalendarDate(week, 'shortDay', locale),
                to: formatCalendarDate(lastDay, 'shortDay', locale),
              })}
        </h2>
        <Link className="button button-quiet" to={next}>
          {t(monthView ? 'recurring.nextMonth' : 'week.next')} →
        </Link>
      </nav>
      <div className="filters">
        <fieldset className="view-field">
          <legend className="field-label">{t('week.view')}</legend>
          <span className="view-switch">
            <Link
              className="button"
              to={linkTo({ view: null, week: null, month: null })}
              aria-current={monthView ? undefined : 'page'}
            >
              {t('recurring.weekView')}
            </Link>
            <Link
              className="button"
              to={linkTo({ view: 'month', week: null, month: null })}
              aria-current={monthView ? 'page' : undefined}
            >
              {t('recurring.monthView')}
            </Link>
          </span>
        </fieldset>
        {filterKeys.map((key) =>
          choices[key].length === 0 ? null : (
            <label key={key} className="field">
              <span className="field-label">{t(`recurring.filter.${key}`)}</span>
              <select value={filters[key] ?? ''} onChange={(e) => navigate(linkTo({ [key]: e.target.value || null }))}>
                <option value="">{t('recurring.filter.all')}</option>
                {choices[key].map((choice) => (
                  <option key={choice.id} value={choice.id}>
                    {choice.name}
                  </option>
                ))}
              </select>
            </label>
          ),
        )}
      </div>
      {oneZone && <p className="muted">{t('week.timeZone', { zone: oneZone })}</p>}
      <ZoneToggle zones={zones.length > 0 ? zones : [org.timeZone]} />

      {classes.error !== null && <ErrorNotice error={classes.error} />}
      {classes.loading && !classes.data && <p>{t('app.loading')}</p>}
      {classes.data && (offers.data || offers.error !== null) && days.size === 0 && (
        <p className="empty">
          {t(monthView ? 'axe.monthEmpty' : 'week.empty')}
          {offers.data?.services && (
            <>
              {' '}
              <Link to="/services">{t('week.orAppointment')}</Link>
            </>
          )}
        </p>
      )}
      {monthView && days.size > 0 && (
        <MonthCalendar month={month} days={days} bookedIds={bookedIds} zoneNamed={!oneZone} today={today} />
      )}
      {(monthView ? [] : [...days]).map(([day, list]) => (
        <section key={day} className="day">
          <h3>{formatCalendarDate(day, 'day', locale)}</h3>
          <ul className="class-list">
            {list.map((cls) => (
              <li key={cls.id}>
                <Link
                  to={`/classes/${cls.id}`}
                  className={cls.status === 'cancelled' ? 'class-card class-card-off' : 'class-card'}
                >
                  <span className="class-time">{timeOf(cls)}</span>
                  <span className="class-main">
                    <span className="class-title">
                      {cls.title}
                      {bookedIds.has(cls.id) && <span className="badge">{t('recurring.booked')}</span>}
                    </span>
                    <span className="muted">
                      {[cls.instructorName && t('class.with', { name: cls.instructorName }), cls.location]
                        .filter(Boolean)
                        .join(' · ')}
                    </span>
                  </span>
                  <PriceAndSpots cls={cls} />
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </section>
  );
}
