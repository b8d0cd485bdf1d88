import { useEffect, useId, useRef } from 'react';
import { ApiError, type Location } from '../../api/client';
import { useApp } from '../../app-context';
import { type ControlProps, Field } from '../../components/field';

/** One interval as a form holds it; `key` keeps React's rows and the errors apart. */
export interface IntervalRow {
  key: number;
  start: string;
  end: string;
  locationId: string;
}

export interface RowErrors {
  /** About the interval as a whole, e.g. that it overlaps another. */
  row?: string;
  start?: string;
  end?: string;
  locationId?: string;
}

let nextKey = 1;
export const newRowKey = (): number => nextKey++;

const addHour = (time: string): string => {
  const [hours = 0, minutes = 0] = time.split(':').map(Number);
  return hours >= 23 ? '23:59' : `${String(hours + 1).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
};

/** A new interval after the last one, or a working day's usual hours. */
export function nextRow(rows: IntervalRow[]): IntervalRow {
  const last = rows[rows.length - 1];
  if (!last || last.end >= '23:59') return { key: newRowKey(), start: '09:00', end: '17:00', locationId: '' };
  return { key: newRowKey(), start: last.end, end: addHour(last.end), locationId: last.locationId };
}

/** Problems the form finds before sending: both times given, and the end after the start. */
export function checkRows(rows: IntervalRow[], t: ReturnType<typeof useApp>['t']): Map<number, RowErrors> {
  const problems = new Map<number, RowErrors>();
  for (const row of rows) {
    if (!row.start) problems.set(row.key, { start: t('form.required') });
    else if (!row.end) problems.set(row.key, { end: t('form.required') });
    else if (row.end <= row.start) problems.set(row.key, { end: t('hours.endBeforeStart') });
  }
  return problems;
}

const intervalField = /^intervals\.(\d+)\.(start|end|locationId)$/;

/**
 * The API's refusal of a list of intervals, attached to the rows sent (`sent[i]` is the key of
 * `intervals[i]`): `schedule_overlap` names the two intervals that overlap, `validation_failed`
 * names fields such as `intervals.3.end`.
 */
export function rowErrorsFrom(failure: unknown, sent: number[]): Map<number, RowErrors> {
  const errors = new Map<number, RowErrors>();
  if (!(failure instanceof ApiError)) return errors;
  const add = (index: number, field: keyof RowErrors, message: string) => {
    const key = sent[index];
    if (key !== undefined) errors.set(key, { ...errors.get(key), [field]: message });
  };
  if (failure.code === 'schedule_overlap') {
    const pair = (failure.details as { intervals?: unknown } | undefined)?.intervals;
    if (Array.isArray(pair))
      for (const index of pair) if (typeof index === 'number') add(index, 'row', failure.message);
  }
  for (const problem of failure.fieldProblems) {
    const match = intervalField.exec(problem.path);
    if (match) add(Number(match[1]), match[2] as keyof RowErrors, problem.message);
  }
  return errors;
}

/** The field problems `rowErrorsFrom` shows beside the rows, for ErrorNotice to leave out. */
export const intervalPaths = (failure: unknown): string[] =>
  failure instanceof ApiError
    ? failure.fieldProblems.map((problem) => problem.path).filter((path) => intervalField.test(path))
    : [];

/**
 * The intervals of one day: start, end and (when there are locations) where, each with a
 * remove button. A new row takes the focus; removing one gives it to the add button.
 */
export function IntervalRows({
  rows,
  errors,
  locations,
  dayName,
  editable,
  focusKey,
  onChange,
  onAdd,
  onRemove,
}: {
  rows: IntervalRow[];
  errors: Map<number, RowErrors>;
  locations: Location[];
  /** The day in words, for the controls' accessible names: "Monday", "12 May". */
  dayName: string;
  editable: boolean;
  /** The row just added, to focus. */
  focusKey: number | null;
  onChange(row: IntervalRow): void;
  onAdd(): void;
  onRemove(row: IntervalRow): void;
}) {
  const { t } = useApp();
  const addButton = useRef<HTMLButtonElement>(null);
  const count = useRef(rows.length);
  useEffect(() => {
    if (rows.length < count.current) addButton.current?.focus();
    count.current = rows.length;
  }, [rows.length]);
  return (
    <div className="intervals">
      {rows.length === 0 && <p className="muted">{t('hours.closed')}</p>}
      {rows.map((row, index) => (
        <IntervalRowFields
          key={row.key}
          row={row}
          number={index + 1}
          errors={errors.get(row.key) ?? {}}
          locations={locations}
          dayName={dayName}
          editable={editable}
          focus={row.key === focusKey}
          onChange={onChange}
          onRemove={onRemove}
        />
      ))}
      {editable && (
        <button
          ref={addButton}
          type="button"
          className="button button-small button-quiet"
          onClick={onAdd}
          aria-label={t('hours.addOn', { day: dayName })}
        >
          + {t('hours.add')}
        </button>
      )}
    </div>
  );
}

function IntervalRowFields({
  row,
  number,
  errors,
  locations,
  dayName,
  editable,
  focus,
  onChange,
  onRemove,
}: {
  row: IntervalRow;
  number: number;
  errors: RowErrors;
  locations: Location[];
  dayName: string;
  editable: boolean;
  focus: boolean;
  onChange(row: IntervalRow): void;
  onRemove(row: IntervalRow): void;
}) {
  const { t } = useApp();
  const start = useRef<HTMLInputElement>(null);
  const rowErrorId = useId();
  // A problem of the whole interval marks both times and is read out with each of them.
  const withRowError = (control: ControlProps): ControlProps =>
    errors.row
      ? {
          ...control,
          'aria-invalid': true,
          'aria-describedby': [control['aria-describedby'], rowErrorId].filter(Boolean).join(' '),
        }
      : control;
  useEffect(() => {
    if (focus) start.current?.focus();
  }, [focus]);
  // Several rows share the visible words "From" and "To"; the hidden rest tells them apart.
  const which = <span className="visually-hidden"> ({t('hours.which', { day: dayName, number })})</span>;
  return (
    <div className={errors.row ? 'interval-row interval-row-invalid' : 'interval-row'}>
      <Field
        label={
          <>
            {t('hours.from')}
            {which}
          </>
        }
        error={errors.start}
      >
        {(control) => (
          <input
            {...withRowError(control)}
            ref={start}
            type="time"
            value={row.start}
            disabled={!editable}
            onChange={(event) => onChange({ ...row, start: event.target.value })}
            required
          />
        )}
      </Field>
      <Field
        label={
          <>
            {t('hours.to')}
            {which}
          </>
        }
        error={errors.end}
      >
        {(control) => (
          <input
            {...withRowError(control)}
            type="time"
            value={row.end}
            disabled={!editable}
            onChange={(event) => onChange({ ...row, end: event.target.value })}
            required
          />
        )}
      </Field>
      {locations.length > 0 && (
        <Field
          label={
            <>
              {t('hours.where')}
              {which}
            </>
          }
          error={errors.locationId}
        >
          {(control) => (
            <select
              {...control}
              value={row.locationId}
              disabled={!editable}
              onChange={(event) => onChange({ ...row, locationId: event.target.value })}
            >
              <option value="">{t('hours.anywhere')}</option>
              {locations.map((location) => (
                <option key={location.id} value={location.id}>
                  {location.name}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
      {editable && (
        <button
          type="button"
          className="button button-small button-danger-quiet interval-remove"
          onClick={() => onRemove(row)}
          aria-label={t('hours.removeWhich', { day: dayName, number })}
        >
          {t('hours.remove')}
        </button>
      )}
      {errors.row && (
        <p className="field-error interval-error" id={rowErrorId}>
          {errors.row}
        </p>
      )}
    </div>
  );
}
