import { useEffect, useRef, useState } from 'react';
import { type RescheduleInput, api } from '../../api/api';
import { ApiError, type Booking } from '../../api/client';
import { useApp } from '../../app-context';
import { ZonedTimeRange } from '../../components/appointment-bits';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { ErrorNotice } from '../../components/notice';
import { type PickedSlot, SlotPicker } from '../../components/slot-picker';
import { formatMoney } from '../../format';
import { useShownTimes } from '../../time-zone';
import { useAttempt } from '../../hooks/use-attempt';
import { useLoad } from '../../hooks/use-load';

type Appointment = NonNullable<Booking['appointment']>;
/** The booking as moved, with what the move does to its price. */
type Rescheduled = Awaited<ReturnType<typeof api.rescheduleBooking>>;

/** Refusals that mean the chosen time is no longer free: choose again from the times as they are now. */
const timeGone = new Set(['slot_taken', 'slot_unavailable', 'too_soon', 'too_far_ahead']);

/**
 * Moving an appointment to another free time (or provider), chosen the same way as when booking.
 * The server says until when that is allowed (`reschedulableUntil`, null once it is not) and
 * checks it again; the payment stays with the booking.
 */
export function Reschedule({
  booking,
  appointment,
  onMove,
  onMoved,
}: {
  booking: Booking;
  appointment: Appointment;
  onMove(body: RescheduleInput): Promise<Rescheduled>;
  onMoved(booking: Booking): void;
}) {
  const { t } = useApp();
  const times = useShownTimes();
  const [open, setOpen] = useState(false);
  if (booking.status !== 'confirmed' || !booking.reschedulableUntil) return null;
  return (
    <section className="reschedule" aria-labelledby={`reschedule-${booking.id}`}>
      <h2 id={`reschedule-${booking.id}`}>{t('reschedule.title')}</h2>
      <p>
        {t('reschedule.until', {
          time: times.named(booking.reschedulableUntil, 'dateTime', booking.timeZone),
        })}
      </p>
      {open ? (
        <RescheduleChooser
          appointment={appointment}
          placeZone={booking.timeZone}
          onMove={onMove}
          onMoved={(after) => {
            setOpen(false);
            onMoved(after);
          }}
          onClose={() => setOpen(false)}
        />
      ) : (
        <button type="button" className="button" onClick={() => setOpen(true)}>
          {t('reschedule.open')}
        </button>
      )}
    </section>
  );
}

function RescheduleChooser({
  appointment,
  placeZone,
  onMove,
  onMoved,
  onClose,
}: {
  appointment: Appointment;
  /** The booking's zone, which its times are shown in unless the visitor chose their own clock. */
  placeZone: string;
  onMove(body: RescheduleInput): Promise<Rescheduled>;
  onMoved(booking: Booking): void;
  onClose(): void;
}) {
  const { locale, t } = useApp();
  const serviceId = appointment.service.id;
  const loaded = useLoad(() => Promise.all([api.service(serviceId), api.providers()]), [serviceId]);
  const [chosen, setChosen] = useState<PickedSlot | null>(null);
  const [refusal, setRefusal] = useState<unknown>(null);
  const [refresh, setRefresh] = useState(0);
  const { busy, error, setError, attempt } = useAttempt();
  const [service, providers] = loaded.data ?? [];
  // The provider asked for, or the only one free at that time.
  const chosenProviderId =
    chosen?.providerId ?? (chosen?.slot.providerIds.length === 1 ? chosen.slot.providerIds[0] : undefined);
  const chosenProvider = providers?.providers.find((provider) => provider.id === chosenProviderId);

  // The new time may cost more or less (surcharges by the local time): the server answers a dry run
  // with the price change, shown before the customer confirms, and the confirmation carries that
  // total so that a price that moved meanwhile is refused rather than charged unseen.
  const [preview, setPreview] = useState<Rescheduled | null>(null);
  // The parent passes a new function each render; the dry run follows the chosen time only.
  const move = useRef(onMove);
  move.current = onMove;
  useEffect(() => {
    setPreview(null);
    if (!chosen) return;
    let live = true;
    move
      .current({
        start: chosen.slot.start,
        ...(chosen.providerId ? { providerId: chosen.providerId } : {}),
        dryRun: true,
      })
      .then((dry) => live && setPreview(dry))
      .catch((failure: unknown) => live && setError(failure));
    return () => {
      live = false;
    };
  }, [chosen, setError]);
  const change = preview?.priceChange;
  const amount = change && formatMoney({ ...change.difference, amount: Math.abs(change.difference.amount) }, locale);

  const confirm = () =>
    attempt(async () => {
      if (!chosen) return;
      try {
        const after = await onMove({
          start: chosen.slot.start,
          ...(chosen.providerId ? { providerId: chosen.providerId } : {}),
          ...(preview ? { expectedTotal: preview.price.amount } : {}),
        });
        setChosen(null);
        onMoved(after);
      } catch (failure) {
        if (!(failure instanceof ApiError && timeGone.has(failure.code))) throw failure;
        // Someone else took it meanwhile: back to the times as they are now, saying why.
        setChosen(null);
        setRefusal(failure);
        setRefresh((round) => round + 1);
      }
    });

  return (
    <div className="reschedule-chooser">
      {loaded.error !== null && <ErrorNotice error={loaded.error} />}
      {!loaded.data && loaded.loading && <p>{t('app.loading')}</p>}
      {refusal !== null && <ErrorNotice error={refusal} />}
      {service && providers && (
        <SlotPicker
          service={service}
          placeZone={placeZone}
          providers={providers.providers.filter((provider) => service.providerIds.includes(provider.id))}
          initialProviderId={appointment.provider.id}
          refresh={refresh}
          onPick={(picked) => {
            setRefusal(null);
            setChosen(picked);
          }}
        />
      )}
      <button type="button" className="button button-quiet" onClick={onClose}>
        {t('reschedule.keep')}
      </button>
      {chosen && (
        <ConfirmDialog
          title={t('reschedule.confirmTitle')}
          confirmLabel={t('reschedule.confirm')}
          cancelLabel={t('reschedule.back')}
          busy={busy}
          error={error}
          onConfirm={() => void confirm()}
          onClose={() => {
            setChosen(null);
            setError(null);
          }}
        >
          <p>
            <ZonedTimeRange startsAt={chosen.slot.start} endsAt={chosen.slot.end} timeZone={chosen.timeZone} />
            {chosenProvider && (
              <>
                <br />
                {t('class.with', { name: chosenProvider.name })}
              </>
            )}
          </p>
          {change?.settlement === 'due' && amount && <p>{t('reschedule.costsMore', { amount })}</p>}
          {change?.settlement === 'refund' && amount && <p>{t('reschedule.costsLess', { amount })}</p>}
        </ConfirmDialog>
      )}
    </div>
  );
}
