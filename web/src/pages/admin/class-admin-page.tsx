import { useState } from 'react';
import { api } from '../../api/api';
import type { Booking } from '../../api/client';
import { useApp } from '../../app-context';
import { PlaceAndTime, Price, StatusBadge, paymentText } from '../../components/class-bits';
import { SeriesPanel } from './series-panel';
import { ErrorNotice, Notice } from '../../components/notice';
import { formatInstant } from '../../format';
import { useLoad } from '../../hooks/use-load';
import { usePageTitle } from '../../hooks/use-page-title';
import { Link, useLocation } from '../../router';
import { AdminLayout, useIsAdmin } from './admin-layout';
import { type ClassChange, ClassActions } from './class-actions';
import { ChangeNotice, ClassStatus } from './classes-admin-page';
import { BookClassForCustomer } from './book-for-customer';
import { ItemPricingEditor } from './item-pricing';
import { LifecycleActions } from './lifecycle-actions';
import { MoveBooking } from './move-booking';
import { CancelBookingDialog, PaymentActions } from './payment-actions';
import { ClassWaitlist } from '../booking/waitlist';
import { scrollRegion } from '../../components/scroll-region';

export function ClassAdminPage({ classId }: { classId: string }) {
  return (
    <AdminLayout section="classes">
      <ClassAdmin classId={classId} />
    </AdminLayout>
  );
}

/** One class for staff: its numbers, the admin actions, and every booking with its customer. */
function ClassAdmin({ classId }: { classId: string }) {
  const { t } = useApp();
  const isAdmin = useIsAdmin();
  const { query } = useLocation();
  const cls = useLoad(() => api.class(classId), [classId]);
  const bookings = useLoad(() => api.bookings({ classId, limit: 500 }), [classId]);
  const [change, setChange] = useState<ClassChange | null>(null);
  const [booked, setBooked] = useState<string | null>(null);
  usePageTitle(cls.data?.title ?? t('admin.classes'));

  const changed = (next: ClassChange) => {
    setChange(next);
    if (next.kind === 'cancelled' || next.kind === 'seriesCancelled') {
      cls.reload();
      bookings.reload();
    }
  };

  if (change?.kind === 'deleted') {
    return (
      <section>
        <ChangeNotice change={change} />
        <Link to="/admin">← {t('admin.back')}</Link>
      </section>
    );
  }

  return (
    <section>
      <p>
        <Link to="/admin">← {t('admin.back')}</Link>
      </p>
      {cls.error !== null && <ErrorNotice error={cls.error} />}
      {cls.data && (
        <>
          <div className="heading-row">
            <h1>{cls.data.title}</h1>
            {isAdmin && <ClassActions cls={cls.data} onChange={changed} />}
          </div>
          {change && <ChangeNotice change={change} />}
          {!change && query.get('saved') && <Notice kind="success">{t('classForm.saved')}</Notice>}
          <dl className="facts">
            <PlaceAndTime cls={cls.data} />
            <dt>{t('admin.booked')}</dt>
            <dd>{t('admin.bookedOf', { taken: cls.data.maxSpots - cls.data.spotsLeft, max: cls.data.maxSpots })}</dd>
            <dt>{t('admin.price')}</dt>
            <dd>
              <Price money={cls.data.price} />
            </dd>
            <dt>{t('admin.status')}</dt>
            <dd>
              <ClassStatus cls={cls.data} />
            </dd>
          </dl>
          {isAdmin && <SeriesPanel cls={cls.data} />}
          {isAdmin && <ItemPricingEditor kind="class" itemId={classId} />}
        </>
      )}
      <h2>{t('admin.bookings')}</h2>
      <p>
        <Link className="button button-small" to={`/admin/classes/${classId}/roster`}>
          {t('roster.open')}
        </Link>
      </p>
      {cls.data && (
        <BookClassForCustomer
          cls={cls.data}
          onBooked={(message) => {
            setBooked(message);
            bookings.reload();
            cls.reload();
          }}
        />
      )}
      {booked && <Notice kind="success">{booked}</Notice>}
      {bookings.error !== null && <ErrorNotice error={bookings.error} />}
      {bookings.data && (
        <BookingTable
          bookings={bookings.data.bookings}
          classId={classId}
          onChanged={() => {
            bookings.reload();
            cls.reload();
          }}
        />
      )}
      {cls.data && <ClassWaitlist classId={classId} timeZone={cls.data.timeZone} />}
    </section>
  );
}

