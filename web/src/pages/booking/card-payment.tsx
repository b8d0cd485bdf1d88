import { type FormEvent, useEffect, useRef, useState } from 'react';
import type { Stripe, StripeElements } from '@stripe/stripe-js';
import { loadStripe } from '@stripe/stripe-js/pure';
import type { Checkout } from '../../api/client';
import { useApp } from '../../app-context';
import { HoldCountdown } from '../../components/hold-countdown';
import { Notice } from '../../components/notice';
import { formatMoney } from '../../format';
import { navigate, withBase } from '../../router';

/**
 * The card step: Stripe's Payment Element for the PaymentIntent the server created, while the
 * spots are held. After Stripe reports success the manage page settles and confirms the booking
 * (the webhook does the same, whichever comes first).
 */
export function CardPayment({
  checkout,
  token,
  what = 'spots',
  timeZone,
  onStartAgain,
  returnPath = `/manage/${token}?booked=new`,
  onPaid,
  startAgainLabel,
}: {
  /** A booking's checkout, or any card payment opened for Stripe.js (a package purchase too). */
  checkout: Pick<Checkout, 'amount' | 'clientSecret' | 'publishableKey'> & Partial<Pick<Checkout, 'holdExpiresAt'>>;
  token: string;
  /** What the payment holds: class spots or an appointment's time. */
  what?: 'spots' | 'time';
  /** The zone of the place booked, to say until when the hold lasts. */
  timeZone?: string;
  onStartAgain(): void;
  /** Where a payment method that leaves the page comes back to (with ?payment_intent=…). */
  returnPath?: string;
  /** Paying what is due later: told of the intent instead of going to the manage page. */
  onPaid?(paymentIntentId: string): void;
  startAgainLabel?: string;
}) {
  const { locale, t } = useApp();
  const container = useRef<HTMLDivElement>(null);
  const [ready, setReady] = useState<{ stripe: Stripe; elements: StripeElements } | null>(null);
  const [loadFailed, setLoadFailed] = useState(false);
  const [expired, setExpired] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    const { publishableKey, clientSecret } = checkout;
    if (!publishableKey || !clientSecret) {
      setLoadFailed(true);
      return;
    }
    let current = true;
    let unmount = () => {};
    loadStripe(publishableKey, { locale })
      .then((stripe) => {
        if (!current) return;
        if (!stripe || !container.current) throw new Error('Stripe.js did not load');
        const elements = stripe.elements({ clientSecret, locale });
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
  }, [checkout, locale]);

  const pay = async (event: FormEvent) => {
    event.preventDefault();
    if (!ready) return;
    setBusy(true);
    setProblem(null);
    // Payment methods that leave the page come back to the manage page with ?payment_intent=…
    const { error, paymentIntent } = await ready.stripe.confirmPayment({
      elements: ready.elements,
      redirect: 'if_required',
      confirmParams: { return_url: `${window.location.origin}${withBase(returnPath)}` },
    });
    if (error) {
      setProblem(error.message ?? t('error.generic'));
      setBusy(false);
      return;
    }
    if (onPaid) onPaid(paymentIntent.id);
    else navigate(`/manage/${token}?booked=new&payment_intent=${encodeURIComponent(paymentIntent.id)}`);
  };

  return (
    <section className="checkout" aria-labelledby="card-title">
      <h2 id="card-title">{t('card.title')}</h2>
      {checkout.holdExpiresAt && (
        <HoldCountdown
          until={checkout.holdExpiresAt}
          what={what}
          timeZone={timeZone}
          onExpired={() => setExpired(true)}
        />
      )}
      {!expired && (
        <form onSubmit={pay} className="stack">
          <div ref={container} className="card-element" />
          {!ready && !loadFailed && <p>{t('card.loading')}</p>}
          {loadFailed && <Notice kind="error">{t('card.unavailable')}</Notice>}
          {problem && <Notice kind="error">{problem}</Notice>}
          <button type="submit" className="button button-primary" disabled={!ready || busy}>
            {busy ? t('card.paying') : t('card.pay', { amount: formatMoney(checkout.amount, locale) })}
          </button>
        </form>
      )}
      <button type="button" className="button button-quiet" onClick={onStartAgain} disabled={busy}>
        {startAgainLabel ?? t('card.startAgain')}
      </button>
    </section>
  );
}
