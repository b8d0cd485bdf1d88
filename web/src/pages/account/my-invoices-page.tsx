import { useState } from 'react';
import { api } from '../../api/api';
import { type InvoiceSummary, downloadFile } from '../../api/client';
import { useApp } from '../../app-context';
import { ErrorNotice } from '../../components/notice';
import { RequireUser } from '../../components/require-user';
import { formatMoney } from '../../format';
import { useLoad } from '../../hooks/use-load';
import { usePageTitle } from '../../hooks/use-page-title';
import type { MessageKey } from '../../i18n/messages';

export function MyInvoicesPage() {
  return (
    <RequireUser>
      <MyInvoices />
    </RequireUser>
  );
}

function MyInvoices() {
  const { t, locale } = useApp();
  const loaded = useLoad(() => api.myInvoices(), []);
  const [failed, setFailed] = useState<unknown>(null);
  usePageTitle(t('myInvoices.title'));
  const invoices = loaded.data?.invoices ?? [];
  const money = (invoice: InvoiceSummary, amount: number) =>
    formatMoney({ amount, currency: invoice.currency }, locale);
  const download = (invoice: InvoiceSummary) =>
    downloadFile(`/api/v1/me/invoices/${invoice.id}/pdf`, `invoice-${invoice.number}.pdf`).catch(setFailed);

  return (
    <section className="narrow">
      <h1>{t('myInvoices.title')}</h1>
      {loaded.error !== null && <ErrorNotice error={loaded.error} />}
      {failed !== null && <ErrorNotice error={failed} />}
      {loaded.loading && !loaded.data && <p>{t('app.loading')}</p>}
      {loaded.data && invoices.length === 0 && <p className="empty">{t('myInvoices.empty')}</p>}
      <ul className="booking-list">
        {invoices.map((invoice) => (
          <li key={invoice.id} className="card">
            <h2>
              {t(`myInvoices.kind.${invoice.kind}` as MessageKey)} {invoice.number}
            </h2>
            <p>
              {t('myInvoices.issued')}: {invoice.issueDate} · {t('myInvoices.total')}:{' '}
              {money(invoice, invoice.totals.gross)} · {t(`myInvoices.status.${invoice.status}` as MessageKey)}
            </p>
            {invoice.totals.due > 0 && (
              <p>{t('myInvoices.due', { amount: money(invoice, invoice.totals.due), date: invoice.dueDate })}</p>
            )}
            <button type="button" className="button" onClick={() => void download(invoice)}>
              {t('myInvoices.download')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
