import { useEffect, useState } from 'react';
import { api } from '../../api/api';
import { type InvoiceSummary, downloadFile } from '../../api/client';
import { useApp } from '../../app-context';
import { ErrorNotice, Notice } from '../../components/notice';
import { RequireUser } from '../../components/require-user';
import { formatMoney } from '../../format';
import { useLoad } from '../../hooks/use-load';
import { usePageTitle } from '../../hooks/use-page-title';
import type { MessageKey } from '../../i18n/messages';
import { useLocation } from '../../router';
import { PayDue } from './pay-due';

/** An invoice the customer can pay online now. */
const payable = (invoice: InvoiceSummary) =>
  invoice.kind === 'invoice' && (invoice.status === 'open' || invoice.status === 'overdue') && invoice.totals.due > 0;

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
  const [paidNow, setPaidNow] = useState(false);
  const { query } = useLocation();
  const returnedIntent = query.get('payment_intent');
  const returnFailed = query.get('redirect_status') === 'failed';
  usePageTitle(t('myInvoices.title'));
  const { reload } = loaded;
  const paid = () => {
    setPaidNow(true);
    reload();
  };
  // A card method that left the page comes back here: settle it from Stripe's record.
  useEffect(() => {
    if (!returnedIntent || returnFailed) return;
    void api
      .confirmCardPayment(returnedIntent)
      .catch(() => null)
      .then(() => {
        setPaidNow(true);
        reload();
      });
  }, [returnedIntent, returnFailed, reload]);
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
      {paidNow && <Notice kind="success">{t('due.paidNow')}</Notice>}
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
            {payable(invoice) && (
              <PayDue
                due={{ amount: invoice.totals.due, currency: invoice.currency }}
                label={`${t('myInvoices.kind.invoice')} ${invoice.number}`}
                pay={(input) => api.payMyInvoice(invoice.id, input)}
                returnPath="/account/invoices"
                onPaid={paid}
              />
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
