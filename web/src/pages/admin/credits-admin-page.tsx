import { type FormEvent, useState } from 'react';
import { type PackageInput, api } from '../../api/api';
import type { Package } from '../../api/client';
import { useApp } from '../../app-context';
import { Field } from '../../components/field';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { ErrorNotice, Notice, serverFieldErrors } from '../../components/notice';
import { formatInstant, formatMoney, parseMoneyInput } from '../../format';
import { useLoad } from '../../hooks/use-load';
import { useAttempt } from '../../hooks/use-attempt';
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

      <WaitingPurchases />

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

/**
 * Packages bought by Swish or bank transfer whose money staff have not seen yet: shown only when there
 * are some, each with the message to look for and Mark paid, which grants the credits.
 */
function WaitingPurchases() {
  const { org, locale, t } = useApp();
  const waiting = useLoad(() => api.waitingPurchases(), []);
  const [asking, setAsking] = useState<WaitingPurchase | null>(null);
  const { busy, error, setError, attempt } = useAttempt();
  const [done, setDone] = useState<string | null>(null);
  const purchases = waiting.data?.purchases ?? [];
  if (waiting.error !== null) return <ErrorNotice error={waiting.error} />;
  if (purchases.length === 0 && !done) return null;

  const markPaid = (purchase: WaitingPurchase) =>
    attempt(async () => {
      await api.markPaid(purchase.paymentId);
      setDone(t('creditsAdmin.waiting.paid', { name: purchase.customer.name, credits: purchase.credits }));
      setAsking(null);
      waiting.reload();
    });

  return (
    <section aria-labelledby="waiting-purchases">
      <h2 id="waiting-purchases">{t('creditsAdmin.waiting.title')}</h2>
      {done && <Notice kind="success">{done}</Notice>}
      {purchases.length > 0 && (
        <>
          <p className="muted">{t('creditsAdmin.waiting.hint')}</p>
          <div className="table-wrap" {...scrollRegion(t('creditsAdmin.waiting.title'))}>
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('bookings.customer')}</th>
                  <th scope="col">{t('creditsAdmin.waiting.package')}</th>
                  <th scope="col">{t('creditsAdmin.waiting.amount')}</th>
                  <th scope="col">{t('creditsAdmin.waiting.reference')}</th>
                  <th scope="col">{t('admin.actions')}</th>
                </tr>
              </thead>
              <tbody>
                {purchases.map((purchase) => (
                  <tr key={purchase.id}>
                    <td>
                      {purchase.customer.name}
                      <div className="muted break">{purchase.customer.email}</div>
                    </td>
                    <td>
                      {purchase.packageName}
                      <div className="muted">
                        {formatInstant(purchase.createdAt, 'shortDateTime', locale, org.timeZone)}
                      </div>
                    </td>
                    <td className="nowrap">
                      {formatMoney(purchase.amount, locale)}
                      <div className="muted">{t(`payment.${purchase.method}`)}</div>
                    </td>
                    <td>
                      <code>{purchase.reference}</code>
                    </td>
                    <td>
                      <button
                        type="button"
                        className="button button-small"
                        onClick={() => setAsking(purchase)}
                        aria-label={`${t('bookings.markPaid')}: ${purchase.customer.name}`}
                      >
                        {t('bookings.markPaid')}
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
      {asking && (
        <ConfirmDialog
          title={t('bookings.markPaidTitle', { name: asking.customer.name })}
          confirmLabel={t('bookings.markPaidYes')}
          cancelLabel={t('admin.close')}
          busy={busy}
          error={error}
          onConfirm={() => void markPaid(asking)}
          onClose={() => {
            setAsking(null);
            setError(null);
          }}
        >
          <p>
            {t('creditsAdmin.waiting.confirm', {
              amount: formatMoney(asking.amount, locale),
              reference: asking.reference ?? '',
              credits: asking.credits,
            })}
          </p>
        </ConfirmDialog>
      )}
    </section>
  );
}

type WaitingPurchase = Awaited<ReturnType<typeof api.waitingPurchases>>['purchases'][number];
