import { type FormEvent, useState } from 'react';
import { type OrganisationChanges, api } from '../../api/api';
import type { Organisation } from '../../api/client';
import { useApp } from '../../app-context';
import { Field } from '../../components/field';
import { ErrorNotice, Notice, serverFieldErrors } from '../../components/notice';
import { usePageTitle } from '../../hooks/use-page-title';
import { isLocale, locales } from '../../i18n/messages';
import { AdminLayout } from './admin-layout';
import { WaitlistSettings } from './waitlist-settings';
import { RateLimitsCard } from './rate-limits-card';
import { BrandingCard } from './branding-card';
import { StaffNotificationsCard } from './staff-notifications-card';

export function SettingsPage() {
  return (
    <AdminLayout section="settings">
      <Settings />
    </AdminLayout>
  );
}

const timeZones = Intl.supportedValuesOf('timeZone');
const allMethods: Organisation['paymentMethods'] = ['card', 'swish', 'bank_transfer', 'venue'];
const policies: Organisation['unbookablePaymentPolicy'][] = ['refund', 'queue'];
const invoicePolicies: Organisation['invoicePolicy'][] = ['never', 'at_booking', 'after_completion'];

/** The organisation's settings as the form holds them: text for what is typed. */
function formValues(org: Organisation) {
  return {
    name: org.name,
    contactEmail: org.contactEmail ?? '',
    contactPhone: org.contactPhone ?? '',
    timeZone: org.timeZone,
    currency: org.currency,
    defaultLocale: org.defaultLocale,
    cancellationDeadlineHours: String(org.cancellationDeadlineHours),
    paymentMethods: org.paymentMethods,
    swishNumber: org.swishNumber ?? '',
    bankAccount: org.bankAccount ?? '',
    holdMinutes: String(org.holdMinutes),
    manualPaymentHours: String(org.manualPaymentHours),
    unbookablePaymentPolicy: org.unbookablePaymentPolicy,
    reminderHours: String(org.reminderHours),
    mailFrom: org.mailFrom ?? '',
    legalName: org.legalName ?? '',
    address: org.addressLines.join('\n'),
    postcode: org.postcode ?? '',
    city: org.city ?? '',
    country: org.country ?? '',
    orgNumber: org.orgNumber ?? '',
    vatNumber: org.vatNumber ?? '',
    bankgiro: org.bankgiro ?? '',
    invoiceDueDays: String(org.invoiceDueDays),
    invoicePolicy: org.invoicePolicy,
  };
}

type Values = ReturnType<typeof formValues>;
type Problems = Partial<Record<keyof Values, string>>;

