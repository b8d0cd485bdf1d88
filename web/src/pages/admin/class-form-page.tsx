import { type FormEvent, useRef, useState } from 'react';
import { type ClassInput, api, newIdempotencyKey } from '../../api/api';
import { ApiError, type ClassItem } from '../../api/client';
import { useApp } from '../../app-context';
import { Field } from '../../components/field';
import { ErrorNotice, serverFieldErrors } from '../../components/notice';
import { addDays, moneyInputValue, parseMoneyInput, todayIn } from '../../format';
import { useLoad } from '../../hooks/use-load';
import { usePageTitle } from '../../hooks/use-page-title';
import { Link, navigate } from '../../router';
import { AdminLayout } from './admin-layout';

export function ClassFormPage({ classId }: { classId?: string }) {
  return <AdminLayout section="classes">{classId ? <EditClass classId={classId} /> : <ClassForm />}</AdminLayout>;
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
}

/** The form's values for a class: dates and times as the organisation's wall clock shows them. */
function initialValues(existing: ClassItem | undefined, today: string): Values {
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
  };
}

/** The server's names for the fields, where they differ from the form's. */
const serverFields: Record<string, keyof Values> = {
  startsAt: 'start',
  endsAt: 'end',
  'price.amount': 'price',
  price: 'price',
};

function ClassForm({ existing }: { existing?: ClassItem }) {
  const { org, t } = useApp();
  const [values, setValues] = useState(() => initialValues(existing, todayIn(org.timeZone)));
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<keyof Values, string>>>({});
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const attempt = useRef<{ body: string; key: string } | null>(null);
  const currency = existing?.price.currency ?? org.currency;
  const classTypes = useLoad(() => api.classTypes(), []);
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
    const amount = parseMoneyInput(values.price || '0', currency);
    if (amount === null) problems.price = t('form.price');
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
      },
    };
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    const { problems, body } = check();
    setFieldErrors(problems);
    if (!body) return;
    setBusy(true);
    try {
      let saved: ClassItem;
      if (existing) {
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
        <Field label={`${t('classForm.classType')} ${t('form.optional')}`} hint={t('classForm.classTypeHint')}>
          {(control) => (
            <select {...control} value={values.classTypeId} onChange={set('classTypeId')}>
              <option value="">{t('classForm.noClassType')}</option>
              {classTypes.data?.classTypes.map((type) => (
                <option key={type.id} value={type.id}>
                  {type.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <fieldset>
          <legend>{t('class.when')}</legend>
          <p className="field-hint">{t('classForm.timesHint', { zone: org.timeZone })}</p>
          <div className="field-row">
            <Field label={t('classForm.date')} error={fieldErrors.date}>
              {(control) => <input {...control} type="date" value={values.date} onChange={set('date')} required />}
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
            <input {...control} inputMode="decimal" value={values.price} onChange={set('price')} placeholder="0" />
          )}
        </Field>
        {error !== null && <ErrorNotice error={error} shownFields={shownFields} />}
        <button type="submit" className="button button-primary" disabled={busy}>
          {existing ? t('classForm.save') : t('classForm.create')}
        </button>
      </form>
    </section>
  );
}
