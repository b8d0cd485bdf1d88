/**
 * Invoices, receipts and credit notes. An invoice is issued in one transaction: its number comes
 * from the organisation's counter row (taken by the insert's trigger, held until the commit), its
 * lines and totals are checked against each other at the commit, and the database refuses any later
 * change but its payment state (migrations/0014). A correction is a credit note.
 */
import { randomUUID } from 'node:crypto';
import { DateTime } from 'luxon';
import {
  type OrgContext,
  type RequestContext,
  hasRole,
  requireRole,
  requireUser,
  systemContext,
} from '../../platform/context.ts';
import { type Db, transaction, violatedConstraint } from '../../platform/db.ts';
import { DomainError } from '../../platform/errors.ts';
import type { Locale } from '../../platform/i18n.ts';
import type { InvoiceMoment } from '../../platform/job-types.ts';
import {
  type JobHandler,
  type JobSink,
  PermanentJobError,
  cancelJob,
  enqueue,
  enqueueWebhookEvent,
} from '../../platform/jobs.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { booked } from '../bookings/bookings.what.ts';
import { findOrganisationById } from '../orgs/orgs.repo.ts';
import { toOrgContext } from '../orgs/orgs.service.ts';
import { findBookingView } from '../payments/booking-views.ts';
import { findStoredQuote } from '../pricing/pricing.repo.ts';
import {
  type InvoiceFilter,
  type NewInvoiceRow,
  findCreditNoteOf,
  findCustomer,
  findInvoice,
  findLiveInvoiceOfBooking,
  insertInvoice,
  selectInvoices,
  selectLines,
  setInvoiceStatus,
} from './invoices.repo.ts';
import { findLogo } from './invoices.logo.ts';
import { renderInvoicePdf } from './invoices.pdf.ts';
import type { BuyerSnapshot, InvoiceLineRow, InvoiceRow, SellerSnapshot } from './invoices.tables.ts';
import { type InvoiceLineInput, computeInvoiceTotals } from './invoices.totals.ts';

export interface Buyer {
  customerId: string | null;
  name: string;
  email: string;
  address: string | null;
  /** The customer's language; null takes the organisation's. */
  locale: Locale | null;
}

export interface IssueInput {
  kind: 'invoice' | 'receipt';
  buyer: Buyer;
  lines: InvoiceLineInput[];
  currency: string;
  pricesIncludeTax: boolean;
  /** What is paid already (a receipt: all of it). */
  paidAmount: number;
  paidAt: Date | null;
  bookingId?: string | null;
  paymentId?: string | null;
  packagePurchaseId?: string | null;
}

/** The one pending overdue check of an invoice, dropped when it is paid or credited. */
const overdueKey = (invoiceId: string) => `invoice-overdue:${invoiceId}`;

/** The date of an instant in the organisation's zone, 'YYYY-MM-DD'. */
const localDate = (instant: Date, zone: string): string =>
  DateTime.fromJSDate(instant, { zone }).toISODate() ?? instant.toISOString().slice(0, 10);

function sellerOf(org: OrgContext): SellerSnapshot {
  return {
    name: org.legalName ?? org.name,
    addressLines: [...org.addressLines],
    postcode: org.postcode,
    city: org.city,
    country: org.country,
    orgNumber: org.orgNumber,
    vatNumber: org.vatNumber,
    bankAccount: org.bankAccount,
    bankgiro: org.bankgiro,
    swishNumber: org.swishNumber,
    timeZone: org.timeZone,
  };
}

/**
 * Issues an invoice or a receipt in the caller's transaction, with its audit entry, its mail and (for
 * an open invoice) the check that makes it overdue after its due date. The caller has checked that
 * the buyer and the references belong to `ctx.org`.
 */
