/**
 * The class roster for staff (issue 12 "Attendance"): everyone booked with their spots, payment and
 * attendance, and what staff do from it. Marking attendance, cancelling late and booking a walk-in
 * are the existing flows (checkout's lifecycle, its one cancel path, its staff booking); this adds
 * what the roster needs on top: the view, undoing a mistaken check-in, money taken at the desk,
 * a message to everyone booked, and the CSV.
 */
import { randomUUID } from 'node:crypto';
import { DateTime } from 'luxon';
import { type RequestContext, requireRole } from '../../platform/context.ts';
import { type Db, transaction } from '../../platform/db.ts';
import { DomainError } from '../../platform/errors.ts';
import type { Locale } from '../../platform/i18n.ts';
import { enqueue } from '../../platform/jobs.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { undoCheckIn } from '../bookings/bookings.lifecycle.ts';
import type { BookingDto } from '../bookings/bookings.schema.ts';
import { findClass } from '../classes/classes.repo.ts';
import { classDto } from '../classes/classes.service.ts';
import { openVenuePayment } from '../checkout/checkout.due.ts';
import { markPaid } from '../checkout/checkout.settlement.ts';
import { findBookingView, selectBookingViews, toBookingDto } from '../payments/booking-views.ts';
import { policyFor } from '../policies/policies.service.ts';
import { csvText, decimalAmount } from '../statements/statements.export.ts';
import { countRecentMessages, insertRosterMessage, selectBookedCustomers } from './roster.repo.ts';
import type { RosterDto, RosterMessageInput } from './roster.schema.ts';

/** A class's roster never outgrows this: classes hold at most a few hundred spots. */
const ROSTER_LIMIT = 2000;

/** Messages to one class per hour: enough to correct a mistake, too few to spam a class. */
export const ROSTER_MESSAGES_PER_HOUR = 3;

async function requireClassOf(db: Db, ctx: RequestContext, classId: string, lock = false) {
  const cls = await findClass(db, ctx.org.id, classId, lock);
  if (!cls) throw new DomainError('class_not_found');
  return cls;
}

async function rosterBookings(db: Db, ctx: RequestContext, classId: string, now: Date): Promise<BookingDto[]> {
  const rows = await selectBookingViews(db, ctx.org.id, {
    classId,
    order: 'created_desc',
    limit: ROSTER_LIMIT,
    offset: 0,
  });
  const collator = new Intl.Collator(ctx.locale === 'sv' ? 'sv-SE' : 'en-GB');
  return rows
    .map((row) => toBookingDto(ctx, row, now))
    .sort((a, b) => collator.compare(a.customer?.name ?? '', b.customer?.name ?? '') || a.id.localeCompare(b.id));
}

export async function getRoster(db: Db, ctx: RequestContext, classId: string, now: Date): Promise<RosterDto> {
  requireRole(ctx, 'staff');
  const cls = await requireClassOf(db, ctx, classId);
  const policy = await policyFor(db, ctx.org, { serviceId: null, classTypeId: cls.classTypeId });
  const bookings = await rosterBookings(db, ctx, classId, now);
  const live = bookings.filter((b) => b.status !== 'cancelled');
  return {
    class: await classDto(db, ctx, cls),
    policy: {
      lateCancelFrom: new Date(cls.startsAt.getTime() - policy.freeHours * 3600_000).toISOString(),
      lateAction: policy.lateAction,
      lateFee: policy.lateFee,
      noShowFee: policy.noShowFee,
      refundTo: policy.refundTo,
    },
    undoUntil: cls.endsAt.toISOString(),
    counts: {
      booked: live.reduce((sum, b) => sum + b.spots, 0),
      attended: live.filter((b) => b.status === 'completed' || b.status === 'in_progress').length,
      noShow: live.filter((b) => b.status === 'no_show').length,
      cancelled: bookings.length - live.length,
    },
    bookings,
  };
}

async function bookingDto(db: Db, ctx: RequestContext, bookingId: string, now: Date): Promise<BookingDto> {
  const view = await findBookingView(db, ctx.org.id, { id: bookingId });
  if (!view) throw new DomainError('booking_not_found');
  return toBookingDto(ctx, view, now);
}

/** Staff take back a mistaken check-in, until the class ends (bookings.lifecycle.ts says why). */
export async function undoBookingCheckIn(db: Db, ctx: RequestContext, bookingId: string, now: Date) {
  return transaction(db, async (tx) => {
    await undoCheckIn(tx, ctx, bookingId, now);
    return bookingDto(tx, ctx, bookingId, now);
  });
}

/**
 * The customer paid at the desk what was due: a venue payment for exactly that is opened and
 * settled through the one mark-paid path (settlement, audit, invoice and receipt as for any payment).
 */
