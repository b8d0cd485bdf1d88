import { type FormEvent, useState } from 'react';
import { type PaymentHistoryQuery, api } from '../../api/api';
import { type PaymentHistoryEntry, downloadFile } from '../../api/client';
import { useApp } from '../../app-context';
import { Field } from '../../components/field';
import { ErrorNotice } from '../../components/notice';
import { RequireUser } from '../../components/require-user';
import { formatInstant, formatMoney, todayIn } from '../../format';
import { useLoad } from '../../hooks/use-load';
import { usePageTitle } from '../../hooks/use-page-title';
import type { MessageKey } from '../../i18n/messages';
import { scrollRegion } from '../../components/scroll-region';
import { useShownTimes } from '../../time-zone';

export function PaymentsPage() {
  return (
    <RequireUser>
      <Payments />
    </RequireUser>
  );
}

type Filter = Omit<PaymentHistoryQuery, 'limit' | 'cursor'>;
const kinds = ['payment', 'refund', 'credit_use', 'credit_return'] as const;
const methods = ['card', 'swish', 'bank_transfer', 'credits'] as const;
const statuses = ['succeeded', 'pending', 'failed', 'cancelled'] as const;
const PAGE = 20;

/** The filter as a query string for the downloads, which take the same filters as the list. */
const queryOf = (filter: Filter, format: 'csv' | 'json') =>
  new URLSearchParams({
    ...Object.fromEntries(Object.entries(filter).filter(([, value]) => value !== undefined && value !== '')),
    format,
  }).toString();

/** Payments, refunds and credit uses, newest first, a page at a time, with filters and downloads. */
function Payments() {
  const { org, locale, t } = useApp();
  const times = useShownTimes();
  usePageTitle(t('history.title'));
  const [form, setForm] = useState<Record<'year' | 'kind' | 'method' | 'status' | 'from' | 'to', string>>({
    year: '',
    kind: '',
    method: '',
    status: '',
    from: '',
    to: '',
  });
  const [filter, setFilter] = useState<Filter>({});
  // Keyset pages: the cursors of the pages before this one, to go back to newer entries.
  const [cursors, setCursors] = useState<string[]>([]);
  const cursor = cursors.at(-1);
  const loaded = useLoad(
    () => api.myPayments({ ...filter, limit: PAGE, ...(cursor ? { cursor } : {}) }),
    [filter, cursor],
  );
  const [failed, setFailed] = useState<unknown>(null);
  const thisYear = Number(todayIn(org.timeZone).slice(0, 4));
  const years = Array.from({ length: 5 }, (_, i) => thisYear - i);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const chosen: Filter = {};
    if (form.year) chosen.year = Number(form.year);
    if (form.kind) chosen.kind = form.kind as Filter['kind'];
    if (form.method) chosen.method = form.method as Filter['method'];
    if (form.status) chosen.status = form.status as Filter['status'];
    if (form.from) chosen.from = form.from;
    if (form.to) chosen.to = form.to;
    setCursors([]);
    setFilter(chosen);
  };
  const set = (key: keyof typeof form) => (event: { target: { value: string } }) =>
    setForm((current) => ({ ...current, [key]: event.target.value }));
  const download = (format: 'csv' | 'json') => {
    setFailed(null);
    downloadFile(`/api/v1/me/payments/export?${queryOf(filter, format)}`, `payments.${format}`).catch(setFailed);
  };

  const amount = (entry: PaymentHistoryEntry) =>
    entry.amount !== null && entry.currency
      ? formatMoney({ amount: entry.amount, currency: entry.currency }, locale)
      : t('history.credits', { count: entry.credits ?? 0 });
  const entries = loaded.data?.entries ?? [];
  const nextCursor = loaded.data?.nextCursor ?? null;

  return (
    <section>
      <h1>{t('history.title')}</h1>
      <form className="filters" onSubmit={submit}>
        <Field label={t('history.year')}>
          {(control) => (
            <select {...control} value={form.year} onChange={set('year')}>
              <option value="">{t('history.any')}</option>
              {years.map((year) => (
                <option key={year} value={year}>
                  {year}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('history.kind')}>
          {(control) => (
            <select {...control} value={form.kind} onChange={set('kind')}>
              <option value="">{t('history.any')}</option>
              {kinds.map((kind) => (
                <option key={kind} value={kind}>
                  {t(`history.kind.${kind}` as MessageKey)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('history.method')}>
          {(control) => (
            <select {...control} value={form.method} onChange={set('method')}>
              <option value="">{t('history.any')}</option>
              {methods.map((method) => (
                <option key={method} value={method}>
                  {t(`history.method.${method}` as MessageKey)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('history.status')}>
          {(control) => (
            <select {...control} value={form.status} onChange={set('status')}>
              <option value="">{t('history.any')}</option>
              {statuses.map((status) => (
                <option key={status} value={status}>
                  {t(`history.status.${status}` as MessageKey)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('history.from')}>
          {(control) => <input {...control} type="date" value={form.from} onChange={set('from')} />}
        </Field>
        <Field label={t('history.to')}>
          {(control) => <input {...control} type="date" value={form.to} onChange={set('to')} />}
        </Field>
        <button type="submit" className="button">
          {t('history.show')}
        </button>
      </form>
      <p className="actions">
        <button type="button" className="button button-quiet" onClick={() => download('csv')}>
          {t('history.downloadCsv')}
        </button>{' '}
        <button type="button" className="button button-quiet" onClick={() => download('json')}>
          {t('history.downloadJson')}
        </button>
      </p>
      {loaded.error !== null && <ErrorNotice error={loaded.error} />}
      {failed !== null && <ErrorNotice error={failed} />}
      {loaded.loading && !loaded.data && <p>{t('app.loading')}</p>}
      {loaded.data && entries.length === 0 && <p className="empty">{t('history.empty')}</p>}
      {entries.length > 0 && (
        <div className="table-wrap" {...scrollRegion(t('history.title'))}>
          <table data-testid="payment-history">
            <thead>
              <tr>
                <th scope="col">{t('history.date')}</th>
                <th scope="col">{t('history.kind')}</th>
                <th scope="col">{t('history.for')}</th>
                <th scope="col">{t('history.amount')}</th>
                <th scope="col">{t('history.method')}</th>
                <th scope="col">{t('history.status')}</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((entry) => (
                <tr key={`${entry.kind}-${entry.id}`}>
                  <td className="nowrap">{formatInstant(entry.occurredAt, 'shortDateTime', locale, org.timeZone)}</td>
                  <td>{t(`history.kind.${entry.kind}` as MessageKey)}</td>
                  <td className="break">
                    {entry.title ?? ''}
                    {entry.startsAt && (
                      <>
                        <br />
                        <small>{times.named(entry.startsAt, 'shortDateTime', entry.timeZone ?? org.timeZone)}</small>
                      </>
                    )}
                  </td>
                  <td className="nowrap">{amount(entry)}</td>
                  <td>{t(`history.method.${entry.method}` as MessageKey)}</td>
                  <td>{t(`history.status.${entry.status}` as MessageKey)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {(cursors.length > 0 || nextCursor !== null) && (
        <p className="actions">
          {cursors.length > 0 && (
            <button type="button" className="button button-quiet" onClick={() => setCursors((c) => c.slice(0, -1))}>
              {t('history.newer')}
            </button>
          )}{' '}
          {nextCursor !== null && (
            <button type="button" className="button button-quiet" onClick={() => setCursors((c) => [...c, nextCursor])}>
              {t('history.older')}
            </button>
          )}
        </p>
      )}
    </section>
  );
}
