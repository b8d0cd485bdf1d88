import { api } from '../../api/api';
import type { ClassItem } from '../../api/client';
import { type SeriesScope, seriesApi } from '../../api/series-api';
import { useApp } from '../../app-context';
import { useLoad } from '../../hooks/use-load';

/** Bookings that a change or a cancellation of their class reaches (the others are over or already cancelled). */
const liveStatuses = new Set(['pending', 'confirmed']);

/**
 * The classes a scope reaches, as the server picks them (`scopeTargets` in series.service.ts): the
 * scheduled ones from this class on (`following`) or from now on (`all`); an edit skips classes
 * edited on their own, a cancellation takes them.
 */
function scopeTargets(
  classes: ClassItem[],
  anchor: ClassItem,
  scope: SeriesScope,
  skipExceptions: boolean,
  now: string,
): ClassItem[] {
  if (scope === 'this') return [anchor];
  const from = scope === 'all' ? now : anchor.startsAt;
  return classes.filter(
    (cls) =>
      cls.status === 'scheduled' &&
      cls.startsAt >= from &&
      (cls.id === anchor.id || !skipExceptions || !cls.seriesException),
  );
}

/**
 * A radio group for which classes of a series an edit or a cancellation reaches, with the number of
 * classes and live bookings each choice touches, so the admin sees the size of the change before
 * making it. The counts come from the series and one read of its bookings.
 */
export function SeriesScopeChoice({
  cls,
  scopes,
  value,
  onChange,
  skipExceptions,
  legend,
  label,
}: {
  cls: ClassItem & { seriesId: string };
  scopes: SeriesScope[];
  value: SeriesScope;
  onChange(scope: SeriesScope): void;
  skipExceptions: boolean;
  legend: string;
  label(scope: SeriesScope): string;
}) {
  const { t, tn } = useApp();
  const now = new Date().toISOString();
  const series = useLoad(() => seriesApi.get(cls.seriesId), [cls.seriesId]);
  const upcoming = (series.data?.classes ?? []).filter(
    (item) => item.status === 'scheduled' && (item.startsAt >= now || item.id === cls.id),
  );
  const first = upcoming[0];
  const last = upcoming.at(-1);
  const bookings = useLoad(
    () =>
      first && last
        ? api.bookings({ kind: 'class', from: first.startsAt, to: last.endsAt, limit: 500 })
        : Promise.resolve(null),
    [first?.startsAt, last?.endsAt],
  );
  const bookingsOf = new Map<string, number>();
  for (const booking of bookings.data?.bookings ?? []) {
    if (booking.class && liveStatuses.has(booking.status))
      bookingsOf.set(booking.class.id, (bookingsOf.get(booking.class.id) ?? 0) + 1);
  }
  const reached = series.data ? scopeTargets(series.data.classes, cls, value, skipExceptions, now) : null;

  return (
    <fieldset className="choice-list">
      <legend>{legend}</legend>
      {scopes.map((scope) => (
        <label key={scope}>
          <input
            type="radio"
            name="series-scope"
            value={scope}
            checked={value === scope}
            onChange={() => onChange(scope)}
          />{' '}
          {label(scope)}
        </label>
      ))}
      <p className="field-hint" aria-live="polite">
        {reached && bookings.data
          ? t('schedule.reaches', {
              classes: tn('schedule.classCount', reached.length),
              bookings: tn(
                'schedule.bookingCount',
                reached.reduce((sum, item) => sum + (bookingsOf.get(item.id) ?? 0), 0),
              ),
            })
          : t('app.loading')}
      </p>
    </fieldset>
  );
}