export async function issueInvoice(tx: Db, ctx: RequestContext, input: IssueInput, now: Date): Promise<InvoiceRow> {
  const totals = computeInvoiceTotals(input.lines, input.pricesIncludeTax);
  if (totals.gross <= 0) throw new DomainError('nothing_to_invoice');
  const paidAmount = Math.min(Math.max(input.paidAmount, 0), totals.gross);
  if (input.kind === 'receipt' && paidAmount !== totals.gross) throw new Error('a receipt is for what is paid in full');
  const zone = ctx.org.timeZone;
  const issueDate = localDate(now, zone);
  const paid = paidAmount === totals.gross;
  const dueDate =
    input.kind === 'receipt'
      ? issueDate
      : (DateTime.fromISO(issueDate, { zone }).plus({ days: ctx.org.invoiceDueDays }).toISODate() ?? issueDate);
  const buyer: BuyerSnapshot = { name: input.buyer.name, email: input.buyer.email, address: input.buyer.address };
  // Everything is written before the invoice: its insert takes the organisation's number, and every
  // other issue of the organisation waits from then until this transaction commits. So the audit
  // entry names the invoice by its id; its number is the invoice's own.
  const id = randomUUID();
  await enqueue(tx, ctx.org.id, 'mail.invoice_issued', { invoiceId: id });
  if (!paid) await scheduleOverdueCheck(tx, ctx.org.id, id, dueDate, zone);
  const row: NewInvoiceRow & { id: string } = {
    id,
    orgId: ctx.org.id,
    kind: input.kind,
    creditsInvoiceId: null,
    status: paid ? 'paid' : 'open',
    issueDate,
    dueDate,
    currency: input.currency,
    locale: input.buyer.locale ?? ctx.org.defaultLocale,
    customerId: input.buyer.customerId,
    seller: sellerOf(ctx.org),
    buyer,
    pricesIncludeTax: input.pricesIncludeTax,
    netTotal: totals.net,
    vatTotal: totals.vat,
    grossTotal: totals.gross,
    vatBreakdown: totals.vatBreakdown,
    paidAmount,
    paidAt: paid ? (input.paidAt ?? now) : null,
    bookingId: input.bookingId ?? null,
    paymentId: input.paymentId ?? null,
    packagePurchaseId: input.packagePurchaseId ?? null,
    issuedAt: now,
  };
  await recordAudit(tx, ctx, { action: 'invoice.issued', entityType: 'invoice', entityId: id, after: auditView(row) });
  const invoice = await insertInvoice(tx, row, totals.lines).catch((error: unknown) => {
    if (violatedConstraint(error) === 'invoices_one_per_booking') throw new DomainError('invoice_exists');
    throw error;
  });
  await enqueueWebhookEvent(tx, ctx.org.id, 'invoice.issued', { invoice: invoiceEvent(invoice) }, now);
  return invoice;
}

/** The start of the day after the due date, in the organisation's zone: from then it is overdue. */
async function scheduleOverdueCheck(
  tx: Db,
  orgId: string,
  invoiceId: string,
  dueDate: string,
  zone: string,
): Promise<void> {
  const runAt = DateTime.fromISO(dueDate, { zone }).plus({ days: 1 }).toJSDate();
  await enqueue(tx, orgId, 'invoice.overdue_check', { invoiceId }, { runAt, dedupeKey: overdueKey(invoiceId) });
}

/** The number only once the invoice exists: an issue writes its audit entry just before it. */
const auditView = (invoice: NewInvoiceRow & { number?: number }) => ({
  number: invoice.number ?? null,
  kind: invoice.kind,
  status: invoice.status,
  grossTotal: invoice.grossTotal,
  paidAmount: invoice.paidAmount,
  currency: invoice.currency,
  bookingId: invoice.bookingId,
  creditsInvoiceId: invoice.creditsInvoiceId,
});

/**
 * A booking's lines as an invoice shows them: the price lines its quote stored when it was booked (base,
 * travel, surcharges, discount; each with its VAT rate), the base line naming what is booked and when.
 * A booking made before prices were quoted has none: one line with its total and no VAT.
 */
