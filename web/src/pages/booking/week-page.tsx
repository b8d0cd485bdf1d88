import { api } from '../../api/api';
import type { ClassItem } from '../../api/client';
import { useApp } from '../../app-context';
import { Availability, Price } from '../../components/class-bits';
import { ErrorNotice } from '../../components/notice';
import { addDays, formatCalendarDate, formatTimeRange, isCalendarDate, localDateOf, todayIn } from '../../format';
import { useLoad } from '../../hooks/use-load';
import { useFunnelStep } from '../../hooks/use-funnel-step';
import { usePageTitle } from '../../hooks/use-page-title';
import { Link, useLocation } from '../../router';

/**
 * The public timetable, a week at a time: the seven days from today (in the organisation's time
 * zone), then the seven after, so that the first page always shows what can be booked next.
 */
export function WeekPage() {
  const { org, locale, t } = useApp();
  const { query } = useLocation();
  usePageTitle(t('week.title'));
  useFunnelStep('page_view');

  const today = todayIn(org.timeZone);
  const asked = query.get('week');
  const week = isCalendarDate(asked) && asked > today ? asked : today;
  const lastDay = addDays(week, 6);
  // Today's classes that have begun can no longer be booked.
  const from = week === today ? new Date().toISOString() : week;
  const classes = useLoad(() => api.classes({ from, to: lastDay, limit: 500 }), [week]);

  const days = new Map<string, ClassItem[]>();
  for (const cls of classes.data?.classes ?? []) {
    const day = localDateOf(cls.startsAtLocal);
    days.set(day, [...(days.get(day) ?? []), cls]);
  }

  return (
    <section>
      <h1>{t('week.title')}</h1>
      <nav className="week-nav" aria-label={t('week.title')}>
        {week === today ? (
          <span className="button button-quiet" aria-disabled="true">
            ← {t('week.previous')}
          </span>
        ) : (
          <Link className="button button-quiet" to={`/?week=${addDays(week, -7)}`}>
            ← {t('week.previous')}
          </Link>
        )}
        <h2 className="week-range">
          {t('week.range', {
            from: formatCalendarDate(week, 'shortDay', locale),
            to: formatCalendarDate(lastDay, 'shortDay', locale),
          })}
        </h2>
        <Link className="button button-quiet" to={`/?week=${addDays(week, 7)}`}>
          {t('week.next')} →
        </Link>
      </nav>
      <p className="muted">{t('week.timeZone', { zone: org.timeZone })}</p>

      {classes.error !== null && <ErrorNotice error={classes.error} />}
      {classes.loading && !classes.data && <p>{t('app.loading')}</p>}
      {classes.data && days.size === 0 && <p className="empty">{t('week.empty')}</p>}
      {[...days].map(([day, list]) => (
        <section key={day} className="day">
          <h3>{formatCalendarDate(day, 'day', locale)}</h3>
          <ul className="class-list">
            {list.map((cls) => (
              <li key={cls.id}>
                <Link
                  to={`/classes/${cls.id}`}
                  className={cls.status === 'cancelled' ? 'class-card class-card-off' : 'class-card'}
                >
                  <span className="class-time">{formatTimeRange(cls.startsAt, cls.endsAt, locale, cls.timeZone)}</span>
                  <span className="class-main">
                    <span className="class-title">{cls.title}</span>
                    <span className="muted">
                      {[cls.instructorName && t('class.with', { name: cls.instructorName }), cls.location]
                        .filter(Boolean)
                        .join(' · ')}
                    </span>
                  </span>
                  <span className="class-side">
                    <span className="class-price">
                      <Price money={cls.price} />
                    </span>
                    <Availability cls={cls} />
                  </span>
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </section>
  );
}
