import { useEffect, useRef, useState } from 'react';
import { api } from '../../api/api';
import type { Booking } from '../../api/client';
import { useApp } from '../../app-context';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { Notice } from '../../components/notice';
import { type PickedSlot, SlotPicker } from '../../components/slot-picker';
import { formatInstant, formatMoney, formatTimeRange } from '../../format';
import { useLoad } from '../../hooks/use-load';
import { timeGone, useMove } from '../booking/reschedule';
import { StaffPriceChange } from './move-booking';

type Appointment = NonNullable<Booking['appointment']>;

/**
 * Staff move a coming appointment to another free time, with the same or another provider ("can we
 * make it Thursday?"), whatever the customer's deadline. The times are the ones the booking page
 * offers; a dry run names the new time in the business's zone and what the move does to the price
 * before it is confirmed, and the confirmation carries that total. A time taken meanwhile is refused
 * by the server under its locks, and the free times are read again.
 *
 * The button sits in a table row and the dialog is rendered by the table's owner, outside the table:
 * on a phone the admin tables become cards, which would break the month grid inside the dialog.
 */
export function MoveAppointmentButton({ booking, onOpen }: { booking: Booking; onOpen(): void }) {
  const { t } = useApp();
  // One that has begun stays where it happened (it is checked in, completed or a no-show instead).
  const coming = new Date(booking.startsAt).getTime() > Date.now();
  if (!booking.appointment || !coming || (booking.status !== 'pending' && booking.status !== 'confirmed')) return null;
  return (
    <button
      type="button"
      className="button button-small button-quiet"
      onClick={onOpen}
      aria-label={`${t('move.open')}: ${booking.customer?.name ?? ''}`}
    >
      {t('move.open')}
    </button>
  );
}

/** The move of `booking`, an appointment: its free times, the new time and price, the confirmation. */
export function MoveAppointmentDialog({
  booking,
  onClose,
  onDone,
}: {
  booking: Booking;
  onClose(): void;
  onDone(message: string): void;
}) {
  const { locale, t } = useApp();
  if (!booking.appointment) return null;
  const name = booking.customer?.name ?? '';
  return (
    <MoveDialog
      booking={booking}
      appointment={booking.appointment}
      onClose={onClose}
      onMoved={(moved) => onDone(t('move.doneTime', { name, time: inBusinessZone(moved, locale, t) }))}
    />
  );
}

/** "Thursday 3 December, 13:00–14:00 (Europe/Stockholm)": always the business's clock, named. */
function inBusinessZone(
  { startsAt, endsAt, timeZone }: Pick<Booking, 'startsAt' | 'endsAt' | 'timeZone'>,
  locale: ReturnType<typeof useApp>['locale'],
  t: ReturnType<typeof useApp>['t'],
): string {
  const time = `${formatInstant(startsAt, 'day', locale, timeZone)}, ${formatTimeRange(startsAt, endsAt, locale, timeZone)}`;
  return t('time.inZone', { time, zone: timeZone });
}

function MoveDialog({
  booking,
  appointment,
  onClose,
  onMoved,
}: {
  booking: Booking;
  appointment: Appointment;
  onClose(): void;
  onMoved(moved: Booking): void;
}) {
  const { locale, t } = useApp();
  const serviceId = appointment.service.id;
  const catalogue = useLoad(() => Promise.all([api.service(serviceId), api.providers()]), [serviceId]);
  const move = useMove<PickedSlot>(
    (body) => api.rescheduleBooking(booking.id, body),
    onMoved,
    // "Any provider" is sent as null, for whoever is free then; left out, the booked provider would be kept.
    (picked) => ({ start: picked.slot.start, providerId: picked.providerId }),
    timeGone,
  );
  // Confirming before a time is chosen says what is missing rather than doing nothing.
  const [unchosen, setUnchosen] = useState(false);
  const [service, providers] = catalogue.data ?? [];
  const { chosen, preview } = move;
  // On a phone the new time and price are below the picker: bring them into view once they are in.
  const summary = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (preview) summary.current?.scrollIntoView({ block: 'nearest' });
  }, [preview]);

  return (
    <ConfirmDialog
      title={t('move.title', { name: booking.customer?.name ?? '' })}
      confirmLabel={t('move.confirm')}
      cancelLabel={t('move.keepTime')}
      busy={move.busy}
      error={move.error ?? move.refusal ?? catalogue.error}
      onConfirm={() => {
        if (!chosen) setUnchosen(true);
        else void move.confirm();
      }}
      onClose={onClose}
    >
      <p>{t('move.bookedFor', { time: inBusinessZone(booking, locale, t), name: appointment.provider.name })}</p>
      {service && providers ? (
        <SlotPicker
          service={service}
          placeZone={booking.timeZone}
          providers={providers.providers.filter(
            (provider) => provider.active && service.providerIds.includes(provider.id),
          )}
          initialProviderId={appointment.provider.id}
          around={booking.startsAt}
          chosenStart={chosen?.slot.start ?? null}
          busy={move.busy}
          refresh={move.refresh}
          onPick={(picked) => {
            setUnchosen(false);
            move.choose(picked);
          }}
        />
      ) : (
        catalogue.loading && <p>{t('app.loading')}</p>
      )}
      <div ref={summary} aria-live="polite">
        {!chosen && unchosen && <Notice kind="warning">{t('move.chooseTime')}</Notice>}
        {chosen && !preview && move.error === null && <p className="muted">{t('move.checking')}</p>}
        {chosen && preview && (
          <>
            <p>
              <strong>
                {t('move.newTime', {
                  time: inBusinessZone(preview, locale, t),
                  name: preview.appointment?.provider.name ?? '',
                })}
              </strong>
            </p>
            {preview.priceChange ? (
              <StaffPriceChange change={preview.priceChange} to="time" />
            ) : (
              <p>{t('move.samePrice', { amount: formatMoney(preview.price, locale) })}</p>
            )}
          </>
        )}
      </div>
    </ConfirmDialog>
  );
}
