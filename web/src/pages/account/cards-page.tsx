import { withBase } from '../../router';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import type { Stripe, StripeElements } from '@stripe/stripe-js';
import { loadStripe } from '@stripe/stripe-js/pure';
import { api } from '../../api/api';
import type { SavedCard } from '../../api/client';
import { useApp } from '../../app-context';
import { ErrorNotice, Notice } from '../../components/notice';
import { RequireUser } from '../../components/require-user';
import { useLoad } from '../../hooks/use-load';
import { usePageTitle } from '../../hooks/use-page-title';
import { brandName } from './saved-card';

export function CardsPage() {
  return (
    <RequireUser>
      <MyCards />
    </RequireUser>
  );
}

/** The saved cards (Stripe keeps them; we show brand, last four and expiry), and a form to add one. */
function MyCards() {
  const { t } = useApp();
  usePageTitle(t('cards.title'));
  const loaded = useLoad(() => api.myCards(), []);
  const [cards, setCards] = useState<SavedCard[] | null>(null);
  const [adding, setAdding] = useState<{ clientSecret: string; publishableKey: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<unknown>(null);
  const [done, setDone] = useState<string | null>(null);
  const shown = cards ?? loaded.data?.cards ?? null;

  const act = async (work: () => Promise<{ cards: SavedCard[] }>, message: string) => {
    setBusy(true);
    setProblem(null);
    setDone(null);
    try {
      setCards((await work()).cards);
      setDone(message);
    } catch (error) {
      setProblem(error);
    } finally {
      setBusy(false);
    }
  };

  const startAdding = async () => {
    setBusy(true);
    setProblem(null);
    setDone(null);
    try {
      const setup = await api.startCardSetup();
      setAdding({ clientSecret: setup.clientSecret, publishableKey: setup.publishableKey });
    } catch (error) {
      setProblem(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="narrow">
      <h1>{t('cards.title')}</h1>
      <p>{t('cards.intro')}</p>
      {loaded.error !== null && <ErrorNotice error={loaded.error} />}
      {problem !== null && <ErrorNotice error={problem} />}
      {done && <Notice kind="success">{done}</Notice>}
      {loaded.loading && !shown && <p>{t('app.loading')}</p>}
      {shown &&
        (shown.length === 0 ? (
          <p className="empty">{t('cards.none')}</p>
        ) : (
          <ul className="saved-cards" data-testid="saved-cards">
            {shown.map((card) => {
              const label = t('cards.card', {
                brand: brandName(card.brand),
                last4: card.last4,
                expiry: `${String(card.expMonth).padStart(2, '0')}/${card.expYear}`,
              });
              return (
                <li key={card.id}>
                  <span>{label}</span>
                  {card.isDefault ? (
                    <span className="badge">{t('cards.default')}</span>
                  ) : (
                    <button
                      type="button"
                      className="button button-quiet"
                      disabled={busy}
                      aria-label={t('cards.makeDefaultOf', { card: label })}
                      onClick={() => void act(() => api.makeDefaultCard(card.id), t('cards.madeDefault'))}
                    >
                      {t('cards.makeDefault')}
                    </button>
                  )}
                  <button
                    type="button"
                    className="button button-quiet"
                    disabled={busy}
                    aria-label={t('cards.removeOf', { card: label })}
                    onClick={() => void act(() => api.removeCard(card.id), t('cards.removed'))}
                  >
                    {t('cards.remove')}
                  </button>
                </li>
              );
            })}
          </ul>
        ))}
      {adding ? (
        <AddCard
          setup={adding}
          onSaved={() => {
            setAdding(null);
            setCards(null);
            setDone(t('cards.saved'));
            loaded.reload();
          }}
          onCancel={() => setAdding(null)}
        />
      ) : (
        <button type="button" className="button button-primary" disabled={busy} onClick={() => void startAdding()}>
          {t('cards.add')}
        </button>
      )}
    </section>
  );
}

/** Stripe's Payment Element for the SetupIntent: the card goes to Stripe, never through Slotwise. */
function AddCard({
  setup,
  onSaved,
  onCancel,
}: {
  setup: { clientSecret: string; publishableKey: string };
  onSaved(): void;
  onCancel(): void;
}) {
  const { locale, t } = useApp();
  const container = useRef<HTMLDivElement>(null);
  const [ready, setReady] = useState<{ stripe: Stripe; elements: StripeElements } | null>(null);
  const [loadFailed, setLoadFailed] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    let unmount = () => {};
    loadStripe(setup.publishableKey, { locale })
      .then((stripe) => {
        if (!current) return;
        if (!stripe || !container.current) throw new Error('Stripe.js did not load');
        const elements = stripe.elements({ clientSecret: setup.clientSecret, locale });
        const element = elements.create('payment');
        element.mount(container.current);
        unmount = () => element.destroy();
        setReady({ stripe, elements });
      })
      .catch(() => current && setLoadFailed(true));
    return () => {
      current = false;
      unmount();
    };
  }, [setup, locale]);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (!ready) return;
    setBusy(true);
    setProblem(null);
    const { error } = await ready.stripe.confirmSetup({
      elements: ready.elements,
      redirect: 'if_required',
      confirmParams: { return_url: `${window.location.origin}${withBase('/account/cards')}` },
    });
    setBusy(false);
    if (error) setProblem(error.message ?? t('error.generic'));
    else onSaved();
  };

  return (
    <form onSubmit={save} className="stack" aria-labelledby="add-card-title">
      <h2 id="add-card-title">{t('cards.addTitle')}</h2>
      <div ref={container} className="card-element" data-testid="card-form" />
      {!ready && !loadFailed && <p>{t('cards.loading')}</p>}
      {loadFailed && <Notice kind="error">{t('cards.formUnavailable')}</Notice>}
      {problem && <Notice kind="error">{problem}</Notice>}
      <button type="submit" className="button button-primary" disabled={!ready || busy}>
        {busy ? t('cards.saving') : t('cards.save')}
      </button>
      <button type="button" className="button button-quiet" onClick={onCancel} disabled={busy}>
        {t('cards.cancel')}
      </button>
    </form>
  );
}
