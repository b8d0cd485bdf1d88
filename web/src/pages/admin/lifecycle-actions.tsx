import { api } from '../../api/api';
import type { Booking } from '../../api/client';
import { useApp } from '../../app-context';
import { useAttempt } from '../../hooks/use-attempt';

type Action = 'checkIn' | 'complete' | 'noShow';

/**
 * Marking a booking at the desk, class bookings and appointments alike: check in a confirmed
 * booking, complete it (checked in or not), or mark a no-show once it has started. One click each,
 * as at a door with a queue; the status badge beside it shows the result.
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
  const name = booking.customer?.name ?? '';
  // Check-in from the start (people come early); completed or no-show only once it has begun, so that
  // a booking still to come is not marked by a stray click.
  const started = new Date(booking.startsAt).getTime() <= Date.now();
  const offered: Action[] =
    booking.status === 'confirmed'
      ? ['checkIn', ...(started ? (['complete', 'noShow'] as const) : [])]
      : booking.status === 'in_progress'
        ? ['complete']
        : [];

  const run = (action: Action) =>
    attempt(async () => {
      try {
        await api[action](booking.id);
        onDone(t(`lifecycle.done.${action}`, { name }));
      } catch (error) {
        onError(error);
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
          onClick={() => run(action)}
          aria-label={`${t(`lifecycle.${action}`)}: ${name}`}
        >
          {t(`lifecycle.${action}`)}
        </button>
      ))}
    </>
  );
}
