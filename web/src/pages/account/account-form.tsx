import type { ReactNode } from 'react';
import { Field } from '../../components/field';

export const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
export const MIN_PASSWORD = 10;

export function EmailField({
  label,
  value,
  onChange,
  error,
}: {
  label: string;
  value: string;
  onChange(value: string): void;
  error: string | undefined;
}) {
  return (
    <Field label={label} error={error}>
      {(control) => (
        <input
          {...control}
          type="email"
          autoComplete="email"
          value={value}
          onChange={(e) => onChange(e.target.value)}
          required
        />
      )}
    </Field>
  );
}

export function PasswordField({
  label,
  hint,
  value,
  onChange,
  error,
  autoComplete,
}: {
  label: string;
  hint?: ReactNode;
  value: string;
  onChange(value: string): void;
  error: string | undefined;
  autoComplete: 'current-password' | 'new-password';
}) {
  return (
    <Field label={label} hint={hint} error={error}>
      {(control) => (
        <input
          {...control}
          type="password"
          autoComplete={autoComplete}
          value={value}
          onChange={(e) => onChange(e.target.value)}
          required
        />
      )}
    </Field>
  );
}
