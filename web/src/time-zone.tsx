import { useId, useSyncExternalStore } from 'react';
import { useApp } from './app-context';
import { type DateStyle, formatInstant, formatTimeRange, offerVisitorZone, shownZone, visitorTimeZone } from './format';

/*
 * "Show times on my clock": a visitor whose clock runs in another zone than the studio's may
 * see every time of the public pages on their own clock. The studio's zone is the default, so a
 * time reads as the studio's mails and calendar entries say it; the choice is kept in this
 * browser. One store for the whole app, so that every page and helper follows one switch.
 */

const KEY = 'slotwise.showMyTimeZone';
const listeners = new Set<() => void>();

function storedChoice(): boolean {
  try {
    return localStorage.getItem(KEY) === 'mine';
  } catch {
    return false;
  }
}

let mine = storedChoice();

function choose(next: boolean): void {
  mine = next;
  try {
    if (next) localStorage.setItem(KEY, 'mine');
    else localStorage.removeItem(KEY);
  } catch {
    // Private browsing may refuse storage; the choice then lasts for this page only.
  }
  for (const listener of listeners) listener();
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
};

export interface ShownTimes {
  /** The visitor's own zone, from the browser. */
  visitor: string;
  /** Whether the visitor chose their own zone over the place's. */
  mine: boolean;
  setMine(next: boolean): void;
  /** The zone in which a time of a place in `placeZone` is shown. */
  zoneFor(placeZone: string): string;
  /** An instant on the shown clock, e.g. "Monday 30 March 2026 at 18:00", without the zone. */
  instant(iso: string, style: DateStyle, placeZone: string): string;
  /** An instant on the shown clock with its zone named: "… 18:00 (Europe/Stockholm)". */
  named(iso: string, style: DateStyle, placeZone: string): string;
  /** "07:00–08:00" on the shown clock, without the zone. */
  range(startsAt: string, endsAt: string, placeZone: string): string;
  /** "Monday 30 March, 07:00–08:00 (Europe/Stockholm)": the day and the range, zone named. */
  namedRange(startsAt: string, endsAt: string, placeZone: string): string;
}

/** How the times of a place are shown on this visitor's screen; see the note above. */
export function useShownTimes(): ShownTimes {
  const { locale, t } = useApp();
  const chosen = useSyncExternalStore(subscribe, () => mine);
  const visitor = visitorTimeZone();
  const zoneFor = (placeZone: string) => shownZone(placeZone, visitor, chosen);
  return {
    visitor,
    mine: chosen,
    setMine: choose,
    zoneFor,
    instant: (iso, style, placeZone) => formatInstant(iso, style, locale, zoneFor(placeZone)),
    named: (iso, style, placeZone) =>
      t('time.inZone', { time: formatInstant(iso, style, locale, zoneFor(placeZone)), zone: zoneFor(placeZone) }),
    range: (startsAt, endsAt, placeZone) => formatTimeRange(startsAt, endsAt, locale, zoneFor(placeZone)),
    namedRange: (startsAt, endsAt, placeZone) => {
      const zone = zoneFor(placeZone);
      const time = `${formatInstant(startsAt, 'day', locale, zone)}, ${formatTimeRange(startsAt, endsAt, locale, zone)}`;
      return t('time.inZone', { time, zone });
    },
  };
}

/**
 * The switch between the place's clock and the visitor's, shown only where it changes something:
 * when the visitor's zone differs from a zone of the times on the page (`zones`).
 */
export function ZoneToggle({ zones }: { zones: readonly string[] }) {
  const { t } = useApp();
  const id = useId();
  const { visitor, mine: chosen, setMine } = useShownTimes();
  if (!offerVisitorZone(zones, visitor)) return null;
  return (
    <p className="zone-toggle">
      <input id={id} type="checkbox" checked={chosen} onChange={(event) => setMine(event.currentTarget.checked)} />{' '}
      <label htmlFor={id}>{t('zones.showMine', { zone: visitor })}</label>
    </p>
  );
}
