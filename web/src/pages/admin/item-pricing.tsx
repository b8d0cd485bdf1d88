import { type FormEvent, useState } from 'react';
import { type ItemPricingInput, api } from '../../api/api';
import type { Schemas } from '../../api/client';
import { useApp } from '../../app-context';
import { Field } from '../../components/field';
import { ErrorNotice, Notice } from '../../components/notice';
import { formatPercent, moneyInputValue, parseMoneyInput, parsePercentInput } from '../../format';
import { useAttempt } from '../../hooks/use-attempt';
import { useLoad } from '../../hooks/use-load';

type DepositKind = Schemas['Deposit']['kind'];

/** The tax rate and deposit of one service or class (admins). */
export function ItemPricingEditor({ kind, itemId }: { kind: 'service' | 'class'; itemId: string }) {
  const { t, org, locale } = useApp();
  const pricing = useLoad(
    () => (kind === 'service' ? api.servicePricing(itemId) : api.classPricing(itemId)),
    [kind, itemId],
  );
  const rates = useLoad(() => api.taxRates(), []);
  const { error, attempt, busy } = useAttempt();
  const [edit, setEdit] = useState<{ taxRateId: string; deposit: DepositKind; value: string } | null>(null);
  const [problem, setProblem] = useState<string | undefined>();
  const [saved, setSaved] = useState(false);
  const current = pricing.data;
  const values = edit ?? {
    taxRateId: current?.taxRateId ?? '',
    deposit: current?.deposit.kind ?? 'none',
    value:
      current?.deposit.kind === 'percent'
        ? String(current.deposit.basisPoints / 100)
        : current?.deposit.kind === 'fixed'
          ? moneyInputValue({ amount: current.deposit.amount, currency: org.currency })
          : '',
  };

  const save = (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    let deposit: ItemPricingInput['deposit'] = { kind: 'none' };
    if (values.deposit === 'percent') {
      const basisPoints = parsePercentInput(values.value);
      if (basisPoints === null || basisPoints < 1 || basisPoints > 10_000) {
        setProblem(t('pricing.valueRequired'));
        return;
      }
      deposit = { kind: 'percent', basisPoints };
    } else if (values.deposit === 'fixed') {
      const amount = parseMoneyInput(values.value, org.currency);
      if (amount === null || amount < 1) {
        setProblem(t('pricing.valueRequired'));
        return;
      }
      deposit = { kind: 'fixed', amount };
    }
    setProblem(undefined);
    const body: ItemPricingInput = { taxRateId: values.taxRateId || null, deposit };
    void attempt(async () => {
      await (kind === 'service' ? api.saveServicePricing(itemId, body) : api.saveClassPricing(itemId, body));
      pricing.reload();
      setEdit(null);
      setSaved(true);
    });
  };

  if (!current) return pricing.error !== null ? <ErrorNotice error={pricing.error} /> : null;
  return (
    <form onSubmit={save} noValidate className="stack">
      <h2>{t('itemPricing.title')}</h2>
      {error !== null && <ErrorNotice error={error} />}
      {saved && <Notice kind="success">{t('pricing.saved')}</Notice>}
      <div className="field-row">
        <Field label={t('itemPricing.taxRate')}>
          {(control) => (
            <select
              {...control}
              value={values.taxRateId}
              onChange={(e) => setEdit({ ...values, taxRateId: e.target.value })}
            >
              <option value="">{t('itemPricing.defaultRate')}</option>
              {rates.data?.taxRates.map((rate) => (
                <option key={rate.id} value={rate.id}>
                  {rate.name} ({formatPercent(rate.basisPoints, locale)})
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('itemPricing.deposit')}>
          {(control) => (
            <select
              {...control}
              value={values.deposit}
              onChange={(e) => setEdit({ ...values, deposit: e.target.value as DepositKind, value: '' })}
            >
              <option value="none">{t('itemPricing.deposit.none')}</option>
              <option value="percent">{t('pricing.kind.percent')}</option>
              <option value="fixed">{t('pricing.kind.fixed', { currency: org.currency })}</option>
            </select>
          )}
        </Field>
        {values.deposit !== 'none' && (
          <Field
            label={
              values.deposit === 'percent' ? t('pricing.percent') : t('pricing.amount', { currency: org.currency })
            }
            error={problem}
          >
            {(control) => (
              <input
                {...control}
                inputMode="decimal"
                value={values.value}
                onChange={(e) => setEdit({ ...values, value: e.target.value })}
              />
            )}
          </Field>
        )}
      </div>
      <button className="button" type="submit" disabled={busy}>
        {t('itemPricing.save')}
      </button>
    </form>
  );
}
