import { type FormEvent, useEffect, useState } from 'react';
import { api } from '../../api/api';
import type { RateLimits } from '../../api/client';
import { useApp } from '../../app-context';
import { ErrorNotice, Notice } from '../../components/notice';
import type { MessageKey } from '../../i18n/messages';

const fields = [
  { key: 'writePerAddress', min: 50, max: 100000 },
  { key: 'writePerIdentity', min: 3, max: 1000 },
  { key: 'accountPerAddress', min: 10, max: 10000 },
  { key: 'accountPerIdentity', min: 3, max: 1000 },
  { key: 'heldSpots', min: 1, max: 1000 },
] as const;

/** The organisation's rate limits, per 15 minutes (admins only). */
export function RateLimitsCard() {
  const { t } = useApp();
  const [values, setValues] = useState<Record<keyof RateLimits, string> | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    api
      .rateLimits()
      .then((limits) => setValues(toValues(limits)))
      .catch(setError);
  }, []);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (!values) return;
    setBusy(true);
    setError(null);
    setSaved(false);
    try {
      const changed = await api.updateRateLimits({
        writePerAddress: Number(values.writePerAddress),
        writePerIdentity: Number(values.writePerIdentity),
        accountPerAddress: Number(values.accountPerAddress),
        accountPerIdentity: Number(values.accountPerIdentity),
        heldSpots: Number(values.heldSpots),
      });
      setValues(toValues(changed));
      setSaved(true);
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="card stack" aria-labelledby="rate-limits-title" onSubmit={save}>
      <h2 id="rate-limits-title">{t('protect.rateLimits')}</h2>
      <p className="muted">{t('protect.rateLimitsHint')}</p>
      {values &&
        fields.map(({ key, min, max }) => (
          <label key={key} className="field">
            <span>{t(`protect.limit.${key}` as MessageKey)}</span>
            <input
              type="number"
              inputMode="numeric"
              min={min}
              max={max}
              step={1}
              required
              value={values[key]}
              onChange={(e) => setValues({ ...values, [key]: e.target.value })}
            />
          </label>
        ))}
      {error !== null && <ErrorNotice error={error} />}
      {saved && <Notice kind="success">{t('protect.rateLimitsSaved')}</Notice>}
      <button type="submit" className="button" disabled={busy || !values}>
        {t('protect.saveRateLimits')}
      </button>
    </form>
  );
}

const toValues = (limits: RateLimits) => ({
  writePerAddress: String(limits.writePerAddress),
  writePerIdentity: String(limits.writePerIdentity),
  accountPerAddress: String(limits.accountPerAddress),
  accountPerIdentity: String(limits.accountPerIdentity),
  heldSpots: String(limits.heldSpots),
});
