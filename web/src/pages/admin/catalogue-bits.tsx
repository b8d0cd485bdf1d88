import { type ReactNode, useRef, useState } from 'react';
import { newIdempotencyKey } from '../../api/api';
import { ApiError, type Location, type Service } from '../../api/client';
import { useApp } from '../../app-context';
import { ConfirmDialog } from '../../components/confirm-dialog';
import type { ControlProps } from '../../components/field';
import { localeTags } from '../../format';
import { useAttempt } from '../../hooks/use-attempt';
import type { Locale } from '../../i18n/messages';
import { Link } from '../../router';

/*
 * Pieces the catalogue screens (services, providers, their hours, locations) share.
 */

const allTimeZones = Intl.supportedValuesOf('timeZone');

/** A picker of IANA time zones; a zone the browser does not list (e.g. "UTC" in some) stays choosable. */
export function TimeZoneSelect({
  control,
  value,
  onChange,
}: {
  control: ControlProps;
  value: string;
  onChange(zone: string): void;
}) {
  const zones = allTimeZones.includes(value) ? allTimeZones : [value, ...allTimeZones];
  return (
    <select {...control} value={value} onChange={(event) => onChange(event.target.value)}>
      {zones.map((zone) => (
        <option key={zone} value={zone}>
          {zone}
        </option>
      ))}
    </select>
  );
}

/** 1 = Monday … 7 = Sunday, as ISO and the API count them. */
export const weekdays = [1, 2, 3, 4, 5, 6, 7] as const;

/** "Monday" / "Måndag": 2024-01-01 was a Monday. */
export function weekdayName(weekday: number, locale: Locale): string {
  const name = new Intl.DateTimeFormat(localeTags[locale], { weekday: 'long', timeZone: 'UTC' }).format(
    new Date(Date.UTC(2024, 0, weekday)),
  );
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/** A whole number typed into a field, or null when it is not one or is below `min`. */
export function wholeNumber(text: string, min: number, max = Number.MAX_SAFE_INTEGER): number | null {
  if (!/^\s*\d+\s*$/.test(text)) return null;
  const value = Number(text);
  return value >= min && value <= max ? value : null;
}

/**
 * One idempotency key per attempt at creating something: a retry of the same body after a lost
 * answer reuses it (and creates once); a changed body or a clear refusal starts a new attempt.
 */
export function useCreateKey() {
  const attempt = useRef<{ body: string; key: string } | null>(null);
  return {
    keyFor(body: unknown): string {
      const serialised = JSON.stringify(body);
      if (attempt.current?.body !== serialised) attempt.current = { body: serialised, key: newIdempotencyKey() };
      return attempt.current.key;
    },
    settled(failure: unknown): void {
      if (!(failure instanceof ApiError && failure.code === 'network_error')) attempt.current = null;
    },
  };
}

/** The server's field problems renamed to the form's fields, where the names differ. */
export function fieldProblemsFor(failure: unknown, rename: Record<string, string> = {}): Record<string, string> {
  if (!(failure instanceof ApiError)) return {};
  return Object.fromEntries(
    failure.fieldProblems.map((problem) => [rename[problem.path] ?? problem.path, problem.message]),
  );
}

/** Where a service happens, in words: "At Studio Söder", "At the customer's address", "Online". */
export function whereText(
  where: Service['where'],
  locations: Location[] | undefined,
  t: ReturnType<typeof useApp>['t'],
): string {
  if (where.mode === 'at_customer') return t('catalogue.where.at_customer');
  if (where.mode === 'remote') return t('catalogue.where.remote');
  const location = locations?.find((candidate) => candidate.id === where.locationId);
  return location ? t('catalogue.where.atNamed', { name: location.name }) : t('catalogue.where.at_location');
}

export function ActiveBadge({ active }: { active: boolean }) {
  const { t } = useApp();
  return active ? (
    <span className="badge badge-open">{t('catalogue.active')}</span>
  ) : (
    <span className="badge badge-muted">{t('catalogue.inactive')}</span>
  );
}

/**
 * A delete button that asks first. The server's refusal (e.g. a location still in use) is shown
 * in the dialog, in its own words.
 */
export function DeleteButton({
  name,
  title,
  text,
  confirmLabel,
  onDelete,
  onDeleted,
  label,
}: {
  /** What is deleted, for the button's accessible name: "Delete: Studio Söder". */
  name: string;
  title: string;
  text?: ReactNode;
  confirmLabel?: string;
  label?: string;
  onDelete(): Promise<unknown>;
  onDeleted(): void;
}) {
  const { t } = useApp();
  const [asking, setAsking] = useState(false);
  const { busy, error, setError, attempt } = useAttempt();
  const close = () => {
    setAsking(false);
    setError(null);
  };
  const confirm = () =>
    attempt(async () => {
      await onDelete();
      close();
      onDeleted();
    });
  const shown = label ?? t('admin.delete');
  return (
    <>
      <button
        type="button"
        className="button button-small button-danger-quiet"
        onClick={() => setAsking(true)}
        aria-label={`${shown}: ${name}`}
      >
        {shown}
      </button>
      {asking && (
        <ConfirmDialog
          title={title}
          confirmLabel={confirmLabel ?? shown}
          cancelLabel={t('admin.close')}
          danger
          busy={busy}
          error={error}
          onConfirm={confirm}
          onClose={close}
        >
          {text && <p>{text}</p>}
        </ConfirmDialog>
      )}
    </>
  );
}

/** A catalogue list row's admin actions: edit, and delete after asking. */
export function EditDeleteActions({
  name,
  editTo,
  deleteText,
  onDelete,
  onDeleted,
}: {
  name: string;
  editTo: string;
  deleteText: string;
  onDelete(): Promise<unknown>;
  onDeleted(): void;
}) {
  const { t } = useApp();
  return (
    <>
      <Link className="button button-small button-quiet" to={editTo} aria-label={`${t('admin.edit')}: ${name}`}>
        {t('admin.edit')}
      </Link>
      <DeleteButton
        name={name}
        title={t('admin.deleteTitle', { title: name })}
        text={deleteText}
        onDelete={onDelete}
        onDeleted={onDeleted}
      />
    </>
  );
}
