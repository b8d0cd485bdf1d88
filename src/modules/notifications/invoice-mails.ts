/** The invoice mails: issued (with the PDF), overdue (a reminder, with the PDF), paid (the receipt). */
import { orgAddress } from '../../platform/context.ts';
import type { Db } from '../../platform/db.ts';
import { formatMoney } from '../../platform/format.ts';
import type { Locale } from '../../platform/i18n.ts';
import { type JobHandler, type JobRow, PermanentJobError } from '../../platform/jobs.ts';
import { type Mailer, senderOf } from '../../platform/mail.ts';
import { type InvoiceDocument, loadInvoiceDocument } from '../invoices/invoices.service.ts';
import { renderInvoicePdf } from '../invoices/invoices.pdf.ts';
import { amountDue } from '../invoices/invoices.totals.ts';
import { findOrganisationById } from '../orgs/orgs.repo.ts';
import { findCustomer } from '../customers/customers.repo.ts';
import { wantsMail } from './notifications.service.ts';
import { manageToken, manageUrl } from '../bookings/bookings.dto.ts';
import { type RenderedMail, renderMail } from './mail-layout.ts';

const text = {
  en: {
    hello: (name: string) => `Hi ${name},`,
    kind: { invoice: 'Invoice', receipt: 'Receipt', credit_note: 'Credit note' },
    issuedSubject: (kind: string, number: number, org: string) => `${kind} ${number} from ${org}`,
    issuedBody: {
      invoice: 'Here is your invoice; the PDF is attached.',
      receipt: 'Thank you for your payment. Your receipt is attached as a PDF.',
      credit_note: 'We have credited an earlier invoice. The credit note is attached as a PDF.',
    },
    overdueSubject: (number: number) => `Reminder: invoice ${number} is overdue`,
    overdueBody: (number: number, due: string) =>
      `We have not yet received the payment of invoice ${number}, due on ${due}. If you have already paid, please disregard this reminder.`,
    paidSubject: (number: number) => `Receipt: invoice ${number} is paid`,
    paidBody: (number: number) => `Thank you: invoice ${number} is paid in full. The receipt is attached as a PDF.`,
    number: 'Number',
    total: 'Total',
    due: 'Amount due',
    dueDate: 'Due date',
    pay: 'Pay online',
  },
  sv: {
    hello: (name: string) => `Hej ${name},`,
    kind: { invoice: 'Faktura', receipt: 'Kvitto', credit_note: 'Kreditfaktura' },
    issuedSubject: (kind: string, number: number, org: string) => `${kind} ${number} från ${org}`,
    issuedBody: {
      invoice: 'Här är din faktura; pdf-filen är bifogad.',
      receipt: 'Tack för din betalning. Kvittot är bifogat som pdf.',
      credit_note: 'Vi har krediterat en tidigare faktura. Kreditfakturan är bifogad som pdf.',
    },
    overdueSubject: (number: number) => `Påminnelse: faktura ${number} har förfallit`,
    overdueBody: (number: number, due: string) =>
      `Vi har ännu inte fått betalningen av faktura ${number}, som förföll ${due}. Om du redan har betalat kan du bortse från den här påminnelsen.`,
    paidSubject: (number: number) => `Kvitto: faktura ${number} är betald`,
    paidBody: (number: number) => `Tack! Faktura ${number} är betald i sin helhet. Kvittot är bifogat som pdf.`,
    number: 'Nummer',
    total: 'Summa',
    due: 'Att betala',
    dueDate: 'Förfallodatum',
    pay: 'Betala online',
  },
} as const;

type Which = 'issued' | 'overdue' | 'paid';

/**
 * `payUrl`: where the customer pays what is due (their invoices in the portal, or a guest's manage
 * link); shown while something is due.
 */
