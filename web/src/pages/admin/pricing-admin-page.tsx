import { type FormEvent, type ReactNode, useState } from 'react';
import { type PromoCodeInput, type SurchargeInput, api } from '../../api/api';
import type { PriceAdjustment, SurchargeRule, TaxRate } from '../../api/client';
import { useApp } from '../../app-context';
import { Field } from '../../components/field';
import { ErrorNotice, Notice } from '../../components/notice';
import {
  formatInstant,
  formatMoney,
  formatPercent,
  addDays,
  startOfDayIn,
  localeTags,
  moneyInputValue,
  parseMoneyInput,
  parsePercentInput,
} from '../../format';
import { useLoad } from '../../hooks/use-load';
import { useAttempt } from '../../hooks/use-attempt';
import { usePageTitle } from '../../hooks/use-page-title';
import type { Locale } from '../../i18n/messages';
import { AdminLayout } from './admin-layout';
import { CancellationPolicies } from './cancellation-policies';
import { scrollRegion } from '../../components/scroll-region';

export function PricingAdminPage() {
  return (
    <AdminLayout section="pricing">
      <PricingAdmin />
    </AdminLayout>
  );
}

function PricingAdmin() {
  const { t } = useApp();
  usePageTitle(t('admin.pricing'));
  return (
    <section>
      <h1>{t('admin.pricing')}</h1>
      <TaxSection />
      <PromoSection />
      <SurchargeSection />
      <HolidaySection />
      <ServiceAreaSection />
      <CancellationPolicies />
    </section>
  );
}

