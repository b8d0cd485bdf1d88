import { type FormEvent, useRef, useState } from 'react';
import { type ProviderInput, api } from '../../api/api';
import type { Provider, Service, User } from '../../api/client';
import { useApp } from '../../app-context';
import { Field } from '../../components/field';
import { ErrorNotice } from '../../components/notice';
import { useLoad } from '../../hooks/use-load';
import { usePageTitle } from '../../hooks/use-page-title';
import { Link, navigate } from '../../router';
import { AdminLayout } from './admin-layout';
import { TimeZoneSelect, fieldProblemsFor, useCreateKey } from './catalogue-bits';

export function ProviderFormPage({ providerId }: { providerId?: string }) {
  return (
    <AdminLayout section="providers" adminOnly>
      <LoadProviderForm providerId={providerId} />
    </AdminLayout>
  );
}

/** The provider (when editing), the services it may offer and the staff accounts it may be. */
function LoadProviderForm({ providerId }: { providerId: string | undefined }) {
  const { t } = useApp();
  const loaded = useLoad(
    () =>
      Promise.all([
        providerId ? api.provider(providerId) : Promise.resolve(undefined),
        api.services(),
        api.users('staff'),
        api.users('admin'),
      ]),
    [providerId],
  );
  if (loaded.error !== null) return <ErrorNotice error={loaded.error} />;
  if (!loaded.data) return <p>{t('app.loading')}</p>;
  const [existing, { services }, staff, admins] = loaded.data;
  const accounts = [...staff.users, ...admins.users].sort((a, b) => a.name.localeCompare(b.name));
  return <ProviderForm existing={existing} services={services} accounts={accounts} />;
}

function initialValues(existing: Provider | undefined, orgZone: string) {
  return {
    name: existing?.name ?? '',
    bio: existing?.bio ?? '',
    timeZone: existing?.timeZone ?? orgZone,
    userId: existing?.userId ?? '',
    active: existing?.active ?? true,
    serviceIds: existing?.serviceIds ?? [],
  };
}

type Values = ReturnType<typeof initialValues>;
type Problems = Partial<Record<keyof Values, string>>;

function ProviderForm({
  existing,
  services,
  accounts,
}: {
  existing: Provider | undefined;
  services: Service[];
  accounts: User[];
}) {
  const { org, t } = useApp();
  const [values, setValues] = useState(() => initialValues(existing, org.timeZone));
  const [fieldErrors, setFieldErrors] = useState<Problems>({});
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const createKey = useCreateKey();
  // Once created, a retry (say, after a service failed to update) changes that provider instead.
  const savedId = useRef(existing?.id);
  const heading = existing ? t('classForm.editTitle', { title: existing.name }) : t('provider.new');
  usePageTitle(heading);

  const setValue = <K extends keyof Values>(name: K, value: Values[K]) =>
    setValues((current) => ({ ...current, [name]: value }));
  const set = (name: 'name' | 'bio' | 'userId') => (event: { target: { value: string } }) =>
    setValue(name, event.target.value);
  const toggleService = (serviceId: string, on: boolean) =>
    setValue('serviceIds', on ? [...values.serviceIds, serviceId] : values.serviceIds.filter((id) => id !== serviceId));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    if (!values.name.trim()) {
      setFieldErrors({ name: t('form.required') });
      return;
    }
    setFieldErrors({});
    const body: ProviderInput = {
      name: values.name.trim(),
      bio: values.bio.trim(),
      timeZone: values.timeZone,
      userId: values.userId || null,
      active: values.active,
    };
    setBusy(true);
    try {
      const saved = savedId.current
        ? await api.updateProvider(savedId.current, body)
        : await api.createProvider(body, createKey.keyFor(body));
      savedId.current = saved.id;
      await api.setProviderServices(saved.id, values.serviceIds);
      navigate(`/admin/providers/${saved.id}`);
    } catch (failure) {
      createKey.settled(failure);
      setFieldErrors(fieldProblemsFor(failure));
      setError(failure);
      setBusy(false);
    }
  };

  return (
    <section className="narrow">
      <p>
        <Link to="/admin/providers">← {t('provider.back')}</Link>
      </p>
      <h1>{heading}</h1>
      <form onSubmit={submit} noValidate className="stack">
        <Field label={t('provider.name')} error={fieldErrors.name}>
          {(control) => <input {...control} value={values.name} onChange={set('name')} maxLength={200} required />}
        </Field>
        <Field label={`${t('provider.bio')} ${t('form.optional')}`} error={fieldErrors.bio}>
          {(control) => <textarea {...control} value={values.bio} onChange={set('bio')} rows={3} maxLength={5000} />}
        </Field>
        <Field label={t('catalogue.timeZone')} hint={t('provider.timeZoneHint')} error={fieldErrors.timeZone}>
          {(control) => (
            <TimeZoneSelect control={control} value={values.timeZone} onChange={(zone) => setValue('timeZone', zone)} />
          )}
        </Field>
        <Field label={t('provider.account')} hint={t('provider.accountHint')} error={fieldErrors.userId}>
          {(control) => (
            <select {...control} value={values.userId} onChange={set('userId')}>
              <option value="">{t('provider.noAccount')}</option>
              {accounts.map((account) => (
                <option key={account.id} value={account.id}>
                  {account.name} ({account.email})
                </option>
              ))}
            </select>
          )}
        </Field>
        <fieldset className="choices">
          <legend>{t('admin.services')}</legend>
          {services.length === 0 && <p className="field-hint">{t('provider.noServices')}</p>}
          {services.map((service) => (
            <label key={service.id} className="check">
              <input
                type="checkbox"
                checked={values.serviceIds.includes(service.id)}
                onChange={(event) => toggleService(service.id, event.target.checked)}
              />
              {service.name}
            </label>
          ))}
        </fieldset>
        <label className="check">
          <input
            type="checkbox"
            checked={values.active}
            onChange={(event) => setValue('active', event.target.checked)}
          />
          {t('provider.activeLabel')}
        </label>
        {error !== null && <ErrorNotice error={error} shownFields={Object.keys(values)} />}
        <button type="submit" className="button button-primary" disabled={busy}>
          {existing ? t('classForm.save') : t('provider.create')}
        </button>
      </form>
    </section>
  );
}
