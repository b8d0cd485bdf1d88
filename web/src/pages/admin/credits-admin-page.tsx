import { type FormEvent, useState } from 'react';
import { type PackageInput, api } from '../../api/api';
import type { Package } from '../../api/client';
import { useApp } from '../../app-context';
import { Field } from '../../components/field';
import { ErrorNotice, serverFieldErrors } from '../../components/notice';
import { formatMoney, parseMoneyInput } from '../../format';
import { useLoad } from '../../hooks/use-load';
import { usePageTitle } from '../../hooks/use-page-title';
import { AdminLayout } from './admin-layout';
import { scrollRegion } from '../../components/scroll-region';

export function CreditsAdminPage() {
  return (
    <AdminLayout section="credits">
      <CreditsAdmin />
    </AdminLayout>
  );
}

type Scope = Package['scope'];
const scopes: Scope[] = ['everything', 'all_classes', 'class_types', 'services'];

/** Class types (what packages may be limited to) and the packages of credits for sale. */
function CreditsAdmin() {
  const { org, locale, t } = useApp();
  const classTypes = useLoad(() => api.classTypes(), []);
  const packages = useLoad(() => api.adminPackages(), []);
  const services = useLoad(() => api.services(), []);
  const [typeName, setTypeName] = useState('');
  const [form, setForm] = useState({
    name: '',
    credits: '10',
    price: '',
    validityDays: '90',
    scope: 'everything' as Scope,
  });
  const [scopeIds, setScopeIds] = useState<string[]>([]);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<unknown>(null);
  usePageTitle(t('admin.credits'));

  const attempt = async (action: () => Promise<unknown>, reload: () => void) => {
    setError(null);
    try {
      await action();
      reload();
    } catch (failure) {
      setError(failure);
      setFieldErrors(serverFieldErrors(failure));
    }
  };

  const addType = (event: FormEvent) => {
    event.preventDefault();
    if (!typeName.trim()) return;
    void attempt(async () => {
      await api.createClassType(typeName.trim());
      setTypeName('');
    }, classTypes.reload);
  };

  const addPackage = (event: FormEvent) => {
    event.preventDefault();
    const amount = parseMoneyInput(form.price, org.currency);
    const problems: Record<string, string> = {};
    if (!form.name.trim()) problems.name = t('form.required');
    if (amount === null || amount < 1) problems['price.amount'] = t('form.price');
    setFieldErrors(problems);
    if (Object.keys(problems).length > 0 || amount === null) return;
    const body: PackageInput = {
      name: form.name.trim(),
      credits: Number(form.credits),
      price: { amount, currency: org.currency },
      validityDays: Number(form.validityDays),
      scope: form.scope,
      scopeIds: form.scope === 'class_types' || form.scope === 'services' ? scopeIds : [],
    };
    void attempt(async () => {
      await api.createPackage(body);
      setForm({ ...form, name: '', price: '' });
      setScopeIds([]);
    }, packages.reload);
  };

  const listed =
    form.scope === 'class_types'
      ? (classTypes.data?.classTypes ?? [])
      : form.scope === 'services'
        ? (services.data?.services ?? [])
        : [];

  return (
    <section>
      <h1>{t('admin.credits')}</h1>
      {error !== null && <ErrorNotice error={error} shownFields={Object.keys(fieldErrors)} />}

      <h2>{t('creditsAdmin.packages')}</h2>
      {packages.data?.packages.length === 0 && <p className="empty">{t('creditsAdmin.noPackages')}</p>}
      {packages.data && packages.data.packages.length > 0 && (
        <div className="table-wrap" {...scrollRegion(t('creditsAdmin.packages'))}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('creditsAdmin.name')}</th>
                <th scope="col">{t('creditsAdmin.credits')}</th>
                <th scope="col">{t('creditsAdmin.price')}</th>
                <th scope="col">{t('creditsAdmin.validity')}</th>
                <th scope="col">{t('creditsAdmin.scope')}</th>
                <th scope="col">{t('admin.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {packages.data?.packages.map((pkg) => (
                <tr key={pkg.id}>
                  <td>{pkg.name}</td>
                  <td>{pkg.credits}</td>
                  <td className="nowrap">{formatMoney(pkg.price, locale)}</td>
                  <td>{t('creditsAdmin.days', { days: pkg.validityDays })}</td>
                  <td>{t(`creditsAdmin.scope.${pkg.scope}`)}</td>
                  <td>
                    <button
                      className="button button-small button-quiet"
                      type="button"
                      onClick={() => attempt(() => api.updatePackage(pkg.id, { active: !pkg.active }), packages.reload)}
                    >
                      {pkg.active ? t('creditsAdmin.withdraw') : t('creditsAdmin.offer')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      <form
        onSubmit={addPackage}
        noValidate
        className="stack card-form credits-new-package"
        aria-labelledby="new-package"
      >
        <h3 id="new-package">{t('creditsAdmin.newPackage')}</h3>
        <Field label={t('creditsAdmin.name')} error={fieldErrors.name}>
          {(control) => (
            <input {...control} value={form.name} onChange={(e) => setForm({ ...form, name: e.target.value })} />
          )}
        </Field>
        <div className="field-row">
          <Field label={t('creditsAdmin.credits')} error={fieldErrors.credits}>
            {(control) => (
              <input
                {...control}
                type="number"
                min={1}
                value={form.credits}
                onChange={(e) => setForm({ ...form, credits: e.target.value })}
              />
            )}
          </Field>
          <Field label={t('creditsAdmin.validityDays')} error={fieldErrors.validityDays}>
            {(control) => (
              <input
                {...control}
                type="number"
                min={1}
                value={form.validityDays}
                onChange={(e) => setForm({ ...form, validityDays: e.target.value })}
              />
            )}
          </Field>
        </div>
        <Field
          label={t('creditsAdmin.packagePrice', { currency: org.currency })}
          hint={t('creditsAdmin.packagePriceHint')}
          error={fieldErrors['price.amount']}
        >
          {(control) => (
            <input
              {...control}
              inputMode="decimal"
              value={form.price}
              onChange={(e) => setForm({ ...form, price: e.target.value })}
            />
          )}
        </Field>
        <Field label={t('creditsAdmin.scope')} error={fieldErrors.scopeIds}>
          {(control) => (
            <select
              {...control}
              value={form.scope}
              onChange={(e) => {
                setForm({ ...form, scope: e.target.value as Scope });
                setScopeIds([]);
              }}
            >
              {scopes.map((scope) => (
                <option key={scope} value={scope}>
                  {t(`creditsAdmin.scope.${scope}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        {listed.length > 0 && (
          <fieldset>
            <legend>{t(`creditsAdmin.scope.${form.scope}`)}</legend>
            {listed.map((item) => (
              <label key={item.id} className="choice">
                <input
                  type="checkbox"
                  checked={scopeIds.includes(item.id)}
                  onChange={(e) =>
                    setScopeIds(e.target.checked ? [...scopeIds, item.id] : scopeIds.filter((id) => id !== item.id))
                  }
                />
                <span>{item.name}</span>
              </label>
            ))}
          </fieldset>
        )}
        <button type="submit" className="button button-primary">
          {t('creditsAdmin.addPackage')}
        </button>
      </form>

      <h2>{t('creditsAdmin.classTypes')}</h2>
      {classTypes.data?.classTypes.length === 0 && <p className="muted">{t('creditsAdmin.noClassTypes')}</p>}
      <ul className="class-type-list">
        {classTypes.data?.classTypes.map((type) => (
          <li key={type.id}>
            {type.name}{' '}
            <button
              className="button button-small button-danger-quiet"
              type="button"
              onClick={() => attempt(() => api.deleteClassType(type.id), classTypes.reload)}
            >
              {t('creditsAdmin.remove', { name: type.name })}
            </button>
          </li>
        ))}
      </ul>
      <form onSubmit={addType} noValidate className="inline-add">
        <Field label={t('creditsAdmin.newClassType')}>
          {(control) => <input {...control} value={typeName} onChange={(e) => setTypeName(e.target.value)} />}
        </Field>
        <button className="button" type="submit">
          {t('creditsAdmin.addClassType')}
        </button>
      </form>
    </section>
  );
}
