import { useState } from 'react';
import { api } from '../../api/api';
import type { Booking, Payment } from '../../api/client';
import { useApp } from '../../app-context';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { Field } from '../../components/field';
import { formatMoney, moneyInputValue, parseMoneyInput } from '../../format';
import { useAttempt } from '../../hooks/use-attempt';
import { useLoad } from '../../hooks/use-load';
import { useIsAdmin } from './admin-layout';

/**
 * What staff can do about a booking's payment: mark a Swish or bank transfer payment as arrived,
 * and (admins) refund all or part of a paid booking.
 */
/**
 * In a staff cancel dialog: what happens to money already paid. A card is refunded by the
 * cancellation terms at once; Swish and transfers wait on the refunds queue for a person to pay back.
 */
export function CancelMoneyNote({ booking }: { booking: Booking }) {
  const { t } = useApp();
  if (booking.paymentStatus !== 'paid' && booking.paymentStatus !== 'partially_refunded') return null;
  if (booking.paymentMethod === 'card') return <p>{t('bookings.cancelMoney.card')}</p>;
  if (booking.paymentMethod === 'swish' || booking.paymentMethod === 'bank_transfer')
    return <p>{t('bookings.cancelMoney.manual')}</p>;
  return null;
}

/** A payment method inside a sentence ("by bank transfer"), as its own words rather than a capitalised label. */
const manualMethod = (method: Booking['paymentMethod'], t: ReturnType<typeof useApp>['t']) =>
  method === 'swish' ? t('via.swish') : method === 'bank_transfer' ? t('via.bank_transfer') : t(`payment.${method}`);

/**
 * Staff cancelling a booking: the question (with what happens to money paid), then the cancellation.
 * `text` says what the cancel means here when the page knows better (a late cancel).
 */
export function CancelBookingDialog({
  booking,
  text,
  onCancelled,
  onClose,
}: {
  booking: Booking;
  text?: string;
  onCancelled(message: string): void;
  onClose(): void;
}) {
  const { t } = useApp();
  const { busy, error, attempt } = useAttempt();
  const name = booking.customer?.name ?? '';
  const cancel = () =>
    attempt(async () => {
      await api.cancelBooking(booking.id);
      onCancelled(t('bookings.cancelled', { name }));
    });
  return (
    <ConfirmDialog
      title={t('bookings.cancelTitle', { name })}
      confirmLabel={t('bookings.cancelYes')}
      cancelLabel={t('bookings.keep')}
      danger
      busy={busy}
      error={error}
      onConfirm={() => void cancel()}
      onClose={onClose}
    >
      <p>{text ?? t(booking.kind === 'appointment' ? 'bookings.cancelTextAppointment' : 'bookings.cancelText')}</p>
      <CancelMoneyNote booking={booking} />
    </ConfirmDialog>
  );
}

export function PaymentActions({ booking, onDone }: { booking: Booking; onDone(message: string): void }) {
  const { t } = useApp();
  const isAdmin = useIsAdmin();
  const [open, setOpen] = useState<'markPaid' | 'refund' | null>(null);
  const name = booking.customer?.name ?? '';
  const paymentId = booking.paymentId;
  if (!paymentId) return null;
  const canMarkPaid =
    booking.status === 'pending' &&
    booking.paymentStatus === 'pending' &&
    (booking.paymentMethod === 'swish' || booking.paymentMethod === 'bank_transfer');
  const canRefund = isAdmin && (booking.paymentStatus === 'paid' || booking.paymentStatus === 'partially_refunded');
  const done = (message: string) => {
    setOpen(null);
    onDone(message);
  };
  return (
    <>
      {canMarkPaid && (
        <button
          type="button"
          className="button button-small"
          onClick={() => setOpen('markPaid')}
          aria-label={`${t('bookings.markPaid')}: ${name}`}
        >
          {t('bookings.markPaid')}
        </button>
      )}
      {canRefund && (
        <button
          type="button"
          className="button button-small button-quiet"
          onClick={() => setOpen('refund')}
          aria-label={`${t('bookings.refund')} ${name}`}
        >
          {t('bookings.refund')}
        </button>
      )}
      {open === 'markPaid' && (
        <MarkPaidDialog booking={booking} paymentId={paymentId} onDone={done} onClose={() => setOpen(null)} />
      )}
      {open === 'refund' && (
        <RefundDialog paymentId={paymentId} name={name} onDone={done} onClose={() => setOpen(null)} />
      )}
    </>
  );
}

