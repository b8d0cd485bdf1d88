import { type FormEvent, useRef, useState } from 'react';
import { type ClassInput, api, newIdempotencyKey } from '../../api/api';
import { ApiError, type ClassItem } from '../../api/client';
import { type ClassTemplate, type SeriesChanges, type SeriesScope, seriesApi } from '../../api/series-api';
import { useApp } from '../../app-context';
import { Field } from '../../components/field';
import { ErrorNotice, Notice, serverFieldErrors } from '../../components/notice';
import { addDays, moneyInputValue, parseMoneyInput, todayIn } from '../../format';
import { useLoad } from '../../hooks/use-load';
import { usePageTitle } from '../../hooks/use-page-title';
import { Link, navigate, useLocation } from '../../router';
import { AdminLayout } from './admin-layout';
import { CataloguePickers } from './catalogue-pickers';
import { SeriesScopeChoice } from './series-scope';

export function ClassFormPage({ classId }: { classId?: string }) {
  const { query } = useLocation();
  const templateId = query.get('template');
  return (
    <AdminLayout section="classes">
      {classId ? (
        <EditClass classId={classId} />
      ) : templateId ? (
        <FromTemplate templateId={templateId} />
      ) : (
        <ClassForm />
      )}
    </AdminLayout>
  );
}

/** A new class whose form starts filled in from a template; the date and time are still to choose. */
function FromTemplate({ templateId }: { templateId: string }) {
  const { t } = useApp();
  const loaded = useLoad(() => seriesApi.templates(), []);
  if (loaded.error !== null) return <ErrorNotice error={loaded.error} />;
  if (!loaded.data) return <p>{t('app.loading')}</p>;
  const template = loaded.data.templates.find((item) => item.id === templateId);
  return <ClassForm key={templateId} template={template} />;
}

function EditClass({ classId }: { classId: string }) {
  const { t } = useApp();
  const loaded = useLoad(() => api.class(classId), [classId]);
  if (loaded.error !== null) return <ErrorNotice error={loaded.error} />;
  if (!loaded.data) return <p>{t('app.loading')}</p>;
  return <ClassForm existing={loaded.data} />;
}

interface Values {
  title: string;
  description: string;
  instructorName: string;
  location: string;
  date: string;
  start: string;
  end: string;
  maxSpots: string;
  maxSpotsPerCustomer: string;
  price: string;
  classTypeId: string;
  providerId: string;
  locationId: string;
}

/** "18:00" plus a number of minutes, on a 24-hour clock (a class ends the day it starts). */
const addMinutes = (time: string, minutes: number): string => {
  const total = Math.min(Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5)) + minutes, 23 * 60 + 59);
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
};

const minutesOf = (time: string): number => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

/** The form's values for a class: dates and times as the organisation's wall clock shows them. */
function initialValues(existing: ClassItem | undefined, template: ClassTemplate | undefined, today: string): Values {
  if (template) {
    return {
      title: template.title,
      description: template.description,
      instructorName: template.instructorName,
      location: template.location,
      date: addDays(today, 1),
      start: '18:00',
      end: addMinutes('18:00', template.durationMinutes),
      maxSpots: String(template.maxSpots),
      maxSpotsPerCustomer: String(template.maxSpotsPerCustomer),
      price: moneyInputValue(template.price),
      classTypeId: template.classTypeId ?? '',
      providerId: template.providerId ?? '',
      locationId: template.locationId ?? '',
    };
  }
  if (!existing) {
    return {
      title: '',
      description: '',
      instructorName: '',
      location: '',
      date: addDays(today, 1),
      start: '18:00',
      end: '19:00',
      maxSpots: '10',
      maxSpotsPerCustomer: '1',
      price: '',
      classTypeId: '',
      providerId: '',
      locationId: '',
    };
  }
  return {
    title: existing.title,
    description: existing.description,
    instructorName: existing.instructorName,
    location: existing.location,
    date: existing.startsAtLocal.slice(0, 10),
    start: existing.startsAtLocal.slice(11, 16),
    end: existing.endsAtLocal.slice(11, 16),
    maxSpots: String(existing.maxSpots),
    maxSpotsPerCustomer: String(existing.maxSpotsPerCustomer),
    price: moneyInputValue(existing.price),
    classTypeId: existing.classTypeId ?? '',
    providerId: existing.providerId ?? '',
    locationId: existing.locationId ?? '',
  };
}

/**
 * What a change to "this and following" or "all" classes carries: only the fields the admin changed,
 * with a new start as a wall time and a new end as a length, since each class keeps its own date.
 */