export function invoiceMail(
  which: Which,
  { invoice }: InvoiceDocument,
  orgName: string,
  payUrl: string | null = null,
): RenderedMail {
  const locale: Locale = invoice.locale;
  const t = text[locale];
  const money = (amount: number) => formatMoney(amount, invoice.currency, locale);
  const details: [string, string][] = [
    [t.number, String(invoice.number)],
    [t.total, money(invoice.grossTotal)],
  ];
  if (amountDue(invoice) > 0) details.push([t.due, money(amountDue(invoice))], [t.dueDate, invoice.dueDate]);
  const subject =
    which === 'issued'
      ? t.issuedSubject(t.kind[invoice.kind], invoice.number, orgName)
      : which === 'overdue'
        ? t.overdueSubject(invoice.number)
        : t.paidSubject(invoice.number);
  const body =
    which === 'issued'
      ? t.issuedBody[invoice.kind]
      : which === 'overdue'
        ? t.overdueBody(invoice.number, invoice.dueDate)
        : t.paidBody(invoice.number);
  return renderMail({
    subject,
    greeting: t.hello(invoice.buyer.name),
    paragraphs: [body],
    details,
    ...(payUrl && amountDue(invoice) > 0 && which !== 'paid' ? { action: { label: t.pay, url: payUrl } } : {}),
    signature: orgName,
  });
}

export interface InvoiceMailDeps {
  db: Db;
  mailer: Mailer;
  defaultFrom: string;
  publicUrl: string;
  /** Signs a guest's manage link, where a booking's invoice is paid without an account. */
  tokenKey: Buffer;
}

/** A customer with an account pays in the portal; a guest by the booking's manage link. */
async function payUrlOf(
  deps: InvoiceMailDeps,
  org: { slug: string },
  invoice: InvoiceDocument['invoice'],
): Promise<string | null> {
  const customer = invoice.customerId ? await findCustomer(deps.db, invoice.orgId, invoice.customerId) : undefined;
  if (customer?.userId) return `${orgAddress(deps.publicUrl, org)}/account/invoices`;
  return invoice.bookingId ? manageUrl(deps.publicUrl, org, manageToken(deps.tokenKey, invoice.bookingId)) : null;
}

const jobKinds = {
  issued: 'mail.invoice_issued',
  overdue: 'mail.invoice_overdue',
  paid: 'mail.invoice_paid',
} as const;

/** Each re-reads the invoice and may find that the mail no longer fits (paid before the reminder went). */
export function invoiceMailHandlers(
  deps: InvoiceMailDeps,
): Record<(typeof jobKinds)[keyof typeof jobKinds], JobHandler> {
  const handler = (which: Which) => async (job: JobRow) => {
    const invoiceId = (job.payload as { invoiceId?: string }).invoiceId;
    if (!invoiceId) throw new PermanentJobError('invoice mail job without invoiceId');
    const [doc, org] = await Promise.all([
      loadInvoiceDocument(deps.db, job.orgId, invoiceId),
      findOrganisationById(deps.db, job.orgId),
    ]);
    if (!doc || !org) return 'skipped: the invoice is gone';
    if (which === 'overdue' && doc.invoice.status !== 'overdue') return `skipped: the invoice is ${doc.invoice.status}`;
    // The buyer's address on an issued invoice never changes; the account's wishes are read from it.
    const customer = doc.invoice.customerId ? await findCustomer(deps.db, job.orgId, doc.invoice.customerId) : null;
    if (customer?.anonymisedAt) return 'skipped: the customer deleted their account';
    if (customer && !(await wantsMail(deps.db, customer, 'notifyInvoices'))) return 'skipped: invoice mails are off';
    const pdf = await renderInvoicePdf(doc);
    await deps.mailer.send({
      ...senderOf(org, deps.defaultFrom),
      to: doc.invoice.buyer.email,
      ...invoiceMail(which, doc, org.name, await payUrlOf(deps, org, doc.invoice)),
      attachments: [{ filename: `invoice-${doc.invoice.number}.pdf`, content: pdf, contentType: 'application/pdf' }],
      messageId: `<job-${job.id}@slotwise>`,
    });
    return 'sent';
  };
  return {
    [jobKinds.issued]: handler('issued'),
    [jobKinds.overdue]: handler('overdue'),
    [jobKinds.paid]: handler('paid'),
  };
}
