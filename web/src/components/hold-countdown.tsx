import { useEffect, useState } from 'react';
import { useApp } from '../app-context';
import { Notice } from './notice';
import { useShownTimes } from '../time-zone';

const remaining = (until: string) => Math.max(0, new Date(until).getTime() - Date.now());

function minutesAndSeconds(ms: number): string {
  const seconds = Math.ceil(ms / 1000);
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

/**
 * How long the class spots (`what="spots"`) or the appointment time (`what="time"`) stay held for
 * this checkout, and until when on the clock of `timeZone` (named); says so when the time has run out.
 */
export function HoldCountdown({
  until,
  what = 'spots',
  timeZone,
  onExpired,
}: {
  until: string;
  what?: 'spots' | 'time';
  /** The zone of the place booked; without it only the minutes left are shown. */
  timeZone?: string;
  onExpired?(): void;
}) {
  const { t } = useApp();
  const times = useShownTimes();
  const [left, setLeft] = useState(() => remaining(until));
  useEffect(() => {
    const timer = window.setInterval(() => setLeft(remaining(until)), 1000);
    return () => window.clearInterval(timer);
  }, [until]);
  useEffect(() => {
    if (left === 0) onExpired?.();
  }, [left, onExpired]);
  if (left === 0) return <Notice kind="warning">{t(what === 'time' ? 'hold.timeExpired' : 'hold.expired')}</Notice>;
  return (
    <>
      <p className="hold" role="timer" aria-live="off">
        {t(what === 'time' ? 'hold.timeLeft' : 'hold.left', { time: minutesAndSeconds(left) })}
      </p>
      {timeZone && <p className="muted">{t('zones.heldUntil', { time: times.named(until, 'time', timeZone) })}</p>}
    </>
  );
}
