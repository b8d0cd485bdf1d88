import { type KeyboardEvent, useEffect, useId, useRef, useState } from 'react';
import { api } from '../api/api';
import type { Service, Slot } from '../api/client';
import { useApp } from '../app-context';
import {
  addDays,
  addMonths,
  dateIn,
  firstDayOfWeek,
  formatCalendarDate,
  formatInstant,
  formatMonth,
  formatTimeRange,
  lastDayOfMonth,
  monthOf,
  monthWeeks,
  timeZoneChoices,
  todayIn,
  visitorTimeZone,
  weekdayNames,
} from '../format';
import { useLoad } from '../hooks/use-load';
import { useShownTimes } from '../time-zone';
import { Field } from './field';
import { ErrorNotice } from './notice';

export interface PickedSlot {
  slot: Slot;
  /** The provider asked for; null for "any provider". */
  providerId: string | null;
  /** The zone the visitor saw the times in. */
  timeZone: string;
}

/**
 * How many months past the one asked for the picker looks by itself for free time. Late in a month
 * the rest of it is often full; a booking page then shows the next month that has time rather than
 * an empty one, but never searches far (each month is a request).
 */
const MONTHS_AHEAD = 3;

/**
 * The day in `zone` of a booking being moved (`around`), so that the picker opens on it with nearby
 * times at hand; null without one, or when that day is no longer (or not yet) bookable.
 */
function bookedDay(around: string | undefined, zone: string, maximumDaysAhead: number): string | null {
  const day = around ? dateIn(around, zone) : null;
  const first = todayIn(zone);
  return day && day >= first && day <= addDays(first, maximumDaysAhead) ? day : null;
}

/**
 * Choosing a time for a service: a provider or "any provider", a month that marks the days with
 * free time, and the free start times of the chosen day. Times start on the clock that every other
 * time of the public pages follows ("Show times on my clock": the place's, unless the visitor chose
 * their own), and the menu changes it for this picker; always named. Days and months are days and
 * months of that zone.
 */
