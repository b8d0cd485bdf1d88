import { type FormEvent, useRef, useState } from 'react';
import { type BookingInput, api, newIdempotencyKey } from '../../api/api';
import { ApiError, type Checkout as CardCheckout, type ClassItem } from '../../api/client';
import { useApp } from '../../app-context';
import { Field } from '../../components/field';
import { ErrorNotice, Notice, serverFieldErrors } from '../../components/notice';
import { formatMoney } from '../../format';
import { Link, navigate } from '../../router';
import { CardPayment } from './card-payment';
import { type PaymentChoice, PaymentStep, defaultChoice, paymentChoices } from './payment-step';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Refusals that mean the class is no longer what the page shows. */
const classChanged = new Set(['capacity_full', 'class_cancelled', 'class_started', 'class_not_found']);

/** Who books (a guest's name and email, or the signed-in account), how many spots, how to pay. */
export function Checkout({ cls, onRefused }: { cls: ClassItem; onRefused(error: unknown): void }) {
  const { org, user, locale, t } = useApp();
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [spots, setSpots] = useState(1);
  const choices = paymentChoices(cls, org);
  const [chosen, setChosen] = useState<PaymentChoice | undefined>();
  const payment = chosen && choices.includes(chosen) ? chosen : defaultChoice(choices);
  const [card, setCard] = useState<{ checkout: CardCheckout; token: string } | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<unknown>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // One key per attempt: sending the same booking again after a lost answer books it once.
  const attempt = useRef<{ body: string; key: string } | null>(null);

  const maxSpots = Math.min(cls.maxSpotsPerCustomer, cls.spotsLeft);

  const check = (): Record<string, string> => {
    if (user) return {};
    const problems: Record<string, string> = {};
    if (!name.trim()) problems['guest.name'] = t('form.required');
    if (!email.trim()) problems['guest.email'] = t('form.required');
    else if (!EMAIL.test(email.trim())) problems['guest.email'] = t('form.email');
    return problems;
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    setNotice(null);
    const problems = check();
    setFieldErrors(problems);
    if (Object.keys(problems).length > 0) return;

    const body: BookingInput = {
      classId: cls.id,
      spots,
      ...(user ? {} : { guest: { name: name.trim(), email: email.trim(), locale } }),
      ...(payment && payment !== 'free' ? { paymentMethod: payment } : {}),
    };
    const serialised = JSON.stringify(body);
    if (attempt.current?.body !== serialised) attempt.current = { body: serialised, key: newIdempotencyKey() };

    setBusy(true);
    try {
      const created = await api.book(body, attempt.current.key);
      const checkout = created.payment;
      if (!created.manageToken) {
        setNotice(t('checkout.alreadyBooked'));
      } else if (checkout?.method === 'card' && checkout.status === 'pending') {
        setCard({ checkout, token: created.manageToken });
      } else {
        // Swish and bank transfer instructions stay with the confirmation page, also on reload.
        navigate(`/manage/${created.manageToken}?booked=${created.alreadyBooked ? 'again' : 'new'}`, {
          state: checkout ? { checkout } : null,
        });
      }
    } catch (failure) {
      // Only a lost answer is retried with the same key; a refusal starts a new attempt.
      if (!(failure instanceof ApiError && failure.code === 'network_error')) attempt.current = null;
      if (failure instanceof ApiError && classChanged.has(failure.code)) {
        onRefused(failure);
      } else {
        setFieldErrors(serverFieldErrors(failure));
        setError(failure);
      }
    } finally {
      setBusy(false);
    }
  };

  if (card) {
    // Starting again gives the held spots back; if that is refused, the hold runs out by itself.
    const startAgain = () => {
      void api.cancelManagedBooking(card.token).catch(() => undefined);
      setCard(null);
    };
    return <CardPayment checkout={card.checkout} token={card.token} onStartAgain={startAgain} />;
  }
  if (!payment) return <Notice kind="info">{t('checkout.noPaymentMethod', { org: org.name })}</Notice>;

  return (
    <form className="checkout" onSubmit={submit} noValidate aria-labelledby="checkout-title">
      <h2 id="checkout-title">{t('checkout.title')}</h2>
      {user ? (
        <p>{t('checkout.signedInAs', { name: user.name, email: user.email })}</p>
      ) : (
        <fieldset>
          <legend>{t('checkout.yourDetails')}</legend>
          <p className="muted">
            {t('checkout.haveAccount')} <Link to={`/sign-in?next=/classes/${cls.id}`}>{t('nav.signIn')}</Link>
          </p>
          <Field label={t('checkout.name')} error={fieldErrors['guest.name']}>
            {(control) => (
              <input {...control} value={name} onChange={(e) => setName(e.target.value)} autoComplete="name" required />
            )}
          </Field>
          <Field label={t('checkout.email')} hint={t('checkout.emailHint')} error={fieldErrors['guest.email']}>
            {(control) => (
              <input
                {...control}
                type="email"
                value={email}
                onChange={(e) => setEmail(e.target.value)}
                autoComplete="email"
                required
              />
            )}
          </Field>
        </fieldset>
      )}
      {maxSpots > 1 && (
        <Field label={t('checkout.spots')} error={fieldErrors.spots}>
          {(control) => (
            <select {...control} value={spots} onChange={(e) => setSpots(Number(e.target.value))}>
              {Array.from({ length: maxSpots }, (_, index) => index + 1).map((count) => (
                <option key={count} value={count}>
                  {count}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
      <PaymentStep choices={choices} value={payment} onChange={setChosen} />
      <p className="total">
        {t('checkout.total')}:{' '}
        <strong>
          {cls.price.amount === 0
            ? t('class.free')
            : formatMoney({ amount: cls.price.amount * spots, currency: cls.price.currency }, locale)}
        </strong>
      </p>
      {error !== null && <ErrorNotice error={error} shownFields={Object.keys(fieldErrors)} />}
      {notice && <Notice kind="info">{notice}</Notice>}
      <button type="submit" className="button button-primary" disabled={busy}>
        {busy ? t('checkout.submitting') : t('checkout.submit')}
      </button>
    </form>
  );
}
