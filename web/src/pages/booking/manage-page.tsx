import { useState } from 'react';
import { api } from '../../api/api';
import type { Booking } from '../../api/client';
import { useApp } from '../../app-context';
import { BookingFacts } from '../../components/class-bits';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { ErrorNotice, Notice } from '../../components/notice';
import { formatInstant } from '../../format';
import { useLoad } from '../../hooks/use-load';
import { usePageTitle } from '../../hooks/use-page-title';
import { Link, useLocation } from '../../router';

/**
 * A booking opened with its secret link, no account needed. Right after booking it is also the
 * confirmation page (`?booked=new`, or `again` when the customer already had this booking).
 */
export function ManagePage({ token }: { token: string }) {
  const { t } = useApp();
  const { query } = useLocation();
  const loaded = useLoad(() => api.managedBooking(token), [token]);
  const [cancelled, setCancelled] = useState<Booking | null>(null);
  const booking = cancelled ?? loaded.data;
  usePageTitle(t('manage.title'));
  const booked = query.get('booked');

  return (
    <article className="narrow">
      {loaded.error !== null && <ErrorNotice error={loaded.error} />}
      {!booking && loaded.loading && <p>{t('app.loading')}</p>}
      {booking && (
        <>
          {booked === 'new' && booking.status !== 'cancelled' && (
            <Notice kind="success">
              <p className="notice-title">{t('manage.booked')}</p>
              <p>{t('manage.bookedText')}</p>
            </Notice>
          )}
          {booked === 'again' && <Notice kind="info">{t('manage.alreadyBooked')}</Notice>}
          {cancelled && <Notice kind="success">{t('manage.cancelledNow')}</Notice>}
          <h1>{booking.class.title}</h1>
          <BookingFacts booking={booking} />
          {!cancelled && (
            <Cancellation booking={booking} onCancel={() => api.cancelManagedBooking(token)} onCancelled={setCancelled} />
          )}
          <ManageLink token={token} />
          <p>
            <Link to="/">{t('manage.bookAnother')}</Link>
          </p>
        </>
      )}
    </article>
  );
}

function ManageLink({ token }: { token: string }) {
  const { t } = useApp();
  const [copied, setCopied] = useState(false);
  const url = `${window.location.origin}/manage/${token}`;
  const copy = () =>
    navigator.clipboard?.writeText(url).then(
      () => setCopied(true),
      () => setCopied(false),
    );
  return (
    <section className="manage-link">
      <h2>{t('manage.link')}</h2>
      <p className="muted">{t('manage.linkHint')}</p>
      <p className="link-row">
        <a href={url} className="break">
          {url}
        </a>
        {navigator.clipboard && (
          <button type="button" className="button button-quiet" onClick={copy}>
            {copied ? t('manage.copied') : t('manage.copy')}
          </button>
        )}
      </p>
    </section>
  );
}

/**
 * Whether and until when the customer may cancel, and the button to do it. The server says
 * until when (`cancellableUntil`, null once it is too late) and checks it again on cancel.
 */
export function Cancellation({
  booking,
  onCancel,
  onCancelled,
}: {
  booking: Booking;
  onCancel(): Promise<Booking>;
  onCancelled(booking: Booking): void;
}) {
  const { org, locale, t, tn } = useApp();
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  if (booking.status === 'cancelled') {
    return (
      <Notice kind="info">
        {booking.class.status === 'cancelled' ? t('manage.classCancelled') : t('manage.bookingCancelled')}
      </Notice>
    );
  }
  if (!booking.cancellableUntil) {
    if (new Date(booking.class.startsAt).getTime() <= Date.now()) return null;
    return <Notice kind="info">{tn('manage.tooLate', org.cancellationDeadlineHours, { org: org.name })}</Notice>;
  }

  const confirm = async () => {
    setBusy(true);
    setError(null);
    try {
      const after = await onCancel();
      setAsking(false);
      onCancelled(after);
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="cancellation">
      <p>{t('manage.cancellableUntil', { time: formatInstant(booking.cancellableUntil, 'dateTime', locale, booking.class.timeZone) })}</p>
      <button type="button" className="button button-danger-quiet" onClick={() => setAsking(true)}>
        {t('manage.cancel')}
      </button>
      {asking && (
        <ConfirmDialog
          title={t('manage.cancelTitle')}
          confirmLabel={t('manage.cancelYes')}
          cancelLabel={t('manage.keep')}
          danger
          busy={busy}
          error={error}
          onConfirm={confirm}
          onClose={() => {
            setAsking(false);
            setError(null);
          }}
        >
          <p>{t('manage.cancelText')}</p>
        </ConfirmDialog>
      )}
    </div>
  );
}