function BookingTable({ bookings, classId, onChanged }: { bookings: Booking[]; classId: string; onChanged(): void }) {
  const { locale, t } = useApp();
  const [asking, setAsking] = useState<Booking | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [markError, setMarkError] = useState<unknown>(null);

  // The notice outlives the last booking leaving: a move takes it to another class's list.
  if (bookings.length === 0)
    return (
      <>
        {done && <Notice kind="success">{done}</Notice>}
        <p className="empty">{t('bookings.none')}</p>
      </>
    );
  return (
    <>
      {done && <Notice kind="success">{done}</Notice>}
      {markError !== null && <ErrorNotice error={markError} />}
      <div className="table-wrap" {...scrollRegion(t('admin.bookings'))}>
        <table>
          <thead>
            <tr>
              <th scope="col">{t('bookings.customer')}</th>
              <th scope="col">{t('bookings.spots')}</th>
              <th scope="col">{t('bookings.status')}</th>
              <th scope="col">{t('bookings.payment')}</th>
              <th scope="col">{t('bookings.bookedAt')}</th>
              <th scope="col">{t('admin.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {bookings.map((booking) => (
              <tr key={booking.id} className={booking.status === 'cancelled' ? 'row-off' : undefined}>
                <td>
                  {booking.customer?.name}
                  <div className="muted break">{booking.customer?.email}</div>
                </td>
                <td>{booking.spots}</td>
                <td>
                  <StatusBadge status={booking.status} />
                  {booking.cancelledBy && (
                    <div className="muted">{t(`bookings.cancelledBy.${booking.cancelledBy}`)}</div>
                  )}
                </td>
                <td className="nowrap">
                  <Price money={booking.price} />
                  {booking.price.amount > 0 && <div className="muted">{paymentText(booking, t)}</div>}
                </td>
                <td className="nowrap">
                  {formatInstant(booking.createdAt, 'shortDateTime', locale, booking.timeZone)}
                </td>
                <td>
                  <span className="row-actions">
                    <PaymentActions
                      booking={booking}
                      onDone={(message) => {
                        setDone(message);
                        onChanged();
                      }}
                    />
                    <LifecycleActions
                      booking={booking}
                      onDone={(message) => {
                        setMarkError(null);
                        setDone(message);
                        onChanged();
                      }}
                      onError={(failure) => {
                        setDone(null);
                        setMarkError(failure);
                      }}
                    />
                    <MoveBooking
                      booking={booking}
                      classId={classId}
                      onDone={(message) => {
                        setDone(message);
                        onChanged();
                      }}
                    />
                    {/* Once checked in or marked, a booking is past cancelling (the API answers invalid_transition). */}
                    {(booking.status === 'pending' || booking.status === 'confirmed') && (
                      <button
                        type="button"
                        className="button button-small button-danger-quiet"
                        onClick={() => setAsking(booking)}
                        aria-label={`${t('bookings.cancel')}: ${booking.customer?.name ?? ''}`}
                      >
                        {t('bookings.cancel')}
                      </button>
                    )}
                  </span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {asking && (
        <CancelBookingDialog
          booking={asking}
          onCancelled={(message) => {
            setDone(message);
            setAsking(null);
            onChanged();
          }}
          onClose={() => setAsking(null)}
        />
      )}
    </>
  );
}