function MarkPaidDialog({
  booking,
  paymentId,
  onDone,
  onClose,
}: {
  booking: Booking;
  paymentId: string;
  onDone(message: string): void;
  onClose(): void;
}) {
  const { locale, t } = useApp();
  const payment = useLoad(() => api.payment(paymentId), [paymentId]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const name = booking.customer?.name ?? '';

  const confirm = async () => {
    setBusy(true);
    setError(null);
    try {
      const settlement = await api.markPaid(paymentId);
      onDone(
        settlement.outcome === 'unbookable' ? t('bookings.markedPaidUnbookable') : t('bookings.markedPaid', { name }),
      );
    } catch (failure) {
      setError(failure);
      setBusy(false);
    }
  };

  return (
    <ConfirmDialog
      title={t('bookings.markPaidTitle', { name })}
      confirmLabel={t('bookings.markPaidYes')}
      cancelLabel={t('admin.close')}
      busy={busy}
      error={error ?? payment.error}
      onConfirm={confirm}
      onClose={onClose}
    >
      <p>
        {t('bookings.markPaidText', {
          // What this payment asks (a deposit, say), once read; the booking's price until then.
          amount: formatMoney(
            payment.data ? { amount: payment.data.amount, currency: payment.data.currency } : booking.price,
            locale,
          ),
          method: manualMethod(booking.paymentMethod, t),
        })}
      </p>
      {payment.data?.reference && <p>{t('bookings.reference', { reference: payment.data.reference })}</p>}
    </ConfirmDialog>
  );
}

/** A refund of all or part of what is left of a payment, with what was paid and refunded before. */
export function RefundDialog({
  paymentId,
  name,
  onDone,
  onClose,
}: {
  paymentId: string;
  name: string;
  onDone(message: string): void;
  onClose(): void;
}) {
  const { locale, t } = useApp();
  const loaded = useLoad(() => api.payment(paymentId), [paymentId]);
  const payment = loaded.data;
  // Until the admin types, the amount is everything that is left.
  const [typed, setTyped] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const [fieldErrors, setFieldErrors] = useState<{ amount?: string; reason?: string }>({});
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const money = (amount: number) => (payment ? formatMoney({ amount, currency: payment.currency }, locale) : '');
  const amount = typed ?? (payment ? moneyInputValue({ amount: payment.refundable, currency: payment.currency }) : '');

  const confirm = async () => {
    if (!payment) return;
    const minor = parseMoneyInput(amount, payment.currency);
    const problems: { amount?: string; reason?: string } = {};
    if (minor === null || minor === 0) problems.amount = t('form.price');
    else if (minor > payment.refundable) problems.amount = t('refund.tooMuch', { amount: money(payment.refundable) });
    if (!reason.trim()) problems.reason = t('form.required');
    setFieldErrors(problems);
    if (minor === null || Object.keys(problems).length > 0) return;
    setBusy(true);
    setError(null);
    try {
      const refund = await api.refund(payment.id, { amount: minor, reason: reason.trim() });
      onDone(t(`refund.done.${refund.status}`, { amount: formatMoney(refund.amount, locale) }));
    } catch (failure) {
      setError(failure);
      setBusy(false);
    }
  };

  return (
    <ConfirmDialog
      title={t('refund.title', { name })}
      confirmLabel={t('refund.submit')}
      cancelLabel={t('admin.close')}
      danger
      busy={busy || !payment || payment.refundable === 0}
      error={error ?? loaded.error}
      onConfirm={confirm}
      onClose={onClose}
    >
      {!payment && loaded.error === null && <p>{t('app.loading')}</p>}
      {payment && (
        <>
          <RefundSummary payment={payment} money={money} />
          {(payment.method === 'swish' || payment.method === 'bank_transfer') && payment.refundable > 0 && (
            <p className="notice notice-info">{t('refund.manual', { method: manualMethod(payment.method, t) })}</p>
          )}
          {payment.refundable === 0 ? (
            <p>{t('refund.nothingLeft')}</p>
          ) : (
            <>
              <Field
                label={t('refund.amount', { currency: payment.currency })}
                hint={t('refund.amountHint')}
                error={fieldErrors.amount}
              >
                {(control) => (
                  <input {...control} inputMode="decimal" value={amount} onChange={(e) => setTyped(e.target.value)} />
                )}
              </Field>
              <Field label={t('refund.reason')} hint={t('refund.reasonHint')} error={fieldErrors.reason}>
                {(control) => (
                  <input {...control} value={reason} maxLength={500} onChange={(e) => setReason(e.target.value)} />
                )}
              </Field>
            </>
          )}
        </>
      )}
    </ConfirmDialog>
  );
}

function RefundSummary({ payment, money }: { payment: Payment; money(amount: number): string }) {
  const { t } = useApp();
  return (
    <dl className="facts facts-plain">
      <dt>{t('refund.paid')}</dt>
      <dd>{money(payment.amount)}</dd>
      <dt>{t('refund.refunded')}</dt>
      <dd>{money(payment.refunded)}</dd>
      {payment.refundPending > 0 && (
        <>
          <dt>{t('refund.pending')}</dt>
          <dd>{money(payment.refundPending)}</dd>
        </>
      )}
      <dt>{t('refund.refundable')}</dt>
      <dd>
        <strong>{money(payment.refundable)}</strong>
      </dd>
    </dl>
  );
}
