import { type FormEvent, useId, useRef, useState } from 'react';
import { newIdempotencyKey } from '../../api/api';
import { type SeriesInput, seriesApi } from '../../api/series-api';
import { useApp } from '../../app-context';
import { Field } from '../../components/field';
import { ErrorNotice, Notice, serverFieldErrors } from '../../components/notice';
import {
  addDays,
  formatCalendarDate,
  offsetName,
  parseMoneyInput,
  seriesDates,
  todayIn,
  wallInstant,
  wallTimeExists,
  weekdayNames,
} from '../../format';
import { useAttempt } from '../../hooks/use-attempt';
import { useLoad } from '../../hooks/use-load';
import { usePageTitle } from '../../hooks/use-page-title';
import { Link } from '../../router';
import { AdminLayout } from './admin-layout';
import { type CatalogueChoice, CataloguePickers } from './catalogue-pickers';

/** The server's bounds (series.schema.ts): at most this many classes, within this many days. */
const MAX_OCCURRENCES = 200;
const MAX_SPAN_DAYS = 731;

export function SeriesFormPage() {
  return (
    <AdminLayout section="classes">
      <SeriesForm />
    </AdminLayout>
  );
}

/** A weekly timetable at once: days, time, length and an end (a date or a count), from a template or fields. */
function SeriesForm() {
  const { t, org, locale } = useApp();
  usePageTitle(t('recurring.newSeries'));
  const today = todayIn(org.timeZone);
  const templates = useLoad(() => seriesApi.templates(), []);
  const [templateId, setTemplateId] = useState('');
  const [title, setTitle] = useState('');
  const [instructorName, setInstructorName] = useState('');
  const [weekdays, setWeekdays] = useState<number[]>([]);
  const [startTime, setStartTime] = useState('18:00');
  const [duration, setDuration] = useState('60');
  const [fromDate, setFromDate] = useState(addDays(today, 1));
  const [endBy, setEndBy] = useState<'count' | 'date'>('count');
  const [occurrences, setOccurrences] = useState('10');
  const [untilDate, setUntilDate] = useState(addDays(today, 60));
  const [maxSpots, setMaxSpots] = useState('10');
  const [price, setPrice] = useState('');
  const [catalogue, setCatalogue] = useState<CatalogueChoice>({ providerId: '', locationId: '', classTypeId: '' });
  const [zone, setZone] = useState(org.timeZone);
  const [created, setCreated] = useState<{ count: number; firstId: string } | null>(null);
  const key = useRef(newIdempotencyKey());
  const { busy, error, attempt } = useAttempt();
  // The server's field problems beside the fields they are about ("price.amount" is the price field).
  const fieldErrors = Object.fromEntries(
    Object.entries(serverFieldErrors(error)).map(([path, message]) => [path.replace(/\.amount$/, ''), message]),
  );

  const toggle = (day: number) =>
    setWeekdays((days) => (days.includes(day) ? days.filter((d) => d !== day) : [...days, day].sort()));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const amount = price.trim() === '' ? undefined : parseMoneyInput(price, org.currency);
    const body: SeriesInput = {
      weekdays,
      startTime,
      fromDate,
      ...(endBy === 'count' ? { occurrences: Number(occurrences) } : { untilDate }),
      ...(templateId ? { templateId } : {}),
      ...(title.trim() ? { title: title.trim() } : {}),
      ...(instructorName.trim() ? { instructorName: instructorName.trim() } : {}),
      ...(catalogue.providerId ? { providerId: catalogue.providerId } : {}),
      ...(catalogue.locationId ? { locationId: catalogue.locationId } : {}),
      ...(catalogue.classTypeId ? { classTypeId: catalogue.classTypeId } : {}),
      ...(duration ? { durationMinutes: Number(duration) } : {}),
      ...(maxSpots ? { maxSpots: Number(maxSpots) } : {}),
      ...(amount !== undefined && amount !== null ? { price: { amount } } : {}),
    };
    void attempt(async () => {
      const series = await seriesApi.create(body, key.current);
      key.current = newIdempotencyKey();
      setCreated({ count: series.classes.length, firstId: series.classes[0]?.id ?? '' });
    });
  };

  const names = weekdayNames(locale);
  return (
    <section>
      <p>
        <Link to="/admin">← {t('admin.back')}</Link>
      </p>
      <h1>{t('recurring.newSeries')}</h1>
      {created && (
        <Notice kind="success">
          {t('recurring.created', { count: created.count })}{' '}
          <Link to={`/admin/classes/${created.firstId}`}>{t('recurring.series')}</Link>
        </Notice>
      )}
      {error !== null && <ErrorNotice error={error} shownFields={SHOWN_FIELDS} />}
      <form className="form" onSubmit={submit}>
        {(templates.data?.templates.length ?? 0) > 0 && (
          <Field label={t('recurring.template')}>
            {(control) => (
              <select {...control} value={templateId} onChange={(e) => setTemplateId(e.target.value)}>
                <option value="">{t('recurring.noTemplate')}</option>
                {templates.data?.templates.map((template) => (
                  <option key={template.id} value={template.id}>
                    {template.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
        )}
        <Field label={t('classForm.title')} error={fieldErrors.title}>
          {(control) => (
            <input
              {...control}
              value={title}
              required={!templateId}
              maxLength={200}
              onChange={(e) => setTitle(e.target.value)}
            />
          )}
        </Field>
        <Field label={t('classForm.instructor')}>
          {(control) => (
            <input
              {...control}
              value={instructorName}
              maxLength={200}
              onChange={(e) => setInstructorName(e.target.value)}
            />
          )}
        </Field>
        <CataloguePickers
          value={catalogue}
          onChange={(next, picked) => {
            setCatalogue(next);
            if (picked.providerName && !instructorName.trim()) setInstructorName(picked.providerName);
            // The classes are made in the location's zone, else the organisation's (as the server does).
            if (next.locationId !== catalogue.locationId) setZone(picked.location?.timeZone ?? org.timeZone);
          }}
        />
        <fieldset className="weekday-picks">
          <legend>{t('recurring.weekdays')}</legend>
          {names.map((dayName, index) => (
            <label key={dayName} className="weekday-pick">
              <input type="checkbox" checked={weekdays.includes(index + 1)} onChange={() => toggle(index + 1)} />
              {dayName}
            </label>
          ))}
        </fieldset>
        <Field label={t('recurring.startTime')} error={fieldErrors.startTime}>
          {(control) => (
            <input {...control} type="time" required value={startTime} onChange={(e) => setStartTime(e.target.value)} />
          )}
        </Field>
        <Field label={t('recurring.duration')} error={fieldErrors.durationMinutes}>
          {(control) => (
            <input
              {...control}
              type="number"
              min={5}
              max={1440}
              value={duration}
              onChange={(e) => setDuration(e.target.value)}
            />
          )}
        </Field>
        <Field label={t('recurring.fromDate')} error={fieldErrors.fromDate}>
          {(control) => (
            <input {...control} type="date" required value={fromDate} onChange={(e) => setFromDate(e.target.value)} />
          )}
        </Field>
        <fieldset className="choice-list">
          <legend>{t('recurring.endBy')}</legend>
          <label>
            <input type="radio" name="end-by" checked={endBy === 'count'} onChange={() => setEndBy('count')} />{' '}
            {t('recurring.endByCount')}
          </label>
          <label>
            <input type="radio" name="end-by" checked={endBy === 'date'} onChange={() => setEndBy('date')} />{' '}
            {t('recurring.endByDate')}
          </label>
        </fieldset>
        {endBy === 'count' ? (
          <Field label={t('recurring.occurrences')} error={fieldErrors.occurrences}>
            {(control) => (
              <input
                {...control}
                type="number"
                min={1}
                max={200}
                value={occurrences}
                onChange={(e) => setOccurrences(e.target.value)}
              />
            )}
          </Field>
        ) : (
          <Field label={t('recurring.untilDate')} error={fieldErrors.untilDate}>
            {(control) => (
              <input {...control} type="date" value={untilDate} onChange={(e) => setUntilDate(e.target.value)} />
            )}
          </Field>
        )}
        <Field label={t('classForm.maxSpots')} error={fieldErrors.maxSpots}>
          {(control) => (
            <input
              {...control}
              type="number"
              min={1}
              max={10000}
              value={maxSpots}
              onChange={(e) => setMaxSpots(e.target.value)}
            />
          )}
        </Field>
        <Field label={t('classForm.price', { currency: org.currency })} error={fieldErrors.price}>
          {(control) => (
            <input {...control} inputMode="decimal" value={price} onChange={(e) => setPrice(e.target.value)} />
          )}
        </Field>
        <SeriesPreview
          dates={seriesDates(
            { weekdays, fromDate, ...(endBy === 'count' ? { occurrences: Number(occurrences) || 0 } : { untilDate }) },
            { maxOccurrences: MAX_OCCURRENCES, maxSpanDays: MAX_SPAN_DAYS },
          )}
          startTime={startTime}
          zone={zone}
        />
        <button type="submit" className="button" disabled={busy || weekdays.length === 0}>
          {t('recurring.create')}
        </button>
      </form>
      <h2>{t('recurring.templates')}</h2>
      {templates.data?.templates.length === 0 && <p className="empty">{t('recurring.noTemplates')}</p>}
      <ul>
        {templates.data?.templates.map((template) => (
          <li key={template.id}>
            {template.name} · {template.title}{' '}
            <button
              type="button"
              className="button button-small button-danger-quiet"
              onClick={() => void seriesApi.deleteTemplate(template.id).then(() => templates.reload())}
            >
              {t('recurring.deleteTemplate')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The fields the form shows the server's problems beside; the rest are told above it. */
const SHOWN_FIELDS = [
  'title',
  'startTime',
  'durationMinutes',
  'fromDate',
  'occurrences',
  'untilDate',
  'maxSpots',
  'price',
  'price.amount',
];

/**
 * The dates a series will create, before it is saved: each at the same wall time in the studio's
 * zone, with that day's offset from UTC so a DST change is visible, and a time the clocks skip
 * that day named as the reason the server will refuse it.
 */
function SeriesPreview({ dates, startTime, zone }: { dates: string[]; startTime: string; zone: string }) {
  const { t, tn, locale } = useApp();
  const headingId = useId();
  if (dates.length === 0 || !/^\d{2}:\d{2}$/.test(startTime)) return null;
  const tooMany = dates.length > MAX_OCCURRENCES;
  return (
    <section className="series-preview" aria-labelledby={headingId}>
      <h2 id={headingId}>{tn('schedule.preview', Math.min(dates.length, MAX_OCCURRENCES), { zone })}</h2>
      {tooMany && <Notice kind="warning">{t('schedule.tooMany', { max: MAX_OCCURRENCES })}</Notice>}
      <ol className="series-preview-list">
        {dates.slice(0, MAX_OCCURRENCES).map((date) => {
          const exists = wallTimeExists(date, startTime, zone);
          return (
            <li key={date}>
              {formatCalendarDate(date, 'shortDay', locale)} {startTime}{' '}
              <span className="muted">({offsetName(wallInstant(date, startTime, zone), zone, locale)})</span>
              {!exists && <strong> · {t('schedule.skippedTime')}</strong>}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
