import { useEffect, useState } from 'react';
import { api } from '../../api/api';
import { ApiError, type Booking, type Checkout } from '../../api/client';
import { useApp } from '../../app-context';
import { AddToCalendar } from '../../components/add-to-calendar';
import { BookingFacts } from '../../components/class-bits';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { ContactLinks } from '../../components/contact-links';
import { ErrorNotice, Notice } from '../../components/notice';
import { formatMoney } from '../../format';
import { useLoad } from '../../hooks/use-load';
import { usePageTitle } from '../../hooks/use-page-title';
import { Link, useLocation, withBase } from '../../router';
import { useAttempt } from '../../hooks/use-attempt';
import { BadManageLink } from './find-bookings-page';
import { Reschedule } from './reschedule';
import { PayDue } from '../account/pay-due';
import { ZoneToggle, useShownTimes } from '../../time-zone';

/**
 * A booking opened with its secret link, no account needed. Right after booking it is also the
 * confirmation page (`?booked=new`, or `again` when the customer already had this booking): it
 * shows how to pay a Swish or bank transfer booking, and waits for a card payment to be settled.
 */
export function ManagePage({ token }: { token: string }) {
  const { t, locale } = useApp();
  const { query } = useLocation();
  const loaded = useLoad(() => api.managedBooking(token), [token]);
  const [updated, setUpdated] = useState<Booking | null>(null);
  const [cancelledNow, setCancelledNow] = useState(false);
  const [movedNow, setMovedNow] = useState(false);
  const booking = updated ?? loaded.data;
  // A link that names no booking (cut off by a mail program, mistyped, or of a deleted booking).
  const badLink = !booking && loaded.error instanceof ApiError && loaded.error.code === 'booking_not_found';
  usePageTitle(badLink ? t('studio.badLink.title') : t('manage.title'));
  const booked = query.get('booked');
  const checkout = (window.history.state as { checkout?: Checkout } | null)?.checkout ?? null;

  const cancelled = (after: Booking) => {
    setUpdated(after);
    setCancelledNow(true);
  };
  const moved = (after: Booking) => {
    setUpdated(after);
    setMovedNow(true);
  };
  const manageUrl = `${window.location.origin}${withBase(`/manage/${token}`)}`;

  if (badLink) return <BadManageLink />;

  return (
    <article className="narrow">
      {loaded.error !== null && <ErrorNotice error={loaded.error} />}
      {!booking && loaded.loading && <p>{t('app.loading')}</p>}
      {booking && (
        <>
          {booked === 'new' && booking.status === 'confirmed' && (
            <Notice kind="success">
              <p className="notice-title">{t('manage.booked')}</p>
              <p>{booking.kind === 'appointment' ? t('manage.bookedTextAppointment') : t('manage.bookedText')}</p>
              {booking.customer && <p>{t('manage.mailSent', { email: booking.customer.email })}</p>}
              <ContactLinks />
            </Notice>
          )}
          {booked === 'again' && <Notice kind="info">{t('manage.alreadyBooked')}</Notice>}
          {cancelledNow && <Notice kind="success">{t('manage.cancelledNow')}</Notice>}
          {movedNow && (
            <Notice kind="success">
              <p>{t('manage.movedNow')}</p>
              {booking.customer && <p>{t('manage.mailSent', { email: booking.customer.email })}</p>}
            </Notice>
          )}
          {booking.status === 'pending' && (
            <PendingPayment
              booking={booking}
              checkout={checkout}
              intent={query.get('payment_intent')}
              cardFailed={query.get('redirect_status') === 'failed'}
              onConfirmed={setUpdated}
            />
          )}
          <h1>{booking.title}</h1>
          <BookingFacts booking={booking} />
          <ZoneToggle zones={[booking.timeZone]} />
          {(booking.status === 'confirmed' || booking.status === 'completed') && booking.due.amount > 0 && (
            <section className="card stack" aria-label={t('due.balance', { amount: formatMoney(booking.due, locale) })}>
              <p>{t('due.balance', { amount: formatMoney(booking.due, locale) })}</p>
              <PayDue
                due={booking.due}
                label={booking.title}
                pay={(input) => api.payManagedBalance(token, input)}
                returnPath={`/manage/${token}`}
                onPaid={() => {
                  setUpdated(null);
                  loaded.reload();
                }}
              />
            </section>
          )}
          {isAhead(booking) && (
            <AddToCalendar booking={booking} manageUrl={manageUrl} icsUrl={`/api/v1/manage/${token}/booking.ics`} />
          )}
          {!cancelledNow && (
            <Reschedule
              booking={booking}
              onMove={(body) => api.rescheduleManagedBooking(token, body)}
              onMoved={moved}
            />
          )}
          {!cancelledNow && (
            <Cancellation booking={booking} onCancel={() => api.cancelManagedBooking(token)} onCancelled={cancelled} />
          )}
          <ManageLink url={manageUrl} />
          {booking.source !== 'account' && booking.customer && !erased(booking.customer.email) && (
            <GuestData token={token} email={booking.customer.email} />
          )}
          <p>
            {booking.kind === 'appointment' ? (
              <Link to="/services">{t('manage.bookAnotherAppointment')}</Link>
            ) : (
              <Link to="/">{t('manage.bookAnother')}</Link>
            )}
          </p>
        </>
      )}
    </article>
  );
}

