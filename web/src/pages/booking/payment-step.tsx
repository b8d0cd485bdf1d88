import type { Money, Organisation } from '../../api/client';
import { useApp } from '../../app-context';

export type PaymentChoice = 'free' | 'credits' | Organisation['paymentMethods'][number];

/**
 * The ways something of this price can be paid: nothing when it is free; otherwise what the
 * organisation offers, leaving out card where Stripe is not configured and Swish and bank transfer
 * without a number to pay to.
 */
export function paymentChoices(price: Money, org: Organisation): PaymentChoice[] {
  if (price.amount === 0) return ['free'];
  return org.paymentMethods.filter(
    (method) =>
      !(method === 'card' && !org.cardPayments) &&
      !(method === 'swish' && !org.swishNumber) &&
      !(method === 'bank_transfer' && !org.bankAccount),
  );
}

/** Paying at the venue asks least of a customer, so it is chosen first where it is offered. */
export const defaultChoice = (choices: PaymentChoice[]): PaymentChoice | undefined =>
  choices.includes('venue') ? 'venue' : choices[0];

export function PaymentStep({
  choices,
  value,
  visit = false,
  creditBalance = 0,
  onChange,
}: {
  choices: PaymentChoice[];
  value: PaymentChoice | undefined;
  /** Shown with the credits choice: how many the signed-in customer has. */
  creditBalance?: number;
  /** A visit at the customer's: paying "at the venue" means paying when the provider comes. */
  visit?: boolean;
  onChange(choice: PaymentChoice): void;
}) {
  const { t } = useApp();
  return (
    <fieldset className="payment-step">
      <legend>{t('checkout.payment')}</legend>
      {choices.map((choice) => (
        <label key={choice} className="choice">
          <input
            type="radio"
            name="payment"
            value={choice}
            checked={value === choice}
            onChange={() => onChange(choice)}
          />
          <span>
            <span className="choice-label">
              {visit && choice === 'venue' ? t('payment.onVisit') : t(`payment.${choice}`)}
            </span>
            <span className="muted">
              {visit && choice === 'venue'
                ? t('checkout.hint.onVisit')
                : t(`checkout.hint.${choice}`, { count: creditBalance })}
            </span>
          </span>
        </label>
      ))}
    </fieldset>
  );
}