function seriesChanges(existing: ClassItem, body: ClassInput, values: Values): SeriesChanges {
  const before = initialValues(existing, undefined, '');
  const changes: SeriesChanges = {};
  if (body.title !== existing.title) changes.title = body.title;
  if (body.description !== existing.description) changes.description = body.description;
  if (body.instructorName !== existing.instructorName) changes.instructorName = body.instructorName;
  if (body.location !== existing.location) changes.location = body.location;
  if ((body.locationId ?? null) !== existing.locationId) changes.locationId = body.locationId ?? null;
  if ((body.providerId ?? null) !== existing.providerId) changes.providerId = body.providerId ?? null;
  if ((body.classTypeId ?? null) !== existing.classTypeId) changes.classTypeId = body.classTypeId ?? null;
  if (body.maxSpots !== existing.maxSpots) changes.maxSpots = body.maxSpots;
  if (body.maxSpotsPerCustomer !== existing.maxSpotsPerCustomer) changes.maxSpotsPerCustomer = body.maxSpotsPerCustomer;
  if (body.price.amount !== existing.price.amount) changes.price = body.price;
  if (values.start !== before.start) changes.startTime = values.start;
  const length = minutesOf(values.end) - minutesOf(values.start);
  if (length !== minutesOf(before.end) - minutesOf(before.start)) changes.durationMinutes = length;
  return changes;
}

/** The server's names for the fields, where they differ from the form's. */
const serverFields: Record<string, keyof Values> = {
  startsAt: 'start',
  endsAt: 'end',
  'price.amount': 'price',
  price: 'price',
};

