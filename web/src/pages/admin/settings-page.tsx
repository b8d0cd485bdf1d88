import { type FormEvent, useState } from 'react';
import { api } from '../../api/api';
import { useApp } from '../../app-context';
import { Field } from '../../components/field';
import { ErrorNotice, Notice, serverFieldErrors } from '../../components/notice';
import { usePageTitle } from '../../hooks/use-page-title';
import { type Locale, isLocale, locales } from '../../i18n/messages';
import { AdminLayout } from './admin-layout';

export function SettingsPage() {
  return (
    <AdminLayout section="settings">
      <Settings />
    </AdminLayout>
  );
}

const timeZones = Intl.supportedValuesOf('timeZone');

function Settings() {
  const { org, t, setOrg } = useApp();
  const [name, setName] = useState(org.name);
  const [timeZone, setTimeZone] = useState(org.timeZone);
  const [currency, setCurrency] = useState(org.currency);
  const [defaultLocale, setDefaultLocale] = useState<Locale>(org.defaultLocale);
  const [deadline, setDeadline] = useState(String(org.cancellationDeadlineHours));
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);
  usePageTitle(t('admin.settings'));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    setError(null);
    const hours = Number(deadline);
    const code = currency.trim().toUpperCase();
    const problems: Record<string, string> = {};
    if (!name.trim()) problems.name = t('form.required');
    if (!/^[A-Z]{3}$/.test(code)) problems.currency = t('settings.currencyHint');
    if (!Number.isInteger(hours) || hours < 0) problems.cancellationDeadlineHours = t('form.wholeNumber', { min: 0 });
    setFieldErrors(problems);
    if (Object.keys(problems).length > 0) return;
    setBusy(true);
    try {
      setOrg(
        await api.updateOrganisation({ name: name.trim(), timeZone, currency: code, defaultLocale, cancellationDeadlineHours: hours }),
      );
      setSaved(true);
    } catch (failure) {
      setFieldErrors(serverFieldErrors(failure));
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="narrow">
      <h1>{t('admin.settings')}</h1>
      <form onSubmit={submit} noValidate className="stack">
        <Field label={t('settings.name')} error={fieldErrors.name}>
          {(control) => <input {...control} value={name} onChange={(e) => setName(e.target.value)} maxLength={200} required />}
        </Field>
        <Field label={t('settings.timeZone')} error={fieldErrors.timeZone}>
          {(control) => (
            <select {...control} value={timeZone} onChange={(e) => setTimeZone(e.target.value)}>
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
              value={currency}
              onChange={(e) => setCurrency(e.target.value)}
              maxLength={3}
              autoCapitalize="characters"
              spellCheck={false}
              className="input-short"
            />
          )}
        </Field>
        <Field label={t('settings.language')} error={fieldErrors.defaultLocale}>
          {(control) => (
            <select {...control} value={defaultLocale} onChange={(e) => isLocale(e.target.value) && setDefaultLocale(e.target.value)}>
              {locales.map((option) => (
                <option key={option} value={option}>
                  {t(`lang.${option}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('settings.deadline')} hint={t('settings.deadlineHint')} error={fieldErrors.cancellationDeadlineHours}>
          {(control) => (
            <input
              {...control}
              type="number"
              min={0}
              max={8760}
              step={1}
              inputMode="numeric"
              value={deadline}
              onChange={(e) => setDeadline(e.target.value)}
              className="input-short"
            />
          )}
        </Field>
        {error !== null && <ErrorNotice error={error} shownFields={Object.keys(fieldErrors)} />}
        {saved && <Notice kind="success">{t('settings.saved')}</Notice>}
        <button type="submit" className="button button-primary" disabled={busy}>
          {t('settings.save')}
        </button>
      </form>
    </section>
  );
}