export function SlotPicker({
  service,
  placeZone,
  providers,
  initialProviderId = '',
  around,
  chosenStart,
  busy = false,
  refresh = 0,
  onPick,
}: {
  service: Service;
  /** The zone of the place the service is given at: its location's, else the organisation's. */
  placeZone: string;
  /** Who offers the service (public: id and name). */
  providers: { id: string; name: string }[];
  initialProviderId?: string;
  /** The time a booking being moved has now: the picker opens on its day, when that is still ahead. */
  around?: string;
  /** The start of the time picked (null: none yet), pressed in the day's list; left out where a pick leaves the picker. */
  chosenStart?: string | null;
  busy?: boolean;
  /** Changing it asks for the free times again (after a time was taken meanwhile). */
  refresh?: number;
  onPick(picked: PickedSlot): void;
}) {
  const { locale, t } = useApp();
  const titleId = useId();
  const times = useShownTimes();
  // The menu's choice holds until the switch is flipped: then the switch's clock is what was asked for.
  const [menuChoice, setMenuChoice] = useState<{ zone: string; mine: boolean } | null>(null);
  const zone = menuChoice?.mine === times.mine ? menuChoice.zone : times.zoneFor(placeZone);
  const [providerId, setProviderId] = useState(
    providers.some((provider) => provider.id === initialProviderId) ? initialProviderId : '',
  );
  const today = todayIn(zone);
  const lastBookableDay = addDays(today, service.maximumDaysAhead);
  const [asked, setAsked] = useState(() => ({
    month: monthOf(bookedDay(around, zone, service.maximumDaysAhead) ?? today),
    moveOn: true,
  }));
  const [chosenDay, setChosenDay] = useState(() => bookedDay(around, zone, service.maximumDaysAhead));
  // Another zone has another today (and month): start again from it, as on opening, unless the
  // visitor had stepped to a month of their own, which stays (a change of clock is no reason to lose it).
  const shownZone = useRef(zone);
  const steppedTo = useRef<string | null>(null);
  useEffect(() => {
    if (shownZone.current === zone) return;
    shownZone.current = zone;
    const first = monthOf(todayIn(zone));
    if (steppedTo.current) {
      // Months compare as text; a month before the new zone's first is that first.
      const [, kept = first] = [steppedTo.current, first].sort();
      setAsked({ month: kept, moveOn: false });
      return;
    }
    const day = bookedDay(around, zone, service.maximumDaysAhead);
    setAsked({ month: monthOf(day ?? todayIn(zone)), moveOn: true });
    setChosenDay(day);
  }, [zone, around, service.maximumDaysAhead]);

  const firstMonth = monthOf(today);
  const lastMonth = monthOf(lastBookableDay);
  const slots = useLoad(async () => {
    const monthSlots = (month: string) => {
      const [to = lastBookableDay] = [lastDayOfMonth(month), lastBookableDay].sort();
      return api.slots(service.id, {
        from: month <= firstMonth ? today : `${month}-01`,
        to,
        timeZone: zone,
        ...(providerId ? { provider: providerId } : {}),
      });
    };
    const first = await monthSlots(asked.month);
    if (!asked.moveOn) return { month: asked.month, answer: first };
    for (
      let next = asked.month, hops = 0;
      first.slots.length === 0 && hops < MONTHS_AHEAD && next < lastMonth;
      hops++
    ) {
      next = addMonths(next, 1);
      const answer = await monthSlots(next);
      if (answer.slots.length > 0) return { month: next, answer };
    }
    // Nothing ahead either: the month asked for stays, with its "no free times" heading.
    return { month: asked.month, answer: first };
  }, [service.id, asked, today, lastBookableDay, zone, providerId, refresh]);
  const loaded = slots.loading ? undefined : slots.data;
  const shown = loaded?.answer;
  const month = loaded?.month ?? asked.month;
  const movedFrom = loaded && loaded.month !== asked.month ? asked.month : null;

  const byDay = new Map<string, Slot[]>();
  for (const slot of shown?.slots ?? []) byDay.set(slot.date, [...(byDay.get(slot.date) ?? []), slot]);
  const firstFreeDay = [...byDay.keys()].sort()[0] ?? null;
  const day = chosenDay && byDay.has(chosenDay) ? chosenDay : firstFreeDay;
  const daySlots = day ? (byDay.get(day) ?? []) : [];

  // A month the visitor steps to is shown as it is, empty or not.
  const changeMonth = (next: string) => {
    steppedTo.current = next;
    setAsked({ month: next, moveOn: false });
    setChosenDay(null);
  };
  // The arrow keys past the month's first or last day step to the next month, onto that day.
  const [keyedTo, setKeyedTo] = useState<string | null>(null);
  const keyInto = (date: string) => {
    if (date < today || date > lastBookableDay) return;
    changeMonth(monthOf(date));
    setKeyedTo(date);
  };
  const changeZone = (next: string) => setMenuChoice({ zone: next, mine: times.mine });
  const changeProvider = (next: string) => {
    steppedTo.current = null;
    setProviderId(next);
    setAsked({ month: firstMonth, moveOn: true });
    setChosenDay(null);
  };

  return (
    <section className="slot-picker" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('slots.title')}</h2>
      <div className="field-row">
        {providers.length > 1 && (
          <Field label={t('slots.provider')}>
            {(control) => (
              <select {...control} value={providerId} onChange={(event) => changeProvider(event.target.value)}>
                <option value="">{t('slots.anyProvider')}</option>
                {providers.map((provider) => (
                  <option key={provider.id} value={provider.id}>
                    {provider.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
        )}
        <Field label={t('slots.timeZone')}>
          {(control) => (
            <select {...control} value={zone} onChange={(event) => changeZone(event.target.value)}>
              {/* The two clocks anyone wants, named for what they are; every other zone after them. */}
              <optgroup label={t('slots.zones.suggested')}>
                <option value={placeZone}>{t('slots.zones.place', { zone: placeZone })}</option>
                {visitorTimeZone() !== placeZone && (
                  <option value={visitorTimeZone()}>{t('slots.zones.yours', { zone: visitorTimeZone() })}</option>
                )}
              </optgroup>
              <optgroup label={t('slots.zones.all')}>
                {timeZoneChoices([zone])
                  .filter((option) => option !== placeZone && option !== visitorTimeZone())
                  .map((option) => (
                    <option key={option} value={option}>
                      {option.replace(/_/g, ' ')}
                    </option>
                  ))}
              </optgroup>
            </select>
          )}
        </Field>
      </div>
      {providers.length === 1 && providers[0] && (
        <p className="muted">{t('slots.onlyProvider', { name: providers[0].name })}</p>
      )}
      <p className="muted">{t('slots.zoneNote', { zone })}</p>

      <div className="picker">
        <div className="month">
          <nav className="month-nav" aria-label={t('slots.months')}>
            <button
              type="button"
              className="button button-quiet button-small"
              onClick={() => changeMonth(addMonths(month, -1))}
              disabled={month <= firstMonth}
              aria-label={t('slots.previousMonth')}
            >
              ←
            </button>
            <h3 className="month-name" aria-live="polite">
              {formatMonth(month, locale)}
            </h3>
            <button
              type="button"
              className="button button-quiet button-small"
              onClick={() => changeMonth(addMonths(month, 1))}
              disabled={month >= lastMonth}
              aria-label={t('slots.nextMonth')}
            >
              →
            </button>
          </nav>
          {movedFrom && (
            <p className="muted">
              {t('schedule.slotsMovedOn', { from: formatMonth(movedFrom, locale), to: formatMonth(month, locale) })}
            </p>
          )}
          <MonthGrid
            month={month}
            byDay={byDay}
            day={day}
            loaded={shown !== undefined}
            onChoose={setChosenDay}
            keyedTo={keyedTo}
            onKeyOut={keyInto}
            onKeyedIn={() => setKeyedTo(null)}
          />
          {slots.loading && <p className="muted">{t('app.loading')}</p>}
          {slots.error !== null && <ErrorNotice error={slots.error} />}
        </div>

        <div className="day-slots" aria-live="polite">
          {/* A heading like a day's, so the day's area is named either way (late in a month, often empty). */}
          {shown && !day && (
            <h3 className="empty">
              {month < lastMonth
                ? t('slots.noneThisMonthTryNext', { month: formatMonth(month, locale) })
                : t('slots.noneThisMonth', { month: formatMonth(month, locale) })}
            </h3>
          )}
          {shown && day && (
            <>
              <h3>{t('slots.dayTitle', { day: formatCalendarDate(day, 'day', locale) })}</h3>
              <ul className="slot-list">
                {daySlots.map((slot) => (
                  <li key={slot.start}>
                    <button
                      type="button"
                      className="button slot"
                      disabled={busy}
                      aria-pressed={chosenStart === undefined ? undefined : slot.start === chosenStart}
                      aria-label={formatTimeRange(slot.start, slot.end, locale, zone)}
                      onClick={() => onPick({ slot, providerId: providerId || null, timeZone: zone })}
                    >
                      {formatInstant(slot.start, 'time', locale, zone)}
                    </button>
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      </div>
    </section>
  );
}

/** Where each key of the month grid goes from a day, given the days of its week in the month. */
const gridKeys: Record<string, (date: string, week: string[]) => string | undefined> = {
  ArrowLeft: (date) => addDays(date, -1),
  ArrowRight: (date) => addDays(date, 1),
  ArrowUp: (date) => addDays(date, -7),
  ArrowDown: (date) => addDays(date, 7),
  Home: (_, week) => week[0],
  End: (_, week) => week[week.length - 1],
};

/**
 * The days of a month as a grid (the WAI-ARIA grid pattern): one tab stop, on the chosen day (else
 * the first free one), and the arrow keys move between days (a week up or down), Home and End to the
 * week's first and last day, Enter or Space picks; past the month's first or last day they step to
 * the month before or after (within the days that can be booked). Every day of the month can be
 * reached, so that a screen reader hears which are full; only days with free time can be picked, the
 * chosen one pressed.
 */
function MonthGrid({
  month,
  byDay,
  day,
  loaded,
  onChoose,
  keyedTo,
  onKeyOut,
  onKeyedIn,
}: {
  month: string;
  byDay: Map<string, Slot[]>;
  day: string | null;
  loaded: boolean;
  onChoose(day: string): void;
  /** A day of another month the arrow keys went to: focused once its month is shown. */
  keyedTo: string | null;
  /** The arrow keys went past this month, to `date`. */
  onKeyOut(date: string): void;
  /** `keyedTo` has the focus: it is done with (a later visit to its month by the buttons keeps theirs). */
  onKeyedIn(): void;
}) {
  const { locale, t } = useApp();
  const firstDay = firstDayOfWeek(locale);
  const short = weekdayNames(locale, 'short', firstDay);
  const long = weekdayNames(locale, 'long', firstDay);
  const weeks = monthWeeks(month, firstDay).map((week) => week.filter((cell) => cell.inMonth).map((cell) => cell.date));
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  // The day the keyboard is on, while it is in this month; else the chosen day, or the month's first.
  const [current, setCurrent] = useState<string | null>(null);
  const tabStop = current && monthOf(current) === month ? current : (day ?? `${month}-01`);

  const moveTo = (date: string | undefined) => {
    if (!date) return;
    if (monthOf(date) !== month) {
      onKeyOut(date);
      return;
    }
    setCurrent(date);
    buttons.current.get(date)?.focus();
  };
  useEffect(() => {
    if (!keyedTo || monthOf(keyedTo) !== month) return;
    setCurrent(keyedTo);
    buttons.current.get(keyedTo)?.focus();
    onKeyedIn();
  }, [keyedTo, month, onKeyedIn]);
  const onKey = (event: KeyboardEvent<HTMLButtonElement>, date: string) => {
    const step = gridKeys[event.key];
    if (!step) return;
    event.preventDefault();
    moveTo(step(date, weeks.find((days) => days.includes(date)) ?? []));
  };

  return (
    // biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: a table is what the WAI-ARIA grid pattern builds on (the APG date picker's own markup)
    <table className="month-grid" role="grid" aria-label={formatMonth(month, locale)}>
      <thead>
        <tr>
          {short.map((name, index) => (
            <th key={name} scope="col" abbr={long[index]}>
              {name}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {monthWeeks(month, firstDay).map((week) => (
          <tr key={week[0]?.date}>
            {week.map(({ date, inMonth }) => {
              if (!inMonth) return <td key={date} />;
              const free = byDay.has(date);
              const name = formatCalendarDate(date, 'day', locale);
              return (
                <td key={date}>
                  <button
                    ref={(button) => {
                      if (button) buttons.current.set(date, button);
                      else buttons.current.delete(date);
                    }}
                    type="button"
                    className={free ? 'day-button day-free' : 'day-button'}
                    tabIndex={date === tabStop ? 0 : -1}
                    aria-disabled={free ? undefined : true}
                    aria-pressed={free ? date === day : undefined}
                    aria-label={free || !loaded ? name : t('slots.dayFull', { day: name })}
                    onClick={() => {
                      if (free) onChoose(date);
                    }}
                    onFocus={() => setCurrent(date)}
                    onKeyDown={(event) => onKey(event, date)}
                  >
                    {Number(date.slice(8))}
                  </button>
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