export async function invoiceLinesOfBooking(
  db: Db,
  orgId: string,
  bookingId: string,
): Promise<{ lines: InvoiceLineInput[]; pricesIncludeTax: boolean }> {
  const view = await findBookingView(db, orgId, { id: bookingId });
  if (!view) throw new DomainError('booking_not_found');
  const what = booked(view);
  const zone = view.location?.timeZone ?? (await orgZone(db, orgId));
  const when = DateTime.fromJSDate(what.startsAt, { zone }).toFormat('yyyy-MM-dd HH:mm');
  const stored = await findStoredQuote(db, orgId, bookingId);
  if (stored && stored.lines.length > 0) {
    return {
      pricesIncludeTax: stored.quote.pricesIncludeTax,
      lines: stored.lines.map((line) => ({
        description: line.kind === 'base' ? `${what.title}, ${when}` : line.label,
        quantity: line.quantity,
        unitAmount: line.unitAmount,
        amount: line.amount,
        vatBasisPoints: line.taxBasisPoints ?? 0,
      })),
    };
  }
  const spots = view.booking.spots > 1 ? ` × ${view.booking.spots}` : '';
  return {
    pricesIncludeTax: true,
    lines: [
      {
        description: `${what.title}, ${when}${spots}`,
        quantity: 1,
        unitAmount: view.booking.priceAmount,
        amount: view.booking.priceAmount,
        vatBasisPoints: 0,
      },
    ],
  };
}

async function orgZone(db: Db, orgId: string): Promise<string> {
  const org = await findOrganisationById(db, orgId);
  return org?.timeZone ?? 'UTC';
}

/**
 * Issues the invoice of a booking: a receipt when it is paid in full, else an invoice for what is
 * due. 409 invoice_exists when the booking has one that stands (credit it to issue again).
 */
export async function issueBookingInvoice(
  db: Db,
  ctx: RequestContext,
  bookingId: string,
  now: Date,
): Promise<InvoiceRow> {
  if (!ctx.system) requireRole(ctx, 'staff');
  return transaction(db, async (tx) => {
    const view = await findBookingView(tx, ctx.org.id, { id: bookingId });
    if (!view) throw new DomainError('booking_not_found');
    if (view.booking.status === 'cancelled') throw new DomainError('booking_cancelled');
    if (await findLiveInvoiceOfBooking(tx, ctx.org.id, bookingId)) throw new DomainError('invoice_exists');
    const { lines, pricesIncludeTax } = await invoiceLinesOfBooking(tx, ctx.org.id, bookingId);
    const gross = computeInvoiceTotals(lines, pricesIncludeTax).gross;
    const payment = view.payment?.status === 'succeeded' ? view.payment : null;
    const paid = payment ? payment.amount - payment.refundedAmount : 0;
    return issueInvoice(
      tx,
      ctx,
      {
        kind: paid >= gross ? 'receipt' : 'invoice',
        buyer: {
          customerId: view.customer.id,
          name: view.customer.name,
          email: view.customer.email,
          address: view.booking.customerAddress,
          locale: view.customer.locale,
        },
        lines,
        currency: view.booking.currency,
        pricesIncludeTax,
        paidAmount: paid,
        paidAt: payment?.succeededAt ?? null,
        bookingId,
        paymentId: payment?.id ?? null,
      },
      now,
    );
  });
}

/**
 * Credits a whole invoice: a credit note with the same lines negated, referencing it; the invoice
 * becomes `credited`. Nothing is due on a credit note; money back to the customer is a refund.
 */
