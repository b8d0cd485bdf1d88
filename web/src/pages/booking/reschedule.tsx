import { useEffect, useRef, useState } from 'react';
import { type RescheduleInput, api } from '../../api/api';
import { ApiError, type Booking, type ClassItem } from '../../api/client';
import { useApp } from '../../app-context';
import { ZonedTimeRange } from '../../components/appointment-bits';
import { PriceAndSpots, When, hasStarted } from '../../components/class-bits';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { ErrorNotice } from '../../components/notice';
import { type PickedSlot, SlotPicker } from '../../components/slot-picker';
import { formatMoney } from '../../format';
import { useShownTimes } from '../../time-zone';
import { useAttempt } from '../../hooks/use-attempt';
import { useLoad } from '../../hooks/use-load';

type Appointment = NonNullable<Booking['appointment']>;
type BookedClass = NonNullable<Booking['class']>;
/** The booking as moved, with what the move does to its price. */
type Rescheduled = Awaited<ReturnType<typeof api.rescheduleBooking>>;
type Move = (body: RescheduleInput) => Promise<Rescheduled>;

/** Refusals that mean the chosen time is no longer free: choose again from the times as they are now. */
export const timeGone = new Set(['slot_taken', 'slot_unavailable', 'too_soon', 'too_far_ahead']);
/** Refusals that mean the chosen class can no longer be moved to: choose again from the classes as they are now. */
export const classGone = new Set(['capacity_full', 'class_started', 'class_cancelled']);

/**
 * Moving a booking: an appointment to another free time (or provider), chosen the same way as when
 * booking; a class booking to another class. The server says until when that is allowed
 * (`reschedulableUntil`, null once it is not) and checks it again; the payment stays with the booking.
 */
export function Reschedule({
  booking,
  onMove,
  onMoved,
}: {
  booking: Booking;
  onMove: Move;
  onMoved(booking: Booking): void;
}) {
  const { t } = useApp();
  const times = useShownTimes();
  const [open, setOpen] = useState(false);
  const { appointment, class: cls } = booking;
  if (booking.status !== 'confirmed' || !booking.reschedulableUntil || (!appointment && !cls)) return null;
  const done = (after: Booking) => {
    setOpen(false);
    onMoved(after);
  };
  const close = () => setOpen(false);
  return (
    <section className="reschedule" aria-labelledby={`reschedule-${booking.id}`}>
      <h2 id={`reschedule-${booking.id}`}>{t(appointment ? 'reschedule.title' : 'reschedule.classTitle')}</h2>
      <p>
        {t(appointment ? 'reschedule.until' : 'reschedule.classUntil', {
          time: times.named(booking.reschedulableUntil, 'dateTime', booking.timeZone),
        })}
      </p>
      {open && appointment && (
        <AppointmentChooser
          appointment={appointment}
          bookedAt={booking.startsAt}
          placeZone={booking.timeZone}
          onMove={onMove}
          onMoved={done}
          onClose={close}
        />
      )}
      {open && !appointment && cls && (
        <ClassChooser current={cls} spots={booking.spots} onMove={onMove} onMoved={done} onClose={close} />
      )}
      {!open && (
        <button type="button" className="button" onClick={() => setOpen(true)}>
          {t(appointment ? 'reschedule.open' : 'reschedule.classOpen')}
        </button>
      )}
    </section>
  );
}

/**
 * A move chosen, its dry run and its confirmation. The new time or class may cost more or less: the
 * server answers a dry run with the price change, shown before the customer confirms, and the
 * confirmation carries that total so that a price that moved meanwhile is refused rather than charged
 * unseen. A refusal in `gone` means the choice was taken meanwhile: back to the choices as they are
 * now (`refresh` counts those rounds), saying why.
 */
export function useMove<T>(
  onMove: Move,
  onMoved: (booking: Booking) => void,
  bodyOf: (choice: T) => RescheduleInput,
  gone: Set<string>,
) {
  const [chosen, setChosen] = useState<T | null>(null);
  const [refusal, setRefusal] = useState<unknown>(null);
  const [refresh, setRefresh] = useState(0);
  const [preview, setPreview] = useState<Rescheduled | null>(null);
  const { busy, error, setError, attempt } = useAttempt();
  /** The choice was taken meanwhile: back to the choices, read again, saying why. */
  const taken = (failure: unknown) => {
    if (!(failure instanceof ApiError && gone.has(failure.code))) return false;
    setChosen(null);
    setRefusal(failure);
    setRefresh((round) => round + 1);
    return true;
  };
  // The parent passes new functions each render; the dry run follows the choice only.
  const latest = useRef({ onMove, bodyOf, taken });
  latest.current = { onMove, bodyOf, taken };
  useEffect(() => {
    setPreview(null);
    if (chosen === null) return;
    let live = true;
    latest.current
      .onMove({ ...latest.current.bodyOf(chosen), dryRun: true })
      .then((dry) => live && setPreview(dry))
      .catch((failure: unknown) => live && !latest.current.taken(failure) && setError(failure));
    return () => {
      live = false;
    };
  }, [chosen, setError]);

  // Confirmed only once the dry run is in: the confirmation carries the total that was shown.
  const checking = chosen !== null && preview === null && error === null;
  const confirm = () =>
    attempt(async () => {
      if (chosen === null || preview === null) return;
      try {
        const after = await onMove({ ...bodyOf(chosen), expectedTotal: preview.price.amount });
        setChosen(null);
        onMoved(after);
      } catch (failure) {
        if (!taken(failure)) throw failure;
      }
    });
  return {
    chosen,
    choose(choice: T) {
      setRefusal(null);
      setError(null);
      setChosen(choice);
    },
    back() {
      setChosen(null);
      setError(null);
    },
    confirm,
    /** The dry run's answer for the choice (the booking as it would be), null until it is in. */
    preview,
    change: preview?.priceChange,
    refusal,
    refresh,
    /** A move or its dry run is under way: nothing to confirm yet. */
    busy: busy || checking,
    error,
  };
}

