import { useState } from 'react';
import type { PayDueInput } from '../../api/api';
import { api } from '../../api/api';
import type { Checkout, Money } from '../../api/client';
import { useApp } from '../../app-context';
import { ErrorNotice, Notice } from '../../components/notice';
import { formatMoney } from '../../format';
import { CardPayment } from '../booking/card-payment';
import { type PaymentChoice, PaymentStep, paymentChoices } from '../booking/payment-step';

/** Ways to pay later, online: at the venue, credits or free make no sense for money already owed. */
const ONLINE: PaymentChoice[] = ['card', 'swish', 'bank_transfer'];

/**
 * Paying what is due (an open invoice, or a booking's balance): a Pay button, the choice of method,
 * then the card form or the Swish / bank transfer instructions. The server answers the open payment
 * for exactly what is due; asking again returns the same one.
 */
export function PayDue({
  due,
  label,
  pay,
  returnPath,
  onPaid,
}: {
  due: Money;
  /** Names what is paid, for the button's accessible name (e.g. the invoice's number). */
  label: string;
  pay(input: PayDueInput): Promise<{ payment: Checkout }>;
  /** Where a card method that leaves the page comes back to. */
  returnPath: string;
  onPaid(): void;
}) {
  const { t, locale, org } = useApp();
  const choices = paymentChoices(due, org).filter((choice) => ONLINE.includes(choice));
  const [open, setOpen] = useState(false);
  const [method, setMethod] = useState<PaymentChoice | undefined>(choices[0]);
  const [payment, setPayment] = useState<Checkout | null>(null);
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState<unknown>(null);
  const [confirming, setConfirming] = useState(false);
  const amount = formatMoney(due, locale);
  if (choices.length === 0) return null;

  const start = async () => {
    if (!method || method === 'venue' || method === 'free' || method === 'credits') return;
    setBusy(true);
    setFailed(null);
    try {
      setPayment((await pay({ method, expectedAmount: due.amount })).payment);
    } catch (error) {
      setFailed(error);
    } finally {
      setBusy(false);
    }
  };
  const close = () => {
    setOpen(false);
    setPayment(null);
  };
  // Stripe said yes: settle from Stripe's record now (the webhook does the same, whichever is first).
  const cardPaid = async (intentId: string) => {
    setConfirming(true);
    await api.confirmCardPayment(intentId).catch(() => null);
    onPaid();
  };

  if (!open) {
    return (
      <button
        type="button"
        className="button button-primary"
        aria-label={t('due.payWhat', { what: label, amount })}
        onClick={() => setOpen(true)}
      >
        {t('due.pay', { amount })}
      </button>
    );
  }
  if (confirming) return <Notice kind="info">{t('due.confirming')}</Notice>;
  if (payment?.method === 'card') {
    return (
      <CardPayment
        checkout={payment}
        token=""
        returnPath={returnPath}
        onPaid={(intentId) => void cardPaid(intentId)}
        onStartAgain={close}
        startAgainLabel={t('due.notNow')}
      />
    );
  }
  if (payment?.reference && (payment.method === 'swish' || payment.method === 'bank_transfer')) {
    return (
      <Notice kind="info">
        <p className="notice-title">{t('manual.title')}</p>
        <p>
          {t(`manual.${payment.method}`, {
            amount: formatMoney(payment.amount, locale),
            payTo: payment.payTo ?? '',
            reference: payment.reference,
          })}
        </p>
        <p>{t('due.recordedLater')}</p>
      </Notice>
    );
  }
  return (
    <div className="stack">
      <PaymentStep choices={choices} value={method} onChange={setMethod} balance />
      {failed !== null && <ErrorNotice error={failed} />}
      <div className="actions">
        <button type="button" className="button button-primary" disabled={busy || !method} onClick={() => void start()}>
          {t('due.continue', { amount })}
        </button>
        <button type="button" className="button button-quiet" onClick={close} disabled={busy}>
          {t('due.notNow')}
        </button>
      </div>
    </div>
  );
}
