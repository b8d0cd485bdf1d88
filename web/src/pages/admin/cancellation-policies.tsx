import { type FormEvent, useState } from 'react';
import { type CancellationPolicyInput, api } from '../../api/api';
import type { CancellationPolicy } from '../../api/client';
import { useApp } from '../../app-context';
import { Field } from '../../components/field';
import { ErrorNotice } from '../../components/notice';
import { formatMoney, formatPercent, moneyInputValue, parseMoneyInput, parsePercentInput } from '../../format';
import { useLoad } from '../../hooks/use-load';

type LateAction = CancellationPolicy['lateAction'];
type FeeKind = 'fixed' | 'percent';

/** The organisation's default cancellation policy and the overrides for services and class types. */
export function CancellationPolicies() {
  const { t, org, locale } = useApp();
  const policies = useLoad(() => api.cancellationPolicies(), []);
  const services = useLoad(() => api.services(), []);
  const classTypes = useLoad(() => api.classTypes(), []);
  const [error, setError] = useState<unknown>(null);
  // "" is the organisation's default; otherwise "service:<id>" or "classType:<id>".
  const [target, setTarget] = useState('');
  const [form, setForm] = useState({
    freeHours: '',
    lateAction: 'fee' as LateAction,
    feeKind: 'percent' as FeeKind,
    fee: '',
  });
  const [problems, setProblems] = useState<Record<string, string>>({});

  const list = policies.data?.policies ?? [];
  const targetOf = (policy: CancellationPolicy) =>
    policy.serviceId ? `service:${policy.serviceId}` : policy.classTypeId ? `classType:${policy.classTypeId}` : '';
  const nameOf = (policy: CancellationPolicy): string => {
    if (policy.serviceId)
      return services.data?.services.find((service) => service.id === policy.serviceId)?.name ?? policy.serviceId;
    if (policy.classTypeId)
      return classTypes.data?.classTypes.find((type) => type.id === policy.classTypeId)?.name ?? policy.classTypeId;
    return t('cancelPolicy.default');
  };
  const describe = (policy: CancellationPolicy): string => {
    const free =
      policy.freeHours === null
        ? t('cancelPolicy.freeOrgHours', { hours: org.cancellationDeadlineHours })
        : t('cancelPolicy.freeHoursShown', { hours: policy.freeHours });
    const fee = policy.lateFee
      ? policy.lateFee.kind === 'percent'
        ? formatPercent(policy.lateFee.value, locale)
        : formatMoney({ amount: policy.lateFee.value, currency: org.currency }, locale)
      : '';
    return `${free} ${t(`cancelPolicy.late.${policy.lateAction}Shown`, { fee })}`;
  };

  const choose = (value: string) => {
    setTarget(value);
    const existing = list.find((policy) => targetOf(policy) === value);
    setForm(
      existing
        ? {
            freeHours: existing.freeHours === null ? '' : String(existing.freeHours),
            lateAction: existing.lateAction,
            feeKind: existing.lateFee?.kind ?? 'percent',
            fee: existing.lateFee
              ? existing.lateFee.kind === 'percent'
                ? String(existing.lateFee.value / 100)
                : moneyInputValue({ amount: existing.lateFee.value, currency: org.currency })
              : '',
          }
        : { freeHours: '', lateAction: 'fee', feeKind: 'percent', fee: '' },
    );
  };

  const save = async (event: FormEvent) => {
    event.preventDefault();
    const found: Record<string, string> = {};
    const hours = form.freeHours.trim() === '' ? null : Number(form.freeHours);
    if (hours !== null && !(Number.isInteger(hours) && hours >= 0)) found.freeHours = t('pricing.wholeNumber');
    const value =
      form.lateAction !== 'fee'
        ? null
        : form.feeKind === 'percent'
          ? parsePercentInput(form.fee)
          : parseMoneyInput(form.fee, org.currency);
    if (form.lateAction === 'fee' && (value === null || value < 1)) found.fee = t('pricing.valueRequired');
    setProblems(found);
    if (Object.keys(found).length > 0) return;
    const [kind, id] = target.split(':');
    const body: CancellationPolicyInput = {
      freeHours: hours,
      lateAction: form.lateAction,
      lateFee: form.lateAction === 'fee' && value !== null ? { kind: form.feeKind, value } : null,
      ...(kind === 'service' ? { serviceId: id } : kind === 'classType' ? { classTypeId: id } : {}),
    };
    setError(null);
    try {
      await api.saveCancellationPolicy(body);
      policies.reload();
    } catch (failure) {
      setError(failure);
    }
  };

  const remove = async (policyId: string) => {
    setError(null);
    try {
      await api.deleteCancellationPolicy(policyId);
      policies.reload();
    } catch (failure) {
      setError(failure);
    }
  };

  return (
    <>
      <h2>{t('cancelPolicy.title')}</h2>
      <p className="muted">{t('cancelPolicy.hint')}</p>
      {error !== null && <ErrorNotice error={error} />}
      {list.length === 0 ? (
        <p>{t('cancelPolicy.none', { hours: org.cancellationDeadlineHours })}</p>
      ) : (
        <ul>
          {list.map((policy) => (
            <li key={policy.id}>
              <strong>{nameOf(policy)}</strong>: {describe(policy)}{' '}
              <button type="button" onClick={() => remove(policy.id)}>
                {t('pricing.removeNamed', { name: nameOf(policy) })}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={save} noValidate className="stack">
        <h3>{t('cancelPolicy.set')}</h3>
        <Field label={t('cancelPolicy.appliesTo')}>
          {(control) => (
            <select {...control} value={target} onChange={(e) => choose(e.target.value)}>
              <option value="">{t('cancelPolicy.default')}</option>
              {services.data?.services.map((service) => (
                <option key={service.id} value={`service:${service.id}`}>
                  {t('cancelPolicy.forService', { name: service.name })}
                </option>
              ))}
              {classTypes.data?.classTypes.map((type) => (
                <option key={type.id} value={`classType:${type.id}`}>
                  {t('cancelPolicy.forClassType', { name: type.name })}
                </option>
              ))}
            </select>
          )}
        </Field>
        <div className="field-row">
          <Field
            label={t('cancelPolicy.freeHours')}
            hint={t('cancelPolicy.freeHoursHint', { hours: org.cancellationDeadlineHours })}
            error={problems.freeHours}
          >
            {(control) => (
              <input
                {...control}
                type="number"
                min={0}
                value={form.freeHours}
                onChange={(e) => setForm({ ...form, freeHours: e.target.value })}
              />
            )}
          </Field>
          <Field label={t('cancelPolicy.lateAction')}>
            {(control) => (
              <select
                {...control}
                value={form.lateAction}
                onChange={(e) => setForm({ ...form, lateAction: e.target.value as LateAction })}
              >
                <option value="refuse">{t('cancelPolicy.late.refuse')}</option>
                <option value="fee">{t('cancelPolicy.late.fee')}</option>
                <option value="no_refund">{t('cancelPolicy.late.no_refund')}</option>
              </select>
            )}
          </Field>
        </div>
        {form.lateAction === 'fee' && (
          <div className="field-row">
            <Field label={t('cancelPolicy.feeKind')}>
              {(control) => (
                <select
                  {...control}
                  value={form.feeKind}
                  onChange={(e) => setForm({ ...form, feeKind: e.target.value as FeeKind })}
                >
                  <option value="percent">{t('pricing.kind.percent')}</option>
                  <option value="fixed">{t('pricing.kind.fixed', { currency: org.currency })}</option>
                </select>
              )}
            </Field>
            <Field
              label={
                form.feeKind === 'percent' ? t('pricing.percent') : t('pricing.amount', { currency: org.currency })
              }
              error={problems.fee}
            >
              {(control) => (
                <input
                  {...control}
                  inputMode="decimal"
                  value={form.fee}
                  onChange={(e) => setForm({ ...form, fee: e.target.value })}
                />
              )}
            </Field>
          </div>
        )}
        <button type="submit">{t('cancelPolicy.save')}</button>
      </form>
    </>
  );
}