/** A booking still to come and still on: worth a place in a calendar. */
const isAhead = (booking: Booking): boolean =>
  (booking.status === 'confirmed' || booking.status === 'pending') && new Date(booking.endsAt).getTime() > Date.now();

/** A booking that waits for its payment: how to pay, or the card payment being settled. */
function PendingPayment({
  booking,
  checkout,
  intent,
  cardFailed,
  onConfirmed,
}: {
  booking: Booking;
  checkout: Checkout | null;
  intent: string | null;
  cardFailed: boolean;
  onConfirmed(booking: Booking): void;
}) {
  const { locale, t } = useApp();
  const times = useShownTimes();
  const until = booking.holdExpiresAt && times.named(booking.holdExpiresAt, 'dateTime', booking.timeZone);
  if (intent && !cardFailed) return <CardSettlement intent={intent} onConfirmed={onConfirmed} />;
  // Right after checkout the answer is at hand; later (a link from the mail) the booking says it.
  const manual = checkout?.reference ? checkout : booking.paymentInstructions;
  if (manual?.reference && (manual.method === 'swish' || manual.method === 'bank_transfer')) {
    return (
      <Notice kind="info">
        <p className="notice-title">{t('manual.title')}</p>
        <p>
          {t(`manual.${manual.method}`, {
            amount: formatMoney(manual.amount, locale),
            payTo: manual.payTo ?? '',
            reference: manual.reference,
          })}
        </p>
        {until && <p>{t('manual.payBefore', { time: until })}</p>}
        <p>{t('manual.confirmLater')}</p>
      </Notice>
    );
  }
  return (
    <>
      {cardFailed && <Notice kind="error">{t('manage.cardFailed')}</Notice>}
      {until && <Notice kind="info">{t('manage.pending', { time: until })}</Notice>}
    </>
  );
}

const POLL_MS = 2_000;
const SLOW_AFTER_POLLS = 10;

/**
 * After Stripe said yes: asks the server to settle from Stripe's own record, then polls until
 * the booking is confirmed (the webhook may get there first; either way it happens once).
 */
