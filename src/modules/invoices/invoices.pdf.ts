/**
 * An invoice, receipt or credit note as a PDF (pdfkit), in the invoice's language. The built-in
 * Helvetica keeps the file small and its text extractable; it covers Swedish letters (WinAnsi), and
 * the few characters Intl uses that WinAnsi lacks (the minus sign, narrow and non-breaking spaces) are
 * written as their plain forms. A document is a page or two, rendered in a few milliseconds.
 */
import { createRequire } from 'node:module';
import type PDFDocument from 'pdfkit';
import { formatMoney } from '../../platform/format.ts';
import type { Locale } from '../../platform/i18n.ts';
import type { InvoiceLineRow, InvoiceRow, SellerSnapshot } from './invoices.tables.ts';
import { amountDue } from './invoices.totals.ts';

const labels = {
  en: {
    title: { invoice: 'Invoice', receipt: 'Receipt', credit_note: 'Credit note' },
    number: 'Number',
    issueDate: 'Issue date',
    dueDate: 'Due date',
    seller: 'From',
    buyer: 'To',
    orgNumber: 'Org. no.',
    vatNumber: 'VAT no.',
    description: 'Description',
    quantity: 'Qty',
    unitPrice: 'Unit price',
    vat: 'VAT',
    amount: 'Amount',
    net: 'Net',
    rate: (rate: string) => `${rate}%`,
    vatLine: (rate: string, net: string) => `VAT ${rate}% of ${net}`,
    total: 'Total',
    paid: 'Paid',
    due: 'Due',
    payment: 'Payment details',
    bankAccount: 'Bank account',
    bankgiro: 'Bankgiro',
    swish: 'Swish',
    reference: 'Reference',
    creditFor: (number: number) => `Credit note for invoice ${number}`,
    pricesInclude: 'Prices include VAT.',
    pricesExclude: 'Prices exclude VAT.',
  },
  sv: {
    title: { invoice: 'Faktura', receipt: 'Kvitto', credit_note: 'Kreditfaktura' },
    number: 'Nummer',
    issueDate: 'Fakturadatum',
    dueDate: 'Förfallodatum',
    seller: 'Från',
    buyer: 'Till',
    orgNumber: 'Org.nr',
    vatNumber: 'Momsreg.nr',
    description: 'Beskrivning',
    quantity: 'Antal',
    unitPrice: 'À-pris',
    vat: 'Moms',
    amount: 'Belopp',
    net: 'Netto',
    rate: (rate: string) => `${rate} %`,
    vatLine: (rate: string, net: string) => `Moms ${rate} % av ${net}`,
    total: 'Summa',
    paid: 'Betalt',
    due: 'Att betala',
    payment: 'Betalningsuppgifter',
    bankAccount: 'Bankkonto',
    bankgiro: 'Bankgiro',
    swish: 'Swish',
    reference: 'Referens',
    creditFor: (number: number) => `Kreditfaktura för faktura ${number}`,
    pricesInclude: 'Priserna är inklusive moms.',
    pricesExclude: 'Priserna är exklusive moms.',
  },
} as const;

const intlLocale: Record<Locale, string> = { en: 'en-GB', sv: 'sv-SE' };

/** The plain forms of what WinAnsi cannot draw. */
export const pdfSafe = (text: string): string => text.replace(/\u2212/g, '-').replace(/[\u00a0\u202f\u2009]/g, ' ');

