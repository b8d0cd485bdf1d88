import { type FormEvent, useState } from 'react';
import { api } from '../../api/api';
import { useApp } from '../../app-context';
import { Field } from '../../components/field';
import { ErrorNotice, Notice, serverFieldErrors } from '../../components/notice';
import { useLoad } from '../../hooks/use-load';

/** One customer's credit balance, and a form for staff to grant or take credits with a reason (audited by the server). */
export function CustomerCredits({ customerId, name }: { customerId: string; name: string }) {
  const { t, tn } = useApp();
  const credits = useLoad(() => api.customerCredits(customerId), [customerId]);
  const [form, setForm] = useState({ direction: 'grant' as 'grant' | 'take', amount: '1', reason: '' });
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  // One grant gives at most 100 credits (the server's limit); taking back is bounded by the balance.
  const most = form.direction === 'grant' ? 100 : 10000;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setDone(null);
    setError(null);
    const amount = Number(form.amount);
    const problems: Record<string, string> = {};
    if (!Number.isInteger(amount) || amount < 1 || amount > most) {
      problems.delta = t('customerCredits.amountInvalid', { max: most });
    }
    if (!form.reason.trim()) problems.reason = t('form.required');
    setFieldErrors(problems);
    if (Object.keys(problems).length > 0) return;
    setBusy(true);
    try {
      await api.adjustCredits(customerId, {
        delta: form.direction === 'grant' ? amount : -amount,
        reason: form.reason.trim(),
      });
      setDone(tn(form.direction === 'grant' ? 'customerCredits.granted' : 'customerCredits.taken', amount));
      setForm({ ...form, reason: '' });
      credits.reload();
    } catch (failure) {
      setError(failure);
      setFieldErrors(serverFieldErrors(failure));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="stack" aria-label={t('customerCredits.title', { name })}>
      <h2>{t('customerCredits.title', { name })}</h2>
      {credits.error !== null && <ErrorNotice error={credits.error} />}
      {credits.data && <p>{tn('customerCredits.balance', credits.data.balance)}</p>}
      {done && <Notice kind="success">{done}</Notice>}
      {error !== null && <ErrorNotice error={error} shownFields={Object.keys(fieldErrors)} />}
      <form onSubmit={submit} noValidate className="stack">
        <div className="field-row">
          <Field label={t('customerCredits.direction')}>
            {(control) => (
              <select
                {...control}
                value={form.direction}
                onChange={(e) => setForm({ ...form, direction: e.target.value as 'grant' | 'take' })}
              >
                <option value="grant">{t('customerCredits.grant')}</option>
                <option value="take">{t('customerCredits.take')}</option>
              </select>
            )}
          </Field>
          <Field label={t('customerCredits.amount')} error={fieldErrors.delta}>
            {(control) => (
              <input
                {...control}
                type="number"
                min={1}
                max={most}
                value={form.amount}
                onChange={(e) => setForm({ ...form, amount: e.target.value })}
              />
            )}
          </Field>
        </div>
        <Field label={t('customerCredits.reason')} error={fieldErrors.reason}>
          {(control) => (
            <input
              {...control}
              maxLength={500}
              value={form.reason}
              onChange={(e) => setForm({ ...form, reason: e.target.value })}
            />
          )}
        </Field>
        <button type="submit" className="button button-primary" disabled={busy}>
          {t('customerCredits.save')}
        </button>
      </form>
    </section>
  );
}