export async function creditInvoice(db: Db, ctx: RequestContext, invoiceId: string, now: Date): Promise<InvoiceRow> {
  requireRole(ctx, 'staff');
  return transaction(db, async (tx) => {
    const original = await findInvoice(tx, ctx.org.id, invoiceId, true);
    if (!original) throw new DomainError('invoice_not_found');
    if (original.kind === 'credit_note') throw new DomainError('credit_note_not_creditable');
    if (
      original.status === 'credited' ||
      original.status === 'void' ||
      (await findCreditNoteOf(tx, ctx.org.id, original.id))
    )
      throw new DomainError('invoice_already_credited');
    const lines = (await selectLines(tx, ctx.org.id, original.id)).map((line) => ({
      description: line.description,
      quantity: line.quantity,
      unitAmount: -line.unitAmount,
      amount: -line.amount,
      vatBasisPoints: line.vatBasisPoints,
    }));
    const totals = computeInvoiceTotals(lines, original.pricesIncludeTax);
    const issueDate = localDate(now, ctx.org.timeZone);
    const noteId = randomUUID();
    // All before the note's insert, which takes the organisation's number (see issueInvoice).
    const credited = await setInvoiceStatus(tx, ctx.org.id, original.id, { status: 'credited' });
    await cancelJob(tx, ctx.org.id, overdueKey(original.id));
    await enqueue(tx, ctx.org.id, 'mail.invoice_issued', { invoiceId: noteId });
    const noteRow: NewInvoiceRow & { id: string } = {
      id: noteId,
      orgId: ctx.org.id,
      kind: 'credit_note',
      creditsInvoiceId: original.id,
      status: 'paid',
      issueDate,
      dueDate: issueDate,
      currency: original.currency,
      locale: original.locale,
      customerId: original.customerId,
      seller: sellerOf(ctx.org),
      buyer: original.buyer,
      pricesIncludeTax: original.pricesIncludeTax,
      netTotal: totals.net,
      vatTotal: totals.vat,
      grossTotal: totals.gross,
      vatBreakdown: totals.vatBreakdown,
      paidAmount: 0,
      paidAt: null,
      bookingId: original.bookingId,
      paymentId: original.paymentId,
      packagePurchaseId: original.packagePurchaseId,
      issuedAt: now,
    };
    await recordAudit(tx, ctx, {
      action: 'invoice.issued',
      entityType: 'invoice',
      entityId: noteId,
      after: auditView(noteRow),
    });
    await recordAudit(tx, ctx, {
      action: 'invoice.credited',
      entityType: 'invoice',
      entityId: original.id,
      before: auditView(original),
      after: auditView(credited),
    });
    const note = await insertInvoice(tx, noteRow, totals.lines).catch((error: unknown) => {
      if (violatedConstraint(error) === 'invoices_one_credit_note') throw new DomainError('invoice_already_credited');
      throw error;
    });
    return note;
  });
}

/** An invoice as a webhook event carries it: what a bookkeeping system needs, no PDF. */
const invoiceEvent = (row: InvoiceRow) => ({
  id: row.id,
  number: row.number,
  kind: row.kind,
  status: row.status,
  currency: row.currency,
  grossTotal: row.grossTotal,
  paidAmount: row.paidAmount,
  issueDate: row.issueDate,
  dueDate: row.dueDate,
  customerId: row.customerId,
  bookingId: row.bookingId,
  paymentId: row.paymentId,
});

/**
 * Records money received against an invoice, in the caller's transaction (the payment's settlement
 * calls it). Paid in full, the invoice becomes `paid` and the customer gets a receipt. An invoice
 * already paid, credited or void is left as it is.
 */
export async function recordInvoicePayment(
  tx: Db,
  ctx: RequestContext,
  invoiceId: string,
  amount: number,
  now: Date,
): Promise<InvoiceRow> {
  const before = await findInvoice(tx, ctx.org.id, invoiceId, true);
  if (!before) throw new DomainError('invoice_not_found');
  if (before.status !== 'open' && before.status !== 'overdue') return before;
  const paidAmount = Math.min(before.grossTotal, before.paidAmount + Math.max(amount, 0));
  const paid = paidAmount === before.grossTotal;
  const after = await setInvoiceStatus(tx, ctx.org.id, invoiceId, {
    status: paid ? 'paid' : before.status,
    paidAmount,
    paidAt: paid ? now : null,
  });
  await recordAudit(tx, ctx, {
    action: paid ? 'invoice.paid' : 'invoice.part_paid',
    entityType: 'invoice',
    entityId: invoiceId,
    before: auditView(before),
    after: auditView(after),
  });
  if (paid) {
    await cancelJob(tx, ctx.org.id, overdueKey(invoiceId));
    await enqueue(tx, ctx.org.id, 'mail.invoice_paid', { invoiceId });
    await enqueueWebhookEvent(tx, ctx.org.id, 'invoice.paid', { invoice: invoiceEvent(after) }, now);
  }
  return after;
}

