import type { Booking, ClassItem, Money } from '../api/client';
import { type AppContextValue, useApp } from '../app-context';
import { formatMoney } from '../format';
import { useShownTimes } from '../time-zone';
import { AppointmentFacts } from './appointment-bits';

/** A price, or "Free" for nothing. */
export function Price({ money }: { money: Money }) {
  const { locale, t } = useApp();
  return <>{money.amount === 0 ? t('class.free') : formatMoney(money, locale)}</>;
}

export const hasStarted = (cls: Pick<ClassItem, 'startsAt'>): boolean => new Date(cls.startsAt).getTime() <= Date.now();

/** Spots left, sold out, cancelled or started: what a customer needs to know before clicking. */
export function Availability({ cls }: { cls: ClassItem }) {
  const { t, tn } = useApp();
  if (cls.status === 'cancelled') return <span className="badge badge-muted">{t('class.cancelled')}</span>;
  if (cls.soldOut) return <span className="badge badge-full">{t('class.soldOut')}</span>;
  if (hasStarted(cls)) return <span className="badge badge-muted">{t('class.started')}</span>;
  return (
    <span className={cls.spotsLeft <= 3 ? 'badge badge-few' : 'badge badge-open'}>
      {tn('class.spotsLeft', cls.spotsLeft)}
    </span>
  );
}

/** A class card's right side: its price, and its spots left (or why it cannot be booked). */
export function PriceAndSpots({ cls }: { cls: ClassItem }) {
  return (
    <span className="class-side">
      <span className="class-price">
        <Price money={cls.price} />
      </span>
      <Availability cls={cls} />
    </span>
  );
}

/**
 * "Monday 30 March, 07:00–08:00 (Europe/Stockholm)" on the class's clock (or the visitor's, if they
 * chose it), named: a visitor in another zone must not take the studio's clock for their own.
 */
export function When({ item }: { item: Pick<ClassItem, 'startsAt' | 'endsAt' | 'timeZone'> }) {
  return <>{useShownTimes().namedRange(item.startsAt, item.endsAt, item.timeZone)}</>;
}

/** When, where and with whom: the first rows of a class's facts. */
export function PlaceAndTime({
  cls,
}: {
  cls: Pick<ClassItem, 'startsAt' | 'endsAt' | 'timeZone' | 'location' | 'instructorName'>;
}) {
  const { t } = useApp();
  return (
    <>
      <dt>{t('class.when')}</dt>
      <dd>
        <When item={cls} />
      </dd>
      {cls.location && (
        <>
          <dt>{t('class.where')}</dt>
          <dd>{cls.location}</dd>
        </>
      )}
      {cls.instructorName && (
        <>
          <dt>{t('class.instructor')}</dt>
          <dd>{cls.instructorName}</dd>
        </>
      )}
    </>
  );
}

/**
 * The facts of a booking: the class (when, where, spots) or the appointment (service, provider,
 * when, where), then price and how it is paid, and status.
 */
export function BookingFacts({ booking }: { booking: Booking }) {
  const { t } = useApp();
  return (
    <dl className="facts">
      {booking.class && (
        <>
          <PlaceAndTime cls={booking.class} />
          <dt>{t('manage.spots')}</dt>
          <dd>{booking.spots}</dd>
        </>
      )}
      {booking.appointment && <AppointmentFacts booking={booking} appointment={booking.appointment} />}
      <dt>{t('manage.payment')}</dt>
      <dd>
        <Price money={booking.price} />
        {booking.price.amount > 0 && ` · ${paymentText(booking, t)}`}
      </dd>
      <dt>{t('manage.status')}</dt>
      <dd>
        <StatusBadge status={booking.status} />
      </dd>
    </dl>
  );
}

/**
 * Where "paying at the venue" happens for what is booked: at the studio, when the provider comes
 * (a visit at the customer's), or afterwards (a video meeting has no venue).
 */
export type PayPlace = 'venue' | 'visit' | 'remote';

export const payPlaceOf = (mode: 'at_location' | 'at_customer' | 'remote' | undefined): PayPlace =>
  mode === 'at_customer' ? 'visit' : mode === 'remote' ? 'remote' : 'venue';

/** How a booking is paid and how far that has got: "Swish · Paid", "Pay at the venue". */
export function paymentText(booking: Booking, t: AppContextValue['t']): string {
  const place = payPlaceOf(booking.appointment?.service.locationMode);
  const status =
    booking.paymentStatus === 'at_venue' && place !== 'venue'
      ? t(place === 'visit' ? 'paymentStatus.onVisit' : 'paymentStatus.later')
      : t(`paymentStatus.${booking.paymentStatus}`);
  if (booking.paymentMethod === 'venue' || booking.paymentMethod === 'free') return status;
  // A cancelled booking's credits went back or were kept by the policy (its history says which): not "paid".
  if (booking.paymentMethod === 'credits' && booking.status === 'cancelled') return t('payment.credits');
  return `${t(`payment.${booking.paymentMethod}`)} · ${status}`;
}

export function StatusBadge({ status }: { status: Booking['status'] }) {
  const { t } = useApp();
  const style =
    status === 'confirmed' || status === 'in_progress'
      ? 'badge-open'
      : status === 'pending'
        ? 'badge-few'
        : status === 'no_show'
          ? 'badge-full'
          : 'badge-muted';
  return <span className={`badge ${style}`}>{t(`status.${status}`)}</span>;
}
