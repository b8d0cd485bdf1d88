import { api } from '../../api/api';
import { loyaltyApi } from '../../api/loyalty-api';
import type { Booking, InvoiceSummary, Money } from '../../api/client';
import { useApp } from '../../app-context';
import { ErrorNotice } from '../../components/notice';
import { formatMoney } from '../../format';
import { useShownTimes } from '../../time-zone';
import { useLoad } from '../../hooks/use-load';
import { usePageTitle } from '../../hooks/use-page-title';
import type { Locale } from '../../i18n/messages';
import { Link } from '../../router';

/** Amounts in one currency each; an organisation bills in one, but a sum must never mix two. */
function totals(amounts: Money[]): Money[] {
  const byCurrency = new Map<string, number>();
  for (const { amount, currency } of amounts) byCurrency.set(currency, (byCurrency.get(currency) ?? 0) + amount);
  return [...byCurrency].map(([currency, amount]) => ({ amount, currency }));
}

const moneyList = (amounts: Money[], locale: Locale) =>
  totals(amounts)
    .map((money) => formatMoney(money, locale))
    .join(' + ');

/** The portal's first page: what comes next, what is owed, and what is held, each linking to its tab. */
export function OverviewPage() {
  const { locale, t, tn } = useApp();
  const times = useShownTimes();
  usePageTitle(t('portal.overview'));
  const bookings = useLoad(() => api.myBookings('all'), []);
  const invoices = useLoad(() => api.myInvoices(), []);
  const credits = useLoad(() => api.myCredits(), []);
  const points = useLoad(() => loyaltyApi.mine(), []);

  const now = Date.now();
  const live = (booking: Booking) => booking.status !== 'cancelled';
  const next = (bookings.data?.bookings ?? [])
    .filter((booking) => live(booking) && Date.parse(booking.endsAt) > now)
    .sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt))[0];
  const openInvoices = (invoices.data?.invoices ?? []).filter(
    (invoice: InvoiceSummary) => invoice.kind === 'invoice' && invoice.totals.due > 0,
  );
  // A booking with an open invoice is owed once: it is counted under the invoice.
  const invoiced = new Set(openInvoices.map((invoice) => invoice.bookingId));
  const dueBookings = (bookings.data?.bookings ?? []).filter(
    (booking) => live(booking) && booking.due.amount > 0 && !invoiced.has(booking.id),
  );

  return (
    <section>
      <h1>{t('portal.overview')}</h1>
      {[bookings.error, invoices.error, credits.error, points.error].map(
        (error, index) => error !== null && <ErrorNotice key={String(index)} error={error} />,
      )}
      <div className="portal-overview">
        <article className="card" data-testid="overview-next-booking">
          <h2>{t('portal.nextBooking')}</h2>
          {bookings.data &&
            (next ? (
              <p>
                <strong>{next.title}</strong>
                <br />
                {times.named(next.startsAt, 'shortDateTime', next.timeZone)}
              </p>
            ) : (
              <p className="empty">{t('myBookings.emptyUpcoming')}</p>
            ))}
          <Link to="/account/bookings">{t('portal.allBookings')}</Link>
        </article>
        <article className="card" data-testid="overview-due">
          <h2>{t('portal.balanceDue')}</h2>
          {bookings.data && invoices.data && (
            <>
              {dueBookings.length === 0 && openInvoices.length === 0 && <p>{t('portal.nothingDue')}</p>}
              {dueBookings.length > 0 && (
                <p>
                  {tn('portal.bookingsDue', dueBookings.length, {
                    amount: moneyList(
                      dueBookings.map((booking) => booking.due),
                      locale,
                    ),
                  })}{' '}
                  <Link to="/account/bookings">{t('portal.bookings')}</Link>
                </p>
              )}
              {openInvoices.length > 0 && (
                <p>
                  {tn('portal.invoicesDue', openInvoices.length, {
                    amount: moneyList(
                      openInvoices.map((invoice) => ({ amount: invoice.totals.due, currency: invoice.currency })),
                      locale,
                    ),
                  })}{' '}
                  <Link to="/account/invoices">{t('portal.invoices')}</Link>
                </p>
              )}
            </>
          )}
        </article>
        <article className="card" data-testid="overview-credits">
          <h2>{t('portal.credits')}</h2>
          {credits.data && <p>{t('credits.balance', { count: credits.data.balance })}</p>}
          <Link to="/account/credits">{t('portal.seeCredits')}</Link>
        </article>
        {points.data?.enabled && (
          <article className="card" data-testid="overview-points">
            <h2>{t('portal.loyalty')}</h2>
            <p>{t('loyalty.balance', { count: points.data.balance })}</p>
            <Link to="/account/loyalty">{t('portal.seePoints')}</Link>
          </article>
        )}
      </div>
      <p>
        <Link to="/account/profile">{t('portal.editProfile')}</Link>
      </p>
    </section>
  );
}