/** What the move does to the price, said before it is confirmed. */
function PriceChangeNote({ change, to }: { change: Rescheduled['priceChange'] | undefined; to: 'time' | 'class' }) {
  const { locale, t } = useApp();
  if (!change) return null;
  const amount = formatMoney({ ...change.difference, amount: Math.abs(change.difference.amount) }, locale);
  if (change.settlement === 'due')
    return <p>{t(to === 'time' ? 'reschedule.costsMore' : 'reschedule.classCostsMore', { amount })}</p>;
  if (change.settlement === 'refund')
    return <p>{t(to === 'time' ? 'reschedule.costsLess' : 'reschedule.classCostsLess', { amount })}</p>;
  return null;
}

function AppointmentChooser({
  appointment,
  bookedAt,
  placeZone,
  onMove,
  onMoved,
  onClose,
}: {
  appointment: Appointment;
  /** When the appointment is now. */
  bookedAt: string;
  /** The booking's zone, which its times are shown in unless the visitor chose their own clock. */
  placeZone: string;
  onMove: Move;
  onMoved(booking: Booking): void;
  onClose(): void;
}) {
  const { t } = useApp();
  const serviceId = appointment.service.id;
  const loaded = useLoad(() => Promise.all([api.service(serviceId), api.providers()]), [serviceId]);
  const move = useMove<PickedSlot>(
    onMove,
    onMoved,
    // "Any provider" is sent as null, for whoever is free then; left out, the booked provider would be kept.
    (picked) => ({ start: picked.slot.start, providerId: picked.providerId }),
    timeGone,
  );
  const [service, providers] = loaded.data ?? [];
  const { chosen } = move;
  // The provider asked for, or the only one free at that time.
  const chosenProviderId =
    chosen?.providerId ?? (chosen?.slot.providerIds.length === 1 ? chosen.slot.providerIds[0] : undefined);
  const chosenProvider = providers?.providers.find((provider) => provider.id === chosenProviderId);

  return (
    <div className="reschedule-chooser">
      {loaded.error !== null && <ErrorNotice error={loaded.error} />}
      {!loaded.data && loaded.loading && <p>{t('app.loading')}</p>}
      {move.refusal !== null && <ErrorNotice error={move.refusal} />}
      {service && providers && (
        <SlotPicker
          service={service}
          placeZone={placeZone}
          providers={providers.providers.filter((provider) => service.providerIds.includes(provider.id))}
          initialProviderId={appointment.provider.id}
          around={bookedAt}
          refresh={move.refresh}
          onPick={move.choose}
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
          busy={move.busy}
          error={move.error}
          onConfirm={() => void move.confirm()}
          onClose={move.back}
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
          <PriceChangeNote change={move.change} to="time" />
        </ConfirmDialog>
      )}
    </div>
  );
}

/**
 * The coming classes a class booking may move to: those of its class's type (all coming classes when
 * it has none), each with its time, price and spots left. A class without room for the booking's
 * spots cannot be chosen; the server decides again under its locks.
 */
function ClassChooser({
  current,
  spots,
  onMove,
  onMoved,
  onClose,
}: {
  current: BookedClass;
  spots: number;
  onMove: Move;
  onMoved(booking: Booking): void;
  onClose(): void;
}) {
  const { t } = useApp();
  const move = useMove<ClassItem>(onMove, onMoved, (cls) => ({ classId: cls.id }), classGone);
  const loaded = useLoad(async () => {
    const { classTypeId } = await api.class(current.id);
    const { classes } = await api.classes({ status: 'scheduled', limit: 60, ...(classTypeId ? { classTypeId } : {}) });
    return classes.filter((cls) => cls.id !== current.id && !hasStarted(cls));
  }, [current.id, move.refresh]);
  const { chosen } = move;

  return (
    <div className="reschedule-chooser">
      {loaded.error !== null && <ErrorNotice error={loaded.error} />}
      {!loaded.data && loaded.loading && <p>{t('app.loading')}</p>}
      {move.refusal !== null && <ErrorNotice error={move.refusal} />}
      {loaded.data && loaded.data.length === 0 && <p className="empty">{t('reschedule.noClasses')}</p>}
      {loaded.data && loaded.data.length > 0 && (
        <ul className="class-list class-choices" aria-label={t('reschedule.classChoices')}>
          {loaded.data.map((cls) => (
            <li key={cls.id}>
              <button
                type="button"
                className="class-card class-card-choice"
                disabled={cls.spotsLeft < spots}
                onClick={() => move.choose(cls)}
              >
                <span className="class-main">
                  <span className="class-title">{cls.title}</span>
                  <span className="muted">
                    <When item={cls} />
                  </span>
                </span>
                <PriceAndSpots cls={cls} />
              </button>
            </li>
          ))}
        </ul>
      )}
      <button type="button" className="button button-quiet" onClick={onClose}>
        {t('reschedule.classKeep')}
      </button>
      {chosen && (
        <ConfirmDialog
          title={t('reschedule.classConfirmTitle')}
          confirmLabel={t('reschedule.confirm')}
          cancelLabel={t('reschedule.classBack')}
          busy={move.busy}
          error={move.error}
          onConfirm={() => void move.confirm()}
          onClose={move.back}
        >
          <p>
            <strong>{chosen.title}</strong>
            <br />
            <When item={chosen} />
          </p>
          <PriceChangeNote change={move.change} to="class" />
        </ConfirmDialog>
      )}
    </div>
  );
}
