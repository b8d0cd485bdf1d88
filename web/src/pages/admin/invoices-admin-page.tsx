import { useState } from 'react';
import { api } from '../../api/api';
import { type InvoiceSummary, downloadFile } from '../../api/client';
import { useApp } from '../../app-context';
import { ExportsCard } from './exports-card';
import { ErrorNotice } from '../../components/notice';
import { formatMoney } from '../../format';
import { useLoad } from '../../hooks/use-load';
import { usePageTitle } from '../../hooks/use-page-title';
import type { MessageKey } from '../../i18n/messages';
import { Link, useLocation } from '../../router';
import { AdminLayout } from './admin-layout';
import { scrollRegion } from '../../components/scroll-region';

export function InvoicesAdminPage() {
  return (
    <AdminLayout section="invoices">
      <Invoices />
    </AdminLayout>
  );
}

const statuses: InvoiceSummary['status'][] = ['open', 'overdue', 'paid', 'credited', 'void'];

/** Invoices, receipts and credit notes, newest first, filtered by status (kept in the URL). */
function Invoices() {
  const { locale, t } = useApp();
  const { query } = useLocation();
  const status = statuses.find((s) => s === query.get('status'));
  const loaded = useLoad(() => api.invoices(status), [status]);
  const [failed, setFailed] = useState<unknown>(null);
  usePageTitle(t('admin.invoices'));
  const money = (invoice: InvoiceSummary, amount: number) =>
    formatMoney({ amount, currency: invoice.currency }, locale);
  const download = (invoice: InvoiceSummary) =>
    downloadFile(`/api/v1/invoices/${invoice.id}/pdf`, `invoice-${invoice.number}.pdf`).catch(setFailed);

  return (
    <section>
      <h1>{t('admin.invoices')}</h1>
      <nav className="tabs" aria-label={t('admin.invoices')}>
        <Link to="/admin/invoices" aria-current={status === undefined ? 'page' : undefined}>
          {t('invoices.all')}
        </Link>
        {statuses.map((s) => (
          <Link key={s} to={`/admin/invoices?status=${s}`} aria-current={status === s ? 'page' : undefined}>
            {t(`myInvoices.status.${s}` as MessageKey)}
          </Link>
        ))}
      </nav>
      {loaded.error !== null && <ErrorNotice error={loaded.error} />}
      {failed !== null && <ErrorNotice error={failed} />}
      {loaded.data && loaded.data.invoices.length === 0 && <p className="empty">{t('invoices.none')}</p>}
      {loaded.data && loaded.data.invoices.length > 0 && (
        <div className="table-wrap" {...scrollRegion(t('admin.invoices'))}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('myInvoices.number')}</th>
                <th scope="col">{t('invoices.kind')}</th>
                <th scope="col">{t('invoices.customer')}</th>
                <th scope="col">{t('myInvoices.issued')}</th>
                <th scope="col">{t('myInvoices.total')}</th>
                <th scope="col">{t('invoices.due')}</th>
                <th scope="col">{t('invoices.status')}</th>
                <th scope="col">PDF</th>
              </tr>
            </thead>
            <tbody>
              {loaded.data.invoices.map((invoice) => (
                <tr key={invoice.id}>
                  <td>{invoice.number}</td>
                  <td>{t(`myInvoices.kind.${invoice.kind}` as MessageKey)}</td>
                  <td className="break">{invoice.buyer.name}</td>
                  <td className="nowrap">{invoice.issueDate}</td>
                  <td className="nowrap">{money(invoice, invoice.totals.gross)}</td>
                  <td className="nowrap">{money(invoice, invoice.totals.due)}</td>
                  <td>{t(`myInvoices.status.${invoice.status}` as MessageKey)}</td>
                  <td>
                    <button type="button" className="button" onClick={() => void download(invoice)}>
                      {t('myInvoices.download')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <ExportsCard />
    </section>
  );
}
