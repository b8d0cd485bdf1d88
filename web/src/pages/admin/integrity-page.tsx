import { api } from '../../api/api';
import { useApp } from '../../app-context';
import { ErrorNotice, Notice } from '../../components/notice';
import { formatInstant } from '../../format';
import { useLoad } from '../../hooks/use-load';
import { usePageTitle } from '../../hooks/use-page-title';
import type { MessageKey } from '../../i18n/messages';
import { AdminLayout } from './admin-layout';

export function IntegrityPage() {
  return (
    <AdminLayout section="integrity">
      <Integrity />
    </AdminLayout>
  );
}

/** Money that is not where it should be, by kind; every list is empty when all is well. */
function Integrity() {
  const { org, locale, t } = useApp();
  const report = useLoad(() => api.integrity(), []);
  usePageTitle(t('integrity.title'));
  const data = report.data;
  const time = (iso: string | null) => (iso ? formatInstant(iso, 'shortDateTime', locale, org.timeZone) : '');

  const sections: { key: MessageKey; rows: string[] }[] = data
    ? [
        {
          key: 'integrity.paymentsWithoutBookingOrRefund',
          rows: data.paymentsWithoutBookingOrRefund.map((row) =>
            t('integrity.row.payment', {
              payment: row.paymentId,
              booking: row.bookingId,
              amount: row.amount,
              refunded: row.refunded,
            }),
          ),
        },
        {
          key: 'integrity.paidBookingsWithoutPayment',
          rows: data.paidBookingsWithoutPayment.map((row) =>
            t('integrity.row.booking', { booking: row.bookingId, method: row.paymentMethod }),
          ),
        },
        {
          key: 'integrity.refundsStuckPending',
          rows: data.refundsStuckPending.map((row) =>
            t('integrity.row.refund', {
              refund: row.refundId,
              payment: row.paymentId,
              amount: row.amount,
              time: time(row.createdAt),
            }),
          ),
        },
        {
          key: 'integrity.holdsPastExpiry',
          rows: data.holdsPastExpiry.map((row) =>
            t('integrity.row.hold', { booking: row.bookingId, time: time(row.holdExpiresAt) }),
          ),
        },
      ]
    : [];

  return (
    <section>
      <div className="heading-row">
        <h1>{t('integrity.title')}</h1>
        <button type="button" className="button" onClick={report.reload} disabled={report.loading}>
          {t('integrity.check')}
        </button>
      </div>
      <p className="muted">{t('integrity.intro')}</p>
      {report.error !== null && <ErrorNotice error={report.error} />}
      {data?.clean && <Notice kind="success">{t('integrity.clean')}</Notice>}
      {sections
        .filter((section) => section.rows.length > 0)
        .map((section) => (
          <section key={section.key}>
            <h2>
              {t(section.key)} ({section.rows.length})
            </h2>
            <ul className="plain-list">
              {section.rows.map((row) => (
                <li key={row}>{row}</li>
              ))}
            </ul>
          </section>
        ))}
    </section>
  );
}
