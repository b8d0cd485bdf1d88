import { useState } from 'react';
import { api } from '../../api/api';
import type { Booking } from '../../api/client';
import { useApp } from '../../app-context';
import { CalendarFeed } from '../../components/calendar-feed';
import { BookingFacts } from '../../components/class-bits';
import { ErrorNotice, Notice } from '../../components/notice';
import { useLoad } from '../../hooks/use-load';
import { usePageTitle } from '../../hooks/use-page-title';
import { Link, useLocation } from '../../router';
import { Cancellation } from '../booking/manage-page';
import { Reschedule } from '../booking/reschedule';
import { MyWaitlist } from '../booking/waitlist';
import { GuestBookingsOffer } from './guest-bookings';

/** The portal's Bookings tab; PortalLayout asks for sign-in first. */
export function MyBookingsPage() {
  const { user, t } = useApp();
  const { query } = useLocation();
  const when = query.get('when') === 'past' ? 'past' : 'upcoming';
  const loaded = useLoad(() => api.myBookings(when), [when]);
  const [cancelled, setCancelled] = useState<Booking | null>(null);
  const [moved, setMoved] = useState<Booking | null>(null);
  usePageTitle(t('myBookings.title'));

  const changed = (booking: Booking) =>
    booking.id === cancelled?.id ? cancelled : booking.id === moved?.id ? moved : booking;
  const bookings = (loaded.data?.bookings ?? []).map(changed);

  return (
    <section className="narrow">
      <h1>{t('myBookings.title')}</h1>
      {user && <p className="muted">{t('myBookings.signedInAs', { name: user.name, email: user.email })}</p>}
      <nav className="tabs tabs-small" aria-label={t('myBookings.title')}>
        <Link to="/account/bookings" aria-current={when === 'upcoming' ? 'page' : undefined}>
          {t('myBookings.upcoming')}
        </Link>
        <Link to="/account/bookings?when=past" aria-current={when === 'past' ? 'page' : undefined}>
          {t('myBookings.past')}
        </Link>
      </nav>
      {cancelled && <Notice kind="success">{t('myBookings.cancelled', { title: cancelled.title })}</Notice>}
      {moved && <Notice kind="success">{t('myBookings.moved', { title: moved.title })}</Notice>}
      {loaded.error !== null && <ErrorNotice error={loaded.error} />}
      {when === 'upcoming' && <MyWaitlist />}
      {loaded.loading && !loaded.data && <p>{t('app.loading')}</p>}
      {loaded.data && bookings.length === 0 && (
        <p className="empty">
          {when === 'upcoming' ? t('myBookings.emptyUpcoming') : t('myBookings.emptyPast')}{' '}
          {when === 'upcoming' && <Link to="/">{t('myBookings.findClass')}</Link>}
        </p>
      )}
      <ul className="booking-list">
        {bookings.map((booking) => (
          <li key={booking.id} className="card">
            <h2>{booking.title}</h2>
            <BookingFacts booking={booking} />
            {when === 'upcoming' && (
              <Reschedule
                booking={booking}
                onMove={(body) => api.rescheduleBooking(booking.id, body)}
                onMoved={setMoved}
              />
            )}
            {when === 'upcoming' && (
              <Cancellation
                booking={booking}
                onCancel={() => api.cancelBooking(booking.id)}
                onCancelled={setCancelled}
              />
            )}
          </li>
        ))}
      </ul>
      {when === 'upcoming' && <CalendarFeed load={api.myCalendar} replace={api.replaceMyCalendar} />}
      <GuestBookingsOffer />
    </section>
  );
}
