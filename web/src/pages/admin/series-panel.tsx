import { useState } from 'react';
import type { ClassItem } from '../../api/client';
import { seriesApi } from '../../api/series-api';
import { useApp } from '../../app-context';
import { Field } from '../../components/field';
import { ErrorNotice, Notice } from '../../components/notice';
import { formatInstant, formatTimeRange } from '../../format';
import { useAttempt } from '../../hooks/use-attempt';
import { useLoad } from '../../hooks/use-load';
import { Link } from '../../router';

/**
 * A class's series on its admin page: the occurrences (editing and cancelling with a scope are the
 * class's own Edit and Cancel), then duplicating the class and saving it as a template.
 */
export function SeriesPanel({ cls }: { cls: ClassItem }) {
  const { t, locale } = useApp();
  const series = useLoad(
    () => (cls.seriesId ? seriesApi.get(cls.seriesId) : Promise.resolve(null)),
    [cls.seriesId, cls.status],
  );
  const [done, setDone] = useState<string | null>(null);
  const [date, setDate] = useState('');
  const [name, setName] = useState('');
  const { busy, error, attempt } = useAttempt();

  const duplicate = () =>
    attempt(async () => {
      await seriesApi.duplicate(cls.id, date);
      setDone(t('recurring.duplicated'));
    });
  const saveTemplate = () =>
    attempt(async () => {
      await seriesApi.saveTemplate(cls.id, name.trim());
      setName('');
      setDone(t('recurring.templateSaved'));
    });

  return (
    <section className="series-panel">
      {done && <Notice kind="success">{done}</Notice>}
      {error !== null && <ErrorNotice error={error} />}
      {series.data && (
        <>
          <h2>{t('recurring.series')}</h2>
          <ul className="series-occurrences">
            {series.data.classes.map((item) => (
              <li key={item.id}>
                <Link to={`/admin/classes/${item.id}`} aria-current={item.id === cls.id ? 'page' : undefined}>
                  {formatInstant(item.startsAt, 'day', locale, item.timeZone)},{' '}
                  {formatTimeRange(item.startsAt, item.endsAt, locale, item.timeZone)}
                </Link>
                {item.status === 'cancelled' && <span className="badge">{t('class.cancelled')}</span>}
                {item.seriesException && <span className="muted"> · {t('recurring.exception')}</span>}
              </li>
            ))}
          </ul>
        </>
      )}
      <form
        className="filters"
        onSubmit={(event) => {
          event.preventDefault();
          void duplicate();
        }}
      >
        <Field label={t('recurring.duplicateTo')}>
          {(control) => (
            <input {...control} type="date" required value={date} onChange={(e) => setDate(e.target.value)} />
          )}
        </Field>
        <button type="submit" className="button button-small" disabled={busy}>
          {t('recurring.duplicate')}
        </button>
      </form>
      <form
        className="filters"
        onSubmit={(event) => {
          event.preventDefault();
          void saveTemplate();
        }}
      >
        <Field label={t('recurring.templateName')}>
          {(control) => (
            <input {...control} required maxLength={200} value={name} onChange={(e) => setName(e.target.value)} />
          )}
        </Field>
        <button type="submit" className="button button-small" disabled={busy}>
          {t('recurring.saveTemplate')}
        </button>
      </form>
    </section>
  );
}