/** A local date ('YYYY-MM-DD', already in the organisation's zone) for people. */
function formatDate(date: string, locale: Locale): string {
  return new Intl.DateTimeFormat(intlLocale[locale], { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${date}T00:00:00Z`),
  );
}

/** 2500 → "25" (the labels add the sign as each language writes it). */
const formatRate = (basisPoints: number, locale: Locale) =>
  new Intl.NumberFormat(intlLocale[locale], { maximumFractionDigits: 2 }).format(basisPoints / 100);

function sellerLines(seller: SellerSnapshot, t: (typeof labels)[Locale]): string[] {
  const place = [seller.postcode, seller.city].filter(Boolean).join(' ');
  return [
    seller.name,
    ...seller.addressLines,
    ...(place ? [place] : []),
    ...(seller.country ? [seller.country] : []),
    ...(seller.orgNumber ? [`${t.orgNumber} ${seller.orgNumber}`] : []),
    ...(seller.vatNumber ? [`${t.vatNumber} ${seller.vatNumber}`] : []),
  ];
}

/**
 * pdfkit, loaded on first use: with its fonts and decoders it is about 10 MB of a server's memory, and
 * most processes never render an invoice (issue 14: the embedded server's memory).
 */
export const pdfKit = (): typeof PDFDocument => createRequire(import.meta.url)('pdfkit') as typeof PDFDocument;

export interface PdfInput {
  invoice: InvoiceRow;
  lines: InvoiceLineRow[];
  creditsNumber: number | null;
  logo?: Buffer | null;
}

export function renderInvoicePdf({ invoice, lines, creditsNumber, logo }: PdfInput): Promise<Buffer> {
  const locale = invoice.locale;
  const t = labels[locale];
  const money = (amount: number) => pdfSafe(formatMoney(amount, invoice.currency, locale));
  const title = t.title[invoice.kind];
  const PdfDocument = pdfKit();
  const doc = new PdfDocument({
    size: 'A4',
    margin: 50,
    // Fixed from the invoice, so the same invoice renders the same file.
    info: {
      Title: `${title} ${invoice.number}`,
      Author: invoice.seller.name,
      CreationDate: invoice.issuedAt,
      ModDate: invoice.issuedAt,
    },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  const left = 50;
  const right = 545;
  const write = (text: string, x: number, y: number, options: PDFKit.Mixins.TextOptions = {}) =>
    doc.text(pdfSafe(text), x, y, { lineBreak: false, ...options });

  if (logo) {
    try {
      doc.image(logo, 395, 40, { fit: [150, 50], align: 'right' });
    } catch {
      // Checked when it was uploaded (invoices.logo.ts); an invoice is still drawn without it.
    }
  }
  doc.font('Helvetica-Bold').fontSize(20);
  write(`${title} ${invoice.number}`, left, 50);
  doc.font('Helvetica').fontSize(10);
  let y = 80;
  if (invoice.kind === 'credit_note' && creditsNumber !== null) {
    write(t.creditFor(creditsNumber), left, y);
    y += 16;
  }
  write(`${t.number}: ${invoice.number}`, left, y);
  write(`${t.issueDate}: ${formatDate(invoice.issueDate, locale)}`, left, y + 14);
  if (invoice.kind === 'invoice') write(`${t.dueDate}: ${formatDate(invoice.dueDate, locale)}`, left, y + 28);

  y += 56;
  doc.font('Helvetica-Bold');
  write(t.seller, left, y);
  write(t.buyer, 320, y);
  doc.font('Helvetica');
  const seller = sellerLines(invoice.seller, t);
  const buyer = [invoice.buyer.name, invoice.buyer.email, ...(invoice.buyer.address ? [invoice.buyer.address] : [])];
  for (const [i, line] of seller.entries()) write(line, left, y + 14 * (i + 1));
  for (const [i, line] of buyer.entries()) write(line, 320, y + 14 * (i + 1));
  y += 14 * (Math.max(seller.length, buyer.length) + 2);

  const columns = { description: left, quantity: 300, unit: 340, vat: 420, amount: 470 };
  doc.font('Helvetica-Bold');
  write(t.description, columns.description, y);
  write(t.quantity, columns.quantity, y);
  write(t.unitPrice, columns.unit, y);
  write(t.vat, columns.vat, y);
  write(t.amount, columns.amount, y, { width: right - columns.amount, align: 'right' });
  doc.font('Helvetica');
  y += 6;
  doc
    .moveTo(left, y + 10)
    .lineTo(right, y + 10)
    .stroke();
  y += 16;
  for (const line of lines) {
    if (y > 740) {
      doc.addPage();
      y = 50;
    }
    write(line.description, columns.description, y, {
      width: columns.quantity - columns.description - 10,
      ellipsis: true,
    });
    write(String(line.quantity), columns.quantity, y);
    write(money(line.unitAmount), columns.unit, y);
    write(t.rate(formatRate(line.vatBasisPoints, locale)), columns.vat, y);
    write(money(line.amount), columns.amount, y, { width: right - columns.amount, align: 'right' });
    y += 16;
  }
  doc.moveTo(left, y).lineTo(right, y).stroke();
  y += 10;

  const total = (label: string, value: string, bold = false) => {
    if (bold) doc.font('Helvetica-Bold');
    write(label, 300, y);
    write(value, columns.amount - 40, y, { width: right - columns.amount + 40, align: 'right' });
    if (bold) doc.font('Helvetica');
    y += 16;
  };
  total(t.net, money(invoice.netTotal));
  for (const rate of invoice.vatBreakdown)
    total(t.vatLine(formatRate(rate.basisPoints, locale), money(rate.net)), money(rate.vat));
  total(t.total, money(invoice.grossTotal), true);
  if (invoice.kind !== 'credit_note') {
    total(t.paid, money(invoice.paidAmount));
    total(t.due, money(amountDue(invoice)), true);
  }
  write(invoice.pricesIncludeTax ? t.pricesInclude : t.pricesExclude, left, y + 4);
  y += 30;

  const seller2 = invoice.seller;
  const payment: [string, string][] = [
    ...(seller2.bankgiro ? [[t.bankgiro, seller2.bankgiro] as [string, string]] : []),
    ...(seller2.bankAccount ? [[t.bankAccount, seller2.bankAccount] as [string, string]] : []),
    ...(seller2.swishNumber ? [[t.swish, seller2.swishNumber] as [string, string]] : []),
  ];
  if (invoice.kind === 'invoice' && payment.length > 0) {
    doc.font('Helvetica-Bold');
    write(t.payment, left, y);
    doc.font('Helvetica');
    for (const [label, value] of [...payment, [t.reference, String(invoice.number)] as [string, string]]) {
      y += 14;
      write(`${label}: ${value}`, left, y);
    }
  }
  doc.end();
  return done;
}
