import type { InvoiceDto, InvoiceSummaryDto } from './invoices.schema.ts';
import type { InvoiceDocument } from './invoices.service.ts';
import type { InvoiceRow } from './invoices.tables.ts';
import { amountDue } from './invoices.totals.ts';

export function toInvoiceSummary(row: InvoiceRow): InvoiceSummaryDto {
  return {
    id: row.id,
    number: row.number,
    kind: row.kind,
    status: row.status,
    creditsInvoiceId: row.creditsInvoiceId,
    issueDate: row.issueDate,
    dueDate: row.dueDate,
    currency: row.currency,
    locale: row.locale,
    customerId: row.customerId,
    buyer: row.buyer,
    totals: {
      net: row.netTotal,
      vat: row.vatTotal,
      gross: row.grossTotal,
      paid: row.paidAmount,
      due: amountDue(row),
    },
    bookingId: row.bookingId,
    paymentId: row.paymentId,
    issuedAt: row.issuedAt.toISOString(),
    paidAt: row.paidAt?.toISOString() ?? null,
  };
}

export function toInvoiceDto({ invoice, lines }: InvoiceDocument): InvoiceDto {
  return {
    ...toInvoiceSummary(invoice),
    seller: invoice.seller,
    pricesIncludeTax: invoice.pricesIncludeTax,
    vatBreakdown: invoice.vatBreakdown,
    packagePurchaseId: invoice.packagePurchaseId,
    lines: lines.map((line) => ({
      description: line.description,
      quantity: line.quantity,
      unitAmount: line.unitAmount,
      amount: line.amount,
      vatBasisPoints: line.vatBasisPoints,
      netAmount: line.netAmount,
      vatAmount: line.vatAmount,
    })),
  };
}
