import { useState } from 'react';
import { api } from '../../api/api';
import type { Booking } from '../../api/client';
import { useApp } from '../../app-context';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { Field } from '../../components/field';
import { formatInstant, formatMoney } from '../../format';
import { useLoad } from '../../hooks/use-load';
import { classGone, useMove } from '../booking/reschedule';

type PriceChange = Awaited<ReturnType<typeof api.rescheduleBooking>>['priceChange'];

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
  onMoved(moved: Booking): void;
}) {
  const { locale, t, tn } = useApp();
  const move = useMove<string>(
    (body) => api.rescheduleBooking(booking.id, body),
    onMoved,
    (target) => ({ classId: target }),
    classGone,
  );
  // Taken meanwhile (move.refresh counts those refusals): the classes again, as they are now.
  const classes = useLoad(() => api.classes({ status: 'scheduled', limit: 200 }), [move.refresh]);
  const choices = (classes.data?.classes ?? []).filter((cls) => cls.id !== classId);

  return (
    <ConfirmDialog
      title={t('move.title', { name: booking.customer?.name ?? '' })}
      confirmLabel={t('move.confirm')}
      cancelLabel={t('move.keep')}
      busy={move.busy}
      error={move.error ?? move.refusal ?? classes.error}
      onConfirm={() => void move.confirm()}
      onClose={onClose}
    >
      <Field label={t('move.to')}>
        {(control) => (
          <select
            {...control}
            required
            value={move.chosen ?? ''}
            onChange={(event) => (event.target.value ? move.choose(event.target.value) : move.back())}
          >
            <option value="">{classes.loading ? t('app.loading') : t('move.choose')}</option>
            {choices.map((cls) => (
              <option key={cls.id} value={cls.id} disabled={cls.spotsLeft < booking.spots}>
                {`${cls.title} · ${formatInstant(cls.startsAt, 'shortDateTime', locale, cls.timeZone)} · ${tn('class.spotsLeft', cls.spotsLeft)}`}
              </option>
            ))}
          </select>
        )}
      </Field>
      <StaffPriceChange change={move.change} to="class" />
    </ConfirmDialog>
  );
}

/** What a move does to the price, said to staff before they confirm it: who owes or gets back what. */
export function StaffPriceChange({ change, to }: { change: PriceChange | undefined; to: 'class' | 'time' }) {
  const { locale, t } = useApp();
  if (!change) return null;
  const amount = formatMoney({ ...change.difference, amount: Math.abs(change.difference.amount) }, locale);
  if (change.settlement === 'due')
    return <p>{t(to === 'class' ? 'move.costsMore' : 'move.timeCostsMore', { amount })}</p>;
  if (change.settlement === 'refund')
    return <p>{t(to === 'class' ? 'move.costsLess' : 'move.timeCostsLess', { amount })}</p>;
  return <p>{t('move.newPrice', { amount: formatMoney(change.after, locale) })}</p>;
}
