/**
 * An invoice's lines and totals, from lines as entered (pure). The rules are the pricing engine's
 * (pricing/pricing.engine.ts): integer minor units; an amount is inclusive or exclusive of VAT as the
 * invoice says; VAT is rounded half away from zero once per line — of an inclusive amount
 * round(gross × r / (1 + r)), of an exclusive one round(net × r) — so that the lines of a booking's
 * quote give the same VAT on its invoice.
 */
import type { VatRateTotal } from './invoices.tables.ts';

export interface InvoiceLineInput {
  description: string;
  quantity: number;
  unitAmount: number;
  /** As entered: inclusive or exclusive of VAT per `pricesIncludeTax`; negative on a credit note or a discount. */
  amount: number;
  /** 2500 = 25 %; 0 for no VAT. */
  vatBasisPoints: number;
}

export interface ComputedLine extends InvoiceLineInput {
  netAmount: number;
  vatAmount: number;
}

export interface InvoiceTotals {
  lines: ComputedLine[];
  net: number;
  vat: number;
  gross: number;
  /** Per rate, ascending: what the invoice prints as its VAT lines. */
  vatBreakdown: VatRateTotal[];
}

const BASIS = 10_000n;

/** n / d rounded half away from zero, exactly (d > 0). */
function roundDiv(n: bigint, d: bigint): number {
  const negative = n < 0n;
  const magnitude = negative ? -n : n;
  const rounded = (magnitude * 2n + d) / (d * 2n);
  return Number(negative ? -rounded : rounded);
}

export function computeInvoiceTotals(inputs: InvoiceLineInput[], pricesIncludeTax: boolean): InvoiceTotals {
  const lines = inputs.map((line): ComputedLine => {
    const rate = BigInt(line.vatBasisPoints);
    const amount = BigInt(line.amount);
    const vatAmount = pricesIncludeTax ? roundDiv(amount * rate, BASIS + rate) : roundDiv(amount * rate, BASIS);
    return { ...line, netAmount: pricesIncludeTax ? line.amount - vatAmount : line.amount, vatAmount };
  });
  const byRate = new Map<number, VatRateTotal>();
  for (const line of lines) {
    const total = byRate.get(line.vatBasisPoints) ?? { basisPoints: line.vatBasisPoints, net: 0, vat: 0 };
    total.net += line.netAmount;
    total.vat += line.vatAmount;
    byRate.set(line.vatBasisPoints, total);
  }
  const net = lines.reduce((sum, line) => sum + line.netAmount, 0);
  const vat = lines.reduce((sum, line) => sum + line.vatAmount, 0);
  return {
    lines,
    net,
    vat,
    gross: net + vat,
    vatBreakdown: [...byRate.values()].sort((a, b) => a.basisPoints - b.basisPoints),
  };
}

/** What is still to pay: on an open or overdue invoice its total less what is paid; on anything else nothing. */
export function amountDue(invoice: { status: string; grossTotal: number; paidAmount: number }): number {
  return invoice.status === 'open' || invoice.status === 'overdue' ? invoice.grossTotal - invoice.paidAmount : 0;
}
