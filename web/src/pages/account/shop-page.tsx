import { useRef, useState } from 'react';
import { api, newIdempotencyKey } from '../../api/api';
import { ApiError, type PackagePurchase, type SavedCard } from '../../api/client';
import { useApp } from '../../app-context';
import { ErrorNotice, Notice } from '../../components/notice';
import { formatMoney } from '../../format';
import { useLoad } from '../../hooks/use-load';
import { usePageTitle } from '../../hooks/use-page-title';
import { Link } from '../../router';
import { CardPayment } from '../booking/card-payment';
import { payingCardLabel } from './saved-card';

type Manual = 'swish' | 'bank_transfer';
/** A manual method, a saved card (its id), or a new card in Stripe's form. */
type Way = Manual | { savedCard: SavedCard } | 'new_card';

/**
 * Packages of credits for sale. A signed-in customer buys one with Swish or a bank transfer (as the
 * organisation offers, with a number to pay to); the credits come when the business sees the money.
 * By card, with a saved card (charged at once) or a new one in Stripe's form; the credits come when
 * the payment settles, from this page or Stripe's webhook, whichever is first.
 */
export function ShopPage() {
  const { org, user, locale, t } = useApp();
  const loaded = useLoad(() => api.packages(), []);
  const [bought, setBought] = useState<PackagePurchase | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const keys = useRef(new Map<string, string>());
  const [paying, setPaying] = useState<PackagePurchase | null>(null);
  const [paid, setPaid] = useState<string | null>(null);
  const [declined, setDeclined] = useState<string | null>(null);
  const byCard = org.paymentMethods.includes('card') && org.cardPayments;
  const cards = useLoad(() => (user && byCard ? api.myCards() : Promise.resolve(null)), [user?.id, byCard]);
  const savedCards = cards.data?.cards ?? [];
  usePageTitle(t('shop.title'));
  const methods = org.paymentMethods.filter(
    (method): method is Manual =>
      (method === 'swish' && org.swishNumber !== null) || (method === 'bank_transfer' && org.bankAccount !== null),
  );

  /** The card was charged: settle from Stripe's record now (the webhook does the same, once). */
  const settle = async (intent: string, credits: number) => {
    const answer = await api.confirmCardPayment(intent).catch(() => null);
    setPaid(
      answer?.settlement.outcome === 'credited' || answer?.settlement.outcome === 'already'
        ? t('cardpay.credited', { credits })
        : t('cardpay.crediting'),
    );
  };

  const buy = async (packageId: string, way: Way) => {
    setError(null);
    setPaid(null);
    setDeclined(null);
    setBusy(true);
    const method = typeof way === 'string' ? (way === 'new_card' ? 'card' : way) : 'card';
    const savedCardId = typeof way === 'string' ? undefined : way.savedCard.id;
    // One key per package and way on this page: a double click buys once.
    const id = `${packageId}:${method}:${savedCardId ?? ''}`;
    const key = keys.current.get(id) ?? newIdempotencyKey();
    keys.current.set(id, key);
    try {
      const purchase = await api.buyPackage(packageId, method, key, savedCardId);
      // A finished card purchase is not bought again by a later click.
      if (method === 'card') keys.current.delete(id);
      const secret = purchase.payment?.clientSecret;
      if (savedCardId && secret) await settle(secret.split('_secret_')[0] ?? '', purchase.purchase.credits);
      else if (method === 'card') setPaying(purchase);
      else setBought(purchase);
    } catch (failure) {
      keys.current.delete(id);
      if (failure instanceof ApiError && failure.code === 'card_declined' && typeof way !== 'string') {
        setDeclined(payingCardLabel(way.savedCard, t));
      } else setError(failure);
    } finally {
      setBusy(false);
    }
  };

  if (paying?.payment) {
    const credits = paying.purchase.credits;
    return (
      <section className="narrow">
        <h1>{t('shop.title')}</h1>
        <CardPayment
          checkout={paying.payment}
          token=""
          returnPath="/shop"
          onPaid={(intent) => {
            setPaying(null);
            void settle(intent, credits);
          }}
          onStartAgain={() => setPaying(null)}
          startAgainLabel={t('cardpay.startAgain')}
        />
      </section>
    );
  }

  return (
    <section className="narrow">
      <h1>{t('shop.title')}</h1>
      {error !== null && <ErrorNotice error={error} />}
      {declined && <Notice kind="error">{t('cardpay.declined', { card: declined })}</Notice>}
      {paid && <Notice kind="success">{paid}</Notice>}
      {bought?.payment && (
        <Notice kind="success">
          {t('shop.payNow', {
            amount: formatMoney(bought.payment.amount, locale),
            payTo: bought.payment.payTo ?? '',
            reference: bought.payment.reference ?? '',
          })}
        </Notice>
      )}
      {loaded.error !== null && <ErrorNotice error={loaded.error} />}
      {loaded.data?.packages.length === 0 && <p className="empty">{t('shop.empty')}</p>}
      <ul className="package-list">
        {loaded.data?.packages.map((pkg) => (
          <li key={pkg.id} className="card">
            <h2>{pkg.name}</h2>
            <p>
              {t('shop.facts', {
                credits: pkg.credits,
                price: formatMoney(pkg.price, locale),
                days: pkg.validityDays,
              })}
            </p>
            {user ? (
              methods.length === 0 && !byCard ? (
                <p className="muted">{t('shop.noMethod')}</p>
              ) : (
                <div className="actions">
                  {byCard &&
                    savedCards.map((card) => (
                      <button
                        className="button"
                        key={card.id}
                        type="button"
                        disabled={busy}
                        onClick={() => buy(pkg.id, { savedCard: card })}
                      >
                        {t('cardpay.buyWith', { card: payingCardLabel(card, t) })}
                      </button>
                    ))}
                  {byCard && (
                    <button className="button" type="button" disabled={busy} onClick={() => buy(pkg.id, 'new_card')}>
                      {savedCards.length > 0 ? t('cardpay.buyNewCard') : t('shop.buy.card')}
                    </button>
                  )}
                  {methods.map((method) => (
                    <button
                      className="button"
                      key={method}
                      type="button"
                      disabled={busy}
                      onClick={() => buy(pkg.id, method)}
                    >
                      {t(`shop.buy.${method}`)}
                    </button>
                  ))}
                </div>
              )
            ) : (
              <p>
                <Link to={`/sign-in?next=${encodeURIComponent('/shop')}`}>{t('shop.signInToBuy')}</Link>
              </p>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