/**
 * Queues the automatic issue of a booking's invoice, in the caller's transaction. The organisation's
 * `invoice_policy` decides when the job runs whether it issues: `at_booking` issues for `booked`,
 * `after_completion` for `completed`, `never` for neither. Checkout calls it with `booked` where a
 * booking becomes confirmed (booked free or at the venue, or its payment settled) and with
 * `completed` where staff mark it completed.
 */
export async function queueInvoice(
  tx: JobSink,
  orgId: string,
  bookingId: string,
  moment: InvoiceMoment,
): Promise<void> {
  await enqueue(tx, orgId, 'invoice.issue', { bookingId, moment }, { dedupeKey: `invoice:${bookingId}:${moment}` });
}

const policyMoment = { at_booking: 'booked', after_completion: 'completed', never: null } as const;

/**
 * Checkout's call where a booking becomes confirmed ('booked') or completed ('completed'): the automatic
 * issue is queued only when the organisation's policy asks for an invoice at that moment, so an
 * organisation that does not invoice adds no job to any booking. The job checks the policy again.
 */
export async function queueInvoiceByPolicy(
  tx: JobSink,
  org: OrgContext,
  bookingId: string,
  moment: InvoiceMoment,
): Promise<void> {
  if (policyMoment[org.invoicePolicy] === moment) await queueInvoice(tx, org.id, bookingId, moment);
}

/** The jobs of this module: the policy's automatic issue and the overdue check. */
export function invoiceJobHandlers(deps: {
  db: Db;
  now: () => Date;
}): Record<'invoice.issue' | 'invoice.overdue_check', JobHandler> {
  return {
    'invoice.issue': async (job) => {
      const { bookingId, moment } = job.payload as { bookingId?: string; moment?: InvoiceMoment };
      if (!bookingId || !moment) throw new PermanentJobError('invoice job without bookingId or moment');
      const org = await findOrganisationById(deps.db, job.orgId);
      if (!org) return 'skipped: the organisation is gone';
      if (policyMoment[org.invoicePolicy] !== moment) return `skipped: the policy is ${org.invoicePolicy}`;
      try {
        const invoice = await issueBookingInvoice(deps.db, systemContext(toOrgContext(org)), bookingId, deps.now());
        return `issued ${invoice.kind} ${invoice.number}`;
      } catch (error) {
        // Nothing to issue is an answer, not a failure to retry.
        if (error instanceof DomainError && error.status < 500) return `skipped: ${error.code}`;
        throw error;
      }
    },
    'invoice.overdue_check': async (job) => {
      const { invoiceId } = job.payload as { invoiceId?: string };
      if (!invoiceId) throw new PermanentJobError('overdue check without invoiceId');
      const org = await findOrganisationById(deps.db, job.orgId);
      if (!org) return 'skipped: the organisation is gone';
      const ctx = systemContext(toOrgContext(org));
      return transaction(deps.db, async (tx) => {
        const invoice = await findInvoice(tx, org.id, invoiceId, true);
        if (invoice?.status !== 'open') return `skipped: ${invoice?.status ?? 'no such invoice'}`;
        if (localDate(deps.now(), org.timeZone) <= invoice.dueDate) {
          // Run early (a clock moved back, a due date in another zone's today): look again later.
          await scheduleOverdueCheck(tx, org.id, invoice.id, invoice.dueDate, org.timeZone);
          return 'not due yet';
        }
        const overdue = await setInvoiceStatus(tx, org.id, invoice.id, { status: 'overdue' });
        await recordAudit(tx, ctx, {
          action: 'invoice.overdue',
          entityType: 'invoice',
          entityId: invoice.id,
          before: auditView(invoice),
          after: auditView(overdue),
        });
        // The status moves from open once, so the reminder is queued once.
        await enqueue(tx, org.id, 'mail.invoice_overdue', { invoiceId: invoice.id });
        return 'overdue';
      });
    },
  };
}

