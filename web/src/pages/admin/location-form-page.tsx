import { type FormEvent, useState } from 'react';
import { type LocationInput, api } from '../../api/api';
import type { Location } from '../../api/client';
import { useApp } from '../../app-context';
import { Field } from '../../components/field';
import { ErrorNotice } from '../../components/notice';
import { useLoad } from '../../hooks/use-load';
import { usePageTitle } from '../../hooks/use-page-title';
import { Link, navigate } from '../../router';
import { AdminLayout } from './admin-layout';
import { TimeZoneSelect, fieldProblemsFor, useCreateKey } from './catalogue-bits';

export function LocationFormPage({ locationId }: { locationId?: string }) {
  return (
    <AdminLayout section="locations" adminOnly>
      {locationId ? <EditLocation locationId={locationId} /> : <LocationForm />}
    </AdminLayout>
  );
}

function EditLocation({ locationId }: { locationId: string }) {
  const { t } = useApp();
  const loaded = useLoad(() => api.location(locationId), [locationId]);
  if (loaded.error !== null) return <ErrorNotice error={loaded.error} />;
  if (!loaded.data) return <p>{t('app.loading')}</p>;
  return <LocationForm existing={loaded.data} />;
}

function initialValues(existing: Location | undefined, orgZone: string) {
  return {
    name: existing?.name ?? '',
    lines: existing?.address.lines.join('\n') ?? '',
    postalCode: existing?.address.postalCode ?? '',
    city: existing?.address.city ?? '',
    country: existing?.address.country ?? '',
    timeZone: existing?.timeZone ?? orgZone,
    lat: existing?.coordinates ? String(existing.coordinates.lat) : '',
    lng: existing?.coordinates ? String(existing.coordinates.lng) : '',
  };
}

type Values = ReturnType<typeof initialValues>;
type Problems = Partial<Record<keyof Values, string>>;

/** The server's names for the fields, where they differ from the form's. */
const serverFields: Record<string, keyof Values> = {
  'address.postalCode': 'postalCode',
  'address.city': 'city',
  'address.country': 'country',
  'coordinates.lat': 'lat',
  'coordinates.lng': 'lng',
};

const coordinate = (text: string, limit: number): number | null => {
  const value = Number(text.trim().replace(',', '.'));
  return text.trim() !== '' && Number.isFinite(value) && Math.abs(value) <= limit ? value : null;
};

function LocationForm({ existing }: { existing?: Location }) {
  const { org, t } = useApp();
  const [values, setValues] = useState(() => initialValues(existing, org.timeZone));
  const [fieldErrors, setFieldErrors] = useState<Problems>({});
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const createKey = useCreateKey();
  const heading = existing ? t('classForm.editTitle', { title: existing.name }) : t('location.new');
  usePageTitle(heading);

  const set = (name: keyof Values) => (event: { target: { value: string } }) =>
    setValues((current) => ({ ...current, [name]: event.target.value }));

  const check = (): { problems: Problems; body: LocationInput | null } => {
    const problems: Problems = {};
    if (!values.name.trim()) problems.name = t('form.required');
    const country = values.country.trim().toUpperCase();
    if (country && !/^[A-Z]{2}$/.test(country)) problems.country = t('location.countryHint');
    const lines = values.lines
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean);
    if (lines.length > 4) problems.lines = t('location.linesHint');
    let coordinates: LocationInput['coordinates'] = null;
    if (values.lat.trim() || values.lng.trim()) {
      const lat = coordinate(values.lat, 90);
      const lng = coordinate(values.lng, 180);
      if (lat === null) problems.lat = t('location.latHint');
      if (lng === null) problems.lng = t('location.lngHint');
      if (lat !== null && lng !== null) coordinates = { lat, lng };
    }
    if (Object.keys(problems).length > 0) return { problems, body: null };
    return {
      problems,
      body: {
        name: values.name.trim(),
        address: { lines, postalCode: values.postalCode.trim(), city: values.city.trim(), country },
        timeZone: values.timeZone,
        coordinates,
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
      if (existing) await api.updateLocation(existing.id, body);
      else await api.createLocation(body, createKey.keyFor(body));
      navigate('/admin/locations');
    } catch (failure) {
      createKey.settled(failure);
      setFieldErrors(fieldProblemsFor(failure, serverFields));
      setError(failure);
      setBusy(false);
    }
  };

  return (
    <section className="narrow">
      <p>
        <Link to="/admin/locations">← {t('location.back')}</Link>
      </p>
      <h1>{heading}</h1>
      <form onSubmit={submit} noValidate className="stack">
        <Field label={t('location.name')} error={fieldErrors.name}>
          {(control) => <input {...control} value={values.name} onChange={set('name')} maxLength={200} required />}
        </Field>
        <fieldset>
          <legend>{t('location.address')}</legend>
          <Field
            label={`${t('location.street')} ${t('form.optional')}`}
            hint={t('location.linesHint')}
            error={fieldErrors.lines}
          >
            {(control) => <textarea {...control} value={values.lines} onChange={set('lines')} rows={2} />}
          </Field>
          <div className="field-row">
            <Field label={`${t('location.postalCode')} ${t('form.optional')}`} error={fieldErrors.postalCode}>
              {(control) => (
                <input {...control} value={values.postalCode} onChange={set('postalCode')} maxLength={20} />
              )}
            </Field>
            <Field label={`${t('location.city')} ${t('form.optional')}`} error={fieldErrors.city}>
              {(control) => <input {...control} value={values.city} onChange={set('city')} maxLength={100} />}
            </Field>
          </div>
          <Field
            label={`${t('location.country')} ${t('form.optional')}`}
            hint={t('location.countryHint')}
            error={fieldErrors.country}
          >
            {(control) => (
              <input
                {...control}
                value={values.country}
                onChange={set('country')}
                maxLength={2}
                autoCapitalize="characters"
                spellCheck={false}
                className="input-short"
              />
            )}
          </Field>
        </fieldset>
        <Field label={t('catalogue.timeZone')} error={fieldErrors.timeZone}>
          {(control) => (
            <TimeZoneSelect
              control={control}
              value={values.timeZone}
              onChange={(timeZone) => setValues((current) => ({ ...current, timeZone }))}
            />
          )}
        </Field>
        <fieldset>
          <legend>
            {t('location.coordinates')} {t('form.optional')}
          </legend>
          <p className="field-hint">{t('location.coordinatesHint')}</p>
          <div className="field-row">
            <Field label={t('location.lat')} error={fieldErrors.lat}>
              {(control) => <input {...control} inputMode="decimal" value={values.lat} onChange={set('lat')} />}
            </Field>
            <Field label={t('location.lng')} error={fieldErrors.lng}>
              {(control) => <input {...control} inputMode="decimal" value={values.lng} onChange={set('lng')} />}
            </Field>
          </div>
        </fieldset>
        {error !== null && (
          <ErrorNotice error={error} shownFields={[...Object.keys(serverFields), ...Object.keys(values)]} />
        )}
        <button type="submit" className="button button-primary" disabled={busy}>
          {existing ? t('classForm.save') : t('location.create')}
        </button>
      </form>
    </section>
  );
}
