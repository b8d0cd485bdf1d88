import { type FormEvent, useState } from 'react';
import { api } from '../../api/api';
import type { Booking } from '../../api/client';
import { useApp } from '../../app-context';
import { Price, StatusBadge, When, paymentText } from '../../components/class-bits';
import { Field } from '../../components/field';
import { ErrorNotice, Notice } from '../../components/notice';
import { formatMoney } from '../../format';
import { useAttempt } from '../../hooks/use-attempt';
import { useLoad } from '../../hooks/use-load';
import { usePageTitle } from '../../hooks/use-page-title';
import { Link } from '../../router';
import { AdminLayout } from './admin-layout';
import { BookClassForCustomer } from './book-for-customer';
import { NoShowDialog } from './lifecycle-actions';
import { CancelBookingDialog, PaymentActions } from './payment-actions';

export function RosterPage({ classId }: { classId: string }) {
  return (
    <AdminLayout section="classes">
      <Roster classId={classId} />
    </AdminLayout>
  );
}

type Roster = Awaited<ReturnType<typeof api.roster>>;

/**
 * The class at the door, on a phone: everyone booked as a card each with the one or two things
 * staff do there (check in, no-show, take the money, cancel late), a walk-in, a message to all.
 */
function Roster({ classId }: { classId: string }) {
  const { t } = useApp();
  const roster = useLoad(() => api.roster(classId), [classId]);
  const [done, setDone] = useState<string | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  usePageTitle(roster.data ? t('roster.title', { title: roster.data.class.title }) : t('roster.heading'));
  const changed = (message: string) => {
    setFailure(null);
    setDone(message);
    roster.reload();
  };
  const failed = (error: unknown) => {
    setDone(null);
    setFailure(error);
  };
  const data = roster.data;
  const live = data?.bookings.filter((b) => b.status !== 'cancelled') ?? [];
  const cancelled = data?.bookings.filter((b) => b.status === 'cancelled') ?? [];
  return (
    <section className="roster">
      <p>
        <Link to={`/admin/classes/${classId}`}>← {t('roster.back')}</Link>
      </p>
      {roster.error !== null && <ErrorNotice error={roster.error} />}
      {data && (
        <>
          <h1>{t('roster.title', { title: data.class.title })}</h1>
          <p>
            <When item={data.class} />
          </p>
          <p className="roster-counts">
            {t('roster.counts', {
              booked: data.counts.booked,
              max: data.class.maxSpots,
              attended: data.counts.attended,
              noShow: data.counts.noShow,
            })}
          </p>
          <div className="actions">
            <a className="button button-small button-quiet" href={`/api/v1/classes/${classId}/roster/export`} download>
              {t('roster.export')}
            </a>
          </div>
          <BookClassForCustomer cls={data.class} onBooked={changed} />
          <MessageAll classId={classId} onSent={changed} />
          {done && <Notice kind="success">{done}</Notice>}
          {failure !== null && <ErrorNotice error={failure} />}
          <h2>{t('roster.booked')}</h2>
          {live.length === 0 && <p className="empty">{t('bookings.none')}</p>}
          <ul className="roster-list">
            {live.map((booking) => (
              <RosterCard key={booking.id} booking={booking} roster={data} onDone={changed} onError={failed} />
            ))}
          </ul>
          {cancelled.length > 0 && (
            <>
              <h2>{t('roster.cancelled')}</h2>
              <ul className="roster-list">
                {cancelled.map((booking) => (
                  <li key={booking.id} className="roster-card row-off">
                    <strong>{booking.customer?.name}</strong> <StatusBadge status={booking.status} />
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
    </section>
  );
}

function RosterCard({
  booking,
  roster,
  onDone,
  onError,
}: {
  booking: Booking;
  roster: Roster;
  onDone(message: string): void;
  onError(error: unknown): void;
}) {
  const { locale, t } = useApp();
  const { busy, attempt } = useAttempt();
  const [cancelling, setCancelling] = useState(false);
  const [noShow, setNoShow] = useState(false);
  const name = booking.customer?.name ?? '';
  const now = Date.now();
  const started = new Date(booking.startsAt).getTime() <= now;
  const late = new Date(roster.policy.lateCancelFrom).getTime() <= now;
  const canUndo =
    (booking.status === 'completed' || booking.status === 'in_progress') && new Date(roster.undoUntil).getTime() > now;
  const owes = booking.due.amount > 0 && booking.status !== 'pending';

  const run = (work: () => Promise<unknown>, message: string) =>
    attempt(async () => {
      try {
        await work();
        onDone(message);
      } catch (error) {
        onError(error);
      }
    });

  const button = (label: string, action: () => void, quiet = false) => (
    <button
      type="button"
      className={`button button-small${quiet ? ' button-quiet' : ''}`}
      disabled={busy}
      onClick={action}
      aria-label={`${label}: ${name}`}
    >
      {label}
    </button>
  );

  return (
    <li className="roster-card">
      <div className="roster-who">
        <strong>{name}</strong>
        <span className="muted break">{booking.customer?.email}</span>
      </div>
      <div className="roster-state">
        <StatusBadge status={booking.status} />
        {booking.spots > 1 && <span>{t('roster.spots', { spots: booking.spots })}</span>}
        {booking.price.amount > 0 && (
          <span className="muted">
            <Price money={booking.price} /> · {paymentText(booking, t)}
            {owes && ` · ${t('roster.due', { amount: formatMoney(booking.due, locale) })}`}
          </span>
        )}
      </div>
      <div className="row-actions">
        {/* At the door before the start the booking is checked in (it cannot be completed before it begins);
            once it has begun, checking in completes it, and an early check-in can be completed. */}
        {booking.status === 'confirmed' &&
          button(t('roster.checkIn'), () =>
            run(() => (started ? api.complete(booking.id) : api.checkIn(booking.id)), t('roster.checkedIn', { name })),
          )}
        {booking.status === 'in_progress' &&
          started &&
          button(t('lifecycle.complete'), () =>
            run(() => api.complete(booking.id), t('lifecycle.done.complete', { name })),
          )}
        {booking.status === 'confirmed' && started && button(t('lifecycle.noShow'), () => setNoShow(true), true)}
        {canUndo &&
          button(t('roster.undo'), () => run(() => api.undoCheckIn(booking.id), t('roster.undone', { name })), true)}
        {owes &&
          booking.status !== 'no_show' &&
          button(t('roster.paidAtVenue'), () =>
            run(
              () => api.paidAtVenue(booking.id, booking.due.amount),
              t('roster.paid', { name, amount: formatMoney(booking.due, locale) }),
            ),
          )}
        <PaymentActions booking={booking} onDone={onDone} />
        {(booking.status === 'pending' || booking.status === 'confirmed') && (
          <button
            type="button"
            className="button button-small button-danger-quiet"
            onClick={() => setCancelling(true)}
            aria-label={`${late ? t('roster.lateCancel') : t('bookings.cancel')}: ${name}`}
          >
            {late ? t('roster.lateCancel') : t('bookings.cancel')}
          </button>
        )}
      </div>
      {noShow && (
        <NoShowDialog
          name={name}
          busy={busy}
          onConfirm={() => {
            setNoShow(false);
            void run(() => api.noShow(booking.id), t('lifecycle.done.noShow', { name }));
          }}
          onClose={() => setNoShow(false)}
        />
      )}
      {cancelling && (
        <CancelBookingDialog
          booking={booking}
          text={late ? t('roster.lateCancelText') : undefined}
          onCancelled={(message) => {
            setCancelling(false);
            onDone(message);
          }}
          onClose={() => setCancelling(false)}
        />
      )}
    </li>
  );
}

function MessageAll({ classId, onSent }: { classId: string; onSent(message: string): void }) {
  const { t } = useApp();
  const [open, setOpen] = useState(false);
  const [subject, setSubject] = useState('');
  const [text, setText] = useState('');
  const { busy, error, attempt } = useAttempt();
  if (!open) {
    return (
      <p>
        <button type="button" className="button button-small" onClick={() => setOpen(true)}>
          {t('roster.message')}
        </button>
      </p>
    );
  }
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void attempt(async () => {
      const sent = await api.messageRoster(classId, { subject, text });
      setOpen(false);
      setSubject('');
      setText('');
      onSent(t('roster.sent', { count: sent.recipients }));
    });
  };
  return (
    <form className="card stack" onSubmit={submit}>
      <h2>{t('roster.message')}</h2>
      <Field label={t('roster.subject')}>
        {(control) => (
          <input {...control} value={subject} maxLength={200} required onChange={(e) => setSubject(e.target.value)} />
        )}
      </Field>
      <Field label={t('roster.text')} hint={t('roster.textHint')}>
        {(control) => (
          <textarea
            {...control}
            value={text}
            rows={5}
            maxLength={5000}
            required
            onChange={(e) => setText(e.target.value)}
          />
        )}
      </Field>
      {error !== null && <ErrorNotice error={error} />}
      <div className="actions">
        <button type="submit" className="button button-primary" disabled={busy}>
          {t('roster.send')}
        </button>
        <button type="button" className="button button-quiet" onClick={() => setOpen(false)}>
          {t('roster.close')}
        </button>
      </div>
    </form>
  );
}