export interface InvoiceDocument {
  invoice: InvoiceRow;
  lines: InvoiceLineRow[];
  /** The number of the invoice a credit note credits. */
  creditsNumber: number | null;
  /** The organisation's logo as it is now (a picture, not part of what was issued). */
  logo: Buffer | null;
}

/** An invoice with its lines, as the PDF and the mails need it; by id within an organisation. */
export async function loadInvoiceDocument(db: Db, orgId: string, id: string): Promise<InvoiceDocument | undefined> {
  const invoice = await findInvoice(db, orgId, id);
  if (!invoice) return undefined;
  const [lines, credited, logo] = await Promise.all([
    selectLines(db, orgId, id),
    invoice.creditsInvoiceId ? findInvoice(db, orgId, invoice.creditsInvoiceId) : undefined,
    findLogo(db, orgId),
  ]);
  return { invoice, lines, creditsNumber: credited?.number ?? null, logo: logo?.content ?? null };
}

/** Staff read any invoice of the organisation; a customer only their own (anything else is 404). */
async function readableDocument(db: Db, ctx: RequestContext, id: string, onlyOwn: boolean): Promise<InvoiceDocument> {
  const user = requireUser(ctx);
  const doc = await loadInvoiceDocument(db, ctx.org.id, id);
  if (!doc) throw new DomainError('invoice_not_found');
  if (!onlyOwn && hasRole(ctx, 'staff')) return doc;
  const customer = doc.invoice.customerId ? await findCustomer(db, ctx.org.id, doc.invoice.customerId) : undefined;
  if (!customer || customer.userId !== user.id) throw new DomainError('invoice_not_found');
  return doc;
}

/**
 * The signed-in customer's own invoice, or 404 (staff included: paying is the customer's); locked
 * when `lock`, inside the caller's transaction.
 */
export async function findMyInvoice(db: Db, ctx: RequestContext, id: string, lock = false): Promise<InvoiceRow> {
  const user = requireUser(ctx);
  const invoice = await findInvoice(db, ctx.org.id, id, lock);
  const customer = invoice?.customerId ? await findCustomer(db, ctx.org.id, invoice.customerId) : undefined;
  if (!invoice || !customer || customer.userId !== user.id) throw new DomainError('invoice_not_found');
  return invoice;
}

/** The booking's invoice that stands (not credited or void), if it has one. */
export async function liveInvoiceOfBooking(db: Db, orgId: string, bookingId: string, lock = false) {
  const live = await findLiveInvoiceOfBooking(db, orgId, bookingId);
  return live ? findInvoice(db, orgId, live.id, lock) : undefined;
}

export async function getInvoice(db: Db, ctx: RequestContext, id: string): Promise<InvoiceDocument> {
  return readableDocument(db, ctx, id, false);
}

/** `onlyOwn`: the customer's own invoices even for staff (the /me routes). */
export async function invoicePdf(
  db: Db,
  ctx: RequestContext,
  id: string,
  onlyOwn: boolean,
): Promise<{ number: number; pdf: Buffer }> {
  const doc = await readableDocument(db, ctx, id, onlyOwn);
  return { number: doc.invoice.number, pdf: await renderInvoicePdf(doc) };
}

export async function listInvoices(db: Db, ctx: RequestContext, filter: Omit<InvoiceFilter, 'userId'>) {
  requireRole(ctx, 'staff');
  return selectInvoices(db, ctx.org.id, filter);
}

export async function listMyInvoices(db: Db, ctx: RequestContext, page: { limit: number; offset: number }) {
  const user = requireUser(ctx);
  return selectInvoices(db, ctx.org.id, { userId: user.id, ...page });
}
