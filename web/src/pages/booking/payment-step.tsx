import type { Money, Organisation, SavedCard } from '../../api/client';
import { useApp } from '../../app-context';
import type { PayPlace } from '../../components/class-bits';
import { payingCardLabel } from '../account/saved-card';

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

const venueLabel = { venue: 'payment.venue', visit: 'payment.onVisit', remote: 'payment.later' } as const;
const venueHint = {
  venue: 'checkout.hint.venue',
  visit: 'checkout.hint.onVisit',
  remote: 'checkout.hint.later',
} as const;

/** Paying at the venue asks least of a customer, so it is chosen first where it is offered. */
export const defaultChoice = (choices: PaymentChoice[]): PaymentChoice | undefined =>
  choices.includes('venue') ? 'venue' : choices[0];

export function PaymentStep({
  choices,
  value,
  place = 'venue',
  creditBalance = 0,
  savedCards = [],
  savedCardId = null,
  balance = false,
  onChange,
}: {
  choices: PaymentChoice[];
  /** Paying what is still due on a booking already confirmed: Swish and transfers are recorded, not awaited. */
  balance?: boolean;
  value: PaymentChoice | undefined;
  /** Shown with the credits choice: how many the signed-in customer has. */
  creditBalance?: number;
  /** Where paying "at the venue" happens (see PayPlace). */
  place?: PayPlace;
  /** A signed-in customer's saved cards: each a choice of its own, beside "a new card". */
  savedCards?: SavedCard[];
  /** With `value` card: the saved card chosen, or null for a new card. */
  savedCardId?: string | null;
  onChange(choice: PaymentChoice, savedCardId?: string | null): void;
}) {
  const { t } = useApp();
  // Nothing to choose for a free booking: a group of one radio button only asks a question.
  if (choices.length === 1 && choices[0] === 'free') return null;
  return (
    <fieldset className="payment-step">
      <legend>{t('checkout.payment')}</legend>
      {choices.includes('card') &&
        savedCards.map((card) => (
          <label key={card.id} className="choice">
            <input
              type="radio"
              name="payment"
              value={`card:${card.id}`}
              checked={value === 'card' && savedCardId === card.id}
              onChange={() => onChange('card', card.id)}
            />
            <span>
              <span className="choice-label">{t('cardpay.payWith', { card: payingCardLabel(card, t) })}</span>
              <span className="muted">{t('cardpay.savedHint')}</span>
            </span>
          </label>
        ))}
      {choices.map((choice) => (
        <label key={choice} className="choice">
          <input
            type="radio"
            name="payment"
            value={choice}
            checked={value === choice && !(choice === 'card' && savedCardId)}
            onChange={() => onChange(choice, null)}
          />
          <span>
            <span className="choice-label">
              {choice === 'venue'
                ? t(venueLabel[place])
                : choice === 'card' && savedCards.length > 0
                  ? t('cardpay.newCard')
                  : t(`payment.${choice}`)}
            </span>
            <span className="muted">
              {choice === 'venue'
                ? t(venueHint[place])
                : balance && (choice === 'swish' || choice === 'bank_transfer')
                  ? t(`due.hint.${choice}`)
                  : t(`checkout.hint.${choice}`, { count: creditBalance })}
            </span>
          </span>
        </label>
      ))}
    </fieldset>
  );
}
