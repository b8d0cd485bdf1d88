import type { ReactNode } from 'react';
import type { Booking, Location, Service } from '../api/client';
import { useApp } from '../app-context';
import { addressText, formatInstant, formatTimeRange } from '../format';
import { useShownTimes } from '../time-zone';

type Appointment = NonNullable<Booking['appointment']>;

/** Where a service happens, as a customer reads it: "Studio Söder, Götgatan 1, …", "At your address", "Online". */
export function ServiceWhere({ where, locations }: { where: Service['where']; locations: Location[] | undefined }) {
  const { t, locale } = useApp();
  if (where.mode === 'at_customer') return <>{t('service.public.atCustomer')}</>;
  if (where.mode === 'remote') return <>{t('service.public.remote')}</>;
  const location = locations?.find((candidate) => candidate.id === where.locationId);
  if (!location) return <>{t('service.public.atLocation')}</>;
  const address = addressText(location, locale);
  return <>{address ? `${location.name}, ${address}` : location.name}</>;
}

/**
 * "Monday 30 March, 09:00–10:00 (Europe/Stockholm)": a time range in a zone that is always named
 * (the visitor's, if they chose to see times on their clock), and, when the visitor's own clock
 * differs from the one shown, the same range on their clock.
 */
export function ZonedTimeRange({ startsAt, endsAt, timeZone }: { startsAt: string; endsAt: string; timeZone: string }) {
  const { locale, t } = useApp();
  const times = useShownTimes();
  const shown = times.zoneFor(timeZone);
  const range = (zone: string) =>
    `${formatInstant(startsAt, 'day', locale, zone)}, ${formatTimeRange(startsAt, endsAt, locale, zone)}`;
  const here = range(times.visitor);
  return (
    <>
      {t('time.inZone', { time: range(shown), zone: shown })}
      {times.visitor !== shown && here !== range(shown) && (
        <>
          <br />
          <span className="muted">{t('time.yourClock', { time: here, zone: times.visitor })}</span>
        </>
      )}
    </>
  );
}

/** A phone number that calls with a tap: shown as typed, dialled without its spaces, dashes and brackets. */
export function PhoneLink({ phone }: { phone: string }) {
  return (
    <a href={`tel:${phone.replace(/[^\d+]/g, '')}`} className="nowrap">
      {phone}
    </a>
  );
}

/** An address that opens a map search for it, in a new tab (OpenStreetMap: no key, nothing of ours to load). */
export function MapLink({ address, children }: { address: string; children?: ReactNode }) {
  const query = address
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .join(', ');
  return (
    <a
      href={`https://www.openstreetmap.org/search?query=${encodeURIComponent(query)}`}
      target="_blank"
      rel="noopener noreferrer"
      className="pre-line"
    >
      {children ?? address}
    </a>
  );
}

/** The rows of an appointment's facts: what, with whom, when, where. */
export function AppointmentFacts({ booking, appointment }: { booking: Booking; appointment: Appointment }) {
  const { t } = useApp();
  return (
    <>
      <dt>{t('appointment.service')}</dt>
      <dd>{appointment.service.name}</dd>
      <dt>{t('appointment.provider')}</dt>
      <dd>{appointment.provider.name}</dd>
      <dt>{t('class.when')}</dt>
      <dd>
        <ZonedTimeRange startsAt={booking.startsAt} endsAt={booking.endsAt} timeZone={booking.timeZone} />
      </dd>
      <dt>{t('class.where')}</dt>
      <dd>
        <AppointmentWhere appointment={appointment} />
      </dd>
      {appointment.phone && (
        <>
          <dt>{t('appointment.phone')}</dt>
          <dd>
            <PhoneLink phone={appointment.phone} />
          </dd>
        </>
      )}
      {appointment.notes && (
        <>
          <dt>{t('appointment.notes')}</dt>
          <dd className="pre-line">{appointment.notes}</dd>
        </>
      )}
    </>
  );
}

function AppointmentWhere({ appointment }: { appointment: Appointment }) {
  const { t } = useApp();
  if (appointment.service.locationMode === 'remote') {
    if (appointment.videoUrl) {
      return (
        <>
          {t('service.public.remote')}:{' '}
          <a href={appointment.videoUrl} target="_blank" rel="noopener noreferrer" className="break">
            {t('appointment.joinVideo')}
          </a>
        </>
      );
    }
    return (
      <>
        {t('service.public.remote')} · <span className="muted">{t('appointment.videoComing')}</span>
      </>
    );
  }
  if (appointment.service.locationMode === 'at_customer') {
    if (!appointment.address) return <>—</>;
    return (
      <>
        {t('service.public.atCustomer')}: <MapLink address={appointment.address} />
      </>
    );
  }
  return <>{appointment.location ?? '—'}</>;
}
