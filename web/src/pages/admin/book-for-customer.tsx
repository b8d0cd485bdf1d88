import { type FormEvent, type ReactNode, useRef, useState } from 'react';
import { type BookingInput, api, newIdempotencyKey } from '../../api/api';
import { ApiError, type Booking, type ClassItem } from '../../api/client';
import { useApp } from '../../app-context';
import { Field } from '../../components/field';
import { ErrorNotice, serverFieldErrors } from '../../components/notice';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** How staff record that the customer pays: never by card (the customer is not at the keyboard). */
export const staffPaymentMethods = ['venue', 'swish', 'bank_transfer'] as const;
export type StaffPaymentMethod = (typeof staffPaymentMethods)[number];

export interface CustomerInput {
  name: string;
  email: string;
}

/** The customer a booking is made for (on the phone, or at the desk), checked before it is sent. */
export function checkCustomer(customer: CustomerInput, t: ReturnType<typeof useApp>['t']): Record<string, string> {
  const problems: Record<string, string> = {};
  if (!customer.name.trim()) problems['guest.name'] = t('form.required');
  if (!customer.email.trim()) problems['guest.email'] = t('form.required');
  else if (!EMAIL.test(customer.email.trim())) problems['guest.email'] = t('form.email');
  return problems;
}

export function CustomerFields({
  value,
  onChange,
  errors,
}: {
  value: CustomerInput;
  onChange(next: CustomerInput): void;
  errors: Record<string, string>;
}) {
  const { t } = useApp();
  return (
    <fieldset>
      <legend>{t('onBehalf.customer')}</legend>
      <CustomerLookup onPick={onChange} />
      <Field label={t('checkout.name')} error={errors['guest.name']}>
        {(control) => (
          <input
            {...control}
            value={value.name}
            onChange={(e) => onChange({ ...value, name: e.target.value })}
            autoComplete="off"
            required
          />
        )}
      </Field>
      <Field label={t('checkout.email')} hint={t('onBehalf.emailHint')} error={errors['guest.email']}>
        {(control) => (
          <input
            {...control}
            type="email"
            value={value.email}
            onChange={(e) => onChange({ ...value, email: e.target.value })}
            autoComplete="off"
            required
          />
        )}
      </Field>
    </fieldset>
  );
}

/**
 * Someone who booked before, found by part of their name or email as staff type: picking one fills in
 * the name and email below (an account's booking then lands in its My bookings). Typing a new person's
 * details stays as it was.
 */
