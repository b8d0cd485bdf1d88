import { type FormEvent, useState } from 'react';
import { api } from '../../api/api';
import type { Location, Provider, WeeklyHours } from '../../api/client';
import { useApp } from '../../app-context';
import { ErrorNotice, Notice } from '../../components/notice';
import { useLoad } from '../../hooks/use-load';
import { usePageTitle } from '../../hooks/use-page-title';
import { Link } from '../../router';
import { AdminLayout, useIsAdmin } from './admin-layout';
import { ActiveBadge, weekdayName, weekdays } from './catalogue-bits';
import {
  type IntervalRow,
  IntervalRows,
  type RowErrors,
  checkRows,
  intervalPaths,
  newRowKey,
  nextRow,
  rowErrorsFrom,
} from './interval-rows';
import { OverridesSection, TimeOffSection } from './provider-exceptions';

export function ProviderPage({ providerId }: { providerId: string }) {
  return (
    <AdminLayout section="providers">
      <ProviderSchedule providerId={providerId} />
    </AdminLayout>
  );
}

/** A provider's week, date overrides and time off: everything that decides when they can be booked. */
function ProviderSchedule({ providerId }: { providerId: string }) {
  const { t, user } = useApp();
  const isAdmin = useIsAdmin();
  const loaded = useLoad(
    () => Promise.all([api.provider(providerId), api.weeklyHours(providerId), api.locations()]),
    [providerId],
  );
  usePageTitle(loaded.data?.[0].name ?? t('admin.providers'));
  if (loaded.error !== null) return <ErrorNotice error={loaded.error} />;
  if (!loaded.data) return <p>{t('app.loading')}</p>;
  const [provider, hours, { locations }] = loaded.data;
  const zone = provider.timeZone ?? hours.timeZone;
  // The API lets a staff member block their own time off; the rest is for admins.
  const mayBlockTime = isAdmin || (user !== null && provider.userId === user.id);
  return (
    <section>
      <p>
        <Link to="/admin/providers">← {t('provider.back')}</Link>
      </p>
      <div className="heading-row">
        <h1>{provider.name}</h1>
        <Link className="button" to={`/admin/providers/${provider.id}/schedule`}>
          {t('schedule.open')}
        </Link>
        {isAdmin && (
          <Link className="button" to={`/admin/providers/${provider.id}/edit`}>
            {t('provider.edit')}
          </Link>
        )}
      </div>
      <p>
        <ActiveBadge active={provider.active} /> <span className="muted">{t('hours.zoneNote', { zone })}</span>
      </p>
      <WeeklyHoursEditor provider={provider} hours={hours} locations={locations} editable={isAdmin} />
      <OverridesSection provider={provider} zone={zone} locations={locations} editable={isAdmin} />
      <TimeOffSection provider={provider} zone={zone} editable={mayBlockTime} />
    </section>
  );
}

const rowsOf = (hours: WeeklyHours): Map<number, IntervalRow[]> =>
  new Map(
    weekdays.map((weekday) => [
      weekday,
      hours.intervals
        .filter((interval) => interval.weekday === weekday)
        .sort((a, b) => a.start.localeCompare(b.start))
        .map((interval) => ({
          key: newRowKey(),
          start: interval.start,
          end: interval.end,
          locationId: interval.locationId ?? '',
        })),
    ]),
  );

/** The whole week in one form, saved with one PUT: the API replaces the week at once. */
function WeeklyHoursEditor({
  provider,
  hours,
  locations,
  editable,
}: {
  provider: Provider;
  hours: WeeklyHours;
  locations: Location[];
  editable: boolean;
}) {
  const { locale, t } = useApp();
  const [days, setDays] = useState(() => rowsOf(hours));
  const [errors, setErrors] = useState<Map<number, RowErrors>>(new Map());
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState(false);
  const [focusKey, setFocusKey] = useState<number | null>(null);
  const zone = provider.timeZone ?? hours.timeZone;

  const changeDay = (weekday: number, change: (rows: IntervalRow[]) => IntervalRow[]) => {
    setSaved(false);
    setDays((current) => new Map(current).set(weekday, change(current.get(weekday) ?? [])));
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    setError(null);
    const all = weekdays.flatMap((weekday) => (days.get(weekday) ?? []).map((row) => ({ weekday, row })));
    const problems = checkRows(
      all.map(({ row }) => row),
      t,
    );
    setErrors(problems);
    if (problems.size > 0) return;
    setBusy(true);
    try {
      const updated = await api.saveWeeklyHours(provider.id, {
        intervals: all.map(({ weekday, row }) => ({
          weekday,
          start: row.start,
          end: row.end,
          locationId: row.locationId || null,
        })),
      });
      setDays(rowsOf(updated));
      setFocusKey(null);
      setSaved(true);
    } catch (failure) {
      setErrors(
        rowErrorsFrom(
          failure,
          all.map(({ row }) => row.key),
        ),
      );
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="schedule-section" aria-labelledby="weekly-hours">
      <h2 id="weekly-hours">{t('hours.title')}</h2>
      <p className="field-hint">{t('hours.hint', { zone })}</p>
      <form onSubmit={submit} noValidate className="stack">
        <div className="week">
          {weekdays.map((weekday) => {
            const name = weekdayName(weekday, locale);
            return (
              <fieldset key={weekday} className="day-hours">
                <legend>{name}</legend>
                <IntervalRows
                  rows={days.get(weekday) ?? []}
                  errors={errors}
                  locations={locations}
                  dayName={name}
                  editable={editable}
                  focusKey={focusKey}
                  onChange={(row) =>
                    changeDay(weekday, (rows) => rows.map((other) => (other.key === row.key ? row : other)))
                  }
                  onAdd={() => {
                    const row = nextRow(days.get(weekday) ?? []);
                    setFocusKey(row.key);
                    changeDay(weekday, (rows) => [...rows, row]);
                  }}
                  onRemove={(row) => changeDay(weekday, (rows) => rows.filter((other) => other.key !== row.key))}
                />
              </fieldset>
            );
          })}
        </div>
        {error !== null && <ErrorNotice error={error} shownFields={intervalPaths(error)} />}
        {saved && <Notice kind="success">{t('hours.saved')}</Notice>}
        {editable && (
          <button type="submit" className="button button-primary" disabled={busy}>
            {t('hours.save')}
          </button>
        )}
      </form>
    </section>
  );
}
