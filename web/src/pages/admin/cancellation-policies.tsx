import { type FormEvent, useState } from 'react';
import { type CancellationPolicyInput, api } from '../../api/api';
import type { CancellationPolicy } from '../../api/client';
import { useApp } from '../../app-context';
import { Field } from '../../components/field';
import { ErrorNotice } from '../../components/notice';
import { formatFee, moneyInputValue, parseMoneyInput, parsePercentInput } from '../../format';
import { useLoad } from '../../hooks/use-load';

type LateAction = CancellationPolicy['lateAction'];
type FeeKind = 'fixed' | 'percent';
type RefundTo = CancellationPolicy['refundTo'];
type Fee = NonNullable<CancellationPolicy['noShowFee']>;

const blankForm = {
  freeHours: '',
  lateAction: 'fee' as LateAction,
  feeKind: 'percent' as FeeKind,
  fee: '',
  refundTo: 'card' as RefundTo,
  creditValidityDays: '365',
  noShowFee: false,
  noShowFeeKind: 'percent' as FeeKind,
  noShowFeeValue: '',
};

/** The organisation's default cancellation policy and the overrides for services and class types. */
export function CancellationPolicies() {
  const { t, org, locale } = useApp();
  const policies = useLoad(() => api.cancellationPolicies(), []);
  const services = useLoad(() => api.services(), []);
  const classTypes = useLoad(() => api.classTypes(), []);
  const [error, setError] = useState<unknown>(null);
  // "" is the organisation's default; otherwise "service:<id>" or "classType:<id>".
  const [target, setTarget] = useState('');
  const [form, setForm] = useState(blankForm);
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
  const feeShown = (fee: Fee): string => formatFee(fee, org.currency, locale);
  const feeInput = (fee: Fee): string =>
    fee.kind === 'percent' ? String(fee.value / 100) : moneyInputValue({ amount: fee.value, currency: org.currency });
  const parseFee = (kind: FeeKind, text: string): number | null =>
    kind === 'percent' ? parsePercentInput(text) : parseMoneyInput(text, org.currency);
  const describe = (policy: CancellationPolicy): string => {
    const free =
      policy.freeHours === null
        ? t('cancelPolicy.freeOrgHours', { hours: org.cancellationDeadlineHours })
        : t('cancelPolicy.freeHoursShown', { hours: policy.freeHours });
    const fee = policy.lateFee ? feeShown(policy.lateFee) : '';
    const refund =
      policy.refundTo === 'credit'
        ? t('cancelPolicy.refundTo.creditShown', { days: policy.creditValidityDays })
        : t('cancelPolicy.refundTo.cardShown');
    const noShow = policy.noShowFee
      ? t('cancelPolicy.noShow.feeShown', { fee: feeShown(policy.noShowFee) })
      : t('cancelPolicy.noShow.keepShown');
    return `${free} ${t(`cancelPolicy.late.${policy.lateAction}Shown`, { fee })} ${refund} ${noShow}`;
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
            fee: existing.lateFee ? feeInput(existing.lateFee) : '',
            refundTo: existing.refundTo,
            creditValidityDays: String(existing.creditValidityDays),
            noShowFee: existing.noShowFee !== null,
            noShowFeeKind: existing.noShowFee?.kind ?? 'percent',
            noShowFeeValue: existing.noShowFee ? feeInput(existing.noShowFee) : '',
          }
        : blankForm,
    );
  };

  const save = async (event: FormEvent) => {
    event.preventDefault();
    const found: Record<string, string> = {};
    const hours = form.freeHours.trim() === '' ? null : Number(form.freeHours);
    if (hours !== null && !(Number.isInteger(hours) && hours >= 0)) found.freeHours = t('pricing.wholeNumber');
    const value = form.lateAction === 'fee' ? parseFee(form.feeKind, form.fee) : null;
    if (form.lateAction === 'fee' && (value === null || value < 1)) found.fee = t('pricing.valueRequired');
    const validity = Number(form.creditValidityDays);
    const validityOk = Number.isInteger(validity) && validity >= 1 && validity <= 3650;
    if (form.refundTo === 'credit' && !validityOk) found.creditValidityDays = t('cancelPolicy.validityRange');
    const noShowValue = form.noShowFee ? parseFee(form.noShowFeeKind, form.noShowFeeValue) : null;
    if (form.noShowFee && (noShowValue === null || noShowValue < 1)) found.noShowFee = t('pricing.valueRequired');
    setProblems(found);
    if (Object.keys(found).length > 0) return;
    const [kind, id] = target.split(':');
    const body: CancellationPolicyInput = {
      freeHours: hours,
      lateAction: form.lateAction,
      lateFee: form.lateAction === 'fee' && value !== null ? { kind: form.feeKind, value } : null,
      refundTo: form.refundTo,
      // Hidden while refunds go to the card; the server's default stands in for a value left unusable.
      ...(validityOk ? { creditValidityDays: validity } : {}),
      noShowFee: form.noShowFee && noShowValue !== null ? { kind: form.noShowFeeKind, value: noShowValue } : null,
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
              <button
                className="button button-small button-danger-quiet"
                type="button"
                onClick={() => remove(policy.id)}
              >
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
            <FeeFields
              currency={org.currency}
              kindLabel={t('cancelPolicy.feeKind')}
              valueLabel={
                form.feeKind === 'percent' ? t('pricing.percent') : t('pricing.amount', { currency: org.currency })
              }
              kind={form.feeKind}
              value={form.fee}
              error={problems.fee}
              onChange={(feeKind, fee) => setForm({ ...form, feeKind, fee })}
            />
          </div>
        )}
        <div className="field-row">
          <Field label={t('cancelPolicy.refundTo')}>
            {(control) => (
              <select
                {...control}
                value={form.refundTo}
                onChange={(e) => setForm({ ...form, refundTo: e.target.value as RefundTo })}
              >
                <option value="card">{t('cancelPolicy.refundTo.card')}</option>
                <option value="credit">{t('cancelPolicy.refundTo.credit')}</option>
              </select>
            )}
          </Field>
          {form.refundTo === 'credit' && (
            <Field label={t('cancelPolicy.creditValidityDays')} error={problems.creditValidityDays}>
              {(control) => (
                <input
                  {...control}
                  type="number"
                  min={1}
                  max={3650}
                  value={form.creditValidityDays}
                  onChange={(e) => setForm({ ...form, creditValidityDays: e.target.value })}
                />
              )}
            </Field>
          )}
        </div>
        <div className="field-row">
          <Field label={t('cancelPolicy.noShow')}>
            {(control) => (
              <select
                {...control}
                value={form.noShowFee ? 'fee' : 'keep'}
                onChange={(e) => setForm({ ...form, noShowFee: e.target.value === 'fee' })}
              >
                <option value="keep">{t('cancelPolicy.noShow.keep')}</option>
                <option value="fee">{t('cancelPolicy.noShow.fee')}</option>
              </select>
            )}
          </Field>
          {form.noShowFee && (
            <FeeFields
              currency={org.currency}
              kindLabel={t('cancelPolicy.noShowFeeKind')}
              valueLabel={
                form.noShowFeeKind === 'percent'
                  ? t('cancelPolicy.noShowFeePercent')
                  : t('cancelPolicy.noShowFeeAmount', { currency: org.currency })
              }
              kind={form.noShowFeeKind}
              value={form.noShowFeeValue}
              error={problems.noShowFee}
              onChange={(noShowFeeKind, noShowFeeValue) => setForm({ ...form, noShowFeeKind, noShowFeeValue })}
            />
          )}
        </div>
        <button className="button" type="submit">
          {t('cancelPolicy.save')}
        </button>
      </form>
    </>
  );
}

/** A fee's kind (percent or a fixed amount) and its value, as the late-cancel and no-show fees both ask. */
function FeeFields(props: {
  currency: string;
  kindLabel: string;
  valueLabel: string;
  kind: FeeKind;
  value: string;
  error: string | undefined;
  onChange: (kind: FeeKind, value: string) => void;
}) {
  const { t } = useApp();
  return (
    <>
      <Field label={props.kindLabel}>
        {(control) => (
          <select
            {...control}
            value={props.kind}
            onChange={(e) => props.onChange(e.target.value as FeeKind, props.value)}
          >
            <option value="percent">{t('pricing.kind.percent')}</option>
            <option value="fixed">{t('pricing.kind.fixed', { currency: props.currency })}</option>
          </select>
        )}
      </Field>
      <Field label={props.valueLabel} error={props.error}>
        {(control) => (
          <input
            {...control}
            inputMode="decimal"
            value={props.value}
            onChange={(e) => props.onChange(props.kind, e.target.value)}
          />
        )}
      </Field>
    </>
  );
}
