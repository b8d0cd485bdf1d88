import { type FormEvent, useState } from 'react';
import { type ServiceInput, api } from '../../api/api';
import type { Location, Provider, Service } from '../../api/client';
import { useApp } from '../../app-context';
import { Field } from '../../components/field';
import { ErrorNotice } from '../../components/notice';
import { moneyInputValue, parseMoneyInput } from '../../format';
import { useLoad } from '../../hooks/use-load';
import { usePageTitle } from '../../hooks/use-page-title';
import { Link, navigate } from '../../router';
import { AdminLayout } from './admin-layout';
import { fieldProblemsFor, useCreateKey, wholeNumber } from './catalogue-bits';
import { ItemPricingEditor } from './item-pricing';

export function ServiceFormPage({ serviceId }: { serviceId?: string }) {
  return (
    <AdminLayout section="services" adminOnly>
      <LoadServiceForm serviceId={serviceId} />
    </AdminLayout>
  );
}

/** The service (when editing), and the locations and providers to choose from. */
function LoadServiceForm({ serviceId }: { serviceId: string | undefined }) {
  const { t } = useApp();
  const loaded = useLoad(
    () =>
      Promise.all([serviceId ? api.service(serviceId) : Promise.resolve(undefined), api.locations(), api.providers()]),
    [serviceId],
  );
  if (loaded.error !== null) return <ErrorNotice error={loaded.error} />;
  if (!loaded.data) return <p>{t('app.loading')}</p>;
  const [existing, { locations }, { providers }] = loaded.data;
  return <ServiceForm existing={existing} locations={locations} providers={providers} />;
}

type Mode = Service['where']['mode'];
const modes: Mode[] = ['at_location', 'at_customer', 'remote'];

function initialValues(existing: Service | undefined, locations: Location[]) {
  return {
    name: existing?.name ?? '',
    description: existing?.description ?? '',
    durationMinutes: String(existing?.durationMinutes ?? 60),
    bufferBeforeMinutes: String(existing?.bufferBeforeMinutes ?? 0),
    bufferAfterMinutes: String(existing?.bufferAfterMinutes ?? 0),
    // Empty when the service sets none: it then follows the length and the buffers.
    slotIntervalMinutes: existing?.slotIntervalSet ? String(existing.slotIntervalMinutes) : '',
    minimumNoticeMinutes: String(existing?.minimumNoticeMinutes ?? 0),
    maximumDaysAhead: String(existing?.maximumDaysAhead ?? 90),
    price: existing ? moneyInputValue(existing.price) : '',
    mode: existing?.where.mode ?? ((locations.length > 0 ? 'at_location' : 'remote') as Mode),
    locationId: existing?.where.locationId ?? locations[0]?.id ?? '',
    providerIds: existing?.providerIds ?? [],
    active: existing?.active ?? true,
  };
}

type Values = ReturnType<typeof initialValues>;
type Problems = Partial<Record<keyof Values, string>>;

const serverFields: Record<string, keyof Values> = {
  'price.amount': 'price',
  price: 'price',
  'where.locationId': 'locationId',
  where: 'mode',
};

/** The number fields: their bounds are the API's. */
const numbers: { name: keyof Values; min: number; max: number; optional?: boolean }[] = [
  { name: 'durationMinutes', min: 5, max: 1440 },
  { name: 'bufferBeforeMinutes', min: 0, max: 720 },
  { name: 'bufferAfterMinutes', min: 0, max: 720 },
  { name: 'slotIntervalMinutes', min: 5, max: 1440, optional: true },
  { name: 'minimumNoticeMinutes', min: 0, max: 525_600 },
  { name: 'maximumDaysAhead', min: 1, max: 730 },
];

