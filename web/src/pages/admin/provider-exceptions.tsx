import { type FormEvent, useState } from 'react';
import { api } from '../../api/api';
import type { DateOverride, Location, Provider } from '../../api/client';
import { useApp } from '../../app-context';
import { Field } from '../../components/field';
import { ErrorNotice, Notice } from '../../components/notice';
import { addDays, formatCalendarDate, formatInstant, todayIn } from '../../format';
import { useLoad } from '../../hooks/use-load';
import { DeleteButton, fieldProblemsFor, useCreateKey } from './catalogue-bits';
import {
  type IntervalRow,
  IntervalRows,
  type RowErrors,
  checkRows,
  intervalPaths,
  nextRow,
  rowErrorsFrom,
} from './interval-rows';

/** "09:00–12:00, 13:00–17:00 (Studio Söder)", or "Closed". */
function overrideText(override: DateOverride, locations: Location[], t: ReturnType<typeof useApp>['t']): string {
  if (override.closed || override.intervals.length === 0) return t('hours.closed');
  return override.intervals
    .map((interval) => {
      const where = locations.find((location) => location.id === interval.locationId)?.name;
      return `${interval.start}–${interval.end}${where ? ` (${where})` : ''}`;
    })
    .join(', ');
}

/** Upcoming dates with other hours than the week's, or closed; add one, or go back to the week's. */
export function OverridesSection({
  provider,
  zone,
  locations,
  editable,
}: {
  provider: Provider;
  zone: string;
  locations: Location[];
  editable: boolean;
}) {
  const { locale, t } = useApp();
  const loaded = useLoad(() => api.overrides(provider.id), [provider.id]);
  const [notice, setNotice] = useState<string | null>(null);
  const overrides = loaded.data?.overrides;
  return (
    <section className="schedule-section" aria-labelledby="overrides">
      <h2 id="overrides">{t('override.title')}</h2>
      <p className="field-hint">{t('override.hint', { zone })}</p>
      {notice && <Notice kind="success">{notice}</Notice>}
      {loaded.error !== null && <ErrorNotice error={loaded.error} />}
      {overrides?.length === 0 && <p className="empty">{t('override.none')}</p>}
      {overrides && overrides.length > 0 && (
        <ul className="exception-list">
          {overrides.map((override) => {
            const day = formatCalendarDate(override.date, 'day', locale);
            return (
              <li key={override.date}>
                <span>
                  <strong>{day}</strong>
                  <br />
                  <span className={override.closed ? 'badge badge-muted' : undefined}>
                    {overrideText(override, locations, t)}
                  </span>
                </span>
                {editable && (
                  <DeleteButton
                    name={day}
                    label={t('hours.remove')}
                    title={t('override.removeTitle', { day })}
                    text={t('override.removeText')}
                    onDelete={() => api.deleteOverride(provider.id, override.date)}
                    onDeleted={() => {
                      setNotice(t('override.removed', { day }));
                      loaded.reload();
                    }}
                  />
                )}
              </li>
            );
          })}
        </ul>
      )}
      {editable && (
        <OverrideForm
          provider={provider}
          zone={zone}
          locations={locations}
          onSaved={(date) => {
            setNotice(t('override.saved', { day: formatCalendarDate(date, 'day', locale) }));
            loaded.reload();
          }}
        />
      )}
    </section>
  );
}