function CardSettlement({ intent, onConfirmed }: { intent: string; onConfirmed(booking: Booking): void }) {
  const { org, t } = useApp();
  const [slow, setSlow] = useState(false);
  const [unbookable, setUnbookable] = useState(false);
  useEffect(() => {
    let stopped = false;
    let timer = 0;
    let polls = 0;
    const poll = async () => {
      const answer = await api.paymentByIntent(intent).catch(() => null);
      if (stopped) return;
      if (answer?.found && answer.booking) {
        onConfirmed(answer.booking);
        return;
      }
      polls += 1;
      if (polls === SLOW_AFTER_POLLS) setSlow(true);
      timer = window.setTimeout(poll, POLL_MS);
    };
    void api
      .confirmCardPayment(intent)
      .catch(() => null)
      .then((answer) => {
        if (stopped) return;
        if (answer?.settlement.outcome === 'unbookable') setUnbookable(true);
        else if (answer?.booking?.status === 'confirmed') onConfirmed(answer.booking);
        else void poll();
      });
    return () => {
      stopped = true;
      window.clearTimeout(timer);
    };
  }, [intent, onConfirmed]);
  if (unbookable)
    return (
      <Notice kind="warning">
        <p>{t('manage.cardUnbookable', { org: org.name })}</p>
        <ContactLinks />
      </Notice>
    );
  return (
    <Notice kind="info">
      <p>{t('manage.confirmingCard')}</p>
      {slow && <p>{t('manage.cardSlow')}</p>}
    </Notice>
  );
}

function ManageLink({ url }: { url: string }) {
  const { t, user } = useApp();
  const [copied, setCopied] = useState(false);
  const copy = () =>
    navigator.clipboard?.writeText(url).then(
      () => setCopied(true),
      () => setCopied(false),
    );
  return (
    <section className="manage-link">
      <h2>{t('manage.link')}</h2>
      {user ? (
        <p className="muted">
          <Link to="/account/bookings">{t('firsttime.linkHintSignedIn')}</Link>
        </p>
      ) : (
        <p className="muted">{t('manage.linkHint')}</p>
      )}
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

/** An erased customer's address is a placeholder in the reserved .invalid domain: nothing to mail. */
const erased = (email: string) => email.endsWith('.invalid');

/**
 * A guest's data rights: a copy of everything held, and erasure. A manage link does not prove who the
 * guest is (whoever booked has it), so it only asks for a link mailed to the booking's address.
 */
function GuestData({ token, email }: { token: string; email: string }) {
  const { org, t } = useApp();
  const [mailed, setMailed] = useState(false);
  const { busy, error, attempt } = useAttempt();
  return (
    <section className="stack" aria-labelledby="guest-data">
      <h2 id="guest-data">{t('guestData.title')}</h2>
      <p className="muted">{t('guestData.hint', { org: org.name, email })}</p>
      {error !== null && <ErrorNotice error={error} />}
      {mailed ? (
        <Notice kind="success">{t('guestData.mailed', { email })}</Notice>
      ) : (
        <p>
          <button
            type="button"
            className="button button-quiet"
            disabled={busy}
            onClick={() =>
              void attempt(async () => {
                await api.requestGuestDataLink(token);
                setMailed(true);
              })
            }
          >
            {t('guestData.mailMe')}
          </button>
        </p>
      )}
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
  const { org, t, tn } = useApp();
  const times = useShownTimes();
  const [asking, setAsking] = useState(false);
  const { busy, error, setError, attempt } = useAttempt();

  if (booking.status === 'cancelled') {
    return (
      <Notice kind="info">
        {booking.class?.status === 'cancelled' ? t('manage.classCancelled') : t('manage.bookingCancelled')}
      </Notice>
    );
  }
  if (booking.status !== 'confirmed' && booking.status !== 'pending') return null;
  if (!booking.cancellableUntil) {
    if (new Date(booking.startsAt).getTime() <= Date.now()) return null;
    return (
      <Notice kind="info">
        <p>{tn('manage.tooLate', org.cancellationDeadlineHours, { org: org.name })}</p>
        <ContactLinks />
      </Notice>
    );
  }

  const confirm = async () => {
    await attempt(async () => {
      const after = await onCancel();
      setAsking(false);
      onCancelled(after);
    });
  };

  return (
    <div className="cancellation">
      <p>
        {t('manage.cancellableUntil', {
          time: times.named(booking.cancellableUntil, 'dateTime', booking.timeZone),
        })}
      </p>
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
          <p>{booking.kind === 'appointment' ? t('manage.cancelTextAppointment') : t('manage.cancelText')}</p>
        </ConfirmDialog>
      )}
    </div>
  );
}