function CustomerLookup({ onPick }: { onPick(customer: CustomerInput): void }) {
  const { t } = useApp();
  const [query, setQuery] = useState('');
  const [found, setFound] = useState<{ id: string; name: string; email: string }[]>([]);
  const asked = useRef(0);
  const search = (text: string) => {
    setQuery(text);
    const mine = ++asked.current;
    if (text.trim().length < 2) {
      setFound([]);
      return;
    }
    // Answers that come back after a later keystroke's are dropped: the list is always the last one asked.
    window.setTimeout(() => {
      if (mine !== asked.current) return;
      api.customers(text.trim()).then(
        (answer) => mine === asked.current && setFound(answer.customers.slice(0, 6)),
        () => mine === asked.current && setFound([]),
      );
    }, 200);
  };
  return (
    <div className="customer-lookup">
      <Field label={t('onBehalf.find')} hint={t('onBehalf.findHint')}>
        {(control) => (
          <input {...control} type="search" value={query} onChange={(e) => search(e.target.value)} autoComplete="off" />
        )}
      </Field>
      {found.length > 0 && (
        <ul className="customer-lookup-list" aria-label={t('onBehalf.found')}>
          {found.map((customer) => (
            <li key={customer.id}>
              <button
                type="button"
                className="button button-small button-quiet"
                onClick={() => {
                  onPick({ name: customer.name, email: customer.email });
                  setFound([]);
                  setQuery('');
                }}
              >
                {customer.name} <span className="muted">{customer.email}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {query.trim().length >= 2 && found.length === 0 && <p className="muted">{t('onBehalf.noneFound')}</p>}
    </div>
  );
}

export function StaffPaymentField({
  value,
  onChange,
}: {
  value: StaffPaymentMethod;
  onChange(next: StaffPaymentMethod): void;
}) {
  const { t } = useApp();
  return (
    <Field label={t('checkout.payment')} hint={t('onBehalf.paymentHint')}>
      {(control) => (
        <select {...control} value={value} onChange={(e) => onChange(e.target.value as StaffPaymentMethod)}>
          {staffPaymentMethods.map((method) => (
            <option key={method} value={method}>
              {t(`payment.${method}`)}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

/**
 * Sends a booking made by staff for a customer. One idempotency key per attempt, so a lost answer
 * sent again books once; the customer gets the confirmation mail with their own manage link.
 */
export function useStaffBooking<B, R extends { booking: Booking; alreadyBooked: boolean }>(
  book: (body: B, idempotencyKey: string) => Promise<R>,
  onBooked: (created: R) => void,
  onRefused?: (failure: unknown) => void,
) {
  const [error, setError] = useState<unknown>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const attempt = useRef<{ body: string; key: string } | null>(null);
  const send = async (body: B) => {
    setError(null);
    const serialised = JSON.stringify(body);
    if (attempt.current?.body !== serialised) attempt.current = { body: serialised, key: newIdempotencyKey() };
    setBusy(true);
    try {
      const created = await book(body, attempt.current.key);
      attempt.current = null;
      setFieldErrors({});
      onBooked(created);
    } catch (failure) {
      if (!(failure instanceof ApiError && failure.code === 'network_error')) attempt.current = null;
      setFieldErrors(serverFieldErrors(failure));
      setError(failure);
      onRefused?.(failure);
    } finally {
      setBusy(false);
    }
  };
  return { send, busy, error, setError, fieldErrors, setFieldErrors };
}

/** A class booking for a customer who calls or walks in (staff). */
export function BookClassForCustomer({ cls, onBooked }: { cls: ClassItem; onBooked(message: string): void }) {
  const { t } = useApp();
  const [open, setOpen] = useState(false);
  const [customer, setCustomer] = useState<CustomerInput>({ name: '', email: '' });
  const [spots, setSpots] = useState(1);
  const [payment, setPayment] = useState<StaffPaymentMethod>('venue');
  const booking = useStaffBooking(
    (body: BookingInput, key) => api.book(body, key),
    (created) => {
      setOpen(false);
      setCustomer({ name: '', email: '' });
      setSpots(1);
      onBooked(
        t(created.alreadyBooked ? 'onBehalf.alreadyBooked' : 'onBehalf.booked', {
          name: created.booking.customer?.name ?? '',
        }),
      );
    },
  );
  if (cls.status === 'cancelled') return null;
  if (!open) {
    return (
      <p>
        <button type="button" className="button" onClick={() => setOpen(true)}>
          {t('onBehalf.open')}
        </button>
      </p>
    );
  }
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const problems = checkCustomer(customer, t);
    booking.setFieldErrors(problems);
    if (Object.keys(problems).length > 0) return;
    await booking.send({
      classId: cls.id,
      spots,
      guest: { name: customer.name.trim(), email: customer.email.trim() },
      ...(cls.price.amount > 0 ? { paymentMethod: payment } : {}),
    });
  };
  return (
    <StaffForm
      title={t('onBehalf.classTitle')}
      onSubmit={submit}
      onClose={() => setOpen(false)}
      busy={booking.busy}
      error={booking.error}
      fieldErrors={booking.fieldErrors}
    >
      <CustomerFields value={customer} onChange={setCustomer} errors={booking.fieldErrors} />
      <Field label={t('checkout.spots')} error={booking.fieldErrors.spots}>
        {(control) => (
          <input
            {...control}
            type="number"
            min={1}
            max={Math.max(1, Math.min(cls.maxSpotsPerCustomer, cls.spotsLeft))}
            value={spots}
            onChange={(e) => setSpots(Math.max(1, Number(e.target.value) || 1))}
          />
        )}
      </Field>
      {cls.price.amount > 0 && <StaffPaymentField value={payment} onChange={setPayment} />}
    </StaffForm>
  );
}

/** The frame of a booking form staff fill in for a customer. */
export function StaffForm({
  title,
  onSubmit,
  onClose,
  busy,
  error,
  fieldErrors,
  children,
}: {
  title: string;
  onSubmit(event: FormEvent): void;
  onClose?: () => void;
  busy: boolean;
  error: unknown;
  fieldErrors: Record<string, string>;
  children: ReactNode;
}) {
  const { t } = useApp();
  return (
    <form className="checkout staff-booking" onSubmit={onSubmit} noValidate aria-label={title}>
      <h2>{title}</h2>
      {children}
      {error !== null && <ErrorNotice error={error} shownFields={Object.keys(fieldErrors)} />}
      <p className="row-actions">
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? t('checkout.submitting') : t('onBehalf.submit')}
        </button>
        {onClose && (
          <button type="button" className="button button-quiet" onClick={onClose}>
            {t('onBehalf.close')}
          </button>
        )}
      </p>
    </form>
  );
}