function OverrideForm({
  provider,
  zone,
  locations,
  onSaved,
}: {
  provider: Provider;
  zone: string;
  locations: Location[];
  onSaved(date: string): void;
}) {
  const { locale, t } = useApp();
  const [date, setDate] = useState('');
  const [closed, setClosed] = useState(true);
  const [rows, setRows] = useState<IntervalRow[]>(() => [nextRow([])]);
  const [focusKey, setFocusKey] = useState<number | null>(null);
  const [dateError, setDateError] = useState<string | undefined>();
  const [errors, setErrors] = useState<Map<number, RowErrors>>(new Map());
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    const problems = closed ? new Map<number, RowErrors>() : checkRows(rows, t);
    const missingDate = date ? undefined : t('form.required');
    setErrors(problems);
    setDateError(missingDate);
    if (problems.size > 0 || missingDate) return;
    const sent = closed ? [] : rows;
    setBusy(true);
    try {
      await api.saveOverride(provider.id, date, {
        intervals: sent.map((row) => ({ start: row.start, end: row.end, locationId: row.locationId || null })),
      });
      setDate('');
      setClosed(true);
      setRows([nextRow([])]);
      onSaved(date);
    } catch (failure) {
      setErrors(
        rowErrorsFrom(
          failure,
          sent.map((row) => row.key),
        ),
      );
      setDateError(fieldProblemsFor(failure).date);
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  const dayName = date ? formatCalendarDate(date, 'shortDay', locale) : t('override.theDate');
  return (
    <form onSubmit={submit} noValidate className="stack card-form" aria-labelledby="override-add">
      <h3 id="override-add">{t('override.add')}</h3>
      <Field label={t('classForm.date')} hint={t('override.dateHint', { zone })} error={dateError}>
        {(control) => (
          <input
            {...control}
            type="date"
            min={todayIn(zone)}
            value={date}
            onChange={(event) => setDate(event.target.value)}
            required
          />
        )}
      </Field>
      <fieldset className="choices">
        <legend>{t('override.kind')}</legend>
        <label className="check">
          <input type="radio" name="override-kind" checked={closed} onChange={() => setClosed(true)} />
          {t('override.closed')}
        </label>
        <label className="check">
          <input type="radio" name="override-kind" checked={!closed} onChange={() => setClosed(false)} />
          {t('override.otherHours')}
        </label>
      </fieldset>
      {!closed && (
        <IntervalRows
          rows={rows}
          errors={errors}
          locations={locations}
          dayName={dayName}
          editable
          focusKey={focusKey}
          onChange={(row) => setRows((current) => current.map((other) => (other.key === row.key ? row : other)))}
          onAdd={() => {
            const row = nextRow(rows);
            setFocusKey(row.key);
            setRows((current) => [...current, row]);
          }}
          onRemove={(row) => setRows((current) => current.filter((other) => other.key !== row.key))}
        />
      )}
      {error !== null && <ErrorNotice error={error} shownFields={[...intervalPaths(error), 'date']} />}
      <button type="submit" className="button" disabled={busy}>
        {t('override.save')}
      </button>
    </form>
  );
}

/** Upcoming time off, with notes; block more, or give it back. */
export function TimeOffSection({ provider, zone, editable }: { provider: Provider; zone: string; editable: boolean }) {
  const { locale, t } = useApp();
  const loaded = useLoad(() => api.timeOff(provider.id), [provider.id]);
  const [notice, setNotice] = useState<string | null>(null);
  const timeOff = loaded.data?.timeOff;
  const when = (iso: string) => formatInstant(iso, 'shortDateTime', locale, zone);
  return (
    <section className="schedule-section" aria-labelledby="time-off">
      <h2 id="time-off">{t('timeOff.title')}</h2>
      {notice && <Notice kind="success">{notice}</Notice>}
      {loaded.error !== null && <ErrorNotice error={loaded.error} />}
      {timeOff?.length === 0 && <p className="empty">{t('timeOff.none')}</p>}
      {timeOff && timeOff.length > 0 && (
        <ul className="exception-list">
          {timeOff.map((entry) => {
            const range = `${when(entry.startsAt)} – ${when(entry.endsAt)}`;
            return (
              <li key={entry.id}>
                <span>
                  <strong>{range}</strong>
                  {entry.note && (
                    <>
                      <br />
                      <span className="muted">{entry.note}</span>
                    </>
                  )}
                </span>
                {editable && (
                  <DeleteButton
                    name={range}
                    label={t('hours.remove')}
                    title={t('timeOff.removeTitle')}
                    text={range}
                    onDelete={() => api.deleteTimeOff(provider.id, entry.id)}
                    onDeleted={() => {
                      setNotice(t('timeOff.removed'));
                      loaded.reload();
                    }}
                  />
                )}
              </li>
            );
          })}
        </ul>
      )}
      {editable && (
        <TimeOffForm
          provider={provider}
          zone={zone}
          onSaved={() => {
            setNotice(t('timeOff.saved'));
            loaded.reload();
          }}
        />
      )}
    </section>
  );
}

function TimeOffForm({ provider, zone, onSaved }: { provider: Provider; zone: string; onSaved(): void }) {
  const { t } = useApp();
  const tomorrow = addDays(todayIn(zone), 1);
  const initial = { fromDate: tomorrow, fromTime: '09:00', toDate: tomorrow, toTime: '17:00', note: '' };
  const [values, setValues] = useState(initial);
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<keyof typeof initial, string>>>({});
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const createKey = useCreateKey();
  const set = (name: keyof typeof initial) => (event: { target: { value: string } }) =>
    setValues((current) => ({ ...current, [name]: event.target.value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    const problems: Partial<Record<keyof typeof initial, string>> = {};
    for (const name of ['fromDate', 'fromTime', 'toDate', 'toTime'] as const)
      if (!values[name]) problems[name] = t('form.required');
    // Local date-times without an offset: the server reads them in the provider's zone.
    const startsAt = `${values.fromDate}T${values.fromTime}`;
    const endsAt = `${values.toDate}T${values.toTime}`;
    if (Object.keys(problems).length === 0 && endsAt <= startsAt) problems.toTime = t('timeOff.endBeforeStart');
    setFieldErrors(problems);
    if (Object.keys(problems).length > 0) return;
    const body = { startsAt, endsAt, note: values.note.trim() };
    setBusy(true);
    try {
      await api.addTimeOff(provider.id, body, createKey.keyFor(body));
      setValues(initial);
      onSaved();
    } catch (failure) {
      createKey.settled(failure);
      const fromServer = fieldProblemsFor(failure, { startsAt: 'fromTime', endsAt: 'toTime' });
      setFieldErrors(fromServer);
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={submit} noValidate className="stack card-form" aria-labelledby="time-off-add">
      <h3 id="time-off-add">{t('timeOff.add')}</h3>
      <p className="field-hint">{t('override.dateHint', { zone })}</p>
      <div className="field-row">
        <Field label={t('timeOff.fromDate')} error={fieldErrors.fromDate}>
          {(control) => <input {...control} type="date" value={values.fromDate} onChange={set('fromDate')} required />}
        </Field>
        <Field label={t('timeOff.fromTime')} error={fieldErrors.fromTime}>
          {(control) => <input {...control} type="time" value={values.fromTime} onChange={set('fromTime')} required />}
        </Field>
      </div>
      <div className="field-row">
        <Field label={t('timeOff.toDate')} error={fieldErrors.toDate}>
          {(control) => <input {...control} type="date" value={values.toDate} onChange={set('toDate')} required />}
        </Field>
        <Field label={t('timeOff.toTime')} error={fieldErrors.toTime}>
          {(control) => <input {...control} type="time" value={values.toTime} onChange={set('toTime')} required />}
        </Field>
      </div>
      <Field label={`${t('timeOff.note')} ${t('form.optional')}`} hint={t('timeOff.noteHint')} error={fieldErrors.note}>
        {(control) => <input {...control} value={values.note} onChange={set('note')} maxLength={500} />}
      </Field>
      {error !== null && <ErrorNotice error={error} shownFields={['startsAt', 'endsAt', 'note']} />}
      <button type="submit" className="button" disabled={busy}>
        {t('timeOff.save')}
      </button>
    </form>
  );
}
