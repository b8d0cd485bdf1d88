import { useState } from 'react';
import { api } from '../../api/api';
import type { UnbookablePayment } from '../../api/client';
import { useApp } from '../../app-context';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { ErrorNotice, Notice } from '../../components/notice';
import { formatInstant, formatMoney } from '../../format';
import { useLoad } from '../../hooks/use-load';
import { usePageTitle } from '../../hooks/use-page-title';
import { Link, useLocation } from '../../router';
import { AdminLayout } from './admin-layout';
import { RefundDialog } from './payment-actions';
import { useAttempt } from '../../hooks/use-attempt';

export function FailedBookingsPage() {
  return (
    <AdminLayout section="failed">
      <FailedBookings />
    </AdminLayout>
  );
}

/** Payments that succeeded when their booking could no longer be made: book anyway, or refund. */
function FailedBookings() {
  const { t } = useApp();
  const { query } = useLocation();
  const all = query.get('show') === 'all';
  const loaded = useLoad(() => api.unbookablePayments(all ? {} : { status: 'open' }), [all]);
  const [done, setDone] = useState<string | null>(null);
  usePageTitle(t('admin.failed'));

  const changed = (message: string) => {
    setDone(message);
    loaded.reload();
  };

  return (
    <section>
      <h1>{t('admin.failed')}</h1>
      <p className="muted">{t('failed.intro')}</p>
      <nav className="tabs tabs-small" aria-label={t('admin.failed')}>
        <Link to="/admin/failed-bookings" aria-current={all ? undefined : 'page'}>
          {t('failed.open')}
        </Link>
        <Link to="/admin/failed-bookings?show=all" aria-current={all ? 'page' : undefined}>
          {t('failed.all')}
        </Link>
      </nav>
      {done && <Notice kind="success">{done}</Notice>}
      {loaded.error !== null && <ErrorNotice error={loaded.error} />}
      {loaded.data && loaded.data.payments.length === 0 && <p className="empty">{t('failed.none')}</p>}
      {loaded.data && loaded.data.payments.length > 0 && (
        <ul className="booking-list">
          {loaded.data.payments.map((problem) => (
            <li key={problem.id} className="card">
              <Problem problem={problem} onChanged={changed} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function Problem({ problem, onChanged }: { problem: UnbookablePayment; onChanged(message: string): void }) {
  const { org, locale, t } = useApp();
  // The queue names only the booking; its class and customer come from the booking itself.
  const booking = useLoad(() => api.booking(problem.bookingId), [problem.bookingId]);
  const [open, setOpen] = useState<'book' | 'refund' | null>(null);
  const { busy, error, setError, attempt } = useAttempt();
  const name = booking.data?.customer?.name ?? '';

  const bookAnyway = async () => {
    await attempt(async () => {
      await api.bookUnbookable(problem.id);
      setOpen(null);
      onChanged(t('failed.booked', { name }));
    });
  };

  return (
    <>
      <h2>{booking.data ? `${booking.data.title} · ${name}` : problem.bookingId}</h2>
      <dl className="facts facts-plain">
        <dt>{t('admin.when')}</dt>
        <dd>{formatInstant(problem.createdAt, 'shortDateTime', locale, org.timeZone)}</dd>
        <dt>{t('failed.reason')}</dt>
        <dd>{t(`failed.reason.${problem.reason}`)}</dd>
        <dt>{t('bookings.payment')}</dt>
        <dd>
          {formatMoney({ amount: problem.amount, currency: problem.currency }, locale)} ·{' '}
          {t(`payment.${problem.method}`)}
        </dd>
        <dt>{t('admin.status')}</dt>
        <dd>{t(`failed.status.${problem.status}`)}</dd>
        {booking.data?.customer && (
          <>
            <dt>{t('bookings.email')}</dt>
            <dd className="break">{booking.data.customer.email}</dd>
          </>
        )}
      </dl>
      {booking.error !== null && <ErrorNotice error={booking.error} />}
      {problem.status === 'open' && (
        <div className="actions">
          <button type="button" className="button" onClick={() => setOpen('book')}>
            {t('failed.book')}
          </button>
          {problem.refundable > 0 && (
            <button type="button" className="button button-danger-quiet" onClick={() => setOpen('refund')}>
              {t('bookings.refund')}
            </button>
          )}
        </div>
      )}
      {open === 'book' && (
        <ConfirmDialog
          title={`${t('failed.book')}: ${name}`}
          confirmLabel={t('failed.book')}
          cancelLabel={t('admin.close')}
          busy={busy}
          error={error}
          onConfirm={bookAnyway}
          onClose={() => {
            setOpen(null);
            setError(null);
          }}
        >
          {booking.data && <p>{booking.data.title}</p>}
        </ConfirmDialog>
      )}
      {open === 'refund' && (
        <RefundDialog
          paymentId={problem.paymentId}
          name={name}
          onClose={() => setOpen(null)}
          onDone={(message) => {
            setOpen(null);
            onChanged(message);
          }}
        />
      )}
    </>
  );
}
