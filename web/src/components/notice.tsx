import type { ReactNode } from 'react';
import { ApiError } from '../api/client';
import { useApp } from '../app-context';

/** A message box: `error` interrupts (role alert), the others are announced politely. */
export function Notice({ kind, children }: { kind: 'success' | 'info' | 'warning' | 'error'; children: ReactNode }) {
  return (
    <div className={`notice notice-${kind}`} role={kind === 'error' ? 'alert' : 'status'}>
      {children}
    </div>
  );
}

/**
 * What went wrong, in the words the server chose for the caller's language. Field problems of
 * `validation_failed` that a form shows beside its fields are left out with `shownFields`.
 */
export function ErrorNotice({ error, shownFields = [] }: { error: unknown; shownFields?: string[] }) {
  const { t } = useApp();
  if (!(error instanceof ApiError)) return <Notice kind="error">{t('error.generic')}</Notice>;
  if (error.code === 'network_error') return <Notice kind="error">{t('error.network')}</Notice>;
  const others = error.fieldProblems.filter((problem) => !shownFields.includes(problem.path));
  const message = error.code === 'validation_failed' && others.length === 0 ? t('form.checkFields') : error.message;
  return (
    <Notice kind="error">
      <p>{message || t('error.generic')}</p>
      {others.length > 0 && (
        <ul>
          {others.map((problem) => (
            <li key={problem.path}>
              {problem.path}: {problem.message}
            </li>
          ))}
        </ul>
      )}
      {error.status >= 500 && error.requestId && (
        <p className="muted">{t('error.reference', { id: error.requestId })}</p>
      )}
    </Notice>
  );
}

/** The message the server gave for each field a `validation_failed` refusal names. */
export function serverFieldErrors(error: unknown): Record<string, string> {
  if (!(error instanceof ApiError)) return {};
  return Object.fromEntries(error.fieldProblems.map((problem) => [problem.path, problem.message]));
}
