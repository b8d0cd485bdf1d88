import { useState } from 'react';
import { api } from '../../api/api';
import type { Booking } from '../../api/client';
import { useApp } from '../../app-context';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { useAttempt } from '../../hooks/use-attempt';

type Action = 'checkIn' | 'complete' | 'noShow';

/**
 * Marking a booking at the desk, class bookings and appointments alike: check in a confirmed
 * booking, complete it (checked in or not) or mark a no-show once it has started (the server refuses
 * both before the start). One click each,
 * as at a door with a queue; the status badge beside it shows the result. A no-show asks first: it
 * cannot be undone, and the cancellation terms may keep a fee for it.
 */
export function LifecycleActions({
  booking,
  onDone,
  onError,
}: {
  booking: Booking;
  onDone(message: string): void;
  onError(error: unknown): void;
}) {
  const { t } = useApp();
  const { busy, attempt } = useAttempt();
  const [asking, setAsking] = useState(false);
  const name = booking.customer?.name ?? '';
  // Check-in from the start (people come early); completed or no-show only once it has begun, so that
  // a booking still to come is not marked by a stray click.
  const started = new Date(booking.startsAt).getTime() <= Date.now();
  const offered: Action[] =
    booking.status === 'confirmed'
      ? ['checkIn', ...(started ? (['complete', 'noShow'] as const) : [])]
      : booking.status === 'in_progress' && started
        ? ['complete']
        : [];

  const run = (action: Action) =>
    attempt(async () => {
      try {
        await api[action](booking.id);
        onDone(t(`lifecycle.done.${action}`, { name }));
      } catch (error) {
        onError(error);
      } finally {
        setAsking(false);
      }
    });

  return (
    <>
      {offered.map((action) => (
        <button
          key={action}
          type="button"
          className={`button button-small${action === 'noShow' ? ' button-quiet' : ''}`}
          disabled={busy}
          onClick={() => (action === 'noShow' ? setAsking(true) : run(action))}
          aria-label={`${t(`lifecycle.${action}`)}: ${name}`}
        >
          {t(`lifecycle.${action}`)}
        </button>
      ))}
      {asking && (
        <NoShowDialog name={name} busy={busy} onConfirm={() => run('noShow')} onClose={() => setAsking(false)} />
      )}
    </>
  );
}

/** Asks before a no-show is marked: it cannot be undone, and a fee may be kept for it. */
export function NoShowDialog({
  name,
  busy,
  onConfirm,
  onClose,
}: {
  name: string;
  busy: boolean;
  onConfirm(): void;
  onClose(): void;
}) {
  const { t } = useApp();
  return (
    <ConfirmDialog
      title={t('lifecycle.noShowTitle', { name })}
      confirmLabel={t('lifecycle.noShowYes')}
      cancelLabel={t('lifecycle.noShowNo')}
      danger
      busy={busy}
      error={null}
      onConfirm={onConfirm}
      onClose={onClose}
    >
      <p>{t('lifecycle.noShowText')}</p>
    </ConfirmDialog>
  );
}
