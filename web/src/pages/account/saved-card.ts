import type { SavedCard } from '../../api/client';
import type { AppContextValue } from '../../app-context';

const brandNames: Record<string, string> = {
  visa: 'Visa',
  mastercard: 'Mastercard',
  amex: 'American Express',
  discover: 'Discover',
  diners: 'Diners Club',
  jcb: 'JCB',
  unionpay: 'UnionPay',
};
export const brandName = (brand: string) => brandNames[brand] ?? brand.charAt(0).toUpperCase() + brand.slice(1);

/** How a saved card is named where it pays: "Visa •••• 4242 (expires 12/28)". */
export const payingCardLabel = (card: SavedCard, t: AppContextValue['t']) =>
  t('cardpay.card', {
    brand: brandName(card.brand),
    last4: card.last4,
    expiry: `${String(card.expMonth).padStart(2, '0')}/${String(card.expYear % 100).padStart(2, '0')}`,
  });

/** Stripe's default card first chosen; without one, the first card. */
export const defaultCardOf = (cards: SavedCard[]) => cards.find((card) => card.isDefault) ?? cards[0];
