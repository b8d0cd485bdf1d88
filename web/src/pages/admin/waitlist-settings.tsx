import { type FormEvent, useState } from 'react';
import { api } from '../../api/api';
import { useApp } from '../../app-context';
import { Field } from '../../components/field';
import { ErrorNotice, Notice, serverFieldErrors } from '../../components/notice';

/** The waitlist's one setting: how long a freed spot is held for the person offered it. */
export function WaitlistSettings() {
  const { org, setOrg, t } = useApp();
  const [minutes, setMinutes] = useState(String(org.waitlistOfferMinutes));
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    setError(null);
    const value = Number(minutes);
    if (!Number.isInteger(value) || value < 5 || value > 10080) {
      setProblems({ waitlistOfferMinutes: t('form.required') });
      return;
    }
    setProblems({});
    setBusy(true);
    try {
      setOrg(await api.updateOrganisation({ waitlistOfferMinutes: value }));
      setSaved(true);
    } catch (failure) {
      setProblems(serverFieldErrors(failure));
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={submit} noValidate className="stack">
      <fieldset>
        <legend>{t('waitlist.settings')}</legend>
        <Field
          label={t('waitlist.offerMinutes')}
          hint={t('waitlist.offerMinutesHint')}
          error={problems.waitlistOfferMinutes}
        >
          {(control) => (
            <input
              {...control}
              type="number"
              min={5}
              max={10080}
              value={minutes}
              onChange={(e) => setMinutes(e.target.value)}
              className="input-short"
            />
          )}
        </Field>
      </fieldset>
      {error !== null && <ErrorNotice error={error} />}
      {saved && <Notice kind="success">{t('waitlist.saved')}</Notice>}
      <button type="submit" className="button button-primary" disabled={busy}>
        {t('waitlist.save')}
      </button>
    </form>
  );
}