function ClassForm({ existing, template }: { existing?: ClassItem; template?: ClassTemplate }) {
  const { org, t } = useApp();
  const [values, setValues] = useState(() => initialValues(existing, template, todayIn(org.timeZone)));
  const [scope, setScope] = useState<SeriesScope>('this');
  const [unchanged, setUnchanged] = useState(false);
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<keyof Values, string>>>({});
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const attempt = useRef<{ body: string; key: string } | null>(null);
  const currency = existing?.price.currency ?? org.currency;
  const heading = existing ? t('classForm.editTitle', { title: existing.title }) : t('classForm.newTitle');
  usePageTitle(heading);

  const set = (name: keyof Values) => (event: { target: { value: string } }) =>
    setValues((current) => ({ ...current, [name]: event.target.value }));

  const check = (): { problems: Partial<Record<keyof Values, string>>; body: ClassInput | null } => {
    const problems: Partial<Record<keyof Values, string>> = {};
    for (const name of ['title', 'date', 'start', 'end'] as const)
      if (!values[name].trim()) problems[name] = t('form.required');
    if (!problems.start && !problems.end && values.end <= values.start) problems.end = t('classForm.endBeforeStart');
    const maxSpots = Number(values.maxSpots);
    const perCustomer = Number(values.maxSpotsPerCustomer);
    if (!Number.isInteger(maxSpots) || maxSpots < 1) problems.maxSpots = t('form.wholeNumber', { min: 1 });
    if (!Number.isInteger(perCustomer) || perCustomer < 1)
      problems.maxSpotsPerCustomer = t('form.wholeNumber', { min: 1 });
    // Left empty, a class would go out free without anyone deciding so: 0 is typed, not assumed.
    const amount = values.price.trim() ? parseMoneyInput(values.price, currency) : null;
    if (amount === null) problems.price = values.price.trim() ? t('form.price') : t('classForm.priceRequired');
    if (Object.keys(problems).length > 0 || amount === null) return { problems, body: null };
    return {
      problems,
      body: {
        title: values.title.trim(),
        description: values.description.trim(),
        instructorName: values.instructorName.trim(),
        location: values.location.trim(),
        // Without an offset the server reads these in the organisation's time zone.
        startsAt: `${values.date}T${values.start}`,
        endsAt: `${values.date}T${values.end}`,
        maxSpots,
        maxSpotsPerCustomer: perCustomer,
        price: { amount, currency },
        classTypeId: values.classTypeId || null,
        providerId: values.providerId || null,
        locationId: values.locationId || null,
      },
    };
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    setUnchanged(false);
    const { problems, body } = check();
    setFieldErrors(problems);
    if (!body) return;
    setBusy(true);
    try {
      let saved: ClassItem;
      if (existing && scope !== 'this') {
        const changes = seriesChanges(existing, body, values);
        if (Object.keys(changes).length === 0) {
          setUnchanged(true);
          setBusy(false);
          return;
        }
        await seriesApi.edit(existing.id, scope, changes);
        saved = existing;
      } else if (existing) {
        saved = await api.updateClass(existing.id, body);
      } else {
        const serialised = JSON.stringify(body);
        if (attempt.current?.body !== serialised) attempt.current = { body: serialised, key: newIdempotencyKey() };
        saved = await api.createClass(body, attempt.current.key);
      }
      navigate(`/admin/classes/${saved.id}${existing ? '?saved=1' : ''}`);
    } catch (failure) {
      if (!(failure instanceof ApiError && failure.code === 'network_error')) attempt.current = null;
      const fromServer = serverFieldErrors(failure);
      setFieldErrors(
        Object.fromEntries(Object.entries(fromServer).map(([path, message]) => [serverFields[path] ?? path, message])),
      );
      setError(failure);
      setBusy(false);
    }
  };

  const shownFields = [...Object.keys(serverFields), ...Object.keys(values)];
  return (
    <section className="narrow">
      <p>
        <Link to={existing ? `/admin/classes/${existing.id}` : '/admin'}>
          ← {existing ? existing.title : t('admin.back')}
        </Link>
      </p>
      <h1>{heading}</h1>
      <form onSubmit={submit} noValidate className="stack">
        <Field label={t('classForm.title')} error={fieldErrors.title}>
          {(control) => <input {...control} value={values.title} onChange={set('title')} maxLength={200} required />}
        </Field>
        <Field label={`${t('classForm.description')} ${t('form.optional')}`} error={fieldErrors.description}>
          {(control) => (
            <textarea {...control} value={values.description} onChange={set('description')} rows={3} maxLength={5000} />
          )}
        </Field>
        <div className="field-row">
          <Field label={`${t('classForm.instructor')} ${t('form.optional')}`} error={fieldErrors.instructorName}>
            {(control) => (
              <input {...control} value={values.instructorName} onChange={set('instructorName')} maxLength={200} />
            )}
          </Field>
          <Field label={`${t('classForm.location')} ${t('form.optional')}`} error={fieldErrors.location}>
            {(control) => <input {...control} value={values.location} onChange={set('location')} maxLength={300} />}
          </Field>
        </div>
        <CataloguePickers
          value={values}
          onChange={(next, picked) =>
            setValues((current) => ({
              ...current,
              ...next,
              // A first pick fills the display text the week page shows; a typed one is kept.
              instructorName: current.instructorName || picked.providerName || '',
              location: current.location || picked.location?.name || '',
            }))
          }
        />
        <fieldset>
          <legend>{t('class.when')}</legend>
          <p className="field-hint">{t('classForm.timesHint', { zone: org.timeZone })}</p>
          <div className="field-row">
            <Field
              label={t('classForm.date')}
              error={fieldErrors.date}
              hint={scope === 'this' ? undefined : t('schedule.dateStays')}
            >
              {(control) => (
                <input
                  {...control}
                  type="date"
                  value={values.date}
                  onChange={set('date')}
                  required
                  disabled={scope !== 'this'}
                />
              )}
            </Field>
            <Field label={t('classForm.start')} error={fieldErrors.start}>
              {(control) => <input {...control} type="time" value={values.start} onChange={set('start')} required />}
            </Field>
            <Field label={t('classForm.end')} error={fieldErrors.end}>
              {(control) => <input {...control} type="time" value={values.end} onChange={set('end')} required />}
            </Field>
          </div>
        </fieldset>
        <div className="field-row">
          <Field label={t('classForm.maxSpots')} error={fieldErrors.maxSpots}>
            {(control) => (
              <input
                {...control}
                type="number"
                min={1}
                step={1}
                inputMode="numeric"
                value={values.maxSpots}
                onChange={set('maxSpots')}
                required
              />
            )}
          </Field>
          <Field label={t('classForm.maxSpotsPerCustomer')} error={fieldErrors.maxSpotsPerCustomer}>
            {(control) => (
              <input
                {...control}
                type="number"
                min={1}
                step={1}
                inputMode="numeric"
                value={values.maxSpotsPerCustomer}
                onChange={set('maxSpotsPerCustomer')}
                required
              />
            )}
          </Field>
        </div>
        <Field label={t('classForm.price', { currency })} hint={t('classForm.priceHint')} error={fieldErrors.price}>
          {(control) => (
            <input {...control} inputMode="decimal" value={values.price} onChange={set('price')} required />
          )}
        </Field>
        {existing?.seriesId && (
          <SeriesScopeChoice
            cls={{ ...existing, seriesId: existing.seriesId }}
            scopes={['this', 'following', 'all']}
            value={scope}
            onChange={(next) => {
              setScope(next);
              // Each class of the series keeps its own date: only one class can move to another day.
              if (next !== 'this')
                setValues((current) => ({ ...current, date: initialValues(existing, undefined, '').date }));
            }}
            skipExceptions
            legend={t('schedule.editWhich')}
            label={(choice) => t(`recurring.scope.${choice}`)}
          />
        )}
        {unchanged && <Notice kind="info">{t('schedule.nothingChanged')}</Notice>}
        {error !== null && <ErrorNotice error={error} shownFields={shownFields} />}
        <button type="submit" className="button button-primary" disabled={busy}>
          {existing ? t('classForm.save') : t('classForm.create')}
        </button>
      </form>
    </section>
  );
}