export async function recordPaidAtVenue(
  db: Db,
  ctx: RequestContext,
  bookingId: string,
  expectedAmount: number | undefined,
  now: Date,
): Promise<BookingDto> {
  requireRole(ctx, 'staff');
  const payment = await openVenuePayment(db, ctx, bookingId, expectedAmount);
  await markPaid(db, ctx, payment.id, now);
  return bookingDto(db, ctx, bookingId, now);
}

/**
 * One mail per customer booked (not cancelled), through the outbox, in each one's language; the
 * message row keeps what was said. The class row lock serialises two sends for one class, so the
 * count of the last hour's messages is exact and the limit holds however many staff press Send.
 */
export async function messageRoster(
  db: Db,
  ctx: RequestContext,
  classId: string,
  input: RosterMessageInput,
  now: Date,
): Promise<{ id: string; recipients: number }> {
  const user = requireRole(ctx, 'staff');
  return transaction(db, async (tx) => {
    await requireClassOf(tx, ctx, classId, true);
    const recent = await countRecentMessages(tx, ctx.org.id, classId, new Date(now.getTime() - 3600_000));
    if (recent >= ROSTER_MESSAGES_PER_HOUR)
      throw new DomainError('roster_message_limit', { max: ROSTER_MESSAGES_PER_HOUR });
    const customers = await selectBookedCustomers(tx, ctx.org.id, classId);
    if (customers.length === 0) throw new DomainError('roster_empty');
    const id = await insertRosterMessage(tx, {
      orgId: ctx.org.id,
      classId,
      subject: input.subject,
      body: input.text,
      sentBy: user.id,
      recipients: customers.length,
      now,
    });
    for (const customerId of customers) {
      await enqueue(
        tx,
        ctx.org.id,
        'mail.roster_message',
        { messageId: id, customerId },
        {
          dedupeKey: `roster-message:${id}:${customerId}`,
        },
      );
    }
    await recordAudit(tx, ctx, {
      action: 'class.roster_messaged',
      entityType: 'class',
      entityId: classId,
      after: { messageId: id, subject: input.subject, text: input.text, recipients: customers.length },
    });
    return { id, recipients: customers.length };
  });
}

const csvLabels: Record<Locale, string[]> = {
  en: [
    'Name',
    'Email',
    'Spots',
    'Status',
    'Payment method',
    'Payment',
    'Price',
    'Paid',
    'Due',
    'Currency',
    'Checked in',
    'Booked',
  ],
  sv: [
    'Namn',
    'E-post',
    'Platser',
    'Status',
    'Betalsätt',
    'Betalning',
    'Pris',
    'Betalt',
    'Att betala',
    'Valuta',
    'Incheckad',
    'Bokad',
  ],
};

/**
 * The roster as CSV (RFC 4180: CRLF, quoted where needed, a BOM for spreadsheets), headers in the
 * reader's language, times in the business's zone, text cells formula-neutralised as the statements
 * exports are. An export of personal data is audited.
 */
export async function exportRoster(
  db: Db,
  ctx: RequestContext,
  classId: string,
  now: Date,
): Promise<{ fileName: string; csv: string }> {
  requireRole(ctx, 'staff');
  const cls = await requireClassOf(db, ctx, classId);
  const bookings = await rosterBookings(db, ctx, classId, now);
  const zone = ctx.org.timeZone;
  const local = (iso: string | null) =>
    iso ? (DateTime.fromISO(iso).setZone(zone).toFormat('yyyy-MM-dd HH:mm') ?? '') : '';
  const lines = [csvLabels[ctx.locale].join(',')];
  for (const b of bookings) {
    const currency = b.price.currency;
    lines.push(
      [
        csvText(b.customer?.name),
        csvText(b.customer?.email),
        String(b.spots),
        b.status,
        b.paymentMethod,
        b.paymentStatus,
        decimalAmount(b.price.amount, currency),
        decimalAmount(b.paid.amount, currency),
        decimalAmount(b.due.amount, currency),
        currency,
        local(b.status === 'completed' || b.status === 'in_progress' ? (b.checkedInAt ?? b.finishedAt) : null),
        local(b.createdAt),
      ].join(','),
    );
  }
  await transaction(db, (tx) =>
    recordAudit(tx, ctx, {
      action: 'export.roster',
      entityType: 'export',
      entityId: randomUUID(),
      after: { what: 'roster', classId, rows: bookings.length },
    }),
  );
  const day = DateTime.fromJSDate(cls.startsAt, { zone }).toISODate() ?? '';
  return { fileName: `roster-${day}.csv`, csv: `\uFEFF${lines.join('\r\n')}\r\n` };
}