function TaxSection() {
  const { t, locale } = useApp();
  const settings = useLoad(() => api.pricingSettings(), []);
  const rates = useLoad(() => api.taxRates(), []);
  const { error, attempt } = useAttempt();
  const [saved, setSaved] = useState(false);
  const [newRate, setNewRate] = useState({ name: '', percent: '' });
  const [problem, setProblem] = useState<string | undefined>();

  const addRate = (event: FormEvent) => {
    event.preventDefault();
    const basisPoints = parsePercentInput(newRate.percent);
    if (!newRate.name.trim() || basisPoints === null) {
      setProblem(t('pricing.percentRequired'));
      return;
    }
    setProblem(undefined);
    void attempt(async () => {
      await api.createTaxRate({ name: newRate.name.trim(), basisPoints });
      setNewRate({ name: '', percent: '' });
      rates.reload();
    });
  };

  const list = rates.data?.taxRates ?? [];
  return (
    <>
      <h2>{t('pricing.tax')}</h2>
      {error !== null && <ErrorNotice error={error} />}
      {saved && <Notice kind="success">{t('pricing.saved')}</Notice>}
      {settings.data && (
        <div className="stack">
          <label className="choice">
            <input
              type="checkbox"
              checked={settings.data.pricesIncludeTax}
              onChange={(e) =>
                attempt(async () => {
                  await api.updatePricingSettings({ pricesIncludeTax: e.target.checked });
                  settings.reload();
                })
              }
            />
            <span>{t('pricing.pricesIncludeTax')}</span>
          </label>
          <Field label={t('pricing.defaultTaxRate')} hint={t('pricing.defaultTaxRateHint')}>
            {(control) => (
              <select
                {...control}
                value={settings.data?.defaultTaxRateId ?? ''}
                onChange={async (e) => {
                  setSaved(false);
                  const defaultTaxRateId = e.target.value || null;
                  await attempt(async () => {
                    await api.updatePricingSettings({ defaultTaxRateId });
                    settings.reload();
                    setSaved(true);
                  });
                }}
              >
                <option value="">{t('pricing.noTax')}</option>
                {list.map((rate) => (
                  <option key={rate.id} value={rate.id}>
                    {rate.name} ({formatPercent(rate.basisPoints, locale)})
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
      )}
      <h3>{t('pricing.taxRates')}</h3>
      <ul>
        {list.map((rate) => (
          <TaxRateRow key={rate.id} rate={rate} attempt={attempt} reload={rates.reload} />
        ))}
      </ul>
      <form onSubmit={addRate} noValidate className="field-row">
        <Field label={t('pricing.taxName')} error={problem}>
          {(control) => (
            <input
              {...control}
              value={newRate.name}
              onChange={(e) => setNewRate({ ...newRate, name: e.target.value })}
            />
          )}
        </Field>
        <Field label={t('pricing.taxPercent')}>
          {(control) => (
            <input
              {...control}
              inputMode="decimal"
              value={newRate.percent}
              onChange={(e) => setNewRate({ ...newRate, percent: e.target.value })}
            />
          )}
        </Field>
        <button className="button" type="submit">
          {t('pricing.addTaxRate')}
        </button>
      </form>
    </>
  );
}

type Attempt = ReturnType<typeof useAttempt>['attempt'];

function TaxRateRow({ rate, attempt, reload }: { rate: TaxRate; attempt: Attempt; reload: () => void }) {
  const { t, locale } = useApp();
  const [name, setName] = useState(rate.name);
  return (
    <li className="field-row">
      <Field label={t('pricing.taxNameOf', { percent: formatPercent(rate.basisPoints, locale) })}>
        {(control) => <input {...control} value={name} onChange={(e) => setName(e.target.value)} />}
      </Field>
      <button
        className="button button-small button-quiet"
        type="button"
        disabled={!name.trim() || name === rate.name}
        onClick={() =>
          attempt(async () => {
            await api.updateTaxRate(rate.id, { name: name.trim() });
            reload();
          })
        }
      >
        {t('pricing.rename')}
      </button>
      <button
        className="button button-small button-danger-quiet"
        type="button"
        onClick={() =>
          attempt(async () => {
            await api.deleteTaxRate(rate.id);
            reload();
          })
        }
      >
        {t('pricing.removeNamed', { name: rate.name })}
      </button>
    </li>
  );
}

function AdjustmentText({ adjustment }: { adjustment: PriceAdjustment }) {
  const { org, locale } = useApp();
  return adjustment.kind === 'percent'
    ? formatPercent(adjustment.basisPoints, locale)
    : formatMoney({ amount: adjustment.amount, currency: org.currency }, locale);
}

/** A percent or an amount, as typed; null if the value does not read as one. */
function useAdjustmentInput() {
  const { org, t } = useApp();
  const [kind, setKind] = useState<'percent' | 'fixed'>('percent');
  const [value, setValue] = useState('');
  const parse = (): PriceAdjustment | null => {
    if (kind === 'percent') {
      const basisPoints = parsePercentInput(value);
      return basisPoints === null || basisPoints < 1 ? null : { kind, basisPoints };
    }
    const amount = parseMoneyInput(value, org.currency);
    return amount === null || amount < 1 ? null : { kind, amount };
  };
  const fields = (error: string | undefined): ReactNode => (
    <>
      <Field label={t('pricing.adjustmentKind')}>
        {(control) => (
          <select {...control} value={kind} onChange={(e) => setKind(e.target.value as 'percent' | 'fixed')}>
            <option value="percent">{t('pricing.kind.percent')}</option>
            <option value="fixed">{t('pricing.kind.fixed', { currency: org.currency })}</option>
          </select>
        )}
      </Field>
      <Field
        label={kind === 'percent' ? t('pricing.percent') : t('pricing.amount', { currency: org.currency })}
        error={error}
      >
        {(control) => (
          <input {...control} inputMode="decimal" value={value} onChange={(e) => setValue(e.target.value)} />
        )}
      </Field>
    </>
  );
  return { parse, fields, reset: () => setValue('') };
}

type PromoScope = 'all' | 'classes' | 'services' | 'listed';
const blankPromoLimits = {
  scope: 'all' as PromoScope,
  serviceIds: [] as string[],
  classIds: [] as string[],
  minimumOrder: '',
  perCustomer: '',
  firstBookingOnly: false,
  from: '',
  until: '',
};

function PromoSection() {
  const { t, org, locale } = useApp();
  const promos = useLoad(() => api.promoCodes(), []);
  const services = useLoad(() => api.services(), []);
  // Single classes a code may be limited to: the coming ones (an intro offer for one workshop).
  const classes = useLoad(() => api.classes({ status: 'scheduled', limit: 500 }), []);
  const { error, attempt } = useAttempt();
  const adjustment = useAdjustmentInput();
  const [code, setCode] = useState('');
  const [maxUses, setMaxUses] = useState('');
  const [limits, setLimits] = useState(blankPromoLimits);
  const [problems, setProblems] = useState<Record<string, string>>({});

  const create = (event: FormEvent) => {
    event.preventDefault();
    const parsed = adjustment.parse();
    const limit = maxUses.trim() === '' ? null : Number(maxUses);
    const found: Record<string, string> = {};
    if (!code.trim()) found.code = t('form.required');
    if (parsed === null) found.adjustment = t('pricing.valueRequired');
    if (limit !== null && !(Number.isInteger(limit) && limit > 0)) found.maxUses = t('pricing.wholeNumber');
    const perCustomer = limits.perCustomer.trim() === '' ? null : Number(limits.perCustomer);
    if (perCustomer !== null && !(Number.isInteger(perCustomer) && perCustomer > 0))
      found.maxUsesPerCustomer = t('pricing.wholeNumber');
    const minimum = limits.minimumOrder.trim() === '' ? 0 : parseMoneyInput(limits.minimumOrder, org.currency);
    if (minimum === null) found.minimumOrder = t('form.price');
    if (limits.scope === 'listed' && limits.serviceIds.length + limits.classIds.length === 0)
      found.appliesTo = t('pricing.promoPickService');
    // The window is whole days in the business's zone: from the start of the first to the end of the last.
    const validFrom = limits.from ? startOfDayIn(limits.from, org.timeZone) : null;
    const validUntil = limits.until ? startOfDayIn(addDays(limits.until, 1), org.timeZone) : null;
    if (validFrom && validUntil && validFrom >= validUntil) found.validUntil = t('pricing.promoWindowOrder');
    setProblems(found);
    if (Object.keys(found).length > 0 || parsed === null || minimum === null) return;
    const body: PromoCodeInput = {
      code: code.trim(),
      adjustment: parsed,
      maxUses: limit,
      maxUsesPerCustomer: perCustomer,
      minimumOrder: minimum,
      firstBookingOnly: limits.firstBookingOnly,
      validFrom,
      validUntil,
      appliesTo:
        limits.scope === 'listed'
          ? { kind: 'listed', serviceIds: limits.serviceIds, classIds: limits.classIds }
          : { kind: limits.scope },
    };
    void attempt(async () => {
      await api.createPromoCode(body);
      setCode('');
      setMaxUses('');
      setLimits(blankPromoLimits);
      adjustment.reset();
      promos.reload();
    });
  };

  return (
    <>
      <h2>{t('pricing.promoCodes')}</h2>
      {error !== null && <ErrorNotice error={error} />}
      <div className="table-wrap" {...scrollRegion(t('pricing.promoCodes'))}>
        <table>
          <thead>
            <tr>
              <th scope="col">{t('pricing.code')}</th>
              <th scope="col">{t('pricing.discount')}</th>
              <th scope="col">{t('pricing.uses')}</th>
              <th scope="col">{t('pricing.promoAppliesTo')}</th>
              <th scope="col">{t('pricing.promoLimits')}</th>
              <th scope="col">{t('pricing.promoValid')}</th>
              <th scope="col">{t('admin.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {promos.data?.promoCodes.map((promo) => (
              <tr key={promo.id}>
                <td>{promo.code}</td>
                <td className="nowrap">
                  <AdjustmentText adjustment={promo.adjustment} />
                </td>
                <td>
                  {promo.maxUses === null
                    ? t('pricing.usesUnlimited', { count: promo.usesCount })
                    : t('pricing.usesOf', { count: promo.usesCount, limit: promo.maxUses })}
                </td>
                <td>
                  {promo.appliesTo.kind === 'listed'
                    ? [
                        ...promo.appliesTo.serviceIds.map(
                          (id) => services.data?.services.find((s) => s.id === id)?.name ?? id.slice(0, 8),
                        ),
                        ...promo.appliesTo.classIds.map((id) => {
                          const cls = classes.data?.classes.find((c) => c.id === id);
                          return cls
                            ? `${cls.title}, ${formatInstant(cls.startsAt, 'shortDateTime', locale, cls.timeZone)}`
                            : t('pricing.promoPastClass');
                        }),
                      ].join('; ')
                    : t(`pricing.promoScope.${promo.appliesTo.kind}`)}
                </td>
                <td>
                  {[
                    promo.maxUsesPerCustomer !== null &&
                      t('pricing.promoPerCustomerShort', { count: promo.maxUsesPerCustomer }),
                    promo.minimumOrder > 0 &&
                      t('pricing.promoMinimumShort', {
                        amount: formatMoney({ amount: promo.minimumOrder, currency: org.currency }, locale),
                      }),
                    promo.firstBookingOnly && t('pricing.promoFirstShort'),
                  ]
                    .filter(Boolean)
                    .join(' · ') || t('pricing.promoNoLimits')}
                </td>
                <td className="nowrap">
                  {promo.validFrom || promo.validUntil
                    ? `${promo.validFrom ? formatInstant(promo.validFrom, 'shortDate', locale, org.timeZone) : '…'} – ${
                        promo.validUntil
                          ? formatInstant(
                              new Date(new Date(promo.validUntil).getTime() - 1).toISOString(),
                              'shortDate',
                              locale,
                              org.timeZone,
                            )
                          : '…'
                      }`
                    : t('pricing.promoAlways')}
                </td>
                <td>
                  {promo.active ? (
                    <button
                      className="button button-small button-quiet"
                      type="button"
                      onClick={() =>
                        attempt(async () => {
                          await api.updatePromoCode(promo.id, { active: false });
                          promos.reload();
                        })
                      }
                    >
                      {t('pricing.deactivate', { code: promo.code })}
                    </button>
                  ) : (
                    t('pricing.inactive')
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <form onSubmit={create} noValidate className="stack">
        <h3>{t('pricing.newPromoCode')}</h3>
        <div className="field-row">
          <Field label={t('pricing.code')} error={problems.code}>
            {(control) => <input {...control} value={code} onChange={(e) => setCode(e.target.value)} />}
          </Field>
          {adjustment.fields(problems.adjustment)}
          <Field label={t('pricing.maxUses')} hint={t('pricing.maxUsesHint')} error={problems.maxUses}>
            {(control) => (
              <input {...control} type="number" min={1} value={maxUses} onChange={(e) => setMaxUses(e.target.value)} />
            )}
          </Field>
        </div>
        <div className="field-row">
          <Field label={t('pricing.promoAppliesTo')} error={problems.appliesTo}>
            {(control) => (
              <select
                {...control}
                value={limits.scope}
                onChange={(e) =>
                  setLimits({ ...limits, scope: e.target.value as PromoScope, serviceIds: [], classIds: [] })
                }
              >
                {(['all', 'classes', 'services', 'listed'] as const).map((scope) => (
                  <option key={scope} value={scope}>
                    {t(`pricing.promoScope.${scope}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t('pricing.promoMinimum', { currency: org.currency })} error={problems.minimumOrder}>
            {(control) => (
              <input
                {...control}
                inputMode="decimal"
                value={limits.minimumOrder}
                onChange={(e) => setLimits({ ...limits, minimumOrder: e.target.value })}
              />
            )}
          </Field>
          <Field
            label={t('pricing.promoPerCustomer')}
            hint={t('pricing.maxUsesHint')}
            error={problems.maxUsesPerCustomer}
          >
            {(control) => (
              <input
                {...control}
                type="number"
                min={1}
                value={limits.perCustomer}
                onChange={(e) => setLimits({ ...limits, perCustomer: e.target.value })}
              />
            )}
          </Field>
        </div>
        {limits.scope === 'listed' && (
          <fieldset>
            <legend>{t('pricing.promoScope.listed')}</legend>
            {services.data?.services.map((service) => (
              <label key={service.id} className="choice">
                <input
                  type="checkbox"
                  checked={limits.serviceIds.includes(service.id)}
                  onChange={(e) =>
                    setLimits({
                      ...limits,
                      serviceIds: e.target.checked
                        ? [...limits.serviceIds, service.id]
                        : limits.serviceIds.filter((id) => id !== service.id),
                    })
                  }
                />
                <span>{service.name}</span>
              </label>
            ))}
            {classes.data?.classes.map((cls) => (
              <label key={cls.id} className="choice">
                <input
                  type="checkbox"
                  checked={limits.classIds.includes(cls.id)}
                  onChange={(e) =>
                    setLimits({
                      ...limits,
                      classIds: e.target.checked
                        ? [...limits.classIds, cls.id]
                        : limits.classIds.filter((id) => id !== cls.id),
                    })
                  }
                />
                <span>
                  {cls.title}, {formatInstant(cls.startsAt, 'shortDateTime', locale, cls.timeZone)}
                </span>
              </label>
            ))}
          </fieldset>
        )}
        <div className="field-row">
          <Field label={t('pricing.promoFrom')}>
            {(control) => (
              <input
                {...control}
                type="date"
                value={limits.from}
                onChange={(e) => setLimits({ ...limits, from: e.target.value })}
              />
            )}
          </Field>
          <Field label={t('pricing.promoUntil')} error={problems.validUntil}>
            {(control) => (
              <input
                {...control}
                type="date"
                value={limits.until}
                onChange={(e) => setLimits({ ...limits, until: e.target.value })}
              />
            )}
          </Field>
        </div>
        <label className="choice">
          <input
            type="checkbox"
            checked={limits.firstBookingOnly}
            onChange={(e) => setLimits({ ...limits, firstBookingOnly: e.target.checked })}
          />
          <span>{t('pricing.promoFirstBooking')}</span>
        </label>
        <button type="submit" className="button button-primary">
          {t('pricing.addPromoCode')}
        </button>
      </form>
    </>
  );
}

const weekdays = [1, 2, 3, 4, 5, 6, 7];

function weekdayName(weekday: number, locale: Locale): string {
  // 2024-01-01 was a Monday: ISO weekday 1.
  return new Intl.DateTimeFormat(localeTags[locale], { weekday: 'short', timeZone: 'UTC' }).format(
    new Date(Date.UTC(2024, 0, weekday)),
  );
}

function SurchargeWhen({ rule }: { rule: SurchargeRule }) {
  const { t, locale } = useApp();
  const when = rule.when;
  if (when.kind === 'holiday') return t('pricing.when.holiday');
  if (when.kind === 'short_notice') return t('pricing.when.shortNoticeOf', { minutes: when.withinMinutes });
  const days = when.weekdays.map((day) => weekdayName(day, locale)).join(', ');
  return `${days} ${when.from ?? '00:00'}–${when.until ?? '24:00'}`;
}

function SurchargeSection() {
  const { t, locale } = useApp();
  const rules = useLoad(() => api.surcharges(), []);
  const { error, attempt } = useAttempt();
  const adjustment = useAdjustmentInput();
  const [form, setForm] = useState({
    name: '',
    kind: 'weekly' as SurchargeRule['when']['kind'],
    days: [6, 7],
    from: '',
    until: '',
    minutes: '120',
  });
  const [problems, setProblems] = useState<Record<string, string>>({});

  const add = (event: FormEvent) => {
    event.preventDefault();
    const parsed = adjustment.parse();
    const found: Record<string, string> = {};
    if (!form.name.trim()) found.name = t('form.required');
    if (parsed === null) found.adjustment = t('pricing.valueRequired');
    if (form.kind === 'weekly' && form.days.length === 0) found.days = t('pricing.chooseDays');
    const minutes = Number(form.minutes);
    if (form.kind === 'short_notice' && !(Number.isInteger(minutes) && minutes > 0))
      found.minutes = t('pricing.wholeNumber');
    setProblems(found);
    if (Object.keys(found).length > 0 || parsed === null) return;
    const when: SurchargeInput['when'] =
      form.kind === 'weekly'
        ? { kind: 'weekly', weekdays: form.days, from: form.from || null, until: form.until || null }
        : form.kind === 'holiday'
          ? { kind: 'holiday' }
          : { kind: 'short_notice', withinMinutes: minutes };
    void attempt(async () => {
      await api.createSurcharge({ name: form.name.trim(), when, adjustment: parsed });
      setForm({ ...form, name: '' });
      adjustment.reset();
      rules.reload();
    });
  };

  return (
    <>
      <h2>{t('pricing.surcharges')}</h2>
      <p className="muted">{t('pricing.surchargesHint')}</p>
      {error !== null && <ErrorNotice error={error} />}
      <ul>
        {rules.data?.surcharges.map((rule) => (
          <li key={rule.id}>
            {rule.name}: <SurchargeWhen rule={rule} />, +<AdjustmentText adjustment={rule.adjustment} />{' '}
            <button
              className="button button-small button-danger-quiet"
              type="button"
              onClick={() =>
                attempt(async () => {
                  await api.deleteSurcharge(rule.id);
                  rules.reload();
                })
              }
            >
              {t('pricing.removeNamed', { name: rule.name })}
            </button>
          </li>
        ))}
      </ul>
      <form onSubmit={add} noValidate className="stack">
        <h3>{t('pricing.newSurcharge')}</h3>
        <div className="field-row">
          <Field label={t('pricing.surchargeName')} error={problems.name}>
            {(control) => (
              <input {...control} value={form.name} onChange={(e) => setForm({ ...form, name: e.target.value })} />
            )}
          </Field>
          <Field label={t('pricing.when')}>
            {(control) => (
              <select
                {...control}
                value={form.kind}
                onChange={(e) => setForm({ ...form, kind: e.target.value as SurchargeRule['when']['kind'] })}
              >
                <option value="weekly">{t('pricing.when.weekly')}</option>
                <option value="holiday">{t('pricing.when.holiday')}</option>
                <option value="short_notice">{t('pricing.when.shortNotice')}</option>
              </select>
            )}
          </Field>
          {adjustment.fields(problems.adjustment)}
        </div>
        {form.kind === 'weekly' && (
          <>
            <fieldset>
              <legend>{t('pricing.days')}</legend>
              {problems.days && <p className="field-error">{problems.days}</p>}
              {weekdays.map((day) => (
                <label key={day} className="choice">
                  <input
                    type="checkbox"
                    checked={form.days.includes(day)}
                    onChange={(e) =>
                      setForm({
                        ...form,
                        days: e.target.checked
                          ? [...form.days, day].sort()
                          : form.days.filter((other) => other !== day),
                      })
                    }
                  />
                  <span>{weekdayName(day, locale)}</span>
                </label>
              ))}
            </fieldset>
            <div className="field-row">
              <Field label={t('pricing.from')} hint={t('pricing.fromHint')}>
                {(control) => (
                  <input
                    {...control}
                    type="time"
                    value={form.from}
                    onChange={(e) => setForm({ ...form, from: e.target.value })}
                  />
                )}
              </Field>
              <Field label={t('pricing.until')} hint={t('pricing.untilHint')}>
                {(control) => (
                  <input
                    {...control}
                    type="time"
                    value={form.until}
                    onChange={(e) => setForm({ ...form, until: e.target.value })}
                  />
                )}
              </Field>
            </div>
          </>
        )}
        {form.kind === 'short_notice' && (
          <Field label={t('pricing.withinMinutes')} error={problems.minutes}>
            {(control) => (
              <input
                {...control}
                type="number"
                min={1}
                value={form.minutes}
                onChange={(e) => setForm({ ...form, minutes: e.target.value })}
              />
            )}
          </Field>
        )}
        <button className="button" type="submit">
          {t('pricing.addSurcharge')}
        </button>
      </form>
    </>
  );
}

/** Holidays as lines of "YYYY-MM-DD name": the whole list is saved at once. */
function HolidaySection() {
  const { t } = useApp();
  const holidays = useLoad(() => api.holidays(), []);
  const { error, attempt } = useAttempt();
  const [text, setText] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | undefined>();
  const [saved, setSaved] = useState(false);
  const shown = text ?? holidays.data?.holidays.map((day) => `${day.date} ${day.name}`).join('\n') ?? '';

  const save = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const lines = shown
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean);
    const parsed = lines.map((line) => /^(\d{4}-\d{2}-\d{2})\s+(.+)$/.exec(line));
    const bad = lines.find((_, index) => parsed[index] === null);
    if (bad !== undefined) {
      setProblem(t('pricing.holidayLine', { line: bad }));
      return;
    }
    setProblem(undefined);
    const list = parsed.map((match) => ({ date: match?.[1] ?? '', name: match?.[2] ?? '' }));
    await attempt(async () => {
      await api.saveHolidays({ holidays: list });
      holidays.reload();
      setText(null);
      setSaved(true);
    });
  };

  return (
    <form onSubmit={save} noValidate className="stack">
      <h2>{t('pricing.holidays')}</h2>
      {error !== null && <ErrorNotice error={error} />}
      {saved && <Notice kind="success">{t('pricing.saved')}</Notice>}
      <Field label={t('pricing.holidayList')} hint={t('pricing.holidayHint')} error={problem}>
        {(control) => <textarea {...control} rows={6} value={shown} onChange={(e) => setText(e.target.value)} />}
      </Field>
      <button className="button" type="submit">
        {t('pricing.saveHolidays')}
      </button>
    </form>
  );
}

/** Service area: a centre, distance bands and postcode zones; amounts typed in major units. */
function ServiceAreaSection() {
  const { t, org, locale } = useApp();
  const area = useLoad(() => api.serviceArea(), []);
  const { error, attempt } = useAttempt();
  const [edit, setEdit] = useState<{ lat: string; lon: string; bands: string; zones: string } | null>(null);
  const [problem, setProblem] = useState<string | undefined>();
  const [saved, setSaved] = useState(false);
  const plain = (amount: number) => moneyInputValue({ amount, currency: org.currency });
  const current = area.data;
  const values = edit ?? {
    lat: current?.centre ? String(current.centre.lat) : '',
    lon: current?.centre ? String(current.centre.lon) : '',
    bands: current?.bands.map((b) => `${b.upToKm} ${plain(b.fixedAmount)} ${plain(b.perKmAmount)}`).join('\n') ?? '',
    zones: current?.postcodeZones.map((z) => `${z.prefix} ${plain(z.amount)}`).join('\n') ?? '',
  };

  const save = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const money = (text: string) => parseMoneyInput(text, org.currency);
    const lines = (text: string) =>
      text
        .split('\n')
        .map((line) => line.trim().split(/\s+/))
        .filter((parts) => parts[0] !== '');
    const bands = lines(values.bands).map(([km, fixed, perKm]) => ({
      upToKm: Number(km?.replace(',', '.')),
      fixedAmount: money(fixed ?? ''),
      perKmAmount: money(perKm ?? '0'),
    }));
    const zones = lines(values.zones).map(([prefix, amount]) => ({
      prefix: prefix ?? '',
      amount: money(amount ?? ''),
    }));
    const lat = Number(values.lat.replace(',', '.'));
    const lon = Number(values.lon.replace(',', '.'));
    const noCentre = values.lat.trim() === '' && values.lon.trim() === '';
    if (
      (!noCentre &&
        (!Number.isFinite(lat) || !Number.isFinite(lon) || values.lat.trim() === '' || values.lon.trim() === '')) ||
      bands.some((b) => !(b.upToKm > 0) || b.fixedAmount === null || b.perKmAmount === null) ||
      zones.some((z) => z.amount === null)
    ) {
      setProblem(t('pricing.areaInvalid'));
      return;
    }
    setProblem(undefined);
    const body = {
      centre: noCentre ? null : { lat, lon },
      bands: bands.map((b) => ({ upToKm: b.upToKm, fixedAmount: b.fixedAmount ?? 0, perKmAmount: b.perKmAmount ?? 0 })),
      postcodeZones: zones.map((z) => ({ prefix: z.prefix, amount: z.amount ?? 0 })),
    };
    await attempt(async () => {
      await api.saveServiceArea(body);
      area.reload();
      setEdit(null);
      setSaved(true);
    });
  };

  const set = (key: keyof typeof values, value: string) => setEdit({ ...values, [key]: value });
  return (
    <form onSubmit={save} noValidate className="stack">
      <h2>{t('pricing.serviceArea')}</h2>
      <p className="muted">
        {t('pricing.serviceAreaHint', { example: formatMoney({ amount: 10000, currency: org.currency }, locale) })}
      </p>
      {error !== null && <ErrorNotice error={error} />}
      {problem && <Notice kind="error">{problem}</Notice>}
      {saved && <Notice kind="success">{t('pricing.saved')}</Notice>}
      <div className="field-row">
        <Field label={t('pricing.centreLat')}>
          {(control) => (
            <input {...control} inputMode="decimal" value={values.lat} onChange={(e) => set('lat', e.target.value)} />
          )}
        </Field>
        <Field label={t('pricing.centreLon')}>
          {(control) => (
            <input {...control} inputMode="decimal" value={values.lon} onChange={(e) => set('lon', e.target.value)} />
          )}
        </Field>
      </div>
      <Field label={t('pricing.bands')} hint={t('pricing.bandsHint', { currency: org.currency })}>
        {(control) => (
          <textarea {...control} rows={4} value={values.bands} onChange={(e) => set('bands', e.target.value)} />
        )}
      </Field>
      <Field label={t('pricing.zones')} hint={t('pricing.zonesHint', { currency: org.currency })}>
        {(control) => (
          <textarea {...control} rows={4} value={values.zones} onChange={(e) => set('zones', e.target.value)} />
        )}
      </Field>
      <button className="button" type="submit">
        {t('pricing.saveArea')}
      </button>
    </form>
  );
}