function Settings() {
  const { org, t, setOrg } = useApp();
  const [values, setValues] = useState(() => formValues(org));
  const [fieldErrors, setFieldErrors] = useState<Problems>({});
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);
  usePageTitle(t('admin.settings'));

  const set = <K extends keyof Values>(name: K, value: Values[K]) =>
    setValues((current) => ({ ...current, [name]: value }));
  const text = (name: keyof Values) => (event: { target: { value: string } }) => set(name, event.target.value);
  const toggleMethod = (method: Organisation['paymentMethods'][number], on: boolean) =>
    set(
      'paymentMethods',
      allMethods.filter((m) => (m === method ? on : values.paymentMethods.includes(m))),
    );

  const check = (): { problems: Problems; changes: OrganisationChanges | null } => {
    const problems: Problems = {};
    const whole = (name: keyof Values, min: number) => {
      const number = Number(values[name]);
      if (!Number.isInteger(number) || number < min) problems[name] = t('form.wholeNumber', { min });
      return number;
    };
    const currency = values.currency.trim().toUpperCase();
    if (!values.name.trim()) problems.name = t('form.required');
    if (!/^[A-Z]{3}$/.test(currency)) problems.currency = t('settings.currencyHint');
    if (values.paymentMethods.length === 0) problems.paymentMethods = t('settings.methodRequired');
    const country = values.country.trim().toUpperCase();
    if (country && !/^[A-Z]{2}$/.test(country)) problems.country = t('settings.countryHint');
    const addressLines = values.address
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean);
    if (addressLines.length > 4) problems.address = t('settings.addressHint');
    const changes: OrganisationChanges = {
      name: values.name.trim(),
      contactEmail: values.contactEmail.trim() || null,
      contactPhone: values.contactPhone.trim() || null,
      timeZone: values.timeZone,
      currency,
      defaultLocale: values.defaultLocale,
      cancellationDeadlineHours: whole('cancellationDeadlineHours', 0),
      paymentMethods: values.paymentMethods,
      swishNumber: values.swishNumber.trim() || null,
      bankAccount: values.bankAccount.trim() || null,
      holdMinutes: whole('holdMinutes', 1),
      manualPaymentHours: whole('manualPaymentHours', 1),
      unbookablePaymentPolicy: values.unbookablePaymentPolicy,
      reminderHours: whole('reminderHours', 0),
      mailFrom: values.mailFrom.trim() || null,
      legalName: values.legalName.trim() || null,
      addressLines,
      postcode: values.postcode.trim() || null,
      city: values.city.trim() || null,
      country: country || null,
      orgNumber: values.orgNumber.trim() || null,
      vatNumber: values.vatNumber.trim() || null,
      bankgiro: values.bankgiro.trim() || null,
      invoiceDueDays: whole('invoiceDueDays', 0),
      invoicePolicy: values.invoicePolicy,
    };
    return { problems, changes: Object.keys(problems).length > 0 ? null : changes };
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    setError(null);
    const { problems, changes } = check();
    setFieldErrors(problems);
    if (!changes) return;
    setBusy(true);
    try {
      const updated = await api.updateOrganisation(changes);
      setOrg(updated);
      setValues(formValues(updated));
      setSaved(true);
    } catch (failure) {
      setFieldErrors(serverFieldErrors(failure));
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="narrow settings-sections">
      <h1>{t('admin.settings')}</h1>
      <form onSubmit={submit} noValidate className="stack">
        <fieldset>
          <legend>{t('settings.general')}</legend>
          <Field label={t('settings.name')} error={fieldErrors.name}>
            {(control) => <input {...control} value={values.name} onChange={text('name')} maxLength={200} required />}
          </Field>
          <Field label={t('settings.contactEmail')} hint={t('settings.contactHint')} error={fieldErrors.contactEmail}>
            {(control) => (
              <input
                {...control}
                type="email"
                autoComplete="off"
                value={values.contactEmail}
                onChange={text('contactEmail')}
                maxLength={320}
              />
            )}
          </Field>
          <Field label={t('settings.contactPhone')} error={fieldErrors.contactPhone}>
            {(control) => (
              <input
                {...control}
                type="tel"
                autoComplete="off"
                value={values.contactPhone}
                onChange={text('contactPhone')}
                maxLength={40}
              />
            )}
          </Field>
          <Field label={t('settings.timeZone')} error={fieldErrors.timeZone}>
            {(control) => (
              <select {...control} value={values.timeZone} onChange={text('timeZone')}>
                {(timeZones.includes(org.timeZone) ? timeZones : [org.timeZone, ...timeZones]).map((zone) => (
                  <option key={zone} value={zone}>
                    {zone}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t('settings.currency')} hint={t('settings.currencyHint')} error={fieldErrors.currency}>
            {(control) => (
              <input
                {...control}
                value={values.currency}
                onChange={text('currency')}
                maxLength={3}
                autoCapitalize="characters"
                spellCheck={false}
                className="input-short"
              />
            )}
          </Field>
          <Field label={t('settings.language')} error={fieldErrors.defaultLocale}>
            {(control) => (
              <select
                {...control}
                value={values.defaultLocale}
                onChange={(e) => isLocale(e.target.value) && set('defaultLocale', e.target.value)}
              >
                {locales.map((option) => (
                  <option key={option} value={option}>
                    {t(`lang.${option}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field
            label={t('settings.deadline')}
            hint={t('settings.deadlineHint')}
            error={fieldErrors.cancellationDeadlineHours}
          >
            {(control) => (
              <input
                {...control}
                type="number"
                min={0}
                max={8760}
                inputMode="numeric"
                value={values.cancellationDeadlineHours}
                onChange={text('cancellationDeadlineHours')}
                className="input-short"
              />
            )}
          </Field>
        </fieldset>

        <fieldset>
          <legend>{t('settings.payments')}</legend>
          <fieldset className="choices">
            <legend>{t('settings.paymentMethods')}</legend>
            {allMethods.map((method) => {
              // Ticked but not offered to customers until something else is in place: said at the box.
              const missing =
                method === 'card' && !org.cardPayments
                  ? t('settings.notOffered.card')
                  : method === 'swish' && !values.swishNumber.trim()
                    ? t('settings.notOffered.swish')
                    : method === 'bank_transfer' && !values.bankAccount.trim()
                      ? t('settings.notOffered.bank_transfer')
                      : null;
              return (
                <label key={method} className="check">
                  <input
                    type="checkbox"
                    checked={values.paymentMethods.includes(method)}
                    onChange={(e) => toggleMethod(method, e.target.checked)}
                  />
                  {t(`payment.${method}`)}
                  {missing && values.paymentMethods.includes(method) && (
                    <span className="warning-text"> — {missing}</span>
                  )}
                </label>
              );
            })}
            {fieldErrors.paymentMethods && <p className="field-error">{fieldErrors.paymentMethods}</p>}
          </fieldset>
          <p className="field-hint">{t('settings.payToHint')}</p>
          <div className="field-row">
            <Field label={t('settings.swishNumber')} error={fieldErrors.swishNumber}>
              {(control) => (
                <input
                  {...control}
                  value={values.swishNumber}
                  onChange={text('swishNumber')}
                  inputMode="numeric"
                  maxLength={20}
                />
              )}
            </Field>
            <Field label={t('settings.bankAccount')} error={fieldErrors.bankAccount}>
              {(control) => (
                <input {...control} value={values.bankAccount} onChange={text('bankAccount')} maxLength={100} />
              )}
            </Field>
          </div>
          <Field label={t('settings.holdMinutes')} error={fieldErrors.holdMinutes}>
            {(control) => (
              <input
                {...control}
                type="number"
                min={1}
                max={1440}
                inputMode="numeric"
                value={values.holdMinutes}
                onChange={text('holdMinutes')}
                className="input-short"
              />
            )}
          </Field>
          <Field label={t('settings.manualPaymentHours')} error={fieldErrors.manualPaymentHours}>
            {(control) => (
              <input
                {...control}
                type="number"
                min={1}
                max={720}
                inputMode="numeric"
                value={values.manualPaymentHours}
                onChange={text('manualPaymentHours')}
                className="input-short"
              />
            )}
          </Field>
          <fieldset className="choices">
            <legend>{t('settings.unbookable')}</legend>
            {policies.map((policy) => (
              <label key={policy} className="check">
                <input
                  type="radio"
                  name="unbookablePaymentPolicy"
                  checked={values.unbookablePaymentPolicy === policy}
                  onChange={() => set('unbookablePaymentPolicy', policy)}
                />
                {t(`settings.unbookable.${policy}`)}
              </label>
            ))}
          </fieldset>
        </fieldset>

        <fieldset>
          <legend>{t('settings.mail')}</legend>
          <Field
            label={t('settings.reminderHours')}
            hint={t('settings.reminderHint')}
            error={fieldErrors.reminderHours}
          >
            {(control) => (
              <input
                {...control}
                type="number"
                min={0}
                max={720}
                inputMode="numeric"
                value={values.reminderHours}
                onChange={text('reminderHours')}
                className="input-short"
              />
            )}
          </Field>
          <Field label={t('settings.mailFrom')} hint={t('settings.mailFromHint')} error={fieldErrors.mailFrom}>
            {(control) => <input {...control} value={values.mailFrom} onChange={text('mailFrom')} maxLength={320} />}
          </Field>
        </fieldset>

        <fieldset>
          <legend>{t('settings.invoices')}</legend>
          <Field label={t('settings.legalName')} hint={t('settings.legalNameHint')} error={fieldErrors.legalName}>
            {(control) => <input {...control} value={values.legalName} onChange={text('legalName')} maxLength={200} />}
          </Field>
          <Field label={t('settings.address')} hint={t('settings.addressHint')} error={fieldErrors.address}>
            {(control) => <textarea {...control} value={values.address} onChange={text('address')} rows={3} />}
          </Field>
          <div className="field-row">
            <Field label={t('settings.postcode')} error={fieldErrors.postcode}>
              {(control) => <input {...control} value={values.postcode} onChange={text('postcode')} maxLength={20} />}
            </Field>
            <Field label={t('settings.city')} error={fieldErrors.city}>
              {(control) => <input {...control} value={values.city} onChange={text('city')} maxLength={100} />}
            </Field>
            <Field label={t('settings.country')} hint={t('settings.countryHint')} error={fieldErrors.country}>
              {(control) => (
                <input
                  {...control}
                  value={values.country}
                  onChange={text('country')}
                  maxLength={2}
                  className="input-short"
                />
              )}
            </Field>
          </div>
          <div className="field-row">
            <Field label={t('settings.orgNumber')} error={fieldErrors.orgNumber}>
              {(control) => <input {...control} value={values.orgNumber} onChange={text('orgNumber')} maxLength={40} />}
            </Field>
            <Field label={t('settings.vatNumber')} error={fieldErrors.vatNumber}>
              {(control) => <input {...control} value={values.vatNumber} onChange={text('vatNumber')} maxLength={40} />}
            </Field>
            <Field label={t('settings.bankgiro')} error={fieldErrors.bankgiro}>
              {(control) => <input {...control} value={values.bankgiro} onChange={text('bankgiro')} maxLength={40} />}
            </Field>
          </div>
          <Field label={t('settings.invoiceDueDays')} error={fieldErrors.invoiceDueDays}>
            {(control) => (
              <input
                {...control}
                type="number"
                min={0}
                max={365}
                inputMode="numeric"
                value={values.invoiceDueDays}
                onChange={text('invoiceDueDays')}
                className="input-short"
              />
            )}
          </Field>
          <fieldset className="choices">
            <legend>{t('settings.invoicePolicy')}</legend>
            {invoicePolicies.map((policy) => (
              <label key={policy} className="check">
                <input
                  type="radio"
                  name="invoicePolicy"
                  checked={values.invoicePolicy === policy}
                  onChange={() => set('invoicePolicy', policy)}
                />
                {t(`settings.invoicePolicy.${policy}`)}
              </label>
            ))}
          </fieldset>
        </fieldset>

        {error !== null && <ErrorNotice error={error} shownFields={Object.keys(fieldErrors)} />}
        {saved && <Notice kind="success">{t('settings.saved')}</Notice>}
        <button type="submit" className="button button-primary" disabled={busy}>
          {t('settings.save')}
        </button>
      </form>
      <WaitlistSettings />
      <RateLimitsCard />
      <BrandingCard />
      <StaffNotificationsCard />
    </section>
  );
}