function ServiceForm({
  existing,
  locations,
  providers,
}: {
  existing: Service | undefined;
  locations: Location[];
  providers: Provider[];
}) {
  const { org, t } = useApp();
  const [values, setValues] = useState(() => initialValues(existing, locations));
  const [fieldErrors, setFieldErrors] = useState<Problems>({});
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const createKey = useCreateKey();
  const currency = existing?.price.currency ?? org.currency;
  const heading = existing ? t('classForm.editTitle', { title: existing.name }) : t('service.new');
  usePageTitle(heading);

  const setValue = <K extends keyof Values>(name: K, value: Values[K]) =>
    setValues((current) => ({ ...current, [name]: value }));
  const set = (name: keyof Values) => (event: { target: { value: string } }) => setValue(name, event.target.value);
  const toggleProvider = (providerId: string, on: boolean) =>
    setValue(
      'providerIds',
      on ? [...values.providerIds, providerId] : values.providerIds.filter((id) => id !== providerId),
    );

  const check = (): { problems: Problems; body: ServiceInput | null } => {
    const problems: Problems = {};
    if (!values.name.trim()) problems.name = t('form.required');
    const parsed: Partial<Record<keyof Values, number>> = {};
    for (const { name, min, max, optional } of numbers) {
      const text = String(values[name]);
      if (optional && !text.trim()) continue;
      const value = wholeNumber(text, min, max);
      if (value === null) problems[name] = t('form.wholeNumberBetween', { min, max });
      else parsed[name] = value;
    }
    // Left empty, a service would be free without anyone deciding so: 0 is typed, not assumed.
    const amount = values.price.trim() ? parseMoneyInput(values.price, currency) : null;
    if (amount === null) problems.price = values.price.trim() ? t('form.price') : t('service.priceRequired');
    if (values.mode === 'at_location' && !values.locationId) problems.locationId = t('service.locationRequired');
    if (Object.keys(problems).length > 0 || amount === null) return { problems, body: null };
    const where: ServiceInput['where'] =
      values.mode === 'at_location' ? { mode: 'at_location', locationId: values.locationId } : { mode: values.mode };
    return {
      problems,
      body: {
        name: values.name.trim(),
        description: values.description.trim(),
        durationMinutes: parsed.durationMinutes ?? 0,
        bufferBeforeMinutes: parsed.bufferBeforeMinutes ?? 0,
        bufferAfterMinutes: parsed.bufferAfterMinutes ?? 0,
        // Left empty, start times follow each other by the length and both buffers (the server's default).
        slotIntervalMinutes: parsed.slotIntervalMinutes ?? null,
        minimumNoticeMinutes: parsed.minimumNoticeMinutes ?? 0,
        maximumDaysAhead: parsed.maximumDaysAhead ?? 90,
        price: { amount, currency },
        where,
        providerIds: values.providerIds,
        active: values.active,
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
      if (existing) await api.updateService(existing.id, body);
      else await api.createService(body, createKey.keyFor(body));
      navigate('/admin/services');
    } catch (failure) {
      createKey.settled(failure);
      setFieldErrors(fieldProblemsFor(failure, serverFields));
      setError(failure);
      setBusy(false);
    }
  };

  const minutesField = (name: keyof Values, label: string, hint?: string) => (
    <Field label={label} hint={hint} error={fieldErrors[name]}>
      {(control) => (
        <input
          {...control}
          type="number"
          min={0}
          step={1}
          inputMode="numeric"
          value={String(values[name])}
          onChange={set(name)}
          className="input-short"
        />
      )}
    </Field>
  );

  return (
    <section className="narrow">
      <p>
        <Link to="/admin/services">← {t('service.back')}</Link>
      </p>
      <h1>{heading}</h1>
      <form onSubmit={submit} noValidate className="stack">
        <Field label={t('service.name')} error={fieldErrors.name}>
          {(control) => <input {...control} value={values.name} onChange={set('name')} maxLength={200} required />}
        </Field>
        <Field label={`${t('classForm.description')} ${t('form.optional')}`} error={fieldErrors.description}>
          {(control) => (
            <textarea {...control} value={values.description} onChange={set('description')} rows={3} maxLength={5000} />
          )}
        </Field>
        <fieldset>
          <legend>{t('service.timing')}</legend>
          <div className="field-row">
            {minutesField('durationMinutes', t('service.durationMinutes'))}
            {minutesField(
              'slotIntervalMinutes',
              `${t('service.slotInterval')} ${t('form.optional')}`,
              t('service.slotIntervalHint'),
            )}
          </div>
          <div className="field-row">
            {minutesField('bufferBeforeMinutes', t('service.bufferBefore'))}
            {minutesField('bufferAfterMinutes', t('service.bufferAfter'))}
          </div>
          <p className="field-hint">{t('service.bufferHint')}</p>
          <div className="field-row">
            {minutesField('minimumNoticeMinutes', t('service.notice'), t('service.noticeHint'))}
            {minutesField('maximumDaysAhead', t('service.daysAhead'))}
          </div>
        </fieldset>
        <Field label={t('service.price', { currency })} hint={t('service.priceHint')} error={fieldErrors.price}>
          {(control) => (
            <input {...control} inputMode="decimal" value={values.price} onChange={set('price')} required />
          )}
        </Field>
        <fieldset className="choices">
          <legend>{t('service.where')}</legend>
          {modes.map((mode) => (
            <label key={mode} className="check">
              <input type="radio" name="where" checked={values.mode === mode} onChange={() => setValue('mode', mode)} />
              {t(`catalogue.where.${mode}`)}
            </label>
          ))}
          {fieldErrors.mode && <p className="field-error">{fieldErrors.mode}</p>}
        </fieldset>
        {values.mode === 'at_location' &&
          (locations.length === 0 ? (
            <p className="field-error">
              {t('service.noLocations')} <Link to="/admin/locations/new">{t('location.new')}</Link>
            </p>
          ) : (
            <Field label={t('classForm.location')} error={fieldErrors.locationId}>
              {(control) => (
                <select {...control} value={values.locationId} onChange={set('locationId')}>
                  {locations.map((location) => (
                    <option key={location.id} value={location.id}>
                      {location.name}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          ))}
        <fieldset className="choices">
          <legend>{t('service.providers')}</legend>
          {providers.length === 0 && <p className="field-hint">{t('service.noProviders')}</p>}
          {providers.map((provider) => (
            <label key={provider.id} className="check">
              <input
                type="checkbox"
                checked={values.providerIds.includes(provider.id)}
                onChange={(event) => toggleProvider(provider.id, event.target.checked)}
              />
              {provider.name}
              {!provider.active && <span className="muted"> ({t('catalogue.inactive')})</span>}
            </label>
          ))}
          {fieldErrors.providerIds && <p className="field-error">{fieldErrors.providerIds}</p>}
        </fieldset>
        <label className="check">
          <input
            type="checkbox"
            checked={values.active}
            onChange={(event) => setValue('active', event.target.checked)}
          />
          {t('service.activeLabel')}
        </label>
        {error !== null && (
          <ErrorNotice error={error} shownFields={[...Object.keys(serverFields), ...Object.keys(values)]} />
        )}
        <button type="submit" className="button button-primary" disabled={busy}>
          {existing ? t('classForm.save') : t('service.create')}
        </button>
      </form>
      {existing && <ItemPricingEditor kind="service" itemId={existing.id} />}
    </section>
  );
}
