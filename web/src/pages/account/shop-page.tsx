import { useRef, useState } from 'react';
import { api, newIdempotencyKey } from '../../api/api';
import type { PackagePurchase } from '../../api/client';
import { useApp } from '../../app-context';
import { ErrorNotice, Notice } from '../../components/notice';
import { formatMoney } from '../../format';
import { useLoad } from '../../hooks/use-load';
import { usePageTitle } from '../../hooks/use-page-title';
import { Link } from '../../router';

type Manual = 'swish' | 'bank_transfer';

/**
 * Packages of credits for sale. A signed-in customer buys one with Swish or a bank transfer (as the
 * organisation offers, with a number to pay to); the credits come when the business sees the money.
 * Card purchases are offered by the API; this page does not take cards yet.
 */
export function ShopPage() {
  const { org, user, locale, t } = useApp();
  const loaded = useLoad(() => api.packages(), []);
  const [bought, setBought] = useState<PackagePurchase | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const keys = useRef(new Map<string, string>());
  usePageTitle(t('shop.title'));
  const methods = org.paymentMethods.filter(
    (method): method is Manual =>
      (method === 'swish' && org.swishNumber !== null) || (method === 'bank_transfer' && org.bankAccount !== null),
  );

  const buy = async (packageId: string, method: Manual) => {
    setError(null);
    setBusy(true);
    // One key per package and method on this page: a double click buys once.
    const id = `${packageId}:${method}`;
    const key = keys.current.get(id) ?? newIdempotencyKey();
    keys.current.set(id, key);
    try {
      setBought(await api.buyPackage(packageId, method, key));
    } catch (failure) {
      keys.current.delete(id);
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="narrow">
      <h1>{t('shop.title')}</h1>
      {error !== null && <ErrorNotice error={error} />}
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
              methods.length === 0 ? (
                <p className="muted">{t('shop.noMethod')}</p>
              ) : (
                methods.map((method) => (
                  <button key={method} type="button" disabled={busy} onClick={() => buy(pkg.id, method)}>
                    {t('shop.buyWith', { method: t(`payment.${method}`) })}
                  </button>
                ))
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
