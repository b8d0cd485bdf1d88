import { useState } from 'react';
import { api } from '../../api/api';
import type { SetupChecklist } from '../../api/client';
import { useApp } from '../../app-context';
import { ErrorNotice } from '../../components/notice';
import { useLoad } from '../../hooks/use-load';
import type { MessageKey } from '../../i18n/messages';
import { Link } from '../../router';

type StepId = SetupChecklist['steps'][number]['id'];

/** Where each step is done, and what it says. */
const stepLinks: Record<StepId, { to: string; label: MessageKey }> = {
  business: { to: '/admin/settings', label: 'setup.business' },
  offer: { to: '/admin/services/new', label: 'setup.offer' },
  hours: { to: '/admin/providers', label: 'setup.hours' },
  payments: { to: '/admin/settings', label: 'setup.payments' },
  booking_page: { to: '/', label: 'setup.bookingPage' },
};

/**
 * The first steps of a business that starts empty, each done or not from its data (the server reads
 * it), on the dashboard's first page until every step is done, a booking is made, or an admin hides it
 * for the whole organisation.
 */
export function SetupChecklistCard() {
  const { t } = useApp();
  const loaded = useLoad(() => api.setupChecklist(), []);
  const [hidden, setHidden] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const checklist = loaded.data;
  if (hidden || !checklist?.show) return null;

  const dismiss = async () => {
    setBusy(true);
    setError(null);
    try {
      await api.dismissSetupChecklist();
      setHidden(true);
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };
  const done = checklist.steps.filter((step) => step.done).length;
  return (
    <section className="card setup-checklist" aria-labelledby="setup-title">
      <div className="heading-row">
        <h2 id="setup-title">{t('setup.title')}</h2>
        <span className="muted">{t('setup.progress', { done, total: checklist.steps.length })}</span>
      </div>
      <ol className="setup-steps">
        {checklist.steps.map((step) => (
          <li key={step.id} className={step.done ? 'setup-step setup-step-done' : 'setup-step'}>
            <span className="setup-mark" aria-hidden="true">
              {step.done ? '✓' : ''}
            </span>
            <span>
              <span className="visually-hidden">{t(step.done ? 'setup.stepDone' : 'setup.stepToDo')} </span>
              <Link to={stepLinks[step.id].to}>{t(stepLinks[step.id].label)}</Link>
              {step.id === 'offer' && (
                <>
                  {' '}
                  <Link to="/admin/classes/new">{t('setup.offerClass')}</Link>
                </>
              )}
              {step.id === 'payments' && !step.done && (
                <>
                  {' '}
                  <span className="muted setup-hint">{t('setup.paymentsHint')}</span>
                </>
              )}
            </span>
          </li>
        ))}
      </ol>
      {error !== null && <ErrorNotice error={error} />}
      <button type="button" className="button button-quiet" onClick={dismiss} disabled={busy}>
        {t('setup.dismiss')}
      </button>
    </section>
  );
}
