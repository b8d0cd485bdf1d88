import type { ClassItem } from '../../api/client';
import { useApp } from '../../app-context';
import type { MessageKey } from '../../i18n/messages';

export interface PaymentOption {
  id: 'free' | 'venue';
  label: MessageKey;
  hint: MessageKey;
}

/**
 * How a class can be paid. Today the server decides by itself (free, or pay at the venue);
 * card payments (Stripe Elements) and Swish join this list when the payments API lands, and the
 * chosen option is then sent with the booking.
 */
export function paymentOptions(cls: ClassItem): PaymentOption[] {
  return cls.price.amount === 0
    ? [{ id: 'free', label: 'checkout.free', hint: 'checkout.freeHint' }]
    : [{ id: 'venue', label: 'checkout.venue', hint: 'checkout.venueHint' }];
}

export function PaymentStep({
  options,
  value,
  onChange,
}: {
  options: PaymentOption[];
  value: PaymentOption['id'];
  onChange(id: PaymentOption['id']): void;
}) {
  const { t } = useApp();
  return (
    <fieldset className="payment-step">
      <legend>{t('checkout.payment')}</legend>
      {options.map((option) => (
        <label key={option.id} className="choice">
          <input
            type="radio"
            name="payment"
            value={option.id}
            checked={value === option.id}
            onChange={() => onChange(option.id)}
          />
          <span>
            <span className="choice-label">{t(option.label)}</span>
            <span className="muted">{t(option.hint)}</span>
          </span>
        </label>
      ))}
    </fieldset>
  );
}
