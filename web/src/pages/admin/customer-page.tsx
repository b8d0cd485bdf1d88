import { api } from '../../api/api';
import { useApp } from '../../app-context';
import { StatusBadge, paymentText } from '../../components/class-bits';
import { ErrorNotice } from '../../components/notice';
import { scrollRegion } from '../../components/scroll-region';
import { formatInstant, formatMoney } from '../../format';
import { useLoad } from '../../hooks/use-load';
import { usePageTitle } from '../../hooks/use-page-title';
import { Link } from '../../router';
import { AdminLayout } from './admin-layout';
import { CustomerCredits } from './customer-credits';

export function CustomerPage({ customerId }: { customerId: string }) {
  return (
    <AdminLayout section="customers">
      <Customer customerId={customerId} />
    </AdminLayout>
  );
}

/** One customer for staff: who they are, how their bookings went (newest first), and their credits. */
function Customer({ customerId }: { customerId: string }) {
  const { org, locale, t } = useApp();
  const customer = useLoad(() => api.customer(customerId), [customerId]);
  const history = useLoad(() => api.bookings({ customerId, limit: 500 }), [customerId]);
  usePageTitle(customer.data?.name ?? t('admin.customers'));
  const bookings = history.data?.bookings ?? [];
  const count = (status: string) => bookings.filter((booking) => booking.status === status).length;

  return (
    <section>
      <p>
        <Link to="/admin/customers">{t('customer.back')}</Link>
      </p>
      {customer.error !== null && <ErrorNotice error={customer.error} />}
      {customer.data && (
        <>
          <h1>{customer.data.name}</h1>
          <dl className="facts">
            <dt>{t('customers.email')}</dt>
            <dd>
              <a href={`mailto:${customer.data.email}`}>{customer.data.email}</a>
            </dd>
            <dt>{t('customers.account')}</dt>
            <dd>{customer.data.hasAccount ? t('customers.yes') : t('customers.no')}</dd>
            <dt>{t('customers.since')}</dt>
            <dd>{formatInstant(customer.data.createdAt, 'shortDay', locale, org.timeZone)}</dd>
          </dl>
        </>
      )}
      <h2>{t('customer.history')}</h2>
      {history.error !== null && <ErrorNotice error={history.error} />}
      {history.data && bookings.length === 0 && <p className="empty">{t('customer.noBookings')}</p>}
      {bookings.length > 0 && (
        <>
          <p data-testid="customer-summary">
            {t('customer.summary', {
              bookings: bookings.length,
              completed: count('completed'),
              noShows: count('no_show'),
              cancelled: count('cancelled'),
            })}
          </p>
          <div className="table-wrap" {...scrollRegion(t('customer.history'))}>
            <table className="customer-history">
              <thead>
                <tr>
                  <th scope="col">{t('customer.when')}</th>
                  <th scope="col">{t('customer.what')}</th>
                  <th scope="col">{t('customer.status')}</th>
                  <th scope="col">{t('customer.price')}</th>
                  <th scope="col">{t('customer.payment')}</th>
                </tr>
              </thead>
              <tbody>
                {bookings.map((booking) => (
                  <tr key={booking.id} data-testid="customer-booking">
                    <td className="nowrap">{formatInstant(booking.startsAt, 'dateTime', locale, org.timeZone)}</td>
                    <td>
                      {booking.class ? (
                        <Link to={`/admin/classes/${booking.class.id}`}>{booking.title}</Link>
                      ) : (
                        booking.title
                      )}
                    </td>
                    <td>
                      <StatusBadge status={booking.status} />
                    </td>
                    <td className="nowrap">{formatMoney(booking.price, locale)}</td>
                    <td>
                      {paymentText(booking, t)}
                      {booking.due.amount > 0 && (
                        <>
                          {' '}
                          <span className="muted">
                            {t('customer.due', { amount: formatMoney(booking.due, locale) })}
                          </span>
                        </>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
      {customer.data && <CustomerCredits customerId={customerId} name={customer.data.name} />}
    </section>
  );
}
