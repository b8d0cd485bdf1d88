import { useEffect, useState } from 'react';
import { api } from '../../api/api';
import type { Booking } from '../../api/client';
import { useApp } from '../../app-context';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { Field } from '../../components/field';
import { formatInstant, formatMoney } from '../../format';
import { useAttempt } from '../../hooks/use-attempt';
import { useLoad } from '../../hooks/use-load';

type Rescheduled = Awaited<ReturnType<typeof api.rescheduleBooking>>;

/**
 * Staff move a class booking to another coming class ("can I come on Thursday instead?"), whatever
 * the customer's deadline. The classes are listed with their spots left; one without room for the
 * booking's spots cannot be chosen. A dry run says what the move does to the price before it is
 * confirmed, and the confirmation carries that total; the server decides again under its locks.
 */
export function MoveBooking({
  booking,
  classId,
  onDone,
}: {
  booking: Booking;
  /** The class it is in now, left out of the choices. */
  classId: string;
  onDone(message: string): void;
}) {
  const { t } = useApp();
  const [open, setOpen] = useState(false);
  if (booking.status !== 'pending' && booking.status !== 'confirmed') return null;
  const name = booking.customer?.name ?? '';
  return (
    <>
      <button
        type="button"
        className="button button-small button-quiet"
        onClick={() => setOpen(true)}
        aria-label={`${t('move.open')}: ${name}`}
      >
        {t('move.open')}
      </button>
      {open && (
        <MoveDialog
          booking={booking}
          classId={classId}
          onClose={() => setOpen(false)}
          onMoved={(moved) => {
            setOpen(false);
            onDone(t('move.done', { name, title: moved.title }));
          }}
        />
      )}
    </>
  );
}

function MoveDialog({
  booking,
  classId,
  onClose,
  onMoved,
}: {
  booking: Booking;
  classId: string;
  onClose(): void;
  onMoved(moved: Rescheduled): void;
}) {
  const { locale, t, tn } = useApp();
  const classes = useLoad(() => api.classes({ status: 'scheduled', limit: 200 }), []);
  const [target, setTarget] = useState('');
  const [preview, setPreview] = useState<Rescheduled | null>(null);
  const { busy, error, setError, attempt } = useAttempt();
  useEffect(() => {
    setPreview(null);
    setError(null);
    if (!target) return;
    let live = true;
    api
      .rescheduleBooking(booking.id, { classId: target, dryRun: true })
      .then((dry) => live && setPreview(dry))
      .catch((failure: unknown) => live && setError(failure));
    return () => {
      live = false;
    };
  }, [target, booking.id, setError]);

  const confirm = () =>
    attempt(async () => {
      const moved = await api.rescheduleBooking(booking.id, {
        classId: target,
        ...(preview ? { expectedTotal: preview.price.amount } : {}),
      });
      onMoved(moved);
    });
  const choices = (classes.data?.classes ?? []).filter((cls) => cls.id !== classId);
  const change = preview?.priceChange;
  const amount = change && formatMoney({ ...change.difference, amount: Math.abs(change.difference.amount) }, locale);

  return (
    <ConfirmDialog
      title={t('move.title', { name: booking.customer?.name ?? '' })}
      confirmLabel={t('move.confirm')}
      cancelLabel={t('move.keep')}
      busy={busy}
      error={error ?? classes.error}
      onConfirm={() => void confirm()}
      onClose={onClose}
    >
      <Field label={t('move.to')}>
        {(control) => (
          <select {...control} required value={target} onChange={(event) => setTarget(event.target.value)}>
            <option value="">{classes.loading ? t('app.loading') : t('move.choose')}</option>
            {choices.map((cls) => (
              <option key={cls.id} value={cls.id} disabled={cls.spotsLeft < booking.spots}>
                {`${cls.title} · ${formatInstant(cls.startsAt, 'shortDateTime', locale, cls.timeZone)} · ${tn('class.spotsLeft', cls.spotsLeft)}`}
              </option>
            ))}
          </select>
        )}
      </Field>
      {change?.settlement === 'due' && amount && <p>{t('move.costsMore', { amount })}</p>}
      {change?.settlement === 'refund' && amount && <p>{t('move.costsLess', { amount })}</p>}
      {change?.settlement === 'none' && <p>{t('move.newPrice', { amount: formatMoney(change.after, locale) })}</p>}
    </ConfirmDialog>
  );
}
