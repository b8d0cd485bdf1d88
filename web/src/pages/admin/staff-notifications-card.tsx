import { type FormEvent, useCallback, useEffect, useState } from 'react';
import { api } from '../../api/api';
import type { StaffNotifications } from '../../api/client';
import { useApp } from '../../app-context';
import { Field } from '../../components/field';
import { ErrorNotice, Notice, serverFieldErrors } from '../../components/notice';

/** Whether and where the studio is mailed when a customer books, moves or cancels (admins only). */
export function StaffNotificationsCard() {
  const { t } = useApp();
  const [current, setCurrent] = useState<StaffNotifications | null>(null);
  const [enabled, setEnabled] = useState(true);
  const [oneAddress, setOneAddress] = useState(false);
  const [address, setAddress] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);

  const show = useCallback((settings: StaffNotifications) => {
    setCurrent(settings);
    setEnabled(settings.enabled);
    setOneAddress(settings.to !== null);
    setAddress(settings.to ?? '');
  }, []);

  useEffect(() => {
    api.staffNotifications().then(show).catch(setError);
  }, [show]);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    setSaved(false);
    try {
      show(await api.updateStaffNotifications({ enabled, to: oneAddress ? address.trim() : null }));
      setSaved(true);
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  const fieldErrors = serverFieldErrors(error);
  // "Every admin" names who that is today; with one address set, the list is that address, so say it plainly.
  const admins = current && current.to === null ? current.recipients.join(', ') : '';

  return (
    <form className="card stack" aria-labelledby="staff-notifications-title" onSubmit={save}>
      <h2 id="staff-notifications-title">{t('notify.title')}</h2>
      <p className="muted">{t('notify.hint')}</p>
      {current && (
        <>
          <label className="checkbox">
            <input type="checkbox" checked={enabled} onChange={(e) => setEnabled(e.target.checked)} />
            <span>{t('notify.enabled')}</span>
          </label>
          <fieldset className="stack" disabled={!enabled}>
            <legend>{t('notify.sendTo')}</legend>
            <label className="checkbox">
              <input type="radio" name="staff-notify-to" checked={!oneAddress} onChange={() => setOneAddress(false)} />
              <span>{admins ? t('notify.everyAdminList', { list: admins }) : t('notify.everyAdmin')}</span>
            </label>
            <label className="checkbox">
              <input type="radio" name="staff-notify-to" checked={oneAddress} onChange={() => setOneAddress(true)} />
              <span>{t('notify.oneAddress')}</span>
            </label>
            {oneAddress && (
              <Field label={t('notify.address')} hint={t('notify.addressHint')} error={fieldErrors.to}>
                {(control) => (
                  <input
                    {...control}
                    type="email"
                    autoComplete="email"
                    required
                    maxLength={320}
                    value={address}
                    onChange={(e) => setAddress(e.target.value)}
                  />
                )}
              </Field>
            )}
          </fieldset>
        </>
      )}
      {error !== null && <ErrorNotice error={error} shownFields={Object.keys(fieldErrors)} />}
      {saved && <Notice kind="success">{t('notify.saved')}</Notice>}
      <button type="submit" className="button" disabled={busy || !current}>
        {t('notify.save')}
      </button>
    </form>
  );
}
